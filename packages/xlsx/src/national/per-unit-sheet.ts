import type { Workbook } from "exceljs";
import { cellNumberFormat, periodLabel, type Annex, type AnnexFigures, type ConsolidatedAnnex, type ConsolidationResult, type UnitStatus } from "@phuluc/core";
import { perUnitSheetName } from "./sheet-names.js";
import { style } from "./sheet-style.js";
import type { TableRow, WrittenTable } from "./written-table.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const FIRST_BODY_ROW = 6;

function statusNote(status: UnitStatus | undefined, applies: boolean, filed: boolean): string {
  if (!applies) return "Không áp dụng";
  if (!status || status.status === "missing") return "Chưa nộp báo cáo";
  if (status.status === "excluded") return "Không tổng hợp: số liệu có lỗi";
  if (!filed) return "Thiếu phụ lục";
  return status.includedWithErrors ? "Đã tổng hợp (còn lỗi)" : "";
}

/** Every body row of the table: per group its title, its units and its sub-total; the national row last. */
function tableRows(annex: Annex, consolidated: ConsolidatedAnnex, result: ConsolidationResult): TableRow[] {
  const specs = annex.index.cells;
  const statuses = new Map(result.units.map((u) => [u.unit.code, u]));
  const figures = (fig: AnnexFigures | undefined) =>
    specs.map((spec) => {
      const v = fig?.get(`${spec.row.code}.${spec.column.number}`);
      return v === undefined || v === null ? null : v.toNumber();
    });
  const rows: TableRow[] = [];
  consolidated.groups.forEach((group, g) => {
    rows.push({ kind: "group", values: [ROMAN[g] ?? String(g + 1), group.name, ...specs.map(() => null), null] });
    for (const code of group.members) {
      const status = statuses.get(code);
      const applies = !annex.unitKinds || (status ? annex.unitKinds.includes(status.unit.kind) : true);
      rows.push({
        kind: "unit",
        values: [code, status?.unit.name ?? code, ...figures(consolidated.units.get(code)), statusNote(status, applies, consolidated.units.has(code))],
      });
    }
    rows.push({ kind: "subtotal", values: [null, `Cộng ${group.name}`, ...figures(group.figures), null] });
  });
  const national = new Map([...consolidated.national].map(([k, f]) => [k, f.value]));
  rows.push({ kind: "national", values: [null, "TOÀN QUỐC", ...figures(national), null] });
  return rows;
}

/**
 * One row per unit for an annex, grouped (regions by default) with a
 * sub-total row per group and the national row last. Columns: unit code,
 * unit name, then every cell of the annex under `Mã số 01` / `(1)` headers.
 * exceljs renders the heading and one row of each kind (their styles); the
 * full body is written into the sheet afterwards (see expandTables), which
 * keeps 10,000 units fast and small in memory.
 */
export function addPerUnitSheet(workbook: Workbook, annex: Annex, consolidated: ConsolidatedAnnex, result: ConsolidationResult): WrittenTable {
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
  style.printable(sheet, "4:5");

  const rows = tableRows(annex, consolidated, result);
  const carriers = (["group", "unit", "subtotal", "national"] as const).map((kind) => rows.find((r) => r.kind === kind)).filter((r): r is TableRow => r !== undefined);
  carriers.forEach((carrier, i) => {
    const r = sheet.getRow(FIRST_BODY_ROW + i);
    carrier.values.forEach((v, c) => (r.getCell(c + 1).value = v));
    specs.forEach((spec, s) => (r.getCell(3 + s).numFmt = cellNumberFormat(spec)));
    if (carrier.kind === "group") style.body(r, 1, last, { bold: true });
    else if (carrier.kind === "unit") style.body(r, 1, last);
    else if (carrier.kind === "subtotal") style.body(r, 1, last, { bold: true, fill: "FFF2F2F2" });
    else style.body(r, 1, last, { bold: true, fill: "FFE4ECF7" });
  });
  return { sheetId: sheet.id, firstRow: FIRST_BODY_ROW, columns: last, carrierKinds: carriers.map((c) => c.kind), rows };
}
