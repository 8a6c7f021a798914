import { layoutAnnex, type Annex } from "@phuluc/core";
import { escapeXml } from "../reader/test-support/package-builder.js";

/**
 * A sheet written as some writers do: every row and every cell present, in
 * order, with no `r` attributes at all (positions are implied), inline strings.
 */
export function denseSheetWithoutRefs(annex: Annex, unitName: string, periodLabel: string, figures: Record<string, number>): string {
  const layout = layoutAnnex(annex, { unitName, periodLabel, cutOff: "05/12/2022" });
  const grid = new Map<string, string>();
  let rows = 0;
  let cols = 0;
  for (const cell of layout.cells) {
    rows = Math.max(rows, cell.row);
    cols = Math.max(cols, cell.column);
    const at = `${cell.row}:${cell.column}`;
    if (cell.key !== undefined) {
      const v = figures[cell.key];
      grid.set(at, v === undefined ? "<c/>" : `<c><v>${v}</v></c>`);
    } else if (cell.value !== undefined) {
      grid.set(at, `<c t="inlineStr"><is><t>${escapeXml(String(cell.value))}</t></is></c>`);
    }
  }
  let xml = "<sheetData>";
  for (let r = 1; r <= rows; r++) {
    xml += "<row>";
    for (let c = 1; c <= cols; c++) xml += grid.get(`${r}:${c}`) ?? "<c/>";
    xml += "</row>";
  }
  return `${xml}</sheetData>`;
}
