import { loadAnnex } from "../annex/load-annex.js";
import type { Annex } from "../annex/annex.js";
import { SchemaError, type SchemaIssue } from "../errors/schema-error.js";
import { parseAnnexCell } from "../rule/line-ref.js";
import type { Catalogue } from "./catalogue.js";

export interface CatalogueInput {
  version: string;
  annexes: readonly unknown[];
}

/**
 * Loads every annex, then checks what spans annexes: unique codes, the
 * catalogue version on each annex, and cells named by cross-annex rules.
 */
export function loadCatalogue(input: CatalogueInput): Catalogue {
  const issues: SchemaIssue[] = [];
  const annexes: Annex[] = [];
  input.annexes.forEach((raw, i) => {
    try {
      annexes.push(loadAnnex(raw));
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      for (const issue of error.issues) issues.push({ path: `annexes[${i}].${issue.path}`, message: issue.message });
    }
  });
  const byCode = new Map<string, Annex>();
  annexes.forEach((annex, i) => {
    if (byCode.has(annex.code)) issues.push({ path: `annexes[${i}].code`, message: `duplicate annex ${annex.code}` });
    if (annex.version !== input.version)
      issues.push({ path: `annexes[${i}].version`, message: `annex version ${annex.version} ≠ catalogue ${input.version}` });
    byCode.set(annex.code, annex);
  });
  for (const annex of annexes) {
    annex.rules.forEach((rule, r) => {
      if (rule.kind !== "cross-annex") return;
      for (const ref of [rule.left, rule.right]) {
        const cell = parseAnnexCell(ref);
        if (!byCode.get(cell.annex)?.index.cell(cell.row, cell.column))
          issues.push({ path: `${annex.code}.rules[${r}]`, message: `${ref} does not exist in the catalogue` });
      }
    });
  }
  if (issues.length > 0) throw new SchemaError(`Catalogue ${input.version} is malformed`, issues);
  return Object.freeze({ version: input.version, annexes, annex: (code: string) => byCode.get(code) });
}
