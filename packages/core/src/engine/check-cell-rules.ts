import type { Annex } from "../annex/annex.js";
import type { Finding, FindingParam } from "../finding/finding.js";
import { Dec, canonical, percentOf, roundHalfUp, type Decimal } from "../numbers/index.js";
import { cellKey, parseAnnexCell, parseCell, type CellKey } from "../rule/line-ref.js";
import { cellRuleKind } from "../rule/rule-kinds.js";
import type { ChangeLimitRule, CrossAnnexRule, TargetRangeRule } from "../rule/rule-schema.js";
import type { AnnexGrid, CellState } from "./cell-state.js";
import { canBeLessOrEqual, intervalOf, overlaps, sum, type Interval } from "./interval.js";
import { cellPath } from "./read-grid.js";

function valueAt(grid: AnnexGrid | undefined, cell: CellKey): Extract<CellState, { status: "value" }> | undefined {
  const state = grid?.get(cellKey(cell.row, cell.column));
  return state?.status === "value" ? state : undefined;
}

function addresses(grid: AnnexGrid | undefined, cells: readonly CellKey[]): readonly string[] {
  return cells.map((c) => valueAt(grid, c)?.address).filter((a): a is string => a !== undefined);
}

function finding(
  rule: CrossAnnexRule | ChangeLimitRule | TargetRangeRule,
  annex: string,
  at: CellKey,
  address: string | undefined,
  params: Record<string, FindingParam>,
): Finding {
  return { code: cellRuleKind(rule).code, severity: rule.severity, rule: rule.id, path: cellPath(annex, at.row, at.column, address), params };
}

/** One cell against a cell of another annex of the same submission. */
export function checkCrossAnnex(rule: CrossAnnexRule, grids: ReadonlyMap<string, AnnexGrid>): Finding | null {
  const left = parseAnnexCell(rule.left);
  const right = parseAnnexCell(rule.right);
  const l = valueAt(grids.get(left.annex), left);
  const r = valueAt(grids.get(right.annex), right);
  if (!l || !r) return null;
  const a = intervalOf(l);
  const b = intervalOf(r);
  const holds = rule.op === "<=" ? canBeLessOrEqual(a, b) : rule.op === ">=" ? canBeLessOrEqual(b, a) : overlaps(a, b);
  if (holds) return null;
  const cells = [l.address, r.address].filter((x): x is string => x !== undefined);
  return finding(rule, left.annex, left, l.address, {
    op: rule.op,
    leftRef: rule.left,
    rightRef: rule.right,
    left: canonical(l.value),
    right: canonical(r.value),
    ...(cells.length > 0 ? { cells } : {}),
  });
}

/** The change with `fromDecimals` decimals (one by default), or more when fewer would round it onto the limit. */
export function changeText(change: Decimal, limit: number, fromDecimals = 1): string {
  for (let d = fromDecimals; d < 6; d++) {
    const shown = roundHalfUp(change, d);
    if (shown.abs().gt(limit)) return shown.toFixed(d);
  }
  return change.toFixed(6);
}

/**
 * Period over period: a change of more than the limit against the previous
 * period is flagged. A previous value of 0 gives no percentage and is left alone.
 */
export function checkChangeLimit(
  rule: ChangeLimitRule,
  annex: Annex,
  grid: AnnexGrid,
  previous: AnnexGrid | undefined,
  previousLabel: string | undefined,
): Finding[] {
  if (!previous) return [];
  const out: Finding[] = [];
  for (const ref of rule.cells) {
    const cell = parseCell(ref);
    const now = valueAt(grid, cell);
    const before = valueAt(previous, cell);
    if (!now || !before || before.value.isZero()) continue;
    const change = now.value.minus(before.value).dividedBy(before.value).times(100);
    if (change.abs().lte(rule.maxChangePercent)) continue;
    out.push(
      finding(rule, annex.code, cell, now.address, {
        current: canonical(now.value),
        previous: canonical(before.value),
        change: changeText(change, rule.maxChangePercent),
        limit: rule.maxChangePercent,
        ...(previousLabel === undefined ? {} : { previousPeriod: previousLabel }),
      }),
    );
  }
  return out;
}

/** A ratio of sums that should lie within [min, max] (national targets). */
export function checkTargetRange(rule: TargetRangeRule, annex: Annex, grid: AnnexGrid): Finding | null {
  const partCells = rule.part.map(parseCell);
  const wholeCells = rule.whole.map(parseCell);
  const part: Interval[] = [];
  const whole: Interval[] = [];
  for (const [cells, into] of [
    [partCells, part],
    [wholeCells, whole],
  ] as const) {
    for (const c of cells) {
      const v = valueAt(grid, c);
      if (!v) return null;
      into.push(intervalOf(v));
    }
  }
  const ratio = percentOf(sum(part).value, sum(whole).value);
  if (ratio === null) return null;
  const below = rule.min !== undefined && ratio.lt(new Dec(rule.min));
  const above = rule.max !== undefined && ratio.gt(new Dec(rule.max));
  if (!below && !above) return null;
  const at = rule.at ? parseCell(rule.at) : (partCells[0] as CellKey);
  const cells = addresses(grid, [...partCells, ...wholeCells]);
  return finding(rule, annex.code, at, valueAt(grid, at)?.address, {
    indicator: rule.indicator,
    ratio: roundHalfUp(ratio, 2).toFixed(2),
    direction: below ? "below" : "above",
    ...(rule.min === undefined ? {} : { min: rule.min }),
    ...(rule.max === undefined ? {} : { max: rule.max }),
    ...(cells.length > 0 ? { cells } : {}),
  });
}
