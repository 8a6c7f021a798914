import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script, no type declarations
import { buildPane, LANGUAGE_LEVEL } from "../../scripts/build-pane.mjs";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "phuluc-bundle-"));
  await buildPane({ outDir: dir });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Bytes the production bundle may take before gzip (issue goal: under 250 KiB;
 * `pnpm bench` prints the size and what takes it). The core's schemas use
 * zod/mini, whose checks are imported one by one; zod's classic API, or its
 * translations for every language, or a source map would each break it.
 */
const BUDGET = 250 * 1024;

describe("production bundle", () => {
  it("parses at ES2017, the level of the EdgeHTML webview that ExcelApi 1.9 hosts may still use", async () => {
    expect(LANGUAGE_LEVEL).toBe("es2017");
    const code = await readFile(join(dir, "taskpane.js"), "utf8");
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    // The check is real: a class field, the ES2022 syntax the bundle used to carry, is refused at that level.
    expect(() => parse("class A { x = 1 }", { ecmaVersion: 2017 })).toThrow();
  });

  it("keeps the old-webview check in taskpane.html at ES5, so it runs where the bundle cannot", async () => {
    const html = await readFile(join(dir, "taskpane.html"), "utf8");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0] ?? "", { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("stays under 250 KiB before gzip, with no source map and none of zod's other languages", async () => {
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith(".map"))).toEqual([]);
    const code = await readFile(join(dir, "taskpane.js"), "utf8");
    expect(code).not.toMatch(/sourceMappingURL/);
    expect(Buffer.byteLength(code)).toBeLessThan(BUDGET);
    // A phrase of zod's German locale: present whenever the other languages are bundled.
    expect(code).not.toContain("Ungültige Eingabe");
  });

  it("leaves out the catalogue schemas (and their descriptions), keeping the checks a loaded catalogue and a unit's registry file need", async () => {
    const code = await readFile(join(dir, "taskpane.js"), "utf8");
    // The pane takes its catalogues from core's runtime (checked when core is built), so
    // neither a plausibility check's z.describe nor its schema message is bundled…
    expect(code).not.toContain("đơn vị ghi mã này khi giải trình");
    expect(code).not.toContain("mã kiểm tra dạng PL04.r03-jump");
    // …while the checks after the parse, and the registry file's schema messages, are.
    expect(code).toContain("mã kiểm tra ");
    expect(code).toContain("mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (ví dụ 01, TW-CA)");
  });

  it("carries its Vietnamese as UTF-8, in a page that declares UTF-8 before anything else", async () => {
    const code = await readFile(join(dir, "taskpane.js"), "utf8");
    expect(code).toContain("Lỗi của phần bổ trợ");
    expect(code).not.toMatch(/\\u1e[0-9a-f]{2}/i);
    const html = await readFile(join(dir, "taskpane.html"), "utf8");
    expect(html.slice(0, 200)).toMatch(/<head>\s*<meta charset="utf-8" \/>/);
  });
});
