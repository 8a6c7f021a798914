// `pnpm bench`: syncs per validation (on the Excel stand-in of the tests) and
// the time core takes to validate all nine annexes, in headless Chromium.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { APP_DIR, buildPane } from "./build-pane.mjs";

const CHROMIUM = "/usr/bin/chromium";

/** What a source file of the bundle belongs to: a package, a core folder or data file, or the pane. */
function bundlePart(path) {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(?:(v4\/[^/]+)\/)?/.exec(path);
  if (dependency) return dependency[2] ? `${dependency[1]} (${dependency[2]})` : dependency[1];
  const core = /packages\/core\/(src\/[^/]+|catalogues\/[^/]+|data\/units\/[^/]+)/.exec(path);
  if (core) return `@phuluc/core ${core[1]}`;
  return `add-in ${path.replace(/^src\/([^/]+).*/, "src/$1")}`;
}
const RUNS = 300;
// Inside the app's node_modules, a cache folder nothing else reads.
const dir = join(APP_DIR, "node_modules/.cache/phuluc-bench");
await mkdir(dir, { recursive: true });
try {
  // The production bundle, as `pnpm build` makes it.
  const prod = await mkdtemp(join(tmpdir(), "phuluc-bundle-"));
  try {
    const { inputs, lazy } = await buildPane({ outDir: prod });
    const maps = (await readdir(prod)).filter((n) => n.endsWith(".map"));
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    /** A script's size and, by package or folder, what takes it. */
    const describe = async (file, heading, scriptInputs) => {
      const js = await readFile(join(prod, file));
      console.log(`${heading}: ${file} ${kib(js.length)} before gzip, ${kib(gzipSync(js).length)} gzipped`);
      const shares = new Map();
      for (const [path, { bytesInOutput }] of Object.entries(scriptInputs)) shares.set(bundlePart(path), (shares.get(bundlePart(path)) ?? 0) + bytesInOutput);
      const sorted = [...shares].sort((a, b) => b[1] - a[1]);
      for (const [part, bytes] of sorted.filter(([, b]) => b >= 2048)) console.log(`  ${kib(bytes).padStart(9)}  ${part}`);
      const rest = sorted.filter(([, b]) => b < 2048 && b > 0);
      if (rest.length > 0) console.log(`  ${kib(rest.reduce((n, [, b]) => n + b, 0)).padStart(9)}  ${rest.length} smaller parts`);
    };
    console.log(
      `task pane bundle (goal: first load < 250 KiB, only what validating the open workbook needs); source maps in the production folder: ${maps.length}`,
    );
    await describe("taskpane.js", "first load (open, validate, create, export)", inputs);
    for (const [file, script] of Object.entries(lazy)) await describe(file, "loaded on choosing a registry file", script.inputs);
  } finally {
    await rm(prod, { recursive: true, force: true });
  }

  const common = { bundle: true, conditions: ["@phuluc/source"], logLevel: "warning" };
  await build({ ...common, entryPoints: [join(APP_DIR, "src/bench/sync-count.ts")], outfile: join(dir, "sync-count.mjs"), platform: "node", format: "esm" });
  const { syncCounts } = await import(pathToFileURL(join(dir, "sync-count.mjs")).href);
  const s = await syncCounts();
  console.log(`Excel syncs (Excel stand-in), ${s.annexes} annexes, ${s.cells} data cells:`);
  console.log(`  full validation ("Kiểm tra toàn bộ"): ${s.full} syncs (goal ≤ 2, whatever the number of cells)`);
  console.log(`  single-cell edit: ${s.singleEdit} syncs (1 read of that annex + 1 write of the changed highlight)`);
  console.log(`  change event from the add-in's own highlight (ExcelApi < 1.14): ${s.ownHighlightEcho} sync (read only, no write)`);

  if (!existsSync(CHROMIUM)) {
    console.log(`core validation in Chromium: skipped (${CHROMIUM} missing; apt-get install -y chromium)`);
  } else {
    const out = await build({
      ...common,
      entryPoints: [join(APP_DIR, "src/bench/core-timing.ts")],
      platform: "browser",
      format: "iife",
      globalName: "bench",
      write: false,
      minify: true,
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-gpu",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage();
      await page.setContent("<!doctype html><title>bench</title>");
      await page.addScriptTag({ content: out.outputFiles[0].text });
      const t = await page.evaluate((runs) => globalThis.bench.timeCore(runs), RUNS);
      const ms = (x) => `${x.toFixed(2)} ms`;
      console.log(`core validation of all 9 annexes in Chromium (${t.cells} cells, ${t.runs} runs):`);
      console.log(`  validate: median ${ms(t.validate.median)} · p95 ${ms(t.validate.p95)} · mean ${ms(t.validate.mean)} (goal < 20 ms)`);
      console.log(`  re-check (validate + findings list + highlight marks): median ${ms(t.recheck.median)} · p95 ${ms(t.recheck.p95)}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
