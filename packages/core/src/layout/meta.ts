import type { UnitKind } from "../units/types.js";

/** Name of the very hidden sheet holding what a workbook is. */
export const META_SHEET = "_meta";
/** Identifies workbooks made by this software. */
export const TEMPLATE_ID = "phuluc-annex-workbook";

/** What the `_meta` sheet records, one key per row (column A key, column B value). */
export interface WorkbookMeta {
  template: string;
  /** Id of the catalogue the workbook was made from, e.g. `btctw-2025`; absent in older workbooks. */
  catalogueId?: string;
  catalogueVersion: string;
  unit: string;
  unitName: string;
  /**
   * The unit's kind in the registry the workbook was made from, so that a
   * reader without that registry (the Excel add-in, for a `--registry` file)
   * still knows which annexes and rules apply.
   */
  unitKind?: UnitKind;
  period: string;
  cutOff?: string;
  generatedAt: string;
  /** Stamped by the add-in's export or the CLI when validated. */
  validatedAt?: string;
  /** SHA-256 of the figures at validation, hex. */
  figuresHash?: string;
}

const KEYS = [
  "template",
  "catalogueVersion",
  "catalogueId",
  "unit",
  "unitName",
  "unitKind",
  "period",
  "cutOff",
  "generatedAt",
  "validatedAt",
  "figuresHash",
] as const;
const UNIT_KINDS: readonly string[] = ["province", "central"] satisfies readonly UnitKind[];

/** The rows written to `_meta`. */
export function metaRows(meta: WorkbookMeta): [string, string][] {
  const out: [string, string][] = [];
  for (const key of KEYS) {
    const value = meta[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}

/** Reads `_meta` rows back; undefined when they are not ours. */
export function metaFromRows(rows: readonly (readonly unknown[])[]): WorkbookMeta | undefined {
  const map = new Map<string, string>();
  for (const row of rows) {
    const [k, v] = row;
    if (typeof k === "string" && (typeof v === "string" || typeof v === "number")) map.set(k, String(v));
  }
  if (map.get("template") !== TEMPLATE_ID) return undefined;
  const need = (k: string) => map.get(k) ?? "";
  const meta: WorkbookMeta = {
    template: TEMPLATE_ID,
    catalogueVersion: need("catalogueVersion"),
    unit: need("unit"),
    unitName: need("unitName"),
    period: need("period"),
    generatedAt: need("generatedAt"),
  };
  for (const k of ["catalogueId", "cutOff", "validatedAt", "figuresHash"] as const) {
    const v = map.get(k);
    if (v !== undefined) meta[k] = v;
  }
  const kind = map.get("unitKind");
  if (kind !== undefined && UNIT_KINDS.includes(kind)) meta.unitKind = kind as UnitKind;
  return meta;
}

/** The `_meta` record of a workbook made for a unit and period (a template, or a consolidation one level up). */
export function workbookMeta(options: {
  catalogueId?: string;
  catalogueVersion: string;
  unit: { code: string; officialName: string; kind?: UnitKind };
  period: { id: string };
  cutOff?: string;
  generatedAt: string;
}): WorkbookMeta {
  return {
    template: TEMPLATE_ID,
    ...(options.catalogueId ? { catalogueId: options.catalogueId } : {}),
    catalogueVersion: options.catalogueVersion,
    unit: options.unit.code,
    unitName: options.unit.officialName,
    ...(options.unit.kind ? { unitKind: options.unit.kind } : {}),
    period: options.period.id,
    ...(options.cutOff ? { cutOff: options.cutOff } : {}),
    generatedAt: options.generatedAt,
  };
}
