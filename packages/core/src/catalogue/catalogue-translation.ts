import type { Annex } from "../annex/annex.js";
import type { DerivedFigure } from "../engine/compute-derived.js";
import type { Catalogue } from "./catalogue.js";
import { columnHeaders, rowLabels } from "./mapping-check.js";
import { cellKey } from "../rule/line-ref.js";

/** Why a cell of this catalogue has no comparable figure in the predecessor's. */
export type NotComparable =
  /** It takes the place of predecessor rows or columns that have no successor, or were split. */
  | { kind: "changed"; from: readonly string[]; version: string }
  /** Nothing in the predecessor became it. */
  | { kind: "new"; version: string };

/** `chỉ tiêu thay đổi từ “từ tỉnh về huyện”, mã số 04 của mẫu 2022.1`. */
export function notComparableText(reason: NotComparable): string {
  return reason.kind === "new" ? `chỉ tiêu mới, mẫu ${reason.version} không có` : `chỉ tiêu thay đổi từ ${reason.from.join("; ")} của mẫu ${reason.version}`;
}

/**
 * The predecessor's figures carried onto this catalogue's cells: each
 * cell takes the sum of the predecessor cells that became it. A cell that
 * nothing became, or that comes from a row or column that was split or
 * ended, has no previous figure and says why.
 */
export interface CatalogueTranslation {
  readonly from: string;
  readonly to: string;
  /** A predecessor annex's figures (derived cells computed with the predecessor annex) as this catalogue's. */
  figures(annex: string, previous: ReadonlyMap<string, DerivedFigure>): Map<string, DerivedFigure>;
  /** This catalogue's cells of an annex without a comparable predecessor figure, and why. */
  notComparable(annex: string): ReadonlyMap<string, NotComparable>;
}

/** Misuse: the two catalogues do not follow each other. */
export class CatalogueTranslationError extends Error {
  override readonly name = "CatalogueTranslationError";
}

interface Line<K> {
  sources: Map<K, K[]>;
  blocked: Map<K, string[]>;
}

function lines<K extends string | number>(
  old: ReadonlyMap<K, string>,
  now: ReadonlyMap<K, string>,
  entryOf: (code: K) => { became: string; to: readonly (string | number)[] } | undefined,
  name: (code: K, label: string) => string,
): Line<K> {
  const sources = new Map<K, K[]>();
  const blocked = new Map<K, string[]>();
  const add = <V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k))?.push(v);
  for (const [code, label] of old) {
    const entry = entryOf(code);
    if (!entry) {
      if (now.has(code)) add(sources, code, code);
      continue;
    }
    const targets = entry.to as readonly K[];
    if (entry.became === "split") for (const t of targets) add(blocked, t, name(code, label));
    else if (entry.became === "none") {
      if (now.has(code)) add(blocked, code, name(code, label));
    } else add(sources, targets[0] ?? code, code);
  }
  return { sources, blocked };
}

function annexTranslation(old: Annex, now: Annex, catalogue: Catalogue, version: string) {
  const entries = catalogue.mapping.filter((e) => e.annex === old.code);
  const rows = lines(
    rowLabels(old),
    rowLabels(now),
    (code) => entries.find((e) => e.row === code),
    (code, label) => `“${label}”, mã số ${code}`,
  );
  const columns = lines(
    columnHeaders(old),
    columnHeaders(now),
    (n) => entries.find((e) => e.column === n),
    (n, header) => `cột (${n}) “${header}”`,
  );
  const sources = new Map<string, string[]>();
  const notComparable = new Map<string, NotComparable>();
  for (const spec of now.index.cells) {
    const key = cellKey(spec.row.code, spec.column.number);
    const blocked = [...(rows.blocked.get(spec.row.code) ?? []), ...(columns.blocked.get(spec.column.number) ?? [])];
    const fromRows = rows.sources.get(spec.row.code) ?? [];
    const fromColumns = columns.sources.get(spec.column.number) ?? [];
    const cells = fromRows
      .flatMap((r) => fromColumns.map((c) => cellKey(r, c)))
      .filter((k) => {
        const [r, c] = k.split(".");
        return old.index.cell(r ?? "", Number(c)) !== undefined;
      });
    if (blocked.length > 0) notComparable.set(key, { kind: "changed", from: blocked, version });
    else if (cells.length === 0) notComparable.set(key, { kind: "new", version });
    // A percentage is never summed: merged into one, it has no previous figure of its own.
    else if (cells.length > 1 && spec.kind === "percent")
      notComparable.set(key, { kind: "changed", from: cells.map((k) => `mã số ${k.replace(".", ", cột ")}`), version });
    else sources.set(key, cells);
  }
  return { sources, notComparable };
}

/**
 * How `catalogue`'s figures follow `predecessor`'s, from its mapping.
 * Throws when `catalogue` does not name `predecessor` as its predecessor.
 */
export function catalogueTranslation(catalogue: Catalogue, predecessor: Catalogue): CatalogueTranslation {
  if (catalogue.predecessor !== predecessor.version) {
    throw new CatalogueTranslationError(`Catalogue ${catalogue.version} does not follow ${predecessor.version}`);
  }
  const cache = new Map<string, ReturnType<typeof annexTranslation> | undefined>();
  const of = (code: string) => {
    if (!cache.has(code)) {
      const old = predecessor.annex(code);
      const now = catalogue.annex(code);
      cache.set(code, old && now ? annexTranslation(old, now, catalogue, predecessor.version) : undefined);
    }
    return cache.get(code);
  };
  const everyCellNew = (code: string) =>
    new Map(
      (catalogue.annex(code)?.index.cells ?? []).map((s) => [
        cellKey(s.row.code, s.column.number),
        { kind: "new", version: predecessor.version } as NotComparable,
      ]),
    );
  return {
    from: predecessor.version,
    to: catalogue.version,
    figures(annex, previous) {
      const out = new Map<string, DerivedFigure>();
      const t = of(annex);
      if (!t) return out;
      for (const [key, cells] of t.sources) {
        if (cells.length === 1) {
          const v = previous.get(cells[0] as string);
          if (v !== undefined) out.set(key, v);
          continue;
        }
        let sum: DerivedFigure | undefined;
        for (const c of cells) {
          const v = previous.get(c);
          if (v === undefined || v === null) {
            sum = undefined;
            break;
          }
          sum = sum === undefined || sum === null ? v : sum.plus(v);
        }
        if (sum !== undefined) out.set(key, sum);
      }
      return out;
    },
    notComparable: (annex) => of(annex)?.notComparable ?? everyCellNew(annex),
  };
}
