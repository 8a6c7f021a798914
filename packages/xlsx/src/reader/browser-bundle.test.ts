import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleForTest } from "../test-support/bundle-for-test.js";

describe("reader in a browser page", () => {
  it("bundles the reader and the annex mapping for the browser without any Node built-in", async () => {
    const result = await bundleForTest({
      stdin: {
        contents: 'export * from "./reader/index.ts"; export * from "./annex-reader/index.ts";',
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
        loader: "ts",
      },
      platform: "browser",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith("node:") || /node_modules\/(exceljs|jszip|archiver|saxes)\//.test(i))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/require\(["'](node:)?(fs|path|os|crypto|buffer|stream|zlib)["']\)/);
  });
});
