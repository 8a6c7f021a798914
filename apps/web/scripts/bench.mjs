// `pnpm --filter @phuluc/web bench`: the 67 workbooks of fixtures/2021-Y consolidated
// in headless Chromium (the built page from file://, reading in Web Workers) next to
// `phuluc consolidate` on the same folder. Prints figures; asserts nothing (goal: within 2×).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = join(APP, "../../fixtures");
const CLI = join(APP, "../cli/bin/phuluc.cjs");
const CHROMIUM = "/usr/bin/chromium";
const RUNS = Number(process.env.RUNS ?? 3);
if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing: benchmark not run.`);
  process.exit(0);
}
// What each task makes the browser load (pnpm build first).
const kib = (file) => statSync(join(APP, "dist", file)).size / 1024;
console.log("What the page loads, by task:");
console.log(`  checking files: app.js ${kib("app.js").toFixed(0)} KiB (the reading worker inside it)`);
console.log(`  consolidating a folder: also consolidator.js ${kib("consolidator.js").toFixed(0)} KiB, on the first consolidation`);
console.log(`  a blank template: also template-writer.js ${kib("template-writer.js").toFixed(0)} KiB (exceljs), on the first one asked for`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cli = [];
const out = mkdtempSync(join(tmpdir(), "phuluc-web-bench-"));
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  execFileSync(process.execPath, [CLI, "consolidate", "2021-Y", "--period", "2021-Y", "--out", join(out, "t.xlsx"), "--json", join(out, "r.json"), "-q"], {
    cwd: FIXTURES,
    stdio: "ignore",
  });
  cli.push(performance.now() - t);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu"] });
const web = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage();
  await page.goto(`file://${join(APP, "dist", "index.html")}`);
  await page.click("#tab-consolidate");
  await page.setInputFiles("#consolidate-folder", join(FIXTURES, "2021-Y"));
  await page.fill("#consolidate-period", "2021-Y");
  const t = performance.now();
  await page.click("#consolidate-run");
  await page.waitForSelector("#coverage", { timeout: 300_000 });
  web.push(performance.now() - t);
  await page.close();
}
await browser.close();
const c = median(cli);
const w = median(web);
console.log(`67 workbooks (fixtures/2021-Y), median of ${RUNS}:`);
console.log(`  phuluc consolidate (whole process):   ${(c / 1000).toFixed(2)} s`);
console.log(`  web page in headless Chromium (click to results): ${(w / 1000).toFixed(2)} s  (${(w / c).toFixed(2)}× the CLI; goal ≤ 2×)`);
