import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, ROOT } from "./run-built.js";

const HOOK = join(ROOT, "apps/cli/scripts/count-modules.mjs");

/**
 * What a run of the built command loads and runs: the modules of its bundle
 * it initialized (V8's coverage names each by its source path: the bundle
 * wraps every module of a lazily reached part in a function named so), and
 * the CommonJS files it required (exceljs, fflate), by the loader hook.
 */
function loaded(args: string[]): { initialized: string[]; required: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-modules-"));
  const log = join(dir, "modules.jsonl");
  const coverage = join(dir, "coverage");
  spawnSync(process.execPath, ["--import", HOOK, BIN, ...args], {
    env: { ...process.env, PHULUC_MODULES_FILE: log, NODE_V8_COVERAGE: coverage, PHULUC_CODE_CACHE: join(dir, "code-cache") },
    stdio: "ignore",
  });
  const required = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { kind: string; url?: string })
    .filter((l) => l.kind === "require")
    .map((l) => String(l.url));
  const initialized = readdirSync(coverage).flatMap((name) => {
    const { result } = JSON.parse(readFileSync(join(coverage, name), "utf8")) as {
      result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
    };
    return result
      .filter((script) => script.url.endsWith("/apps/cli/dist/index.cjs"))
      .flatMap((script) =>
        script.functions.filter((f) => /\.(ts|js|mjs|json)$/.test(f.functionName) && (f.ranges[0]?.count ?? 0) > 0).map((f) => f.functionName),
      );
  });
  return { initialized, required };
}

const ZOD = /node_modules\/.*\/zod\//;

describe("what a command loads before it answers", () => {
  it("`phuluc --help` runs the help and the argument parsing only: no core, reader, zod or exceljs", () => {
    const { initialized, required } = loaded(["--help"]);
    expect(initialized).toContain("src/commands/validate/validate-command.ts");
    // The command's own declarations, and the bundler's shim of import.meta.url.
    expect(initialized.filter((path) => !/^(src\/|package\.json$|.*\/tsup\/assets\/cjs_shims\.js$)/.test(path))).toEqual([]);
    expect(required.filter((id) => /exceljs|fflate/.test(id))).toEqual([]);
  });

  it("`phuluc validate` of one workbook runs neither zod nor exceljs nor a workbook writer", () => {
    const { initialized, required } = loaded(["validate", join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), "-q"]);
    expect(initialized).toContain("../../packages/core/src/engine/validate.ts");
    expect(initialized.filter((path) => ZOD.test(path) || /packages\/xlsx\/src\/(sheet-writer|national|template)\//.test(path))).toEqual([]);
    expect(required.filter((id) => /exceljs|fflate/.test(id))).toEqual([]);
  });

  it("`phuluc validate` hashes the files only when --json shows their SHA-256: node:crypto loads then and only then", () => {
    const file = join(FIXTURES, "2022-Y/01-ha-noi.xlsx");
    const cryptoModules = (args: string[]) => {
      // Node's own list of the built-in modules a process loaded, printed as it exits.
      const hook =
        "data:text/javascript,process.on('exit',()=>process.stderr.write('CRYPTO '+process.moduleLoadList.filter((m)=>/crypto/.test(m)).length+'\\n'))";
      const r = spawnSync(process.execPath, ["--import", hook, BIN, ...args], { encoding: "utf8" });
      return { count: Number(/CRYPTO (\d+)/.exec(r.stderr)?.[1]), stdout: r.stdout };
    };
    expect(cryptoModules(["validate", file, "-q"]).count).toBe(0);
    const json = cryptoModules(["validate", file, "--json"]);
    expect(json.count).toBeGreaterThan(0);
    const report = JSON.parse(json.stdout) as { files: { sha256: string }[] };
    expect(report.files[0]?.sha256).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
  });
});
