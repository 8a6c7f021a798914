import type { Annex, Catalogue } from "@phuluc/core";
import type { RawSheet } from "../reader/index.js";
import { cellText } from "./cell-text.js";

/** The sheet's name as a code: NFC, trimmed, upper case. */
function nameKey(sheet: RawSheet): string {
  return sheet.name.normalize("NFC").trim().toUpperCase();
}

/** Whether the sheet's title (in its first rows) starts with the annex code: "PL01. QUY HOẠCH CÁN BỘ". */
function titled(sheet: RawSheet, code: string): boolean {
  const prefix = code.toLowerCase();
  return sheet.cells.some((c) => c.row <= 12 && cellText(c).startsWith(`${prefix}.`));
}

/**
 * Which sheet holds which annex: by the sheet's name (`PL01`, or `PL01 (2)`
 * when copied), else by the title printed on it. Each sheet serves one annex.
 */
export function findAnnexSheets(sheets: readonly RawSheet[], catalogue: Catalogue): Map<Annex, RawSheet> {
  const out = new Map<Annex, RawSheet>();
  const used = new Set<RawSheet>();
  const pick = (annex: Annex, test: (s: RawSheet) => boolean) => {
    if (out.has(annex)) return;
    const sheet = sheets.find((s) => !used.has(s) && s.cells.length > 0 && test(s));
    if (sheet) {
      out.set(annex, sheet);
      used.add(sheet);
    }
  };
  for (const annex of catalogue.annexes) pick(annex, (s) => nameKey(s) === annex.code);
  for (const annex of catalogue.annexes) pick(annex, (s) => new RegExp(`^${annex.code}(?!\\d)`).test(nameKey(s)));
  for (const annex of catalogue.annexes) pick(annex, (s) => titled(s, annex.code));
  return out;
}
