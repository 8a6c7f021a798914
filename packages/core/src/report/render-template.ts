import type { Annex } from "../annex/annex.js";
import type { DerivedFigure } from "../engine/compute-derived.js";
import { parsePlaceholder, placeholderKey, sumCells } from "./sentence-placeholder.js";
import { shareDecimals } from "./share-decimals.js";
import { formatCount, formatCountPadded, formatPercent, percentOf, type Decimal } from "../numbers/index.js";

/** What a template reads: the annex, its national figures, the previous ones, and per-unit figures. */
export interface TemplateSource {
  annex: Annex;
  /** The catalogue's decimals of a share that has no cell on the form. */
  percentDecimals: number;
  figure(key: string): DerivedFigure | undefined;
  previous?: (key: string) => DerivedFigure | undefined;
  /** The change of a cell against the previous period when it is not figure − previous (like for like); undefined: not comparable. */
  change?: (key: string) => Decimal | undefined;
  /** Why a cell has no comparable previous figure (the catalogue changed): `chỉ tiêu thay đổi từ …`. */
  notComparable?: (key: string) => string | undefined;
  /** `so với năm 2021`. */
  comparison?: string;
  /** Per-unit figure of a cell, with unit names, in registry order. */
  units: readonly { name: string; figure(key: string): DerivedFigure | undefined }[];
}

const toKey = placeholderKey;

class Missing extends Error {}

/** A report lists the units behind by name up to this many, largest first; the rest are summed. */
export const MAX_UNITS_LISTED = 30;

/** A sum of figures (`r09.c1+r10.c1`), or undefined when one is missing. */
function sumOf(refs: string, figure: (key: string) => DerivedFigure | undefined): Decimal | undefined {
  let sum: Decimal | undefined;
  for (const ref of sumCells(refs)) {
    const key = toKey(ref);
    const v = key === undefined ? undefined : figure(key);
    if (v === undefined || v === null) return undefined;
    sum = sum === undefined ? v : sum.plus(v);
  }
  return sum;
}

function value(src: TemplateSource, ref: string): Decimal {
  const v = sumOf(ref, src.figure);
  if (v === undefined) throw new Missing(ref);
  return v;
}

function figureText(src: TemplateSource, ref: string, decimals?: number): string {
  const v = value(src, ref);
  const [row, col] = (toKey(sumCells(ref)[0] ?? "") ?? "").split(".");
  const spec = src.annex.index.cell(row ?? "", Number(col));
  return spec?.kind === "percent" ? formatPercent(v, decimals ?? spec.decimals.default) : formatCount(v);
}

function shareText(src: TemplateSource, part: string, whole: string, decimals?: number): string {
  const p = percentOf(value(src, part), value(src, whole));
  if (p === null) throw new Missing(`${part}/${whole}`);
  return formatPercent(p, decimals ?? shareDecimals(src.annex, part, whole, src.percentDecimals));
}

function changeText(src: TemplateSource, ref: string, measure: string): string {
  if (!src.previous || !src.comparison) return "";
  const keys = sumCells(ref).map(toKey);
  const why = keys.map((key) => (key === undefined ? undefined : src.notComparable?.(key))).find((w) => w !== undefined);
  if (why !== undefined) return `, không so sánh được: ${why}`;
  const before = sumOf(ref, src.previous);
  if (before === undefined) return "";
  const change = src.change;
  const delta = change ? sumOf(ref, (key) => change(key)) : value(src, ref).minus(before);
  if (delta === undefined) return "";
  if (delta.isZero()) return `, không thay đổi ${src.comparison}`;
  return `, ${delta.isNegative() ? "giảm" : "tăng"} ${formatCount(delta.abs())} ${measure} ${src.comparison}`;
}

function behindText(src: TemplateSource, ref: string, measure: string): string {
  const key = toKey(ref) ?? "";
  const list = src.units
    .map((u, i) => ({ name: u.name, v: u.figure(key), i }))
    .filter((u): u is { name: string; v: Decimal; i: number } => u.v?.gt(0) === true)
    .sort((a, b) => b.v.comparedTo(a.v) || a.i - b.i);
  if (list.length === 0) throw new Missing(ref);
  const shown = list.slice(0, MAX_UNITS_LISTED).map((u) => `${u.name} (${formatCountPadded(u.v)} ${measure})`);
  const rest = list.slice(MAX_UNITS_LISTED);
  if (rest.length > 0) {
    const total = rest.reduce((acc, u) => acc.plus(u.v), rest[0]!.v.minus(rest[0]!.v));
    shown.push(`và ${formatCount(rest.length)} đơn vị khác (${formatCount(total)} ${measure})`);
  }
  return shown.join(", ");
}

/**
 * Fills one template; undefined when a figure it needs is missing or its list
 * is empty. Placeholders are checked when the catalogue loads
 * (`sentence-check.ts`); one that still does not parse is a misuse.
 */
export function renderTemplate(template: string, src: TemplateSource): string | undefined {
  try {
    return template.replace(/\{([^}]*)\}/g, (_, body: string) => {
      const p = parsePlaceholder(body);
      if (!p) throw new Error(`Sentence placeholder {${body}} is malformed`);
      switch (p.kind) {
        case "behind":
          return behindText(src, p.cell, p.measure);
        case "change":
          return changeText(src, p.cell, p.measure);
        case "share":
          return shareText(src, p.part, p.whole, p.decimals);
        case "figure":
          return figureText(src, p.cell, p.decimals);
      }
    });
  } catch (error) {
    if (error instanceof Missing) return undefined;
    throw error;
  }
}
