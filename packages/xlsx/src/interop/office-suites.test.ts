import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTRY_2022, periodOrThrow, unitByCode, validate } from "@phuluc/core";
import { afterAll, describe, expect, it } from "vitest";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import { writeTemplate } from "../template/index.js";
import ExcelJS from "exceljs";
import { writeNationalWorkbook } from "../national/index.js";
import { catalogue, figureTable, figuresFor, filledWorkbook } from "../test-support/filled-workbook.js";
import { nationalSample } from "../test-support/national-sample.js";

function has(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// CI installs both suites; there a missing one is a failure, not a skip.
const required = Boolean(process.env.CI);
const hasSoffice = has("soffice");
const hasSsconvert = has("ssconvert");
const dir = mkdtempSync(join(tmpdir(), "phuluc-interop-"));
const profile = `file://${join(dir, "lo-profile")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(format: string, outDir: string, files: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

/** Pages in a PDF: its page objects. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe("office suites", () => {
  it("requires LibreOffice and Gnumeric in CI", () => {
    if (required) expect({ soffice: hasSoffice, ssconvert: hasSsconvert }).toEqual({ soffice: true, ssconvert: true });
  });

  it.skipIf(!hasSoffice)("opens the templates of every period kind in LibreOffice and prints them", async () => {
    const unit = unitByCode(REGISTRY_2022, "51")!;
    const files: string[] = [];
    for (const id of ["2022-H1", "2022-Y", "2023-Q1"]) {
      const file = join(dir, `template-${id}.xlsx`);
      writeFileSync(file, await writeTemplate({ catalogue, unit, period: periodOrThrow(id) }));
      files.push(file);
    }
    soffice("pdf", join(dir, "pdf"), files);
    const pages = Object.fromEntries(["2022-H1", "2022-Y", "2023-Q1"].map((id) => [id, pageCount(readFileSync(join(dir, "pdf", `template-${id}.pdf`)))]));
    // At least the guide and one page per annex due (6 in H1, 9 in Y; none in a quarter).
    expect(pages["2022-H1"]).toBeGreaterThanOrEqual(7);
    expect(pages["2022-Y"]).toBeGreaterThanOrEqual(10);
    expect(pages["2023-Q1"]).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it.skipIf(!hasSoffice)("reads a filled template re-saved by LibreOffice back to identical figures", async () => {
    const figures = figuresFor("51", "2022-Y");
    const file = join(dir, "51-quang-ngai.xlsx");
    writeFileSync(file, await filledWorkbook("51", "2022-Y", figures));
    soffice("xlsx", join(dir, "lo"), [file]);
    const back = readAnnexWorkbook(new Uint8Array(readFileSync(join(dir, "lo", "51-quang-ngai.xlsx"))), { catalogue, fileName: "51-quang-ngai.xlsx" });
    expect(back.application).toMatch(/LibreOffice/);
    expect(back.identifiedBy).toBe("meta");
    expect(back.submission).toMatchObject({ unit: "51", period: "2022-Y", cutOff: "2022-12-05" });
    expect(figureTable(back.submission)).toEqual(figureTable(figures));
    expect(validate(back.submission, catalogue, { unitKind: "province" }).errors).toBe(0);
  }, 240_000);

  it.skipIf(!hasSoffice || !hasSsconvert)("opens the national workbook in LibreOffice and Gnumeric with every sheet, row and merge", async () => {
    const { result, files } = nationalSample(["60"]);
    const file = join(dir, "tong-hop.xlsx");
    writeFileSync(file, await writeNationalWorkbook({ catalogue, result, files, findings: [], sentences: [], generatedAt: "2022-12-05T08:00:00.000Z" }));
    soffice("xlsx", join(dir, "lo-national"), [file]);
    const gnumeric = join(dir, "tong-hop-gnumeric.xlsx");
    const log = execFileSync("ssconvert", [file, gnumeric], { stdio: "pipe", timeout: 120_000 });
    expect(log.toString()).toBe("");
    for (const resaved of [join(dir, "lo-national", "tong-hop.xlsx"), gnumeric]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(resaved) as unknown as ArrayBuffer);
      expect(wb.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toHaveLength(21);
      const coverage = wb.getWorksheet("Tình hình nộp báo cáo")!;
      const rows = coverage.getSheetValues() as unknown[][];
      const title = rows.findIndex((r) => r?.[1] === "Các tệp khác trong thư mục");
      expect(title, resaved).toBe(5 + 67 + 1);
      expect(coverage.getCell(`I${title}`).master.address).toBe(`A${title}`);
      const perUnit = wb.getWorksheet("ĐV PL04")!;
      const national = (perUnit.getSheetValues() as unknown[][]).find((r) => r?.[2] === "TOÀN QUỐC");
      expect(national?.[4], resaved).toBe(result.annexes.find((a) => a.code === "PL04")?.national.get("02.1")?.value?.toNumber());
    }
  }, 240_000);

  it.skipIf(!hasSsconvert)("reads a filled template re-saved by Gnumeric back to identical figures", async () => {
    const figures = figuresFor("01", "2022-Y");
    const source = join(dir, "01-ha-noi.xlsx");
    const target = join(dir, "01-ha-noi-gnumeric.xlsx");
    writeFileSync(source, await filledWorkbook("01", "2022-Y", figures));
    execFileSync("ssconvert", [source, target], { stdio: "pipe", timeout: 120_000 });
    const back = readAnnexWorkbook(new Uint8Array(readFileSync(target)), { catalogue, fileName: "01-ha-noi.xlsx" });
    // Gnumeric shows the very hidden _meta sheet: the workbook is identified by its content.
    expect(back.identifiedBy).toBe("content");
    expect(back.submission).toMatchObject({ unit: "01", period: "2022-Y", cutOff: "2022-12-05" });
    expect(figureTable(back.submission)).toEqual(figureTable(figures));
    expect(validate(back.submission, catalogue, { unitKind: "province" }).errors).toBe(0);
  }, 120_000);
});
