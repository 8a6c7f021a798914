export type { Group, Grouping, PredecessorRef, Registry, ReportingUnit, UnitKind } from "./types.js";
export { GroupingError, RegistryError, type RegistryIssue } from "./registry-error.js";
export { formatJsonPath } from "./json-path.js";
export {
  groupSchema,
  groupingSchema,
  predecessorSchema,
  registryFileSchema,
  unitSchema,
  type RegistryFile,
} from "./registry-schema.js";
export { groupingFileSchema, type GroupingFile } from "./grouping-schema.js";
export { loadRegistry } from "./load-registry.js";
export { REGISTRY_2022, REGISTRY_2025, builtinRegistries } from "./builtin-registries.js";
export { defaultGrouping, unitByCode } from "./registry-lookup.js";
export { registryForDate, registryForPeriod } from "./registry-for-period.js";
export { loadGrouping } from "./load-grouping.js";
export { normalizeName } from "./normalize-name.js";
export { normalizeTonePlacement } from "./tone-placement.js";
export { nameKeys } from "./name-keys.js";
export { findUnit, type FindUnitResult } from "./find-unit.js";
export { findUnitForPeriod, type FindUnitForPeriodResult } from "./find-unit-for-period.js";
export { couldBeTcvn3, looksLikeTcvn3, tcvn3ToUnicode, unicodeToTcvn3 } from "./tcvn3.js";
export { TCVN3_TO_UNICODE, UNICODE_TO_TCVN3 } from "./tcvn3-table.js";
export { isVietnameseSyllable } from "./vietnamese-syllable.js";
export { mapToSuccessors, type SuccessionMap } from "./successor.js";
export { findUnitUnaccented, unaccented } from "./find-unit-unaccented.js";
export { findUnitInFileName } from "./find-unit-in-file-name.js";
