import registry2022 from "../../data/units/registry-2022.json";
import registry2025 from "../../data/units/registry-2025.json";
import { loadRegistry } from "./load-registry.js";
import type { Registry } from "./types.js";

/** 63 provinces and cities + 4 central committees, valid until 30/6/2025. */
export const REGISTRY_2022: Registry = /* @__PURE__ */ loadRegistry(registry2022);

/** 34 provinces and cities + the central committees after the 2025 reorganisation, from 1/7/2025. */
export const REGISTRY_2025: Registry = /* @__PURE__ */ loadRegistry(registry2025);

/** The registries shipped with the library, oldest first. */
export function builtinRegistries(): readonly Registry[] {
  return [REGISTRY_2022, REGISTRY_2025];
}
