import type { Workbook } from "exceljs";
import { cellNumberFormat, periodLabel, type Annex, type AnnexFigures, type ConsolidatedAnnex, type ConsolidationResult, type UnitStatus } from "@phuluc/core";
import { perUnitSheetName } from "./sheet-names.js";
import { style } from "./sheet-style.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

function statusNote(status: UnitStatus | undefined, applies: boolean, filed: boolean): string {
  if (!applies) return "Không áp dụng";
  if (!status || status.status === "missing") return "Chưa nộp báo cáo";
  if (status.status === "excluded") return "Không tổng hợp: số liệu có lỗi";
  if (!filed) return "Thiếu phụ lục";
  return status.includedWithErrors ? "Đã tổng hợp (còn lỗi)" : "";
}

/**
 * One row per unit for an annex, grouped (regions by default) with a
 * sub-total row per group and the national row last. Columns: unit code,
 * unit name, then every cell of the annex under `Mã số 01` / `(1)` headers.
 */
export function addPerUnitSheet(workbook: Workbook, annex: Annex, consolidated: ConsolidatedAnnex, result: ConsolidationResult): void {
  const sheet = workbook.addWorksheet(perUnitSheetName(annex.code), { properties: { tabColor: { argb: "FF7F7F7F" } } });
  const specs = annex.index.cells;
  const last = 3 + specs.length;
  sheet.getColumn(1).width = 9;
  sheet.getColumn(2).width = 34;
  for (let c = 3; c < last; c++) sheet.getColumn(c).width = 12;
  sheet.getColumn(last).width = 26;

  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = `${annex.code}. ${annex.title.toLocaleUpperCase("vi")} — SỐ LIỆU THEO ĐƠN VỊ`;
  style.title(sheet.getCell(1, 1));
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value = `Kỳ báo cáo: ${periodLabel(result.period)} · ${result.groupingName}`;
  style.subtitle(sheet.getCell(2, 1));

  const h1 = sheet.getRow(4);
  const h2 = sheet.getRow(5);
  h1.values = ["Mã đơn vị", "Đơn vị"];
  sheet.mergeCells(4, 1, 5, 1);
  sheet.mergeCells(4, 2, 5, 2);
  specs.forEach((spec, i) => {
    h1.getCell(3 + i).value = `Mã số ${spec.row.code}`;
    h2.getCell(3 + i).value = `(${spec.column.number})`;
  });
  h1.getCell(last).value = "Ghi chú";
  sheet.mergeCells(4, last, 5, last);
  style.header(h1, 1, last);
  style.header(h2, 1, last);
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: 5 }];

  const statuses = new Map(result.units.map((u) => [u.unit.code, u]));
  const figures = (row: number, fig: AnnexFigures | undefined) => {
    specs.forEach((spec, i) => {
      const v = fig?.get(`${spec.row.code}.${spec.column.number}`);
      const cell = sheet.getRow(row).getCell(3 + i);
      cell.value = v === undefined || v === null ? null : v.toNumber();
      cell.numFmt = cellNumberFormat(spec);
    });
  };
  let row = 6;
  consolidated.groups.forEach((group, g) => {
    const title = sheet.getRow(row);
    title.getCell(1).value = ROMAN[g] ?? String(g + 1);
    title.getCell(2).value = group.name;
    style.body(title, 1, last, { bold: true });
    row++;
    const codes = group.members;
    for (const code of codes) {
      const status = statuses.get(code);
      const r = sheet.getRow(row);
      r.getCell(1).value = code;
      r.getCell(2).value = status?.unit.name ?? code;
      const applies = !annex.unitKinds || (status ? annex.unitKinds.includes(status.unit.kind) : true);
      figures(row, consolidated.units.get(code));
      r.getCell(last).value = statusNote(status, applies, consolidated.units.has(code));
      style.body(r, 1, last);
      row++;
    }
    const sub = sheet.getRow(row);
    sub.getCell(2).value = `Cộng ${group.name}`;
    figures(row, group.figures);
    style.body(sub, 1, last, { bold: true, fill: "FFF2F2F2" });
    row++;
  });
  const national = sheet.getRow(row);
  national.getCell(2).value = "TOÀN QUỐC";
  const nationalFigures = new Map([...consolidated.national].map(([k, f]) => [k, f.value]));
  figures(row, nationalFigures);
  style.body(national, 1, last, { bold: true, fill: "FFE4ECF7" });
}
