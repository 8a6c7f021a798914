import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { validate } from "../engine/validate.js";
import { periodOrThrow } from "../periods/parse-period.js";
import { sampleSubmission } from "../sample/sample-submission.js";
import { annexFigures } from "../submission/annex-figures.js";
import type { Submission } from "../submission/submission.js";
import { REGISTRY_2022, REGISTRY_2025 } from "../units/builtin-registries.js";
import { consolidate, ConsolidationError, type UnitReturn } from "./consolidate.js";
import { inputsOf, type UnitInputs } from "./figures.js";

const catalogue = catalogue2022();
const y2022 = periodOrThrow("2022-Y");
const kindOf = (code: string): "central" | "province" => (code.startsWith("TW") ? "central" : "province");

function unitReturn(unit: string, period: string, edit?: (s: Submission) => void): UnitReturn {
  const submission = sampleSubmission(catalogue, { unit, period, unitKind: kindOf(unit) });
  edit?.(submission);
  return { unit, file: `${unit}.xlsx`, validation: validate(submission, catalogue, { unitKind: kindOf(unit) }) };
}

function figure(r: UnitReturn, annex: string, key: string): number {
  const state = r.validation.grids.get(annex)?.get(key);
  return state?.status === "value" ? state.value.toNumber() : 0;
}

function allReturns(registry = REGISTRY_2022, period = "2022-Y", skip: string[] = []): UnitReturn[] {
  return registry.units.filter((u) => !skip.includes(u.code)).map((u) => unitReturn(u.code, period));
}

const pl01 = (c1: number, c2: number, pct: number) =>
  annexFigures(
    "PL01",
    { "01": [c1, c2, pct, 0, 0, 0, 0], "02": [c1, c2, pct, 0, 0, 0, 0], "03": [c1, c2, pct, 0, 0, 0, 0] },
    {
      numberFormats: { "01.3": "0.0", "02.3": "0.0", "03.3": "0.0" },
    },
  );

