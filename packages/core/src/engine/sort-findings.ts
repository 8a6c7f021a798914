import type { Catalogue } from "../catalogue/catalogue.js";
import type { Finding } from "../finding/finding.js";

/**
 * Orders findings as an officer reads the workbook: submission-level first,
 * then annex by annex in catalogue order, top to bottom, left to right.
 */
export function sortFindings(findings: readonly Finding[], catalogue: Catalogue): Finding[] {
  const annexOrder = new Map(catalogue.annexes.map((a, i) => [a.code, i]));
  const rowOrder = new Map<string, number>();
  for (const annex of catalogue.annexes) {
    annex.sections.flatMap((s) => s.rows).forEach((row, i) => rowOrder.set(`${annex.code}.${row.code}`, i));
  }
  const key = (f: Finding): [number, number, number] => [
    f.path.annex === undefined ? -1 : (annexOrder.get(f.path.annex) ?? 999),
    f.path.row === undefined ? -1 : (rowOrder.get(`${f.path.annex}.${f.path.row}`) ?? 999),
    f.path.column ?? 0,
  ];
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.f);
}
