import { META_SHEET, metaFromRows, type Catalogue, type WorkbookMeta } from "@phuluc/core";
import { interruptedRows } from "./creation-marker.js";
import { workbookCatalogue, type WorkbookCatalogue } from "./workbook-catalogue.js";

/** What the add-in saw when it opened on a workbook. */
export interface WorkbookSurvey {
  sheets: readonly { name: string; visibility: string; empty: boolean }[];
  /** Rows of the `_meta` sheet, when there is one. */
  metaRows?: readonly (readonly unknown[])[];
}

export type WorkbookKind =
  /** Made by this software (the add-in or `phuluc template`): validate it with its period's catalogue. */
  | { kind: "annex"; meta: WorkbookMeta; catalogue: Catalogue }
  /** The add-in's creation of the annexes was cut off half-way: redo it. */
  | { kind: "half-made"; meta: WorkbookMeta; catalogue: Catalogue }
  /** Made by this software, but its period has no catalogue or it was made from another one: cannot be validated here. */
  | { kind: "unreadable"; meta: WorkbookMeta; why: Exclude<WorkbookCatalogue, { catalogue: Catalogue }> }
  /** Nothing in it yet: offer to create the annexes. */
  | { kind: "blank" }
  /** Someone else's workbook: say so; annexes can still be created beside its sheets. */
  | { kind: "foreign"; sheets: string[] }
  /** It has annex sheet names but no `_meta` of ours: creating would clash. */
  | { kind: "lookalike"; sheets: string[] };

const ANNEX_SHEET = /^PL\d{2}$/i;

/** Decides what kind of workbook the add-in is looking at, and for ours, the catalogue of its period. */
export function workbookKind(survey: WorkbookSurvey, catalogues: readonly Catalogue[]): WorkbookKind {
  const interrupted = survey.metaRows ? interruptedRows(survey.metaRows) : undefined;
  const unfinished = interrupted ? metaFromRows(interrupted) : undefined;
  const meta = unfinished ?? (survey.metaRows ? metaFromRows(survey.metaRows) : undefined);
  if (meta) {
    const found = workbookCatalogue(meta, catalogues);
    if (!("catalogue" in found)) return { kind: "unreadable", meta, why: found };
    return { kind: unfinished ? "half-made" : "annex", meta, catalogue: found.catalogue };
  }
  const visible = survey.sheets.filter((s) => s.name !== META_SHEET);
  const annexLike = visible.filter((s) => ANNEX_SHEET.test(s.name)).map((s) => s.name);
  if (annexLike.length > 0) return { kind: "lookalike", sheets: annexLike };
  const used = visible.filter((s) => !s.empty).map((s) => s.name);
  return used.length === 0 ? { kind: "blank" } : { kind: "foreign", sheets: used };
}
