import type { Annex } from "../annex/annex.js";
import type { CellSpec } from "../annex/annex-index.js";
import { cellNumberFormat } from "../annex/cell-number-format.js";
import { ruleText } from "../rule/rule-text.js";
import { cellAddress } from "./address.js";
import { excelFormula } from "./excel-formula.js";
import type { FormLayout, InputValidation, LayoutCell } from "./form-layout.js";
import { fitPage } from "./page-fit.js";
import { ROLE_FONTS, lineHeight, wrappedLines } from "./text-height.js";
import { cellKey } from "../rule/line-ref.js";

export interface LayoutOptions {
  /** The committee's official name: `Tỉnh ủy Quảng Ngãi`. */
  unitName: string;
  /** Period as forms say it: `năm 2022`, `6 tháng đầu năm 2022`. */
  periodLabel: string;
  /** Cut-off date as forms write it: `05/12/2022`; dotted blanks for the officer to fill when absent. */
  cutOff?: string;
  /**
   * Who reads the sheet: a unit's officer filling it in (the rules and the
   * entry instruction under the table), or the national reader of a
   * consolidated table (its coverage lines, then the catalogue's notes for
   * the national reader, instead).
   */
  audience?: { kind: "unit" } | { kind: "national"; coverage: readonly string[]; notes: readonly string[] };
}

