import type { Annex } from "../annex/annex.js";
import { annexesDue, type Catalogue } from "../catalogue/catalogue.js";
import type { DerivedFigure } from "../engine/compute-derived.js";
import { computeDerived } from "../engine/compute-derived.js";
import { validate, type ValidationResult } from "../engine/validate.js";
import type { Period } from "../periods/period.js";
import { periodLabel } from "../periods/period-label.js";
import { defaultGrouping } from "../units/registry-lookup.js";
import type { Grouping, Registry, ReportingUnit } from "../units/types.js";
import type { AnnexComparison, ConsolidatedAnnex, ConsolidationResult, Coverage, GroupFigures, NationalFigure, UnitStatus } from "./consolidation-result.js";
import { Contributors } from "./contributors.js";
import { LazyMap } from "./lazy-map.js";
import { addendsOf, CellSums, type Addends } from "./cell-sums.js";
import { inputKeysOf, inputsOf, type AnnexFigures, type AnnexInputs, type UnitInputs } from "./figures.js";
import { nationalSubmission } from "./national-submission.js";
import { mapPrevious, type MappedPrevious, type PreviousFigures } from "./map-previous.js";
import { comparableScope, type ComparableScope, type LeftOutUnit } from "./comparable-scope.js";
import { catalogueTranslation, notComparableText, type CatalogueTranslation } from "../catalogue/catalogue-translation.js";
import { cellKey } from "../rule/line-ref.js";

/** One unit's validated return. */
export interface UnitReturn {
  /** Unit code in the registry valid for the period. */
  unit: string;
  file?: string;
  validation: ValidationResult;
  /** The unit's file could not be read as its return (no figures): received, never consolidated. */
  unreadable?: boolean;
  /**
   * The unit's inputs of an annex as addends, when the caller holds them as
   * numbers (the same figures as `validation.grids`): taken for the sums
   * instead of the grids, so that no decimal is made for a count.
   */
  addends?: (annex: string) => Addends | undefined;
}

export interface ConsolidateOptions {
  catalogue: Catalogue;
  /** The registry valid for the period. */
  registry: Registry;
  period: Period;
  /** Groups for sub-totals; the registry's default grouping when absent. */
  grouping?: Grouping;
  /** Count units whose submissions have errors (shown as such in the coverage). */
  includeInvalid?: boolean;
  previous?: PreviousFigures;
}

/** Misuse of consolidate(): a return for a unit the registry lacks, or two returns for one unit. */
export class ConsolidationError extends Error {
  override readonly name = "ConsolidationError";
}

function appliesTo(annex: Annex, unit: ReportingUnit): boolean {
  return !annex.unitKinds || annex.unitKinds.includes(unit.kind);
}

function statuses(returns: ReadonlyMap<string, UnitReturn>, registry: Registry, includeInvalid: boolean): UnitStatus[] {
  return registry.units.map((unit) => {
    const r = returns.get(unit.code);
    if (!r) return { unit, status: "missing", reason: "missing", errors: 0, warnings: 0 };
    const base = { unit, errors: r.validation.errors, warnings: r.validation.warnings, ...(r.file ? { file: r.file } : {}) };
    if (r.unreadable) return { ...base, status: "excluded", reason: "unreadable" };
    if (r.validation.errors === 0) return { ...base, status: "included" };
    if (includeInvalid) return { ...base, status: "included", includedWithErrors: true };
    return { ...base, status: "excluded", reason: "errors" };
  });
}

function coverageOf(units: readonly UnitStatus[]): Coverage {
  const count = (s: UnitStatus["status"]) => units.filter((u) => u.status === s).length;
  return {
    expected: units.length,
    received: units.length - count("missing"),
    included: count("included"),
    excluded: count("excluded"),
    unreadable: units.filter((u) => u.reason === "unreadable").length,
    missing: count("missing"),
  };
}

/**
 * One annex's change, like for like: the units of the scope that filed the
 * annex in both periods (every predecessor included), summed on each side.
 * A unit of the scope that filed the annex on one side only is left out.
 */
