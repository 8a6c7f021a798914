import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { catalogueMismatch, computeDerived, inputsOf, previousPeriod, samePeriodLastYear, validate, type DerivedFigure, type Finding, type Period } from "@phuluc/core";
import { DEFAULT_READ_LIMITS, WorkbookReadError, readAnnexWorkbook, readErrorFinding } from "@phuluc/xlsx/read";
import { isFileSystemError } from "../io/fs-error.js";
import { hashDescriptor } from "../io/hash-descriptor.js";
import type { ListError } from "../io/list-files.js";
import { countSeverities, faultOf, type FileRead } from "./file-read.js";
import { figureLayout, packFigures } from "./figure-layout.js";
import { nativeInflate } from "./native-inflate.js";
import type { ReadSetup } from "./read-setup.js";

export interface ReadTask {
  path: string;
  file: string;
  /** Found unreadable while listing: reported as it is, never opened. */
  listError?: ListError;
}

/** A file's bytes through its descriptor. */
function readOpened(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? bytes : bytes.subarray(0, at);
}

/** The kind of a path that is not a regular file (`file.not_regular`), undefined for a regular file. */
function specialKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "folder_link";
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  return "other";
}

/** A file reported without its content: nothing read, no fingerprint. */
function unopened(task: ReadTask, finding: Finding, info?: Stats): FileRead {
  return { path: task.path, file: task.file, size: info?.size ?? 0, mtimeMs: info?.mtimeMs ?? 0, sha256: "", readError: finding, findings: [finding], errors: 1, warnings: 0 };
}

/** Figures of a previous period compare with a workbook of the next period or of a year later, in the same registry. */
function comparable(period: Period | undefined, previous: { period: string }): boolean {
  return period !== undefined && (previousPeriod(period).id === previous.period || samePeriodLastYear(period).id === previous.period);
}

/**
 * Reads one file (never writes it): its SHA-256, the workbook's figures,
 * unit and period, and its validation. Any file may be given: what is not
 * an annex workbook comes back with the reason as a finding. FIFOs,
 * sockets, devices and broken links are named without being opened; the
 * file is opened without waiting, and checked again once open. A failure
 * of the file system is thrown (see readFileSafely); a fault of the program
 * comes back as `fault`, with the file's fingerprint.
 */
export async function readOneFile(task: ReadTask, setup: ReadSetup): Promise<FileRead> {
  const { file } = task;
  if (task.listError) return unopened(task, { code: "file.io_error", severity: "error", path: { file }, params: { ...task.listError } });
  // Synchronous: a reading thread has nothing else to do meanwhile, and it saves a round trip through libuv per call.
  const info = statSync(task.path, { throwIfNoEntry: false });
  if (!info) {
    if (lstatSync(task.path, { throwIfNoEntry: false })?.isSymbolicLink()) return unopened(task, { code: "file.broken_link", severity: "error", path: { file }, params: {} });
    statSync(task.path); // throws the system's reason
  }
  const kind = info && specialKind(info);
  if (kind) return unopened(task, { code: "file.not_regular", severity: "error", path: { file }, params: { kind } }, info);
  const fd = openSync(task.path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = fstatSync(fd);
    const openedKind = specialKind(opened);
    if (openedKind) return unopened(task, { code: "file.not_regular", severity: "error", path: { file }, params: { kind: openedKind } }, opened);
    return readOpenedFile(task, setup, fd, opened);
  } finally {
    closeSync(fd);
  }
}

function readOpenedFile(task: ReadTask, setup: ReadSetup, fd: number, info: Stats): FileRead {
  const { file } = task;
  const base = { path: task.path, file, size: info.size, mtimeMs: info.mtimeMs };
  const unreadable = (finding: Finding, sha256: string): FileRead => ({ ...base, sha256, readError: finding, findings: [finding], errors: 1, warnings: 0 });

  if (info.size > DEFAULT_READ_LIMITS.maxFileBytes) {
    const finding = readErrorFinding(new WorkbookReadError("file.too_large", { kind: "file", limit: DEFAULT_READ_LIMITS.maxFileBytes, actual: info.size }), file);
    return unreadable(finding, hashDescriptor(fd));
  }
  const bytes = readOpened(fd, info.size);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  try {
    return readWorkbookFile(task, setup, bytes, base, sha256);
  } catch (error) {
    if (error instanceof WorkbookReadError) return unreadable(readErrorFinding(error, file), sha256);
    // A fault of the program, not of the file: kept apart, with the fingerprint for the report.
    return { ...base, sha256, findings: [], errors: 0, warnings: 0, fault: faultOf(error) };
  }
}

function readWorkbookFile(task: ReadTask, setup: ReadSetup, bytes: Buffer, base: Pick<FileRead, "path" | "file" | "size" | "mtimeMs">, sha256: string): FileRead {
  const { file } = task;
  let workbook = readAnnexWorkbook(bytes, { catalogue: setup.catalogue, registries: setup.registries, fileName: file, inflate: nativeInflate });
  // A file of a period under another catalogue is read again with that one.
  const catalogue = setup.catalogueFor(workbook.period);
  if (catalogue !== setup.catalogue) workbook = readAnnexWorkbook(bytes, { catalogue, registries: setup.registries, fileName: file, inflate: nativeInflate });

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
  // Packed in the layout of the catalogue the file was read with (a previous period's may differ from the command's).
  out.catalogueVersion = catalogue.version;
  out.figures = packFigures(catalogue === setup.catalogue ? setup.layout : figureLayout(catalogue), figures);
  return { ...out, findings, ...countSeverities(findings) };
}

/**
 * Like readOneFile, but a failure of the file system (no permission, gone,
 * busy …) is reported as `file.io_error` with the system's reason, and a
 * fault of the program as `fault`: never as a damaged workbook.
 */
export async function readFileSafely(task: ReadTask, setup: ReadSetup): Promise<FileRead> {
  try {
    return await readOneFile(task, setup);
  } catch (error) {
    if (isFileSystemError(error)) return unopened(task, { code: "file.io_error", severity: "error", path: { file: task.file }, params: { kind: "file", reason: error.code } });
    return { path: task.path, file: task.file, size: 0, mtimeMs: 0, sha256: "", findings: [], errors: 0, warnings: 0, fault: faultOf(error) };
  }
}
