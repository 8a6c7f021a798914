/**
 * A line rule's formula written into a message from the finding's formula
 * parts (the same notation in every locale). A finding without its parts (one
 * built by hand, or read back from a report written before they were params)
 * gives `undefined`, and the message then states the figures without naming
 * the lines.
 */

/** Rows or columns added up, as the form prints them: `02 + 03`. */
export function added(lines: readonly string[] | undefined): string | undefined {
  return lines?.join(" + ");
}

/** `(01 + 02)` when several lines are added, else the one line. */
export function grouped(lines: readonly string[] | undefined): string | undefined {
  return lines !== undefined && lines.length > 1 ? `(${added(lines)})` : added(lines);
}

/** `01 − 02 − 03`. */
export function subtracted(minuend: string | undefined, subtrahends: readonly string[] | undefined): string | undefined {
  return minuend === undefined || subtrahends === undefined ? undefined : [minuend, ...subtrahends].join(" − ");
}

/** `expr = ` before the figures the expression stands for; nothing without the expression. */
export function named(expr: string | undefined): string {
  return expr === undefined ? "" : `${expr} = `;
}

/** One side of a comparison: `02 + 03 = 10 + 20 = 30`, `01 = 25`. */
export function sideText(side: string | undefined, sideValue: string, terms: readonly string[]): string {
  return `${named(side)}${terms.length > 1 ? `${terms.join(" + ")} = ${sideValue}` : sideValue}`;
}
