export type { AnnexGrid, CellState } from "./cell-state.js";
export { validate, type ValidateOptions, type ValidationResult } from "./validate.js";
export { computeDerived, type DerivedFigure } from "./compute-derived.js";
export { previousCells } from "./previous-cells.js";
