export {
  annexSchema,
  columnSchema,
  rowSchema,
  sectionSchema,
  type AnnexInput,
  type AnnexSchemaData,
  type Column,
  type ColumnInput,
  type Row,
  type RowInput,
  type Section,
} from "./annex-schema.js";
export type { AnnexIndex, CellSpec, DecimalsSpec } from "./annex-index.js";
export { isInputCell, type Annex } from "./annex.js";
export { loadAnnex } from "./load-annex.js";
export { cellNumberFormat, vietnameseNumberFormat } from "./cell-number-format.js";
