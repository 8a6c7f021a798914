import {
  cellKey,
  Dec,
  META_SHEET,
  isInputCell,
  metaFromRows,
  parsePeriod,
  parsePeriodLabel,
  type Catalogue,
  type Decimal,
  type Period,
} from "@phuluc/core/runtime";
import type { RawSheet, RawWorkbook } from "@phuluc/xlsx/read";
import type { UnitFigures } from "./previous-data.js";

/** `ĐV PL01` → `PL01`. */
const PER_UNIT_SHEET = /^ĐV\s+(PL\d+)$/u;

function text(value: unknown): string {
  return typeof value === "string" ? value.normalize("NFC").trim() : typeof value === "number" ? String(value) : "";
}

export function isNationalWorkbook(raw: RawWorkbook): boolean {
  return raw.sheets.some((s) => PER_UNIT_SHEET.test(s.name.normalize("NFC").trim()));
}

/** The period in a national workbook's `_meta`. */
function metaPeriod(raw: RawWorkbook): Period | undefined {
  const sheet = raw.sheets.find((s) => s.name.trim().toLowerCase() === META_SHEET);
  if (!sheet) return undefined;
  const rows = new Map<number, unknown[]>();
  for (const c of sheet.cells) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row))?.splice(c.col - 1, 1, c.value);
  const id = metaFromRows([...rows.values()])?.period;
  const parsed = id ? parsePeriod(id) : undefined;
  return parsed && "period" in parsed ? parsed.period : undefined;
}

/**
 * The period of a national workbook: its `_meta`; a national workbook made
 * before `_meta` was written for every one states it only in words
 * (`Kỳ báo cáo: năm 2021 · …` near the top of a per-unit sheet).
 */
export function nationalPeriod(raw: RawWorkbook): Period | undefined {
  const fromMeta = metaPeriod(raw);
  if (fromMeta) return fromMeta;
  for (const sheet of raw.sheets) {
    for (const cell of sheet.cells) {
      if (cell.row > 6) break;
      const m = /Kỳ báo cáo:\s*([^·]+)/u.exec(text(cell.value));
      const period = m?.[1] ? parsePeriodLabel(m[1].trim()) : undefined;
      if (period) return period;
    }
  }
  return undefined;
}

/** `Mã số 01` (workbooks of earlier versions) or an indicator ending `(mã số 01)`. */
const ROW_CODE = /^Mã số\s+(\S+)$|\(mã số\s+(\d{2})\)$/u;
const COLUMN_NUMBER = /^\((\d+)\)$/;

function rowCodeOf(text: string): string | undefined {
  const m = ROW_CODE.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * Column → cell key from the header: a row naming each indicator's row code
 * (merged over its columns), then within two rows the columns' numbers `(1)`.
 */
function headerColumns(sheet: RawSheet): { columns: Map<number, string>; firstDataRow: number } | undefined {
  const rows = new Map<number, Map<number, string>>();
  for (const cell of sheet.cells) {
    if (cell.row > 30) break;
    const row = rows.get(cell.row) ?? new Map<number, string>();
    row.set(cell.col, text(cell.value));
    rows.set(cell.row, row);
  }
  for (const [r, cells] of rows) {
    if (![...cells.values()].some((t) => rowCodeOf(t) !== undefined)) continue;
    const numberRow = [r + 1, r + 2].find((n) => [...(rows.get(n)?.values() ?? [])].some((t) => COLUMN_NUMBER.test(t)));
    if (numberRow === undefined) continue;
    const below = rows.get(numberRow) ?? new Map<number, string>();
    const columns = new Map<number, string>();
    let code: string | undefined;
    const last = Math.max(...cells.keys(), ...below.keys());
    for (let c = 1; c <= last; c++) {
      code = rowCodeOf(cells.get(c) ?? "") ?? code;
      const n = COLUMN_NUMBER.exec(below.get(c) ?? "");
      if (code && n?.[1]) columns.set(c, cellKey(code, Number(n[1])));
    }
    if (columns.size > 0) return { columns, firstDataRow: numberRow + 1 };
  }
  return undefined;
}

function numberOf(value: unknown): Decimal | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return new Dec(value);
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return new Dec(value.trim());
  return undefined;
}

/**
 * Each unit's input figures from a national workbook's per-unit sheets
 * (`ĐV PL01` …: column A the unit code, then one column per cell under its
 * indicator `… (mã số 01)` and number `(1)`). Group, sub-total and national rows have no unit code
 * of the registry and are skipped; derived cells are recomputed later.
 */
export function nationalUnitFigures(raw: RawWorkbook, catalogue: Catalogue, unitCodes: ReadonlySet<string>): UnitFigures {
  const units = new Map<string, Map<string, Map<string, Decimal>>>();
  for (const sheet of raw.sheets) {
    const m = PER_UNIT_SHEET.exec(sheet.name.normalize("NFC").trim());
    const annex = m?.[1] ? catalogue.annex(m[1]) : undefined;
    if (!annex) continue;
    const header = headerColumns(sheet);
    if (!header) continue;
    const inputs = new Set(annex.index.cells.filter((s) => isInputCell(annex, s)).map((s) => cellKey(s.row.code, s.column.number)));
    const byRow = new Map<number, Map<string, Decimal>>();
    const codeOfRow = new Map<number, string>();
    for (const cell of sheet.cells) {
      if (cell.row < header.firstDataRow) continue;
      if (cell.col === 1) {
        const code = text(cell.value);
        if (unitCodes.has(code)) codeOfRow.set(cell.row, code);
        continue;
      }
      const key = header.columns.get(cell.col);
      if (!key || !inputs.has(key)) continue;
      const value = numberOf(cell.value);
      if (value === undefined) continue;
      (byRow.get(cell.row) ?? byRow.set(cell.row, new Map()).get(cell.row))?.set(key, value);
    }
    for (const [row, figures] of byRow) {
      const code = codeOfRow.get(row);
      if (!code || figures.size === 0) continue;
      const unit = units.get(code) ?? units.set(code, new Map()).get(code);
      unit?.set(annex.code, figures);
    }
  }
  return units;
}
