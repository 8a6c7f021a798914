import { catalogueForPeriod, catalogueMismatch, parsePeriod, type Catalogue, type Period, type WorkbookMeta } from "@phuluc/core";

/** The catalogue a workbook is read with, or why there is none. */
export type WorkbookCatalogue =
  | { catalogue: Catalogue; period: Period }
  /** `_meta` names no period the add-in can read. */
  | { problem: "period" }
  /** No catalogue covers the period (before the first one, after the last). */
  | { problem: "no-catalogue"; period: Period }
  /** Made from another catalogue than its period's (`_meta` says which): refused, never misread. */
  | { problem: "other-catalogue"; period: Period; stated: string; expected: Catalogue };

/**
 * The catalogue of a workbook's period, as for `phuluc validate`: the one
 * valid on the period's last day (2022-Y → 2022.1, 2026-Y → 2025.2), checked
 * against the version its `_meta` records.
 */
export function workbookCatalogue(meta: WorkbookMeta, catalogues: readonly Catalogue[]): WorkbookCatalogue {
  const parsed = parsePeriod(meta.period);
  if (!("period" in parsed)) return { problem: "period" };
  const period = parsed.period;
  const catalogue = catalogueForPeriod(period, catalogues);
  if (!catalogue) return { problem: "no-catalogue", period };
  if (catalogueMismatch(meta.catalogueVersion, catalogue, period))
    return { problem: "other-catalogue", period, stated: meta.catalogueVersion, expected: catalogue };
  return { catalogue, period };
}
