import type { DerivedFigure } from "../engine/compute-derived.js";
import type { Finding } from "../finding/finding.js";
import type { Period } from "../periods/period.js";
import type { Registry, ReportingUnit } from "../units/types.js";
import type { ComparableScope, LeftOutUnit } from "./comparable-scope.js";
import type { AnnexFigures } from "./figures.js";

/**
 * Why a unit's figures are not in the national totals: errors in its
 * figures, no file at all, or a file of the unit that could not be read
 * (wrong format, encrypted, corrupt, not an annex workbook).
 */
export type ExclusionReason = "errors" | "missing" | "unreadable";

/** Where each expected unit stands. */
export interface UnitStatus {
  unit: ReportingUnit;
  status: "included" | "excluded" | "missing";
  reason?: ExclusionReason;
  /** Included although its submission has errors (the user asked to include invalid units). */
  includedWithErrors?: boolean;
  errors: number;
  warnings: number;
  file?: string;
}

export interface Coverage {
  /** Units in the registry valid for the period. */
  expected: number;
  received: number;
  included: number;
  excluded: number;
  /** Of the excluded: units whose file could not be read (received, no valid return). */
  unreadable: number;
  missing: number;
}

/** A national figure and the units it came from. */
export interface NationalFigure {
  value: DerivedFigure;
  /** Filled by a formula from other national figures (totals, percentages). */
  derived: boolean;
  /** Units whose input contributed (for a derived figure: to any of its operands' cells is not tracked; see inputs). */
  contributors: readonly string[];
}

export interface GroupFigures {
  code: string;
  name: string;
  /** Every unit of the group, as the grouping lists them. */
  members: readonly string[];
  /** Included units of the group that filed the annex. */
  units: readonly string[];
  figures: AnnexFigures;
}

export interface ConsolidatedAnnex {
  code: string;
  /** Units expected to file this annex (PL08: provinces only). */
  expectedUnits: number;
  /** Included units that filed it. */
  contributingUnits: number;
  national: ReadonlyMap<string, NationalFigure>;
  /**
   * Each included unit's figures, derived cells recomputed: computed from
   * the unit's return each time one is asked for (so the returns given to
   * `consolidate` must stay as they were), never all held at once.
   */
  units: ReadonlyMap<string, AnnexFigures>;
  groups: readonly GroupFigures[];
  /** Previous period's national figures (every previous unit with figures), when given. */
  previousNational?: AnnexFigures;
  /**
   * The change against the previous period, like for like: both sides
   * summed over the same units (see `ComparableScope`). The current total
   * quoted stays `national`; only the change is computed from these.
   */
  comparison?: AnnexComparison;
  /** Previous period's figures per current unit (mapped onto successors when the registry changed), computed like `units`. */
  previousUnits?: ReadonlyMap<string, AnnexFigures>;
}

export interface AnnexComparison {
  /** Current unit codes compared on both sides. */
  units: readonly string[];
  /** Units with figures on one side only, left out of both. */
  leftOut: readonly LeftOutUnit[];
  current: AnnexFigures;
  previous: AnnexFigures;
  /**
   * Cells without a comparable figure in the previous period's catalogue
   * (cell key → `chỉ tiêu thay đổi từ …`): the change is not computed.
   */
  notComparable?: ReadonlyMap<string, string>;
}

export interface PreviousComparison {
  period: Period;
  registryId: string;
  /** The registry changed: predecessors' figures were summed onto their successors. */
  mapped: boolean;
  /** Successor code → predecessor codes, for units whose figures were mapped from other units. */
  mapping: ReadonlyMap<string, readonly string[]>;
  /** Current units with no predecessor: not comparable. */
  notComparable: readonly string[];
  /** The units compared on both sides and those left out, over all annexes. */
  scope: ComparableScope;
}

export interface ConsolidationResult {
  period: Period;
  registry: Pick<Registry, "id" | "title">;
  catalogueVersion: string;
  groupingName: string;
  units: readonly UnitStatus[];
  coverage: Coverage;
  annexes: readonly ConsolidatedAnnex[];
  previous?: PreviousComparison;
  /** Findings on the national figures: national targets, period-over-period changes. */
  findings: readonly Finding[];
}
