import type { Annex } from "../annex/annex.js";
import type { PeriodKind, UnitKind } from "../annex/annex-schema.js";

/** A versioned set of annexes. */
export interface Catalogue {
  readonly version: string;
  readonly annexes: readonly Annex[];
  annex(code: string): Annex | undefined;
}

/** Annexes due in a period kind, for a kind of unit when given, in catalogue order. */
export function annexesDue(catalogue: Catalogue, periodKind: PeriodKind, unitKind?: UnitKind): Annex[] {
  return catalogue.annexes.filter(
    (a) => a.periods.includes(periodKind) && (!unitKind || !a.unitKinds || a.unitKinds.includes(unitKind)),
  );
}
