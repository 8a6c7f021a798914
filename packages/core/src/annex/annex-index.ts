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

const PERCENT_DECIMALS: DecimalsSpec = { min: 1, max: 2, default: 1 };
const DECIMAL_DECIMALS: DecimalsSpec = { min: 0, max: 6, default: 2 };
const COUNT_DECIMALS: DecimalsSpec = { min: 0, max: 0, default: 0 };

function decimalsFor(kind: ColumnKind, row: Row, column: Column): DecimalsSpec {
  const declared = row.decimals ?? column.decimals;
  if (declared) return declared;
  if (kind === "percent") return PERCENT_DECIMALS;
  if (kind === "decimal") return DECIMAL_DECIMALS;
  return COUNT_DECIMALS;
}

export function indexAnnex(annex: AnnexSchemaData): AnnexIndex {
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
          decimals: decimalsFor(kind, row, column),
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
