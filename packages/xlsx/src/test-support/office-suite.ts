import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whether a command is installed (tests that need an office suite skip without it, except in CI). */
export function installed(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// LibreOffice needs seconds to start, more on a loaded machine: tests convert
// all their files in one launch, and run it asynchronously so the test worker
// keeps answering vitest meanwhile (a blocked worker times out its messages).
// The generous limits are for a starved machine, not for the work (a few s).
const LIMIT_MS = 240_000;

/**
 * Converts files with LibreOffice in one launch (`format`: `pdf`, `xlsx`, or a
 * filter such as `xlsx:Calc MS Excel 2007 XML`). The profile lives in the
 * caller's temporary folder: a shared one would hand the conversion to another
 * running instance (another test run), or wait for it.
 */
export async function libreOfficeConvert(format: string, outDir: string, files: readonly string[], tempDir: string): Promise<void> {
  const profile = `file://${join(tempDir, "lo-profile")}`;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...files], {
    timeout: LIMIT_MS,
  });
}

/** Converts one file with Gnumeric's ssconvert; returns what it printed on stdout. */
export async function gnumericConvert(source: string, target: string): Promise<string> {
  const { stdout } = await run("ssconvert", [source, target], { timeout: LIMIT_MS });
  return stdout;
}
