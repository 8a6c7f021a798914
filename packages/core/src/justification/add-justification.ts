import type { AnnexGrid } from "../engine/cell-state.js";
import { argumentError } from "../errors/argument-error.js";
import type { Finding } from "../finding/finding.js";
import { valueAtFinding } from "./apply-justifications.js";
import type { Justification } from "./justification.js";
import { justificationCells, type JustificationCell } from "./justification-sheet.js";
import { isJustifiable, justificationRule, normalizeCellReference } from "./justification-key.js";

export interface AddedJustification {
  /** Every justification, the new one in place of any earlier one for the same warning. */
  justifications: Justification[];
  /** The new one. */
  justification: Justification;
  /** Its line (0 for the first) in the sheet "Giải trình". */
  index: number;
  /** The cells to write on that line. */
  cells: JustificationCell[];
}

/**
 * Justifies one warning (for the add-in's "Giải trình" button): the
 * justification names the warning's cell, rule and current value, replaces
 * an earlier one for the same warning, and comes with the cells to write in
 * the sheet "Giải trình". An error cannot be justified (a TypeError: the
 * caller offers the button on warnings only), nor can an empty text.
 */
export function addJustification(
  existing: readonly Justification[],
  finding: Finding,
  text: string,
  grids?: ReadonlyMap<string, AnnexGrid>,
): AddedJustification {
  if (!isJustifiable(finding)) throw argumentError("addJustification", "finding", "a warning at a cell (errors cannot be justified)", finding.severity);
  if (typeof text !== "string" || text.trim() === "") throw argumentError("addJustification", "text", "a non-empty text", text);
  const cell = finding.path.cell as string;
  const rule = justificationRule(finding);
  const value = grids ? valueAtFinding(finding, grids) : undefined;
  const justification: Justification = { cell, rule, text: text.trim(), ...(value === undefined ? {} : { value }) };
  const key = normalizeCellReference(cell);
  const index = existing.findIndex((j) => normalizeCellReference(j.cell) === key && j.rule.trim() === rule);
  const at = index >= 0 ? index : existing.length;
  const justifications = [...existing];
  justifications[at] = justification;
  return { justifications, justification, index: at, cells: justificationCells(justification, at) };
}
