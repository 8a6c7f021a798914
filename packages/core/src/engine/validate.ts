import type { PeriodKind, UnitKind } from "../annex/annex-schema.js";
import { isInputCell, type Annex } from "../annex/annex.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import { expectCatalogue, expectRecord, expectSubmission } from "../errors/argument-error.js";
import type { Finding } from "../finding/finding.js";
import type { Rule } from "../rule/rule-schema.js";
import type { Submission } from "../submission/submission.js";
import type { AnnexGrid } from "./cell-state.js";
import { checkCellRule, checkLineRule } from "./rule-checks.js";
import { isLineRule } from "../rule/rule-kinds.js";
import { checkChange } from "../plausibility/check-change.js";
import { applyJustifications, valueAtFinding } from "../justification/apply-justifications.js";
import type { Justification } from "../justification/justification.js";
import { countFindings } from "../justification/count-findings.js";
import { cellPath, readGrid } from "./read-grid.js";
import { sortFindings } from "./sort-findings.js";
import { cellKey } from "../rule/line-ref.js";

export interface ValidateOptions {
  /** Period kind deciding which annexes are due and which rules apply; read from `submission.period` when absent. */
  periodKind?: PeriodKind;
  /** Kind of the reporting unit; annexes for other kinds (PL08 for central committees) are then not expected. */
  unitKind?: UnitKind;
  /** `unit` (default) checks a unit's submission; `national` checks consolidated figures and national targets. */
  level?: "unit" | "national";
  /** The previous period's submission, for period-over-period rules. */
  previous?: Submission;
  /** How messages name the previous period, e.g. `năm 2021`. */
  previousLabel?: string;
  /**
   * Period id of `previous` (`2021-Y`). Plausibility checks against the
   * previous period run only when it is of the same kind as the
   * submission's (a year against a year): a half-year's flows are not a year's.
   */
  previousPeriod?: string;
  /** Report annexes due in the period that the submission lacks (default: true when the period kind is known). */
  requireDueAnnexes?: boolean;
}

export interface ValidationResult {
  findings: Finding[];
  errors: number;
  /** Open warnings; justified ones are counted in `justified`. */
  warnings: number;
  /** Warnings the unit justified in its sheet "Giải trình" (findings carrying `justification`). */
  justified: number;
  /** What was read of each annex, for consolidation and display. */
  grids: ReadonlyMap<string, AnnexGrid>;
  /** Justifications of checks against peers, judged at the national step (`checkPeers`). */
  laterJustifications?: Justification[];
}

/** `2022-H1` → `H1`, `2022-Y` → `Y`, `2023-Q1` → `Q`. */
function periodKindOf(period: string | undefined): PeriodKind | undefined {
  const m = /^\d{4}-(H1|Y|Q[1-4])$/.exec(period ?? "");
  if (!m?.[1]) return undefined;
  return m[1].startsWith("Q") ? "Q" : (m[1] as PeriodKind);
}

function applies(rule: Rule, level: "unit" | "national", periodKind: PeriodKind | undefined): boolean {
  if (rule.level !== "all" && rule.level !== level) return false;
  return !rule.periods || periodKind === undefined || rule.periods.includes(periodKind);
}

function hasAnyFigure(grid: AnnexGrid): boolean {
  for (const state of grid.values()) if (state.status === "value" || state.status === "unreadable") return true;
  return false;
}

/**
 * Validates one submission against a catalogue. Bad figures come back as
 * findings (never thrown): unreadable cells, missing required cells, broken
 * rules, missing annexes. Messages are filled in later by a locale.
 */