describe("consolidate", () => {
  it("recomputes percentages from the summed counts, never averaging them", () => {
    const returns = [
      unitReturn("01", "2022-Y", (s) => (s.annexes.PL01 = pl01(100, 50, 50))),
      unitReturn("02", "2022-Y", (s) => (s.annexes.PL01 = pl01(300, 30, 10))),
    ];
    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: y2022 });
    const pl = result.annexes.find((a) => a.code === "PL01")!;
    expect(pl.national.get("01.1")?.value?.toString()).toBe("400");
    expect(pl.national.get("01.2")?.value?.toString()).toBe("80");
    // 80 / 400 = 20,0% — the average of 50% and 10% would be 30%.
    expect(pl.national.get("01.3")?.value?.toFixed(1)).toBe("20.0");
    expect(pl.national.get("01.3")?.derived).toBe(true);
    expect(pl.national.get("01.1")?.contributors).toEqual(["01", "02"]);
    expect(pl.national.get("01.3")?.contributors).toEqual(["01", "02"]);
  });

  it("names the units behind each figure, leaving out a unit that left the cell empty", () => {
    const returns = [unitReturn("01", "2022-Y"), unitReturn("02", "2022-Y", (s) => delete s.annexes.PL02!.cells["03.1"]), unitReturn("04", "2022-Y")];
    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: y2022, includeInvalid: true });
    const pl02 = result.annexes.find((a) => a.code === "PL02")!;
    expect(pl02.national.get("03.1")?.contributors).toEqual(["01", "04"]);
    // r02 = r03 + … + r08: unit 02 reached it through its other parts.
    expect(pl02.national.get("02.1")?.contributors).toEqual(["01", "02", "04"]);
    // Every unit reached these: one shared list.
    expect(pl02.national.get("04.1")?.contributors).toBe(pl02.national.get("05.1")?.contributors);
    // A unit's own figures are computed when asked for: a total with an empty part stays empty.
    const own = pl02.units.get("02")!;
    expect(own.get("04.1")?.toNumber()).toBe(figure(returns[1]!, "PL02", "04.1"));
    expect(own.has("02.1")).toBe(false);
    expect(pl02.units.get("01")?.get("02.1")?.toNumber()).toBe(
      ["03", "04", "05", "06", "07", "08"].reduce((acc, row) => acc + figure(returns[0]!, "PL02", `${row}.1`), 0),
    );
    expect([...pl02.units.keys()]).toEqual(["01", "02", "04"]);
    expect(pl02.units.get("60")).toBeUndefined();
  });

  it("accounts for every expected unit: included, excluded with errors, missing", () => {
    const returns = allReturns(REGISTRY_2022, "2022-Y", ["60"]).map((r) =>
      r.unit === "51" ? unitReturn("51", "2022-Y", (s) => (s.annexes.PL02!.cells["01.1"]!.value = 1)) : r,
    );
    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: y2022 });
    expect(result.coverage).toEqual({ expected: 67, received: 66, included: 65, excluded: 1, unreadable: 0, missing: 1 });
    expect(result.units.find((u) => u.unit.code === "60")).toMatchObject({ status: "missing", reason: "missing" });
    const qn = result.units.find((u) => u.unit.code === "51");
    expect(qn).toMatchObject({ status: "excluded", reason: "errors", errors: 1, file: "51.xlsx" });
    const pl02 = result.annexes.find((a) => a.code === "PL02")!;
    expect(pl02.contributingUnits).toBe(65);
    expect(pl02.units.has("51")).toBe(false);
    expect(pl02.national.get("01.1")?.contributors).not.toContain("51");

    const inclusive = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: y2022, includeInvalid: true });
    expect(inclusive.coverage).toMatchObject({ included: 66, excluded: 0 });
    expect(inclusive.units.find((u) => u.unit.code === "51")).toMatchObject({ status: "included", includedWithErrors: true });
  });

  it("sums each input cell over the included units and sub-totals per group", () => {
    const returns = allReturns();
    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: y2022 });
    const pl04 = result.annexes.find((a) => a.code === "PL04")!;
    const expected = returns.reduce((acc, r) => acc + figure(r, "PL04", "02.1"), 0);
    expect(pl04.national.get("02.1")?.value?.toNumber()).toBe(expected);
    expect(pl04.groups.map((g) => g.units.length)).toEqual([14, 11, 14, 5, 6, 13, 4]);
    const groupTotal = pl04.groups.reduce((acc, g) => acc + (g.figures.get("02.1")?.toNumber() ?? 0), 0);
    expect(groupTotal).toBe(expected);
    expect(result.groupingName).toBe("Vùng kinh tế - xã hội");
  });

  it("files PL08 for provinces only", () => {
    const result = consolidate(allReturns(), { catalogue, registry: REGISTRY_2022, period: y2022 });
    const pl08 = result.annexes.find((a) => a.code === "PL08")!;
    expect(pl08.expectedUnits).toBe(63);
    expect(pl08.contributingUnits).toBe(63);
    expect(pl08.units.has("TW-QU")).toBe(false);
  });

  it("only consolidates the annexes due in the period", () => {
    const h1 = consolidate(allReturns(REGISTRY_2022, "2022-H1"), { catalogue, registry: REGISTRY_2022, period: periodOrThrow("2022-H1") });
    expect(h1.annexes.map((a) => a.code)).toEqual(["PL01", "PL02", "PL03", "PL04", "PL05", "PL07"]);
  });

  it("maps the previous period onto successors across the 2025 reorganisation", () => {
    const prevReturns = allReturns(REGISTRY_2022, "2024-Y");
    const units = new Map<string, UnitInputs>(
      prevReturns.map((r) => [r.unit, new Map([...r.validation.grids].map(([a, g]) => [a, inputsOf(catalogue.annex(a)!, g)]))]),
    );
    const result = consolidate(allReturns(REGISTRY_2025, "2025-Y"), {
      catalogue,
      registry: REGISTRY_2025,
      period: periodOrThrow("2025-Y"),
      previous: { period: periodOrThrow("2024-Y"), registry: REGISTRY_2022, units },
    });
    expect(result.previous?.mapped).toBe(true);
    expect(result.previous?.mapping.get("08")).toEqual(["08", "02"]);
    expect(result.previous?.notComparable).toEqual(["TW-DCQ", "TW-CP", "TW-QH", "TW-MT"]);
    const pl04 = result.annexes.find((a) => a.code === "PL04")!;
    const prev = (code: string) => units.get(code)!.get("PL04")!.get("02.1")!.toNumber();
    expect(pl04.previousUnits?.get("08")?.get("02.1")?.toNumber()).toBe(prev("08") + prev("02"));
    expect(pl04.previousUnits?.get("79")?.get("02.1")?.toNumber()).toBe(prev("79") + prev("74") + prev("77"));
    expect(pl04.previousUnits?.has("TW-CP")).toBe(false);
    const allPrev = [...units.values()].reduce((acc, u) => acc + u.get("PL04")!.get("02.1")!.toNumber(), 0);
    expect(pl04.previousNational?.get("02.1")?.toNumber()).toBe(allPrev);
  });

  it("checks national targets on the consolidated figures", () => {
    const low = (s: Submission) => {
      const c = s.annexes.PL09!.cells;
      // Units rate their members poorly: national share of good-or-better falls below 90%.
      const total = c["02.1"]!.value as number;
      c["02.2"]!.value = Math.floor(total * 0.1);
      c["02.3"]!.value = Math.floor(total * 0.7);
      c["02.5"]!.value = 0;
      c["02.4"]!.value = total - (c["02.2"]!.value as number) - (c["02.3"]!.value as number);
      c["02.6"]!.value = Math.round((((c["02.2"]!.value as number) + (c["02.3"]!.value as number)) / total) * 1000) / 10;
    };
    const returns = ["01", "02", "04"].map((u) => unitReturn(u, "2022-Y", low));
    for (const r of returns) expect(r.validation.errors).toBe(0);
    const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: y2022 });
    const target = result.findings.filter((f) => f.rule === "PL09.r02-target");
    expect(target).toHaveLength(1);
    expect(target[0]).toMatchObject({ code: "rule.target_range", severity: "warning", params: { direction: "below", min: 90 } });
  });

  it("refuses misuse: a unit outside the registry, or two returns for one unit", () => {
    expect(() => consolidate([unitReturn("02", "2025-Y")], { catalogue, registry: REGISTRY_2025, period: periodOrThrow("2025-Y") })).toThrow(
      ConsolidationError,
    );
    expect(() => consolidate([unitReturn("01", "2022-Y"), unitReturn("01", "2022-Y")], { catalogue, registry: REGISTRY_2022, period: y2022 })).toThrow(
      /Two returns for unit 01/,
    );
  });
});
