import { catalogue2022, layoutAnnex, validate, TEMPLATE_ID } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { annexPlan } from "./annex-plan.js";
import type { AnnexRead } from "./annex-read.js";
import { annexFromRead, submissionFromReads } from "./submission-from-read.js";

const catalogue = catalogue2022();
const plan = annexPlan(layoutAnnex(catalogue.annex("PL01")!, { unitName: "X", periodLabel: "năm 2022" }));
const read = (rows: unknown[][], formats: unknown[][], types: string[][], formulas: unknown[][]): AnnexRead => ({
  code: "PL01",
  sheet: "PL01",
  found: true,
  values: rows,
  numberFormat: formats,
  valueTypes: types,
  formulas,
  protection: { protected: true, options: {} },
});

// PL01 row 01: 83 in total, 19 women, 22.9 % (as a fraction with a % format), 10 young, 12.0 %, 5 minorities, 6.0 %.
const values = [
  [83, 19, 0.229, 10, 12, 5, "#DIV/0!"],
  [40, 9, 22.5, 4, 10, 1, 2.5],
  [5, 1, 20, 1, 20, "", ""],
];
const formats = [["#,##0", "#,##0", "0.0%", "#,##0", "0.0", "General", "0.0"], Array(7).fill("0.0"), Array(7).fill("0.0")];
const types = [
  ["Double", "Double", "Double", "Double", "Double", "Double", "Error"],
  Array(7).fill("Double"),
  ["Double", "Double", "Double", "Double", "Double", "Empty", "String"],
];
const formulas = [[83, 19, '=IF(N(D10)=0,"",ROUND(E10/D10*100,1))', 10, 12, 5, "=G10/0"], Array(7).fill(1), Array(7).fill(1)];

describe("annexFromRead", () => {
  it("passes raw values with their format codes, addresses and formula flags; never displayed text", () => {
    const annex = annexFromRead(plan, read(values, formats, types, formulas));
    expect(annex.cells["01.3"]).toEqual({ value: 0.229, numberFormat: "0.0%", address: "PL01!F10", formula: true });
    expect(annex.cells["01.1"]).toEqual({ value: 83, numberFormat: "#,##0", address: "PL01!D10" });
    expect(annex.cells["01.6"]).toEqual({ value: 5, address: "PL01!I10" });
    expect(annex.cells["01.7"]).toMatchObject({ value: { error: "#DIV/0!" }, formula: true });
    expect(annex.cells["03.6"]?.value).toBeNull();
    expect(annex.cells["03.7"]?.value).toBe("");
  });

  it("lets core read a percent-formatted fraction with its written decimals", () => {
    const meta = { template: TEMPLATE_ID, catalogueVersion: catalogue.version, unit: "51", unitName: "X", period: "2022-Y", generatedAt: "" };
    const submission = submissionFromReads(meta, [plan], new Map([["PL01", read(values, formats, types, formulas)]]));
    const result = validate(submission, catalogue, { requireDueAnnexes: false });
    const at = (cell: string) => result.findings.filter((f) => f.path.cell === cell).map((f) => f.code);
    expect(at("PL01!F10")).toEqual([]); // 19 / 83 = 22.89 % → 22.9 %, written as 0.229 with 0.0%
    expect(at("PL01!J10")).toEqual(["value.error"]);
    expect(submission).toMatchObject({ unit: "51", period: "2022-Y", catalogueVersion: catalogue.version });
  });

  it("leaves out annexes whose sheet is gone", () => {
    const meta = { template: TEMPLATE_ID, catalogueVersion: catalogue.version, unit: "51", unitName: "X", period: "2022-Y", generatedAt: "" };
    const gone = { ...read([], [], [], []), found: false };
    expect(submissionFromReads(meta, [plan], new Map([["PL01", gone]])).annexes).toEqual({});
  });
});
