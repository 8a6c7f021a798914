import type { Finding } from "../finding/finding.js";

/** The figures that carry a justified warning, by `PL04.03.1`: what the tidy table marks `justified`. */
export function justifiedFigures(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    const { annex, row, column } = f.path;
    if (f.justification && annex !== undefined && row !== undefined && column !== undefined) out.add(`${annex}.${row}.${column}`);
  }
  return out;
}
