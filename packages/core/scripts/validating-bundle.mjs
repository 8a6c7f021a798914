// The browser bundle of a page that only validates an annex workbook and words
// its findings, as `pnpm bench` measures it (bench-bundle.mjs) and the test holds
// it to its goal (src/browser-bundle.test.ts): one definition for both.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** Goal for the validating page's bundle, minified (issue 17). */
export const VALIDATING_BUNDLE_GOAL = 150 * 1000;

const runtime = fileURLToPath(new URL("../src/runtime.ts", import.meta.url));

/** The page's code: choose the period's catalogue, validate, word each finding. */
export const VALIDATING_PAGE = `
  import { catalogueForPeriod, formatFinding, periodOrThrow, validate } from ${JSON.stringify(runtime)};
  export function check(submission) {
    const catalogue = catalogueForPeriod(periodOrThrow(submission.period));
    return validate(submission, catalogue).findings.map((f) => formatFinding(f, { catalogue }));
  }`;

/** Every runtime export, the data of both catalogues and all registries (a reference, no goal). */
export const WHOLE_RUNTIME = `export * from ${JSON.stringify(runtime)};`;

/** Bundles `contents` for the browser as a page would ship it: ESM, minified, with its metafile. */
export function bundleForBrowser(contents) {
  return build({
    stdin: { contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
}
