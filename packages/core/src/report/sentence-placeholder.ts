/** One `{…}` of a report sentence, parsed. Cells are written `r01.c1`. */
export type Placeholder =
  | { kind: "figure"; cell: string }
  | { kind: "share"; part: string; whole: string }
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
    // No decimals of its own: a share is written with the decimals of the form (see shareDecimals).
    const [part, whole, ...more] = body.split("/").map((s) => s.trim());
    if (more.length > 0 || !part || !whole || !CELL.test(part) || !CELL.test(whole)) return undefined;
    return { kind: "share", part, whole };
  }
  return CELL.test(body) ? { kind: "figure", cell: body } : undefined;
}

/** A share written with its own decimals, `{r03.c1/r02.c1:2}`, as sentences could before the catalogue's rule. */
export function hasOwnDecimals(body: string): boolean {
  return /^\s*r\d{2}\.c\d+\s*\/\s*r\d{2}\.c\d+\s*:\s*\d+\s*$/.test(body);
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
