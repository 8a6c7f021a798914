import type { Decimal, Period, Registry } from "@phuluc/core";
import type { PreviousByUnit } from "../read/read-setup.js";

/** The previous period's input figures per unit: unit → annex → cell key → value. */
export type UnitFigures = Map<string, Map<string, Map<string, Decimal>>>;

/** What `--previous` gave: a period, its registry and each unit's input figures. */
export interface PreviousData {
  period: Period;
  registry: Registry;
  units: UnitFigures;
  /** `folder` of unit workbooks, a `national` workbook, or one unit `workbook`. */
  source: "folder" | "national" | "workbook";
  /** Path as given. */
  path: string;
  /** What was left out and why, Vietnamese, for the summary. */
  notes: string[];
}

/** The figures as plain numbers for the reading threads' period-over-period rules. */
export function previousByUnit(data: PreviousData, label: string): PreviousByUnit {
  const units: PreviousByUnit["units"] = {};
  for (const [unit, annexes] of data.units) {
    const out: Record<string, Record<string, number>> = {};
    for (const [annex, cells] of annexes) out[annex] = Object.fromEntries([...cells].map(([k, v]) => [k, v.toNumber()]));
    units[unit] = out;
  }
  return { label, registryId: data.registry.id, period: data.period.id, units };
}
