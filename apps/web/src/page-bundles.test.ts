import { build, type BuildOptions, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { pageBundles } from "../scripts/page-bundles.mjs";
import { APP } from "./e2e/browser.js";

interface Bundles {
  worker: BuildOptions;
  app: (workerSource: string) => BuildOptions;
  templateWriter: BuildOptions;
  consolidator: BuildOptions;
}
const bundles = pageBundles(APP) as Bundles;

/** The source files a script carries code of (left after tree shaking), from esbuild's metafile. */
async function filesIn(options: BuildOptions): Promise<string[]> {
  const { metafile } = (await build({ ...options, write: false, metafile: true, logLevel: "silent" })) as { metafile: Metafile };
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([f]) => f);
}

/** The npm packages a script carries. */
async function packagesIn(options: BuildOptions): Promise<string[]> {
  const names = (await filesIn(options)).map((f) => /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]);
  return [...new Set(names.filter((n): n is string => n !== undefined))].sort();
}

/** What only consolidating needs: the pipeline and the national workbook's writer. */
const consolidating = (f: string): boolean =>
  /packages\/consolidate\/src\/pipeline\/consolidate-files\.ts$|packages\/xlsx\/src\/(?:national|sheet-writer)\//.test(f);

describe("what each of the page's scripts carries", () => {
  it("app.js carries neither exceljs nor zod; template-writer.js carries exceljs", async () => {
    const app = await packagesIn(bundles.app(""));
    expect(app).not.toContain("exceljs");
    expect(app).not.toContain("zod");
    expect(app).toContain("decimal.js");
    expect(await packagesIn(bundles.templateWriter)).toContain("exceljs");
  });

  it("app.js, what checking needs, leaves the consolidation to consolidator.js, which carries neither exceljs nor zod", async () => {
    expect((await filesIn(bundles.app(""))).filter(consolidating)).toEqual([]);
    const consolidator = await filesIn(bundles.consolidator);
    expect(consolidator.some((f) => f.endsWith("packages/consolidate/src/pipeline/consolidate-files.ts"))).toBe(true);
    expect(consolidator.some((f) => f.includes("packages/xlsx/src/national/"))).toBe(true);
    expect(await packagesIn(bundles.consolidator)).not.toContain("exceljs");
    expect(await packagesIn(bundles.consolidator)).not.toContain("zod");
  });

  it("app.js leaves reading the workbooks to the reading worker: it carries no reader of its own (the worker's source is text in it)", async () => {
    const app = await filesIn(bundles.app(""));
    expect(app.filter((f) => /packages\/xlsx\/src\/(?:reader|annex-reader)\//.test(f))).toEqual([]);
    expect((await filesIn(bundles.worker)).some((f) => f.endsWith("packages/xlsx/src/annex-reader/read-annex-workbook.ts"))).toBe(true);
  });

  it("the reading worker carries neither exceljs nor zod", async () => {
    const worker = await packagesIn(bundles.worker);
    expect(worker).not.toContain("exceljs");
    expect(worker).not.toContain("zod");
  });
});
