import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("the national entry (@phuluc/xlsx/national)", () => {
  it("bundles without exceljs: writing the national workbook never loads it", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("./index.ts", import.meta.url))],
      bundle: true,
      platform: "neutral",
      format: "esm",
      conditions: ["@phuluc/source"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes("sheet-writer/"))).toBe(true);
    expect(inputs.filter((i) => /exceljs/.test(i))).toEqual([]);
  });
});