function annexComparison(
  annex: Annex,
  scope: ComparableScope,
  previous: MappedPrevious,
  known: ReadonlyMap<string, ReportingUnit>,
  filed: ReadonlySet<string>,
  inputsOfUnit: (code: string) => AnnexInputs | undefined,
  previousFigures: (inputs: AnnexInputs) => AnnexFigures,
): AnnexComparison {
  const units: string[] = [];
  const leftOut: LeftOutUnit[] = [];
  const now = new CellSums();
  const before = new CellSums();
  for (const code of scope.units) {
    const unit = known.get(code) as ReportingUnit;
    if (!appliesTo(annex, unit)) continue;
    const hasNow = filed.has(code);
    const hasBefore = previous.fullyFiled(annex.code, code);
    if (hasNow && hasBefore) {
      units.push(code);
      now.add(addendsOf(inputsOfUnit(code) ?? new Map()));
      before.add(addendsOf(previous.inputsOf(annex.code, code) ?? new Map()));
    } else if (hasNow || previous.inputsOf(annex.code, code)) {
      leftOut.push({ code, name: unit.name, reason: hasNow ? "previous_missing" : "current_missing" });
    }
  }
  const related = scope.leftOut.filter((l) => {
    const unit = known.get(l.code);
    return l.reason === "no_successor" || !unit || appliesTo(annex, unit);
  });
  return { units, leftOut: [...related, ...leftOut], current: computeDerived(annex, now.decimals()), previous: previousFigures(before.decimals()) };
}

/** The mapping between the previous period's catalogue and this one, when they differ. */
function translationOf(catalogue: Catalogue, previous: Catalogue | undefined): CatalogueTranslation | undefined {
  if (!previous || previous.version === catalogue.version) return undefined;
  if (catalogue.predecessor !== previous.version) {
    throw new ConsolidationError(`Catalogue ${catalogue.version} does not follow ${previous.version}: the previous figures cannot be compared`);
  }
  return catalogueTranslation(catalogue, previous);
}

/**
 * The previous period's figures of an annex from its inputs: derived cells
 * computed with the annex they were filed under, then carried onto this
 * catalogue's cells through its mapping when the catalogue changed.
 */
function previousFiguresOf(
  annex: Annex,
  translation: CatalogueTranslation | undefined,
  catalogue: Catalogue | undefined,
): (inputs: AnnexInputs) => AnnexFigures {
  const old = translation ? catalogue?.annex(annex.code) : undefined;
  if (!translation || !old) return (inputs) => computeDerived(annex, inputs);
  return (inputs) => translation.figures(annex.code, computeDerived(old, inputs));
}

/**
 * Merges the units' returns into national figures: inputs summed cell by
 * cell, every derived cell recomputed from the sums (never averaged), sub-
 * totals per group, coverage of every expected unit with the reason for
 * each exclusion, provenance of each figure, and the previous period mapped
 * onto the current units when given.
 */
