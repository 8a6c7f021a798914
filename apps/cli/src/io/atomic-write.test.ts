import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commitStaged, discardStaged, stageFile, writeFileAtomic } from "./atomic-write.js";
import { removePendingTemps } from "./temp-files.js";

const folder = () => mkdtempSync(join(tmpdir(), "phuluc-atomic-"));

describe("atomic output", () => {
  it("shows nothing under the name until committed, then the whole file", async () => {
    const dir = folder();
    const path = join(dir, "tong-hop.xlsx");
    const staged = await stageFile(path, "mới");
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.tong-hop\.xlsx\..*\.tmp$/)]);
    commitStaged([staged]);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    expect(readFileSync(path, "utf8")).toBe("mới");
  });

  it("keeps the old file when the new one is discarded or interrupted", async () => {
    const dir = folder();
    const path = join(dir, "tong-hop.xlsx");
    writeFileSync(path, "cũ");
    await discardStaged([await stageFile(path, "mới")]);
    await stageFile(path, "dở dang");
    expect(removePendingTemps()).toBe(1);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    expect(readFileSync(path, "utf8")).toBe("cũ");
  });

  it("creates the output folder", async () => {
    const path = join(folder(), "out", "bao-cao.json");
    await writeFileAtomic(path, "{}");
    expect(readFileSync(path, "utf8")).toBe("{}");
  });
});
