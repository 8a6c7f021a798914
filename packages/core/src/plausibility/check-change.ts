import type { Annex } from "../annex/annex.js";
import type { AnnexGrid } from "../engine/cell-state.js";
import { changeText } from "../engine/check-cell-rules.js";
import { cellPath } from "../engine/read-grid.js";
import type { Finding, FindingParam } from "../finding/finding.js";
import { Dec, canonical, type Decimal } from "../numbers/decimal.js";
import { cellKey, parseCell } from "../rule/line-ref.js";
import type { ChangeCheck } from "./plausibility-schema.js";

function figureAt(grid: AnnexGrid | undefined, key: string): Decimal | undefined {
  const state = grid?.get(key);
  return state?.status === "value" ? state.value : undefined;
}

/**
 * One figure against the previous period: a jump of more than the relative
 * AND the absolute threshold, a figure that was 0 and is now large, or one
 * that was large and is now 0 or empty. The previous value and the change
 * travel as params ("tăng 112% so với năm 2021: 4.020 → 8.527").
 */
export function checkChange(check: ChangeCheck, annex: Annex, grid: AnnexGrid, previous: AnnexGrid | undefined, previousLabel: string | undefined): Finding[] {
  if (!previous) return [];
  const out: Finding[] = [];
  const absolute = new Dec(check.absolute);
  for (const ref of check.cells) {
    const cell = parseCell(ref);
    const key = cellKey(cell.row, cell.column);
    const before = figureAt(previous, key);
    const state = grid.get(key);
    // Unreadable or absent now: reported on its own.
    if (before === undefined || (state?.status !== "value" && state?.status !== "empty")) continue;
    const now = state.status === "value" ? state.value : undefined;
    const base: Record<string, FindingParam> = {
      previous: canonical(before),
      absolute: check.absolute,
      ...(previousLabel === undefined ? {} : { previousPeriod: previousLabel }),
    };
    const push = (code: Finding["code"], params: Record<string, FindingParam>) =>
      out.push({ code, severity: "warning", rule: check.id, path: cellPath(annex.code, cell.row, cell.column, state.address), params: { ...base, ...params } });
    if (now === undefined || now.isZero()) {
      if (check.vanished && before.gt(absolute)) push("plausibility.vanished", now === undefined ? { empty: true } : { current: "0" });
      continue;
    }
    if (before.isZero()) {
      if (check.fromZero && now.gt(absolute)) push("plausibility.from_zero", { current: canonical(now) });
      continue;
    }
    const difference = now.minus(before);
    const change = difference.dividedBy(before).times(100);
    if (change.abs().lte(check.relativePercent) || difference.abs().lte(absolute)) continue;
    push("plausibility.change", {
      current: canonical(now),
      difference: canonical(difference),
      change: changeText(change, check.relativePercent, 0),
      relativePercent: check.relativePercent,
    });
  }
  return out;
}
