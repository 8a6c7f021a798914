// `pnpm bench` (apps/cli), first part: what each command costs from a cold
// start, side by side with `node -e 0` and the unzip + scan floor, run in
// turn (one of each, again and again) so that a busy machine slows them
// alike; medians. Per command: the modules it loads (files of JavaScript,
// their bytes, Node's own modules beyond `node -e 0`) and the time spent
// requiring exceljs, so that a regression in what loads shows. The commands
// run with a code cache of their own (made by the first, uncounted round, as
// a user's first run makes it); one more row is `validate` without it, as
// the first run after an install or an upgrade of Node is.
// Usage: node scripts/bench-startup.mjs [--runs 9]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg("runs", "9"));
const work = mkdtempSync(join(tmpdir(), "phuluc-bench-startup-"));
const bin = join(here, "..", "bin", "phuluc.cjs");
// What bin/phuluc.cjs compiles (with its code cache) rather than loads as a module.
const bundle = join(here, "..", "dist", "index.cjs");
const folder = join(root, "fixtures", "2022-Y");
const codeCache = join(work, "code-cache");

const commands = [
  { label: "node -e 0", args: ["-e", "0"] },
  { label: "phuluc --help", args: [bin, "--help"], goal: "<= 1.5x node" },
  { label: "phuluc validate ONE.xlsx", args: [bin, "validate", join(folder, "01-ha-noi.xlsx")], goal: "<= 2x node" },
  { label: "  same, no code cache", args: [bin, "validate", join(folder, "01-ha-noi.xlsx")], env: { PHULUC_CODE_CACHE: "0" } },
  {
    label: "phuluc consolidate 2022-Y",
    args: [bin, "consolidate", folder, "--period", "2022-Y", "--out", join(work, "national.xlsx"), "--json", join(work, "report.json"), "--quiet"],
    goal: "<= 1.6x floor",
  },
  { label: "floor 2022-Y", args: [join(here, "floor-scan.mjs"), folder] },
];

function once(args, env = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, PHULUC_CODE_CACHE: codeCache, ...env } });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

/** The modules a run of the command loads, through count-modules.mjs (all threads). */
function modules(args, env) {
  const file = join(work, "modules.jsonl");
  rmSync(file, { force: true });
  // Its own code cache: `--import` is a flag of the process, which the cache depends on.
  once(["--import", join(here, "count-modules.mjs"), ...args], { ...env, PHULUC_MODULES_FILE: file });
  const lines = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const files = lines.filter((l) => l.kind === "import" && l.url.startsWith("file:"));
  const required = lines.filter((l) => l.kind === "require" && l.url.startsWith("/"));
  if (args[0] === bin) required.push({ url: bundle });
  const builtins = Math.max(...lines.filter((l) => l.kind === "builtins").map((l) => l.count));
  const excel = required.filter((l) => l.top && /exceljs/.test(l.url)).reduce((n, l) => n + l.ms, 0);
  // Each file once (a CommonJS main module passes both the ESM hook and require).
  const paths = [...new Set([...files.map((l) => fileURLToPath(l.url)), ...required.map((l) => l.url).filter((u) => /\.c?js$/.test(u))])];
  const names = paths.map((u) => u.replace(/^.*\/(node_modules\/\.pnpm\/[^/]+\/node_modules\/|apps\/cli\/)/, ""));
  const bytes = paths.reduce((n, p) => n + statSync(p).size, 0);
  return { files: paths.length, kib: bytes / 1024, builtins, excel, names };
}

for (let i = 0; i <= runs; i++) {
  for (const c of commands) {
    const ms = once(c.args, c.env);
    if (i > 0) (c.ms ??= []).push(ms); // the first round warms the file cache
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const c of commands) Object.assign(c, { median: median(c.ms) }, modules(c.args, c.env));
const node = commands[0];
const floor = commands.at(-1);
const load = loadavg()[0];

console.log(
  `phuluc bench — start-up, ${availableParallelism()} cores, node ${process.version}, load ${load.toFixed(2)}; cold processes run in turn, median of ${runs}\n`,
);
console.log(
  `   ${"command".padEnd(26)} ${"ms".padStart(6)} ${"×node".padStart(6)} ${"×floor".padStart(7)}  files (KiB of JS)   Node modules +  exceljs require   goal`,
);
for (const c of commands) {
  const extra = c.builtins - node.builtins;
  const excel = c.excel > 0 ? `${c.excel.toFixed(0)} ms (${((100 * c.excel) / c.median).toFixed(0)}%)` : "—";
  console.log(
    `   ${c.label.padEnd(26)} ${c.median.toFixed(0).padStart(6)} ${(c.median / node.median).toFixed(2).padStart(6)} ${(c.median / floor.median).toFixed(2).padStart(7)}  ${String(c.files).padStart(5)} (${c.kib.toFixed(0).padStart(5)})       ${String(extra).padStart(5)}     ${excel.padEnd(14)}   ${c.goal ?? ""}`,
  );
}
console.log("\n   files each command loads:");
for (const c of commands.slice(1, -1)) if (!c.env) console.log(`     ${c.label}: ${c.names.join(", ")}`);
const caches = readdirSync(codeCache).map(
  (name) => `${name.replace(/-[0-9a-f]{8}-[0-9a-f]{8}\.bin$/, "")} ${(statSync(join(codeCache, name)).size / 1024).toFixed(0)} KiB`,
);
console.log(`   code caches (one per command and set of flags): ${[...new Set(caches)].join(", ")}`);
console.log("");
rmSync(work, { recursive: true, force: true });
