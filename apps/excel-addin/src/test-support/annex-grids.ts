import type { Submission } from "@phuluc/core";
import type { AnnexPlan } from "../workbook/annex-plan.js";

/** What Office.js would return for an annex range holding these figures (formulas in derived cells). */
export interface RangeGrids {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
}

export function gridsFor(plan: AnnexPlan, submission: Submission): RangeGrids {
  const rows = Math.max(...plan.cells.map((c) => c.rowOffset)) + 1;
  const cols = Math.max(...plan.cells.map((c) => c.columnOffset)) + 1;
  const make = <T>(v: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
  const grids: RangeGrids = { values: make<unknown>(""), numberFormat: make<unknown>("General"), valueTypes: make("Empty"), formulas: make<unknown>("") };
  for (const cell of plan.cells) {
    const data = submission.annexes[plan.code]?.cells[cell.key];
    const value = data?.value ?? null;
    const r = cell.rowOffset;
    const c = cell.columnOffset;
    const set = (grid: unknown[][], v: unknown): void => {
      const line = grid[r];
      if (line) line[c] = v;
    };
    set(grids.values, value === null ? "" : value);
    set(grids.valueTypes, value === null ? "Empty" : typeof value === "number" ? "Double" : "String");
    set(grids.numberFormat, data?.numberFormat ?? (cell.role === "derived" ? "0.0" : "#,##0"));
    set(grids.formulas, cell.role === "derived" ? "=SUM(A1)" : value === null ? "" : value);
  }
  return grids;
}
