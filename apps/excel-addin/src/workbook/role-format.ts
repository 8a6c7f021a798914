import type { LayoutRole } from "@phuluc/core";

/** How a layout role looks, in Office.js terms. Mirrors the xlsx writer's role styles. */
export interface RoleFormat {
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: boolean };
  horizontal: "Left" | "Center" | "Right";
  vertical?: "Center";
  wrap: boolean;
  /** Fill colour `#RRGGBB`, none when absent. */
  fill?: string;
  /** Thin black box on every side. */
  box: boolean;
}

export const FONT = "Times New Roman";
/** Fill of header cells. */
export const HEADER_FILL = "#F2F2F2";
/** Fill of derived (formula) cells: tells the officer not to type there. */
export const DERIVED_FILL = "#E4ECF7";
export const TAB_COLOR = "#1F4E79";

type FontExtra = Partial<Pick<RoleFormat["font"], "bold" | "italic" | "underline">>;
const font = (size: number, extra: FontExtra = {}): RoleFormat["font"] => ({
  name: FONT,
  size,
  bold: extra.bold ?? false,
  italic: extra.italic ?? false,
  underline: extra.underline ?? false,
});

const centered = { horizontal: "Center", vertical: "Center", wrap: true } as const;

export const ROLE_FORMATS: Record<LayoutRole, RoleFormat> = {
  "unit-name": { font: font(12, { bold: true }), ...centered, box: false },
  // On one line, as in the xlsx templates: wrapped, it printed over the form code below.
  "party-name": { font: font(12, { bold: true, underline: true }), horizontal: "Center", vertical: "Center", wrap: false, box: false },
  "form-code": { font: font(11, { italic: true }), horizontal: "Center", wrap: false, box: false },
  title: { font: font(14, { bold: true }), ...centered, box: false },
  period: { font: font(12, { italic: true }), ...centered, box: false },
  "cut-off": { font: font(12, { italic: true }), ...centered, box: false },
  note: { font: font(12, { italic: true }), ...centered, box: false },
  section: { font: font(12, { bold: true }), horizontal: "Left", vertical: "Center", wrap: false, box: false },
  header: { font: font(12, { bold: true }), ...centered, fill: HEADER_FILL, box: true },
  "header-number": { font: font(11, { italic: true }), ...centered, fill: HEADER_FILL, box: true },
  stt: { font: font(12), horizontal: "Center", vertical: "Center", wrap: false, box: true },
  label: { font: font(12), horizontal: "Left", vertical: "Center", wrap: true, box: true },
  code: { font: font(12), horizontal: "Center", vertical: "Center", wrap: false, box: true },
  input: { font: font(12), horizontal: "Right", vertical: "Center", wrap: false, box: true },
  derived: { font: font(12, { bold: true }), horizontal: "Right", vertical: "Center", wrap: false, fill: DERIVED_FILL, box: true },
  "legend-title": { font: font(12, { bold: true, italic: true }), horizontal: "Left", wrap: false, box: false },
  legend: { font: font(12, { italic: true }), horizontal: "Left", wrap: true, box: false },
  "signature-date": { font: font(12, { italic: true }), horizontal: "Center", wrap: false, box: false },
  "signature-title": { font: font(12, { bold: true }), horizontal: "Center", wrap: false, box: false },
  "signature-note": { font: font(12, { italic: true }), horizontal: "Center", wrap: false, box: false },
};

/** Highlight fills, Excel's own "Bad" and "Neutral" cell styles and a pale tint for involved cells. */
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C", related: "#FCE4E4" } as const;
