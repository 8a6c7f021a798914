// `@phuluc/core/documents`: the schemas (zod) of the documents a user gives
// (catalogue, annex, registry and grouping files) and what loads and checks
// them. Kept apart from `./runtime` so that a program that only validates and
// consolidates never loads zod: the shipped catalogues and registries are
// checked when the package is built and by its tests.
export { annexSchema, columnSchema, rowSchema, sectionSchema } from "./annex/annex-schema.js";
export { ruleSchema } from "./rule/rule-schema.js";
export { loadAnnex } from "./annex/load-annex.js";
export { formatIssuePath } from "./errors/issue-path.js";
export { groupSchema, groupingSchema, predecessorSchema, registryFileSchema, unitSchema } from "./units/registry-schema.js";
export { groupingFileSchema } from "./units/grouping-schema.js";
export { loadRegistry } from "./units/load-registry.js";
export { loadGrouping } from "./units/load-grouping.js";
export { catalogueFileSchema, catalogueStatusSchema } from "./catalogue/catalogue-schema.js";
export { loadCatalogue } from "./catalogue/load-catalogue.js";
export { catalogueJsonSchema } from "./catalogue/catalogue-json-schema.js";
export { checkCatalogue } from "./catalogue/check-catalogue.js";
export { mappingEntrySchema, successionKindSchema } from "./catalogue/mapping-schema.js";
export { changeCheckSchema, peerCheckSchema, plausibilityCheckSchema, plausibilitySchema } from "./plausibility/plausibility-schema.js";
