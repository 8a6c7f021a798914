// Reads every file of fixtures/bad in a fresh process through the built
// package (the whole path: sniffing, unzip, XML, mapping) and prints the
// time and peak memory. Goal: each refused or read in < 2 s and < 300 MB.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = pathToFileURL(join(here, "..", "dist", "index.js")).href;
const dir = join(here, "..", "..", "..", "fixtures", "bad");

const child = `
const [file, name] = process.argv.slice(1);
const { readFileSync } = await import("node:fs");
const { catalogue2022 } = await import("@phuluc/core");
const { readAnnexWorkbook, readOrFinding } = await import(${JSON.stringify(dist)});
const catalogue = catalogue2022();
const t0 = performance.now();
const r = readOrFinding(() => readAnnexWorkbook(new Uint8Array(readFileSync(file)), { catalogue, fileName: name }), name);
const ms = performance.now() - t0;
const outcome = r.ok ? "read" + (r.value.findings.length ? " (" + [...new Set(r.value.findings.map((f) => f.code))].join(", ") + ")" : "") : "refused: " + r.finding.code;
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024, outcome }));
`;

let worst = { ms: 0, rss: 0 };
console.log("fixtures/bad, each file in a fresh process (goal < 2 s and < 300 MB):");
for (const name of readdirSync(dir)
  .filter((n) => n !== "README.md")
  .sort()) {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", child, join(dir, name), name], { cwd: join(here, ".."), encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop());
  worst = { ms: Math.max(worst.ms, r.ms), rss: Math.max(worst.rss, r.rss) };
  console.log(`  ${name.padEnd(28)} ${r.ms.toFixed(1).padStart(8)} ms  peak rss ${r.rss.toFixed(0).padStart(4)} MiB  ${r.outcome}`);
}
console.log(`worst: ${worst.ms.toFixed(1)} ms, ${worst.rss.toFixed(0)} MiB peak rss`);
