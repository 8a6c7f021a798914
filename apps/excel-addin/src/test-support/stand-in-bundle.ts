import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** The Excel stand-in as one browser script, served where office.js would be. */
export async function standInScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./excel-stand-in/install.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome100",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}
