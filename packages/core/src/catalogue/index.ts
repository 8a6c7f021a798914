export { annexesDue, catalogueLabel, type Catalogue } from "./catalogue.js";
export type { CatalogueInput } from "./load-catalogue.js";
export type { CatalogueFile, CatalogueStatus } from "./catalogue-schema.js";
export {
  CATALOGUE_2022_1_DATA,
  CATALOGUE_2025_2_DATA,
  builtinCatalogueDocuments,
  builtinCatalogues,
  catalogue2022,
  catalogue2025,
} from "./builtin-catalogues.js";
export { catalogueForDate, catalogueForPeriod } from "./catalogue-for-period.js";
export { catalogueMismatch } from "./catalogue-mismatch.js";
export { catalogueTranslation, notComparableText, CatalogueTranslationError, type CatalogueTranslation, type NotComparable } from "./catalogue-translation.js";
export type { MappingEntry, SuccessionKind } from "./mapping-schema.js";
export { diffCatalogues, type CatalogueChange, type CataloguePart } from "./catalogue-diff.js";
export type { CatalogueCheck } from "./check-catalogue.js";
export { catalogueFromChecked, checkedForm, type CheckedCatalogue } from "./checked-catalogue.js";
export { packBuiltins, unpackBuiltin, type PackedAnnex, type PackedBuiltins } from "./packed-builtins.js";
export type { CatalogueHeader } from "./assemble-catalogue.js";
