import type { Catalogue } from "../catalogue/catalogue.js";
import type { AnnexComparison, ConsolidationResult } from "../consolidation/consolidation-result.js";
import { comparisonLabel } from "../periods/period-label.js";
import { coverageSentences } from "./coverage-sentence.js";
import { renderTemplate, type TemplateSource } from "./render-template.js";
import { scopeNote } from "../consolidation/comparable-scope.js";
import type { Decimal } from "../numbers/index.js";

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

function likeForLike(compared: AnnexComparison, key: string): Decimal | undefined {
  const now = compared.current.get(key);
  const before = compared.previous.get(key);
  return now === undefined || now === null || before === undefined || before === null ? undefined : now.minus(before);
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
    const compared = consolidated.comparison;
    const source: TemplateSource = {
      annex,
      percentDecimals: catalogue.percentDecimals,
      figure: (key: string) => consolidated.national.get(key)?.value,
      units: order
        .filter((code) => consolidated.units.has(code))
        .map((code) => ({ name: names.get(code) ?? code, figure: (key: string) => consolidated.units.get(code)?.get(key) })),
    };
    // The total quoted is the full one; the change is like for like, over the units compared on both sides.
    const withChange: TemplateSource =
      compared && result.previous
        ? {
            ...source,
            previous: (key) => compared.previous.get(key),
            change: (key) => likeForLike(compared, key),
            notComparable: (key) => compared.notComparable?.get(key),
            comparison: comparisonLabel(result.previous.period),
          }
        : source;
    const note = compared ? scopeNote(compared.units.length, compared.leftOut) : undefined;
    for (const template of options.templates?.[consolidated.code] ?? annex.sentences) {
      let text = renderTemplate(template, withChange);
      if (text === undefined) continue;
      if (note && withChange !== source && text !== renderTemplate(template, source)) text = `${text.replace(/\.$/, "")} (mức tăng, giảm ${note}).`;
      out.push({ annex: consolidated.code, text: text.normalize("NFC") });
    }
  }
  return out;
}
