import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogue2022, validate } from "@phuluc/core";
import { afterAll, describe, expect, it } from "vitest";
import ExcelJS from "../exceljs-bundle.js";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import { writeFeedbackWorkbook } from "./feedback-workbook.js";
import { RESULTS_SHEET } from "./results-sheet.js";

const hasSoffice = (() => {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const dir = mkdtempSync(join(tmpdir(), "phuluc-feedback-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const catalogue = catalogue2022();

describe("feedback workbook through LibreOffice", () => {
  // CI installs LibreOffice; there its absence fails the test instead of skipping it.
  it.skipIf(!hasSoffice && !process.env.CI)(
    "keeps every figure, note and fill when LibreOffice re-saves it",
    async () => {
      const name = "40-nghe-an.xlsx";
      const bytes = new Uint8Array(readFileSync(new URL(`../../../../fixtures/2022-Y/${name}`, import.meta.url)));
      const read = readAnnexWorkbook(bytes, { catalogue, fileName: name });
      const findings = validate(read.submission, catalogue, { unitKind: read.unit!.kind }).findings;
      const feedback = await writeFeedbackWorkbook({
        catalogue,
        unit: read.unit!,
        period: read.period!,
        submission: read.submission,
        findings,
        status: { kind: "excluded" },
        fileName: name,
      });
      const input = join(dir, "in", "40-nghe-an-phan-hoi.xlsx");
      execFileSync("mkdir", ["-p", join(dir, "in")]);
      writeFileSync(input, feedback);
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", join(dir, "out"), input],
        { stdio: "pipe", timeout: 240_000 },
      );
      const resaved = new Uint8Array(readFileSync(join(dir, "out", "40-nghe-an-phan-hoi.xlsx")));

      const again = readAnnexWorkbook(resaved, { catalogue, fileName: "40-nghe-an-phan-hoi.xlsx" });
      expect(again.unit?.code).toBe(read.unit?.code);
      for (const [code, annex] of Object.entries(read.submission.annexes)) {
        for (const [key, cell] of Object.entries(annex.cells)) {
          expect(again.submission.annexes[code]?.cells[key]?.value, `${code} ${key}`).toEqual(cell.value);
        }
      }
      expect(validate(again.submission, catalogue, { unitKind: again.unit!.kind }).findings.map((f) => f.code)).toEqual(findings.map((f) => f.code));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(resaved as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]!.name).toBe(RESULTS_SHEET);
      const cell = workbook.getWorksheet("PL01")!.getCell("F10");
      expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFC7CE");
      const note = cell.note as string | { texts: { text: string }[] };
      expect(typeof note === "string" ? note : note.texts.map((t) => t.text).join("")).toContain("Lỗi: Tỷ lệ ghi 28,0% nhưng");
    },
    300_000,
  );
});
