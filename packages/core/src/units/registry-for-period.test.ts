import { describe, expect, it } from "vitest";
import { PeriodError, periodOrThrow } from "../periods/index.js";
import { REGISTRY_2022, REGISTRY_2025, RegistryError, builtinRegistries, registryForDate, registryForPeriod } from "./index.js";

describe("registryForDate / registryForPeriod", () => {
  const registries = builtinRegistries();

  it("switches registry on 1 July 2025", () => {
    expect(registryForDate(registries, "2025-06-30")?.id).toBe("vn-2022");
    expect(registryForDate(registries, "2025-07-01")?.id).toBe("vn-2025");
    expect(registryForDate(registries, "2008-01-01")?.id).toBe("vn-2022");
  });

  it("decides by the period end", () => {
    expect(registryForPeriod(registries, periodOrThrow("2025-H1"))?.id).toBe("vn-2022");
    expect(registryForPeriod(registries, periodOrThrow("2025-Y"))?.id).toBe("vn-2025");
    expect(registryForPeriod(registries, periodOrThrow("2025-Q2"))?.id).toBe("vn-2022");
    expect(registryForPeriod(registries, periodOrThrow("2025-Q3"))?.id).toBe("vn-2025");
    expect(registryForPeriod(registries, periodOrThrow("2022-Y"))?.id).toBe("vn-2022");
  });

  it("returns undefined when nothing covers the date, throws on overlap or bad dates", () => {
    expect(registryForDate([REGISTRY_2025], "2024-12-31")).toBeUndefined();
    expect(() => registryForDate([REGISTRY_2022, REGISTRY_2022], "2024-12-31")).toThrow(RegistryError);
    expect(() => registryForDate(registries, "31/12/2024")).toThrow(PeriodError);
  });
});
