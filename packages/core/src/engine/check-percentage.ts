import type { Finding } from "../finding/finding.js";
import { Dec, canonical, percentOf, roundHalfUp } from "../numbers/index.js";
import type { RuleInstance } from "../rule/rule-instance.js";
import { isExact, sum } from "./interval.js";
import { operands } from "./operand.js";
import { derivedMissing, ruleFinding, type FindingContext } from "./rule-finding.js";
import { cellKey } from "../rule/line-ref.js";

type PercentageInstance = Extract<RuleInstance, { rule: { kind: "percentage" } }>;

/**
 * A stated percentage is right when it equals part / whole × 100 rounded half
 * up to the decimals it was written with. A whole of 0 admits only an empty
 * or zero statement. Inexact operands widen the check to the interval their
 * written precision allows.
 */
export function checkPercentage(ctx: FindingContext, i: PercentageInstance): Finding | null {
  const part = operands(ctx.annex, ctx.grid, i.part, i.rule);
  const whole = operands(ctx.annex, ctx.grid, i.whole, i.rule);
  if (!part || !whole) return null;
  const p = sum(part);
  const w = sum(whole);
  const state = ctx.grid.get(cellKey(i.target.row, i.target.column));
  const spec = ctx.annex.index.cell(i.target.row, i.target.column);
  if (!state || !spec) return null;
  const involved = [i.target, ...i.part, ...i.whole];
  const numbers = {
    part: canonical(p.value),
    whole: canonical(w.value),
    partTerms: part.map((t) => canonical(t.value)),
  };

  const computed = percentOf(p.value, w.value);
  if (computed === null) {
    if (state.status !== "value" || state.value.isZero()) return null;
    return ruleFinding(ctx, i, "rule.percentage_whole_zero", i.target, involved, {
      stated: state.value.toFixed(state.decimals),
      ...numbers,
    });
  }
  if (state.status === "empty") {
    if (!i.rule.derived) return null;
    return derivedMissing(ctx, i, i.target, roundHalfUp(computed, spec.decimals.default).toFixed(spec.decimals.default));
  }
  if (state.status !== "value") return null;

  // A value written with fewer decimals than the form asks for is checked at
  // the form's minimum: "100" stated for 99,6% is wrong, not right at 0 decimals.
  const written = state.decimals;
  const d = Math.max(written, spec.decimals.min);
  const stated = state.value;
  const expected = roundHalfUp(computed, d);
  let holds: boolean;
  if (isExact(p) && isExact(w)) {
    holds = expected.eq(stated);
  } else {
    // Widest ratio the written precision of the operands allows.
    const lo = percentOf(p.value.minus(p.half), w.value.plus(w.half));
    const hi = w.value.minus(w.half).gt(0) ? percentOf(p.value.plus(p.half), w.value.minus(w.half)) : null;
    const half = new Dec(5).times(new Dec(10).pow(-(d + 1)));
    holds = lo !== null && hi !== null && stated.plus(half).gte(lo) && stated.minus(half).lte(hi);
  }
  if (!holds) {
    return ruleFinding(ctx, i, "rule.percentage", i.target, involved, {
      stated: stated.toFixed(written),
      decimals: d,
      computed: roundHalfUp(computed, Math.max(d + 1, 2)).toFixed(Math.max(d + 1, 2)),
      expected: expected.toFixed(d),
      ...numbers,
    });
  }
  const { min, max } = spec.decimals;
  if (written > max) {
    return {
      ...ruleFinding(ctx, i, "rule.percentage_decimals", i.target, [i.target], {
        stated: stated.toFixed(written),
        decimals: written,
        min,
        max,
      }),
      severity: "warning",
    };
  }
  return null;
}
