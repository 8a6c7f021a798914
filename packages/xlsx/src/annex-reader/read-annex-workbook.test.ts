import ExcelJS from "exceljs";
import { formatFinding, unicodeToTcvn3, validate } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { catalogue, figureTable, figuresFor, filledWorkbook } from "../test-support/filled-workbook.js";
import { readAnnexWorkbook } from "./read-annex-workbook.js";

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const read = (bytes: Uint8Array, fileName = "51.xlsx") => readAnnexWorkbook(bytes, { catalogue, fileName });
const messages = (r: ReturnType<typeof read>) => [
  ...r.findings.map((f) => formatFinding(f)),
  ...validate(r.submission, catalogue, r.unit ? { unitKind: r.unit.kind } : {})
    .findings.filter((f) => f.severity === "error")
    .map((f) => formatFinding(f, { catalogue })),
];

describe("readAnnexWorkbook", () => {
  it("reads a filled template back to the same figures, identified by _meta", async () => {
    const figures = figuresFor();
    const r = read(await filledWorkbook("51", "2022-Y", figures));
    expect(r.identifiedBy).toBe("meta");
    expect(r.unit?.name).toBe("Quảng Ngãi");
    expect(r.submission).toMatchObject({ unit: "51", period: "2022-Y", cutOff: "2022-12-05", catalogueVersion: "2022.1", file: "51.xlsx" });
    expect(figureTable(r.submission)).toEqual(figureTable(figures));
    expect(r.submission.annexes.PL01?.cells["01.3"]).toMatchObject({ address: "PL01!F10", numberFormat: "[$-42A]0.0", formula: true });
    expect(messages(r)).toEqual([]);
  });

  it("maps by row code and column number: inserted rows and a table moved down still read", async () => {
    const figures = figuresFor();
    const bytes = await edit(await filledWorkbook("51", "2022-Y", figures), (wb) => {
      const s = wb.getWorksheet("PL04")!;
      s.unMergeCells("A1:C1");
      s.spliceRows(1, 0, [], [], []);
      s.spliceRows(16, 0, ["", "dòng trống chèn thêm"], []);
    });
    const r = read(bytes);
    expect(r.submission.annexes.PL04?.cells["02.1"]?.address).toBe("PL04!D14");
    expect(r.submission.annexes.PL04?.cells["11.1"]?.address).toBe("PL04!D25");
    expect(figureTable(r.submission).PL04).toEqual(figureTable(figures).PL04);
  });

  it("does not read a cell covered by a merge as a value", async () => {
    const bytes = await edit(await filledWorkbook(), (wb) => wb.getWorksheet("PL07")!.mergeCells("C10:D10"));
    const r = read(bytes);
    expect(r.submission.annexes.PL07?.cells["01.1"]?.value).toBeNull();
    expect(messages(r)).toContain("Tệp 51.xlsx, PL07, mã số 01, cột (1), ô PL07!D10: chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).");
  });

  it("recomputes a derived cell whose formula has no cached value, and says so", async () => {
    const bytes = await edit(await filledWorkbook(), (wb) => {
      const s = wb.getWorksheet("PL05")!;
      s.getCell("D12").value = { formula: "D10-D11" } as ExcelJS.CellFormulaValue;
    });
    const r = read(bytes);
    const expected = Number(r.submission.annexes.PL05?.cells["01.1"]?.value) - Number(r.submission.annexes.PL05?.cells["02.1"]?.value);
    expect(r.submission.annexes.PL05?.cells["03.1"]?.value).toBe(expected);
    expect(r.findings.map((f) => formatFinding(f))).toEqual([
      `Tệp 51.xlsx, PL05, mã số 03, cột (1), ô PL05!D12: ô công thức chưa có giá trị lưu sẵn (tệp chưa được tính lại khi lưu); giá trị tính lại là ${expected.toLocaleString("vi-VN")}.`,
    ]);
  });

  it("falls back to the sheets' content when _meta is visible or gone", async () => {
    const visible = read(await edit(await filledWorkbook(), (wb) => (wb.getWorksheet("_meta")!.state = "visible")));
    expect(visible.identifiedBy).toBe("content");
    expect(visible.submission).toMatchObject({ unit: "51", period: "2022-Y", cutOff: "2022-12-05", catalogueVersion: "2022.1" });
    const gone = read(await edit(await filledWorkbook(), (wb) => wb.removeWorksheet(wb.getWorksheet("_meta")!.id)));
    expect(gone.identifiedBy).toBe("content");
    expect(gone.unit?.code).toBe("51");
    const renamed = read(
      await edit(await filledWorkbook(), (wb) => {
        wb.removeWorksheet(wb.getWorksheet("_meta")!.id);
        wb.getWorksheet("PL01")!.name = "PL01 (2)";
      }),
    );
    expect(renamed.submission.annexes.PL01?.sheet).toBe("PL01 (2)");
    expect(messages(renamed)).toEqual([]);
  });

  it("matches a unit name typed in NFD, and reports one typed in a TCVN3 font", async () => {
    const noMeta = (name: string) => async () =>
      read(
        await edit(await filledWorkbook(), (wb) => {
          wb.removeWorksheet(wb.getWorksheet("_meta")!.id);
          for (const s of wb.worksheets) s.getCell("A1").value = name;
        }),
      );
    expect((await noMeta("TỈNH ỦY QUẢNG NGÃI".normalize("NFD"))()).unit?.code).toBe("51");
    const tcvn3 = await noMeta(unicodeToTcvn3("Tỉnh ủy Quảng Ngãi"))();
    expect(tcvn3.unit).toBeUndefined();
    expect(tcvn3.findings).toHaveLength(1);
    expect(tcvn3.findings[0]).toMatchObject({ code: "unit.tcvn3", path: { file: "51.xlsx", sheet: "PL01", cell: "PL01!A1" } });
    expect(formatFinding(tcvn3.findings[0]!)).toContain('có thể là "Tỉnh ủy Quảng Ngãi"');
  });

  it("reads counts typed as text with dot separators and percentages stored as fractions", async () => {
    const figures = figuresFor("51", "2022-Y", (s) => {
      const c = s.annexes.PL04!.cells;
      c["02.1"] = { value: (c["02.1"]!.value as number).toLocaleString("vi-VN") };
      const p = s.annexes.PL01!.cells["01.3"]!;
      p.value = (p.value as number) / 100;
      p.numberFormat = "0.0%";
      p.formula = false;
    });
    const r = read(await filledWorkbook("51", "2022-Y", figures));
    expect(typeof r.submission.annexes.PL04?.cells["02.1"]?.value).toBe("string");
    // The unit's fraction format, tagged Vietnamese when the form is pre-filled: still read as a fraction with 1 decimal.
    expect(r.submission.annexes.PL01?.cells["01.3"]).toMatchObject({ numberFormat: "[$-42A]0.0%" });
    expect(messages(r)).toEqual([]);
  });

  it("says when a workbook is not an annex workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "Danh sách cán bộ";
    const r = read(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "danh-sach.xlsx");
    expect(r.findings.map((f) => formatFinding(f))).toEqual([
      "Tệp danh-sach.xlsx: không phải tệp phụ lục thống kê (không tìm thấy trang phụ lục PL01–PL09 có cột Mã số).",
    ]);
    expect(r.findings[0]?.path).toEqual({ file: "danh-sach.xlsx" });
  });

  it("leaves missing annex sheets and a wrong catalogue version to validation", async () => {
    const bytes = await edit(await filledWorkbook(), (wb) => {
      wb.removeWorksheet(wb.getWorksheet("PL09")!.id);
      const meta = wb.getWorksheet("_meta")!;
      meta.getCell("B2").value = "2021.3";
    });
    const r = read(bytes);
    expect(messages(r)).toEqual([
      "Tệp 51.xlsx: biểu mẫu phiên bản 2021.3, khác phiên bản hiện hành 2022.1; hãy nhập số liệu vào biểu mẫu mới.",
      "Tệp 51.xlsx, PL09: thiếu phụ lục PL09 (Kết quả đánh giá, xếp loại chất lượng) phải nộp trong kỳ này.",
    ]);
  });
});
