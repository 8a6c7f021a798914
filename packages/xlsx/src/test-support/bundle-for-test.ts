import { build, type BuildOptions, type Metafile, type OutputFile } from "esbuild";

/** Bundles from source as an ESM module in memory (what a page or program that imports it would carry), with its metafile. */
export async function bundleForTest(options: BuildOptions): Promise<{ metafile: Metafile; outputFiles: OutputFile[] }> {
  const result = await build({ bundle: true, format: "esm", conditions: ["@phuluc/source"], logLevel: "silent", ...options, write: false, metafile: true });
  return { metafile: result.metafile, outputFiles: result.outputFiles };
}
