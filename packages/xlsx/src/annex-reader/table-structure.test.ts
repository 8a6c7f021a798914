import ExcelJS from "exceljs";
import { formatFinding, validate } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { catalogue, filledWorkbook } from "../test-support/filled-workbook.js";
import { readAnnexWorkbook } from "./read-annex-workbook.js";

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const read = (bytes: Uint8Array) => readAnnexWorkbook(bytes, { catalogue, fileName: "51.xlsx" });
/** What the officer is told: the reader's findings, then validation's errors. */
const messages = (r: ReturnType<typeof read>) => [
  ...r.findings.map((f) => formatFinding(f)),
  ...validate(r.submission, catalogue, r.unit ? { unitKind: r.unit.kind } : {})
    .findings.filter((f) => f.severity === "error")
    .map((f) => formatFinding(f, { catalogue })),
];

const EXTRA_ROW =
  'Tệp 51.xlsx, PL02, ô PL02!D19: dòng thêm không có trong biểu mẫu: "từ xã về tỉnh" (dòng 19) có số liệu 5, số liệu này không được tổng hợp. Hãy xóa dòng thêm, hoặc đưa số liệu vào đúng dòng mã số của biểu mẫu.';

describe("table structure the form does not know", () => {
  it("an inserted row with a figure after code 08 in PL02 is an error at its cell, not dropped", async () => {
    // PL02 codes 03–08 are rows 13–18; "từ xã về tỉnh" = 5 goes in as row 19, outside SUM(D13:D18) as Excel leaves it.
    const r = read(await edit(await filledWorkbook(), (wb) => wb.getWorksheet("PL02")!.spliceRows(19, 0, ["+", "từ xã về tỉnh", "", 5])));
    expect(messages(r)).toEqual([EXTRA_ROW]);
    expect(r.findings[0]).toMatchObject({
      code: "annex.extra_row",
      severity: "error",
      path: { file: "51.xlsx", annex: "PL02", sheet: "PL02", cell: "PL02!D19" },
    });
    expect(formatFinding(r.findings[0]!, { locale: "en" })).toBe(
      'File 51.xlsx, PL02, cell PL02!D19: a row the form does not have: "từ xã về tỉnh" (row 19) holds 5, which is not consolidated; delete the row or move the figures to the form\'s rows.',
    );
  });

  it("an inserted row inside a SUM range names the extra row besides the sum error", async () => {
    const r = read(
      await edit(await filledWorkbook(), (wb) => {
        const s = wb.getWorksheet("PL02")!;
        s.spliceRows(18, 0, ["+", "từ xã về tỉnh", "", 5]);
        s.getCell("D12").value = { formula: "SUM(D13:D19)", result: 107 } as ExcelJS.CellFormulaValue;
      }),
    );
    const all = messages(r);
    expect(all[0]).toBe(
      'Tệp 51.xlsx, PL02, ô PL02!D18: dòng thêm không có trong biểu mẫu: "từ xã về tỉnh" (dòng 18) có số liệu 5, số liệu này không được tổng hợp. Hãy xóa dòng thêm, hoặc đưa số liệu vào đúng dòng mã số của biểu mẫu.',
    );
    expect(all.slice(1).some((m) => m.startsWith("Tệp 51.xlsx, PL02, mã số 02, cột (1), ô PL02!D12: "))).toBe(true);
  });

  it("a row added right below the table with figures is reported; a note or a blank row below is not", async () => {
    const r = read(await edit(await filledWorkbook(), (wb) => wb.getWorksheet("PL02")!.spliceRows(28, 0, ["5", "Cán bộ biệt phái", "", "1.019"])));
    expect(r.findings.map((f) => formatFinding(f))).toEqual([
      'Tệp 51.xlsx, PL02, ô PL02!D28: dòng thêm không có trong biểu mẫu: "Cán bộ biệt phái" (dòng 28) có số liệu 1.019, số liệu này không được tổng hợp. Hãy xóa dòng thêm, hoặc đưa số liệu vào đúng dòng mã số của biểu mẫu.',
    ]);
    const untouched = read(await filledWorkbook());
    expect(untouched.findings).toEqual([]);
  });

  it("PL01 with column (4) deleted says the column is missing, not 'chưa nhập số liệu'", async () => {
    // Deleting column G in Excel shifts (5)–(7) left; the percentage formula of (5) that used (4) becomes #REF!.
    const r = read(
      await edit(await filledWorkbook(), (wb) => {
        const s = wb.getWorksheet("PL01")!;
        s.spliceColumns(7, 1);
        for (const row of [10, 11, 12])
          s.getCell(`G${row}`).value = { formula: `IF(N(D${row})=0,"",ROUND(#REF!/D${row}*100,1))`, result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
      }),
    );
    expect(messages(r)).toEqual([
      'Tệp 51.xlsx, PL01, cột (4), ô PL01!G9: thiếu cột (4) "Trẻ" trong bảng; không xóa cột và không sửa dòng đánh số cột (1), (2), … của biểu mẫu. Hãy nhập số liệu vào biểu mẫu đúng mẫu.',
      "Tệp 51.xlsx, PL01, mã số 01, cột (5), ô PL01!G10: ô đang báo lỗi #REF!; hãy sửa công thức hoặc nhập số.",
      "Tệp 51.xlsx, PL01, mã số 02, cột (5), ô PL01!G11: ô đang báo lỗi #REF!; hãy sửa công thức hoặc nhập số.",
      "Tệp 51.xlsx, PL01, mã số 03, cột (5), ô PL01!G12: ô đang báo lỗi #REF!; hãy sửa công thức hoặc nhập số.",
    ]);
    expect(r.submission.annexes.PL01?.absentCells).toEqual(["01.4", "02.4", "03.4"]);
  });

  it("a column added with figures in the form's rows is reported at its first figure", async () => {
    const r = read(
      await edit(await filledWorkbook(), (wb) => {
        const s = wb.getWorksheet("PL02")!;
        s.getCell("E9").value = "Ghi chú số lượt";
        s.getCell("E14").value = 3;
      }),
    );
    expect(messages(r)).toEqual([
      'Tệp 51.xlsx, PL02, ô PL02!E14: cột thêm không có trong biểu mẫu: cột E ("Ghi chú số lượt") có số liệu 3, số liệu này không được tổng hợp. Hãy xóa cột thêm, hoặc đưa số liệu vào đúng cột (1), (2), … của biểu mẫu.',
    ]);
  });

  it("a column moved with its number (n) is still read by that number", async () => {
    const bytes = await filledWorkbook();
    const moved = read(
      await edit(bytes, (wb) => {
        const s = wb.getWorksheet("PL01")!;
        // Swap (2) and (4) with their numbering: E ↔ G.
        for (let row = 8; row <= 12; row++) {
          const e = s.getCell(`E${row}`).value;
          s.getCell(`E${row}`).value = s.getCell(`G${row}`).value;
          s.getCell(`G${row}`).value = e;
        }
      }),
    );
    const plain = read(bytes);
    expect(moved.findings).toEqual([]);
    for (const key of ["01.2", "01.4", "03.2", "03.4"])
      expect(moved.submission.annexes.PL01?.cells[key]?.value).toEqual(plain.submission.annexes.PL01?.cells[key]?.value);
  });
});
