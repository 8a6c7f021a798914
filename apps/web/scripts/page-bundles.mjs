// The page's scripts, one definition for `pnpm build` (scripts/build.mjs) and the
// test of what each one carries (src/page-bundles.test.ts).
import { join } from "node:path";

const common = {
  bundle: true,
  platform: "browser",
  target: "es2022",
  format: "iife",
  minify: true,
  legalComments: "none",
  conditions: ["@phuluc/source"],
  logLevel: "warning",
};

/** esbuild options of each script, for the app folder `app`; app.js carries the worker's source as text. */
export function pageBundles(app) {
  return {
    worker: { ...common, entryPoints: [join(app, "src/read/read-worker.ts")], write: false },
    // The page reads no registry, grouping or catalogue file of the user's, so the
    // schemas that check them (zod, `@phuluc/core/documents`, loaded by
    // @phuluc/consolidate only when such files are given) stay out of app.js.
    app: (workerSource) => ({
      ...common,
      entryPoints: [join(app, "src/main.ts")],
      external: ["@phuluc/core/documents"],
      define: { __READ_WORKER_SOURCE__: JSON.stringify(workerSource) },
    }),
    // The consolidation and the national workbook's writer, loaded on the first folder consolidated.
    consolidator: { ...common, entryPoints: [join(app, "src/consolidate/consolidator-entry.ts")], external: ["@phuluc/core/documents"] },
    templateWriter: { ...common, entryPoints: [join(app, "src/template/template-writer-entry.ts")] },
  };
}
