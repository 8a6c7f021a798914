/** `province`: tỉnh ủy, thành ủy. `central`: đảng ủy trực thuộc Trung ương. */
export type UnitKind = "province" | "central";

/** A unit of an earlier registry whose figures flow into this unit. */
export interface PredecessorRef {
  /** Id of the earlier registry, e.g. `vn-2022`. */
  readonly registry: string;
  /** Unit code in that registry. */
  readonly code: string;
}

/** One reporting unit (`đơn vị báo cáo`). */
export interface ReportingUnit {
  /** Stable code: the two-digit administrative code for provinces, `TW-…` for central committees. */
  readonly code: string;
  /** Short name used in tables: "Hà Nội". */
  readonly name: string;
  /** The party committee: "Thành ủy Hà Nội", "Tỉnh ủy Hà Giang", "Quân ủy Trung ương". */
  readonly officialName: string;
  readonly kind: UnitKind;
  /** Other spellings accepted when reading workbooks. */
  readonly aliases: readonly string[];
  /** Codes of the unit's groups in the registry's default grouping. */
  readonly groups: readonly string[];
  /** Units of earlier registries merged into this one (empty: no comparable history). */
  readonly predecessors: readonly PredecessorRef[];
}

export interface Group {
  readonly code: string;
  readonly name: string;
  /** Unit codes, in display order. */
  readonly units: readonly string[];
}

/** A way to split units into groups for sub-totals (regions, conference areas …). */
export interface Grouping {
  readonly id: string;
  readonly name: string;
  readonly groups: readonly Group[];
}

/** The set of reporting units valid over a date range. */
export interface Registry {
  readonly id: string;
  readonly title: string;
  /** First day of validity (inclusive), or `null` for "since always". */
  readonly validFrom: string | null;
  /** Last day of validity (inclusive), or `null` for "until replaced". */
  readonly validTo: string | null;
  readonly note?: string;
  /** Units in official order. */
  readonly units: readonly ReportingUnit[];
  /** The first grouping is the default one. */
  readonly groupings: readonly Grouping[];
}
