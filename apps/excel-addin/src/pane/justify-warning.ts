import { addJustification, justificationCells, type Finding } from "@phuluc/core";
import { ExcelRefusal, type ExcelPort } from "../excel-port.js";
import { T } from "../texts.js";
import { justificationLine } from "../workbook/justification-read.js";
import type { ValidationSession } from "./validation-session.js";

export interface JustifyContext {
  port: ExcelPort;
  session: ValidationSession;
  /** Reports a failure as a refusal (`refused`) or a fault of the add-in (shown apart). */
  failed(error: unknown, refused: (why: string) => void): void;
}

/**
 * Writes the officer's justification of a warning on its line of the sheet
 * "Giải trình" (cells as core lays them out). Undefined when written (the
 * caller checks again); else what the form shows: an empty text, no sheet, a
 * refusal; empty after a fault of the add-in, which is shown apart.
 */
export async function justifyWarning(context: JustifyContext, finding: Finding, text: string): Promise<string | undefined> {
  const { port, session } = context;
  if (text.trim() === "") return T.justifyEmpty;
  const sheet = session.justificationSheet;
  if (!sheet.found) return T.justifyNoSheet;
  const added = addJustification(session.justifications, finding, text, session.result?.grids);
  const line = justificationLine(sheet, added.justification);
  if (line === undefined) return T.justifyNoLine;
  try {
    await port.writeJustification(justificationCells(added.justification, line));
    return undefined;
  } catch (error) {
    if (error instanceof ExcelRefusal && error.reason === "missing-sheet") return T.justifyNoSheet;
    let refusal = "";
    context.failed(error, (why) => (refusal = T.justifyRefused(why)));
    return refusal;
  }
}
