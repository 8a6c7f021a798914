import {
  JUSTIFICATION_SHEET,
  JUSTIFICATION_TABLE,
  justificationOfLine,
  justificationText as text,
  normalizeCellReference,
  sheetAddress,
  type Justification,
} from "@phuluc/core";

/** Lines of the sheet "Giải trình" the add-in reads (the template offers 30 empty ones). */
export const JUSTIFICATION_LINES = 300;

/** The range read: columns cell–text of the table's lines. */
export const JUSTIFICATION_RANGE = (() => {
  const { firstRow, columns } = JUSTIFICATION_TABLE;
  const col = (n: number): string => String.fromCharCode(64 + n);
  return `${col(columns.cell)}${firstRow}:${col(columns.text)}${firstRow + JUSTIFICATION_LINES - 1}`;
})();

/** The sheet "Giải trình" as Excel gave it: absent, or the values of {@link JUSTIFICATION_RANGE}. */
export type JustificationSheetRead = { found: false } | { found: true; values: unknown[][] };

/**
 * The justifications on the sheet's lines, as the command line reads them:
 * a line counts when it has a cell and a text (a cell without text is a
 * warning listed for the unit to justify).
 */
export function justificationsFromRead(read: JustificationSheetRead): Justification[] {
  if (!read.found) return [];
  const { firstRow, columns } = JUSTIFICATION_TABLE;
  const at = (name: number): number => name - columns.cell;
  const out: Justification[] = [];
  read.values.forEach((line, i) => {
    const read = justificationOfLine(
      { cell: line[at(columns.cell)], rule: line[at(columns.rule)], value: line[at(columns.value)], text: line[at(columns.text)] },
      sheetAddress(JUSTIFICATION_SHEET, `E${firstRow + i}`),
    );
    if (read && read !== "no-cell") out.push(read);
  });
  return out;
}

/**
 * The line (0 for the first) where a justification of this warning goes: the
 * line already naming its cell and rule (an earlier justification, or the
 * warning listed by the template without a text), else the first empty line;
 * undefined when every line read is taken.
 */
export function justificationLine(read: JustificationSheetRead, justification: Justification): number | undefined {
  if (!read.found) return undefined;
  const { columns } = JUSTIFICATION_TABLE;
  const at = (name: number): number => name - columns.cell;
  const key = normalizeCellReference(justification.cell);
  const same = read.values.findIndex((line) => {
    const cell = text(line[at(columns.cell)]);
    const rule = text(line[at(columns.rule)]);
    return cell !== "" && normalizeCellReference(cell) === key && (rule === "" || rule === justification.rule);
  });
  if (same >= 0) return same;
  const empty = read.values.findIndex((line) => line.every((v) => text(v) === ""));
  return empty >= 0 ? empty : undefined;
}
