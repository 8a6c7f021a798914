import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, the built command and the fixture sets. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const BIN = join(ROOT, "apps/cli/bin/phuluc.cjs");
export const FIXTURES = join(ROOT, "fixtures");

/**
 * The built command's code cache in these tests: one folder for the test
 * file's runs (so later runs use what the first wrote, as a user's do), not
 * the user's own.
 */
const CODE_CACHE = mkdtempSync(join(tmpdir(), "phuluc-code-cache-"));

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command (`node apps/cli/bin/phuluc.cjs …`), output piped, and
 * sends Ctrl-C (SIGINT) as soon as stderr shows `interruptWhen`. The child
 * runs asynchronously: a synchronous spawn would block the test worker for
 * the whole run, and under load vitest's own worker messages (60 s budget)
 * then time out ("Timeout calling onTaskUpdate") although the test is fine.
 */
function run(args: readonly string[], cwd: string, interruptWhen?: RegExp): Promise<Ran & { interrupted: boolean }> {
  if (!existsSync(join(ROOT, "apps/cli/dist/index.cjs"))) throw new Error("build the command first: pnpm --filter @phuluc/cli build");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env: { PHULUC_CODE_CACHE: CODE_CACHE, ...process.env } });
    let stdout = "";
    let stderr = "";
    let interrupted = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      if (interruptWhen && !interrupted && interruptWhen.test(stderr)) {
        interrupted = true;
        child.kill("SIGINT");
      }
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr, interrupted }));
  });
}

/** Runs the built command as central staff would, output piped. */
export async function phuluc(args: readonly string[], cwd = ROOT): Promise<Ran> {
  const { code, stdout, stderr } = await run(args, cwd);
  return { code, stdout, stderr };
}

/** Runs the command and sends Ctrl-C (SIGINT) as soon as stderr shows `when`. */
export function phulucInterrupted(args: readonly string[], when: RegExp, cwd = ROOT): Promise<Ran & { interrupted: boolean }> {
  return run(args, cwd, when);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `phuluc-${prefix}-`));
}
