import { describe, expect, it } from "vitest";
import registry2022 from "../../data/units/registry-2022.json";
import registry2025 from "../../data/units/registry-2025.json";
import { REGISTRY_2022, REGISTRY_2025 } from "./builtin-registries.js";
import { loadRegistry } from "./load-registry.js";

describe("built-in registries", () => {
  it("are the shipped files as loadRegistry checks and reads them", () => {
    expect(REGISTRY_2022).toEqual(loadRegistry(registry2022));
    expect(REGISTRY_2025).toEqual(loadRegistry(registry2025));
  });

  it("are frozen", () => {
    expect(Object.isFrozen(REGISTRY_2022.units[0])).toBe(true);
    expect(Object.isFrozen(REGISTRY_2025.groupings)).toBe(true);
  });
});
