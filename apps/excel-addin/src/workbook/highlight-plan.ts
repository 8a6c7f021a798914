import type { Finding } from "@phuluc/core";
import type { AnnexPlan } from "./annex-plan.js";

/** How a data cell is marked: the cell a finding points at, by severity, or a cell it involves. */
export type Mark = "error" | "warning" | "related";

/** Marks wanted on each sheet: sheet → address → mark. */
export type Marks = Map<string, Map<string, Mark>>;

const RANK: Record<Mark, number> = { error: 3, warning: 2, related: 1 };

/** Findings about empty inputs are listed, not painted: a fresh form would be all red. */
const NOT_PAINTED = new Set(["cell.required"]);

function split(ref: string): { sheet: string; address: string } | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return undefined;
  return { sheet: ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"), address: ref.slice(bang + 1).replace(/\$/g, "") };
}

/** The marks the findings call for, on the annex data cells only. */
export function marksFor(findings: readonly Finding[], plans: readonly AnnexPlan[]): Marks {
  const known = new Map(plans.map((p) => [p.sheet, new Set(p.cells.map((c) => c.address))]));
  const marks: Marks = new Map();
  const put = (ref: string | undefined, mark: Mark): void => {
    const at = ref ? split(ref) : undefined;
    if (!at || !known.get(at.sheet)?.has(at.address)) return;
    let sheet = marks.get(at.sheet);
    if (!sheet) marks.set(at.sheet, (sheet = new Map()));
    const had = sheet.get(at.address);
    if (!had || RANK[had] < RANK[mark]) sheet.set(at.address, mark);
  };
  for (const f of findings) {
    if (NOT_PAINTED.has(f.code)) continue;
    put(f.path.cell, f.severity);
    const cells = f.params.cells;
    if (Array.isArray(cells)) for (const c of cells) if (c !== f.path.cell) put(c, "related");
  }
  return marks;
}

/** What to paint on one sheet: cells to mark, and marked cells to give back their own fill. */
export interface SheetPaint {
  sheet: string;
  mark: Record<Mark, string[]>;
  /** Back to the form's fill: inputs plain, derived cells tinted. */
  restore: { input: string[]; derived: string[] };
}

function emptyPaint(sheet: string): SheetPaint {
  return { sheet, mark: { error: [], warning: [], related: [] }, restore: { input: [], derived: [] } };
}

/**
 * The smallest repaint from `before` to `after`. With `before` undefined
 * (first look at a workbook, or "Kiểm tra toàn bộ") every data cell is
 * restored first, so marks left in the file by an earlier run go away.
 * Sheets with nothing to do are left out: no change, no write.
 */
export function paintDiff(plans: readonly AnnexPlan[], before: Marks | undefined, after: Marks): SheetPaint[] {
  const out: SheetPaint[] = [];
  for (const plan of plans) {
    const old = before?.get(plan.sheet);
    const now = after.get(plan.sheet);
    const paint = emptyPaint(plan.sheet);
    for (const cell of plan.cells) {
      const was = before ? old?.get(cell.address) : "unknown";
      const is = now?.get(cell.address);
      if (was === is) continue;
      if (is) paint.mark[is].push(cell.address);
      else paint.restore[cell.role].push(cell.address);
    }
    const any = Object.values(paint.mark).some((l) => l.length > 0) || paint.restore.input.length + paint.restore.derived.length > 0;
    if (any) out.push(paint);
  }
  return out;
}
