import type { RawMerge } from "./types.js";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Reusable result of `parseCellRef`, to avoid an allocation per cell. */
export interface CellPosition {
  row: number;
  col: number;
  /** True when the reference was already in canonical form (upper case, no "$", no leading zero). */
  canonical: boolean;
}

/** Parses "D8" (also "$D$8", "d8") into `out`; false when it is not a valid in-range cell reference. */
export function parseCellRef(ref: string, out: CellPosition): boolean {
  const length = ref.length;
  let i = 0;
  let canonical = true;
  if (ref.charCodeAt(i) === 36 /* $ */) {
    i++;
    canonical = false;
  }
  let col = 0;
  for (; i < length; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      c -= 32;
      canonical = false;
    }
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLS) return false;
  }
  if (col === 0) return false;
  if (ref.charCodeAt(i) === 36) {
    i++;
    canonical = false;
  }
  if (ref.charCodeAt(i) === 48 /* 0 */) canonical = false;
  const digitsStart = i;
  let row = 0;
  for (; i < length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > MAX_ROWS) return false;
  }
  if (i === digitsStart || row === 0) return false;
  out.row = row;
  out.col = col;
  out.canonical = canonical;
  return true;
}

const columnNames: string[] = [];

/** 1 → "A", 27 → "AA". */
export function columnName(col: number): string {
  const cached = columnNames[col];
  if (cached !== undefined) return cached;
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  columnNames[col] = name;
  return name;
}

export function cellAddress(row: number, col: number): string {
  return columnName(col) + row;
}

/** Parses "A1:C2" or a single "B3" into a normalised 1-based inclusive range. */
export function parseRangeRef(ref: string): RawMerge | undefined {
  const colon = ref.indexOf(":");
  const start: CellPosition = { row: 0, col: 0, canonical: true };
  const end: CellPosition = { row: 0, col: 0, canonical: true };
  if (colon < 0) {
    if (!parseCellRef(ref.trim(), start)) return undefined;
    return { top: start.row, left: start.col, bottom: start.row, right: start.col };
  }
  if (!parseCellRef(ref.slice(0, colon).trim(), start) || !parseCellRef(ref.slice(colon + 1).trim(), end)) {
    return undefined;
  }
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
