import type { AnnexSchemaData } from "./annex-schema.js";
import type { AnnexIndex, CellSpec } from "./annex-index.js";
import type { DerivingInstance, RuleInstance } from "../rule/rule-instance.js";
import { cellKey } from "../rule/line-ref.js";

/** A loaded, checked annex: its declared data plus lookups and expanded rules. */
export interface Annex extends AnnexSchemaData {
  /** The catalogue's version, e.g. `2022.1`. */
  readonly version: string;
  readonly index: AnnexIndex;
  /** Line rules applied at each crossing line. */
  readonly instances: readonly RuleInstance[];
  /** The instance whose formula fills a derived cell, by cell key `03.2`. */
  readonly derivedBy: ReadonlyMap<string, DerivingInstance>;
}

/** Whether a cell is an input the unit types (not filled by a formula). */
export function isInputCell(annex: Annex, cell: CellSpec): boolean {
  return !annex.derivedBy.has(cellKey(cell.row.code, cell.column.number));
}
