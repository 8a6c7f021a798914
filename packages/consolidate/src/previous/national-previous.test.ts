import { catalogue2022 } from "@phuluc/core";
import type { RawSheet, RawSheetCell, RawWorkbook } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import { isNationalWorkbook, nationalPeriod, nationalUnitFigures } from "./national-previous.js";

function sheet(name: string, rows: Record<number, unknown[]>): RawSheet {
  const cells: RawSheetCell[] = [];
  for (const [r, values] of Object.entries(rows)) {
    values.forEach((value, i) => {
      if (value === undefined) return;
      cells.push({ row: Number(r), col: i + 1, address: `${String.fromCharCode(65 + i)}${r}`, value: value as RawSheetCell["value"], numberFormat: "General" });
    });
  }
  return { name, state: "visible", index: 0, cells, merges: [], cell: (row, col) => cells.find((c) => c.row === row && c.col === col) };
}

const workbook: RawWorkbook = {
  sheets: [
    sheet("ĐV PL07", {
      1: ["PL07. KIỂM TRA, GIÁM SÁT — SỐ LIỆU THEO ĐƠN VỊ"],
      2: ["Kỳ báo cáo: năm 2021 · Vùng kinh tế - xã hội"],
      4: ["Mã đơn vị", "Đơn vị", "Mã số 01", "Mã số 02", "Ghi chú"],
      5: [undefined, undefined, "(1)", "(1)"],
      6: ["I", "Trung du và miền núi phía Bắc"],
      7: ["02", "Hà Giang", 12, 7],
      8: ["04", "Cao Bằng", null, null, "Chưa nộp báo cáo"],
      9: [undefined, "Cộng Trung du và miền núi phía Bắc", 12, 7],
      10: [undefined, "TOÀN QUỐC", 12, 7],
    }),
  ],
  definedNames: [],
  hasMacros: false,
  date1904: false,
};

describe("reading a national workbook as the previous period", () => {
  it("recognises it and its period", () => {
    expect(isNationalWorkbook(workbook)).toBe(true);
    expect(nationalPeriod(workbook)?.id).toBe("2021-Y");
  });

  it("takes each unit's inputs from the per-unit sheets, skipping groups, totals and units without figures", () => {
    const units = nationalUnitFigures(workbook, catalogue2022(), new Set(["02", "04"]));
    expect([...units.keys()]).toEqual(["02"]);
    const pl07 = units.get("02")?.get("PL07");
    expect(Object.fromEntries([...(pl07 ?? new Map())].map(([k, v]) => [k, v.toNumber()]))).toEqual({ "01.1": 12, "02.1": 7 });
  });

  it("reads the columns under indicators merged over their columns, with the columns' names between them and their numbers", () => {
    const current: RawWorkbook = {
      ...workbook,
      sheets: [
        sheet("ĐV PL01", {
          1: ["PL01. QUY HOẠCH CÁN BỘ — SỐ LIỆU THEO ĐƠN VỊ"],
          2: ["Kỳ báo cáo: năm 2021 · Số liệu tính đến ngày 05/12/2021 · Vùng kinh tế - xã hội"],
          3: ["Số liệu của 67/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2021."],
          5: [
            "Mã đơn vị",
            "Đơn vị",
            "Quy hoạch ủy viên Ban Chấp hành đảng bộ tỉnh (mã số 01)",
            undefined,
            undefined,
            "Quy hoạch ủy viên Ban Thường vụ (mã số 02)",
            undefined,
            "Ghi chú",
          ],
          6: [undefined, undefined, "Tổng số (lượt)", "Nữ", "Tỷ lệ nữ (%)", "Tổng số (lượt)", "Nữ"],
          7: [undefined, undefined, "(1)", "(2)", "(3)", "(1)", "(2)"],
          8: ["I", "Trung du và miền núi phía Bắc"],
          9: ["02", "Hà Giang", 40, 10, 25, 12, 3],
        }),
      ],
    };
    expect(nationalPeriod(current)?.id).toBe("2021-Y");
    const pl01 = nationalUnitFigures(current, catalogue2022(), new Set(["02"]))
      .get("02")
      ?.get("PL01");
    // 01.3 is derived (recomputed later), so not taken.
    expect(Object.fromEntries([...(pl01 ?? new Map())].map(([k, v]) => [k, v.toNumber()]))).toEqual({ "01.1": 40, "01.2": 10, "02.1": 12, "02.2": 3 });
  });

  it("takes the period from _meta, which every national workbook has", () => {
    const withMeta: RawWorkbook = {
      ...workbook,
      sheets: [
        sheet("ĐV PL07", { 1: ["PL07. KIỂM TRA, GIÁM SÁT — SỐ LIỆU THEO ĐƠN VỊ"], 4: ["Mã đơn vị", "Đơn vị", "Mã số 01"], 5: [undefined, undefined, "(1)"] }),
        sheet("_meta", {
          1: ["template", "phuluc-annex-workbook"],
          2: ["catalogueVersion", "2022.1"],
          3: ["unit", ""],
          4: ["unitName", "Ban Tổ chức Trung ương"],
          5: ["period", "2022-H1"],
        }),
      ],
    };
    expect(nationalPeriod(withMeta)?.id).toBe("2022-H1");
  });
});
