import { previousCells, type Catalogue, type Decimal, type Period, type Registry } from "@phuluc/core/runtime";
import type { PreviousByUnit } from "../read/read-setup.js";

/** The previous period's input figures per unit: unit → annex → cell key → value (possibly made when asked for). */
export type UnitFigures = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Decimal>>>;

/** What `--previous` gave: a period, its registry and each unit's input figures. */
export interface PreviousData {
  period: Period;
  registry: Registry;
  /** The catalogue the previous figures were filed under (their period's): cell keys are its. */
  catalogue: Catalogue;
  units: UnitFigures;
  /** `folder` of unit workbooks, a `national` workbook, or one unit `workbook`. */
  source: "folder" | "national" | "workbook";
  /** Path as given. */
  path: string;
  /** What was left out and why, Vietnamese, for the summary. */
  notes: string[];
}

/**
 * The figures the reading threads' period-over-period rules read, as plain
 * numbers: only those cells (a handful per unit), so 10,000 units cost each
 * thread little.
 */
export function previousByUnit(data: PreviousData, label: string): PreviousByUnit {
  const wanted = previousCells(data.catalogue);
  const units: PreviousByUnit["units"] = {};
  for (const [unit, annexes] of data.units) {
    const out: Record<string, Record<string, number>> = {};
    for (const [annex, keys] of wanted) {
      const cells = annexes.get(annex);
      if (!cells) continue;
      out[annex] = Object.fromEntries(
        keys.flatMap((k) => {
          const v = cells.get(k);
          return v === undefined ? [] : [[k, v.toNumber()]];
        }),
      );
    }
    units[unit] = out;
  }
  return { label, registryId: data.registry.id, period: data.period.id, units };
}
