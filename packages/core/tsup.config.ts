import { defineConfig } from "tsup";

export default defineConfig({
  // One entry per subpath of package.json "exports": `runtime` never loads zod.
  entry: { index: "src/index.ts", runtime: "src/runtime.ts", documents: "src/documents.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
