import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("reader in a browser page", () => {
  it("bundles the reader and the annex mapping for the browser without any Node built-in", async () => {
    const result = await build({
      stdin: {
        contents: 'export * from "./reader/index.ts"; export * from "./annex-reader/index.ts";',
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
        loader: "ts",
      },
      bundle: true,
      platform: "browser",
      format: "esm",
      conditions: ["@phuluc/source"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith("node:") || /node_modules\/(exceljs|jszip|archiver|saxes)\//.test(i))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/require\(["'](node:)?(fs|path|os|crypto|buffer|stream|zlib)["']\)/);
  });
});
