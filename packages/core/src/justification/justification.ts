/**
 * A unit's explanation of a warning (giải trình), as written in the sheet
 * "Giải trình" of its workbook: the warning's cell and rule, optionally the
 * value the cell had when the explanation was written, and the text.
 */
export interface Justification {
  /** The warning's cell with its sheet, as the finding names it: `PL04!D10`. */
  cell: string;
  /** The warning's rule id (`PL04.change`), or its code when no rule made it (`plausibility.change`). */
  rule: string;
  /** The cell's value when the explanation was written (canonical decimal); any value when absent. */
  value?: string;
  text: string;
  /** Where the line sits in the sheet "Giải trình", for messages: `'Giải trình'!E6`. */
  at?: string;
}

/** What a justified warning carries: the unit's text. */
export interface FindingJustification {
  text: string;
}
