import { defineConfig } from "tsup";

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
});
