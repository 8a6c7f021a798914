import type { Annex } from "../annex/annex.js";
import { cellKey } from "../rule/line-ref.js";

/**
 * Which units reached each cell of one annex. Kept as the exceptions: for
 * each input cell, the units that filed the annex but left that cell empty
 * (usually none), so provenance costs next to nothing at 10,000 units. A
 * derived cell is reached by every unit that reached any of its operands.
 */
export class Contributors {
  private readonly filed: string[] = [];
  private readonly lacking = new Map<string, Set<string>>();
  private readonly inputSet: ReadonlySet<string>;
  private sorted: readonly string[] | undefined;

  constructor(
    private readonly annex: Annex,
    /** The annex's input cell keys. */
    private readonly inputKeys: readonly string[],
  ) {
    this.inputSet = new Set(inputKeys);
  }

  /** A unit that filed the annex, with its inputs. */
  add(unit: string, inputs: ReadonlyMap<string, unknown>): void {
    this.filed.push(unit);
    this.sorted = undefined;
    if (inputs.size >= this.inputKeys.length && this.inputKeys.every((k) => inputs.has(k))) return;
    for (const key of this.inputKeys) {
      if (inputs.has(key)) continue;
      (this.lacking.get(key) ?? this.lacking.set(key, new Set()).get(key))?.add(unit);
    }
  }

  /** Units reaching the cell, sorted by code; one shared array when every filing unit reached it. */
  of(key: string): readonly string[] {
    const all = (this.sorted ??= Object.freeze([...this.filed].sort()));
    const lacking = this.lackingOf(key, new Set());
    if (lacking === "none") return all;
    if (lacking === "all") return [];
    return all.filter((unit) => !lacking.has(unit));
  }

  /** Units that did not reach the cell: "none", "all", or a set. */
  private lackingOf(key: string, seen: Set<string>): "none" | "all" | ReadonlySet<string> {
    const instance = this.annex.derivedBy.get(key);
    if (!instance) {
      if (!this.inputSet.has(key)) return "all";
      const lacking = this.lacking.get(key);
      return lacking === undefined ? "none" : lacking.size >= this.filed.length ? "all" : lacking;
    }
    if (seen.has(key)) return "all";
    seen.add(key);
    const operands =
      "parts" in instance ? instance.parts : "minuend" in instance ? [instance.minuend, ...instance.subtrahends] : [...instance.part, ...instance.whole];
    // A unit lacks the derived cell only when it lacks every operand.
    let common: ReadonlySet<string> | undefined;
    for (const c of operands) {
      const lacking = this.lackingOf(cellKey(c.row, c.column), seen);
      if (lacking === "none") return "none";
      if (lacking === "all") continue;
      const previous = common;
      common = previous === undefined ? lacking : new Set([...previous].filter((unit) => lacking.has(unit)));
    }
    if (common === undefined) return "all";
    return common.size === 0 ? "none" : common;
  }
}
