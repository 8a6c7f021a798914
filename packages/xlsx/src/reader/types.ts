/**
 * A raw DEFLATE inflater to use instead of the built-in one (fflate), e.g.
 * Node's native zlib, which is several times faster. It must never produce
 * more than `maxOutput` bytes: past that it throws (any error) or returns
 * exactly `maxOutput + 1` bytes, and the reader reports the file as too large.
 * `expectedSize` is the size the zip directory declares (at most `maxOutput`),
 * a hint to inflate into one buffer of that size rather than join many chunks
 * (which costs the entry's size twice over); the entry may still lie about it.
 * It may bring its own CRC-32 (Node's `zlib.crc32`, about 4 times the
 * table-driven one) to check what it inflated; the built-in one otherwise.
 */
export interface RawInflate {
  (data: Uint8Array, maxOutput: number, expectedSize?: number): Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

/** How to read: the caps, and optionally a faster inflater. */
export interface ReadOptions extends Partial<ReadLimits> {
  inflate?: RawInflate;
}

/** Hard caps applied while reading untrusted workbook bytes. */
export interface ReadLimits {
  /** Size of the .xlsx file itself. Default 20 MiB. */
  maxFileBytes: number;
  /** Total bytes inflated across all parts that are read. Default 40 MiB. */
  maxUncompressedBytes: number;
  /** Inflated / compressed size per entry (applied once an entry passes 1 MiB). Default 200. */
  maxEntryRatio: number;
  /** Cells per workbook (all sheets together). Default 200,000. */
  maxCells: number;
  /** Sheets listed in workbook.xml. Default 200. */
  maxSheets: number;
}

export interface RawDefinedName {
  name: string;
  /** Formula text of the name, e.g. "Sheet1!$A$1:$D$10". */
  ref: string;
  /** 0-based index into `RawWorkbook.sheets` when the name is sheet-scoped. */
  localSheet?: number;
}

export interface RawWorkbook {
  /** In workbook.xml order (chart sheets included, with no cells). */
  sheets: RawSheet[];
  definedNames: RawDefinedName[];
  /** vbaProject.bin present or a macro-enabled main content type. */
  hasMacros: boolean;
  /** docProps/app.xml <Application>, e.g. "Microsoft Excel". */
  application?: string;
  date1904: boolean;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

/** A merged (or any other) range, 1-based and inclusive. */
export interface RawMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  state: SheetState;
  /** 0-based position in workbook.xml (the same index as `localSheetId`). */
  index: number;
  /**
   * Cells with a value or a formula, row-major, at most one per address. Style-only
   * blanks are left out (they still count towards `maxCells`).
   */
  cells: RawSheetCell[];
  merges: RawMerge[];
  /** The used range the sheet claims (`<dimension>`), never trusted for allocation; absent when not given. */
  dimension?: RawMerge | undefined;
  /** O(1) lookup by 1-based row and column. */
  cell(row: number, col: number): RawSheetCell | undefined;
}

export type RawCellValue = number | string | boolean | { error: string } | null;

export interface RawSheetCell {
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
  /** Canonical A1 address, e.g. "D8". */
  address: string;
  /** Cached or literal value; null only for a formula without a cached value. */
  value: RawCellValue;
  /** Resolved number format code ("General", "0.0%", ...). */
  numberFormat: string;
  /** Formula text without "="; "" for a follower of a shared formula. */
  formula?: string;
  /** Range of the shared formula this cell belongs to (master and followers); the master is its top-left cell. */
  sharedRef?: string;
  /** Numeric value under a date format, or a `t="d"` ISO date string. */
  isDate?: boolean;
}
