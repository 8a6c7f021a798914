import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { layoutAnnex } from "./layout-annex.js";
import type { FormLayout, LayoutCell } from "./form-layout.js";

const catalogue = catalogue2022();
const options = { unitName: "Tỉnh ủy Quảng Ngãi", periodLabel: "năm 2022", cutOff: "05/12/2022" };
const layoutOf = (code: string): FormLayout => layoutAnnex(catalogue.annex(code)!, options);
const at = (layout: FormLayout, row: number, column: number): LayoutCell | undefined =>
  layout.cells.find((c) => c.row === row && c.column === column && c.role !== "input" && c.role !== "derived") ??
  layout.cells.find((c) => c.row === row && c.column === column);

describe("layoutAnnex", () => {
  it("puts the heading block first: unit, title, period, cut-off", () => {
    const l = layoutOf("PL01");
    expect(at(l, 1, 1)).toMatchObject({ role: "unit-name", value: "TỈNH ỦY QUẢNG NGÃI", colSpan: 3 });
    expect(at(l, 1, 4)).toMatchObject({ role: "party-name", value: "ĐẢNG CỘNG SẢN VIỆT NAM", colSpan: 7 });
    expect(at(l, 4, 1)).toMatchObject({ role: "title", value: "PL01. QUY HOẠCH CÁN BỘ", colSpan: 10 });
    expect(at(l, 5, 1)?.value).toBe("Kỳ báo cáo: năm 2022");
    expect(at(l, 6, 1)?.value).toBe("Số liệu tính đến ngày 05/12/2022");
  });

  it("writes the header row over the numbering row STT | Chỉ tiêu | Mã số | (1) … (7)", () => {
    const l = layoutOf("PL01");
    const top = l.table.top;
    expect([1, 2, 3].map((c) => at(l, top, c)?.value)).toEqual(["STT", "Chỉ tiêu", "Mã số"]);
    expect(at(l, top, 1)?.rowSpan).toBe(2);
    expect(at(l, top, 4)?.value).toBe("Tổng số (lượt)");
    expect(at(l, top, 6)?.value).toBe("Tỷ lệ nữ (%)");
    expect(Array.from({ length: 7 }, (_, i) => at(l, top + 1, 4 + i)?.value)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
    expect(l.printTitleRows).toEqual({ from: top, to: top + 1 });
  });

  it("fills derived cells with formulas and leaves inputs with whole-number validation", () => {
    const l = layoutOf("PL01");
    const first = l.table.top + 2;
    expect(l.dataCells.get("01.1")).toBe(`D${first}`);
    const pct = l.cells.find((c) => c.key === "01.3");
    expect(pct).toMatchObject({ role: "derived", formula: `IF(N(D${first})=0,"",ROUND(E${first}/D${first}*100,1))`, numberFormat: "[$-42A]0.0" });
    const input = l.cells.find((c) => c.key === "01.2");
    expect(input).toMatchObject({ role: "input", numberFormat: "[$-42A]#,##0", validation: { type: "whole", min: 0 } });
  });

  it("writes sums with contiguous ranges and lists, and indents labels", () => {
    const l = layoutOf("PL02");
    const row = (code: string) => Number(l.dataCells.get(`${code}.1`)?.slice(1));
    expect(l.cells.find((c) => c.key === "02.1")?.formula).toBe(`SUM(D${row("03")}:D${row("08")})`);
    expect(l.cells.find((c) => c.key === "01.1")?.formula).toBe(`SUM(D${row("02")},D${row("09")},D${row("10")})`);
    expect(l.cells.find((c) => c.role === "label" && c.value === "từ tỉnh về xã")?.indent).toBe(2);
    expect(l.cells.find((c) => c.row === row("03") && c.column === 1)?.value).toBe("+");
  });

  it("gives each section of PL03 its own header block and PL05 its difference and percentage", () => {
    const l = layoutOf("PL03");
    const sections = l.cells.filter((c) => c.role === "section").map((c) => c.value);
    expect(sections).toEqual(["A. Cán bộ được cử đi đào tạo, bồi dưỡng", "B. Tuyển sinh cao cấp lý luận chính trị so với kế hoạch"]);
    expect(l.cells.filter((c) => c.value === "Mã số")).toHaveLength(2);
    expect(l.cells.find((c) => c.key === "05.3")?.numberFormat).toBe("[$-42A]0.00");
    const p5 = layoutOf("PL05");
    const r = (code: string) => p5.dataCells.get(`${code}.1`);
    expect(p5.cells.find((c) => c.key === "03.1")?.formula).toBe(`${r("01")}-${r("02")}`);
    expect(p5.cells.find((c) => c.key === "04.1")?.formula).toBe(`IF(N(${r("01")})=0,"",ROUND(${r("02")}/${r("01")}*100,1))`);
  });

  it("prints the rules under the table and the signature block", () => {
    const l = layoutOf("PL02");
    const legend = l.cells.filter((c) => c.role === "legend").map((c) => c.value);
    expect(legend).toContain("- 01 = 02 + 09 + 10");
    expect(legend).toContain("- 02 = 03 + 04 + 05 + 06 + 07 + 08");
    const sig = l.cells.filter((c) => c.role === "signature-title").map((c) => c.value);
    expect(sig).toEqual(["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"]);
  });

  it("lays out every annex with one data cell per declared cell and no overlapping cells", () => {
    for (const annex of catalogue.annexes) {
      const l = layoutAnnex(annex, options);
      expect(l.dataCells.size).toBe(annex.index.cells.length);
      const seen = new Set<string>();
      for (const c of l.cells) {
        const k = `${c.row}:${c.column}`;
        expect(seen.has(k), `${annex.code} ${k}`).toBe(false);
        seen.add(k);
      }
    }
  });

  it("chooses the page by the form's width and keeps each form on one page with its signature block", () => {
    for (const annex of catalogue.annexes) {
      const l = layoutAnnex(annex, options);
      expect(l.page, annex.code).toMatchObject({ paper: "A4", fitToHeight: 1 });
    }
    expect(layoutOf("PL02").page.orientation).toBe("portrait");
    expect(layoutOf("PL01").page.orientation).toBe("landscape");
  });

  it("keeps ĐẢNG CỘNG SẢN VIỆT NAM on one line and gives every section's header row the height its headers wrap to", () => {
    for (const annex of catalogue.annexes) {
      const l = layoutAnnex(annex, options);
      const span = l.columnWidths.slice(3).reduce((a, b) => a + b, 0);
      expect(span, annex.code).toBeGreaterThanOrEqual(38);
      expect(l.rowHeights.get(1), annex.code).toBeUndefined();
    }
    const l = layoutOf("PL03");
    const headerRows = [...new Set(l.cells.filter((c) => c.role === "header" && c.value === "STT").map((c) => c.row))];
    expect(headerRows).toHaveLength(2);
    const partB = headerRows[1]!;
    expect(l.cells.find((c) => c.row === partB && c.value === "Chỉ tiêu kế hoạch (học viên)")).toBeDefined();
    // 28 characters in bold over a 14-wide column: three lines of 12-point text.
    expect(l.rowHeights.get(partB)).toBeGreaterThanOrEqual(3 * 16);
  });

  it("writes notes for the national reader under a consolidated table: its coverage, no rules or entry instruction", () => {
    const coverage = ["Số liệu của 63/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022."];
    const l = layoutAnnex(catalogue.annex("PL06")!, { ...options, audience: { kind: "national", coverage, notes: catalogue.nationalNotes } });
    const legend = l.cells.filter((c) => c.role === "legend").map((c) => c.value);
    expect(legend[0]).toBe(`- ${coverage[0]}`);
    expect(legend.slice(1)).toEqual(catalogue.nationalNotes.map((n) => `- ${n}`));
    expect(legend[1]).toBe(
      "- Số liệu toàn quốc là tổng số liệu của các đơn vị đã tổng hợp; tỷ lệ được tính lại từ số tổng hợp, không lấy bình quân tỷ lệ của các đơn vị.",
    );
    expect(legend.some((t) => String(t).includes("≤"))).toBe(false);
    expect(legend.some((t) => String(t).includes("chỉ nhập số liệu"))).toBe(false);
    expect(at(l, 6, 1)?.value).toBe("Số liệu tính đến ngày 05/12/2022");
  });
});
