import {
  workbookMeta,
  annexesDue,
  formatVietnameseDate,
  layoutAnnex,
  parsePeriod,
  periodLabel,
  registryForPeriod,
  unitByCode,
  type Annex,
  type Catalogue,
  type FormLayout,
  type Period,
  type Registry,
  type ReportingUnit,
  type WorkbookMeta,
} from "@phuluc/core";
import { annexPlan, type AnnexPlan } from "./annex-plan.js";

/** An annex workbook as the add-in works with it: who, when, which annexes, where their cells are. */
export interface AnnexWorkbook {
  meta: WorkbookMeta;
  unit: ReportingUnit;
  period: Period;
  annexes: readonly Annex[];
  layouts: readonly FormLayout[];
  plans: readonly AnnexPlan[];
}

export type AnnexWorkbookResult = { workbook: AnnexWorkbook } | { problem: "period" | "registry" | "unit" };

/**
 * The unit as `_meta` describes it, for a workbook made from a registry the
 * add-in does not carry (`phuluc template --registry FILE`, commune
 * registries): code, name and kind are all that annexes and rules need.
 */
function unitFromMeta(meta: WorkbookMeta): ReportingUnit | undefined {
  if (!meta.unitKind || !meta.unit || !meta.unitName) return undefined;
  return { code: meta.unit, name: meta.unitName, officialName: meta.unitName, kind: meta.unitKind, aliases: [], groups: [], predecessors: [] };
}

/**
 * Resolves a workbook's `_meta` against the catalogue and the unit registries:
 * the unit is looked up in the registry in force for the period, and when that
 * registry does not have it (a workbook made from another registry) it is taken
 * from `_meta` itself, which records its kind.
 */
export function annexWorkbook(meta: WorkbookMeta, catalogue: Catalogue, registries: readonly Registry[]): AnnexWorkbookResult {
  const parsed = parsePeriod(meta.period);
  if (!("period" in parsed)) return { problem: "period" };
  const period = parsed.period;
  const registry = registryForPeriod(registries, period);
  const known = registry ? unitByCode(registry, meta.unit) : undefined;
  // A unit of the built-in registry must still be that unit: same code, same name.
  const unit = (known && known.officialName === meta.unitName ? known : undefined) ?? unitFromMeta(meta) ?? known;
  if (!unit) return { problem: registry ? "unit" : "registry" };
  const annexes = annexesDue(catalogue, period.kind, unit.kind);
  const layouts = annexes.map((annex) =>
    layoutAnnex(annex, {
      unitName: unit.officialName,
      periodLabel: periodLabel(period),
      ...(meta.cutOff ? { cutOff: formatVietnameseDate(meta.cutOff) } : {}),
    }),
  );
  return { workbook: { meta, unit, period, annexes, layouts, plans: layouts.map(annexPlan) } };
}

/** The `_meta` of a workbook the add-in is about to create. */
export function newWorkbookMeta(options: { catalogue: Catalogue; unit: ReportingUnit; period: Period; cutOff?: string; now: Date }): WorkbookMeta {
  return workbookMeta({
    catalogueId: options.catalogue.id,
    catalogueVersion: options.catalogue.version,
    unit: options.unit,
    period: options.period,
    ...(options.cutOff ? { cutOff: options.cutOff } : {}),
    generatedAt: options.now.toISOString(),
  });
}
