import type { AnnexGrid } from "../engine/cell-state.js";
import type { Finding, FindingPath } from "../finding/finding.js";
import { Dec, canonical } from "../numbers/decimal.js";
import type { Justification } from "./justification.js";
import { JUSTIFICATION_SHEET } from "./justification-sheet.js";
import { isJustifiable, justificationRule, normalizeCellReference } from "./justification-key.js";
import { cellKey } from "../rule/line-ref.js";

/** The value validation read at a finding's cell, canonical; undefined when it read none. */
export function valueAtFinding(finding: Finding, grids: ReadonlyMap<string, AnnexGrid>): string | undefined {
  const { annex, row, column } = finding.path;
  if (annex === undefined || row === undefined || column === undefined) return undefined;
  const state = grids.get(annex)?.get(cellKey(row, column));
  return state?.status === "value" ? canonical(state.value) : undefined;
}

function sameValue(written: string, current: string | undefined): boolean {
  if (current === undefined) return false;
  try {
    return new Dec(written).eq(new Dec(current));
  } catch {
    return false;
  }
}

function where(justification: Justification): FindingPath {
  return { sheet: JUSTIFICATION_SHEET, ...(justification.at ? { cell: justification.at } : {}) };
}

export interface AppliedJustifications {
  /** The findings, justified warnings carrying their text. */
  findings: Finding[];
  /** What is wrong with the justifications: on an error, matching no current warning, written for another value. */
  problems: Finding[];
  /** Justifications of rules checked later, untouched. */
  later: Justification[];
}

/**
 * Marks each warning that a justification names (same cell, same rule, and
 * the same value when the justification gives one) as justified, with its
 * text. A justification naming an error is refused, and one that matches no
 * current warning is reported: no stale explanation hides a new problem.
 */
export function applyJustifications(
  findings: readonly Finding[],
  justifications: readonly Justification[],
  currentValue: (finding: Finding) => string | undefined,
  /** Rules checked later (against peers, at the national step): their justifications are handed back, not judged. */
  laterRules: ReadonlySet<string> = new Set(),
): AppliedJustifications {
  const out = findings.map((f) => ({ ...f }));
  const problems: Finding[] = [];
  const later: Justification[] = [];
  for (const j of justifications) {
    const cell = normalizeCellReference(j.cell);
    const rule = j.rule.trim();
    if (laterRules.has(rule)) {
      later.push(j);
      continue;
    }
    const atCell = out.filter(
      (f) => f.path.cell !== undefined && normalizeCellReference(f.path.cell) === cell && (rule === "" || justificationRule(f) === rule),
    );
    const params = { cell: j.cell, rule, ...(j.value === undefined ? {} : { value: j.value }) };
    const warnings = atCell.filter(isJustifiable);
    if (warnings.length === 0) {
      const error = atCell.find((f) => f.severity === "error");
      problems.push({
        code: error ? "justification.on_error" : "justification.unmatched",
        severity: "warning",
        path: where(j),
        params: error && rule === "" ? { ...params, rule: justificationRule(error) } : params,
      });
      continue;
    }
    const current = currentValue(warnings[0] as Finding);
    if (j.value !== undefined && !sameValue(j.value, current)) {
      problems.push({
        code: "justification.unmatched",
        severity: "warning",
        path: where(j),
        params: { ...params, ...(current === undefined ? {} : { current }) },
      });
      continue;
    }
    for (const w of warnings) w.justification ??= { text: j.text };
  }
  return { findings: out, problems, later };
}
