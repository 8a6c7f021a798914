import { canonical } from "../numbers/decimal.js";
import { readCell } from "../numbers/read-cell.js";
import type { Justification } from "./justification.js";

/** The four cells of one line of the sheet "Giải trình", as a reader got them (Excel's values or a file's). */
export interface JustificationLineCells {
  cell: unknown;
  rule: unknown;
  value: unknown;
  text: unknown;
}

/** A line's text cell as a justification reads it: NFC, trimmed; a number as its digits; anything else empty. */
export function justificationText(value: unknown): string {
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "number") return String(value);
  return "";
}

function decimalOf(value: unknown): string | undefined {
  if (typeof value !== "number" && (typeof value !== "string" || value.trim() === "")) return undefined;
  const read = readCell({ value }, "decimal");
  return read.ok && !read.read.empty ? canonical(read.read.value) : undefined;
}

/**
 * One line of the sheet "Giải trình", read the same way by the command line,
 * the web page and the add-in: a justification when it has a cell and a
 * text; `"no-cell"` when it has a text without its cell (reported to the
 * unit); nothing when it has no text (an empty line, or a warning the
 * template listed for the unit to justify). `at` is the line's text cell.
 */
export function justificationOfLine(line: JustificationLineCells, at: string): Justification | "no-cell" | undefined {
  const body = justificationText(line.text);
  if (body === "") return undefined;
  const cell = justificationText(line.cell);
  if (cell === "") return "no-cell";
  const value = decimalOf(line.value);
  return { cell, rule: justificationText(line.rule), text: body, at, ...(value === undefined ? {} : { value }) };
}
