import {
  cellKey,
  canonical,
  formatFinding,
  leftOutText,
  periodLabel,
  type Catalogue,
  type LeftOutReason,
  type LeftOutUnit,
  type ConsolidationResult,
  type DerivedFigure,
  type Finding,
  type ReportSentence,
} from "@phuluc/core/runtime";
import type { FileEntry } from "@phuluc/xlsx/national";
import type { FileOutcome } from "../classify/classify-files.js";
import type { PreviousData } from "../previous/previous-data.js";

/** Bumped on any change a consumer could notice; see apps/cli/docs/report-json.md. */
export const REPORT_SCHEMA_VERSION = 1;

type Value = string | null;

export interface ReportFinding {
  file?: string;
  unit?: string;
  code: string;
  severity: "error" | "warning";
  message: string;
  path: Finding["path"];
  params: Finding["params"];
  rule?: string;
  /** A justified warning's text (`justifiedWarnings` only). */
  justification?: string;
}

/** A unit left out of the like-for-like change, with why (`text`: Vietnamese). */
export interface ReportLeftOut {
  code: string;
  name: string;
  reason: LeftOutReason;
  text: string;
}

const leftOutEntry = (l: LeftOutUnit): ReportLeftOut => ({ code: l.code, name: l.name, reason: l.reason, text: leftOutText(l) });

export interface Report {
  schemaVersion: 1;
  tool: { name: "phuluc"; version: string };
  generatedAt: string;
  exitCode: 0 | 1 | 3;
  period: { id: string; label: string };
  cutOff: string | null;
  registry: { id: string; title: string };
  catalogueVersion: string;
  grouping: string;
  input: { folder: string; files: number };
  coverage: ConsolidationResult["coverage"];
  units: {
    code: string;
    name: string;
    kind: string;
    status: string;
    reason: string | null;
    includedWithErrors: boolean;
    errors: number;
    warnings: number;
    justified: number;
    file: string | null;
  }[];
  files: {
    file: string;
    sha256: string;
    size: number;
    status: FileEntry["status"];
    reason: string | null;
    unit: string | null;
    period: string | null;
    errors: number;
    warnings: number;
    justified: number;
    identifiedBy: string | null;
    application: string | null;
  }[];
  /** Errors, open warnings, and what is wrong with justifications: justified warnings are in `justifiedWarnings`. */
  findings: ReportFinding[];
  /** Warnings the units justified (đã giải trình), with the unit's text; not open. */
  justifiedWarnings: ReportFinding[];
  national: {
    annex: string;
    title: string;
    expectedUnits: number;
    contributingUnits: number;
    units: string[];
    cells: {
      key: string;
      row: string;
      column: number;
      value: Value;
      derived: boolean;
      contributors?: string[];
      previous?: Value;
      compared?: Value;
      notComparable?: string;
    }[];
    /** The change against the previous period, like for like: the units compared on both sides and those left out. */
    comparison?: { units: string[]; leftOut: ReportLeftOut[] };
    groups: { code: string; name: string; units: string[]; values: Record<string, Value> }[];
  }[];
  nationalFindings: ReportFinding[];
  previous: null | {
    period: { id: string; label: string };
    registryId: string;
    catalogueVersion: string;
    source: string;
    path: string;
    mapped: boolean;
    mapping: Record<string, string[]>;
    notComparable: string[];
    comparedUnits: string[];
    leftOut: ReportLeftOut[];
    notes: string[];
  };
  sentences: { annex: string | null; text: string }[];
}

const value = (v: DerivedFigure | undefined): Value => (v === undefined || v === null ? null : canonical(v));

function reportFinding(f: Finding, catalogue: Catalogue, file?: string, unit?: string): ReportFinding {
  return {
    ...(file ? { file } : {}),
    ...(unit ? { unit } : {}),
    code: f.code,
    severity: f.severity,
    message: formatFinding(f, { catalogue, withoutFile: true }),
    path: f.path,
    params: f.params,
    ...(f.rule ? { rule: f.rule } : {}),
    ...(f.justification ? { justification: f.justification.text } : {}),
  };
}

/** Every finding of the files, open ones (and errors) apart from the justified warnings. */
export function reportFindings(
  outcomes: readonly { file: string; unit?: string; findings: readonly Finding[] }[],
  catalogue: Catalogue,
): { open: ReportFinding[]; justified: ReportFinding[] } {
  const open: ReportFinding[] = [];
  const justified: ReportFinding[] = [];
  for (const o of outcomes) for (const f of o.findings) (f.justification ? justified : open).push(reportFinding(f, catalogue, o.file, o.unit));
  return { open, justified };
}

