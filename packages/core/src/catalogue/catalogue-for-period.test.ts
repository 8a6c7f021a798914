import { describe, expect, it } from "vitest";
import { SchemaError } from "../errors/schema-error.js";
import { PeriodError, periodOrThrow } from "../periods/index.js";
import { builtinCatalogues, catalogue2022, catalogue2025 } from "./builtin-catalogues.js";
import { catalogueForDate, catalogueForPeriod } from "./catalogue-for-period.js";

describe("catalogueForPeriod", () => {
  it("decides by the period end, as unit registries do", () => {
    const version = (p: string) => catalogueForPeriod(periodOrThrow(p))?.version;
    expect(version("2022-Y")).toBe("2022.1");
    expect(version("2025-H1")).toBe("2022.1");
    expect(version("2025-Q2")).toBe("2022.1");
    expect(version("2025-Q3")).toBe("2025.2");
    expect(version("2025-Y")).toBe("2025.2");
    expect(version("2026-H1")).toBe("2025.2");
    expect(version("2026-Y")).toBe("2025.2");
    expect(catalogueForPeriod(periodOrThrow("2026-Y"))).toBe(catalogue2025());
  });

  it("undefined when none covers the date; throws on overlap or a bad date", () => {
    expect(catalogueForDate([catalogue2025()], "2024-12-31")).toBeUndefined();
    expect(() => catalogueForDate([catalogue2022(), catalogue2022()], "2024-12-31")).toThrow(SchemaError);
    expect(() => catalogueForDate(builtinCatalogues(), "31/12/2024")).toThrow(PeriodError);
  });
});
