import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTRY_2022, periodOrThrow, unitByCode, validate } from "@phuluc/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import { writeTemplate } from "../template/index.js";
import ExcelJS from "exceljs";
import { writeNationalWorkbook } from "../national/index.js";
import { catalogue, figureTable, figuresFor, filledWorkbook } from "../test-support/filled-workbook.js";
import { nationalSample } from "../test-support/national-sample.js";
import { gnumericConvert, installed, libreOfficeConvert } from "../test-support/office-suite.js";

// CI installs both suites; there a missing one is a failure, not a skip.
const required = Boolean(process.env.CI);
const hasSoffice = installed("soffice");
const hasSsconvert = installed("ssconvert");
const dir = mkdtempSync(join(tmpdir(), "phuluc-interop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERIODS = ["2022-H1", "2022-Y", "2023-Q1"] as const;
const filled51 = figuresFor("51", "2022-Y");
const filled01 = figuresFor("01", "2022-Y");
const national = nationalSample(["60"]);
let gnumericLog = "";

// Every conversion is made once, up front: LibreOffice starts twice (PDF, then
// .xlsx for all files) instead of once per test, and the tests only check.
beforeAll(async () => {
  const unit = unitByCode(REGISTRY_2022, "51")!;
  for (const id of PERIODS) writeFileSync(join(dir, `template-${id}.xlsx`), await writeTemplate({ catalogue, unit, period: periodOrThrow(id) }));
  writeFileSync(join(dir, "51-quang-ngai.xlsx"), await filledWorkbook("51", "2022-Y", filled51));
  writeFileSync(join(dir, "01-ha-noi.xlsx"), await filledWorkbook("01", "2022-Y", filled01));
  const { result, files } = national;
  writeFileSync(
    join(dir, "tong-hop.xlsx"),
    await writeNationalWorkbook({ catalogue, result, files, findings: [], sentences: [], generatedAt: "2022-12-05T08:00:00.000Z" }),
  );
  if (hasSoffice) {
    await libreOfficeConvert(
      "pdf",
      join(dir, "pdf"),
      PERIODS.map((id) => join(dir, `template-${id}.xlsx`)),
      dir,
    );
    await libreOfficeConvert("xlsx", join(dir, "lo"), [join(dir, "51-quang-ngai.xlsx"), join(dir, "tong-hop.xlsx")], dir);
  }
  if (hasSsconvert) {
    gnumericLog = await gnumericConvert(join(dir, "tong-hop.xlsx"), join(dir, "tong-hop-gnumeric.xlsx"));
    await gnumericConvert(join(dir, "01-ha-noi.xlsx"), join(dir, "01-ha-noi-gnumeric.xlsx"));
  }
}, 600_000);

/** Pages in a PDF: its page objects. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe("office suites", () => {
  it("requires LibreOffice and Gnumeric in CI", () => {
    if (required) expect({ soffice: hasSoffice, ssconvert: hasSsconvert }).toEqual({ soffice: true, ssconvert: true });
  });

  it.skipIf(!hasSoffice)("opens the templates of every period kind in LibreOffice and prints them", async () => {
    const pages = Object.fromEntries(PERIODS.map((id) => [id, pageCount(readFileSync(join(dir, "pdf", `template-${id}.pdf`)))]));
    // At least the guide and one page per annex due (6 in H1, 9 in Y; none in a quarter).
    expect(pages["2022-H1"]).toBeGreaterThanOrEqual(7);
    expect(pages["2022-Y"]).toBeGreaterThanOrEqual(10);
    expect(pages["2023-Q1"]).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!hasSoffice)("reads a filled template re-saved by LibreOffice back to identical figures", async () => {
    const back = readAnnexWorkbook(new Uint8Array(readFileSync(join(dir, "lo", "51-quang-ngai.xlsx"))), { catalogue, fileName: "51-quang-ngai.xlsx" });
    expect(back.application).toMatch(/LibreOffice/);
    expect(back.identifiedBy).toBe("meta");
    expect(back.submission).toMatchObject({ unit: "51", period: "2022-Y", cutOff: "2022-12-05" });
    expect(figureTable(back.submission)).toEqual(figureTable(filled51));
    expect(validate(back.submission, catalogue, { unitKind: "province" }).errors).toBe(0);
  });

  it.skipIf(!hasSoffice || !hasSsconvert)("opens the national workbook in LibreOffice and Gnumeric with every sheet, row and merge", async () => {
    const { result } = national;
    expect(gnumericLog).toBe("");
    for (const resaved of [join(dir, "lo", "tong-hop.xlsx"), join(dir, "tong-hop-gnumeric.xlsx")]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(resaved) as unknown as ArrayBuffer);
      // The 21 sheets, and _meta (which an office suite may save as a plain hidden or visible sheet).
      expect(wb.worksheets.filter((s) => s.state === "visible" && s.name !== "_meta").map((s) => s.name)).toHaveLength(21);
      expect(wb.getWorksheet("_meta")).toBeDefined();
      const coverage = wb.getWorksheet("Tình hình nộp báo cáo")!;
      const rows = coverage.getSheetValues() as unknown[][];
      const title = rows.findIndex((r) => r?.[1] === "Các tệp khác trong thư mục");
      expect(title, resaved).toBe(5 + 67 + 1);
      expect(coverage.getCell(`I${title}`).master.address).toBe(`A${title}`);
      const perUnit = wb.getWorksheet("ĐV PL04")!;
      const nationalRow = (perUnit.getSheetValues() as unknown[][]).find((r) => r?.[2] === "TOÀN QUỐC");
      expect(nationalRow?.[4], resaved).toBe(
        result.annexes
          .find((a) => a.code === "PL04")
          ?.national.get("02.1")
          ?.value?.toNumber(),
      );
    }
  });

  it.skipIf(!hasSsconvert)("reads a filled template re-saved by Gnumeric back to identical figures", async () => {
    const back = readAnnexWorkbook(new Uint8Array(readFileSync(join(dir, "01-ha-noi-gnumeric.xlsx"))), { catalogue, fileName: "01-ha-noi.xlsx" });
    // Gnumeric shows the very hidden _meta sheet: the workbook is identified by its content.
    expect(back.identifiedBy).toBe("content");
    expect(back.submission).toMatchObject({ unit: "01", period: "2022-Y", cutOff: "2022-12-05" });
    expect(figureTable(back.submission)).toEqual(figureTable(filled01));
    expect(validate(back.submission, catalogue, { unitKind: "province" }).errors).toBe(0);
  });
});
