/** A1 references for the stand-in: cells, rectangles, whole rows and columns, lists. */
import { cellAddress, columnLetter } from "@phuluc/core";

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Column letters and cell names as core writes them (the layout's addresses). */
export const columnLetters = columnLetter;
export const cellName = cellAddress;

export function rectName(r: Rect): string {
  const a = cellName(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellName(r.bottom, r.right)}`;
}

type End = { row?: number; column?: number };

function parseEnd(text: string): End | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  return { ...(m[1] ? { column: columnNumber(m[1]) } : {}), ...(m[2] ? { row: Number(m[2]) } : {}) };
}

/** `D10`, `D10:J12`, `A:A`, `$8:$9`, with or without a `Sheet!` prefix. */
export function parseRect(ref: string): Rect {
  const text = ref.replace(/^.*!/, "").trim();
  const [a, b = a] = text.split(":");
  const from = parseEnd(a ?? "");
  const to = parseEnd(b ?? "");
  if (!from || !to) throw Object.assign(new Error(`Bad address "${ref}"`), { code: "InvalidArgument" });
  return {
    top: Math.min(from.row ?? 1, to.row ?? 1),
    bottom: Math.max(from.row ?? MAX_ROW, to.row ?? MAX_ROW),
    left: Math.min(from.column ?? 1, to.column ?? 1),
    right: Math.max(from.column ?? MAX_COLUMN, to.column ?? MAX_COLUMN),
  };
}

/** `A1, C3:D4` → rectangles. */
export function parseAreas(list: string): Rect[] {
  return list
    .split(",")
    .filter((s) => s.trim() !== "")
    .map(parseRect);
}

export function* cellsIn(r: Rect): Generator<{ row: number; column: number }> {
  for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) yield { row, column };
}

export function contains(r: Rect, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
