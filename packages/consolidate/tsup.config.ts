import { defineConfig } from "tsup";

export default defineConfig({
  // `read`: what a reading thread needs, without the national workbook writer.
  entry: { index: "src/index.ts", read: "src/read/index.ts" },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
