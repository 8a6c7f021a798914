import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, ROOT } from "./run-built.js";

const HOOK = join(ROOT, "apps/cli/scripts/count-modules.mjs");

/** The JavaScript files a run of the built command loads: ESM by the loader hook, CommonJS by require. */
function loaded(args: string[]): { files: { url: string; source: string }[]; required: string[] } {
  const log = join(mkdtempSync(join(tmpdir(), "phuluc-modules-")), "modules.jsonl");
  spawnSync(process.execPath, ["--import", HOOK, BIN, ...args], { env: { ...process.env, PHULUC_MODULES_FILE: log }, stdio: "ignore" });
  const lines = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { kind: string; url?: string });
  const files = lines
    .filter((l) => l.kind === "import" && l.url?.startsWith("file:"))
    .map((l) => ({ url: l.url as string, source: readFileSync(new URL(l.url as string), "utf8") }));
  const required = lines.filter((l) => l.kind === "require").map((l) => String(l.url));
  return { files, required };
}

const ZOD = /\$ZodType|ZodMini/;

describe("what a command loads before it answers", () => {
  it("`phuluc --help` loads the help and the argument parsing only: no core, reader, zod or exceljs", () => {
    const { files, required } = loaded(["--help"]);
    const bytes = files.reduce((n, f) => n + f.source.length, 0);
    expect(bytes).toBeLessThan(48 * 1024);
    expect(files.some((f) => ZOD.test(f.source))).toBe(false);
    expect(required.filter((id) => /exceljs|fflate/.test(id))).toEqual([]);
  });

  it("`phuluc validate` of one workbook loads neither zod nor exceljs", () => {
    const { files, required } = loaded(["validate", join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), "-q"]);
    expect(files.some((f) => ZOD.test(f.source))).toBe(false);
    expect(required.filter((id) => /exceljs/.test(id))).toEqual([]);
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
