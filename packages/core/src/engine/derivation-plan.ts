import type { Annex } from "../annex/annex.js";
import { cellKey, type CellKey } from "../rule/line-ref.js";
import type { DerivingInstance } from "../rule/rule-instance.js";

/** One derived cell's formula, with its cell keys spelled out once. */
export type DerivationStep =
  | { kind: "sum"; target: string; parts: readonly string[] }
  | { kind: "difference"; target: string; minuend: string; subtrahends: readonly string[] }
  | { kind: "percentage"; target: string; part: readonly string[]; whole: readonly string[]; decimals: number };

/** How an annex's derived cells are filled: the optional inputs that default to 0, and the formulas in dependency order. */
export interface DerivationPlan {
  readonly optionalInputs: readonly string[];
  readonly steps: readonly DerivationStep[];
}

const plans = new WeakMap<Annex, DerivationPlan>();

const keys = (cells: readonly CellKey[]) => cells.map((c) => cellKey(c.row, c.column));

function operandCells(instance: DerivingInstance): CellKey[] {
  if ("parts" in instance) return instance.parts;
  if ("minuend" in instance) return [instance.minuend, ...instance.subtrahends];
  return [...instance.part, ...instance.whole];
}

function stepOf(annex: Annex, target: string, instance: DerivingInstance): DerivationStep {
  if ("parts" in instance) return { kind: "sum", target, parts: keys(instance.parts) };
  if ("minuend" in instance) return { kind: "difference", target, minuend: cellKey(instance.minuend.row, instance.minuend.column), subtrahends: keys(instance.subtrahends) };
  const decimals = annex.index.cell(instance.target.row, instance.target.column)?.decimals.default ?? 1;
  return { kind: "percentage", target, part: keys(instance.part), whole: keys(instance.whole), decimals };
}

/**
 * The annex's derived cells ordered so that each comes after the derived
 * cells it reads (PL02 row 02 before row 01). Built once per annex; a cell
 * caught in a cycle of formulas is left out (it could never be filled).
 */
export function derivationPlan(annex: Annex): DerivationPlan {
  const cached = plans.get(annex);
  if (cached) return cached;
  const optionalInputs = annex.index.cells
    .map((spec) => ({ spec, key: cellKey(spec.row.code, spec.column.number) }))
    .filter(({ spec, key }) => spec.optional && !annex.derivedBy.has(key))
    .map(({ key }) => key);
  const steps: DerivationStep[] = [];
  const state = new Map<string, "visiting" | "done" | "cycle">();
  const visit = (key: string): boolean => {
    const instance = annex.derivedBy.get(key);
    if (!instance) return true;
    const seen = state.get(key);
    if (seen === "done") return true;
    if (seen !== undefined) return false;
    state.set(key, "visiting");
    let ok = true;
    for (const c of operandCells(instance)) if (!visit(cellKey(c.row, c.column))) ok = false;
    state.set(key, ok ? "done" : "cycle");
    if (ok) steps.push(stepOf(annex, key, instance));
    return ok;
  };
  for (const key of annex.derivedBy.keys()) visit(key);
  const plan = Object.freeze({ optionalInputs: Object.freeze(optionalInputs), steps: Object.freeze(steps) });
  plans.set(annex, plan);
  return plan;
}
