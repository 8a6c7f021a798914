import type { Annex } from "../annex/annex.js";
import { cellKey, type CellKey } from "../rule/line-ref.js";
import type { Rule } from "../rule/rule-schema.js";
import type { AnnexGrid } from "./cell-state.js";
import { ZERO, intervalOf, type Interval } from "./interval.js";

/** A rule operand, or the reason it is not there. */
export type Operand = { ok: true; interval: Interval; address?: string } | { ok: false };

/**
 * Resolves one operand. Optional cells and rules declared `empty: "zero"`
 * count an empty cell as 0; otherwise an empty, unreadable or absent cell
 * makes the rule skip that instance (the cell is reported on its own).
 */
export function operand(annex: Annex, grid: AnnexGrid, cell: CellKey, rule: Rule): Operand {
  const state = grid.get(cellKey(cell.row, cell.column));
  if (!state) return { ok: false };
  if (state.status === "value") {
    return state.address === undefined ? { ok: true, interval: intervalOf(state) } : { ok: true, interval: intervalOf(state), address: state.address };
  }
  if (state.status === "empty") {
    const optional = annex.index.cell(cell.row, cell.column)?.optional ?? false;
    if (optional || rule.empty === "zero") {
      return state.address === undefined ? { ok: true, interval: ZERO } : { ok: true, interval: ZERO, address: state.address };
    }
  }
  return { ok: false };
}

/** All operands, or undefined when any is missing. */
export function operands(annex: Annex, grid: AnnexGrid, cells: readonly CellKey[], rule: Rule): Interval[] | undefined {
  const out: Interval[] = [];
  for (const cell of cells) {
    const o = operand(annex, grid, cell, rule);
    if (!o.ok) return undefined;
    out.push(o.interval);
  }
  return out;
}

export function addressOf(grid: AnnexGrid, cell: CellKey): string | undefined {
  const state = grid.get(cellKey(cell.row, cell.column));
  return state && state.status !== "absent" ? state.address : undefined;
}
