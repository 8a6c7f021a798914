import { REGISTRY_2022, catalogue2022, periodOrThrow, sampleSubmission, unitByCode, type Submission } from "@phuluc/core";
import { writeTemplate } from "../template/index.js";

export const catalogue = catalogue2022();

/** A unit's sample figures, as an officer would return them (optionally edited). */
export function figuresFor(unit = "51", period = "2022-Y", edit?: (s: Submission) => void): Submission {
  const u = unitByCode(REGISTRY_2022, unit);
  const s = sampleSubmission(catalogue, { unit, period, ...(u ? { unitKind: u.kind } : {}) });
  edit?.(s);
  return s;
}

/** A template for the unit and period, filled with the figures, as .xlsx bytes. */
export async function filledWorkbook(unit = "51", period = "2022-Y", figures = figuresFor(unit, period)): Promise<Uint8Array> {
  const u = unitByCode(REGISTRY_2022, unit);
  if (!u) throw new Error(`no unit ${unit}`);
  return writeTemplate({
    catalogue,
    unit: u,
    period: periodOrThrow(period),
    cutOff: "2022-12-05",
    generatedAt: "2022-12-01T08:00:00.000Z",
    figures,
  });
}

/** Figures as plain numbers by annex and cell key, for comparing two reads. */
export function figureTable(s: Submission): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [code, annex] of Object.entries(s.annexes)) {
    out[code] = {};
    for (const [key, cell] of Object.entries(annex.cells)) (out[code] as Record<string, unknown>)[key] = cell.value;
  }
  return out;
}
