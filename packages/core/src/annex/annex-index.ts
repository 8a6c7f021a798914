import type { AnnexSchemaData, Column, Row, Section } from "./annex-schema.js";
import type { ColumnKind } from "../numbers/index.js";
import { cellKey } from "../rule/line-ref.js";

/** Allowed written decimals of a cell. */
export interface DecimalsSpec {
  min: number;
  max: number;
  default: number;
}

/** One cell of the printed form: where a row of a section meets a column. */
export interface CellSpec {
  row: Row;
  column: Column;
  section: Section;
  sectionIndex: number;
  kind: ColumnKind;
  decimals: DecimalsSpec;
  optional: boolean;
}

/** Cell lookups of one annex, built once when the annex is loaded. */
export interface AnnexIndex {
  cells: readonly CellSpec[];
  cell(row: string, column: number): CellSpec | undefined;
  rowSection(row: string): { row: Row; section: Section; sectionIndex: number } | undefined;
}

/** Decimals of a percentage when the catalogue declares none (`percentDecimals`). */
export const DEFAULT_PERCENT_DECIMALS = 1;
const DECIMAL_DECIMALS: DecimalsSpec = { min: 0, max: 6, default: 2 };
const COUNT_DECIMALS: DecimalsSpec = { min: 0, max: 0, default: 0 };

/** A percentage cell declaring no decimals: written with the catalogue's, read with 1 or 2 (or that many). */
function percentDecimals(decimals: number): DecimalsSpec {
  return { min: Math.min(1, decimals), max: Math.max(2, decimals), default: decimals };
}

function decimalsFor(kind: ColumnKind, row: Row, column: Column, percent: number): DecimalsSpec {
  const declared = row.decimals ?? column.decimals;
  if (declared) return declared;
  if (kind === "percent") return percentDecimals(percent);
  if (kind === "decimal") return DECIMAL_DECIMALS;
  return COUNT_DECIMALS;
}

/** `percentDecimals`: the catalogue's decimals of a percentage cell that declares none. */
export function indexAnnex(annex: AnnexSchemaData, percentDecimalsDefault = DEFAULT_PERCENT_DECIMALS): AnnexIndex {
  const cells: CellSpec[] = [];
  const byKey = new Map<string, CellSpec>();
  const rows = new Map<string, { row: Row; section: Section; sectionIndex: number }>();
  annex.sections.forEach((section, sectionIndex) => {
    for (const row of section.rows) {
      rows.set(row.code, { row, section, sectionIndex });
      for (const column of section.columns) {
        const kind = row.kind ?? column.kind;
        const spec: CellSpec = {
          row,
          column,
          section,
          sectionIndex,
          kind,
          decimals: decimalsFor(kind, row, column, percentDecimalsDefault),
          optional: row.optional,
        };
        cells.push(spec);
        byKey.set(cellKey(row.code, column.number), spec);
      }
    }
  });
  return {
    cells,
    cell: (row, column) => byKey.get(cellKey(row, column)),
    rowSection: (row) => rows.get(row),
  };
}
