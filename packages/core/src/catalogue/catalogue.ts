import type { Annex } from "../annex/annex.js";
import type { PeriodKind, UnitKind } from "../annex/annex-schema.js";
import type { CatalogueStatus } from "./catalogue-schema.js";
import type { MappingEntry } from "./mapping-schema.js";

/** A versioned set of annexes, valid for the periods ending within its dates. */
export interface Catalogue {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly status: CatalogueStatus;
  readonly note?: string | undefined;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly unitKinds: readonly UnitKind[];
  /**
   * Decimals of a percentage that has no cell of its own on a form (a share a
   * report sentence quotes), and of a percentage cell that declares none:
   * every percentage is written with the decimals of the form.
   */
  readonly percentDecimals: number;
  /** Notes printed under each national table for the national reader, after its coverage line. */
  readonly nationalNotes: readonly string[];
  /** Version of the catalogue this one follows, e.g. `2022.1`. */
  readonly predecessor?: string | undefined;
  /** What the predecessor's changed rows and columns became; those not listed stayed the same. */
  readonly mapping: readonly MappingEntry[];
  readonly annexes: readonly Annex[];
  annex(code: string): Annex | undefined;
}

/** How messages name a catalogue: `2025.2 (tạm thời)`. */
export function catalogueLabel(catalogue: Pick<Catalogue, "version" | "status">): string {
  return catalogue.status === "provisional" ? `${catalogue.version} (tạm thời)` : catalogue.version;
}

/** Annexes due in a period kind, for a kind of unit when given, in catalogue order. */
export function annexesDue(catalogue: Catalogue, periodKind: PeriodKind, unitKind?: UnitKind): Annex[] {
  return catalogue.annexes.filter((a) => a.periods.includes(periodKind) && (!unitKind || !a.unitKinds || a.unitKinds.includes(unitKind)));
}
