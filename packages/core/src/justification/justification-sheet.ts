import { cellAddress, sheetAddress } from "../layout/address.js";
import type { Justification } from "./justification.js";

/** Name of the sheet where a unit justifies warnings. */
export const JUSTIFICATION_SHEET = "Giải trình";

/**
 * The sheet's table, shared by the template (which writes it), the reader
 * and the add-in (which writes one line): headers on row 4, one line per
 * justification from row 5, columns A–E.
 */
export const JUSTIFICATION_TABLE = {
  headerRow: 4,
  firstRow: 5,
  columns: { number: 1, cell: 2, rule: 3, value: 4, text: 5 },
  headers: ["STT", "Ô có cảnh báo", "Quy tắc", "Giá trị khi giải trình", "Nội dung giải trình"],
  /** Column widths in characters, A–E. */
  widths: [6, 16, 22, 14, 80],
  /** Numbered empty lines ready to type in, after the lines written. */
  emptyLines: 30,
  /** Tab colour (amber, as the warnings). */
  tabColor: "BF8F00",
  /** Fill of the header row. */
  headerFill: "D9E1F2",
} as const;

/** Lines printed above the table. */
export const JUSTIFICATION_HEADING = [
  "GIẢI TRÌNH CÁC CẢNH BÁO",
  "Mỗi dòng giải trình một cảnh báo (ô tô vàng) mà đơn vị xác nhận số liệu là đúng: ghi ô và quy tắc như trong danh sách cảnh báo, giá trị của ô lúc giải trình, và lý do. Lỗi (ô tô đỏ) không được giải trình mà phải sửa số liệu.",
  "Khi số liệu của ô thay đổi, giải trình cũ không còn áp dụng và được báo lại để xem xét.",
] as const;

/** One cell of the sheet to write: address on the sheet, and its value. */
export interface JustificationCell {
  /** `B5`. */
  address: string;
  /** `'Giải trình'!B5`. */
  reference: string;
  value: string | number;
}

/** The cells of line `index` (0 for the first line) holding a justification. */
export function justificationCells(justification: Justification, index: number): JustificationCell[] {
  const { firstRow, columns } = JUSTIFICATION_TABLE;
  const row = firstRow + index;
  const values: [number, string | number][] = [
    [columns.number, index + 1],
    [columns.cell, justification.cell],
    [columns.rule, justification.rule],
    [columns.value, justification.value === undefined ? "" : Number(justification.value)],
    [columns.text, justification.text],
  ];
  return values.map(([column, value]) => {
    const address = cellAddress(row, column);
    return { address, reference: sheetAddress(JUSTIFICATION_SHEET, address), value };
  });
}
