import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { FIXTURES, phuluc, phulucInterrupted, tempDir } from "./run-built.js";

describe("outputs: never inside the input folder, atomic, nothing partial on Ctrl-C", () => {
  it("refuses an output inside the folder being read, unless that sub-folder is excluded", async () => {
    const input = tempDir("input");
    cpSync(join(FIXTURES, "2021-Y"), input, { recursive: true });
    const before = readdirSync(input).length;
    const refused = await phuluc(["consolidate", input, "--period", "2021-Y", "--out", join(input, "ket-qua", "n.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("nằm trong thư mục đang đọc");
    expect(refused.stderr).toContain("--exclude");
    expect(readdirSync(input)).toHaveLength(before);

    const args = [
      "consolidate",
      input,
      "--period",
      "2021-Y",
      "--out",
      join(input, "ket-qua", "n.xlsx"),
      "--exclude",
      join(input, "ket-qua"),
      "--json",
      join(input, "ket-qua", "r.json"),
      "-q",
    ];
    expect((await phuluc(args)).code).toBe(0);
    expect((await phuluc(args)).code).toBe(0);
    const report = JSON.parse(readFileSync(join(input, "ket-qua", "r.json"), "utf8")) as Report;
    expect(report.files).toHaveLength(67);
    expect(readdirSync(join(input, "ket-qua")).sort()).toEqual(["n.xlsx", "r.json"]);
  });

  it("never modifies the inputs", async () => {
    const input = tempDir("inputs-kept");
    cpSync(join(FIXTURES, "2022-Y"), input, { recursive: true });
    const snapshot = () =>
      readdirSync(input, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const path = join(e.parentPath, e.name);
          return [path, createHash("sha256").update(readFileSync(path)).digest("hex"), statSync(path).mtimeMs];
        })
        .sort();
    const before = snapshot();
    expect(before).toHaveLength(71);
    const out = tempDir("out");
    expect((await phuluc(["consolidate", input, "--period", "2022-Y", "--prefer", "newest", "--out", join(out, "n.xlsx"), "-q"])).code).toBe(1);
    expect((await phuluc(["validate", input, "-q"])).code).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it("leaves no output and keeps the previous one when interrupted (SIGINT)", async () => {
    const out = tempDir("sigint");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "national.xlsx"), "bản cũ");
    const ran = await phulucInterrupted(
      ["consolidate", "fixtures/2022-Y", "--period", "2022-Y", "--out", join(out, "national.xlsx"), "--json", join(out, "report.json")],
      /Đọc và kiểm tra/,
    );
    expect(ran.interrupted).toBe(true);
    expect(ran.code).toBe(130);
    expect(ran.stderr).toContain("Đã dừng theo yêu cầu (Ctrl-C)");
    expect(readdirSync(out)).toEqual(["national.xlsx"]);
    expect(readFileSync(join(out, "national.xlsx"), "utf8")).toBe("bản cũ");
  });
});
