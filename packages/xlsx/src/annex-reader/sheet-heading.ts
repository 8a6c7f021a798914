import type { RawSheet } from "../reader/index.js";
import { cellText } from "./cell-text.js";

/** What the heading block of a form says, as written. */
export interface SheetHeading {
  /** Top-left: the committee's name, `TỈNH ỦY QUẢNG NGÃI`. */
  unitName?: string;
  unitCell?: string;
  /** `Kỳ báo cáo: năm 2022`. */
  periodText?: string;
  /** `Số liệu tính đến ngày 05/12/2022`. */
  cutOffText?: string;
  /** Catalogue version from `Biểu PL01 (mẫu 2022.1)`. */
  version?: string;
}

const raw = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : "");

/** Reads the heading block above the table (the first rows of the sheet). */
export function readHeading(sheet: RawSheet): SheetHeading {
  const heading: SheetHeading = {};
  for (const cell of sheet.cells) {
    if (cell.row > 12) break;
    const text = cellText(cell);
    if (!text) continue;
    if (heading.unitName === undefined && cell.col === 1 && cell.row <= 3 && text !== "*") {
      heading.unitName = raw(cell.value);
      heading.unitCell = cell.address;
    } else if (text.startsWith("kỳ báo cáo")) heading.periodText = raw(cell.value);
    else if (text.includes("tính đến ngày")) heading.cutOffText = raw(cell.value);
    else {
      const version = /\(mẫu ([0-9.]+)\)/.exec(text);
      if (version?.[1]) heading.version = version[1];
    }
  }
  return heading;
}
