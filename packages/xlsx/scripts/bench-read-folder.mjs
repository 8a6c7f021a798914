// Read time of one national folder (default fixtures/2022-Y) through the built
// package: every workbook read with readWorkbook, with the built-in inflater
// and with Node's zlib injected (as the CLI does), median of several passes.
// Usage: node scripts/bench-read-folder.mjs [folder] [passes=15] [--against OTHER_DIST]
// With --against, a copy of an earlier build (its dist/ folder, kept inside this
// package so that @phuluc/core resolves) is timed in alternation with this one.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, inflateRawSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const againstAt = args.indexOf("--against");
const against = againstAt >= 0 ? resolve(args.splice(againstAt, 2)[1]) : undefined;
const folder = resolve(args[0] ?? join(here, "..", "..", "..", "fixtures", "2022-Y"));
const passes = Number(args[1] ?? 15);
const load = async (dist) => (await import(pathToFileURL(join(dist, "index.js")).href)).readWorkbook;
const readers = { this: await load(join(here, "..", "dist")) };
if (against) readers.against = await load(against);

const files = readdirSync(folder)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const buffers = files.map((f) => new Uint8Array(readFileSync(join(folder, f))));
// As the CLI injects it: zlib's inflater, with zlib's CRC-32 to check the entries.
const zlibInflate = Object.assign((data, maxOutput) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) }), { crc32: (data) => crc32(data) });

function pass(readWorkbook, options) {
  const start = performance.now();
  let cells = 0;
  for (const bytes of buffers) for (const sheet of readWorkbook(bytes, options).sheets) cells += sheet.cells.length;
  return { ms: performance.now() - start, cells };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kinds = { "built-in inflate": undefined, "zlib inflate (injected)": { inflate: zlibInflate } };
const runs = {};
let cells = 0;
for (const [_build, read] of Object.entries(readers)) for (const options of Object.values(kinds)) pass(read, options); // warm-up
for (let i = 0; i < passes; i++) {
  for (const [build, read] of Object.entries(readers)) {
    for (const [kind, options] of Object.entries(kinds)) {
      const r = pass(read, options);
      (runs[`${kind}${against ? `, ${build} build` : ""}`] ??= []).push(r.ms);
      cells = r.cells;
    }
  }
}
const kib = buffers.reduce((n, b) => n + b.length, 0) / 1024;
console.log(`${folder}: ${buffers.length} workbooks, ${kib.toFixed(0)} KiB, ${cells} cells`);
for (const [kind, values] of Object.entries(runs)) {
  console.log(`  ${kind.padEnd(40)} ${median(values).toFixed(1).padStart(7)} ms per folder (median of ${passes}; min ${Math.min(...values).toFixed(1)})`);
}
