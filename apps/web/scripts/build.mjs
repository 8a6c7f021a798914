// `pnpm build`: the page as static files in dist/ (index.html, app.js, style.css).
// Everything is bundled: no CDN, no request to any network. The reading
// worker is bundled first and carried inside app.js as text, so the page
// starts it from a blob: URL — browsers refuse workers loaded from file://.
// The template writer (exceljs) is a script of its own, template-writer.js,
// that the page runs only when a template is asked for; so is the consolidation
// (consolidator.js), run only when a folder is consolidated.
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { pageBundles } from "./page-bundles.mjs";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(APP, "dist");
const bundles = pageBundles(APP);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const worker = await build(bundles.worker);
const workerSource = worker.outputFiles[0].text;
await build({ ...bundles.app(workerSource), outfile: join(OUT, "app.js") });
await build({ ...bundles.consolidator, outfile: join(OUT, "consolidator.js") });
await build({ ...bundles.templateWriter, outfile: join(OUT, "template-writer.js") });
for (const f of ["index.html", "style.css"]) copyFileSync(join(APP, "src", f), join(OUT, f));
const kib = (f) => (statSync(join(OUT, f)).size / 1024).toFixed(0);
console.log(
  `web page built in ${OUT} (app.js ${kib("app.js")} KiB, of which the reading worker ${(workerSource.length / 1024).toFixed(0)} KiB; consolidator.js ${kib("consolidator.js")} KiB, loaded for consolidating only; template-writer.js ${kib("template-writer.js")} KiB, loaded for templates only)`,
);
