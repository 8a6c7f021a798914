import { readFileSync } from "node:fs";
import { catalogue2022, validate, type Finding } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import ExcelJS from "../exceljs-bundle.js";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import { feedbackFileName, writeFeedbackWorkbook } from "./feedback-workbook.js";
import type { FeedbackStatus } from "./feedback-status.js";
import { RESULTS_SHEET } from "./results-sheet.js";

const catalogue = catalogue2022();
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../fixtures/2022-Y/${name}`, import.meta.url)));

function check(bytes: Uint8Array, fileName: string) {
  const read = readAnnexWorkbook(bytes, { catalogue, fileName });
  const result = validate(read.submission, catalogue, { unitKind: read.unit!.kind });
  return { read, findings: [...read.findings, ...result.findings], result };
}

async function feedbackOf(name: string, status: FeedbackStatus) {
  const { read, findings } = check(fixture(name), name);
  const bytes = await writeFeedbackWorkbook({
    catalogue,
    unit: read.unit!,
    period: read.period!,
    submission: read.submission,
    findings,
    status,
    fileName: name,
    generatedAt: "2022-12-10T08:00:00.000Z",
  });
  return { read, findings, bytes };
}

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const codes = (findings: readonly Finding[]) => findings.map((f) => `${f.code} ${f.path.annex ?? ""} ${f.path.row ?? ""} ${f.path.column ?? ""}`);

describe("feedback workbook", () => {
  it("is named after the unit's file", () => {
    expect(feedbackFileName("40-nghe-an.xlsx")).toBe("40-nghe-an-phan-hoi.xlsx");
    expect(feedbackFileName("thu-dien-tu/22-quang-ninh.XLSX")).toBe("22-quang-ninh-phan-hoi.xlsx");
  });

  it("carries the unit's own figures, marks the bad cell red with the message as a note, and lists it first", async () => {
    const { read, findings, bytes } = await feedbackOf("40-nghe-an.xlsx", { kind: "excluded", detail: "tệp còn 1 lỗi" });
    expect(codes(findings)).toEqual(["rule.percentage PL01 01 3"]);

    const workbook = await load(bytes);
    expect(workbook.worksheets[0]!.name).toBe(RESULTS_SHEET);
    const results = workbook.getWorksheet(RESULTS_SHEET)!;
    expect(results.getCell("A2").value).toBe("Đơn vị: Tỉnh ủy Nghệ An");
    expect(results.getCell("A5").value).toBe("Tình trạng: Số liệu của đơn vị chưa được đưa vào tổng hợp: tệp còn 1 lỗi.");
    expect(results.getCell("A6").value).toBe("Kết quả: 1 lỗi, 0 cảnh báo.");
    expect(results.getCell("B10").value).toBe("Lỗi");
    const link = results.getCell("C10").value as { formula: string; result: string };
    expect(link.formula).toBe(`HYPERLINK("#'PL01'!F10","PL01, mã số 01, cột (3) (ô F10)")`);
    expect(results.getCell("D10").value).toBe("Tỷ lệ ghi 28,0% nhưng (2) / (1) × 100 = 13 / 51 × 100 = 25,49%, làm tròn 1 chữ số thập phân là 25,5%.");

    const cell = workbook.getWorksheet("PL01")!.getCell("F10");
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFC7CE");
    const note = cell.note as string | { texts: { text: string }[] };
    expect(typeof note === "string" ? note : note.texts.map((t) => t.text).join("")).toBe(
      "Lỗi: Tỷ lệ ghi 28,0% nhưng (2) / (1) × 100 = 13 / 51 × 100 = 25,49%, làm tròn 1 chữ số thập phân là 25,5%.",
    );
    // Protection as in a fresh template: the stated percentage stays a typed value, not a formula.
    expect((workbook.getWorksheet("PL01") as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);

    // Read back: same unit, period and figures; the same finding at the same place.
    const again = check(bytes, "40-nghe-an-phan-hoi.xlsx");
    expect(again.read.identifiedBy).toBe("meta");
    expect(again.read.unit?.code).toBe(read.unit?.code);
    expect(again.read.period?.id).toBe("2022-Y");
    for (const [code, annex] of Object.entries(read.submission.annexes)) {
      for (const [key, c] of Object.entries(annex.cells)) {
        expect(again.read.submission.annexes[code]?.cells[key]?.value, `${code} ${key}`).toEqual(c.value);
      }
    }
    expect(codes(again.findings)).toEqual(codes(findings));
  });

  it("once the officer corrects the marked cell, the very file passes", async () => {
    const { bytes } = await feedbackOf("24-bac-giang.xlsx", { kind: "excluded" });
    const workbook = await load(bytes);
    const results = workbook.getWorksheet(RESULTS_SHEET)!;
    expect(String((results.getCell("C10").value as { result: string }).result)).toBe("PL02, mã số 01, cột (1) (ô D11)");
    const sheet = workbook.getWorksheet("PL02")!;
    const typed = Number(sheet.getCell("D11").value);
    expect((sheet.getCell("D11").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFC7CE");
    // "ghi thừa 12": the officer types the right total.
    sheet.getCell("D11").value = typed - 12;
    const corrected = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const after = check(corrected, "24-bac-giang.xlsx");
    expect(after.result.errors).toBe(0);
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says what to do when there are only warnings, and marks warnings amber", async () => {
    const { read } = check(fixture("83-ben-tre.xlsx"), "83-ben-tre.xlsx");
    const warning: Finding = {
      code: "rule.compare",
      severity: "warning",
      path: { annex: "PL03", row: "06", column: 2 },
      params: { formula: "(2) ≤ (1)", axis: "column", atRow: "06", op: "<=", left: "200", right: "187", leftTerms: ["200"], rightTerms: ["187"] },
      rule: "PL03.c2-le-c1",
    };
    const bytes = await writeFeedbackWorkbook({
      catalogue,
      unit: read.unit!,
      period: read.period!,
      submission: read.submission,
      findings: [
        ...read.findings,
        { code: "file.identified_by_content", severity: "warning", path: { file: "83-ben-tre.xlsx" }, params: { by: "headings" } },
        warning,
      ],
      status: { kind: "included" },
      fileName: "83-ben-tre.xlsx",
    });
    const workbook = await load(bytes);
    const results = workbook.getWorksheet(RESULTS_SHEET)!;
    expect(results.getCell("A5").value).toBe("Tình trạng: Số liệu của đơn vị đã được đưa vào tổng hợp.");
    expect(results.getCell("A7").value).toBe(
      'Việc cần làm: Không có lỗi. Xem lại các ô tô vàng: nếu số liệu sai, sửa và gửi lại tệp; nếu đúng, ghi lý do ở trang "Giải trình" (cột Nội dung giải trình, trên dòng đã ghi sẵn ô và quy tắc) rồi gửi lại, hoặc không gửi lại nếu nơi tổng hợp không yêu cầu.',
    );
    // The file-level warning (identified by content) has no cell; the rule warning is amber.
    expect(results.getCell("C10").value).toBe("Cả tệp");
    expect(results.getCell("A6").value).toBe("Kết quả: 0 lỗi, 2 cảnh báo.");
    const marked = workbook.getWorksheet("PL03")!.getCell((results.getCell("C11").value as { formula: string }).formula.match(/!([A-Z]+\d+)"/)![1]!);
    expect((marked.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFEB9C");
  });
});
