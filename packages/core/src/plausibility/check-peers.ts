import type { Catalogue } from "../catalogue/catalogue.js";
import type { Finding } from "../finding/finding.js";
import { Dec, canonical, type Decimal } from "../numbers/decimal.js";
import { percentOf, roundHalfUp } from "../numbers/round.js";
import { cellKey, parseCell } from "../rule/line-ref.js";

/** One unit's figures as the national step holds them. */
export interface PeerUnit {
  unit: string;
  /** A figure of the unit by annex and cell key `03.1`; undefined when it has none. */
  figure(annex: string, key: string): Decimal | undefined;
  /** Where the unit's cell is, `PL04!D11`, for the finding (and the unit's justification). */
  address?(annex: string, key: string): string | undefined;
}

function median(sorted: readonly Decimal[]): Decimal {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as Decimal) : (sorted[mid - 1] as Decimal).plus(sorted[mid] as Decimal).dividedBy(2);
}

/**
 * Sorted by value. Each decimal's nearest number orders them as the
 * decimals do, except where two distinct decimals share one: those are
 * ordered by the decimals (the numbers spare most decimal comparisons).
 */
function sortedByValue(values: readonly Decimal[]): Decimal[] {
  const keyed = values.map((value) => ({ value, n: value.toNumber() }));
  keyed.sort((a, b) => a.n - b.n || a.value.comparedTo(b.value));
  return keyed.map((k) => k.value);
}

/** The cell keys `03.1` of a check's part and whole cells. */
function keysOf(refs: readonly string[]): string[] {
  return refs.map((ref) => {
    const cell = parseCell(ref);
    return cellKey(cell.row, cell.column);
  });
}

function share(part: readonly string[], whole: readonly string[], annex: string, unit: PeerUnit): Decimal | undefined {
  const sum = (keys: readonly string[]): Decimal | undefined => {
    let total = new Dec(0);
    for (const key of keys) {
      const v = unit.figure(annex, key);
      if (v === undefined) return undefined;
      total = total.plus(v);
    }
    return total;
  };
  const p = sum(part);
  if (p === undefined) return undefined;
  const w = sum(whole);
  if (w === undefined) return undefined;
  return percentOf(p, w) ?? undefined;
}

/**
 * The national step's look at peers: for each declared check, every unit's
 * share part / whole × 100, their median and MAD (median absolute
 * deviation); a unit outside median ± k · MAD gets a warning at its first
 * part cell. Nothing is said with fewer than `minUnits` shares, or when the
 * shares do not spread at all (MAD 0). Shares are never averaged.
 */
export function checkPeers(catalogue: Catalogue, units: readonly PeerUnit[]): Finding[] {
  const out: Finding[] = [];
  for (const annex of catalogue.annexes) {
    for (const check of annex.plausibility) {
      if (check.kind !== "peers") continue;
      const part = keysOf(check.part);
      const whole = keysOf(check.whole);
      const shares = units
        .map((u) => ({ unit: u, share: share(part, whole, annex.code, u) }))
        .filter((s): s is { unit: PeerUnit; share: Decimal } => s.share !== undefined);
      if (shares.length < check.minUnits) continue;
      const mid = median(sortedByValue(shares.map((s) => s.share)));
      const mad = median(sortedByValue(shares.map((s) => s.share.minus(mid).abs())));
      if (mad.isZero()) continue;
      const low = mid.minus(mad.times(check.k));
      const high = mid.plus(mad.times(check.k));
      const first = parseCell(check.part[0] as string);
      const key = cellKey(first.row, first.column);
      for (const { unit, share: s } of shares) {
        if (s.gte(low) && s.lte(high)) continue;
        const address = unit.address?.(annex.code, key);
        out.push({
          code: "plausibility.peers",
          severity: "warning",
          rule: check.id,
          path: { unit: unit.unit, annex: annex.code, row: first.row, column: first.column, ...(address ? { cell: address } : {}) },
          params: {
            indicator: check.indicator,
            share: roundHalfUp(s, 1).toFixed(1),
            median: roundHalfUp(mid, 1).toFixed(1),
            low: roundHalfUp(Dec.max(low, 0), 1).toFixed(1),
            high: roundHalfUp(high, 1).toFixed(1),
            k: check.k,
            direction: s.lt(low) ? "below" : "above",
            mad: canonical(roundHalfUp(mad, 2)),
          },
        });
      }
    }
  }
  return out;
}
