// Test support for the read-cell tests (not part of the public API).
import type { ColumnKind, RawCell, ReadNumber, ReadProblem } from "./cell-value.js";
import { readCell } from "./read-cell.js";

/** Reads a cell that must be a number; throws otherwise. */
export function readNumber(cell: RawCell, kind: ColumnKind): ReadNumber {
  const result = readCell(cell, kind);
  if (!result.ok) throw new Error(`expected a number, got ${JSON.stringify(result.problem)}`);
  if (result.read.empty) throw new Error("expected a number, got empty");
  return result.read;
}

/** The read number as plain data: canonical value, decimals, source. */
export function readPlain(cell: RawCell, kind: ColumnKind): { value: string; decimals: number; source: ReadNumber["source"] } {
  const read = readNumber(cell, kind);
  return { value: read.value.toFixed(), decimals: read.decimals, source: read.source };
}

/** Reads a cell that must be a problem; throws otherwise. */
export function readProblem(cell: RawCell, kind: ColumnKind): ReadProblem {
  const result = readCell(cell, kind);
  if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.read)}`);
  return result.problem;
}

/** True when the cell reads as empty. */
export function readsEmpty(cell: RawCell, kind: ColumnKind): boolean {
  const result = readCell(cell, kind);
  return result.ok && result.read.empty;
}

export const KINDS: readonly ColumnKind[] = ["count", "percent", "decimal"];
