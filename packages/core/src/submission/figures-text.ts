import type { Catalogue } from "../catalogue/catalogue.js";
import type { RawValue } from "../numbers/index.js";
import type { Submission } from "./submission.js";
import { cellKey } from "../rule/line-ref.js";

function token(value: RawValue): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `n:${String(value)}`;
  if (typeof value === "string") return `s:${value.normalize("NFC")}`;
  if (typeof value === "boolean") return `b:${String(value)}`;
  if (value instanceof Date) return `d:${value.toISOString()}`;
  return `e:${value.error}`;
}

/**
 * The figures of a submission as canonical text, what the Excel add-in's
 * `figuresHash` (SHA-256, hex) stamped in `_meta` is computed over:
 * one line per declared cell, annexes in catalogue order and cells in the
 * annex's order, `PL01<TAB>01.3<TAB>n:22.9<TAB>0.0` — the raw value tagged
 * by type (`n:` number, `s:` NFC text, `b:` boolean, `d:` ISO date, `e:` Excel
 * error, empty when blank) and the number format (empty for General). Lines
 * end with LF. Any reader that gets raw values and format codes from the file
 * can recompute it. Pure: no hashing here, so it runs anywhere.
 */
export function figuresText(submission: Submission, catalogue: Catalogue): string {
  const lines: string[] = [];
  for (const annex of catalogue.annexes) {
    const data = submission.annexes[annex.code];
    if (!data) continue;
    for (const spec of annex.index.cells) {
      const key = cellKey(spec.row.code, spec.column.number);
      const cell = data.cells[key];
      lines.push(`${annex.code}\t${key}\t${token(cell?.value ?? null)}\t${cell?.numberFormat ?? ""}`);
    }
  }
  return lines.map((l) => `${l}\n`).join("");
}
