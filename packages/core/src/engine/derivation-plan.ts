import type { Annex } from "../annex/annex.js";
import { InternalError } from "../errors/internal-error.js";
import type { Decimal } from "../numbers/index.js";
import { cellKey } from "../rule/line-ref.js";
import { instanceCells, type DerivingInstance } from "../rule/rule-instance.js";
import { lineRuleKind } from "../rule/rule-kinds.js";

/** One derived cell's formula, with its cell keys resolved once: its figure from the totals of figures (see `Derivation`). */
export interface DerivationStep {
  target: string;
  compute: (total: (keys: readonly string[]) => Decimal | undefined) => Decimal | null | undefined;
}

/** How an annex's derived cells are filled: the optional inputs that default to 0, and the formulas in dependency order. */
export interface DerivationPlan {
  readonly optionalInputs: readonly string[];
  readonly steps: readonly DerivationStep[];
}

const plans = new WeakMap<Annex, DerivationPlan>();

function stepOf(annex: Annex, target: string, instance: DerivingInstance): DerivationStep {
  const derivation = lineRuleKind(instance.rule).derivation;
  if (!derivation) throw new InternalError(`rule ${instance.rule.id} derives a cell but its kind has no derivation`);
  const decimals = annex.index.cell(instance.target.row, instance.target.column)?.decimals.default ?? 1;
  return { target, compute: derivation.compute(instance, decimals) };
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
    for (const c of instanceCells(instance).slice(1)) if (!visit(cellKey(c.row, c.column))) ok = false;
    state.set(key, ok ? "done" : "cycle");
    if (ok) steps.push(stepOf(annex, key, instance));
    return ok;
  };
  for (const key of annex.derivedBy.keys()) visit(key);
  const plan = Object.freeze({ optionalInputs: Object.freeze(optionalInputs), steps: Object.freeze(steps) });
  plans.set(annex, plan);
  return plan;
}
