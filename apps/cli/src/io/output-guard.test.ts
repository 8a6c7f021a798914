import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputPath } from "./output-guard.js";

describe("checkOutputPath", () => {
  const root = mkdtempSync(join(tmpdir(), "phuluc-guard-"));
  const input = join(root, "nhan");
  mkdirSync(input);
  const inputs = [{ path: input }];
  it("refuses an output inside the folder being read, and says how to fix it", async () => {
    await expect(checkOutputPath(join(input, "tong-hop.xlsx"), "--out", inputs, [], "consolidate", root)).rejects.toMatchObject({
      message: 'tệp kết quả "nhan/tong-hop.xlsx" (--out) nằm trong thư mục đang đọc "nhan".',
      hint: "Ghi ra thư mục khác, ví dụ --out out/tong-hop.xlsx; hoặc loại thư mục con chứa tệp kết quả khỏi việc đọc bằng --exclude <thư mục con>.",
    });
  });
  it("accepts it inside an excluded sub-folder, or outside", async () => {
    await expect(checkOutputPath(join(input, "ket-qua", "a.xlsx"), "--out", inputs, [join(input, "ket-qua")], "consolidate", root)).resolves.toBeUndefined();
    await expect(checkOutputPath(join(input, "..", "a.xlsx"), "--out", inputs, [], "consolidate", root)).resolves.toBeUndefined();
  });
  it("refuses a folder as output", async () => {
    await expect(checkOutputPath(input, "--out", [{ path: join(root, "x") }], [], "consolidate", root)).rejects.toMatchObject({
      message: expect.stringContaining("là thư mục"),
    });
  });

  it("follows links: an output folder that leads into the folder being read, existing or not yet", async () => {
    symlinkSync(input, join(root, "ra"));
    await expect(checkOutputPath(join(root, "ra", "n.xlsx"), "--out", inputs, [], "consolidate", root)).rejects.toMatchObject({
      message: 'tệp kết quả "ra/n.xlsx" (--out) (qua liên kết, đường dẫn này thực chất là "nhan/n.xlsx") nằm trong thư mục đang đọc "nhan".',
    });
    // A link to a folder not created yet, and an output below folders not created yet.
    symlinkSync(join(input, "sau-nay"), join(root, "ra-sau"));
    await expect(checkOutputPath(join(root, "ra-sau", "a", "b", "n.xlsx"), "--out", inputs, [], "consolidate", root)).rejects.toMatchObject({
      message: expect.stringContaining('thực chất là "nhan/sau-nay/a/b/n.xlsx") nằm trong thư mục đang đọc "nhan"'),
    });
    // The folder being read given through a link: the real output is inside it.
    symlinkSync(input, join(root, "vao"));
    await expect(checkOutputPath(join(input, "n.xlsx"), "--out", [{ path: join(root, "vao") }], [], "consolidate", root)).rejects.toMatchObject({
      message: 'tệp kết quả "nhan/n.xlsx" (--out) nằm trong thư mục đang đọc "vao".',
    });
    // Excluded through the link as it is read: allowed.
    await expect(checkOutputPath(join(root, "ra", "kq", "n.xlsx"), "--out", inputs, [join(input, "kq")], "consolidate", root)).resolves.toBeUndefined();
  });

  it("--previous and other inputs: no sub-folder exemption, and never onto an input file", async () => {
    const previous = join(root, "truoc");
    mkdirSync(previous);
    writeFileSync(join(previous, "01-ha-noi.xlsx"), "x");
    const all = [...inputs, { path: previous, option: "--previous" }];
    await expect(checkOutputPath(join(previous, "01-ha-noi.xlsx"), "--out", all, [join(previous)], "consolidate", root)).rejects.toMatchObject({
      message: 'tệp kết quả "truoc/01-ha-noi.xlsx" (--out) nằm trong thư mục "truoc" (--previous) đang được đọc.',
      hint: "Ghi ra thư mục khác, ví dụ --out out/tong-hop.xlsx; không ghi vào thư mục của --previous.",
    });
    const national = join(root, "tong-hop-2021.xlsx");
    writeFileSync(national, "x");
    const withFile = [...inputs, { path: national, option: "--previous" }];
    await expect(checkOutputPath(national, "--out", withFile, [], "consolidate", root)).rejects.toMatchObject({
      message: 'tệp kết quả "tong-hop-2021.xlsx" (--out) chính là tệp đang đọc "tong-hop-2021.xlsx" (--previous); ghi vào sẽ mất tệp đó.',
      hint: "Ghi ra tệp khác, ví dụ --out out/tong-hop.xlsx.",
    });
    symlinkSync(national, join(root, "lien-ket.xlsx"));
    await expect(checkOutputPath(join(root, "lien-ket.xlsx"), "--out", withFile, [], "consolidate", root)).rejects.toMatchObject({
      message: expect.stringContaining("chính là tệp đang đọc"),
    });
    linkSync(national, join(root, "cung-tep.xlsx"));
    await expect(checkOutputPath(join(root, "cung-tep.xlsx"), "--out", withFile, [], "consolidate", root)).rejects.toMatchObject({
      message: expect.stringContaining("chính là tệp đang đọc"),
    });
  });

  it("a folder of outputs (--feedback) inside an input folder through a link", async () => {
    await expect(checkOutputPath(join(root, "ra", "phan-hoi"), "--feedback", inputs, [], "validate", root, true)).rejects.toMatchObject({
      message: 'thư mục tệp phản hồi "ra/phan-hoi" (--feedback) (qua liên kết, đường dẫn này thực chất là "nhan/phan-hoi") nằm trong thư mục đang đọc "nhan".',
    });
    await expect(checkOutputPath(join(root, "phan-hoi"), "--feedback", inputs, [], "validate", root, true)).resolves.toBeUndefined();
  });
});
