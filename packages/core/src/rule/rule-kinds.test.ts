import { describe, expect, it } from "vitest";
import { builtinCatalogues } from "../catalogue/builtin-catalogues.js";
import { added, grouped, subtracted } from "../messages/formula-terms.js";
import { RULE_KINDS, isLineRule } from "./rule-kinds.js";
import { ruleSchema } from "./rule-schema.js";
import { formulaParts, lineFormula } from "./rule-text.js";

const lineRules = builtinCatalogues().flatMap((c) => c.annexes.flatMap((a) => a.rules.filter(isLineRule)));

describe("RULE_KINDS", () => {
  it("has one entry per kind of the rule schema, line kinds apart", () => {
    const kinds = ruleSchema._zod.def.options.map((option) => option._zod.def.shape.kind._zod.def.values[0]);
    expect(Object.keys(RULE_KINDS).sort()).toEqual([...kinds].sort());
    expect(
      Object.entries(RULE_KINDS)
        .filter(([, kind]) => kind.line)
        .map(([name]) => name),
    ).toEqual(["sum", "difference", "compare", "percentage"]);
  });

  it("gives every shipped line rule formula parts that spell its formula", () => {
    expect(lineRules.length).toBeGreaterThan(30);
    for (const rule of lineRules) {
      const formula = lineFormula(rule);
      const p = formulaParts(rule);
      // What messages print from the parts is what the formula says on each side.
      const spelled =
        "minuendLine" in p
          ? `${p.targetLine} = ${subtracted(p.minuendLine, p.subtrahendLines)}`
          : "wholeLines" in p
            ? `${p.targetLine} = ${grouped(p.partLines)} / ${grouped(p.wholeLines)} × 100`
            : "leftLines" in p
              ? `${added(p.leftLines)} ${formula.match(/ (≤|≥|=) /)?.[1]} ${rule.kind === "compare" && typeof rule.right === "number" ? rule.right : added(p.rightLines)}`
              : `${p.targetLine} = ${added(p.partLines)}`;
      expect(spelled, rule.id).toBe(formula);
    }
  });
});
