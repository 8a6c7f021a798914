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

/** The text's width in column-width units when set in `font` (Times New Roman; capitals and bold run wider). */
export function textWidth(text: string, font: RoleFont): number {
  const upper = text === text.toLocaleUpperCase("vi") && /\p{L}/u.test(text);
  return text.length * (font.size / 12) * (font.bold ? 1.1 : 1) * (upper ? 1.45 : 1);
}

/** Lines the text wraps to in a cell `width` units wide. */
export function wrappedLines(text: string, font: RoleFont, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, font) / Math.max(1, width - 1.5)));
}
