import { formatFinding } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { addMerges, editText, sheetPartOf, zipEdit } from "../bad-corpus/zip-edit.js";
import type { RawMerge } from "../reader/index.js";
import { catalogue, filledWorkbook } from "../test-support/filled-workbook.js";
import { coveredCells } from "./merged-cells.js";
import { readAnnexWorkbook } from "./read-annex-workbook.js";

const read = (bytes: Uint8Array) => readAnnexWorkbook(bytes, { catalogue, fileName: "51.xlsx" });
const onPL07 = async (change: (xml: string) => string) => zipEdit(await filledWorkbook(), (parts) => editText(parts, sheetPartOf(parts, "PL07"), change));
const rangeFindings = (r: ReturnType<typeof read>) => r.findings.filter((f) => f.code === "file.range_too_large").map((f) => formatFinding(f));

describe("merges and ranges read as ranges, in bounded memory", () => {
  it("reads a sheet merged whole (A1:XFD1048576) without a set of covered cells, and names the merge", async () => {
    const r = read(await onPL07((xml) => addMerges(xml, ["A1:XFD1048576"])));
    // Everything but A1 is covered: no figure of PL07 is read.
    expect(Object.values(r.submission.annexes.PL07?.cells ?? {}).every((c) => c.value === null)).toBe(true);
    expect(rangeFindings(r)).toEqual([
      "Tệp 51.xlsx, trang PL07: trang tính có vùng gộp ô A1:XFD1048576 (1.048.576 hàng × 16.384 cột), lớn hơn mọi biểu mẫu; các ô bị gộp được coi là trống. Hãy bỏ gộp ô ở vùng này (Trang đầu > Gộp và Căn giữa) rồi lưu lại.",
    ]);
  });

  it("keeps the figures beside a huge merge and counts the other large ones", async () => {
    const r = read(await onPL07((xml) => addMerges(xml, ["Z1:XFD1048576", "T1:T1048576", "U1:U1048576", "V1:V1048576", "W1:W1048576", "X1:X1048576"])));
    expect(r.submission.annexes.PL07?.cells["01.1"]?.value).toEqual(expect.any(Number));
    expect(rangeFindings(r)).toEqual([
      "Tệp 51.xlsx, trang PL07: trang tính có vùng gộp ô Z1:XFD1048576 (1.048.576 hàng × 16.359 cột) và 5 vùng gộp lớn khác, lớn hơn mọi biểu mẫu; các ô bị gộp được coi là trống. Hãy bỏ gộp ô ở vùng này (Trang đầu > Gộp và Căn giữa) rồi lưu lại.",
    ]);
  });

  it("names a claimed used range larger than any form, and reads the table", async () => {
    const r = read(await onPL07((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')));
    expect(r.submission.annexes.PL07?.cells["01.1"]?.value).toEqual(expect.any(Number));
    expect(rangeFindings(r)).toEqual([
      "Tệp 51.xlsx, trang PL07: trang tính khai vùng dữ liệu A1:XFD1048576 (1.048.576 hàng × 16.384 cột), lớn hơn mọi biểu mẫu; chỉ bảng số liệu được đọc. Nếu có hàng, cột thừa ngoài bảng, hãy xóa chúng rồi lưu lại.",
    ]);
  });

  it("says nothing of the template's own merges and used range", async () => {
    expect(rangeFindings(read(await filledWorkbook()))).toEqual([]);
  });
});

describe("coveredCells", () => {
  /** The obvious answer, cell by cell. */
  const brute = (merges: RawMerge[], row: number, col: number) =>
    merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));

  it("agrees with a cell-by-cell check on random (even overlapping) merges", () => {
    let seed = 17;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + (seed % n);
    };
    for (let round = 0; round < 30; round++) {
      const merges: RawMerge[] = Array.from({ length: next(12) }, () => {
        const top = next(30);
        const left = next(12);
        return { top, left, bottom: top + next(6) - 1, right: left + next(4) - 1 };
      });
      const rows = Array.from({ length: 20 }, () => next(35));
      const cols = Array.from({ length: 8 }, () => next(15));
      const covered = coveredCells(merges, rows, cols);
      for (const r of rows) for (const c of cols) expect(covered.has(r, c)).toBe(brute(merges, r, c));
      // Outside the asked grid the answer is still right.
      expect(covered.has(40, 20)).toBe(brute(merges, 40, 20));
      expect(covered.has(merges[0]!.top, merges[0]!.left + 1)).toBe(brute(merges, merges[0]!.top, merges[0]!.left + 1));
    }
  });

  it("costs the same for the whole sheet as for two cells", () => {
    const covered = coveredCells([{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }], [1, 10, 1_048_576], [1, 4, 16_384]);
    expect(covered.has(1, 1)).toBe(false);
    expect(covered.has(10, 4)).toBe(true);
    expect(covered.has(1_048_576, 16_384)).toBe(true);
  });
});
