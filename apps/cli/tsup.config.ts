import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The command: workspace packages stay external (their own dependencies
    // resolve from their folders); the workbook writers (exceljs) load lazily.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    clean: true,
    splitting: true,
  },
  {
    // The reading thread: core and the workbook reader bundled from source
    // into one file, so a worker starts fast and never loads exceljs.
    entry: { "read-worker": "src/read/read-worker.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    clean: false,
    noExternal: [/^@phuluc\//, "decimal.js", "zod", "fflate"],
    external: ["exceljs"],
    treeshake: true,
    esbuildOptions(options) {
      options.conditions = ["@phuluc/source"];
    },
  },
]);
