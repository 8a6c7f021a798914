// Builds the task pane into a folder of static files: taskpane.html/.css/.js,
// assets, and manifest.xml. Used by `pnpm build`, `pnpm dev` and the tests.
import { build } from "esbuild";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
/** office.js as the store policy wants it: from Microsoft's CDN. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where manifest.xml points during development (`pnpm dev`). */
export const DEV_BASE_URL = "https://localhost:3000";

/** Browsers the pane runs in: Edge WebView2 (Windows), Safari WKWebView (Mac), current browsers (web). */
const TARGET = ["chrome100", "edge100", "safari15", "firefox100"];

/**
 * @param {{ outDir: string, officeJsUrl?: string, baseUrl?: string, minify?: boolean }} options
 */
export async function buildPane({ outDir, officeJsUrl = OFFICE_JS_CDN, baseUrl = DEV_BASE_URL, minify = true }) {
  if (!/^https:\/\//.test(baseUrl)) throw new Error(`ADDIN_BASE_URL must be https://…, got ${baseUrl}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(APP_DIR, "src/pane/main.ts")],
    outfile: join(outDir, "taskpane.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: TARGET,
    conditions: ["@phuluc/source"],
    minify,
    sourcemap: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const html = await readFile(join(APP_DIR, "static/taskpane.html"), "utf8");
  await writeFile(join(outDir, "taskpane.html"), html.replace("%OFFICE_JS_URL%", officeJsUrl));
  await cp(join(APP_DIR, "static/taskpane.css"), join(outDir, "taskpane.css"));
  await cp(join(APP_DIR, "static/assets"), join(outDir, "assets"), { recursive: true });
  const manifest = await readFile(join(APP_DIR, "manifest.xml"), "utf8");
  await writeFile(join(outDir, "manifest.xml"), manifest.replaceAll(DEV_BASE_URL, baseUrl.replace(/\/$/, "")));
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  return { outDir, bytes };
}
