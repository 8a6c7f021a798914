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

/**
 * Language level of the bundle. Microsoft's "Browsers and webview controls used
 * by Office Add-ins" lists, for hosts with ExcelApi 1.9, the EdgeHTML webview
 * (Microsoft 365 on Windows 10, builds 16.0.11629 to 16.0.13530.20424, and later
 * ones without WebView2) beside WebView2, Safari's WKWebView and current
 * browsers. EdgeHTML (Edge 18) runs ES2017 and no later syntax (no class fields,
 * no optional chaining, no object spread), so that is the bundle's level; a test
 * parses the built file at it. Older webviews (Internet Explorer 11) are met by
 * the ES5 check in taskpane.html.
 */
export const LANGUAGE_LEVEL = "es2017";

/**
 * The core's schemas carry descriptions (`z.describe("…")`) for the catalogue's
 * JSON Schema, which editors show; the pane never makes that schema, so they
 * are left out of its bundle (about 8 KiB of Vietnamese text). Validation and
 * its messages are untouched: only the arguments of `z.describe` are emptied.
 */
const withoutSchemaDescriptions = {
  name: "without-schema-descriptions",
  setup(pane) {
    pane.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/].+-schema\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      return { contents: source.replace(/z\.describe\("(?:[^"\\]|\\.)*"\)/g, 'z.describe("")'), loader: "ts" };
    });
  },
};

/**
 * Scripts the pane loads only when a task needs them (see src/pane/load-script.ts):
 * classic scripts that set a global, not `import()` chunks, which the bundle's
 * language level (ES2017) has no syntax for.
 */
export const LAZY_SCRIPTS = {
  // Checking a registry file the officer chose: zod and core's document schemas.
  "registry-reader.js": "src/registry-file/registry-reader-entry.ts",
};

/**
 * The production folder carries no source map; `sourcemap: true` (development)
 * inlines one in each script instead.
 * @param {{ outDir: string, officeJsUrl?: string, baseUrl?: string, minify?: boolean, sourcemap?: boolean }} options
 * @returns {Promise<{ outDir: string, bytes: number, inputs: Record<string, { bytesInOutput: number }>, lazy: Record<string, { bytes: number, inputs: Record<string, { bytesInOutput: number }> }> }>}
 *   bytes of taskpane.js (what the pane loads first) and, per source file, its share; the same for each script of LAZY_SCRIPTS
 */
export async function buildPane({ outDir, officeJsUrl = OFFICE_JS_CDN, baseUrl = DEV_BASE_URL, minify = true, sourcemap = false }) {
  if (!/^https:\/\//.test(baseUrl)) throw new Error(`ADDIN_BASE_URL must be https://…, got ${baseUrl}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const script = async (entry, file) => {
    const result = await build({
      entryPoints: [join(APP_DIR, entry)],
      outfile: join(outDir, file),
      bundle: true,
      format: "iife",
      platform: "browser",
      target: LANGUAGE_LEVEL,
      conditions: ["@phuluc/source"],
      minify,
      sourcemap: sourcemap ? "inline" : false,
      // Vietnamese text as UTF-8, not \uXXXX escapes (about 20 KiB less). taskpane.html
      // declares UTF-8 first thing, and a classic script without a charset in its
      // Content-Type is decoded in the page's encoding, so any static server works.
      charset: "utf8",
      legalComments: "none",
      metafile: true,
      logLevel: "warning",
      plugins: [withoutSchemaDescriptions],
    });
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
    return { bytes: output?.bytes ?? 0, inputs: output?.inputs ?? {} };
  };
  const first = await script("src/pane/main.ts", "taskpane.js");
  const lazy = {};
  for (const [file, entry] of Object.entries(LAZY_SCRIPTS)) lazy[file] = await script(entry, file);
  const html = await readFile(join(APP_DIR, "static/taskpane.html"), "utf8");
  await writeFile(join(outDir, "taskpane.html"), html.replace("%OFFICE_JS_URL%", officeJsUrl));
  await cp(join(APP_DIR, "static/taskpane.css"), join(outDir, "taskpane.css"));
  await cp(join(APP_DIR, "static/assets"), join(outDir, "assets"), { recursive: true });
  const manifest = await readFile(join(APP_DIR, "manifest.xml"), "utf8");
  await writeFile(join(outDir, "manifest.xml"), manifest.replaceAll(DEV_BASE_URL, baseUrl.replace(/\/$/, "")));
  return { outDir, ...first, lazy };
}
