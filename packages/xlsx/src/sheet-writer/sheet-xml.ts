import type { DataValidation } from "exceljs";
import { columnLetter } from "@phuluc/core";
import { cellXml } from "./cell-xml.js";
import { colorXml } from "./style-parts.js";
import type { SharedStrings } from "./shared-strings.js";
import { autoFilterXml, colsXml, pageXml, protectionXml, sheetViewsXml } from "./sheet-settings-xml.js";
import type { StyleRegistry } from "./style-registry.js";
import type { WrittenSheet } from "./written-sheet.js";
import { xmlAttribute, xmlText } from "./xml-escape.js";

function validationXml(ref: string, v: DataValidation): string {
  const known = new Set([
    "type",
    "operator",
    "allowBlank",
    "formulae",
    "showInputMessage",
    "promptTitle",
    "prompt",
    "showErrorMessage",
    "errorStyle",
    "errorTitle",
    "error",
  ]);
  for (const key of Object.keys(v)) if (!known.has(key)) throw new TypeError(`data validation property ${key} is not supported`);
  let a = "";
  a += ` type="${v.type}"`;
  if (v.operator && v.type !== "list" && v.operator !== "between") a += ` operator="${v.operator}"`;
  if (v.allowBlank) a += ` allowBlank="1"`;
  if (v.showInputMessage) a += ` showInputMessage="1"`;
  if (v.promptTitle) a += ` promptTitle="${xmlAttribute(v.promptTitle)}"`;
  if (v.prompt) a += ` prompt="${xmlAttribute(v.prompt)}"`;
  if (v.showErrorMessage) a += ` showErrorMessage="1"`;
  if (v.errorStyle) a += ` errorStyle="${v.errorStyle}"`;
  if (v.errorTitle) a += ` errorTitle="${xmlAttribute(v.errorTitle)}"`;
  if (v.error) a += ` error="${xmlAttribute(v.error)}"`;
  const formulae = (v.formulae ?? []).map((f, i) => `<formula${i + 1}>${xmlText(String(f))}</formula${i + 1}>`).join("");
  return `<dataValidation${a} sqref="${ref}">${formulae}</dataValidation>`;
}

/**
 * A worksheet part (xl/worksheets/sheetN.xml), in the schema's order: sheet
 * properties, dimension, views, format, columns, rows, protection, filter,
 * merges, validations, page. Strings go to the shared strings, looks to the
 * style registry.
 */
export function sheetXml(sheet: WrittenSheet, styles: StyleRegistry, strings: SharedStrings): string {
  const rowNumbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  let body = "";
  let minColumn = Number.POSITIVE_INFINITY;
  let maxColumn = 0;
  const validations: [string, DataValidation][] = [];
  for (const r of rowNumbers) {
    const row = sheet.getRow(r);
    let cells = "";
    for (const cell of row.sorted()) {
      const ref = `${columnLetter(cell.column)}${r}`;
      cells += cellXml(ref, styles.styleId(cell.style), cell.ownValue, strings);
      if (cell.dataValidation) validations.push([ref, cell.dataValidation]);
      minColumn = Math.min(minColumn, cell.column);
      maxColumn = Math.max(maxColumn, cell.column);
    }
    const height = row.height === undefined ? "" : ` ht="${row.height}" customHeight="1"`;
    if (cells !== "" || height !== "") body += cells === "" ? `<row r="${r}"${height}/>` : `<row r="${r}"${height}>${cells}</row>`;
  }
  const first = rowNumbers[0];
  const last = rowNumbers[rowNumbers.length - 1];
  const dimension = first === undefined || maxColumn === 0 ? "A1" : `${columnLetter(minColumn)}${first}:${columnLetter(maxColumn)}${last}`;
  const fitToPage = sheet.pageSetup.fitToPage ? `<pageSetUpPr fitToPage="1"/>` : "";
  const sheetPr = colorXml("tabColor", sheet.tabColor) + fitToPage;
  const merges = sheet.merges.map((m) => `<mergeCell ref="${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}"/>`);
  // In order of address text, as exceljs writes them.
  validations.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    (sheetPr ? `<sheetPr>${sheetPr}</sheetPr>` : "") +
    `<dimension ref="${dimension}"/>` +
    sheetViewsXml(sheet.views) +
    `<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0"/>` +
    colsXml(sheet.columns) +
    `<sheetData>${body}</sheetData>` +
    protectionXml(sheet.protection) +
    autoFilterXml(sheet.autoFilter) +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.map(([ref, v]) => validationXml(ref, v)).join("")}</dataValidations>`
      : "") +
    pageXml(sheet.pageSetup) +
    `</worksheet>`
  );
}
