import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTRY_2022, REGISTRY_2025, catalogue2025, periodOrThrow, reportSentences, sampleSubmission, unitByCode } from "@phuluc/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "../exceljs-bundle.js";
import { writeNationalWorkbook } from "../national/index.js";
import { writeTemplate } from "../template/index.js";
import { catalogue, figuresFor } from "../test-support/filled-workbook.js";
import { nationalSample } from "../test-support/national-sample.js";
import { installed, libreOfficeConvert } from "../test-support/office-suite.js";
import { findPhrase, overlappingWords, pageText, pdfPages, type PdfWord } from "../test-support/pdf-words.js";

// CI installs LibreOffice and poppler; there a missing one is a failure, not a skip.
const required = Boolean(process.env.CI);
const canRender = installed("soffice") && installed("pdftotext");
const dir = mkdtempSync(join(tmpdir(), "phuluc-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The profile `libreOfficeConvert` uses for `dir`, set to English (United
 * States): its separators are `,` for thousands and `.` for decimals.
 */
function englishProfile(): void {
  const user = join(dir, "lo-profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`,
  );
}

/** A control: the same figures with untagged formats, which an English LibreOffice shows with English separators. */
async function controlWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("control");
  sheet.getCell("A1").value = 4461;
  sheet.getCell("A1").numFmt = "#,##0";
  sheet.getCell("A2").value = 22.1;
  sheet.getCell("A2").numFmt = "0.0";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ANNEXES = catalogue.annexes.map((a) => a.code);
const ANNEXES_2025 = catalogue2025().annexes.map((a) => a.code);
let template: PdfWord[][] = [];
let template2026: PdfWord[][] = [];
let national: PdfWord[][] = [];
let control: PdfWord[][] = [];

beforeAll(async () => {
  if (!canRender) return;
  const period = periodOrThrow("2022-Y");
  // The unit's percentages in its Excel's own untagged formats (0.0, 0.00), as a returned workbook has them.
  const untagged = figuresFor("51", "2022-Y", (s) => {
    for (const annex of Object.values(s.annexes))
      for (const cell of Object.values(annex?.cells ?? {})) if (cell.numberFormat) cell.numberFormat = cell.numberFormat.replace("[$-42A]", "");
  });
  writeFileSync(
    join(dir, "template.xlsx"),
    await writeTemplate({ catalogue, unit: unitByCode(REGISTRY_2022, "51")!, period, cutOff: "2022-12-05", figures: untagged }),
  );
  const unit2026 = unitByCode(REGISTRY_2025, "01")!;
  const figures2026 = sampleSubmission(catalogue2025(), { unit: "01", period: "2026-Y", unitKind: unit2026.kind });
  writeFileSync(
    join(dir, "template-2026.xlsx"),
    await writeTemplate({ catalogue: catalogue2025(), unit: unit2026, period: periodOrThrow("2026-Y"), cutOff: "2026-12-05", figures: figures2026 }),
  );
  const { result, files } = nationalSample(["60"]);
  const sentences = reportSentences(result, catalogue, { cutOff: "2022-12-05" });
  writeFileSync(join(dir, "national.xlsx"), await writeNationalWorkbook({ catalogue, result, files, findings: [], sentences, cutOff: "2022-12-05" }));
  writeFileSync(join(dir, "control.xlsx"), await controlWorkbook());
  englishProfile();
  // One LibreOffice launch for every workbook.
  const names = ["template", "template-2026", "national", "control"];
  await libreOfficeConvert(
    "pdf",
    join(dir, "pdf"),
    names.map((n) => join(dir, `${n}.xlsx`)),
    dir,
  );
  const read = (n: string) => pdfPages(join(dir, "pdf", `${n}.pdf`));
  [template, template2026, national, control] = [read("template"), read("template-2026"), read("national"), read("control")];
}, 300_000);

/** The words that are figures: `4.461`, `22,1`, `3.001` (not codes, dates or numbering). */
const figures = (words: readonly PdfWord[]) => words.map((w) => w.text).filter((t) => /^\d{1,3}(?:[.,]\d+)+$/.test(t));

/** Figures printed with English separators: `4,461`, `22.1`, `83.87`. */
const english = (words: readonly PdfWord[]) => figures(words).filter((t) => /^\d{1,3}(?:,\d{3})+$/.test(t) || /^\d+\.\d{1,2}$/.test(t));

function expectVietnameseSeparators(words: readonly PdfWord[], what: string): void {
  expect(english(words), `${what}: figures with English separators`).toEqual([]);
  expect(
    figures(words).some((t) => /^\d{1,3}(?:\.\d{3})+$/.test(t)),
    `${what}: a count with a thousands dot`,
  ).toBe(true);
}

function expectHeadingBlock(page: readonly PdfWord[], annex: string): void {
  const party = findPhrase(page, "ĐẢNG CỘNG SẢN VIỆT NAM");
  const form = findPhrase(page, `Biểu ${annex}`);
  expect(party, `${annex}: ĐẢNG CỘNG SẢN VIỆT NAM`).toBeDefined();
  expect(form, `${annex}: Biểu ${annex}`).toBeDefined();
  // On one line, and above the form code rather than over it.
  const top = party![0]!.yMin;
  expect(
    party!.every((w) => Math.abs(w.yMin - top) < 0.5),
    `${annex}: the party name wraps`,
  ).toBe(true);
  expect(Math.max(...party!.map((w) => w.yMax)), `${annex}: the party name runs into the form code`).toBeLessThanOrEqual(form![0]!.yMin + 0.5);
  expect(
    overlappingWords(page).map(([a, b]) => `${a.text} × ${b.text}`),
    `${annex}: text printed over text`,
  ).toEqual([]);
}

describe.runIf(canRender || required)("printing through LibreOffice (English profile)", () => {
  it("runs LibreOffice in English: untagged formats print English separators", () => {
    expect(figures(control[0] ?? [])).toEqual(["4,461", "22.1"]);
  });

  it.each([
    ["2022-Y (catalogue 2022.1)", () => template, ANNEXES],
    ["2026-Y (catalogue 2025.2)", () => template2026, ANNEXES_2025],
  ] as const)("prints the guide and each annex of a %s template on one A4 page with its signature block, headings clear", (_, pages, annexes) => {
    // The guide, each annex, then the sheet "Giải trình" on one page.
    expect(pages()).toHaveLength(2 + annexes.length);
    expect(pageText(pages()[1 + annexes.length]!)).toContain("GIẢI TRÌNH CÁC CẢNH BÁO");
    annexes.forEach((annex, i) => {
      const page = pages()[1 + i]!;
      const text = pageText(page);
      expect(text, annex).toContain(`Biểu ${annex} (mẫu`);
      expect(text, annex).toContain("NGƯỜI LẬP BIỂU");
      expect(text, annex).toContain("THỦ TRƯỞNG ĐƠN VỊ");
      expectHeadingBlock(page, annex);
    });
  });

  it("shows PL03 part B's headers whole, inside their header row", () => {
    const page = template[1 + ANNEXES.indexOf("PL03")]!;
    const section = findPhrase(page, "B. Tuyển sinh cao cấp lý luận chính trị so với kế hoạch")!;
    const numbering = page.find((w) => w.text === "(2)")!;
    expect(section).toBeDefined();
    for (const header of ["Chỉ tiêu kế hoạch (học viên)", "Thực hiện (học viên)", "Tỷ lệ đạt (%)"]) {
      const words = page.filter((w) => header.split(" ").includes(w.text) && w.yMin > section[0]!.yMax && w.yMax <= numbering.yMin + 0.5);
      expect(words.map((w) => w.text).sort(), header).toEqual(expect.arrayContaining(header.split(" ")));
    }
  });

  it("shows figures with Vietnamese separators whatever the reader's locale", () => {
    expectVietnameseSeparators(template[1 + ANNEXES.indexOf("PL04")]!, "template PL04");
    expectVietnameseSeparators(template2026[1 + ANNEXES_2025.indexOf("PL04")]!, "2026 template PL04");
    expectVietnameseSeparators(national.find((p) => pageText(p).includes("Biểu PL04"))!, "national PL04");
    // Every page, the pre-filled percentages in the unit's own formats (0.0, 0.00) included.
    for (const [what, pages] of [
      ["template 2022-Y", template],
      ["template 2026-Y", template2026],
      ["national", national],
    ] as const)
      pages.forEach((page, i) => expect(english(page), `${what}, page ${i + 1}`).toEqual([]));
    expect(pageText(template[1 + ANNEXES.indexOf("PL03")]!)).toMatch(/\b\d{2},\d{2}\b/);
    const pl01 = template[1 + ANNEXES.indexOf("PL01")]!;
    expect(
      figures(pl01).some((t) => /^\d+,\d$/.test(t)),
      "a percentage with a decimal comma",
    ).toBe(true);
  });

  it("prints each national table on one page with its title, period, cut-off, coverage line and notes for the national reader", () => {
    for (const annex of ANNEXES) {
      const pages = national.filter((p) => pageText(p).includes(`Biểu ${annex} (mẫu`));
      expect(pages, annex).toHaveLength(1);
      const text = pageText(pages[0]!);
      expect(text, annex).toContain("Kỳ báo cáo: năm 2022");
      expect(text, annex).toContain("Số liệu tính đến ngày 05/12/2022");
      expect(text, annex).toContain("Số liệu của 66/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương");
      expect(text, annex).toContain("THỦ TRƯỞNG ĐƠN VỊ");
      expect(text, annex).not.toContain("chỉ nhập số liệu");
      expect(text, annex).not.toContain("≤");
      expectHeadingBlock(pages[0]!, annex);
    }
  });

  it("titles the summary, coverage, findings and per-unit sheets, the per-unit columns headed by indicator", () => {
    const texts = national.map(pageText);
    expect(texts[0]).toContain("TÓM TẮT SỐ LIỆU TỔNG HỢP NĂM 2022");
    expect(texts[0]).toContain("Danh mục đơn vị áp dụng cho năm 2022");
    expect(texts.some((t) => t.includes("TÌNH HÌNH NỘP BÁO CÁO — NĂM 2022"))).toBe(true);
    expect(texts.some((t) => t.includes("KẾT QUẢ KIỂM TRA SỐ LIỆU — NĂM 2022"))).toBe(true);
    for (const annex of ANNEXES) {
      const first = texts.find((t) => t.includes(`— SỐ LIỆU THEO ĐƠN VỊ`) && t.startsWith(`${annex}.`));
      expect(first, annex).toBeDefined();
      expect(first, annex).toContain("(mã số 01)");
      expect(first, annex).toContain("Số liệu của 66/67");
    }
    for (const [i, page] of national.entries())
      expect(
        overlappingWords(page).map(([a, b]) => `${a.text} × ${b.text}`),
        `national page ${i + 1}`,
      ).toEqual([]);
  });
});
