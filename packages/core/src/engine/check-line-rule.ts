import type { Finding } from "../finding/finding.js";
import { canonical } from "../numbers/index.js";
import { cellKey, type CellKey } from "../rule/line-ref.js";
import type { InstanceOf } from "../rule/rule-instance.js";
import { lineRuleKind } from "../rule/rule-kinds.js";
import { canBeLessOrEqual, constant, overlaps, subtract, sum } from "./interval.js";
import { operand, operands } from "./operand.js";
import { derivedMissing, ruleFinding, type FindingContext } from "./rule-finding.js";

/** `rule.sum`, `rule.difference`: the target against its terms. */
export function checkSumOrDifference(ctx: FindingContext, i: InstanceOf<"sum"> | InstanceOf<"difference">): Finding | null {
  const { annex, grid } = ctx;
  const positive = "parts" in i ? i.parts : [i.minuend];
  const negative = "parts" in i ? [] : i.subtrahends;
  const plus = operands(annex, grid, positive, i.rule);
  const minus = operands(annex, grid, negative, i.rule);
  if (!plus || !minus) return null;
  const computed = subtract(sum(plus), sum(minus));
  const target = operand(annex, grid, i.target, i.rule);
  if (!target.ok) {
    const state = grid.get(cellKey(i.target.row, i.target.column));
    if (state?.status === "empty" && i.rule.derived) return derivedMissing(ctx, i, i.target, canonical(computed.value));
    return null;
  }
  if (overlaps(target.interval, computed)) return null;
  return ruleFinding(ctx, i, lineRuleKind(i.rule).code, i.target, [i.target, ...positive, ...negative], {
    stated: canonical(target.interval.value),
    computed: canonical(computed.value),
    terms: [...plus, ...minus].map((t) => canonical(t.value)),
    difference: canonical(target.interval.value.minus(computed.value)),
  });
}

/** `rule.compare`: the left side against the right. */
export function checkCompare(ctx: FindingContext, i: InstanceOf<"compare">): Finding | null {
  const left = operands(ctx.annex, ctx.grid, i.left, i.rule);
  const right = typeof i.right === "number" ? [constant(i.right)] : operands(ctx.annex, ctx.grid, i.right, i.rule);
  if (!left || !right) return null;
  const l = sum(left);
  const r = sum(right);
  const holds = i.rule.op === "<=" ? canBeLessOrEqual(l, r) : i.rule.op === ">=" ? canBeLessOrEqual(r, l) : overlaps(l, r);
  if (holds) return null;
  const at = i.left[0] as CellKey;
  return ruleFinding(ctx, i, "rule.compare", at, [...i.left, ...(typeof i.right === "number" ? [] : i.right)], {
    op: i.rule.op,
    left: canonical(l.value),
    right: canonical(r.value),
    leftTerms: left.map((t) => canonical(t.value)),
    rightTerms: right.map((t) => canonical(t.value)),
    // Messages print a constant as is, and a row or column with its value.
    ...(typeof i.right === "number" ? { constant: true } : {}),
  });
}
