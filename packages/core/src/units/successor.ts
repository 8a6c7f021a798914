import { RegistryError, type RegistryIssue } from "./registry-error.js";
import type { Registry } from "./types.js";

/** How the units of an earlier registry flow into the units of a later one. */
export interface SuccessionMap {
  /** Id of the earlier registry. */
  readonly from: string;
  /** Id of the later registry. */
  readonly to: string;
  /** Successor code → predecessor codes in `from` (in declared order). Successors without predecessors are absent. */
  readonly predecessorsOf: ReadonlyMap<string, readonly string[]>;
  /** Codes in `from` with no successor in `to` (their figures cannot be carried over). */
  readonly unmapped: readonly string[];
  /** Codes in `to` with no predecessor in `from`: comparison with the earlier period is "not comparable". */
  readonly notComparable: readonly string[];
  /** The successor in `to` of a unit code of `from`, if any. */
  successorOf(code: string): string | undefined;
}

function build(from: Registry, to: Registry, pairs: readonly (readonly [string, string])[]): SuccessionMap {
  const predecessorsOf = new Map<string, string[]>();
  const successor = new Map<string, string>();
  for (const [succ, pred] of pairs) {
    const list = predecessorsOf.get(succ) ?? [];
    list.push(pred);
    predecessorsOf.set(succ, list);
    successor.set(pred, succ);
  }
  return {
    from: from.id,
    to: to.id,
    predecessorsOf,
    unmapped: from.units.filter((u) => !successor.has(u.code)).map((u) => u.code),
    notComparable: to.units.filter((u) => !predecessorsOf.has(u.code)).map((u) => u.code),
    successorOf: (code) => successor.get(code),
  };
}

/**
 * Maps the units of `fromRegistry` onto their successors in `toRegistry`
 * using the `predecessors` declared in `toRegistry`, so that previous-period
 * figures can be summed onto successors. The same registry twice gives the
 * identity. Throws `RegistryError` when `toRegistry` declares no predecessor
 * in `fromRegistry` (wrong direction) or names a code `fromRegistry` lacks.
 */
export function mapToSuccessors(fromRegistry: Registry, toRegistry: Registry): SuccessionMap {
  if (fromRegistry.id === toRegistry.id) {
    return build(
      fromRegistry,
      toRegistry,
      fromRegistry.units.map((u) => [u.code, u.code] as const),
    );
  }
  const known = new Set(fromRegistry.units.map((u) => u.code));
  const pairs: [string, string][] = [];
  const issues: RegistryIssue[] = [];
  toRegistry.units.forEach((unit, i) => {
    unit.predecessors.forEach((p, k) => {
      if (p.registry !== fromRegistry.id) return;
      if (known.has(p.code)) pairs.push([unit.code, p.code]);
      else issues.push({ path: `units[${i}].predecessors[${k}].code`, message: `không có đơn vị mã "${p.code}" trong danh mục "${fromRegistry.id}"` });
    });
  });
  if (issues.length > 0) throw new RegistryError(`Danh mục đơn vị "${toRegistry.id}" khai đơn vị tiền thân không tồn tại`, issues);
  if (pairs.length === 0) {
    throw new RegistryError(`Không chuyển được số liệu từ danh mục "${fromRegistry.id}" sang danh mục "${toRegistry.id}"`, [
      { path: "units", message: `danh mục "${toRegistry.id}" không khai đơn vị tiền thân nào thuộc danh mục "${fromRegistry.id}"` },
    ]);
  }
  return build(fromRegistry, toRegistry, pairs);
}
