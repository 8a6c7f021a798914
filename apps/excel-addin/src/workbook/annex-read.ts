/**
 * What one read of an annex's data range returned: the raw grids Office.js
 * gives for `values`, `numberFormat`, `valueTypes` and `formulas`, plus the
 * sheet's protection (needed to write highlights in the same shape later).
 */
export interface AnnexRead {
  code: string;
  sheet: string;
  /** False when the sheet is gone (deleted or renamed by the officer). */
  found: boolean;
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  protection: SheetProtection;
}

export interface SheetProtection {
  protected: boolean;
  /** Options to protect it again with, as loaded (nulls removed). */
  options: Record<string, unknown>;
}
