import {
  cellKey,
  META_SHEET,
  builtinRegistries,
  cellNumberFormat,
  computeDerived,
  expectBytes,
  expectCatalogue,
  expectRecord,
  findUnitForPeriod,
  metaFromRows,
  parsePeriod,
  parsePeriodLabel,
  parseVietnameseDate,
  quoteText,
  readCell,
  type Annex,
  type Catalogue,
  type Decimal,
  type Finding,
  type Period,
  type Registry,
  type ReportingUnit,
  type Submission,
  type WorkbookMeta,
} from "@phuluc/core";
import { readWorkbook, type RawInflate, type RawSheet, type RawWorkbook, type ReadLimits } from "../reader/index.js";
import { findAnnexSheets } from "./find-annex-sheets.js";
import { mapAnnexSheet } from "./map-annex-sheet.js";
import { oversizedRangeFindings } from "./oversized-ranges.js";
import { readHeading, type SheetHeading } from "./sheet-heading.js";
import { readJustifications } from "../justification/read-justifications.js";

export interface AnnexWorkbookOptions {
  catalogue: Catalogue;
  /** Unit registries by validity; the built-in ones when absent. */
  registries?: readonly Registry[];
  /** File name for messages. */
  fileName?: string;
  limits?: Partial<ReadLimits>;
  /** A faster raw inflater (Node's zlib) to use instead of the built-in one; see RawInflate. */
  inflate?: RawInflate;
}

export interface AnnexWorkbook {
  submission: Submission;
  /** `meta`: by the very hidden `_meta` sheet; `content`: by sheet codes, the Mã số column and the heading. */
  identifiedBy: "meta" | "content";
  meta?: WorkbookMeta;
  heading: SheetHeading;
  unit?: ReportingUnit;
  registry?: Registry;
  period?: Period;
  /** Findings about the file itself: macros, unknown unit, not an annex workbook, recomputed cells. */
  findings: Finding[];
  application?: string;
}

function readMeta(raw: RawWorkbook): { meta?: WorkbookMeta; hidden: boolean } {
  const sheet = raw.sheets.find((s) => s.name.trim().toLowerCase() === META_SHEET);
  if (!sheet) return { hidden: false };
  const rows = new Map<number, unknown[]>();
  for (const c of sheet.cells) {
    const row = rows.get(c.row) ?? [];
    row[c.col - 1] = c.value;
    rows.set(c.row, row);
  }
  const meta = metaFromRows([...rows.values()]);
  return meta ? { meta, hidden: sheet.state !== "visible" } : { hidden: false };
}

/**
 * Fills derived cells whose formula has no cached value (a file saved by a
 * tool that does not calculate) from the inputs, and says so: such a cell is
 * never read as 0.
 */
function recompute(annex: Annex, submission: Submission, keys: readonly string[], file: string | undefined): Finding[] {
  const data = submission.annexes[annex.code];
  if (!data) return [];
  const derivedKeys = keys.filter((k) => annex.derivedBy.has(k));
  if (derivedKeys.length === 0) return [];
  const inputs = new Map<string, Decimal>();
  for (const spec of annex.index.cells) {
    const key = cellKey(spec.row.code, spec.column.number);
    const cell = data.cells[key];
    if (!cell || annex.derivedBy.has(key)) continue;
    const read = readCell(cell.numberFormat === undefined ? { value: cell.value } : { value: cell.value, numberFormat: cell.numberFormat }, spec.kind);
    if (read.ok && !read.read.empty) inputs.set(key, read.read.value);
  }
  const values = computeDerived(annex, inputs);
  const findings: Finding[] = [];
  for (const key of derivedKeys) {
    const cell = data.cells[key];
    const value = values.get(key);
    if (!cell || value === undefined || value === null) continue;
    const spec = annex.index.cell(key.split(".")[0] ?? "", Number(key.split(".")[1]));
    cell.value = value.toNumber();
    if (spec?.kind === "percent") cell.numberFormat = cellNumberFormat(spec);
    const [row, column] = key.split(".");
    findings.push({
      code: "file.derived_recomputed",
      severity: "warning",
      path: {
        ...(file ? { file } : {}),
        annex: annex.code,
        row: row ?? "",
        column: Number(column),
        ...(cell.address ? { cell: cell.address } : {}),
        ...(data.sheet ? { sheet: data.sheet } : {}),
      },
      params: { value: value.toFixed() },
    });
  }
  return findings;
}

