// `pnpm build`: the page as static files in dist/ (index.html, app.js, style.css).
// Everything is bundled: no CDN, no request to any network. The reading
// worker is bundled first and carried inside app.js as text, so the page
// starts it from a blob: URL — browsers refuse workers loaded from file://.
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(APP, "dist");
const common = { bundle: true, platform: "browser", target: "es2022", format: "iife", minify: true, legalComments: "none", conditions: ["@phuluc/source"], logLevel: "warning" };

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const worker = await build({ ...common, entryPoints: [join(APP, "src/read/read-worker.ts")], write: false });
const workerSource = worker.outputFiles[0].text;
await build({ ...common, entryPoints: [join(APP, "src/main.ts")], outfile: join(OUT, "app.js"), define: { __READ_WORKER_SOURCE__: JSON.stringify(workerSource) } });
for (const f of ["index.html", "style.css"]) copyFileSync(join(APP, "src", f), join(OUT, f));
const kib = (f) => (statSync(join(OUT, f)).size / 1024).toFixed(0);
console.log(`web page built in ${OUT} (app.js ${kib("app.js")} KiB, of which the reading worker ${(workerSource.length / 1024).toFixed(0)} KiB)`);
