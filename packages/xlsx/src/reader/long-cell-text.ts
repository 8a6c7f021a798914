import { EXCEL_MAX_CELL_CHARS } from "@phuluc/core";
import { type CellPosition, cellAddress, parseCellRef } from "./cell-address.js";
import { WorkbookReadError } from "./errors.js";
import { textLengthAtLeast } from "./text-length-bound.js";

/** Character data longer than this (in bytes) between two tags of a sheet is looked at before the sheet is decoded. */
const LONG_RUN_BYTES = 1 << 20;

/**
 * Refuses, before its sheet part is decoded into a string, a cell whose inline
 * text or value runs past a mebibyte of bytes and surely past Excel's 32,767
 * characters (`file.text_too_long`, naming the cell): one such cell would
 * otherwise cost its size two or three times over. Anything this byte-level look
 * cannot settle (a cell without `r`, markup it does not follow, text that is
 * shorter once decoded) is left to the ordinary parse, which refuses it as well.
 */
export function refuseLongCellText(data: Uint8Array, sheetName: string): void {
  if (data.length <= LONG_RUN_BYTES || (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return;
  for (let at = data.indexOf(0x3e /* > */); at >= 0 && at < data.length; ) {
    const next = data.indexOf(0x3c /* < */, at);
    const end = next < 0 ? data.length : next;
    if (end - at > LONG_RUN_BYTES) checkRun(data, at, end, sheetName);
    if (next < 0) return;
    at = data.indexOf(0x3e, next);
  }
}

function checkRun(data: Uint8Array, runStart: number, runEnd: number, sheetName: string): void {
  const cell = cellStart(data, runStart);
  if (cell === undefined) return;
  const length = textLengthAtLeast(data, cell.at, runEnd, true);
  if (length === undefined || length <= EXCEL_MAX_CELL_CHARS) return;
  throw new WorkbookReadError("file.text_too_long", { sheet: sheetName, cell: cell.address, length, limit: EXCEL_MAX_CELL_CHARS });
}

/** Nearest `<c ... r="A1">` start tag before `before` (within a few kilobytes): where it is and its canonical address. */
function cellStart(data: Uint8Array, before: number): { at: number; address: string } | undefined {
  const from = Math.max(0, before - 4096);
  for (let i = before - 1; i >= from; i--) {
    if (data[i] !== 0x3c) continue;
    let j = i + 1;
    while (j < before && data[j] !== 0x20 && data[j] !== 0x3e && data[j] !== 0x2f && data[j] !== 0x09 && data[j] !== 0x0a && data[j] !== 0x0d) j++;
    const name = String.fromCharCode(...data.subarray(i + 1, j));
    if (name !== "c" && !/^[A-Za-z_][\w.-]*:c$/.test(name)) continue;
    const tag = String.fromCharCode(...data.subarray(j, Math.min(data.indexOf(0x3e, j), j + 512)));
    const ref = /(?:^|\s)r\s*=\s*(["'])([^"']*)\1/.exec(tag)?.[2];
    const position: CellPosition = { row: 0, col: 0, canonical: false };
    if (ref === undefined || !parseCellRef(ref, position)) return undefined;
    return { at: i, address: position.canonical ? ref : cellAddress(position.row, position.col) };
  }
  return undefined;
}
