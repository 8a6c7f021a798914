import registry2022 from "../../data/units/registry-2022.json";
import registry2025 from "../../data/units/registry-2025.json";
import { deepFreeze } from "./deep-freeze.js";
import { toRegistry } from "./registry-from-file.js";
import type { RegistryFile } from "./registry-schema.js";
import type { Registry } from "./types.js";

// The shipped files are checked by the tests (builtin-registries.test.ts:
// loadRegistry accepts them and gives the same registries), not at every import.
const shipped = (file: unknown): Registry => deepFreeze(toRegistry(file as RegistryFile));

/** 63 provinces and cities + 4 central committees, valid until 30/6/2025. */
export const REGISTRY_2022: Registry = /* @__PURE__ */ shipped(registry2022);

/** 34 provinces and cities + the central committees after the 2025 reorganisation, from 1/7/2025. */
export const REGISTRY_2025: Registry = /* @__PURE__ */ shipped(registry2025);

/** The registries shipped with the library, oldest first. */
export function builtinRegistries(): readonly Registry[] {
  return [REGISTRY_2022, REGISTRY_2025];
}
