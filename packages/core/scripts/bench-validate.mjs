// Prints how long validating one full submission (all annexes due in a
// year) takes, and a 67-unit consolidation, on the built package.
import { performance } from "node:perf_hooks";
import { REGISTRY_2022, catalogue2022, consolidate, periodOrThrow, sampleSubmission, validate } from "../dist/index.js";

const catalogue = catalogue2022();
const kind = (code) => (code.startsWith("TW") ? "central" : "province");
const submissions = REGISTRY_2022.units.map((u) => sampleSubmission(catalogue, { unit: u.code, period: "2022-Y", unitKind: kind(u.code) }));
const cells = Object.values(submissions[0].annexes).reduce((n, a) => n + Object.keys(a.cells).length, 0);

for (let i = 0; i < 200; i++) validate(submissions[i % submissions.length], catalogue); // warm-up

const runs = 2000;
const times = [];
for (let i = 0; i < runs; i++) {
  const s = submissions[i % submissions.length];
  const t0 = performance.now();
  validate(s, catalogue, { unitKind: kind(s.unit) });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / runs;
const q = (p) => times[Math.min(runs - 1, Math.floor(p * runs))];

const t0 = performance.now();
const returns = submissions.map((s) => ({ unit: s.unit, validation: validate(s, catalogue, { unitKind: kind(s.unit) }) }));
const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: periodOrThrow("2022-Y") });
const consolidateMs = performance.now() - t0;

console.log(`validate one full 2022-Y submission (9 annexes, ${cells} cells), ${runs} runs:`);
console.log(`  mean ${mean.toFixed(3)} ms · median ${q(0.5).toFixed(3)} ms · p95 ${q(0.95).toFixed(3)} ms`);
console.log(`validate 67 units + consolidate (${result.coverage.included}/${result.coverage.expected} included): ${consolidateMs.toFixed(1)} ms`);
