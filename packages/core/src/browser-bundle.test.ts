import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script, no type declarations
import { VALIDATING_BUNDLE_GOAL, VALIDATING_PAGE, bundleForBrowser } from "../scripts/validating-bundle.mjs";

const entry = fileURLToPath(new URL("./index.ts", import.meta.url));

describe("browser bundle", () => {
  it("bundles for the browser without any Node built-in, and runs without Node globals", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "phuluc",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith("node:") || /(^|\/)node_modules\/(fs|path|os|crypto|buffer|stream)\//.test(i))).toBe(false);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|crypto|buffer|stream|url|util)["']\)/);

    // A sandbox with no process, Buffer, require or module: only what a browser page has.
    const sandbox: Record<string, unknown> = { console };
    runInNewContext(
      `${code}\nthis.out = (() => {
      const cat = phuluc.catalogue2022();
      const sub = phuluc.sampleSubmission(cat, { unit: "51", period: "2022-Y", unitKind: "province" });
      sub.annexes.PL01.cells["01.3"].value = 45.6;
      const result = phuluc.validate(sub, cat);
      return result.findings.filter((f) => f.severity === "error").map((f) => phuluc.formatFinding(f));
    })();`,
      sandbox,
    );
    const out = sandbox.out as string[];
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^PL01, mã số 01, cột \(3\): tỷ lệ ghi 45,6% nhưng \(2\) \/ \(1\) × 100 = /);
  });

  it("a page that only validates gets it from ./runtime: no zod, within 150 KB minified (scripts/bench-bundle.mjs prints the parts)", async () => {
    const result = await bundleForBrowser(VALIDATING_PAGE);
    expect(Object.keys(result.metafile.inputs).filter((i) => i.includes("/zod/"))).toEqual([]);
    expect(result.outputFiles[0]!.contents.length).toBeLessThanOrEqual(VALIDATING_BUNDLE_GOAL);
    expect(VALIDATING_BUNDLE_GOAL).toBe(150_000);
  });
});