const FIRST_DATA_COLUMN = 4;
/** Widths of the STT, indicator and code columns. */
const LEAD_WIDTHS = [6, 48, 8] as const;
const DATA_WIDTH = 14;
/** The heading "ĐẢNG CỘNG SẢN VIỆT NAM" over the data columns needs this much width to stay on one line. */
const PARTY_NAME_WIDTH = 38;
/** Row heights that show every cell's text wrapped in its span; rows of one line keep the default height. */
function rowHeightsOf(cells: readonly LayoutCell[], widths: readonly number[]): Map<number, number> {
  const heights = new Map<number, number>();
  for (const cell of cells) {
    if (typeof cell.value !== "string" || (cell.rowSpan ?? 1) > 1) continue;
    const font = ROLE_FONTS[cell.role];
    let width = 0;
    for (let c = cell.column; c < cell.column + (cell.colSpan ?? 1); c++) width += widths[c - 1] ?? DATA_WIDTH;
    const lines = wrappedLines(cell.value, font, width - (cell.indent ?? 0) * 2);
    const padding = cell.role === "header" || cell.role === "title" ? 8 : 2;
    const height = lines * lineHeight(font.size) + padding;
    if (lines > 1 || cell.role === "header" || cell.role === "title") heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  return heights;
}

/** `Tổng số (lượt)`; a header that already names its unit (`Số lượt`) keeps as it is. */
export function headerText(column: { header: string; unit?: string | undefined }): string {
  const unit = column.unit;
  if (!unit || column.header.toLocaleLowerCase("vi").includes(unit.toLocaleLowerCase("vi"))) return column.header;
  return `${column.header} (${unit})`;
}

function validationFor(annex: Annex, spec: CellSpec): InputValidation {
  const where = `${annex.code} – mã số ${spec.row.code}, cột (${spec.column.number})`;
  if (spec.kind === "count") {
    return {
      type: "whole",
      min: 0,
      promptTitle: where,
      prompt: "Nhập số nguyên lớn hơn hoặc bằng 0; nếu không có thì ghi 0.",
      errorTitle: "Số liệu không hợp lệ",
      error: "Ô này chỉ nhận số nguyên lớn hơn hoặc bằng 0.",
    };
  }
  return {
    type: "decimal",
    min: 0,
    promptTitle: where,
    prompt:
      spec.kind === "percent"
        ? `Nhập tỷ lệ phần trăm với ${spec.decimals.min}–${spec.decimals.max} chữ số thập phân, ví dụ 23,3.`
        : "Nhập số lớn hơn hoặc bằng 0.",
    errorTitle: "Số liệu không hợp lệ",
    error: "Ô này chỉ nhận số lớn hơn hoặc bằng 0.",
  };
}

function sttText(level: number, ordinal: number): string {
  if (level === 0) return String(ordinal);
  return level === 1 ? "-" : "+";
}

/**
 * Lays out the printed form of an annex: heading block (unit, title,
 * period, cut-off), per section a header row `STT | Chỉ tiêu | Mã số |
 * headers` over the numbering row `(1) (2) …`, the rows with indented
 * labels, input and derived cells with their formulas, the rules printed
 * under the table, and the signature block.
 */
export function layoutAnnex(annex: Annex, options: LayoutOptions): FormLayout {
  const dataColumns = Math.max(...annex.sections.map((s) => s.columns.length));
  const lastColumn = FIRST_DATA_COLUMN + dataColumns - 1;
  const width = lastColumn;
  const cells: LayoutCell[] = [];
  const span = (row: number, column: number, role: LayoutCell["role"], value: string, colSpan: number): void => {
    cells.push({ row, column, role, value, ...(colSpan > 1 ? { colSpan } : {}) });
  };

  span(1, 1, "unit-name", options.unitName.toLocaleUpperCase("vi"), 3);
  span(1, FIRST_DATA_COLUMN, "party-name", "ĐẢNG CỘNG SẢN VIỆT NAM", dataColumns);
  span(2, FIRST_DATA_COLUMN, "form-code", `Biểu ${annex.code} (mẫu ${annex.version})`, dataColumns);
  span(4, 1, "title", `${annex.code}. ${annex.title.toLocaleUpperCase("vi")}`, width);
  span(5, 1, "period", `Kỳ báo cáo: ${options.periodLabel}`, width);
  span(6, 1, "cut-off", `Số liệu tính đến ngày ${options.cutOff ?? "…/…/……"}`, width);
  let row = 7;
  if (annex.note) span(row++, 1, "note", `(${annex.note})`, width);
  row++;

  const positions = new Map<string, string>();
  const dataRows: { spec: CellSpec; row: number; column: number }[] = [];
  let tableTop = row;
  let printTitles = { from: row, to: row + 1 };
  annex.sections.forEach((section, s) => {
    if (section.code) {
      span(row, 1, "section", `${section.code}. ${section.title ?? ""}`.trim(), width);
      row++;
    }
    if (s === 0) {
      tableTop = row;
      printTitles = { from: row, to: row + 1 };
    }
    cells.push({ row, column: 1, role: "header", value: "STT", rowSpan: 2 });
    cells.push({ row, column: 2, role: "header", value: "Chỉ tiêu", rowSpan: 2 });
    cells.push({ row, column: 3, role: "header", value: "Mã số", rowSpan: 2 });
    section.columns.forEach((column, i) => {
      cells.push({ row, column: FIRST_DATA_COLUMN + i, role: "header", value: headerText(column) });
      cells.push({ row: row + 1, column: FIRST_DATA_COLUMN + i, role: "header-number", value: `(${column.number})` });
    });
    row += 2;
    let ordinal = 0;
    for (const r of section.rows) {
      if (r.level === 0) ordinal++;
      cells.push({ row, column: 1, role: "stt", value: sttText(r.level, ordinal) });
      const label = r.unit && section.columns.length === 1 && !section.columns[0]?.unit && r.unit !== "%" ? `${r.label} (${r.unit})` : r.label;
      cells.push({ row, column: 2, role: "label", value: label, indent: r.level });
      cells.push({ row, column: 3, role: "code", value: r.code });
      section.columns.forEach((column, i) => {
        const spec = annex.index.cell(r.code, column.number);
        if (!spec) return;
        positions.set(cellKey(r.code, column.number), cellAddress(row, FIRST_DATA_COLUMN + i));
        dataRows.push({ spec, row, column: FIRST_DATA_COLUMN + i });
      });
      row++;
    }
    row++;
  });
  const tableBottom = row - 2;

  for (const { spec, row: r, column } of dataRows) {
    const key = cellKey(spec.row.code, spec.column.number);
    const deriving = annex.derivedBy.get(key);
    if (deriving) {
      const formula = excelFormula(deriving, (c) => positions.get(cellKey(c.row, c.column)) ?? "", spec.decimals.default);
      cells.push({ row: r, column, role: "derived", key, formula, numberFormat: cellNumberFormat(spec) });
    } else {
      cells.push({ row: r, column, role: "input", key, numberFormat: cellNumberFormat(spec), validation: validationFor(annex, spec) });
    }
  }

  span(row++, 1, "legend-title", "Ghi chú:", width);
  const audience = options.audience ?? { kind: "unit" };
  if (audience.kind === "national") {
    for (const line of [...audience.coverage, ...audience.notes]) span(row++, 1, "legend", `- ${line}`, width);
  } else {
    for (const rule of annex.rules) span(row++, 1, "legend", `- ${ruleText(rule, "vi")}`, width);
    span(row++, 1, "legend", "- Các ô tô nền được tính tự động bằng công thức; chỉ nhập số liệu vào các ô trắng.", width);
  }
  row++;
  span(row, FIRST_DATA_COLUMN, "signature-date", "…………, ngày …… tháng …… năm ……", dataColumns);
  row++;
  span(row, 1, "signature-title", "NGƯỜI LẬP BIỂU", 2);
  span(row, FIRST_DATA_COLUMN, "signature-title", "THỦ TRƯỞNG ĐƠN VỊ", dataColumns);
  row++;
  span(row, 1, "signature-note", "(Ký, ghi rõ họ tên)", 2);
  span(row, FIRST_DATA_COLUMN, "signature-note", "(Ký tên, đóng dấu)", dataColumns);

  const dataWidth = Math.max(DATA_WIDTH, Math.ceil(PARTY_NAME_WIDTH / dataColumns));
  const columnWidths = [...LEAD_WIDTHS, ...Array.from({ length: dataColumns }, () => dataWidth)];
  const rowHeights = rowHeightsOf(cells, columnWidths);
  const DEFAULT_ROW = lineHeight(12) + 2;
  let height = 0;
  for (let r = 1; r <= row; r++) height += rowHeights.get(r) ?? DEFAULT_ROW;
  const fit = fitPage(
    columnWidths.reduce((a, b) => a + b, 0),
    height,
  );
  return {
    annex: annex.code,
    sheetName: annex.code,
    columnWidths,
    cells,
    printTitleRows: printTitles,
    table: { top: tableTop, left: 1, bottom: tableBottom, right: lastColumn },
    dataCells: positions,
    rowHeights,
    page: { paper: "A4", orientation: fit.orientation, fitToWidth: true, fitToHeight: fit.fitToHeight },
    protect: true,
  };
}
