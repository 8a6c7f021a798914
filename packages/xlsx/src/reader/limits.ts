import type { ReadLimits } from "./types.js";

const MIB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 20 * MIB,
  // An annex workbook inflates to well under 1 MiB and holds a few thousand cells; these
  // caps leave a margin of more than forty and keep any one file's read under 200 MB
  // (apps/cli/scripts/bench-memory.mjs measures a file at each cap).
  maxUncompressedBytes: 40 * MIB,
  maxEntryRatio: 200,
  maxCells: 200_000,
  maxSheets: 200,
});

/**
 * Entries that inflate to at most this many bytes are exempt from `maxEntryRatio`:
 * small, very repetitive XML parts legitimately compress beyond 200:1 and are harmless.
 */
export const RATIO_EXEMPT_BYTES = 1 * MIB;

export function resolveLimits(overrides: Partial<ReadLimits> | undefined): ReadLimits {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS };
  if (!overrides) return limits;
  for (const key of Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value >= 0)) {
      throw new RangeError(`ReadLimits.${key} must be a non-negative number`);
    }
    limits[key] = value;
  }
  return limits;
}
