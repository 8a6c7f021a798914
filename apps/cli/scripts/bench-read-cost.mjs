// `node scripts/bench-read-cost.mjs [--against <other checkout>] [--this <checkout>] [--runs 10] [--folder fixtures/2022-Y]`
// (apps/cli): what checking every zip entry (CRC-32 and sizes) costs the read path.
//   1. In this process: the folder's workbooks read through the built reader with
//      zlib injected as the CLI does, against the zlib CRC-32 of every inflated
//      entry alone (its share of the read).
//   2. With --against (the root of another checkout, built, e.g. one from before
//      the checks): `phuluc consolidate <folder>` of both, cold processes run in
//      alternation so that machine noise hits both alike; medians and their ratio.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, inflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const option = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const folder = resolve(root, option("folder", join("fixtures", "2022-Y")));
const runs = Number(option("runs", "10"));
const against = option("against");
/** The checkout timed against it (default this one). */
const self = resolve(option("this", root));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(join(tmpdir(), "phuluc-bench-read-cost-"));

// 1. In process.
{
  const { readWorkbook } = await import(pathToFileURL(join(root, "packages", "xlsx", "dist", "index.js")).href);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const buffers = files.map((f) => new Uint8Array(readFileSync(join(folder, f))));
  const inflate = Object.assign(
    (data, maxOutput, expectedSize) =>
      inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput), chunkSize: Math.max(64, Math.min(expectedSize ?? 16383, maxOutput) + 1) }),
    { crc32: (data) => crc32(data) },
  );
  // Every entry the reader inflates (the media it never reads included: an upper bound).
  const entries = buffers.flatMap((bytes) => Object.values(unzipSync(bytes)));
  const inflatedBytes = entries.reduce((n, e) => n + e.length, 0);
  const read = () => {
    const start = performance.now();
    for (const bytes of buffers) readWorkbook(bytes, { inflate });
    return performance.now() - start;
  };
  const check = () => {
    const start = performance.now();
    let sink = 0;
    for (const e of entries) sink ^= crc32(e);
    return [performance.now() - start, sink];
  };
  for (let i = 0; i < 3; i++) read(), check();
  const reads = [];
  const checks = [];
  for (let i = 0; i < 15; i++) {
    reads.push(read());
    checks.push(check()[0]);
  }
  console.log(`1. ${folder}: ${buffers.length} workbooks, ${(inflatedBytes / 1048576).toFixed(1)} MB inflated (median of 15 passes)`);
  console.log(`   readWorkbook, zlib injected      ${median(reads).toFixed(1).padStart(7)} ms per folder`);
  console.log(
    `   zlib CRC-32 of every entry       ${median(checks).toFixed(1).padStart(7)} ms  (${((100 * median(checks)) / median(reads)).toFixed(1)}% of the read)`,
  );
}

// 2. End to end against another checkout.
if (against) {
  // The command's file: bin/phuluc.cjs, or bin/phuluc.js in a checkout from before the CommonJS bundle.
  const binOf = (checkout) => ["phuluc.cjs", "phuluc.js"].map((name) => join(checkout, "apps", "cli", "bin", name)).find((path) => existsSync(path));
  const command = (checkout) => [
    binOf(checkout),
    "consolidate",
    folder,
    "--period",
    "2022-Y",
    "--out",
    join(work, "tong-hop.xlsx"),
    "--json",
    join(work, "bao-cao.json"),
    "--quiet",
  ];
  const time = (checkout) => {
    rmSync(join(work, "tong-hop.xlsx"), { force: true });
    const start = performance.now();
    const r = spawnSync(process.execPath, command(checkout), { cwd: root, encoding: "utf8" });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${checkout}: exit ${r.status}\n${r.stderr}`);
    return (performance.now() - start) / 1000;
  };
  const builds = { this: self, against: resolve(against) };
  const times = { this: [], against: [] };
  time(builds.this), time(builds.against); // warm the file cache
  for (let i = 0; i < runs; i++) for (const name of i % 2 ? ["against", "this"] : ["this", "against"]) times[name].push(time(builds[name]));
  console.log(`\n2. phuluc consolidate ${folder} (cold processes, ${runs} runs each, alternating)`);
  console.log(`   ${builds.this}  ${median(times.this).toFixed(3)} s median (min ${Math.min(...times.this).toFixed(3)})`);
  console.log(`   ${builds.against}  ${median(times.against).toFixed(3)} s median (min ${Math.min(...times.against).toFixed(3)})`);
  console.log(`   ratio this/against ${(median(times.this) / median(times.against)).toFixed(3)}`);
}
rmSync(work, { recursive: true, force: true });
