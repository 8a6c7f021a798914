import type { Fill, Workbook, Worksheet } from "exceljs";
import {
  capitalised,
  countFindings,
  findingStatusWord,
  formatFinding,
  justifiedText,
  locationText,
  type Catalogue,
  type Finding,
  type Period,
  type ReportingUnit,
  type Submission,
} from "@phuluc/core";
import { justificationLines } from "./justification-lines.js";
import { buildTemplate } from "../template/index.js";
import { findingCell } from "./finding-cells.js";
import type { FeedbackStatus } from "./feedback-status.js";
import { addResultsSheet, RESULTS_SHEET, type ResultRow } from "./results-sheet.js";

/** A finding's place without its cell: the template's cell, not the unit's file's, is the one to look at. */
function withoutCell(path: Finding["path"]): Finding["path"] {
  const { cell: _cell, ...rest } = path;
  return rest;
}

export interface FeedbackOptions {
  catalogue: Catalogue;
  unit: ReportingUnit;
  period: Period;
  /** The unit's figures exactly as read from its file (`readAnnexWorkbook(...).submission`). */
  submission: Submission;
  /** Every finding about the file: reading and validation. */
  findings: readonly Finding[];
  status: FeedbackStatus;
  /** The unit's file name, as the findings name it. */
  fileName: string;
  /** ISO timestamp written to `_meta`; now when absent. */
  generatedAt?: string;
}

type Mark = Finding["severity"] | "justified";
const FILL: Record<Mark, Fill> = {
  error: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
  warning: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } },
  justified: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } },
};
/** Red wins over amber, amber over green: a cell shows its worst finding. */
const RANK: Record<Mark, number> = { justified: 0, warning: 1, error: 2 };
const markOf = (f: Finding): Mark => (f.severity === "warning" && f.justification ? "justified" : f.severity);

/**
 * The figures as read, in the shape the template pre-fills: a derived cell
 * the officer typed over (no formula in the file) is written as typed, one
 * that kept its formula gets the template's formula again.
 */
function asTemplateFigures(submission: Submission, catalogue: Catalogue): Submission {
  const annexes: Submission["annexes"] = {};
  for (const [code, data] of Object.entries(submission.annexes)) {
    const annex = catalogue.annex(code);
    const cells: typeof data.cells = {};
    for (const [key, cell] of Object.entries(data.cells)) {
      const derived = annex?.derivedBy.has(key) ?? false;
      cells[key] = derived && !cell.formula ? { ...cell, formula: false } : cell;
    }
    annexes[code] = { ...data, cells };
  }
  return { ...submission, annexes };
}

function markCell(sheet: Worksheet, address: string, severity: Mark, lines: readonly string[]): void {
  const cell = sheet.getCell(address);
  cell.fill = FILL[severity];
  cell.note = { texts: [{ text: lines.join("\n") }] };
}

/**
 * One unit's feedback workbook: its own figures in a fresh template of the
 * catalogue (formulas and protection as in any template, so the unit can
 * correct this very file and send it back), each cell with a finding filled
 * (error red, warning amber) with the Vietnamese message as a note, and a
 * first sheet "Kết quả kiểm tra" listing the findings with a link to each cell,
 * the unit's status and what to do next.
 */
export function buildFeedbackWorkbook(options: FeedbackOptions): Workbook {
  const { catalogue, findings } = options;
  const cache = new Map<string, ReadonlyMap<string, string>>();
  const figures = asTemplateFigures(options.submission, catalogue);
  figures.justifications = justificationLines(catalogue, options.submission, findings, cache);
  const workbook = buildTemplate({
    catalogue,
    unit: options.unit,
    period: options.period,
    ...(options.submission.cutOff ? { cutOff: options.submission.cutOff } : {}),
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    figures,
  });

  const byCell = new Map<string, { sheet: string; address: string; severity: Mark; lines: string[] }>();
  const rows: ResultRow[] = [];
  for (const finding of findings) {
    const formatted = formatFinding(finding, { catalogue, withoutLocation: true });
    const message = finding.justification ? `${formatted} ${justifiedText(finding.justification.text)}` : formatted;
    const where = findingCell(catalogue, finding, cache);
    const sheetPresent = where !== undefined && workbook.getWorksheet(where.sheet) !== undefined;
    rows.push({
      severity: findingStatusWord(finding),
      where: sheetPresent ? { sheet: where.sheet, address: where.address } : undefined,
      location: capitalised(locationText(withoutCell(finding.path), "vi", false)) || "Cả tệp",
      message: capitalised(message),
    });
    if (!sheetPresent) continue;
    const key = `${where.sheet}!${where.address}`;
    const entry = byCell.get(key) ?? { ...where, severity: markOf(finding), lines: [] };
    if (RANK[markOf(finding)] > RANK[entry.severity]) entry.severity = markOf(finding);
    entry.lines.push(`${findingStatusWord(finding)}: ${message}`);
    byCell.set(key, entry);
  }
  for (const entry of byCell.values()) markCell(workbook.getWorksheet(entry.sheet)!, entry.address, entry.severity, entry.lines);

  const counts = countFindings(findings);
  addResultsSheet(workbook, {
    unitName: options.unit.officialName,
    period: options.period,
    fileName: options.fileName,
    status: options.status,
    ...counts,
    rows,
  });
  // The results sheet comes first and is the one shown on opening.
  const results = workbook.getWorksheet(RESULTS_SHEET)!;
  const others = workbook.worksheets.filter((s) => s !== results);
  // exceljs writes sheets in `orderNo` order (not in its typings).
  const order = (sheet: Worksheet, n: number) => ((sheet as unknown as { orderNo: number }).orderNo = n);
  order(results, 0);
  others.forEach((s, i) => order(s, i + 1));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return workbook;
}

/** The feedback workbook as .xlsx bytes. */
export async function writeFeedbackWorkbook(options: FeedbackOptions): Promise<Uint8Array> {
  const buffer = await buildFeedbackWorkbook(options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** `01-ha-noi.xlsx` → `01-ha-noi-phan-hoi.xlsx`: the name of a unit's feedback workbook. */
export function feedbackFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return `${base}-phan-hoi.xlsx`;
}
