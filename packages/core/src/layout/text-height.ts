import type { LayoutRole } from "./form-layout.js";

/** How each layout role's text is set: size in points, weight, slant, case. The renderers take their fonts from here. */
export interface RoleFont {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export const ROLE_FONTS: Record<LayoutRole, RoleFont> = {
  "unit-name": { size: 12, bold: true },
  "party-name": { size: 12, bold: true, underline: true },
  "form-code": { size: 11, italic: true },
  title: { size: 14, bold: true },
  period: { size: 12, italic: true },
  "cut-off": { size: 12, italic: true },
  note: { size: 12, italic: true },
  section: { size: 12, bold: true },
  header: { size: 12, bold: true },
  "header-number": { size: 11, italic: true },
  stt: { size: 12 },
  label: { size: 12 },
  code: { size: 12 },
  input: { size: 12 },
  derived: { size: 12, bold: true },
  "legend-title": { size: 12, bold: true, italic: true },
  legend: { size: 12, italic: true },
  "signature-date": { size: 12, italic: true },
  "signature-title": { size: 12, bold: true },
  "signature-note": { size: 12, italic: true },
};

/** Points a row of one line of text of this size takes. */
export const lineHeight = (size: number): number => Math.round(size * 1.4);

/** Width in column-width units of one character set in `font` (Times New Roman; bold runs wider). */
const charWidth = (font: RoleFont): number => (font.size / 12) * (font.bold ? 1.08 : 1);
/** Capitals run wider than the average lower-case letter. */
const CAPITAL_WIDTH = 1.45;

/** The text's width in column-width units when set in `font`. */
export function textWidth(text: string, font: RoleFont): number {
  let units = 0;
  for (const ch of text) units += ch !== ch.toLocaleLowerCase("vi") ? CAPITAL_WIDTH : ch === " " ? 0.55 : 1;
  return units * charWidth(font);
}

/** Lines the text wraps to in a cell `width` units wide, broken between words as office suites do. */
export function wrappedLines(text: string, font: RoleFont, width: number): number {
  const room = Math.max(1, width - 2);
  const space = textWidth(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, font);
      if (used > 0 && used + space + w > room) {
        lines++;
        used = 0;
      }
      if (used === 0 && w > room) {
        lines += Math.ceil(w / room) - 1;
        used = w % room;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}
