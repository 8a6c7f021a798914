import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { justifiedFigures, tidyCsv, tidyRows, type Catalogue, type Finding, type Registry, type TidyRow, type TidyStatus } from "@phuluc/core";
import type { FeedbackStatus } from "@phuluc/xlsx";
import { readAnnexWorkbook } from "@phuluc/xlsx/read";
import { writeError } from "../cli/usage-error.js";
import { discardStaged, stageFile, type StagedFile } from "../io/atomic-write.js";
import { nativeInflate } from "../read/native-inflate.js";
import type { FileRead } from "@phuluc/consolidate";

/** One unit's file, as a command decided about it. */
export interface UnitFile {
  read: FileRead;
  /** Every finding of the file (reading, validation, and what the command added). */
  findings: readonly Finding[];
  feedback: FeedbackStatus;
  tidy: TidyStatus;
  /** Group or region of the unit, for the tidy table. */
  group?: string;
}

export interface UnitOutputsRequest {
  /** The catalogue a file was read with (its period's, or the edited one). */
  catalogueOf: (read: FileRead) => Catalogue;
  registries: readonly Registry[];
  files: readonly UnitFile[];
  /** Folder for the feedback workbooks. */
  feedbackDir?: string;
  /** The tidy CSV file. */
  tidy?: string;
  /** ISO time written into the feedback workbooks' `_meta`. */
  generatedAt: string;
}

export interface UnitOutputs {
  staged: StagedFile[];
  /** Feedback workbooks staged: unit file → feedback file name. */
  feedback: { file: string; feedbackFile: string }[];
  /** Files with findings for which no feedback workbook can be made (unreadable, unit or period unknown). */
  noFeedback: { file: string; why: "unreadable" | "unidentified" }[];
  tidyRows: number;
}

/** A unit hears back when its file has findings or was not used (an identical second copy has neither). */
function needsFeedback(f: UnitFile): boolean {
  return f.findings.length > 0 || f.feedback.kind === "excluded";
}

/**
 * The outputs that go back to the units (feedback workbooks) and to analysts
 * (the tidy CSV), staged next to their final names: each unit's file is read
 * again here (only the ones needed), since the reading threads hand back
 * packed figures, not the cells as read.
 */
export async function stageUnitOutputs(request: UnitOutputsRequest): Promise<UnitOutputs> {
  const out: UnitOutputs = { staged: [], feedback: [], noFeedback: [], tidyRows: 0 };
  const stage = async (path: string, data: Uint8Array | string) => {
    try {
      out.staged.push(await stageFile(path, data));
    } catch (error) {
      await discardStaged(out.staged);
      throw writeError(path, error);
    }
  };
  await collectOutputs(request, out, stage);
  return out;
}

async function collectOutputs(request: UnitOutputsRequest, out: UnitOutputs, stage: (path: string, data: Uint8Array | string) => Promise<void>): Promise<void> {
  const wanted = request.files.filter((f) => (request.feedbackDir && needsFeedback(f)) || (request.tidy && f.read.unit));
  if (wanted.length === 0 && !request.tidy) return;
  const xlsx = { readAnnexWorkbook, ...(await import("../writers/workbook-writers.js")) };
  const rows: TidyRow[] = [];
  const usedNames = new Set<string>();
  for (const f of wanted) {
    if (f.read.readError || f.read.notAnnex) {
      if (request.feedbackDir && needsFeedback(f)) out.noFeedback.push({ file: f.read.file, why: "unreadable" });
      continue;
    }
    const catalogue = request.catalogueOf(f.read);
    const bytes = new Uint8Array(await readFile(f.read.path));
    const workbook = xlsx.readAnnexWorkbook(bytes, { catalogue, registries: request.registries, fileName: f.read.file, inflate: nativeInflate });
    const { unit, period } = workbook;
    if (request.tidy && unit && f.read.unit) {
      for (const row of tidyRows(catalogue, {
        period: f.read.period ?? period?.id ?? "",
        unitCode: unit.code,
        unitName: unit.officialName,
        ...(f.group ? { group: f.group } : {}),
        status: f.tidy,
        file: f.read.file,
        submission: workbook.submission,
        justified: justifiedFigures(f.findings),
      }))
        rows.push(row);
    }
    if (!request.feedbackDir || !needsFeedback(f)) continue;
    if (!unit || !period) {
      out.noFeedback.push({ file: f.read.file, why: "unidentified" });
      continue;
    }
    let name = xlsx.feedbackFileName(f.read.file);
    // Two files of one name in different sub-folders: the second gets the sub-folder's name in front.
    if (usedNames.has(name)) name = xlsx.feedbackFileName(f.read.file.replace(/[\\/]/g, "-"));
    usedNames.add(name);
    const feedback = await xlsx.writeFeedbackWorkbook({
      catalogue,
      unit,
      period,
      submission: workbook.submission,
      findings: f.findings,
      status: f.feedback,
      fileName: f.read.file,
      generatedAt: request.generatedAt,
    });
    await stage(join(request.feedbackDir, name), feedback);
    out.feedback.push({ file: f.read.file, feedbackFile: name });
  }
  if (request.tidy) {
    await stage(request.tidy, tidyCsv(rows));
    out.tidyRows = rows.length;
  }
}
