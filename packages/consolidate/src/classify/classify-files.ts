import {
  countFindings,
  findUnitInFileName,
  periodIdLabel,
  periodLabel,
  type Catalogue,
  type Finding,
  type Period,
  type Registry,
  type UnitReturn,
} from "@phuluc/core/runtime";
import type { FileEntry } from "@phuluc/xlsx/national";
import type { FileRead } from "../read/file-read.js";
import { packedAddends, packedGrids, type FigureLayout } from "../read/figure-layout.js";
import { newestFirst } from "../read/newest-first.js";
import { reasonText, type ExclusionReason } from "./exclusion-reason.js";
import { addPeerFindings } from "./peer-findings.js";

/** One file's outcome: the national workbook's entry plus what the summary and JSON report show. */
export interface FileOutcome extends FileEntry {
  read: FileRead;
  /** Why the file has its status, as data; `reason` is its text in the locale asked for. */
  why?: ExclusionReason;
  /** The file's findings, with any the consolidation added (period mismatch, duplicate). */
  findings: Finding[];
  errors: number;
  /** Open warnings. */
  warnings: number;
  /** Warnings the unit justified. */
  justified: number;
  /** A duplicate that is a conflict (two different files, no --prefer newest): counts as an error. */
  conflict?: boolean;
}

export interface Classification {
  outcomes: FileOutcome[];
  returns: UnitReturn[];
}

export interface ClassifyOptions {
  catalogue: Catalogue;
  period: Period;
  registry: Registry;
  layout: FigureLayout;
  preferNewest: boolean;
  /** Where the details of a fault of the program were written (a file name), if anywhere. */
  faultLog?: string;
}

const firstError = (findings: readonly Finding[]): Finding | undefined => findings.find((f) => f.severity === "error");

/** A reason of a file: a finding of its own (path: the file), made by the consolidation. */
function because(read: FileRead, code: Finding["code"], params: Finding["params"] = {}, severity: Finding["severity"] = "error"): ExclusionReason {
  return { finding: { code, severity, path: { file: read.file }, params } };
}

function outcome(
  read: FileRead,
  status: FileEntry["status"],
  catalogue: Catalogue,
  why?: ExclusionReason,
  extra: Finding[] = [],
  unit = read.unit,
): FileOutcome {
  const findings = [...read.findings, ...extra];
  return {
    file: read.file,
    sha256: read.sha256,
    status,
    ...(unit ? { unit } : {}),
    ...(why ? { why, reason: reasonText(why, catalogue) } : {}),
    read,
    findings,
    ...countFindings(findings),
  };
}

/** The status of a file that could not be read: a special file and a broken link have their own. */
function readErrorStatus(finding: Finding): FileEntry["status"] {
  return finding.code === "file.not_regular" ? "not_regular" : finding.code === "file.broken_link" ? "broken_link" : "unreadable";
}

function unitReturn(o: FileOutcome, layout: FigureLayout): UnitReturn {
  const figures = o.read.figures ?? new Float64Array(layout.size);
  const annexes = o.read.annexes ?? [];
  return {
    unit: o.read.unit as string,
    file: o.file,
    validation: { findings: o.findings, errors: o.errors, warnings: o.warnings, justified: o.justified, grids: packedGrids(layout, figures, annexes) },
    // The same figures as the grids, counts as numbers: summed without a decimal each.
    addends: (annex) => (annexes.includes(annex) ? packedAddends(layout, figures, annex) : undefined),
  };
}

/**
 * Accounts for every file: unreadable, not an annex workbook, wrong period,
 * unknown unit, duplicate, or a unit's return (included or excluded by
 * consolidation according to its errors). A file that cannot be read but
 * whose name, `_meta` or content names a unit is that unit's: without a
 * readable file the unit counts as received but unreadable, not missing. Identical copies (same SHA-256)
 * are set aside quietly; two different files for one unit are an error
 * naming both, unless the newest is preferred.
 */
