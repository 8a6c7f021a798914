/** The sample unit's annexes and figures, and small waits, shared by the browser tests. */
import {
  annexesDue,
  catalogue2022,
  layoutAnnex,
  periodLabel,
  periodOrThrow,
  sampleSubmission,
  type Annex,
  type Catalogue,
  type FormLayout,
} from "@phuluc/core";
import type { Page } from "playwright-core";
import { excel } from "./pane-harness.js";

/** A province's annexes of a period under a catalogue, where their cells are, and sample figures to type. */
export interface PaneFigures {
  annexes: Annex[];
  layouts: Map<string, FormLayout>;
  at(code: string, key: string): string;
  formulaOf(code: string, key: string): string;
  /** The sample unit's input figures, per sheet, as the officer would type them. */
  inputFigures(): Map<string, Record<string, number>>;
}

export function paneFigures(catalogue: Catalogue, periodId: string, cutOff?: string): PaneFigures {
  const period = periodOrThrow(periodId);
  const annexes = annexesDue(catalogue, period.kind, "province");
  const layouts = new Map<string, FormLayout>(
    annexes.map((a) => [a.code, layoutAnnex(a, { unitName: "Tỉnh ủy Quảng Ngãi", periodLabel: periodLabel(period), ...(cutOff ? { cutOff } : {}) })]),
  );
  const at = (code: string, key: string): string => layouts.get(code)?.dataCells.get(key) ?? "";
  const formulaOf = (code: string, key: string): string => `=${layouts.get(code)?.cells.find((c) => c.key === key)?.formula ?? ""}`;
  const inputFigures = (): Map<string, Record<string, number>> => {
    const sample = sampleSubmission(catalogue, { unit: "51", period: periodId, unitKind: "province" });
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
  };
  return { annexes, layouts, at, formulaOf, inputFigures };
}

/** The 2022-Y forms (catalogue 2022.1) most browser tests use. */
export const catalogue = catalogue2022();
export const { annexes, layouts, at, formulaOf, inputFigures } = paneFigures(catalogue, "2022-Y", "05/12/2022");

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
