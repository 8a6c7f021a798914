import {
  catalogueMismatch,
  computeDerived,
  inputsOf,
  peerCells,
  previousPeriod,
  samePeriodLastYear,
  validate,
  type DerivedFigure,
  type Finding,
  type Period,
} from "@phuluc/core/runtime";
import { DEFAULT_READ_LIMITS, WorkbookReadError, readAnnexWorkbook, readErrorFinding } from "@phuluc/xlsx/read";
import { countSeverities, faultOf, type FileRead } from "./file-read.js";
import { figureLayout, packFigures } from "./figure-layout.js";
import type { ReadSetup } from "./read-setup.js";

/** What is known of a file before its bytes are read. */
export type FileBase = Pick<FileRead, "path" | "file" | "size" | "mtimeMs">;

/** Figures of a previous period compare with a workbook of the next period or of a year later, in the same registry. */
function comparable(period: Period | undefined, previous: { period: string }): boolean {
  return period !== undefined && (previousPeriod(period).id === previous.period || samePeriodLastYear(period).id === previous.period);
}

/** A file that could not be read as an annex workbook: the reason is its only finding. */
export function unreadableFile(base: FileBase, finding: Finding, sha256: string): FileRead {
  return { ...base, sha256, readError: finding, findings: [finding], errors: 1, warnings: 0, justified: 0 };
}

/** The finding for a file larger than any annex workbook (it is then not read), or undefined. */
export function tooLargeFinding(base: FileBase): Finding | undefined {
  if (base.size <= DEFAULT_READ_LIMITS.maxFileBytes) return undefined;
  return readErrorFinding(new WorkbookReadError("file.too_large", { kind: "file", limit: DEFAULT_READ_LIMITS.maxFileBytes, actual: base.size }), base.file);
}

/**
 * Checks one file's bytes: the workbook's figures, unit and period, and its
 * validation. Any bytes may be given: what is not an annex workbook comes
 * back with the reason as a finding; a fault of the program comes back as
 * `fault` (never as the file's problem). Nothing here touches a file system.
 */
export function checkFileBytes(base: FileBase, bytes: Uint8Array, sha256: string, setup: ReadSetup): FileRead {
  try {
    return checkWorkbook(base, bytes, sha256, setup);
  } catch (error) {
    if (error instanceof WorkbookReadError) return unreadableFile(base, readErrorFinding(error, base.file), sha256);
    // A fault of the program, not of the file: kept apart, with the fingerprint for the report.
    return { ...base, sha256, findings: [], errors: 0, warnings: 0, justified: 0, fault: faultOf(error) };
  }
}

function checkWorkbook(base: FileBase, bytes: Uint8Array, sha256: string, setup: ReadSetup): FileRead {
  const { file } = base;
  const inflate = setup.inflate ? { inflate: setup.inflate } : {};
  let workbook = readAnnexWorkbook(bytes, { catalogue: setup.catalogue, registries: setup.registries, fileName: file, ...inflate });
  // A file of a period under another catalogue is read again with that one.
  const catalogue = setup.catalogueFor(workbook.period);
  if (catalogue !== setup.catalogue) workbook = readAnnexWorkbook(bytes, { catalogue, registries: setup.registries, fileName: file, ...inflate });

  const out: FileRead = { ...base, sha256, findings: [], errors: 0, warnings: 0, justified: 0, identifiedBy: workbook.identifiedBy };
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
    findings.push({
      code: "file.identified_by_content",
      severity: "warning",
      path: { file },
      params: { by: "tiêu đề các trang phụ lục (tên đơn vị, kỳ báo cáo)" },
    });
  }
  const previous =
    out.unit && setup.previous && out.registryId === setup.previous.registryId && comparable(workbook.period, setup.previous)
      ? setup.previous.submissions.get(out.unit)
      : undefined;
  const mismatch = workbook.period && catalogueMismatch(workbook.submission.catalogueVersion, catalogue, workbook.period, file);
  if (mismatch) {
    findings.push(mismatch);
    delete workbook.submission.catalogueVersion; // said once, with the period's catalogue
  }
  const validation = validate(workbook.submission, catalogue, {
    ...(out.unitKind ? { unitKind: out.unitKind } : {}),
    ...(previous && setup.previous ? { previous, previousLabel: setup.previous.label, previousPeriod: setup.previous.period } : {}),
  });
  if (validation.laterJustifications) out.laterJustifications = validation.laterJustifications;
  const addresses: Record<string, string> = {};
  for (const { annex, key } of peerCells(catalogue)) {
    const state = validation.grids.get(annex)?.get(key);
    if (state && "address" in state && state.address) addresses[`${annex}.${key}`] = state.address;
  }
  if (Object.keys(addresses).length > 0) out.peerAddresses = addresses;
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
