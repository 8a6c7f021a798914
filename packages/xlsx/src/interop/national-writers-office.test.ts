import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { writeNationalWorkbook } from "../national/index.js";
import { everySheetSample } from "../test-support/every-sheet-sample.js";
import { writeNationalWorkbookThroughExceljs } from "../test-support/national-through-exceljs.js";
import { installed, libreOfficeConvert } from "../test-support/office-suite.js";
import { pdfPages } from "../test-support/pdf-words.js";

const run = promisify(execFile);
// CI installs LibreOffice, Gnumeric and poppler; there a missing one is a failure, not a skip.
const required = Boolean(process.env.CI);
const canConvert = installed("soffice") && installed("pdftotext") && installed("ssconvert");
const dir = mkdtempSync(join(tmpdir(), "phuluc-national-writers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each sheet as Gnumeric's CSV, in sheet order. */
async function sheetsAsCsv(file: string, stem: string): Promise<string[]> {
  await run("ssconvert", ["--export-file-per-sheet", file, join(dir, `${stem}-%n.csv`)], { timeout: 240_000 });
  const names = readdirSync(dir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".csv"));
  names.sort((a, b) => Number(a.slice(stem.length + 1, -4)) - Number(b.slice(stem.length + 1, -4)));
  return names.map((f) => readFileSync(join(dir, f), "utf8"));
}

describe.runIf(canConvert || required)("the national workbook of the sheet writer in office suites", () => {
  it("prints in LibreOffice and converts in Gnumeric exactly as the one exceljs wrote", async () => {
    const input = everySheetSample();
    const ours = join(dir, "ours.xlsx");
    const theirs = join(dir, "theirs.xlsx");
    writeFileSync(ours, await writeNationalWorkbook(input));
    writeFileSync(theirs, await writeNationalWorkbookThroughExceljs(input));
    await libreOfficeConvert("pdf", dir, [ours, theirs], dir);
    const [a, b] = [pdfPages(join(dir, "ours.pdf")), pdfPages(join(dir, "theirs.pdf"))];
    expect(a.length).toBeGreaterThan(20);
    // Every word on every page, at the same place.
    expect(a).toEqual(b);
    const [csvA, csvB] = [await sheetsAsCsv(ours, "ours"), await sheetsAsCsv(theirs, "theirs")];
    expect(csvA.length).toBe(23);
    expect(csvA).toEqual(csvB);
  }, 600_000);
});
