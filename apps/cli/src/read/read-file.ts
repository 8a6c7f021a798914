import { createHash } from "node:crypto";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { catalogueMismatch, computeDerived, inputsOf, previousPeriod, samePeriodLastYear, validate, type DerivedFigure, type Finding, type Period } from "@phuluc/core";
import { DEFAULT_READ_LIMITS, WorkbookReadError, readAnnexWorkbook, readErrorFinding } from "@phuluc/xlsx";
import { countSeverities, type FileRead } from "./file-read.js";
import { packFigures } from "./figure-layout.js";
import { nativeInflate } from "./native-inflate.js";
import { unexpectedReadFinding } from "./read-error-finding.js";
import type { ReadSetup } from "./read-setup.js";

export interface ReadTask {
  path: string;
  file: string;
}


async function hashStream(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Figures of a previous period compare with a workbook of the next period or of a year later, in the same registry. */
function comparable(period: Period | undefined, previous: { period: string }): boolean {
  return period !== undefined && (previousPeriod(period).id === previous.period || samePeriodLastYear(period).id === previous.period);
}

/**
 * Reads one file (never writes it): its SHA-256, the workbook's figures,
 * unit and period, and its validation. Any file may be given: what is not
 * an annex workbook comes back with the reason as a finding.
 */
export async function readOneFile(task: ReadTask, setup: ReadSetup): Promise<FileRead> {
  const { file } = task;
  // Synchronous: a reading thread has nothing else to do meanwhile, and it saves a round trip through libuv per call.
  const info = statSync(task.path);
  const base = { path: task.path, file, size: info.size, mtimeMs: info.mtimeMs };
  const unreadable = (finding: Finding, sha256: string): FileRead => ({ ...base, sha256, readError: finding, findings: [finding], errors: 1, warnings: 0 });

  if (info.size > DEFAULT_READ_LIMITS.maxFileBytes) {
    const finding = readErrorFinding(new WorkbookReadError("file.too_large", { kind: "file", limit: DEFAULT_READ_LIMITS.maxFileBytes, actual: info.size }), file);
    return unreadable(finding, await hashStream(task.path));
  }
  const bytes = readFileSync(task.path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let workbook: ReturnType<typeof readAnnexWorkbook>;
  let catalogue = setup.catalogue;
  try {
    workbook = readAnnexWorkbook(bytes, { catalogue: setup.catalogue, registries: setup.registries, fileName: file, inflate: nativeInflate });
    // A file of a period under another catalogue is read again with that one.
    catalogue = setup.catalogueFor(workbook.period);
    if (catalogue !== setup.catalogue) workbook = readAnnexWorkbook(bytes, { catalogue, registries: setup.registries, fileName: file, inflate: nativeInflate });
  } catch (error) {
    if (error instanceof WorkbookReadError) return unreadable(readErrorFinding(error, file), sha256);
    return unreadable(unexpectedReadFinding(error, file), sha256);
  }

  const out: FileRead = { ...base, sha256, findings: [], errors: 0, warnings: 0, identifiedBy: workbook.identifiedBy };
  if (workbook.meta?.generatedAt) out.generatedAt = workbook.meta.generatedAt;
  if (workbook.meta?.validatedAt) out.validatedAt = workbook.meta.validatedAt;
  if (workbook.application) out.application = workbook.application;
  if (workbook.period) out.period = workbook.period.id;
  if (workbook.submission.cutOff) out.cutOff = workbook.submission.cutOff;
  if (workbook.unit) {
    out.unit = workbook.unit.code;
    out.unitName = workbook.unit.officialName;
    out.unitKind = workbook.unit.kind;
  }
  if (workbook.registry) out.registryId = workbook.registry.id;

  const findings: Finding[] = [...workbook.findings];
  if (findings.some((f) => f.code === "file.not_annex_workbook")) {
    out.notAnnex = true;
    return { ...out, findings, ...countSeverities(findings) };
  }
  if (workbook.identifiedBy === "content") {
    findings.push({ code: "file.identified_by_content", severity: "warning", path: { file }, params: { by: "tiêu đề các trang phụ lục (tên đơn vị, kỳ báo cáo)" } });
  }
  const previous = out.unit && setup.previous && out.registryId === setup.previous.registryId && comparable(workbook.period, setup.previous) ? setup.previous.submissions.get(out.unit) : undefined;
  const mismatch = workbook.period && catalogueMismatch(workbook.submission.catalogueVersion, catalogue, workbook.period, file);
  if (mismatch) {
    findings.push(mismatch);
    delete workbook.submission.catalogueVersion; // said once, with the period's catalogue
  }
  const validation = validate(workbook.submission, catalogue, {
    ...(out.unitKind ? { unitKind: out.unitKind } : {}),
    ...(previous && setup.previous ? { previous, previousLabel: setup.previous.label } : {}),
  });
  findings.push(...validation.findings);
  // Derived cells are recomputed here, in the reading thread, for the per-unit tables.
  const figures = new Map<string, Map<string, DerivedFigure>>();
  for (const [code, grid] of validation.grids) {
    const annex = catalogue.annex(code);
    if (annex) figures.set(code, computeDerived(annex, inputsOf(annex, grid)));
  }
  out.annexes = [...figures.keys()];
  out.figures = packFigures(setup.layout, figures);
  return { ...out, findings, ...countSeverities(findings) };
}

/** Like readOneFile, but a file that vanished or cannot be opened is reported, not thrown. */
export async function readFileSafely(task: ReadTask, setup: ReadSetup): Promise<FileRead> {
  try {
    return await readOneFile(task, setup);
  } catch (error) {
    const finding = unexpectedReadFinding(error, task.file);
    return { path: task.path, file: task.file, size: 0, mtimeMs: 0, sha256: "", readError: finding, findings: [finding], errors: 1, warnings: 0 };
  }
}
