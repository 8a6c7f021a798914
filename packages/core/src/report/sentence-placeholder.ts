/** One `{…}` of a report sentence, parsed. Cells are written `r01.c1`. */
export type Placeholder =
  | { kind: "figure"; cell: string }
  | { kind: "share"; part: string; whole: string; decimals: number }
  | { kind: "change"; cell: string; measure: string }
  | { kind: "behind"; cell: string; measure: string };

const CELL = /^r\d{2}\.c\d+$/;

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
    return CELL.test(cell) && measure !== "" ? { kind: "change", cell, measure } : undefined;
  }
  if (body.includes("/")) {
    const [ratio, decimals, ...rest] = body.split(":");
    const [part, whole, ...more] = (ratio ?? "").split("/").map((s) => s.trim());
    if (rest.length > 0 || more.length > 0 || !part || !whole || !CELL.test(part) || !CELL.test(whole)) return undefined;
    if (decimals !== undefined && !/^[0-4]$/.test(decimals)) return undefined;
    return { kind: "share", part, whole, decimals: decimals === undefined ? 1 : Number(decimals) };
  }
  return CELL.test(body) ? { kind: "figure", cell: body } : undefined;
}

/** The cells a placeholder reads. */
export function placeholderCells(p: Placeholder): string[] {
  return p.kind === "share" ? [p.part, p.whole] : [p.cell];
}

/** `r01.c2` → cell key `01.2`. */
export function placeholderKey(ref: string): string | undefined {
  const m = /^r(\d{2})\.c(\d+)$/.exec(ref.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
