import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * The built files take `@phuluc/core` through its `./runtime` entry (all
 * this package uses; no zod), so that reading a workbook never loads the
 * document schemas. (Types still come from the main entry.)
 */
const coreRuntime: Plugin = {
  name: "core-runtime",
  setup(build) {
    build.onResolve({ filter: /^@phuluc\/core$/ }, () => ({ path: "@phuluc/core/runtime", external: true }));
  },
};

export default defineConfig({
  // One entry per subpath of package.json "exports": a reader never loads the writers (exceljs).
  entry: {
    index: "src/index.ts",
    read: "src/read.ts",
    template: "src/template/index.ts",
    national: "src/national/index.ts",
    feedback: "src/feedback/index.ts",
    zip: "src/zip-writer/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // Left to coreRuntime (tsup would mark it external as it is).
  noExternal: [/^@phuluc\/core$/],
  esbuildPlugins: [coreRuntime],
});