function resolvePeriod(meta: WorkbookMeta | undefined, heading: SheetHeading): Period | undefined {
  if (meta?.period) {
    const parsed = parsePeriod(meta.period);
    if ("period" in parsed) return parsed.period;
  }
  return heading.periodText ? parsePeriodLabel(heading.periodText) : undefined;
}

/**
 * Reads a filled annex workbook from any office suite into a submission for
 * core's validation: finds each annex sheet, maps its cells by row code and
 * column number, identifies the unit and period (by `_meta`, else by the
 * sheets' headings), and reports what it noticed about the file as findings.
 * Throws WorkbookReadError for files that cannot be read at all.
 */
export function readAnnexWorkbook(bytes: Uint8Array, options: AnnexWorkbookOptions): AnnexWorkbook {
  expectBytes("readAnnexWorkbook", "bytes", bytes);
  expectRecord("readAnnexWorkbook", "options", options);
  expectCatalogue("readAnnexWorkbook", "options.catalogue", options.catalogue);
  const { catalogue, fileName } = options;
  const raw = readWorkbook(bytes, { ...options.limits, ...(options.inflate ? { inflate: options.inflate } : {}) });
  const fileParam = fileName ? { file: fileName } : {};
  const findings: Finding[] = [];
  if (raw.hasMacros) findings.push({ code: "file.macros_ignored", severity: "warning", path: { ...fileParam }, params: {} });

  // A visible `_meta` (Gnumeric un-hides it; a user may have edited it) is
  // not trusted: the sheets' own content identifies the workbook then.
  const metaSheet = readMeta(raw);
  const meta = metaSheet.hidden ? metaSheet.meta : undefined;
  const sheets = findAnnexSheets(raw.sheets, catalogue);
  const submission: Submission = { annexes: {}, ...fileParam };
  const uncached = new Map<Annex, string[]>();
  let firstSheet: RawSheet | undefined;
  for (const [annex, sheet] of sheets) {
    const mapped = mapAnnexSheet(sheet, annex);
    if (!mapped.hasTable) continue;
    firstSheet ??= sheet;
    submission.annexes[annex.code] = mapped.annex;
    if (mapped.uncached.length > 0) uncached.set(annex, mapped.uncached);
    findings.push(...mapped.findings.map((f) => ({ ...f, path: { ...fileParam, ...f.path } })));
    findings.push(...oversizedRangeFindings(sheet).map((f) => ({ ...f, path: { ...fileParam, ...f.path } })));
  }
  const heading = firstSheet ? readHeading(firstSheet) : {};
  const result: AnnexWorkbook = {
    submission,
    identifiedBy: meta ? "meta" : "content",
    heading,
    findings,
    ...(meta ? { meta } : {}),
    ...(raw.application ? { application: raw.application } : {}),
  };
  if (Object.keys(submission.annexes).length === 0) {
    findings.push({ code: "file.not_annex_workbook", severity: "error", path: { ...fileParam }, params: {} });
    return result;
  }
  for (const [annex, keys] of uncached) findings.push(...recompute(annex, submission, keys, fileName));
  const justified = readJustifications(raw, fileName);
  if (justified.justifications.length > 0) submission.justifications = justified.justifications;
  findings.push(...justified.findings);

  const version = meta?.catalogueVersion ?? heading.version;
  if (version) submission.catalogueVersion = version;
  const cutOff = meta?.cutOff ?? (heading.cutOffText ? parseVietnameseDate(heading.cutOffText) : undefined);
  if (cutOff) submission.cutOff = cutOff;
  const period = resolvePeriod(meta, heading);
  if (!period) {
    findings.push({
      code: "period.invalid",
      severity: "error",
      path: { ...fileParam, ...(firstSheet ? { sheet: firstSheet.name } : {}) },
      params: { text: quoteText(meta?.period ?? heading.periodText ?? "") },
    });
    return result;
  }
  submission.period = period.id;
  result.period = period;

  const registries = options.registries ?? builtinRegistries();
  const found = findUnitForPeriod(registries, period, (meta?.unit ?? heading.unitName ?? "").trim());
  if ("unit" in found) {
    submission.unit = found.unit.code;
    result.unit = found.unit;
    result.registry = found.registry;
  } else {
    const where = heading.unitCell && firstSheet ? { sheet: firstSheet.name, cell: `${firstSheet.name}!${heading.unitCell}` } : {};
    findings.push({ ...found.finding, path: { ...found.finding.path, ...fileParam, ...where } });
  }
  return result;
}
