export type {
  AnnexInput,
  AnnexSchemaData,
  Column,
  ColumnInput,
  Row,
  RowInput,
  Section,
} from "./annex-schema.js";
export type { AnnexIndex, CellSpec, DecimalsSpec } from "./annex-index.js";
export { isInputCell, type Annex } from "./annex.js";
export { cellNumberFormat, vietnameseNumberFormat } from "./cell-number-format.js";
