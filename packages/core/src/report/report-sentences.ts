import type { Catalogue } from "../catalogue/catalogue.js";
import type { ConsolidationResult } from "../consolidation/consolidation-result.js";
import { comparisonLabel } from "../periods/period-label.js";
import { coverageSentences } from "./coverage-sentence.js";
import { renderTemplate } from "./render-template.js";

export interface ReportSentence {
  /** The annex the sentence quotes; absent for the coverage sentences. */
  annex?: string;
  text: string;
}

export interface ReportOptions {
  /** Cut-off date (ISO) quoted with the coverage. */
  cutOff?: string;
  /** Templates per annex; the catalogue's sentences when absent. */
  templates?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The Vietnamese sentences of a national report, from a consolidation: the
 * coverage first, then each annex's figures with their parts and shares,
 * plan against result, units behind, and changes since the previous period.
 */
export function reportSentences(result: ConsolidationResult, catalogue: Catalogue, options: ReportOptions = {}): ReportSentence[] {
  const out: ReportSentence[] = coverageSentences(result, options.cutOff).map((text) => ({ text }));
  const names = new Map(result.units.map((u) => [u.unit.code, u.unit.name]));
  const order = result.units.map((u) => u.unit.code);
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (!annex) continue;
    const previousNational = consolidated.previousNational;
    const source = {
      annex,
      figure: (key: string) => consolidated.national.get(key)?.value,
      ...(previousNational && result.previous
        ? { previous: (key: string) => previousNational.get(key), comparison: comparisonLabel(result.previous.period) }
        : {}),
      units: order
        .filter((code) => consolidated.units.has(code))
        .map((code) => ({ name: names.get(code) ?? code, figure: (key: string) => consolidated.units.get(code)?.get(key) })),
    };
    for (const template of options.templates?.[consolidated.code] ?? annex.sentences) {
      const text = renderTemplate(template, source);
      if (text !== undefined) out.push({ annex: consolidated.code, text: text.normalize("NFC") });
    }
  }
  return out;
}
