import type { Annex } from "../annex/annex.js";
import type { Finding, FindingPath } from "../finding/finding.js";
import { readCell } from "../numbers/index.js";
import type { AnnexSubmission } from "../submission/submission.js";
import type { CellState } from "./cell-state.js";
import { cellKey } from "../rule/line-ref.js";

export interface ReadGridResult {
  grid: Map<string, CellState>;
  findings: Finding[];
  /** Row codes with no cell in the submission. */
  absentRows: string[];
}

function sheetOf(address: string | undefined): string | undefined {
  const bang = address?.lastIndexOf("!") ?? -1;
  return bang > 0 ? address?.slice(0, bang).replace(/^'|'$/g, "") : undefined;
}

/** The path of a cell finding. */
export function cellPath(annex: string, row: string, column: number, address?: string): FindingPath {
  const path: FindingPath = { annex, row, column };
  if (address) {
    path.cell = address;
    const sheet = sheetOf(address);
    if (sheet) path.sheet = sheet;
  }
  return path;
}

/** Reads every cell the annex declares, each by its kind. */
export function readGrid(annex: Annex, submission: AnnexSubmission): ReadGridResult {
  const grid = new Map<string, CellState>();
  const findings: Finding[] = [];
  const presentRows = new Set<string>();
  for (const key of Object.keys(submission.cells)) presentRows.add(key.slice(0, key.indexOf(".")));
  const absentCells = new Set(submission.absentCells);
  for (const spec of annex.index.cells) {
    const key = cellKey(spec.row.code, spec.column.number);
    if (!presentRows.has(spec.row.code) || absentCells.has(key)) {
      grid.set(key, { status: "absent" });
      continue;
    }
    const cell = submission.cells[key];
    const address = cell?.address;
    const base = address === undefined ? {} : { address };
    if (!cell) {
      grid.set(key, { status: "empty", ...base });
      continue;
    }
    const result = readCell(cell.numberFormat === undefined ? { value: cell.value } : { value: cell.value, numberFormat: cell.numberFormat }, spec.kind);
    if (!result.ok) {
      grid.set(key, { status: "unreadable", ...base });
      findings.push({
        code: result.problem.code,
        severity: "error",
        path: cellPath(annex.code, spec.row.code, spec.column.number, address),
        params: { ...result.problem.params, kind: spec.kind },
      });
      continue;
    }
    const read = result.read;
    if (read.empty) {
      grid.set(key, { status: "empty", ...base });
      continue;
    }
    grid.set(key, {
      status: "value",
      value: read.value,
      decimals: read.decimals,
      exact: spec.kind === "count",
      ...base,
    });
  }
  const absentRows = annex.sections.flatMap((s) => s.rows.map((r) => r.code)).filter((r) => !presentRows.has(r));
  return { grid, findings, absentRows };
}
