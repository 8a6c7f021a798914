import type { CellSpec } from "./annex-index.js";

/**
 * The Excel number format a cell is shown with on the form: counts with
 * thousands separators, percentages (a number in a "(%)" column) and
 * decimals with the cell's default decimals.
 */
export function cellNumberFormat(spec: Pick<CellSpec, "kind" | "decimals">): string {
  if (spec.kind === "count") return "#,##0";
  return spec.decimals.default === 0 ? "0" : `0.${"0".repeat(spec.decimals.default)}`;
}
