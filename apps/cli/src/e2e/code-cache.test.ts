import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, tempDir } from "./run-built.js";

const FILE = join(FIXTURES, "2022-Y/40-nghe-an.xlsx");

/** `phuluc validate` of a workbook with an error, with the environment given (no other code cache). */
function validate(env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const { PHULUC_CODE_CACHE: _, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, "validate", FILE], { encoding: "utf8", env: { ...rest, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const caches = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".bin")) : []);

describe("the command's code cache (bin/phuluc.cjs)", () => {
  const plain = validate({ PHULUC_CODE_CACHE: "0" });

  it("is written by the first run of a command and used by the next, which answer the same", () => {
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("tỷ lệ ghi 28,0%");
    const dir = join(tempDir("code-cache"), "cache");
    const first = validate({ PHULUC_CODE_CACHE: dir });
    expect(first).toEqual(plain);
    const [name] = caches(dir);
    expect(name).toMatch(/^validate-[0-9a-f]{8}-[0-9a-f]{8}\.bin$/);
    const written = statSync(join(dir, name as string));
    expect(validate({ PHULUC_CODE_CACHE: dir })).toEqual(plain);
    // Used, not written again.
    expect(statSync(join(dir, name as string)).mtimeMs).toBe(written.mtimeMs);
    expect(caches(dir)).toEqual([name]);
  });

  it("a damaged cache is refused by V8 and written anew; the run answers the same", () => {
    const dir = join(tempDir("code-cache"), "cache");
    validate({ PHULUC_CODE_CACHE: dir });
    const [name] = caches(dir);
    const file = join(dir, name as string);
    const good = readFileSync(file);
    for (const damaged of [Buffer.from("not a code cache"), good.subarray(0, good.length >> 1), Buffer.alloc(good.length, 7)]) {
      writeFileSync(file, damaged);
      expect(validate({ PHULUC_CODE_CACHE: dir })).toEqual(plain);
      // Written anew, and good: the next run uses it as it is.
      expect(readFileSync(file).length).toBeGreaterThan(good.length * 0.9);
      const rewritten = statSync(file).mtimeMs;
      expect(validate({ PHULUC_CODE_CACHE: dir })).toEqual(plain);
      expect(statSync(file).mtimeMs).toBe(rewritten);
    }
  });

  it("the cache of another build of the command is replaced; other commands' caches are kept", () => {
    const dir = join(tempDir("code-cache"), "cache");
    mkdirSync(dir);
    writeFileSync(join(dir, "validate-00000000-00000000.bin"), "old build");
    writeFileSync(join(dir, "consolidate-00000000-00000000.bin"), "old build of another command");
    validate({ PHULUC_CODE_CACHE: dir });
    const now = caches(dir);
    expect(now).toContain("consolidate-00000000-00000000.bin");
    expect(now.filter((n) => n.startsWith("validate-"))).toHaveLength(1);
    expect(now).not.toContain("validate-00000000-00000000.bin");
  });

  it("lives in the user's cache folder by default, and nowhere with PHULUC_CODE_CACHE=0", () => {
    const home = tempDir("code-cache-home");
    validate({ HOME: home, XDG_CACHE_HOME: join(home, "xdg") });
    expect(caches(join(home, "xdg", "phuluc", "code-cache"))).toHaveLength(1);
    const other = tempDir("code-cache-home");
    expect(validate({ HOME: other, XDG_CACHE_HOME: join(other, "xdg"), PHULUC_CODE_CACHE: "0" })).toEqual(plain);
    expect(readdirSync(other)).toEqual([]);
  });

  it("a cache folder that cannot be written only means no cache: the run answers the same", () => {
    const parent = tempDir("code-cache");
    // A file where the folder would be.
    writeFileSync(join(parent, "cache"), "");
    expect(validate({ PHULUC_CODE_CACHE: join(parent, "cache") })).toEqual(plain);
    if (process.getuid?.() !== 0) {
      // (root may write anywhere)
      const locked = join(parent, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      expect(validate({ PHULUC_CODE_CACHE: join(locked, "cache") })).toEqual(plain);
      expect(readdirSync(locked)).toEqual([]);
    }
  });
});
