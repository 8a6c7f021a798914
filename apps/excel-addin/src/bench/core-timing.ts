import { annexesDue, catalogue2022, findingGroups, layoutAnnex, sampleSubmission, validate } from "@phuluc/core";
import { annexPlan } from "../workbook/annex-plan.js";
import { marksFor } from "../workbook/highlight-plan.js";

export interface Timing {
  runs: number;
  cells: number;
  validate: { median: number; p95: number; mean: number };
  recheck: { median: number; p95: number; mean: number };
}

function stats(times: number[]): Timing["validate"] {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { median: q(0.5), p95: q(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/**
 * Times core's validation of all nine annexes of a year (what each live
 * re-check runs), and the whole pure part of a re-check: validation, the
 * findings list and the highlight marks.
 */
export function timeCore(runs: number): Timing {
  const catalogue = catalogue2022();
  const annexes = annexesDue(catalogue, "Y", "province");
  const plans = annexes.map((a) => annexPlan(layoutAnnex(a, { unitName: "Tỉnh ủy Quảng Ngãi", periodLabel: "năm 2022" })));
  const submission = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
  const pl01 = submission.annexes.PL01?.cells["01.3"];
  if (pl01) pl01.value = 45.6;
  for (const a of Object.values(submission.annexes))
    for (const [key, cell] of Object.entries(a.cells))
      cell.address = `${a.code}!${plans.find((p) => p.code === a.code)?.cells.find((c) => c.key === key)?.address ?? "A1"}`;
  for (let i = 0; i < 30; i++) validate(submission, catalogue, { unitKind: "province" });
  const v: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    validate(submission, catalogue, { unitKind: "province" });
    v.push(performance.now() - t);
    t = performance.now();
    const result = validate(submission, catalogue, { unitKind: "province" });
    findingGroups(result.findings, catalogue);
    marksFor(result.findings, plans);
    r.push(performance.now() - t);
  }
  return { runs, cells: plans.reduce((n, p) => n + p.cells.length, 0), validate: stats(v), recheck: stats(r) };
}
