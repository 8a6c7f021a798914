import { JUSTIFICATION_SHEET, addJustification, formatFinding, validate, type Submission } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import ExcelJS from "../exceljs-bundle.js";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import { catalogue, figuresFor, filledWorkbook } from "../test-support/filled-workbook.js";
import { writeFeedbackWorkbook } from "../feedback/index.js";

/** Over plan in PL03 row 06 only (column (2) above column (1)): the one warning. */
const overPlan = (s: Submission) => {
  const cells = s.annexes.PL03!.cells;
  for (const row of ["05", "07"]) cells[`${row}.2`] = { value: Math.min(Number(cells[`${row}.1`]!.value), Number(cells[`${row}.2`]!.value)) };
  cells["06.2"] = { value: Number(cells["06.1"]!.value) + 10 };
};

function check(bytes: Uint8Array) {
  const read = readAnnexWorkbook(bytes, { catalogue, fileName: "51.xlsx" });
  return { read, result: validate(read.submission, catalogue, { unitKind: "province" }) };
}

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the sheet "Giải trình" (justified warnings)', () => {
  it("every template has it, empty: the reader finds no justification", async () => {
    const bytes = await filledWorkbook();
    const workbook = await load(bytes);
    const sheet = workbook.getWorksheet(JUSTIFICATION_SHEET)!;
    expect(sheet.getRow(4).values).toEqual([undefined, "STT", "Ô có cảnh báo", "Quy tắc", "Giá trị khi giải trình", "Nội dung giải trình"]);
    expect(check(bytes).read.submission.justifications).toBeUndefined();
  });

  it("a justification written where addJustification says is read back and marks the warning 'đã giải trình'", async () => {
    const bytes = await filledWorkbook("51", "2022-Y", figuresFor("51", "2022-Y", overPlan));
    const { result } = check(bytes);
    const warning = result.findings.find((f) => f.code === "rule.compare")!;
    // Column (2) of row 06 in the template (the layout decides the row).
    expect(warning.path.cell).toMatch(/^PL03!E\d+$/);
    const added = addJustification([], warning, "Tỉnh mở thêm một lớp theo Kế hoạch số 15-KH/TU.", result.grids);
    // As the add-in does: write the cells it is given, in the sheet it names.
    const workbook = await load(bytes);
    for (const cell of added.cells) workbook.getWorksheet(JUSTIFICATION_SHEET)!.getCell(cell.address).value = cell.value;
    const edited = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const again = check(edited);
    expect(again.read.submission.justifications).toEqual([{ ...added.justification, at: "'Giải trình'!E5" }]);
    expect(again.result).toMatchObject({ errors: 0, warnings: 0, justified: 1 });
    expect(again.result.findings.find((f) => f.code === "rule.compare")?.justification).toEqual({ text: "Tỉnh mở thêm một lớp theo Kế hoạch số 15-KH/TU." });
  });

  it("a text without its cell is reported with the line it is on", async () => {
    const workbook = await load(await filledWorkbook());
    workbook.getWorksheet(JUSTIFICATION_SHEET)!.getCell("E7").value = "Số liệu đúng.";
    const { read } = check(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const finding = read.findings.find((f) => f.code === "justification.incomplete");
    expect(formatFinding(finding!, { catalogue })).toBe(
      "Tệp 51.xlsx, ô 'Giải trình'!E7: dòng giải trình thiếu ô có cảnh báo (ví dụ PL04!D10); hãy ghi đủ ô và nội dung như trong danh sách cảnh báo.",
    );
  });

  it("the feedback workbook lists the open warnings in the sheet, ready for a text, and carries the unit's justifications", async () => {
    const bytes = await filledWorkbook("51", "2022-Y", figuresFor("51", "2022-Y", overPlan));
    const { read, result } = check(bytes);
    const cell = result.findings.find((f) => f.code === "rule.compare")!.path.cell;
    const feedback = await writeFeedbackWorkbook({
      catalogue,
      unit: read.unit!,
      period: read.period!,
      submission: read.submission,
      findings: result.findings,
      status: { kind: "checked" },
      fileName: "51.xlsx",
      generatedAt: "2022-12-10T08:00:00.000Z",
    });
    const workbook = await load(feedback);
    const sheet = workbook.getWorksheet(JUSTIFICATION_SHEET)!;
    expect(sheet.getRow(5).values).toEqual([undefined, 1, cell, "PL03.c2-le-c1", Number(read.submission.annexes.PL03!.cells["06.2"]!.value)]);
    // The officer writes the reason on that line and sends the very file back.
    sheet.getCell("E5").value = "Tỉnh mở thêm một lớp.";
    const back = check(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(back.result).toMatchObject({ errors: 0, warnings: 0, justified: 1 });
    const second = await load(
      await writeFeedbackWorkbook({
        catalogue,
        unit: back.read.unit!,
        period: back.read.period!,
        submission: back.read.submission,
        findings: back.result.findings,
        status: { kind: "checked" },
        fileName: "51.xlsx",
      }),
    );
    const results = second.getWorksheet("Kết quả kiểm tra")!;
    expect(results.getCell("A6").value).toBe("Kết quả: 0 lỗi, 0 cảnh báo, 1 cảnh báo đã giải trình.");
    expect(results.getCell("B10").value).toBe("Đã giải trình");
    expect(String(results.getCell("D10").value)).toMatch(/Giải trình của đơn vị: Tỉnh mở thêm một lớp\.$/);
    expect(second.getWorksheet(JUSTIFICATION_SHEET)!.getRow(5).values).toEqual([
      undefined,
      1,
      cell,
      "PL03.c2-le-c1",
      Number(read.submission.annexes.PL03!.cells["06.2"]!.value),
      "Tỉnh mở thêm một lớp.",
    ]);
  });
});
