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

/** An annex's cell keys in `annex.index.cells` order and its row codes in section order: made once per annex, not per submission. */
interface GridPlan {
  keys: readonly string[];
  rows: readonly string[];
}

const plans = new WeakMap<Annex, GridPlan>();

function planOf(annex: Annex): GridPlan {
  let plan = plans.get(annex);
  if (plan === undefined) {
    plan = {
      keys: annex.index.cells.map((spec) => cellKey(spec.row.code, spec.column.number)),
      rows: annex.sections.flatMap((s) => s.rows.map((r) => r.code)),
    };
    plans.set(annex, plan);
  }
  return plan;
}

/** Reads every cell the annex declares, each by its kind. */
export function readGrid(annex: Annex, submission: AnnexSubmission): ReadGridResult {
  const grid = new Map<string, CellState>();
  const findings: Finding[] = [];
  const presentRows = new Set<string>();
  for (const key of Object.keys(submission.cells)) presentRows.add(key.slice(0, key.indexOf(".")));
  const absentCells = submission.absentCells === undefined || submission.absentCells.length === 0 ? undefined : new Set(submission.absentCells);
  const plan = planOf(annex);
  const specs = annex.index.cells;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as (typeof specs)[number];
    const key = plan.keys[i] as string;
    if (!presentRows.has(spec.row.code) || absentCells?.has(key) === true) {
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
  const absentRows = plan.rows.filter((r) => !presentRows.has(r));
  return { grid, findings, absentRows };
}
