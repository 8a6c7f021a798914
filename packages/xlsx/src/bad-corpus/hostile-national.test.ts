import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CELL_CUT_MARK,
  EXCEL_MAX_CELL_CHARS,
  EXCEL_MAX_ROW_POINTS,
  REGISTRY_2022,
  consolidate,
  formatFinding,
  periodOrThrow,
  reportSentences,
  unitByCode,
  validate,
  type Finding,
} from "@phuluc/core";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import type { FileEntry } from "../national/index.js";
import { writeNationalWorkbook } from "../national/index.js";
import { readWorkbook } from "../reader/index.js";
import { catalogue, figuresFor, filledWorkbook } from "../test-support/filled-workbook.js";
import { installed, libreOfficeConvert } from "../test-support/office-suite.js";

const period = periodOrThrow("2022-Y");
/** Word's manual line break as units paste it, and other characters XML 1.0 forbids. */
const HOSTILE_TEXT = `Ghi chú\vdòng hai\u0001\u0008\u001f\uFFFE ${"rất dài ".repeat(3000)}`;

/** Characters XML 1.0 does not allow, found in a part's text (checked code point by code point). */
function forbiddenIn(xml: string): string[] {
  const found: string[] = [];
  for (const ch of xml) {
    const c = ch.codePointAt(0) as number;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) found.push(`U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return found;
}

/** A folder as the hostile run had it: 1E+308 figures in two units, Word line breaks and huge text, file names with control characters. */
async function hostileFolder(): Promise<{ name: string; bytes: Uint8Array; unit: string }[]> {
  const huge = (unit: string) =>
    filledWorkbook(
      unit,
      "2022-Y",
      figuresFor(unit, "2022-Y", (s) => void (s.annexes.PL04!.cells["01.1"]!.value = 1e308)),
    );
  const text = (unit: string) =>
    filledWorkbook(
      unit,
      "2022-Y",
      figuresFor(unit, "2022-Y", (s) => void (s.annexes.PL04!.cells["01.1"]!.value = HOSTILE_TEXT)),
    );
  return [
    { name: "01-ha-noi.xlsx", bytes: await huge("01"), unit: "01" },
    { name: "02-ha-giang.xlsx", bytes: await huge("02"), unit: "02" },
    { name: "04\u000b-cao\u0001-bang.xlsx", bytes: await text("04"), unit: "04" },
    { name: "06-bac-kan.xlsx", bytes: await filledWorkbook("06"), unit: "06" },
  ];
}

describe("the national workbook of a hostile folder", () => {
  it("is one every XML 1.0 parser and LibreOffice accept, with no Infinity, no cell past 32,767 characters and no row past 409 points", async () => {
    const folder = await hostileFolder();
    const returns = [];
    const findings: { file?: string; unit?: string; finding: Finding }[] = [];
    const files: FileEntry[] = [];
    for (const f of folder) {
      const read = readAnnexWorkbook(f.bytes, { catalogue, fileName: f.name });
      const kind = unitByCode(REGISTRY_2022, f.unit)!.kind;
      const validation = validate(read.submission, catalogue, { unitKind: kind });
      returns.push({ unit: f.unit, file: f.name, validation });
      for (const finding of [...read.findings, ...validation.findings]) findings.push({ file: f.name, unit: f.unit, finding });
      files.push({ file: f.name, sha256: "ab".repeat(32), status: "included", unit: f.unit });
    }
    files.push({ file: "\u0007=cmd|'/c calc'!A1\u000b.xlsx", sha256: "cd".repeat(32), status: "unreadable", reason: HOSTILE_TEXT.repeat(8) });

    // The unit's 1E+308 is refused by name when read, never summed.
    const messages = findings.map((f) => formatFinding(f.finding, { catalogue }));
    expect(messages.filter((m) => m.includes("1E+308"))).toEqual([
      "Tệp 01-ha-noi.xlsx, PL04, mã số 01, cột (1), ô PL04!D10: giá trị 1E+308 quá lớn, không thể là số liệu thống kê (số lớn nhất đọc được là 1.000.000.000.000.000); hãy nhập lại số đúng.",
      "Tệp 02-ha-giang.xlsx, PL04, mã số 01, cột (1), ô PL04!D10: giá trị 1E+308 quá lớn, không thể là số liệu thống kê (số lớn nhất đọc được là 1.000.000.000.000.000); hãy nhập lại số đúng.",
    ]);
    // A finding quotes at most 200 characters of the cell.
    const quoted = findings.find((f) => f.file?.startsWith("04") && f.finding.code === "value.not_a_number")!;
    expect(String(quoted.finding.params["text"])).toHaveLength(200);

    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period });
    const bytes = await writeNationalWorkbook({
      catalogue,
      result,
      files,
      findings,
      sentences: reportSentences(result, catalogue, { cutOff: "2022-12-05" }),
      cutOff: "2022-12-05",
    });

    const parts = unzipSync(bytes);
    const xmlParts = Object.keys(parts).filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
    for (const name of xmlParts) {
      const xml = strFromU8(parts[name]!);
      expect({ name, forbidden: forbiddenIn(xml) }).toEqual({ name, forbidden: [] });
      expect({ name, infinite: /<v>\s*-?(?:Infinity|NaN)\s*<\/v>/.test(xml) }).toEqual({ name, infinite: false });
      for (const m of xml.matchAll(/<row\b[^>]*\sht="([^"]+)"/g)) expect(Number(m[1])).toBeLessThanOrEqual(EXCEL_MAX_ROW_POINTS);
    }
    // Our own reader refuses any cell past Excel's limit: it reads the whole workbook.
    const raw = readWorkbook(bytes);
    const texts = raw.sheets
      .flatMap((s) => s.cells)
      .filter((c) => typeof c.value === "string")
      .map((c) => c.value as string);
    expect(texts.some((t) => t.length === EXCEL_MAX_CELL_CHARS && t.endsWith(CELL_CUT_MARK))).toBe(true);
    expect(texts.some((t) => t.includes("Ghi chú\ndòng hai"))).toBe(true);
    expect(texts.filter((t) => t.includes("cmd|")).every((t) => t.startsWith("'"))).toBe(true);

    if (!installed("soffice")) return;
    const dir = mkdtempSync(join(tmpdir(), "phuluc-hostile-national-"));
    try {
      mkdirSync(join(dir, "out"));
      const input = join(dir, "tong-hop.xlsx");
      writeFileSync(input, bytes);
      await libreOfficeConvert("xlsx", join(dir, "out"), [input], dir);
      const converted = readWorkbook(new Uint8Array(readFileSync(join(dir, "out", "tong-hop.xlsx"))));
      // LibreOffice read every sheet, the findings with the refused 1E+308 among them.
      expect(converted.sheets.map((s) => s.name)).toEqual(raw.sheets.map((s) => s.name));
      const convertedTexts = converted.sheets.flatMap((s) => s.cells).map((c) => String(c.value));
      expect(convertedTexts.some((t) => t.includes("1E+308 quá lớn"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