export interface ReportInput {
  /** The folder as the user named it. */
  folder: string;
  /** The version of the tool that made the report. */
  toolVersion: string;
  outcomes: readonly FileOutcome[];
  result: ConsolidationResult;
  sentences: readonly ReportSentence[];
  catalogue: Catalogue;
  generatedAt: string;
  exitCode: 0 | 1 | 3;
  previous?: PreviousData;
  cutOff?: string;
}

/** The `--json` report: coverage, every file's status, every finding, national figures with provenance, sentences. */
export function buildReport(input: ReportInput): Report {
  const { result, catalogue, previous } = input;
  const findings = reportFindings(input.outcomes, catalogue);
  const justifiedOf = new Map(input.outcomes.map((o) => [o.file, o.justified]));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "phuluc", version: input.toolVersion },
    generatedAt: input.generatedAt,
    exitCode: input.exitCode,
    period: { id: result.period.id, label: periodLabel(result.period) },
    cutOff: input.cutOff ?? null,
    registry: { id: result.registry.id, title: result.registry.title },
    catalogueVersion: result.catalogueVersion,
    grouping: result.groupingName,
    input: { folder: input.folder, files: input.outcomes.length },
    coverage: result.coverage,
    units: result.units.map((u) => ({
      code: u.unit.code,
      name: u.unit.name,
      kind: u.unit.kind,
      status: u.status,
      reason: u.reason ?? null,
      includedWithErrors: u.includedWithErrors ?? false,
      errors: u.errors,
      warnings: u.warnings,
      justified: u.file === undefined ? 0 : (justifiedOf.get(u.file) ?? 0),
      file: u.file ?? null,
    })),
    files: input.outcomes.map((o) => ({
      file: o.file,
      sha256: o.sha256,
      size: o.read.size,
      status: o.status,
      reason: o.reason ?? null,
      unit: o.unit ?? null,
      period: o.read.period ?? null,
      errors: o.errors,
      warnings: o.warnings,
      justified: o.justified,
      identifiedBy: o.read.identifiedBy ?? null,
      application: o.read.application ?? null,
    })),
    findings: findings.open,
    justifiedWarnings: findings.justified,
    national: result.annexes.map((a) => {
      const annex = catalogue.annex(a.code);
      // Figures keyed by cell, in the order of the form.
      const formOrder = (figures: ReadonlyMap<string, DerivedFigure>): Record<string, Value> => {
        const keys = annex ? annex.index.cells.map((spec) => cellKey(spec.row.code, spec.column.number)) : [...figures.keys()];
        return Object.fromEntries(keys.filter((k) => figures.has(k)).map((k) => [k, value(figures.get(k))]));
      };
      const units = [...a.units.keys()];
      return {
        annex: a.code,
        title: annex?.title ?? a.code,
        expectedUnits: a.expectedUnits,
        contributingUnits: a.contributingUnits,
        units,
        cells: [...a.national].map(([key, figure]) => {
          const [row = "", column = "0"] = key.split(".");
          const full = figure.contributors.length === units.length;
          return {
            key,
            row,
            column: Number(column),
            value: value(figure.value),
            derived: figure.derived,
            ...(full ? {} : { contributors: [...figure.contributors] }),
            ...(a.comparison ? { previous: value(a.comparison.previous.get(key)), compared: value(a.comparison.current.get(key)) } : {}),
            ...(a.comparison?.notComparable?.has(key) ? { notComparable: a.comparison.notComparable.get(key) as string } : {}),
          };
        }),
        groups: a.groups.map((g) => ({ code: g.code, name: g.name, units: [...g.units], values: formOrder(g.figures) })),
        ...(a.comparison ? { comparison: { units: [...a.comparison.units], leftOut: a.comparison.leftOut.map(leftOutEntry) } } : {}),
      };
    }),
    nationalFindings: result.findings.map((f) => reportFinding(f, catalogue)),
    previous:
      previous && result.previous
        ? {
            period: { id: previous.period.id, label: periodLabel(previous.period) },
            registryId: result.previous.registryId,
            catalogueVersion: previous.catalogue.version,
            source: previous.source,
            path: previous.path,
            mapped: result.previous.mapped,
            mapping: Object.fromEntries([...result.previous.mapping].map(([k, v]) => [k, [...v]])),
            notComparable: [...result.previous.notComparable],
            comparedUnits: [...result.previous.scope.units],
            leftOut: result.previous.scope.leftOut.map(leftOutEntry),
            notes: previous.notes,
          }
        : null,
    sentences: input.sentences.map((s) => ({ annex: s.annex ?? null, text: s.text })),
  };
}
