// Benchmark of src/reader against exceljs and a bare unzip + regex floor, plus hostile inputs.
// Usage: node scripts/bench-read.mjs [count=1000]
// The reader (TypeScript) is bundled on the fly with esbuild for the browser platform,
// which also proves it needs no Node built-ins.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const require = createRequire(import.meta.url);
const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const hostileCase = process.argv.includes("--hostile") ? process.argv[process.argv.indexOf("--hostile") + 1] : undefined;

async function loadReader() {
  const esbuild = await import("esbuild");
  const outfile = join(tmpdir(), `phuluc-reader-bench-${process.pid}.mjs`);
  await esbuild.build({
    stdin: {
      contents: 'export * from "./src/reader/index.ts"; export * from "./src/reader/test-support/hostile-packages.ts";',
      resolveDir: packageDir,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outfile,
    logLevel: "error",
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

const rssMiB = () => (process.memoryUsage().rss / 1048576).toFixed(0);
const peakMiB = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

const reader = await loadReader();

if (hostileCase) {
  // Child mode: one hostile case in a fresh process, so RSS is that case's alone.
  const makers = {
    "bomb 1 GiB, honest sizes": () => reader.bombPackage({ outputBytes: 2 ** 30 }),
    "bomb 1 GiB, declared 4 KiB": () => reader.bombPackage({ outputBytes: 2 ** 30, declaredSize: 4096 }),
    "bomb 1 GiB in unread media entry": () => reader.bombPackage({ outputBytes: 2 ** 30, where: "media" }),
    "dimension A1:XFD1048576, 600k cells": () => reader.hugeDimensionPackage(600_000),
    "dimension A1:XFD1048576, 400k cells": () => reader.hugeDimensionPackage(400_000),
    "billion-laughs DOCTYPE": () => reader.entityBombPackage(),
    "one 50 MB string in a cell": () => reader.longStringPackage(50_000_000),
  };
  // Made in one process and read in another, so the peak is the read's alone (making a case can cost more).
  const made = process.argv.indexOf("--make");
  if (made >= 0) {
    writeFileSync(process.argv[made + 1], makers[hostileCase]());
    process.exit(0);
  }
  const bytes = new Uint8Array(readFileSync(process.argv[process.argv.indexOf("--read") + 1]));
  const start = performance.now();
  let outcome;
  try {
    const wb = reader.readWorkbook(bytes);
    outcome = `ok (${wb.sheets.reduce((n, s) => n + s.cells.length, 0)} cells)`;
  } catch (error) {
    outcome = `${error.code} ${JSON.stringify(error.params)}`;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peak: Number(peakMiB()), size: bytes.length, outcome }));
  process.exit(0);
}

const { unzipSync, strFromU8 } = await import(pathToFileURL(require.resolve("fflate")).href);
const ExcelJS = (await import(pathToFileURL(require.resolve("exceljs")).href)).default;

const fixtureDir = join(tmpdir(), `phuluc-bench-annexes-v1-${count}`);
if (!existsSync(join(fixtureDir, "done"))) {
  console.log(`generating ${count} workbooks with exceljs into ${fixtureDir} ...`);
  execFileSync(process.execPath, [join(here, "bench-fixtures.mjs"), fixtureDir, String(count)], { stdio: "inherit" });
  writeFileSync(join(fixtureDir, "done"), "");
}
const files = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const buffers = files.map((f) => new Uint8Array(readFileSync(join(fixtureDir, f))));
const avgKiB = buffers.reduce((n, b) => n + b.length, 0) / buffers.length / 1024;
console.log(`${buffers.length} workbooks, ${avgKiB.toFixed(1)} KiB each on average; rss ${rssMiB()} MiB`);

function floor(bytes) {
  const files = unzipSync(bytes);
  let found = 0;
  for (const [name, data] of Object.entries(files)) {
    if (name.startsWith("xl/worksheets/sheet")) {
      for (const m of strFromU8(data).matchAll(/<c r="([A-Z]+[0-9]+)"[^>]*>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v>/g)) found += m[2].length > 0 ? 1 : 0;
    } else if (name === "xl/sharedStrings.xml") {
      for (const m of strFromU8(data).matchAll(/<t[^>]*>([^<]*)<\/t>/g)) found += m[1].length > 0 ? 1 : 0;
    }
  }
  return found;
}
function ours(bytes) {
  const wb = reader.readWorkbook(bytes);
  let found = 0;
  for (const sheet of wb.sheets) found += sheet.cells.length;
  return found;
}
async function exceljs(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb.worksheets.length;
}

async function timePass(fn) {
  const start = performance.now();
  let sink = 0;
  for (const bytes of buffers) sink += await fn(bytes);
  return { ms: (performance.now() - start) / buffers.length, sink };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const report = (label, values) =>
  console.log(`${label.padEnd(30)} ${median(values).toFixed(3)} ms/workbook (median of ${values.length} passes; min ${Math.min(...values).toFixed(3)})`);

// Warm-up, then floor and ours alternate pass by pass so that machine noise hits both alike.
await timePass(floor);
await timePass(ours);
const floorRuns = [];
const oursRuns = [];
const passes = 7;
for (let i = 0; i < passes; i++) {
  floorRuns.push((await timePass(floor)).ms);
  oursRuns.push((await timePass(ours)).ms);
}
report("floor: unzipSync + regex", floorRuns);
report("ours: readWorkbook", oursRuns);
console.log(`  rss ${rssMiB()} MiB, peak ${peakMiB()} MiB (fixtures in memory included)`);
await timePass(exceljs);
const exceljsRuns = [(await timePass(exceljs)).ms, (await timePass(exceljs)).ms];
report("exceljs: workbook.xlsx.load", exceljsRuns);
console.log(`  rss ${rssMiB()} MiB, peak ${peakMiB()} MiB`);
const oursMs = median(oursRuns);
console.log(`ours vs exceljs: ${(median(exceljsRuns) / oursMs).toFixed(1)}x faster (goal >= 4x)`);
console.log(`ours vs floor:   ${(oursMs / median(floorRuns)).toFixed(2)}x the floor's time (goal <= 2x)`);

console.log("\nhostile inputs (each in a fresh process; goal < 2 s and < 300 MB):");
for (const name of [
  "bomb 1 GiB, honest sizes",
  "bomb 1 GiB, declared 4 KiB",
  "bomb 1 GiB in unread media entry",
  "dimension A1:XFD1048576, 400k cells",
  "dimension A1:XFD1048576, 600k cells",
  "billion-laughs DOCTYPE",
  "one 50 MB string in a cell",
]) {
  const file = join(tmpdir(), `phuluc-hostile-${process.pid}.xlsx`);
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--hostile", name, "--make", file]);
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--hostile", name, "--read", file], { encoding: "utf8" });
  rmSync(file, { force: true });
  const r = JSON.parse(out.trim().split("\n").pop());
  console.log(
    `${name.padEnd(38)} ${r.ms.toFixed(1).padStart(7)} ms  peak rss ${String(r.peak).padStart(4)} MiB  (${(r.size / 1024).toFixed(0)} KiB) -> ${r.outcome}`,
  );
}
