import type { CellValue } from "exceljs";
import type { SharedStrings } from "./shared-strings.js";
import { SheetWriterUnsupportedError } from "./sheet-writer-error.js";
import { xmlText } from "./xml-escape.js";

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new SheetWriterUnsupportedError(`the number ${n}`);
  return String(n);
}

/** A `<c>` element: its value as exceljs writes it (strings shared, formulas with their cached result); empty unstyled cells are left out. */
export function cellXml(ref: string, styleId: number, value: CellValue, strings: SharedStrings): string {
  const s = styleId ? ` s="${styleId}"` : "";
  if (value === null || value === undefined) return styleId ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.id(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object" && "formula" in value && typeof value.formula === "string" && !("sharedFormula" in value)) {
    const result = (value as { result?: unknown }).result;
    const f = `<f>${xmlText(value.formula)}</f>`;
    if (result === undefined || result === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof result === "number") return `<c r="${ref}"${s}>${f}<v>${numberText(result)}</v></c>`;
    if (typeof result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
    if (typeof result === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    throw new SheetWriterUnsupportedError("a formula whose result is not a number, text or boolean");
  }
  throw new SheetWriterUnsupportedError("dates, rich text, hyperlinks, errors or shared formulas as cell values");
}
