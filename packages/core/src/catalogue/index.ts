export { annexesDue, catalogueLabel, type Catalogue } from "./catalogue.js";
export { loadCatalogue, type CatalogueInput } from "./load-catalogue.js";
export {
  catalogueFileSchema,
  catalogueStatusSchema,
  type CatalogueFile,
  type CatalogueStatus,
} from "./catalogue-schema.js";
export { CATALOGUE_2022_1_DATA, CATALOGUE_2025_2_DATA, builtinCatalogueDocuments, builtinCatalogues, catalogue2022, catalogue2025 } from "./builtin-catalogues.js";
export { catalogueForDate, catalogueForPeriod } from "./catalogue-for-period.js";
export { catalogueJsonSchema } from "./catalogue-json-schema.js";
export { catalogueMismatch } from "./catalogue-mismatch.js";
export { checkCatalogue, type CatalogueCheck } from "./check-catalogue.js";
export { catalogueTranslation, notComparableText, CatalogueTranslationError, type CatalogueTranslation, type NotComparable } from "./catalogue-translation.js";
export { mappingEntrySchema, successionKindSchema, type MappingEntry, type SuccessionKind } from "./mapping-schema.js";
export { diffCatalogues, type CatalogueChange, type CataloguePart } from "./catalogue-diff.js";