export function validate(submission: Submission, catalogue: Catalogue, options: ValidateOptions = {}): ValidationResult {
  expectSubmission("validate", "submission", submission);
  expectCatalogue("validate", "catalogue", catalogue);
  expectRecord("validate", "options", options);
  const level = options.level ?? "unit";
  const periodKind = options.periodKind ?? periodKindOf(submission.period);
  const requireDue = options.requireDueAnnexes ?? periodKind !== undefined;
  const findings: Finding[] = [];
  const grids = new Map<string, AnnexGrid>();
  const previousGrids = new Map<string, AnnexGrid>();
  const checked: Annex[] = [];
  const previousKind = periodKindOf(options.previousPeriod);
  const samePeriodKind = previousKind === undefined || periodKind === undefined || previousKind === periodKind;

  if (submission.catalogueVersion !== undefined && submission.catalogueVersion !== catalogue.version) {
    findings.push({
      code: "annex.version_mismatch",
      severity: "error",
      path: {},
      params: { stated: submission.catalogueVersion, expected: catalogue.version },
    });
  }

  for (const annex of catalogue.annexes) {
    const data = submission.annexes[annex.code];
    const due = periodKind === undefined || annex.periods.includes(periodKind);
    const forUnit = !options.unitKind || !annex.unitKinds || annex.unitKinds.includes(options.unitKind);
    if (!data) {
      if (requireDue && due && forUnit) findings.push({ code: "annex.missing", severity: "error", path: { annex: annex.code }, params: { annex: annex.code } });
      continue;
    }
    const read = readGrid(annex, data);
    const sheet = data.sheet === undefined ? {} : { sheet: data.sheet };
    if (!due || !forUnit) {
      // Figures in an annex the unit does not file are not validated nor counted.
      if (hasAnyFigure(read.grid)) {
        findings.push({
          code: !due ? "annex.not_due" : "annex.not_applicable",
          severity: "warning",
          path: { annex: annex.code, ...sheet },
          params: { annex: annex.code, ...(periodKind ? { periodKind } : {}), ...(options.unitKind ? { unitKind: options.unitKind } : {}) },
        });
      }
      continue;
    }
    if (data.version !== undefined && data.version !== annex.version) {
      findings.push({
        code: "annex.version_mismatch",
        severity: "error",
        path: { annex: annex.code, ...sheet },
        params: { stated: data.version, expected: annex.version },
      });
    }
    grids.set(annex.code, read.grid);
    checked.push(annex);
    findings.push(...read.findings);
    for (const row of read.absentRows)
      findings.push({ code: "annex.row_missing", severity: "error", path: { annex: annex.code, row, ...sheet }, params: { row } });
    for (const spec of annex.index.cells) {
      const state = read.grid.get(cellKey(spec.row.code, spec.column.number));
      if (state?.status === "empty" && !spec.optional && isInputCell(annex, spec))
        findings.push({
          code: "cell.required",
          severity: "error",
          path: cellPath(annex.code, spec.row.code, spec.column.number, state.address),
          params: {},
        });
    }
    const previous = options.previous?.annexes[annex.code];
    if (previous) previousGrids.set(annex.code, readGrid(annex, previous).grid);
  }

  for (const annex of checked) {
    const grid = grids.get(annex.code) as AnnexGrid;
    const ctx = { annex, grid };
    for (const instance of annex.instances) {
      if (!applies(instance.rule, level, periodKind)) continue;
      const f = checkLineRule(ctx, instance);
      if (f) findings.push(f);
    }
    const cellCtx = { annex, grid, grids, previousGrid: previousGrids.get(annex.code), previousLabel: options.previousLabel };
    for (const rule of annex.rules) {
      if (isLineRule(rule) || !applies(rule, level, periodKind)) continue;
      findings.push(...checkCellRule(rule, cellCtx));
    }
    if (level === "unit" && samePeriodKind) {
      for (const check of annex.plausibility) {
        if (check.kind === "change") findings.push(...checkChange(check, annex, grid, previousGrids.get(annex.code), options.previousLabel));
      }
    }
  }

  const stamped = findings.map((f) => {
    const path = { ...f.path };
    if (submission.file !== undefined) path.file = submission.file;
    if (submission.unit !== undefined) path.unit = submission.unit;
    return { ...f, path };
  });
  const peerIds = new Set(catalogue.annexes.flatMap((a) => a.plausibility.filter((c) => c.kind === "peers").map((c) => c.id)));
  const justified = applyJustifications(sortFindings(stamped, catalogue), submission.justifications ?? [], (f) => valueAtFinding(f, grids), peerIds);
  const stampedProblems = justified.problems.map((f) => ({
    ...f,
    path: {
      ...(submission.file !== undefined ? { file: submission.file } : {}),
      ...(submission.unit !== undefined ? { unit: submission.unit } : {}),
      ...f.path,
    },
  }));
  const sorted = [...justified.findings, ...stampedProblems];
  return { findings: sorted, ...countFindings(sorted), grids, ...(justified.later.length > 0 ? { laterJustifications: justified.later } : {}) };
}
