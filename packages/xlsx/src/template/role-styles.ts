import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { LayoutRole } from "@phuluc/core";

/** How each layout role looks on paper. Times New Roman is what official documents use. */
export interface RoleStyle {
  font: Partial<Font>;
  alignment: Partial<Alignment>;
  border?: Partial<Borders>;
  fill?: Fill;
}

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const grey: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const derivedFill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE4ECF7" } };

const f = (size: number, extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT, size, ...extra });
const center: Partial<Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

export const ROLE_STYLES: Record<LayoutRole, RoleStyle> = {
  "unit-name": { font: f(12, { bold: true }), alignment: center },
  "party-name": { font: f(12, { bold: true, underline: true }), alignment: center },
  "form-code": { font: f(11, { italic: true }), alignment: { horizontal: "center" } },
  title: { font: f(14, { bold: true }), alignment: center },
  period: { font: f(12, { italic: true }), alignment: center },
  "cut-off": { font: f(12, { italic: true }), alignment: center },
  note: { font: f(12, { italic: true }), alignment: center },
  section: { font: f(12, { bold: true }), alignment: { horizontal: "left", vertical: "middle" } },
  header: { font: f(12, { bold: true }), alignment: center, border: box, fill: grey },
  "header-number": { font: f(11, { italic: true }), alignment: center, border: box, fill: grey },
  stt: { font: f(12), alignment: { horizontal: "center", vertical: "middle" }, border: box },
  label: { font: f(12), alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: box },
  code: { font: f(12), alignment: { horizontal: "center", vertical: "middle" }, border: box },
  input: { font: f(12), alignment: { horizontal: "right", vertical: "middle" }, border: box },
  derived: { font: f(12, { bold: true }), alignment: { horizontal: "right", vertical: "middle" }, border: box, fill: derivedFill },
  "legend-title": { font: f(12, { bold: true, italic: true }), alignment: { horizontal: "left" } },
  legend: { font: f(12, { italic: true }), alignment: { horizontal: "left" } },
  "signature-date": { font: f(12, { italic: true }), alignment: { horizontal: "center" } },
  "signature-title": { font: f(12, { bold: true }), alignment: { horizontal: "center" } },
  "signature-note": { font: f(12, { italic: true }), alignment: { horizontal: "center" } },
};
