// `pnpm bench` (apps/cli), last part: end-to-end figures of `phuluc consolidate`,
// each run a cold process, against a naive exceljs script and an unzip+scan floor.
//   1. the 67 workbooks of fixtures/2021-Y;
//   2. 700 generated workbooks of a district/commune-size registry, and
//      10,000 when PHULUC_BENCH_10000=1 (some minutes; goal <= 1.6x the
//      floor, peak RSS <= 300 MB, every run: min, median and max of 3), also
//      with --previous and a previous year of 10,000 workbooks.
// Generated workbooks go to the system temp folder (kept between runs).
// Options: --sizes 700,10000  --naive-limit 1000 (0: none)  --runs 3
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..");
const root = join(cli, "..", "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("sizes", process.env.PHULUC_BENCH_10000 === "1" ? "700,10000" : "700")
  .split(",")
  .filter(Boolean)
  .map(Number);
const naiveLimit = Number(arg("naive-limit", "1000"));
const runs = Number(arg("runs", "3"));
const work = mkdtempSync(join(tmpdir(), "phuluc-bench-run-"));

/** Runs a node script as a cold process; wall time (s) and peak RSS (MB, all threads). */
function timed(script, args) {
  const rssFile = join(work, "rss");
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", join(here, "peak-rss.mjs"), script, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PHULUC_PEAK_RSS_FILE: rssFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : Number.NaN;
  return { seconds, rss, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function best(script, args, n = runs) {
  // One discarded run first: the first run after others pays for a cold file cache.
  if (n > 1) timed(script, args);
  const all = Array.from({ length: n }, () => timed(script, args));
  const seconds = all.map((x) => x.seconds);
  return { seconds: median(seconds), min: Math.min(...seconds), max: Math.max(...seconds), rss: Math.max(...all.map((x) => x.rss)), stdout: all[0].stdout };
}
const spread = (r) => (r.min === r.max ? "" : ` (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})`);
const fmt = (s) => `${s.toFixed(2)} s`;
const mb = (x) => `${x.toFixed(0)} MB`;
const bin = join(cli, "bin", "phuluc.cjs");
const consolidate = (dir, extra) => [
  bin,
  "consolidate",
  dir,
  "--period",
  "2022-Y",
  "--out",
  join(work, "national.xlsx"),
  "--json",
  join(work, "report.json"),
  "--quiet",
  ...extra,
];

console.log(`phuluc bench — ${availableParallelism()} cores, node ${process.version}; each figure a cold process (median of ${runs} runs unless said)\n`);

// 1. The 67 fixture workbooks.
{
  const dir = join(root, "fixtures", "2021-Y");
  const args = (extra) => [
    bin,
    "consolidate",
    dir,
    "--period",
    "2021-Y",
    "--out",
    join(work, "national.xlsx"),
    "--json",
    join(work, "report.json"),
    "--quiet",
    ...extra,
  ];
  const ours = best(args([])[0], args([]).slice(1));
  const inline = best(args([])[0], args(["--threads", "0"]).slice(1));
  const two = best(args([])[0], args(["--threads", "2"]).slice(1));
  const naive = best(join(here, "naive-exceljs.mjs"), [dir]);
  const floor = best(join(here, "floor-scan.mjs"), [dir]);
  console.log("1. fixtures/2021-Y: 67 workbooks, read + validate + consolidate + national workbook + JSON");
  console.log(`   phuluc consolidate (default)   ${fmt(ours.seconds)}  peak ${mb(ours.rss)}   goal <= 1.6x floor`);
  console.log(`     --threads 0 (main thread)    ${fmt(inline.seconds)}  peak ${mb(inline.rss)}`);
  console.log(`     --threads 2                  ${fmt(two.seconds)}  peak ${mb(two.rss)}`);
  console.log(
    `   naive exceljs load + sum       ${fmt(naive.seconds)}  peak ${mb(naive.rss)}   ratio naive/ours ${(naive.seconds / ours.seconds).toFixed(2)}x`,
  );
  console.log(
    `   floor unzip + scan + sha256    ${fmt(floor.seconds)}  peak ${mb(floor.rss)}   ratio ours/floor ${(ours.seconds / floor.seconds).toFixed(2)}x\n`,
  );
}

// 2. Generated workbooks.
/** A folder of generated workbooks (kept between runs). */
function generated(size, period = "2022-Y") {
  const dir = join(tmpdir(), period === "2022-Y" ? `phuluc-bench-cli-v1-${size}` : `phuluc-bench-cli-v1-${size}-${period}`);
  if (!existsSync(join(dir, "done"))) {
    console.log(`   generating ${size} workbooks of ${period} into ${dir} …`);
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(here, "bench-generate.mjs"), dir, String(size), period], { cwd: cli, stdio: ["ignore", "ignore", "inherit"] });
    writeFileSync(join(dir, "done"), "");
  }
  return dir;
}

for (const size of sizes) {
  const dir = generated(size);
  const files = join(dir, "files");
  const registry = ["--registry", join(dir, "registry.json")];
  const n = size >= 5000 ? 1 : runs;
  const ours = best(consolidate(files, registry)[0], consolidate(files, registry).slice(1));
  const lines = [`2. ${size} generated workbooks (registry of ${size} units)`];
  lines.push(
    `   phuluc consolidate (default)   ${fmt(ours.seconds)}${spread(ours)}  peak ${mb(ours.rss)}${size >= 10000 ? "   goal <= 1.6x floor, <= 300 MB" : ""}`,
  );
  if (size >= 10000) {
    // Period over period: the previous year's folder of as many workbooks is read too.
    const previous = join(generated(size, "2021-Y"), "files");
    const withPrevious = best(bin, consolidate(files, [...registry, "--previous", previous]).slice(1), n);
    lines.push(`     --previous (${size} more files)   ${fmt(withPrevious.seconds)}  peak ${mb(withPrevious.rss)}`);
  }
  const validateOnly = best(bin, ["validate", files, ...registry, "--quiet"], n);
  lines.push(`   phuluc validate (read only)    ${fmt(validateOnly.seconds)}  peak ${mb(validateOnly.rss)}`);
  if (size <= 1000) {
    const inline = best(bin, consolidate(files, [...registry, "--threads", "0"]).slice(1), n);
    lines.push(`     --threads 0 (main thread)    ${fmt(inline.seconds)}  peak ${mb(inline.rss)}`);
  }
  const limit = Math.min(size, naiveLimit);
  // --naive-limit 0: no naive run (it takes minutes at this size).
  if (limit > 0) {
    const naive = timed(join(here, "naive-exceljs.mjs"), [files, String(limit)]);
    const naiveSeconds = (naive.seconds * size) / limit;
    lines.push(
      `   naive exceljs load + sum       ${fmt(naiveSeconds)}${limit < size ? ` (extrapolated from ${limit})` : ""}  peak ${mb(naive.rss)}   ratio naive/ours ${(naiveSeconds / ours.seconds).toFixed(2)}x`,
    );
  }
  const floor = best(join(here, "floor-scan.mjs"), [files]);
  lines.push(
    `   floor unzip + scan + sha256    ${fmt(floor.seconds)}${spread(floor)}  peak ${mb(floor.rss)}   ratio ours/floor ${(ours.seconds / floor.seconds).toFixed(2)}x (max/floor ${(ours.max / floor.seconds).toFixed(2)}x; read only: ${(validateOnly.seconds / floor.seconds).toFixed(2)}x)`,
  );
  console.log(`${lines.join("\n")}\n`);
}
rmSync(work, { recursive: true, force: true });
