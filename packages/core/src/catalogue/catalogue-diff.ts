import type { Annex } from "../annex/annex.js";
import type { Rule } from "../rule/rule-schema.js";
import { ruleText } from "../rule/rule-text.js";
import type { Catalogue } from "./catalogue.js";
import type { MappingEntry } from "./mapping-schema.js";

/** What part of a catalogue a change is about. */
export type CataloguePart = "catalogue" | "annex" | "row" | "column" | "rule" | "sentence" | "mapping";

/** One difference between two catalogues, as data; the command line words it. */
export interface CatalogueChange {
  change: "added" | "removed" | "changed";
  part: CataloguePart;
  /** The annex it is in (absent for the catalogue's own fields and the mapping). */
  annex?: string;
  /** Field name, annex code, row Mã số, column number, rule id, sentence number (1-based) or mapped row/column. */
  code: string;
  /** What it was and what it is, in words (a label, a header, a rule as the form writes it, a sentence). */
  before?: string;
  after?: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function keyed<T>(
  out: CatalogueChange[],
  part: CataloguePart,
  annex: string | undefined,
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  text: (x: T) => string,
): void {
  const where = annex === undefined ? {} : { annex };
  for (const [code, a] of before) {
    const b = after.get(code);
    if (b === undefined) out.push({ change: "removed", part, ...where, code, before: text(a) });
    else if (!same(a, b)) out.push({ change: "changed", part, ...where, code, before: text(a), after: text(b) });
  }
  for (const [code, b] of after) if (!before.has(code)) out.push({ change: "added", part, ...where, code, after: text(b) });
}

const rowsOf = (a: Annex) => new Map(a.sections.flatMap((s) => s.rows.map((r) => [r.code, r] as const)));
const columnsOf = (a: Annex) =>
  new Map(a.sections.flatMap((s, i) => s.columns.map((c) => [a.sections.length > 1 ? `${s.code ?? i + 1}(${c.number})` : `(${c.number})`, c] as const)));
const rulesOf = (a: Annex) => new Map(a.rules.map((r) => [r.id, r] as const));
const sentencesOf = (a: Annex) => new Map(a.sentences.map((s, i) => [String(i + 1), s] as const));
const annexFields = (a: Annex) => ({ title: a.title, titleEn: a.titleEn, periods: a.periods, unitKinds: a.unitKinds, note: a.note });

const BECAME: Readonly<Record<MappingEntry["became"], string>> = {
  same: "giữ nguyên",
  renamed: "đổi tên thành",
  merged: "gộp vào",
  split: "tách thành",
  none: "không còn chỉ tiêu tương ứng",
};

const HEADER = ["id", "title", "status", "note", "validFrom", "validTo", "unitKinds", "percentDecimals", "nationalNotes", "predecessor"] as const;
const show = (v: unknown) =>
  v === undefined || v === null ? "(trống)" : Array.isArray(v) ? v.join(v.some((x) => String(x).includes(",")) ? " | " : ", ") : String(v);

/**
 * Every difference between two catalogues, in catalogue order: the
 * catalogue's own fields, then annex by annex its fields, rows, columns,
 * rules and sentences, then the mapping. Empty when they are the same.
 */
export function diffCatalogues(before: Catalogue, after: Catalogue): CatalogueChange[] {
  const out: CatalogueChange[] = [];
  for (const field of HEADER) {
    if (!same(before[field], after[field]))
      out.push({ change: "changed", part: "catalogue", code: field, before: show(before[field]), after: show(after[field]) });
  }
  const codes = [...new Set([...before.annexes.map((a) => a.code), ...after.annexes.map((a) => a.code)])];
  for (const code of codes) {
    const a = before.annex(code);
    const b = after.annex(code);
    if (!a || !b) {
      out.push(a ? { change: "removed", part: "annex", code, before: a.title } : { change: "added", part: "annex", code, after: (b as Annex).title });
      continue;
    }
    const fa = annexFields(a);
    const fb = annexFields(b);
    for (const field of Object.keys(fa) as (keyof typeof fa)[]) {
      if (!same(fa[field], fb[field]))
        out.push({ change: "changed", part: "annex", annex: code, code: `${code} ${field}`, before: show(fa[field]), after: show(fb[field]) });
    }
    keyed(out, "row", code, rowsOf(a), rowsOf(b), (r) => r.label);
    keyed(out, "column", code, columnsOf(a), columnsOf(b), (c) => c.header);
    keyed(out, "rule", code, rulesOf(a), rulesOf(b), (r: Rule) => ruleText(r));
    keyed(out, "sentence", code, sentencesOf(a), sentencesOf(b), (s) => s);
  }
  const mapped = (c: Catalogue) =>
    new Map(c.mapping.map((e) => [`${e.annex} ${e.row !== undefined ? `dòng ${e.row}` : `cột (${e.column ?? "?"})`}`, e] as const));
  keyed(out, "mapping", undefined, mapped(before), mapped(after), (e) => `${BECAME[e.became]}${e.to.length > 0 ? ` ${e.to.join(", ")}` : ""}`);
  return out;
}
