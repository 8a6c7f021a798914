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
});
