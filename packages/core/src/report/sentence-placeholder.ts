/**
 * One `{…}` of a report sentence, parsed. Cells are written `r01.c1`; a
 * figure or a change may quote the sum of several cells, `r09.c1+r10.c1`.
 * `decimals` (`:2`) chooses the decimals of a percentage for this
 * placeholder; absent, the form's own decimals apply.
 */
export type Placeholder =
  | { kind: "figure"; cell: string; decimals?: number }
  | { kind: "share"; part: string; whole: string; decimals?: number }
  | { kind: "change"; cell: string; measure: string }
  | { kind: "behind"; cell: string; measure: string };

const CELL = /^r\d{2}\.c\d+$/;
/** One cell or a sum of cells: `r09.c1+r10.c1`. */
const CELLS = /^r\d{2}\.c\d+(\s*\+\s*r\d{2}\.c\d+)*$/;
const DECIMALS = /^[0-4]$/;

/** `r09.c1 + r10.c1` → `r09.c1+r10.c1`. */
const compact = (cells: string) => cells.replace(/\s+/g, "");

/** The `{…}` bodies of a sentence, in order. */
export function placeholderBodies(sentence: string): string[] {
  return [...sentence.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? "");
}

/** Parses a placeholder body; undefined when it follows none of the forms. */
export function parsePlaceholder(raw: string): Placeholder | undefined {
  const body = raw.trim();
  if (body.startsWith("behind:")) {
    const [, cell, measure, ...rest] = body.split(":");
    return cell && CELL.test(cell) && measure && rest.length === 0 ? { kind: "behind", cell, measure } : undefined;
  }
  const pipe = body.indexOf("|change:");
  if (pipe >= 0) {
    const cell = body.slice(0, pipe).trim();
    const measure = body.slice(pipe + "|change:".length);
    return CELLS.test(cell) && measure !== "" ? { kind: "change", cell: compact(cell), measure } : undefined;
  }
  const [expression, decimals, ...rest] = body.split(":");
  if (rest.length > 0 || (decimals !== undefined && !DECIMALS.test(decimals.trim()))) return undefined;
  const withDecimals = decimals === undefined ? {} : { decimals: Number(decimals) };
  if ((expression ?? "").includes("/")) {
    const [part, whole, ...more] = (expression ?? "").split("/").map((s) => s.trim());
    if (more.length > 0 || !part || !whole || !CELL.test(part) || !CELL.test(whole)) return undefined;
    return { kind: "share", part, whole, ...withDecimals };
  }
  const cell = (expression ?? "").trim();
  return CELLS.test(cell) ? { kind: "figure", cell: compact(cell), ...withDecimals } : undefined;
}

/** The cells of a cell or a sum of cells: `r09.c1+r10.c1` → [`r09.c1`, `r10.c1`]. */
export function sumCells(cells: string): string[] {
  return cells.split("+").map((c) => c.trim());
}

/** The cells a placeholder reads. */
export function placeholderCells(p: Placeholder): string[] {
  return p.kind === "share" ? [p.part, p.whole] : sumCells(p.cell);
}

/** `r01.c2` → cell key `01.2`. */
export function placeholderKey(ref: string): string | undefined {
  const m = /^r(\d{2})\.c(\d+)$/.exec(ref.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
