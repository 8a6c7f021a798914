import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputPath } from "./output-guard.js";

describe("checkOutputPath", () => {
  const input = mkdtempSync(join(tmpdir(), "phuluc-guard-"));
  it("refuses an output inside the folder being read, and says how to fix it", async () => {
    await expect(checkOutputPath(join(input, "tong-hop.xlsx"), "--out", input, [], "consolidate", input)).rejects.toMatchObject({
      message: expect.stringContaining("nằm trong thư mục đang đọc"),
      hint: expect.stringContaining("--exclude"),
    });
  });
  it("accepts it inside an excluded sub-folder, or outside", async () => {
    await expect(checkOutputPath(join(input, "ket-qua", "a.xlsx"), "--out", input, [join(input, "ket-qua")], "consolidate", input)).resolves.toBeUndefined();
    await expect(checkOutputPath(join(input, "..", "a.xlsx"), "--out", input, [], "consolidate", input)).resolves.toBeUndefined();
  });
  it("refuses a folder as output", async () => {
    await expect(checkOutputPath(input, "--out", join(input, "x"), [], "consolidate", input)).rejects.toMatchObject({ message: expect.stringContaining("là thư mục") });
  });
});
