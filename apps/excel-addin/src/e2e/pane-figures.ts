/** The sample unit's annexes and figures, and small waits, shared by the browser tests. */
import { annexesDue, catalogue2022, layoutAnnex, sampleSubmission, type FormLayout } from "@phuluc/core";
import type { Page } from "playwright-core";
import { excel } from "./pane-harness.js";
export const catalogue = catalogue2022();
export const annexes = annexesDue(catalogue, "Y", "province");
export const layouts = new Map<string, FormLayout>(
  annexes.map((a) => [a.code, layoutAnnex(a, { unitName: "Tỉnh ủy Quảng Ngãi", periodLabel: "năm 2022", cutOff: "05/12/2022" })]),
);
export const at = (code: string, key: string): string => layouts.get(code)?.dataCells.get(key) ?? "";
export const formulaOf = (code: string, key: string): string => `=${layouts.get(code)?.cells.find((c) => c.key === key)?.formula ?? ""}`;

/** The sample unit's input figures, per sheet, as the officer would type them. */
export function inputFigures(): Map<string, Record<string, number>> {
  const sample = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
  const out = new Map<string, Record<string, number>>();
  for (const annex of annexes) {
    const cells: Record<string, number> = {};
    for (const [key, cell] of Object.entries(sample.annexes[annex.code]?.cells ?? {})) {
      if (annex.derivedBy.has(key) || typeof cell.value !== "number") continue;
      cells[at(annex.code, key)] = cell.value;
    }
    out.set(annex.code, cells);
  }
  return out;
}

export const summary = (page: Page) => page.locator("#summary-text").textContent();
export const settle = async (page: Page): Promise<number> => {
  // Wait until no sync happens for a while: the pane has finished reacting.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = (await excel<{ syncs: number }>(page, "stats")).syncs;
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(400);
  }
  throw new Error("the pane never stopped syncing");
};
