import type { Annex } from "../annex/annex.js";
import { sentenceIssues } from "../report/sentence-check.js";
import { derivationCycles } from "../rule/derivation-cycles.js";
import { parseAnnexCell } from "../rule/line-ref.js";
import { ruleKind } from "../rule/rule-kinds.js";
import type { SchemaIssue } from "../errors/schema-error.js";
import type { Catalogue } from "./catalogue.js";

/** A catalogue's header fields as its document gives them (after the schema's defaults). */
export type CatalogueHeader = Omit<Catalogue, "annexes" | "annex">;

/**
 * Checks what spans annexes (unique codes, the catalogue version on each
 * annex, cells named by cross-annex rules, unit kinds, derivation cycles and
 * the cells named by report sentences), adding every problem to `issues`,
 * and assembles the frozen catalogue. `check: false` (the shipped catalogues,
 * checked by their tests) only assembles it.
 */
export function assembleCatalogue(
  header: Partial<CatalogueHeader> | undefined,
  annexes: readonly { annex: Annex; at: number }[],
  issues: SchemaIssue[],
  check = true,
): Catalogue {
  const version = header?.version;
  const byCode = new Map<string, Annex>();
  const catalogueVersion = version ?? "";
  for (const { annex, at } of annexes) {
    if (byCode.has(annex.code)) issues.push({ path: `annexes[${at}].code`, message: `phụ lục ${annex.code} bị trùng` });
    if (version !== undefined && annex.version !== version)
      issues.push({ path: `annexes[${at}].version`, message: `phiên bản phụ lục ${annex.version} khác phiên bản danh mục ${version}` });
    const kinds = header?.unitKinds;
    for (const kind of annex.unitKinds ?? []) {
      if (kinds && !kinds.includes(kind))
        issues.push({ path: `annexes[${at}].unitKinds`, message: `loại đơn vị ${kind} không có trong unitKinds của danh mục` });
    }
    byCode.set(annex.code, annex);
  }
  for (const { annex, at } of check ? annexes : []) {
    annex.rules.forEach((rule, r) => {
      for (const ref of ruleKind(rule).annexCells(rule)) {
        const cell = parseAnnexCell(ref);
        if (!byCode.get(cell.annex)?.index.cell(cell.row, cell.column))
          issues.push({ path: `${annex.code}.rules[${r}]`, message: `${ref} không có trong danh mục` });
      }
    });
    for (const issue of derivationCycles(annex.derivedBy)) issues.push({ path: `annexes[${at}].${issue.path}`, message: issue.message });
    annex.sentences.forEach((sentence, s) => {
      for (const message of sentenceIssues(sentence, annex)) issues.push({ path: `annexes[${at}].sentences[${s}]`, message });
    });
  }
  const list = annexes.map((a) => a.annex);
  return Object.freeze({
    ...header,
    version: catalogueVersion,
    annexes: Object.freeze(list),
    annex: (code: string) => byCode.get(code),
  }) as Catalogue;
}
