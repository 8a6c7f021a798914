import type { Alignment, Borders, Fill, Font } from "exceljs";
import { ROLE_FONTS, type LayoutRole } from "@phuluc/core";

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

const f = (role: LayoutRole): Partial<Font> => ({ name: FONT, ...ROLE_FONTS[role] });
const center: Partial<Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

export const ROLE_STYLES: Record<LayoutRole, RoleStyle> = {
  "unit-name": { font: f("unit-name"), alignment: center },
  "party-name": { font: f("party-name"), alignment: { horizontal: "center", vertical: "middle", wrapText: false } },
  "form-code": { font: f("form-code"), alignment: { horizontal: "center" } },
  title: { font: f("title"), alignment: center },
  period: { font: f("period"), alignment: center },
  "cut-off": { font: f("cut-off"), alignment: center },
  note: { font: f("note"), alignment: center },
  section: { font: f("section"), alignment: { horizontal: "left", vertical: "middle" } },
  header: { font: f("header"), alignment: center, border: box, fill: grey },
  "header-number": { font: f("header-number"), alignment: center, border: box, fill: grey },
  stt: { font: f("stt"), alignment: { horizontal: "center", vertical: "middle" }, border: box },
  label: { font: f("label"), alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: box },
  code: { font: f("code"), alignment: { horizontal: "center", vertical: "middle" }, border: box },
  input: { font: f("input"), alignment: { horizontal: "right", vertical: "middle" }, border: box },
  derived: { font: f("derived"), alignment: { horizontal: "right", vertical: "middle" }, border: box, fill: derivedFill },
  "legend-title": { font: f("legend-title"), alignment: { horizontal: "left" } },
  legend: { font: f("legend"), alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  "signature-date": { font: f("signature-date"), alignment: { horizontal: "center" } },
  "signature-title": { font: f("signature-title"), alignment: { horizontal: "center" } },
  "signature-note": { font: f("signature-note"), alignment: { horizontal: "center" } },
};
