import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { validate } from "./validate.js";
import { previousCells } from "./previous-cells.js";
import { sampleSubmission } from "../sample/sample-submission.js";

describe("previousCells", () => {
  const catalogue = catalogue2022();

  it("names the cells the period-over-period rules and plausibility checks read", () => {
    expect(previousCells(catalogue).get("PL04")).toEqual(["01.1", "02.1", "03.1", "04.1", "06.1"]);
    expect(previousCells(catalogue).get("PL07")).toEqual(["01.1", "02.1"]);
  });

  it("is all validation needs of the previous period: the same findings from those cells alone", () => {
    const now = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
    const before = sampleSubmission(catalogue, { unit: "51", period: "2021-Y", unitKind: "province", scale: 0.5 });
    const cells = previousCells(catalogue);
    const only = {
      ...before,
      annexes: Object.fromEntries(
        [...cells].map(([code, keys]) => [code, { code, cells: Object.fromEntries(keys.map((k) => [k, before.annexes[code]?.cells[k] ?? { value: null }])) }]),
      ),
    };
    const full = validate(now, catalogue, { previous: before, previousLabel: "năm 2021", unitKind: "province" }).findings;
    expect(full.some((f) => f.code === "rule.change_limit")).toBe(true);
    expect(full.some((f) => f.code.startsWith("plausibility."))).toBe(true);
    expect(validate(now, catalogue, { previous: only, previousLabel: "năm 2021", unitKind: "province" }).findings).toEqual(full);
  });
});
