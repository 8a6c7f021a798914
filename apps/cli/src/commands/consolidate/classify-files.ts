import { findUnitInFileName, formatFinding, periodLabel, parsePeriod, type Catalogue, type Finding, type Period, type Registry, type UnitReturn } from "@phuluc/core";
import type { FileEntry } from "@phuluc/xlsx";
import type { FileRead } from "../../read/file-read.js";
import { packedGrids, type FigureLayout } from "../../read/figure-layout.js";
import { newestFirst } from "../../read/newest-first.js";

/** One file's outcome: the national workbook's entry plus what the summary and JSON report show. */
export interface FileOutcome extends FileEntry {
  read: FileRead;
  /** The file's findings, with any the consolidation added (period mismatch, duplicate). */
  findings: Finding[];
  errors: number;
  warnings: number;
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
  /** The reason given for a file whose reading met a fault of the program (where its details are). */
  faultReason?: string;
}

function message(finding: Finding, catalogue: Catalogue): string {
  return formatFinding(finding, { catalogue, withoutFile: true });
}

function labelOf(periodId: string): string {
  const p = parsePeriod(periodId);
  return "period" in p ? periodLabel(p.period) : periodId;
}

function firstError(findings: readonly Finding[], catalogue: Catalogue): string {
  const e = findings.find((f) => f.severity === "error");
  return e ? message(e, catalogue) : "";
}

function outcome(read: FileRead, status: FileEntry["status"], reason?: string, extra: Finding[] = [], unit = read.unit): FileOutcome {
  const findings = [...read.findings, ...extra];
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    file: read.file,
    sha256: read.sha256,
    status,
    ...(unit ? { unit } : {}),
    ...(reason ? { reason } : {}),
    read,
    findings,
    errors,
    warnings: findings.length - errors,
  };
}

/** The status of a file that could not be read: a special file and a broken link have their own. */
function readErrorStatus(finding: Finding): FileEntry["status"] {
  return finding.code === "file.not_regular" ? "not_regular" : finding.code === "file.broken_link" ? "broken_link" : "unreadable";
}

function unitReturn(o: FileOutcome, layout: FigureLayout): UnitReturn {
  return {
    unit: o.read.unit as string,
    file: o.file,
    validation: { findings: o.findings, errors: o.errors, warnings: o.warnings, grids: packedGrids(layout, o.read.figures ?? new Float64Array(layout.size), o.read.annexes ?? []) },
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
  const claim = (read: FileRead, status: FileEntry["status"], reason: string) => {
    const unit = read.unit && read.registryId === registry.id ? read.unit : findUnitInFileName(registry, read.file)?.code;
    const o = outcome(read, status, reason, [], unit);
    outcomes.set(read, o);
    if (unit) (unread.get(unit) ?? unread.set(unit, []).get(unit))?.push(o);
  };
  for (const read of reads) {
    if (read.fault) claim(read, "internal_error", options.faultReason ?? "lỗi chương trình (không phải lỗi của tệp)");
    else if (read.readError) claim(read, readErrorStatus(read.readError), message(read.readError, catalogue));
    else if (read.notAnnex) claim(read, "not_annex", firstError(read.findings, catalogue));
    else if (!read.period) outcomes.set(read, outcome(read, "wrong_period", firstError(read.findings.filter((f) => f.code === "period.invalid"), catalogue) || "không xác định được kỳ báo cáo của tệp"));
    else if (read.period !== period.id) {
      const mismatch: Finding = { code: "period.mismatch", severity: "error", path: { file: read.file }, params: { stated: labelOf(read.period), expected: periodLabel(period) } };
      outcomes.set(read, outcome(read, "wrong_period", message(mismatch, catalogue), [mismatch]));
    } else if (!read.unit || read.registryId !== registry.id) {
      const unitFinding = read.findings.find((f) => f.code.startsWith("unit."));
      claim(read, "unknown_unit", unitFinding ? message(unitFinding, catalogue) : `không xác định được đơn vị trong ${registry.title}`);
    } else (byUnit.get(read.unit) ?? byUnit.set(read.unit, []).get(read.unit))?.push(read);
  }

  const returns: UnitReturn[] = [];
  const chosen = (read: FileRead) => {
    const o = outcome(read, read.errors > 0 ? "excluded" : "included", read.errors > 0 ? `có ${read.errors} lỗi; lỗi đầu tiên: ${firstError(read.findings, catalogue)}` : undefined);
    outcomes.set(read, o);
    returns.push(unitReturn(o, options.layout));
  };
  for (const [unit, files] of byUnit) {
    // Identical copies first: the first by path stands for its copies.
    const distinct: FileRead[] = [];
    for (const f of files) {
      const same = distinct.find((d) => d.sha256 === f.sha256);
      if (same) outcomes.set(f, outcome(f, "duplicate", `cùng nội dung với tệp ${same.file} (trùng SHA-256); không tính hai lần`));
      else distinct.push(f);
    }
    if (distinct.length === 1) {
      chosen(distinct[0] as FileRead);
      continue;
    }
    if (options.preferNewest) {
      const [newest, ...older] = [...distinct].sort(newestFirst);
      chosen(newest as FileRead);
      for (const o of older) outcomes.set(o, outcome(o, "duplicate", `đơn vị có tệp mới hơn: ${(newest as FileRead).file} (--prefer newest)`));
      continue;
    }
    const names = distinct.map((d) => d.file);
    const unitName = registry.units.find((u) => u.code === unit)?.name ?? unit;
    const duplicate: Finding = { code: "file.duplicate_unit", severity: "error", path: { unit }, params: { unit: unitName, count: distinct.length, files: names } };
    distinct.forEach((d, i) => {
      const o = outcome(d, "duplicate", message(duplicate, catalogue), [{ ...duplicate, path: { ...duplicate.path, file: d.file } }]);
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
      validation: { findings: o.findings, errors: Math.max(o.errors, 1), warnings: o.warnings, grids: new Map() },
    });
  }
  return { outcomes: reads.map((r) => outcomes.get(r) as FileOutcome), returns };
}
