import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL(".", import.meta.url));
const APP = join(SRC, "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const code = (path: string): string =>
  readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');

describe("architecture", () => {
  it("touches Excel.* and Office.* only in src/excel-adapter/", () => {
    const offenders = files(SRC)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .filter((f) => !relative(SRC, f).startsWith("excel-adapter/") && !relative(SRC, f).startsWith("test-support/"))
      .filter((f) => /\b(?:Excel|Office)\s*\.\s*[A-Za-z]/.test(code(f)))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it("keeps index.ts files to re-exports and source files small", () => {
    for (const f of files(SRC).filter((x) => x.endsWith(".ts"))) {
      const lines = readFileSync(f, "utf8").split("\n").length;
      expect(lines, relative(SRC, f)).toBeLessThan(300);
      if (f.endsWith("index.ts"))
        expect(
          code(f)
            .trim()
            .split("\n")
            .every((l) => /^export /.test(l.trim()) || l.trim() === ""),
          f,
        ).toBe(true);
    }
  });

  it("leaves the guide's pictures in docs/ alone when tests run (they go to test-artefacts/)", () => {
    const writers = files(SRC)
      .filter((f) => f.endsWith(".test.ts") && /\bwriteFile\b/.test(readFileSync(f, "utf8")))
      .filter((f) => /["'`]docs\//.test(readFileSync(f, "utf8")))
      .map((f) => relative(SRC, f));
    expect(writers).toEqual([]);
  });

  it("writes the pane's page, styles and manifest in NFC", () => {
    for (const f of ["static/taskpane.html", "static/taskpane.css", "manifest.xml", "README.md"]) {
      const text = readFileSync(join(APP, f), "utf8");
      expect(text, f).toBe(text.normalize("NFC"));
    }
  });
});
