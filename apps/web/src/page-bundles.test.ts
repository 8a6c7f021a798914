import { build, type BuildOptions, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { pageBundles } from "../scripts/page-bundles.mjs";
import { APP } from "./e2e/browser.js";

interface Bundles {
  worker: BuildOptions;
  app: (workerSource: string) => BuildOptions;
  templateWriter: BuildOptions;
}
const bundles = pageBundles(APP) as Bundles;

/** The npm packages a script carries (code left after tree shaking). */
async function packagesIn(options: BuildOptions): Promise<string[]> {
  const { metafile } = (await build({ ...options, write: false, metafile: true, logLevel: "silent" })) as { metafile: Metafile };
  const [output] = Object.values(metafile.outputs);
  const carried = Object.entries(output?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0);
  const names = carried.map(([f]) => /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]);
  return [...new Set(names.filter((n): n is string => n !== undefined))].sort();
}

describe("what each of the page's scripts carries", () => {
  it("app.js (checking and consolidating) carries neither exceljs nor zod; template-writer.js carries exceljs", async () => {
    const app = await packagesIn(bundles.app(""));
    expect(app).not.toContain("exceljs");
    expect(app).not.toContain("zod");
    expect(app).toContain("decimal.js");
    expect(await packagesIn(bundles.templateWriter)).toContain("exceljs");
  });

  it("the reading worker carries neither exceljs nor zod", async () => {
    const worker = await packagesIn(bundles.worker);
    expect(worker).not.toContain("exceljs");
    expect(worker).not.toContain("zod");
  });
});
