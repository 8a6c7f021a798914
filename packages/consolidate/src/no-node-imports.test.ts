import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** `node:` in an import or a require: the package must run in a browser. */
const NODE_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/;

describe("the pipeline runs in a browser", () => {
  it("imports nothing from node: in its sources (tests aside)", () => {
    const offending = files(join(ROOT, "src")).filter((f) => !f.endsWith(".test.ts") && NODE_IMPORT.test(readFileSync(f, "utf8")));
    expect(offending).toEqual([]);
  });

  it("imports nothing from node: in its build", () => {
    const built = files(join(ROOT, "dist")).filter((f) => f.endsWith(".js"));
    expect(built.length).toBeGreaterThan(0);
    expect(built.filter((f) => NODE_IMPORT.test(readFileSync(f, "utf8")))).toEqual([]);
  });
});
