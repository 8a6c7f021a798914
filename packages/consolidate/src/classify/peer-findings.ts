import { Dec, checkPeers, countFindings, judgeLaterJustifications, type Catalogue, type Decimal, type Finding, type PeerUnit } from "@phuluc/core/runtime";
import type { FigureLayout } from "../read/figure-layout.js";
import type { FileOutcome } from "./classify-files.js";

/** A figure of a unit's packed figures by annex and cell key, undefined when it has none. */
function packedFigure(layout: FigureLayout, figures: Float64Array | undefined, positions: Map<string, Map<string, number>>) {
  return (annex: string, key: string): Decimal | undefined => {
    const place = layout.annexes.get(annex);
    if (!place || !figures) return undefined;
    let index = positions.get(annex);
    if (!index) positions.set(annex, (index = new Map(place.keys.map((k, i) => [k, place.start + i]))));
    const at = index.get(key);
    const v = at === undefined ? undefined : figures[at];
    return v === undefined || Number.isNaN(v) ? undefined : new Dec(v);
  };
}

/**
 * The national step's checks against peers (`checkPeers`) over the units
 * included in the totals: each warning joins its unit's findings, where the
 * unit's justifications of these checks (handed back by validation) are
 * judged, and the file's counts are taken again. Units left out of the
 * totals are not peers: their figures are not those of the report.
 */
export function addPeerFindings(outcomes: readonly FileOutcome[], catalogue: Catalogue, layout: FigureLayout): void {
  const positions = new Map<string, Map<string, number>>();
  const included = outcomes.filter((o) => o.status === "included" && o.unit !== undefined && o.read.figures !== undefined);
  const units: PeerUnit[] = included.map((o) => ({
    unit: o.unit as string,
    figure: packedFigure(layout, o.read.figures, positions),
    address: (annex, key) => o.read.peerAddresses?.[`${annex}.${key}`],
  }));
  const byUnit = new Map<string, Finding[]>();
  for (const f of checkPeers(catalogue, units)) {
    const unit = f.path.unit as string;
    (byUnit.get(unit) ?? byUnit.set(unit, []).get(unit))?.push(f);
  }
  for (const o of included) {
    const found = byUnit.get(o.unit as string) ?? [];
    const later = o.read.laterJustifications ?? [];
    if (found.length === 0 && later.length === 0) continue;
    const where = { file: o.file, unit: o.unit as string };
    const stamped = found.map((f) => ({
      ...f,
      path: { ...where, ...(f.path.cell?.includes("!") ? { sheet: f.path.cell.slice(0, f.path.cell.lastIndexOf("!")) } : {}), ...f.path },
    }));
    const judged = judgeLaterJustifications(stamped, later, packedFigure(layout, o.read.figures, positions), where);
    o.findings.push(...judged.findings, ...judged.problems);
    Object.assign(o, countFindings(o.findings));
  }
}
