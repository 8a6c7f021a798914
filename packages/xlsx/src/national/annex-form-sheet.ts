import type { DrawnWorkbook } from "../sheet-writer/index.js";
import { formatVietnameseDate, layoutAnnex, periodLabel, sheetNumber, type Annex, type ConsolidatedAnnex, type Period } from "@phuluc/core";
import { renderLayout, type CellFill } from "../template/render-layout.js";

/**
 * A consolidated annex in the same form shape as the units' annexes: inputs
 * hold the sums, derived cells keep their formulas with the recomputed
 * results, so the sheet reads back like any unit's sheet. Under the table:
 * the coverage line and notes for the national reader, not the officer's
 * entry instructions.
 */
export function addAnnexFormSheet(
  workbook: DrawnWorkbook,
  annex: Annex,
  consolidated: ConsolidatedAnnex,
  header: { unitName: string; period: Period; cutOff?: string; coverage: readonly string[]; notes: readonly string[] },
): void {
  const sheet = workbook.addWorksheet(annex.code, { properties: { tabColor: { argb: "FF1F4E79" } } });
  const layout = layoutAnnex(annex, {
    unitName: header.unitName,
    periodLabel: periodLabel(header.period),
    ...(header.cutOff ? { cutOff: formatVietnameseDate(header.cutOff) } : {}),
    audience: { kind: "national", coverage: header.coverage, notes: header.notes },
  });
  const fills = new Map<string, CellFill>();
  for (const [key, figure] of consolidated.national) {
    const v = figure.value === null ? "" : (sheetNumber(figure.value) ?? "");
    fills.set(key, figure.derived ? { result: v } : { value: v });
  }
  // Cells no unit filled stay empty rather than 0: nobody reported them.
  renderLayout(sheet, layout, fills);
}
