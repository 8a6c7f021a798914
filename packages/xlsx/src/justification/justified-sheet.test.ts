import { describe, expect, it } from "vitest";
import ExcelJS from "../exceljs-bundle.js";
import { writeNationalWorkbook } from "../national/index.js";
import { catalogue } from "../test-support/filled-workbook.js";
import { nationalSample } from "../test-support/national-sample.js";
import { JUMP_WARNING as warning } from "../test-support/sample-findings.js";
import { JUSTIFIED_SHEET } from "./justified-sheet.js";

describe("the national workbook and justified warnings", () => {
  it("lists them apart with the unit's text, not among the open findings", async () => {
    const { result, files } = nationalSample();
    const findings = [
      { file: "14.xlsx", unit: "14", finding: { ...warning, justification: { text: "Kết nạp theo Đề án 05 của Tỉnh ủy." } } },
      { file: "51.xlsx", unit: "51", finding: warning },
    ];
    const bytes = await writeNationalWorkbook({ catalogue, result, files, findings, sentences: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const justified = workbook.getWorksheet(JUSTIFIED_SHEET)!;
    expect(justified.getRow(2).values).toEqual([
      undefined,
      1,
      "14.xlsx",
      "Sơn La",
      "PL04",
      "PL04!D11",
      'PL04, mã số 03, cột (1), ô PL04!D11: tăng 112% so với năm 2021: 4.020 → 8.527 (ngưỡng cảnh báo: thay đổi quá 30% và quá 50); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
      "Kết nạp theo Đề án 05 của Tỉnh ủy.",
    ]);
    expect(justified.rowCount).toBe(2);
    const open = workbook.getWorksheet("Kết quả kiểm tra")!;
    const files_ = open.getColumn(2).values.filter((v) => typeof v === "string" && v.endsWith(".xlsx"));
    expect(files_).toEqual(["51.xlsx"]);
  });
});
