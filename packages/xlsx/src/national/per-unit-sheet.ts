import type { DrawnRow as Row, DrawnWorkbook } from "../sheet-writer/index.js";
import {
  cellKey,
  cellNumberFormat,
  formatVietnameseDate,
  headerText,
  lineHeight,
  periodLabel,
  sheetNumber,
  wrappedLines,
  type Annex,
  type AnnexFigures,
  type ConsolidatedAnnex,
  type ConsolidationResult,
  type UnitStatus,
} from "@phuluc/core";
import type { NationalWorkbookInput } from "./national-input.js";
import { perUnitSheetName } from "./sheet-names.js";
import { style } from "./sheet-style.js";
import { carrierTable, type TableRow, type WrittenTable } from "./written-table.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const HEADER_ROW = 5;
const FIRST_BODY_ROW = HEADER_ROW + 3;

function statusNote(status: UnitStatus | undefined, applies: boolean, filed: boolean): string {
  if (!applies) return "Không áp dụng";
  if (!status || status.status === "missing") return "Chưa nộp báo cáo";
  if (status.reason === "unreadable") return "Không tổng hợp: tệp không đọc được";
  if (status.status === "excluded") return "Không tổng hợp: số liệu có lỗi";
  if (!filed) return "Thiếu phụ lục";
  return status.includedWithErrors ? "Đã tổng hợp (còn lỗi)" : "";
}

/** The body rows of an annex's table, each made on demand: per group its title, its units and its sub-total; the national row last. */
class AnnexTableRows {
  private readonly keys: readonly string[];
  private readonly statuses: ReadonlyMap<string, UnitStatus>;

  constructor(
    private readonly annex: Annex,
    private readonly consolidated: ConsolidatedAnnex,
    result: ConsolidationResult,
    private readonly unitFigures?: NationalWorkbookInput["unitFigures"],
  ) {
    this.keys = annex.index.cells.map((spec) => cellKey(spec.row.code, spec.column.number));
    this.statuses = new Map(result.units.map((u) => [u.unit.code, u]));
  }

  get count(): number {
    return this.consolidated.groups.reduce((n, g) => n + g.members.length + 2, 0) + 1;
  }

  private figures(fig: AnnexFigures | undefined): (number | null)[] {
    return this.keys.map((key) => {
      const v = fig?.get(key);
      return v === undefined || v === null ? null : sheetNumber(v);
    });
  }

  groupRow(g: number): TableRow {
    return { kind: "group", values: [ROMAN[g] ?? String(g + 1), this.consolidated.groups[g]?.name ?? "", ...this.keys.map(() => null), null] };
  }

  /** An included unit's figures; empty cells for any other unit. */
  private unitValues(code: string): (number | null)[] {
    const { consolidated, unitFigures } = this;
    if (!consolidated.units.has(code)) return this.keys.map(() => null);
    if (!unitFigures) return this.figures(consolidated.units.get(code));
    const row = unitFigures(this.annex.code, code);
    return this.keys.map((_, i) => {
      const v = row?.[i];
      return v === undefined || Number.isNaN(v) ? null : v;
    });
  }

  unitRow(code: string): TableRow {
    const { annex, consolidated } = this;
    const status = this.statuses.get(code);
    const applies = !annex.unitKinds || (status ? annex.unitKinds.includes(status.unit.kind) : true);
    return {
      kind: "unit",
      values: [code, status?.unit.name ?? code, ...this.unitValues(code), statusNote(status, applies, consolidated.units.has(code))],
    };
  }

  subtotalRow(g: number): TableRow {
    const group = this.consolidated.groups[g];
    return { kind: "subtotal", values: [null, `Cộng ${group?.name ?? ""}`, ...this.figures(group?.figures), null] };
  }

  nationalRow(): TableRow {
    const national = new Map([...this.consolidated.national].map(([k, f]) => [k, f.value]));
    return { kind: "national", values: [null, "TOÀN QUỐC", ...this.figures(national), null] };
  }

  /** One row of each kind present, in the order rows come. */
  carriers(): TableRow[] {
    const groups = this.consolidated.groups;
    const firstMember = groups.find((g) => g.members.length > 0)?.members[0];
    return [
      ...(groups.length > 0 ? [this.groupRow(0)] : []),
      ...(firstMember !== undefined ? [this.unitRow(firstMember)] : []),
      ...(groups.length > 0 ? [this.subtotalRow(0)] : []),
      this.nationalRow(),
    ];
  }

  *rows(): Generator<TableRow> {
    const groups = this.consolidated.groups;
    for (let g = 0; g < groups.length; g++) {
      yield this.groupRow(g);
      for (const code of groups[g]?.members ?? []) yield this.unitRow(code);
      yield this.subtotalRow(g);
    }
    yield this.nationalRow();
  }
}

