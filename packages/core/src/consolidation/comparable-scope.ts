import { formatCount } from "../numbers/index.js";
import type { SuccessionMap } from "../units/successor.js";
import type { Registry } from "../units/types.js";

/** Why a unit is left out of the change against the previous period. */
export type LeftOutReason =
  /** Included now; none of its predecessors has figures in the previous period. */
  | "previous_missing"
  /** Included now; some of its predecessors have no figures in the previous period. */
  | "previous_partial"
  /** Figures in the previous period; no return now. */
  | "current_missing"
  /** Figures in the previous period; its return now has errors and is not consolidated. */
  | "current_excluded"
  /** Included now; a new unit with no predecessor. */
  | "no_predecessor"
  /** A previous unit with figures and no successor now. */
  | "no_successor";

export interface LeftOutUnit {
  /** Unit code: of the current registry, or of the previous one for `no_successor`. */
  code: string;
  name: string;
  reason: LeftOutReason;
  /** `previous_partial`: names of the predecessors without figures. */
  without?: readonly string[];
}

/**
 * The units a change against the previous period is computed over: the
 * same scope on both sides. A current unit compares when it is included
 * now and every predecessor has figures in the previous period; all other
 * units with figures on one side are left out of both sides, and named.
 */
export interface ComparableScope {
  /** Current unit codes compared, in registry order. */
  units: readonly string[];
  leftOut: readonly LeftOutUnit[];
}

export interface ScopeInput {
  succession: SuccessionMap;
  current: Registry;
  previous: Registry;
  /** Current units consolidated. */
  included: ReadonlySet<string>;
  /** Current units with a return (included or not). */
  received: ReadonlySet<string>;
  /** Previous units with figures. */
  previousUnits: ReadonlySet<string>;
}

export function comparableScope(input: ScopeInput): ComparableScope {
  const { succession, included, previousUnits } = input;
  const previousName = new Map(input.previous.units.map((u) => [u.code, u.name]));
  const units: string[] = [];
  const leftOut: LeftOutUnit[] = [];
  for (const unit of input.current.units) {
    const predecessors = succession.predecessorsOf.get(unit.code) ?? [];
    const filed = predecessors.filter((p) => previousUnits.has(p));
    if (included.has(unit.code)) {
      if (predecessors.length === 0) leftOut.push({ code: unit.code, name: unit.name, reason: "no_predecessor" });
      else if (filed.length === predecessors.length) units.push(unit.code);
      else if (filed.length === 0) leftOut.push({ code: unit.code, name: unit.name, reason: "previous_missing" });
      else {
        const without = predecessors.filter((p) => !previousUnits.has(p)).map((p) => previousName.get(p) ?? p);
        leftOut.push({ code: unit.code, name: unit.name, reason: "previous_partial", without });
      }
    } else if (filed.length > 0) {
      leftOut.push({ code: unit.code, name: unit.name, reason: input.received.has(unit.code) ? "current_excluded" : "current_missing" });
    }
  }
  for (const code of succession.unmapped) {
    if (previousUnits.has(code)) leftOut.push({ code, name: previousName.get(code) ?? code, reason: "no_successor" });
  }
  return { units, leftOut };
}

const REASONS: Readonly<Record<LeftOutReason, string>> = {
  previous_missing: "kỳ trước không có số liệu",
  previous_partial: "kỳ trước thiếu số liệu của",
  current_missing: "kỳ này chưa có báo cáo",
  current_excluded: "kỳ này có lỗi, chưa tổng hợp",
  no_predecessor: "đơn vị mới, kỳ trước chưa có",
  no_successor: "không có đơn vị kế tiếp trong kỳ này",
};

/** `Hà Nội (kỳ trước không có số liệu)`. */
export function leftOutText(unit: LeftOutUnit): string {
  const reason = REASONS[unit.reason];
  return `${unit.name} (${unit.without ? `${reason} ${unit.without.join(", ")}` : reason})`;
}

/** A report lists the units left out by name up to this many; the rest are counted. */
const MAX_LEFT_OUT_LISTED = 30;

/**
 * `so sánh trên cùng 62 đơn vị; không tính: Hà Nội (kỳ trước không có số
 * liệu), …`; undefined when nothing is left out.
 */
export function scopeNote(compared: number, leftOut: readonly LeftOutUnit[]): string | undefined {
  if (leftOut.length === 0) return undefined;
  const shown = leftOut.slice(0, MAX_LEFT_OUT_LISTED).map(leftOutText);
  if (leftOut.length > MAX_LEFT_OUT_LISTED) shown.push(`và ${leftOut.length - MAX_LEFT_OUT_LISTED} đơn vị khác`);
  return `so sánh trên cùng ${formatCount(compared)} đơn vị; không tính: ${shown.join(", ")}`;
}
