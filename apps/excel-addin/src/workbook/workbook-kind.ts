import { META_SHEET, metaFromRows, type Catalogue, type WorkbookMeta } from "@phuluc/core";
import { interruptedRows } from "./creation-marker.js";

/** What the add-in saw when it opened on a workbook. */
export interface WorkbookSurvey {
  sheets: readonly { name: string; visibility: string; empty: boolean }[];
  /** Rows of the `_meta` sheet, when there is one. */
  metaRows?: readonly (readonly unknown[])[];
}

export type WorkbookKind =
  /** Made by this software (the add-in or `phuluc template`): validate it. */
  | { kind: "annex"; meta: WorkbookMeta }
  /** The add-in's creation of the annexes was cut off half-way: redo it. */
  | { kind: "half-made"; meta: WorkbookMeta }
  /** Made by this software from another catalogue version: cannot be validated here. */
  | { kind: "other-version"; meta: WorkbookMeta }
  /** Nothing in it yet: offer to create the annexes. */
  | { kind: "blank" }
  /** Someone else's workbook: say so; annexes can still be created beside its sheets. */
  | { kind: "foreign"; sheets: string[] }
  /** It has annex sheet names but no `_meta` of ours: creating would clash. */
  | { kind: "lookalike"; sheets: string[] };

const ANNEX_SHEET = /^PL\d{2}$/i;

/** Decides what kind of workbook the add-in is looking at. */
export function workbookKind(survey: WorkbookSurvey, catalogue: Catalogue): WorkbookKind {
  const interrupted = survey.metaRows ? interruptedRows(survey.metaRows) : undefined;
  const unfinished = interrupted ? metaFromRows(interrupted) : undefined;
  if (unfinished) return { kind: "half-made", meta: unfinished };
  const meta = survey.metaRows ? metaFromRows(survey.metaRows) : undefined;
  if (meta) return meta.catalogueVersion === catalogue.version ? { kind: "annex", meta } : { kind: "other-version", meta };
  const visible = survey.sheets.filter((s) => s.name !== META_SHEET);
  const annexLike = visible.filter((s) => ANNEX_SHEET.test(s.name)).map((s) => s.name);
  if (annexLike.length > 0) return { kind: "lookalike", sheets: annexLike };
  const used = visible.filter((s) => !s.empty).map((s) => s.name);
  return used.length === 0 ? { kind: "blank" } : { kind: "foreign", sheets: used };
}
