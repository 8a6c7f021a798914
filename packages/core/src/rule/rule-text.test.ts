import { describe, expect, it } from "vitest";
import { ruleSchema, type RuleInput } from "./rule-schema.js";
import { lineText } from "./line-text.js";
import { ruleFormula, ruleText } from "./rule-text.js";

const parse = (input: RuleInput) => ruleSchema.parse(input);

describe("lineText", () => {
  it("writes rows as codes and columns in parentheses", () => {
    expect(lineText("r01")).toBe("01");
    expect(lineText("c12")).toBe("(12)");
  });
});

describe("ruleFormula and ruleText", () => {
  it("a difference with several subtrahends", () => {
    const rule = parse({ id: "PL90.d", kind: "difference", target: "r04", minuend: "r01", subtrahends: ["r02", "r03"], derived: true });
    expect(ruleFormula(rule)).toBe("04 = 01 − 02 − 03");
  });

  it("a percentage over a sum of wholes", () => {
    const rule = parse({ id: "PL90.p", kind: "percentage", target: "c4", part: ["c3"], whole: ["c1", "c2"], derived: false });
    expect(ruleText(rule)).toBe("(4) = (3) / ((1) + (2)) × 100");
  });

  it("a column rule applied in named rows", () => {
    const rule = parse({ id: "PL90.c", kind: "compare", left: ["c2"], op: ">=", right: ["c3"], in: ["r01", "r03"] });
    expect(ruleText(rule)).toBe("(2) ≥ (3) (mã số 01, mã số 03)");
    expect(ruleText(rule, "en")).toBe("(2) ≥ (3) (row 01, row 03)");
  });

  it("a national warning", () => {
    const rule = parse({ id: "PL90.n", kind: "compare", left: ["r02"], op: "=", right: 0, severity: "warning", level: "national" });
    expect(ruleText(rule)).toBe("Toàn quốc: 02 = 0 (cảnh báo)");
    expect(ruleText(rule, "en")).toBe("National: 02 = 0 (warning)");
  });

  it("target ranges with one bound, decimal bounds in the locale's notation", () => {
    const max = parse({ id: "PL90.t", kind: "target-range", indicator: "tỷ lệ", part: ["r02.c1"], whole: ["r01.c1"], max: 2.5 });
    expect(ruleText(max)).toBe("tỷ lệ = 02 / 01 × 100 không quá 2,5%");
    expect(ruleText(max, "en")).toBe("tỷ lệ = 02 / 01 × 100 at most 2.5%");
    const min = parse({ id: "PL90.t", kind: "target-range", indicator: "tỷ lệ", part: ["r01.c2"], whole: ["r01.c1"], min: 90 });
    expect(ruleText(min)).toBe("tỷ lệ = (2) / (1) × 100 của mã số 01 từ 90% trở lên");
  });

  it("a cross-annex equality", () => {
    const rule = parse({ id: "PL90.x", kind: "cross-annex", left: "PL90.r01.c1", op: "=", right: "PL04.r01.c1" });
    expect(ruleText(rule)).toBe("PL90 mã số 01 cột (1) = PL04 mã số 01 cột (1)");
  });
});
