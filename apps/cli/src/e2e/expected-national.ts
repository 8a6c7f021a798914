import { annexesDue, canonical, computeDerived, sumInputs, unitByCode, type Catalogue, type Decimal, type Period, type Registry } from "@phuluc/core";
import { planInputs } from "@phuluc/fixtures/plan";

/**
 * National figures re-derived without the command: each included unit's
 * planned inputs summed cell by cell, derived cells recomputed. `edit` lets
 * a test add a planted change (a later version's extra figures).
 */
export function expectedNational(
  catalogue: Catalogue,
  registry: Registry,
  period: Period,
  units: Iterable<string>,
  edit?: (unit: string, annex: string, inputs: Map<string, Decimal>) => void,
): Map<string, Map<string, string | null>> {
  const out = new Map<string, Map<string, string | null>>();
  const list = [...units];
  const planned = new Map(list.map((code) => [code, planInputs(code, period.id)]));
  for (const annex of annexesDue(catalogue, period.kind)) {
    const inputs = list
      .filter((code) => !annex.unitKinds || annex.unitKinds.includes(unitByCode(registry, code)?.kind ?? "province"))
      .map((code) => {
        const figures = new Map(planned.get(code)?.get(annex.code) ?? []);
        edit?.(code, annex.code, figures);
        return figures;
      });
    const figures = computeDerived(annex, sumInputs(inputs));
    out.set(annex.code, new Map([...figures].map(([k, v]) => [k, v === null ? null : canonical(v)])));
  }
  return out;
}

/** The report's national figures in the same shape. */
export function reportedNational(
  report: { national: { annex: string; cells: { key: string; value: string | null }[] }[] },
  field: "value" | "previous" | "compared" = "value",
): Map<string, Map<string, string | null>> {
  return new Map(report.national.map((a) => [a.annex, new Map(a.cells.map((c) => [c.key, (c as Record<string, string | null>)[field] ?? null]))]));
}