export function classifyFiles(reads: readonly FileRead[], options: ClassifyOptions): Classification {
  const { catalogue, period, registry } = options;
  const outcomes = new Map<FileRead, FileOutcome>();
  const byUnit = new Map<string, FileRead[]>();
  // Files that cannot be the unit's return but name a unit (file name, _meta or content): that unit's, unread.
  const unread = new Map<string, FileOutcome[]>();
  const claim = (read: FileRead, status: FileEntry["status"], why: ExclusionReason | undefined) => {
    const unit = read.unit && read.registryId === registry.id ? read.unit : findUnitInFileName(registry, read.file)?.code;
    const o = outcome(read, status, catalogue, why, [], unit);
    outcomes.set(read, o);
    if (unit) (unread.get(unit) ?? unread.set(unit, []).get(unit))?.push(o);
  };
  const first = (findings: readonly Finding[]): ExclusionReason | undefined => {
    const f = firstError(findings);
    return f ? { finding: f } : undefined;
  };
  for (const read of reads) {
    if (read.fault) claim(read, "internal_error", because(read, "file.internal_error", { log: options.faultLog ?? null }));
    else if (read.readError) claim(read, readErrorStatus(read.readError), { finding: read.readError });
    else if (read.notAnnex) claim(read, "not_annex", first(read.findings));
    else if (!read.period)
      outcomes.set(
        read,
        outcome(read, "wrong_period", catalogue, first(read.findings.filter((f) => f.code === "period.invalid")) ?? because(read, "file.period_unknown")),
      );
    else if (read.period !== period.id) {
      const mismatch: Finding = {
        code: "period.mismatch",
        severity: "error",
        path: { file: read.file },
        params: { stated: periodIdLabel(read.period), expected: periodLabel(period) },
      };
      outcomes.set(read, outcome(read, "wrong_period", catalogue, { finding: mismatch }, [mismatch]));
    } else if (!read.unit || read.registryId !== registry.id) {
      const unitFinding = read.findings.find((f) => f.code.startsWith("unit."));
      claim(read, "unknown_unit", unitFinding ? { finding: unitFinding } : because(read, "file.unit_not_identified", { registryTitle: registry.title }));
    } else (byUnit.get(read.unit) ?? byUnit.set(read.unit, []).get(read.unit))?.push(read);
  }

  const returns: UnitReturn[] = [];
  const chosen = (read: FileRead) => {
    const cause = firstError(read.findings);
    const why = read.errors > 0 ? { ...because(read, "file.has_errors", { errors: read.errors }), ...(cause ? { cause } : {}) } : undefined;
    const o = outcome(read, read.errors > 0 ? "excluded" : "included", catalogue, why);
    outcomes.set(read, o);
    returns.push(unitReturn(o, options.layout));
  };
  for (const [unit, files] of byUnit) {
    // Identical copies first: the first by path stands for its copies.
    const distinct: FileRead[] = [];
    for (const f of files) {
      const same = distinct.find((d) => d.sha256 === f.sha256);
      if (same) outcomes.set(f, outcome(f, "duplicate", catalogue, because(f, "file.same_content", { of: same.file }, "warning")));
      else distinct.push(f);
    }
    if (distinct.length === 1) {
      chosen(distinct[0] as FileRead);
      continue;
    }
    if (options.preferNewest) {
      const [newest, ...older] = [...distinct].sort(newestFirst);
      chosen(newest as FileRead);
      for (const o of older)
        outcomes.set(o, outcome(o, "duplicate", catalogue, because(o, "file.newer_preferred", { newest: (newest as FileRead).file }, "warning")));
      continue;
    }
    const names = distinct.map((d) => d.file);
    const unitName = registry.units.find((u) => u.code === unit)?.name ?? unit;
    const duplicate: Finding = {
      code: "file.duplicate_unit",
      severity: "error",
      path: { unit },
      params: { unit: unitName, count: distinct.length, files: names },
    };
    distinct.forEach((d, i) => {
      const o = outcome(d, "duplicate", catalogue, { finding: duplicate }, [{ ...duplicate, path: { ...duplicate.path, file: d.file } }]);
      o.conflict = true;
      outcomes.set(d, o);
      // The first file stands for the unit: received, excluded for this error.
      if (i === 0) returns.push(unitReturn(o, options.layout));
    });
  }
  // A unit whose only files could not be read has sent something: received, not valid, never "chưa nộp".
  for (const [unit, files] of unread) {
    if (byUnit.has(unit)) continue;
    const o = files[0] as FileOutcome;
    returns.push({
      unit,
      file: o.file,
      unreadable: true,
      validation: { findings: o.findings, errors: Math.max(o.errors, 1), warnings: o.warnings, justified: o.justified, grids: new Map() },
    });
  }
  // The national step's checks against peers, before the returns' counts are final.
  const all = reads.map((r) => outcomes.get(r) as FileOutcome);
  addPeerFindings(all, catalogue, options.layout);
  const byFile = new Map(all.map((o) => [o.file, o]));
  for (const r of returns) {
    const o = r.file === undefined ? undefined : byFile.get(r.file);
    if (o && !r.unreadable) r.validation = { ...r.validation, findings: o.findings, ...countFindings(o.findings) };
  }
  return { outcomes: all, returns };
}
