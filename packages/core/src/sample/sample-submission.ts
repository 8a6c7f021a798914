import { annexesDue, type Catalogue } from "../catalogue/catalogue.js";
import type { PeriodKind, UnitKind } from "../annex/annex-schema.js";
import { cellNumberFormat } from "../annex/cell-number-format.js";
import { computeDerived } from "../engine/compute-derived.js";
import { Dec, type Decimal } from "../numbers/index.js";
import type { Submission } from "../submission/submission.js";
import { prng, seedOf } from "./prng.js";
import { SAMPLE_INPUTS, type SampleContext } from "./sample-inputs.js";
import { cellKey } from "../rule/line-ref.js";

export interface SampleOptions {
  unit: string;
  /** Period id such as `2022-Y`. */
  period: string;
  unitKind?: UnitKind;
  /** Relative size of the unit (1 = a mid-sized province); drawn from the seed when absent. */
  scale?: number;
  /** Seed text; the unit and period when absent, so each unit differs and reruns agree. */
  seed?: string;
}

/**
 * A complete, valid submission with plausible figures: what a careful
 * officer would return. Deterministic for the same options. For demos,
 * tests, benchmarks and fixture workbooks.
 */
export function sampleSubmission(catalogue: Catalogue, options: SampleOptions): Submission {
  const random = prng(seedOf(options.seed ?? `${options.unit}/${options.period}`));
  const periodKind = (/-(H1|Y|Q)/.exec(options.period)?.[1] ?? "Y") as PeriodKind;
  const scale = options.scale ?? 0.4 + random() * 2.2;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const ctx: SampleContext = {
    int,
    share: (whole, lo, hi) => Math.floor(whole * (lo + random() * (hi - lo))),
    scale,
    half: periodKind !== "Y",
    members: Math.round(int(45_000, 110_000) * scale),
    organisations: Math.round(int(450, 900) * scale),
  };
  const submission: Submission = { unit: options.unit, period: options.period, catalogueVersion: catalogue.version, annexes: {} };
  for (const annex of annexesDue(catalogue, periodKind, options.unitKind)) {
    const generate = SAMPLE_INPUTS[annex.code];
    if (!generate) continue;
    const inputs = new Map<string, Decimal>(Object.entries(generate(ctx)).map(([k, v]) => [k, new Dec(v)]));
    const all = computeDerived(annex, inputs);
    const cells: Submission["annexes"][string]["cells"] = {};
    for (const spec of annex.index.cells) {
      const key = cellKey(spec.row.code, spec.column.number);
      const value = all.get(key);
      const v = value === undefined || value === null ? null : value.toNumber();
      // As a template formats them: percentages with their default decimals.
      cells[key] = spec.kind === "percent" ? { value: v, numberFormat: cellNumberFormat(spec) } : { value: v };
    }
    submission.annexes[annex.code] = { code: annex.code, version: annex.version, cells };
  }
  return submission;
}
