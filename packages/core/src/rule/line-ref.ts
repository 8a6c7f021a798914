/** A parsed line reference: a row by its code, or a column by its number. */
export type Line = { axis: "row"; row: string } | { axis: "column"; column: number };

/** A cell of an annex: row code and column number. */
export interface CellKey {
  row: string;
  column: number;
}

export function parseLine(ref: string): Line {
  if (ref.startsWith("r")) return { axis: "row", row: ref.slice(1) };
  return { axis: "column", column: Number(ref.slice(1)) };
}

export function parseCell(ref: string): CellKey {
  const [r, c] = ref.split(".");
  return { row: (r ?? "").slice(1), column: Number((c ?? "").slice(1)) };
}

export function parseAnnexCell(ref: string): CellKey & { annex: string } {
  const [annex, r, c] = ref.split(".");
  return { annex: annex ?? "", row: (r ?? "").slice(1), column: Number((c ?? "").slice(1)) };
}

/** Key of a cell in submission maps: `03.2` is row 03, column (2). */
export function cellKey(row: string, column: number): string {
  return `${row}.${column}`;
}

/** The cell where a line crosses a line of the other axis. */
export function cross(line: Line, other: Line): CellKey {
  if (line.axis === "row" && other.axis === "column") return { row: line.row, column: other.column };
  if (line.axis === "column" && other.axis === "row") return { row: other.row, column: line.column };
  throw new Error("cross() needs one row and one column");
}
