import type { Catalogue } from "../catalogue/catalogue.js";
import { canonical } from "../numbers/decimal.js";
import { readCell } from "../numbers/read-cell.js";
import type { Submission } from "../submission/submission.js";
import type { TidyRow, TidyStatus } from "./tidy-columns.js";
import { cellKey } from "../rule/line-ref.js";

const JUSTIFIABLE: ReadonlySet<TidyStatus> = new Set(["included", "checked"]);

export interface TidyUnit {
  period: string;
  unitCode: string;
  unitName: string;
  /** Group or region of the unit in the grouping used (empty when none). */
  group?: string;
  status: TidyStatus;
  /** File the figures were read from, as the user named it. */
  file: string;
  /** The figures as read. */
  submission: Submission;
  /** Figures carrying a warning the unit justified, by `PL04.03.1`: `justified` unless the unit is excluded. */
  justified?: ReadonlySet<string>;
}

/**
 * One row per figure of a unit's return, in catalogue order: every cell of
 * every annex the return has, derived cells included (as the unit stated
 * them). A cell that is empty or cannot be read has an empty value.
 */
export function tidyRows(catalogue: Catalogue, unit: TidyUnit): TidyRow[] {
  const rows: TidyRow[] = [];
  for (const annex of catalogue.annexes) {
    const data = unit.submission.annexes[annex.code];
    if (!data) continue;
    for (const spec of annex.index.cells) {
      const key = cellKey(spec.row.code, spec.column.number);
      const cell = data.cells[key];
      if (!cell) continue;
      const read = readCell(cell.numberFormat === undefined ? { value: cell.value } : { value: cell.value, numberFormat: cell.numberFormat }, spec.kind);
      const value = read.ok && !read.read.empty ? canonical(read.read.value) : "";
      const address = cell.address ?? "";
      const bang = address.lastIndexOf("!");
      rows.push({
        period: unit.period,
        unit_code: unit.unitCode,
        unit_name: unit.unitName,
        group: unit.group ?? "",
        annex: annex.code,
        row_code: spec.row.code,
        row_label: spec.row.label,
        column: String(spec.column.number),
        column_header: spec.column.header,
        value,
        unit_of_measure: spec.kind === "percent" ? "%" : (spec.row.unit ?? spec.column.unit ?? ""),
        status: JUSTIFIABLE.has(unit.status) && unit.justified?.has(`${annex.code}.${key}`) ? "justified" : unit.status,
        file: unit.file,
        sheet: bang >= 0 ? address.slice(0, bang).replace(/^'(.*)'$/, "$1") : (data.sheet ?? ""),
        cell: bang >= 0 ? address.slice(bang + 1) : "",
      });
    }
  }
  return rows;
}
