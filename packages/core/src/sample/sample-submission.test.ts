import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { validate } from "../engine/validate.js";
import { sampleSubmission } from "./sample-submission.js";

const catalogue = catalogue2022();
const UNITS = Array.from({ length: 24 }, (_, i) => `U${String(i + 1).padStart(2, "0")}`);
const PERIODS = ["2021-H1", "2021-Y", "2022-H1", "2022-Y", "2023-H1", "2023-Y"];

describe("sampleSubmission", () => {
  it("is deterministic for the same unit and period", () => {
    const a = sampleSubmission(catalogue, { unit: "HN", period: "2022-Y" });
    const b = sampleSubmission(catalogue, { unit: "HN", period: "2022-Y" });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("differs between units and periods, and follows an explicit seed", () => {
    const hn = sampleSubmission(catalogue, { unit: "HN", period: "2022-Y" });
    const hp = sampleSubmission(catalogue, { unit: "HP", period: "2022-Y" });
    const hn21 = sampleSubmission(catalogue, { unit: "HN", period: "2021-Y" });
    expect(hp.annexes.PL04?.cells["02.1"]).not.toEqual(hn.annexes.PL04?.cells["02.1"]);
    expect(hn21.annexes.PL04?.cells["02.1"]).not.toEqual(hn.annexes.PL04?.cells["02.1"]);
    const seeded = sampleSubmission(catalogue, { unit: "HP", period: "2022-Y", seed: "HN/2022-Y" });
    expect(seeded.annexes).toEqual(hn.annexes);
    expect(seeded.unit).toBe("HP");
  });

  it("carries unit, period and versions", () => {
    const s = sampleSubmission(catalogue, { unit: "HN", period: "2022-H1" });
    expect([s.unit, s.period, s.catalogueVersion]).toEqual(["HN", "2022-H1", "2022.1"]);
    expect(Object.values(s.annexes).map((a) => [a.code, a.version])).toEqual(["PL01", "PL02", "PL03", "PL04", "PL05", "PL07"].map((c) => [c, "2022.1"]));
  });

  it("has every cell of each annex, percentages formatted with their default decimals", () => {
    const s = sampleSubmission(catalogue, { unit: "HN", period: "2022-Y" });
    for (const annex of catalogue.annexes) {
      const cells = s.annexes[annex.code]?.cells ?? {};
      expect(Object.keys(cells).sort()).toEqual(annex.index.cells.map((c) => `${c.row.code}.${c.column.number}`).sort());
    }
    expect(s.annexes.PL01?.cells["01.3"]?.numberFormat).toBe("[$-42A]0.0");
    expect(s.annexes.PL03?.cells["05.3"]?.numberFormat).toBe("[$-42A]0.00");
    expect(s.annexes.PL01?.cells["01.1"]?.numberFormat).toBeUndefined();
  });

  it("year reports have nine annexes, half-year six; central units lack PL08", () => {
    expect(Object.keys(sampleSubmission(catalogue, { unit: "HN", period: "2022-Y" }).annexes)).toHaveLength(9);
    expect(Object.keys(sampleSubmission(catalogue, { unit: "HN", period: "2022-H1" }).annexes)).toHaveLength(6);
    const central = sampleSubmission(catalogue, { unit: "DUK", period: "2022-Y", unitKind: "central" });
    expect(Object.keys(central.annexes)).toEqual(["PL01", "PL02", "PL03", "PL04", "PL05", "PL06", "PL07", "PL09"]);
  });

  it.each(PERIODS)("validates with zero errors for many units in %s", (period) => {
    for (const unit of UNITS) {
      for (const unitKind of ["province", "central"] as const) {
        const s = sampleSubmission(catalogue, { unit, period, unitKind });
        const result = validate(s, catalogue, { unitKind });
        expect(
          result.findings.filter((f) => f.severity === "error"),
          `${unit} ${period} ${unitKind}`,
        ).toEqual([]);
        // Only plausibility warnings, e.g. training over plan.
        expect(result.findings.every((f) => f.code === "rule.compare" && f.rule === "PL03.c2-le-c1")).toBe(true);
      }
    }
  });

  it("scale changes the size of flows but keeps the figures valid", () => {
    const small = sampleSubmission(catalogue, { unit: "X", period: "2022-Y", scale: 0.2 });
    const large = sampleSubmission(catalogue, { unit: "X", period: "2022-Y", scale: 5 });
    expect(Number(large.annexes.PL04?.cells["02.1"]?.value)).toBeGreaterThan(Number(small.annexes.PL04?.cells["02.1"]?.value));
    expect(validate(small, catalogue).errors).toBe(0);
    expect(validate(large, catalogue).errors).toBe(0);
  });
});
