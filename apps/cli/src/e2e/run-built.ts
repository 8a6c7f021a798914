import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, the built command and the fixture sets. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const BIN = join(ROOT, "apps/cli/bin/phuluc.js");
export const FIXTURES = join(ROOT, "fixtures");

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command as central staff would (`node apps/cli/bin/phuluc.js …`), output piped. */
export function phuluc(args: readonly string[], cwd = ROOT): Ran {
  if (!existsSync(join(ROOT, "apps/cli/dist/index.js"))) throw new Error("build the command first: pnpm --filter @phuluc/cli build");
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command and sends Ctrl-C (SIGINT) as soon as stderr shows `when`. */
export function phulucInterrupted(args: readonly string[], when: RegExp, cwd = ROOT): Promise<Ran & { interrupted: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let interrupted = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (!interrupted && when.test(stderr)) {
        interrupted = true;
        child.kill("SIGINT");
      }
    });
    child.on("close", (code) => done({ code, stdout, stderr, interrupted }));
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `phuluc-${prefix}-`));
}