/**
 * One row per unit for an annex, grouped (regions by default) with a
 * sub-total row per group and the national row last. Under the title,
 * period, cut-off and coverage lines, columns: unit code, unit name, then
 * every cell of the annex headed by its indicator (merged over its
 * columns), its column and its number `(1)`.
 * The heading and one row of each kind (their styles) are drawn; the
 * full body is written into the sheet afterwards (see expandTables), which
 * keeps 10,000 units fast and small in memory.
 */
export function addPerUnitSheet(
  workbook: DrawnWorkbook,
  annex: Annex,
  consolidated: ConsolidatedAnnex,
  result: ConsolidationResult,
  heading: { cutOff?: string; coverage: string },
  unitFigures?: NationalWorkbookInput["unitFigures"],
): WrittenTable {
  const sheet = workbook.addWorksheet(perUnitSheetName(annex.code), { properties: { tabColor: { argb: "FF7F7F7F" } } });
  const specs = annex.index.cells;
  const last = 3 + specs.length;
  const widths = [9, 34, ...specs.map(() => 12), 26];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));

  const dated = heading.cutOff ? ` · Số liệu tính đến ngày ${formatVietnameseDate(heading.cutOff)}` : "";
  style.heading(sheet, widths, `${annex.code}. ${annex.title.toLocaleUpperCase("vi")} — SỐ LIỆU THEO ĐƠN VỊ`, [
    `Kỳ báo cáo: ${periodLabel(result.period)}${dated} · ${result.groupingName}`,
    heading.coverage,
  ]);

  // Three header rows: the indicator (merged over its columns), the column, its number.
  const [h1, h2, h3] = [HEADER_ROW, HEADER_ROW + 1, HEADER_ROW + 2].map((r) => sheet.getRow(r)) as [Row, Row, Row];
  h1.getCell(1).value = "Mã đơn vị";
  h1.getCell(2).value = "Đơn vị";
  h1.getCell(last).value = "Ghi chú";
  for (const c of [1, 2, last]) sheet.mergeCells(HEADER_ROW, c, HEADER_ROW + 2, c);
  let tallest = 1;
  for (let i = 0; i < specs.length; ) {
    const spec = specs[i] as (typeof specs)[number];
    let j = i;
    while (j + 1 < specs.length && specs[j + 1]?.row.code === spec.row.code) j++;
    const label = `${spec.row.label} (mã số ${spec.row.code})`;
    h1.getCell(3 + i).value = label;
    if (j > i) sheet.mergeCells(HEADER_ROW, 3 + i, HEADER_ROW, 3 + j);
    tallest = Math.max(tallest, wrappedLines(label, { size: 11, bold: true }, 12 * (j - i + 1)));
    i = j + 1;
  }
  let tallestColumn = 1;
  specs.forEach((spec, i) => {
    const text = headerText(spec.column);
    h2.getCell(3 + i).value = text;
    tallestColumn = Math.max(tallestColumn, wrappedLines(text, { size: 11, bold: true }, 12));
    h3.getCell(3 + i).value = `(${spec.column.number})`;
  });
  h1.height = tallest * lineHeight(11) + 6;
  h2.height = tallestColumn * lineHeight(11) + 6;
  for (const r of [h1, h2, h3]) style.header(r, 1, last);
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: FIRST_BODY_ROW - 1 }];
  const bodyRows = consolidated.groups.reduce((n, g) => n + g.members.length + 2, 0) + 1;
  style.printable(sheet, widths, 120 + 16 * bodyRows, `${HEADER_ROW}:${HEADER_ROW + 2}`);

  const table = new AnnexTableRows(annex, consolidated, result, unitFigures);
  const numberFormats = (r: Row) => specs.forEach((spec, s) => (r.getCell(3 + s).numFmt = cellNumberFormat(spec)));
  const looks: Record<string, (r: Row) => void> = {
    group: (r) => style.body(r, 1, last, { bold: true }),
    unit: (r) => style.body(r, 1, last),
    subtotal: (r) => style.body(r, 1, last, { bold: true, fill: "FFF2F2F2" }),
    national: (r) => style.body(r, 1, last, { bold: true, fill: "FFE4ECF7" }),
  };
  const carriers = table.carriers().map((row) => ({
    row,
    look: (r: Row) => {
      numberFormats(r);
      looks[row.kind]?.(r);
    },
  }));
  return carrierTable(sheet, { firstRow: FIRST_BODY_ROW, columns: last, rowCount: table.count, rows: () => table.rows() }, carriers);
}
