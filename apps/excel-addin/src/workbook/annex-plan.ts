import { columnLetter, parseAddress, type FormLayout } from "@phuluc/core";

/** One data cell of an annex sheet: its annex key, where it sits, and whether a formula fills it. */
export interface PlannedCell {
  /** Annex cell key `row.column`, e.g. `01.3`. */
  key: string;
  /** Address on the sheet, e.g. `F10`. */
  address: string;
  /** 0-based offsets inside the annex's data range. */
  rowOffset: number;
  columnOffset: number;
  role: "input" | "derived";
}

/**
 * Where an annex's figures sit on its sheet: the smallest rectangle holding
 * every data cell (read in one go), and each data cell inside it.
 */
export interface AnnexPlan {
  code: string;
  sheet: string;
  /** Data range, e.g. `D10:J12`. */
  range: string;
  cells: readonly PlannedCell[];
}

/** The read plan of one annex, from core's layout of it. */
export function annexPlan(layout: FormLayout): AnnexPlan {
  const roles = new Map<string, "input" | "derived">();
  for (const cell of layout.cells) {
    if (cell.key && (cell.role === "input" || cell.role === "derived")) roles.set(cell.key, cell.role);
  }
  const positions = [...layout.dataCells].map(([key, address]) => {
    const at = parseAddress(address);
    if (!at) throw new Error(`Bad layout address ${address} for ${layout.annex} ${key}`);
    return { key, address, ...at };
  });
  const top = Math.min(...positions.map((p) => p.row));
  const bottom = Math.max(...positions.map((p) => p.row));
  const left = Math.min(...positions.map((p) => p.column));
  const right = Math.max(...positions.map((p) => p.column));
  const cells = positions.map((p) => ({
    key: p.key,
    address: p.address,
    rowOffset: p.row - top,
    columnOffset: p.column - left,
    role: roles.get(p.key) ?? "input",
  }));
  return {
    code: layout.annex,
    sheet: layout.sheetName,
    range: `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`,
    cells,
  };
}