export function consolidate(returns: readonly UnitReturn[], options: ConsolidateOptions): ConsolidationResult {
  const { catalogue, registry, period } = options;
  const known = new Map(registry.units.map((u) => [u.code, u]));
  const byUnit = new Map<string, UnitReturn>();
  for (const r of returns) {
    if (!known.has(r.unit)) throw new ConsolidationError(`Unit ${r.unit} is not in registry ${registry.id}`);
    if (byUnit.has(r.unit)) throw new ConsolidationError(`Two returns for unit ${r.unit}`);
    byUnit.set(r.unit, r);
  }
  const units = statuses(byUnit, registry, options.includeInvalid ?? false);
  const included = units.filter((u) => u.status === "included").map((u) => u.unit);
  const grouping = options.grouping ?? defaultGrouping(registry);
  const previous = options.previous ? mapPrevious(options.previous, registry) : undefined;
  const translation = translationOf(catalogue, options.previous?.catalogue);
  const scope =
    previous && options.previous
      ? comparableScope({
          succession: previous.succession,
          current: registry,
          previous: options.previous.registry,
          included: new Set(included.map((u) => u.code)),
          received: new Set(byUnit.keys()),
          previousUnits: new Set(options.previous.units.keys()),
        })
      : undefined;

  const groupsOf = new Map<string, number[]>();
  grouping.groups.forEach((g, i) => g.units.forEach((code) => (groupsOf.get(code) ?? groupsOf.set(code, []).get(code))?.push(i)));

  // Annex by annex, unit by unit: each unit's inputs are added into the sums
  // and let go; the units' own figures are recomputed when asked for.
  const annexes: ConsolidatedAnnex[] = annexesDue(catalogue, period.kind).map((annex) => {
    const inputsOfUnit = (code: string): AnnexInputs | undefined => {
      const grid = byUnit.get(code)?.validation.grids.get(annex.code);
      return grid ? inputsOf(annex, grid) : undefined;
    };
    const addendsOfUnit = (code: string): Addends | undefined => {
      const r = byUnit.get(code);
      if (r?.addends) return r.addends(annex.code);
      const inputs = inputsOfUnit(code);
      return inputs ? addendsOf(inputs) : undefined;
    };
    const filed: string[] = [];
    const national = new CellSums();
    const groupSums = grouping.groups.map(() => new CellSums());
    const contributors = new Contributors(annex, inputKeysOf(annex));
    for (const unit of included) {
      if (!appliesTo(annex, unit)) continue;
      // Each figure converted once, then added into the national and the groups' sums.
      const addends = addendsOfUnit(unit.code);
      if (!addends) continue;
      filed.push(unit.code);
      national.add(addends);
      for (const g of groupsOf.get(unit.code) ?? []) groupSums[g]?.add(addends);
      contributors.add(unit.code, addends);
    }
    const figures = computeDerived(annex, national.decimals());
    const nationalFigures = new Map<string, NationalFigure>();
    for (const spec of annex.index.cells) {
      const key = cellKey(spec.row.code, spec.column.number);
      if (!figures.has(key)) continue;
      nationalFigures.set(key, { value: figures.get(key) as DerivedFigure, derived: annex.derivedBy.has(key), contributors: contributors.of(key) });
    }
    const filedSet = new Set(filed);
    const groups: GroupFigures[] = grouping.groups.map((g, i) => ({
      code: g.code,
      name: g.name,
      members: g.units,
      units: g.units.filter((code) => filedSet.has(code)),
      figures: computeDerived(annex, (groupSums[i] as CellSums).decimals()),
    }));
    const result: ConsolidatedAnnex = {
      code: annex.code,
      expectedUnits: registry.units.filter((u) => appliesTo(annex, u)).length,
      contributingUnits: filed.length,
      national: nationalFigures,
      // Each unit's figures are recomputed when asked for, not kept: 10,000 units hold no maps of decimals.
      units: new LazyMap(filed, (code) => computeDerived(annex, inputsOfUnit(code) ?? new Map())),
      groups,
    };
    const previousUnits = previous?.units(annex.code) ?? [];
    const previousFigures = previousFiguresOf(annex, translation, options.previous?.catalogue);
    if (previous && previousUnits.length > 0) {
      result.previousNational = previousFigures(previous.nationalInputs(annex.code));
      result.previousUnits = new LazyMap(previousUnits, (code) => previousFigures(previous.inputsOf(annex.code, code) ?? new Map()));
    }
    if (previous && scope && previousUnits.length > 0) {
      result.comparison = annexComparison(annex, scope, previous, known, filedSet, inputsOfUnit, previousFigures);
      if (translation) {
        const reasons = translation.notComparable(annex.code);
        if (reasons.size > 0) result.comparison.notComparable = new Map([...reasons].map(([key, why]) => [key, notComparableText(why)]));
      }
    }
    return result;
  });

  const national = { level: "national", periodKind: period.kind, requireDueAnnexes: false } as const;
  const findings = validate(nationalSubmission(catalogue, annexes, "current"), catalogue, national).findings;
  if (previous) {
    // Changes against the previous period are checked like for like, over the units compared on both sides.
    const changes = validate(nationalSubmission(catalogue, annexes, "compared"), catalogue, {
      ...national,
      previous: nationalSubmission(catalogue, annexes, "previous"),
      previousLabel: periodLabel(previous.comparison.period),
    }).findings;
    findings.push(...changes.filter((f) => f.code === "rule.change_limit"));
  }

  return {
    period,
    registry: { id: registry.id, title: registry.title },
    catalogueVersion: catalogue.version,
    groupingName: grouping.name,
    units,
    coverage: coverageOf(units),
    annexes,
    ...(previous && scope ? { previous: { ...previous.comparison, scope } } : {}),
    findings,
  };
}

export type { PreviousFigures, UnitInputs };
