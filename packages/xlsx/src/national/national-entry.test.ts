import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleForTest } from "../test-support/bundle-for-test.js";

describe("the national entry (@phuluc/xlsx/national)", () => {
  it("bundles without exceljs: writing the national workbook never loads it", async () => {
    const result = await bundleForTest({ entryPoints: [fileURLToPath(new URL("./index.ts", import.meta.url))], platform: "neutral" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes("sheet-writer/"))).toBe(true);
    expect(inputs.filter((i) => /exceljs/.test(i))).toEqual([]);
  });
});
