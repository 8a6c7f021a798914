import type { Annex } from "../annex/annex.js";
import type { SchemaIssue } from "../errors/schema-error.js";
import type { MappingEntry } from "./mapping-schema.js";

/** The annex's row labels by Mã số. */
export function rowLabels(annex: Annex): Map<string, string> {
  return new Map(annex.sections.flatMap((s) => s.rows.map((r) => [r.code, r.label.normalize("NFC")] as const)));
}

/** The annex's column headers by number (the first section that has it). */
export function columnHeaders(annex: Annex): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of annex.sections) for (const c of s.columns) if (!out.has(c.number)) out.set(c.number, c.header.normalize("NFC"));
  return out;
}

const COUNT: Readonly<Record<MappingEntry["became"], [number, number]>> = {
  same: [0, 1],
  renamed: [1, 1],
  merged: [1, 1],
  split: [2, Infinity],
  none: [0, 0],
};
const HOW_MANY: Readonly<Record<MappingEntry["became"], string>> = {
  same: "không hoặc một",
  renamed: "đúng một",
  merged: "đúng một",
  split: "từ hai",
  none: "không",
};

/** `PL02 dòng 04` / `PL01 cột (3)`. */
export function entryName(entry: Pick<MappingEntry, "annex" | "row" | "column">): string {
  return entry.row !== undefined ? `${entry.annex} dòng ${entry.row}` : `${entry.annex} cột (${entry.column ?? "?"})`;
}

/**
 * What the mapping says about itself and this catalogue: one row or one
 * column per entry, the number of targets its kind takes, targets that
 * exist here, no predecessor row or column listed twice.
 */
export function mappingSelfIssues(
  mapping: readonly MappingEntry[],
  predecessor: string | undefined,
  annexOf: (code: string) => Annex | undefined,
  /** Codes of every annex in the document, loaded or not: a broken annex is reported on its own. */
  declared: ReadonlySet<string>,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (mapping.length > 0 && predecessor === undefined)
    issues.push({ path: "mapping", message: "có đối chiếu (mapping) mà chưa ghi danh mục liền trước (predecessor)" });
  const seen = new Set<string>();
  mapping.forEach((entry, i) => {
    const at = `mapping[${i}]`;
    if ((entry.row === undefined) === (entry.column === undefined)) {
      issues.push({ path: at, message: "ghi đúng một trong hai: row (mã số dòng) hoặc column (số cột)" });
      return;
    }
    const name = entryName(entry);
    if (seen.has(name)) issues.push({ path: at, message: `${name} đã được đối chiếu ở một mục trước` });
    seen.add(name);
    const [min, max] = COUNT[entry.became];
    if (entry.to.length < min || entry.to.length > max)
      issues.push({ path: `${at}.to`, message: `${name}: "${entry.became}" cần ${HOW_MANY[entry.became]} chỉ tiêu trong to (đang có ${entry.to.length})` });
    const annex = annexOf(entry.annex);
    entry.to.forEach((target, t) => {
      const isRow = entry.row !== undefined;
      if (isRow !== (typeof target === "string")) {
        issues.push({ path: `${at}.to[${t}]`, message: isRow ? `${name}: to ghi mã số dòng dạng "01"` : `${name}: to ghi số cột, ví dụ 1` });
        return;
      }
      if (!annex) return;
      const exists = isRow ? rowLabels(annex).has(target as string) : columnHeaders(annex).has(target as number);
      if (!exists)
        issues.push({
          path: `${at}.to[${t}]`,
          message: `${name}: ${isRow ? `dòng ${target}` : `cột (${target})`} không có trong ${entry.annex} của danh mục này`,
        });
    });
    if (!declared.has(entry.annex) && entry.became !== "none") issues.push({ path: `${at}.annex`, message: `${entry.annex} không có trong danh mục này` });
  });
  return issues;
}

/**
 * The mapping against the predecessor catalogue: every row and column it
 * names exists there, and every row or column it does not name is still
 * here with the same Mã số and the same label (otherwise the mapping must
 * say what it became).
 */
export function mappingPredecessorIssues(
  mapping: readonly MappingEntry[],
  successor: { version: string; annex(code: string): Annex | undefined },
  predecessor: { version: string; annexes: readonly Annex[]; annex(code: string): Annex | undefined },
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const listed = new Set<string>();
  mapping.forEach((entry, i) => {
    listed.add(entryName(entry));
    const old = predecessor.annex(entry.annex);
    if (!old) {
      issues.push({ path: `mapping[${i}].annex`, message: `${entry.annex} không có trong danh mục liền trước ${predecessor.version}` });
      return;
    }
    if (entry.row !== undefined && !rowLabels(old).has(entry.row))
      issues.push({ path: `mapping[${i}].row`, message: `dòng ${entry.row} không có trong ${entry.annex} của danh mục ${predecessor.version}` });
    if (entry.column !== undefined && !columnHeaders(old).has(entry.column))
      issues.push({ path: `mapping[${i}].column`, message: `cột (${entry.column}) không có trong ${entry.annex} của danh mục ${predecessor.version}` });
  });
  for (const old of predecessor.annexes) {
    const now = successor.annex(old.code);
    if (!now) continue;
    const rows = rowLabels(now);
    for (const [code, label] of rowLabels(old)) {
      if (listed.has(`${old.code} dòng ${code}`)) continue;
      const here = rows.get(code);
      if (here === undefined)
        issues.push({
          path: "mapping",
          message: `${old.code} dòng ${code} “${label}” của danh mục ${predecessor.version} không còn trong danh mục ${successor.version}: ghi vào mapping chỉ tiêu đó trở thành gì (renamed, merged, split hoặc none)`,
        });
      else if (here !== label)
        issues.push({
          path: "mapping",
          message: `${old.code} dòng ${code} đổi tên từ “${label}” (${predecessor.version}) thành “${here}”: ghi vào mapping là renamed (cùng nội dung) hoặc none (chỉ tiêu khác)`,
        });
    }
    const columns = columnHeaders(now);
    for (const [number, header] of columnHeaders(old)) {
      if (listed.has(`${old.code} cột (${number})`)) continue;
      const here = columns.get(number);
      if (here === undefined)
        issues.push({
          path: "mapping",
          message: `${old.code} cột (${number}) “${header}” của danh mục ${predecessor.version} không còn trong danh mục ${successor.version}: ghi vào mapping cột đó trở thành gì`,
        });
      else if (here !== header)
        issues.push({
          path: "mapping",
          message: `${old.code} cột (${number}) đổi tên từ “${header}” (${predecessor.version}) thành “${here}”: ghi vào mapping là renamed hoặc none`,
        });
    }
  }
  return issues;
}
