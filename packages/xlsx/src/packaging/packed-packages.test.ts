import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmeExamples, type ReadmeExample } from "./readme-examples.js";

// @phuluc/core and @phuluc/xlsx as a developer gets them: packed by pnpm,
// installed from the tarballs into a fresh project (dependencies from the
// registry), then imported as ESM and CommonJS, type-checked, bundled for the
// browser, and every README example run with the output the README shows.
// The packages' dist/ must be built (turbo runs this package's build first).

const here = new URL(".", import.meta.url);
const packageDir = (name: "core" | "xlsx") => new URL(`../../../${name}/`, here).pathname;
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

let project = "";
const tarballs: Record<"core" | "xlsx", string> = { core: "", xlsx: "" };
const examples: { pkg: "core" | "xlsx"; example: ReadmeExample }[] = [];

const execFileAsync = promisify(execFile);

/** Runs a tool asynchronously: a synchronous run would block the test worker, whose messages to vitest then time out under load. */
async function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    return (await execFileAsync(command, args, { cwd, encoding: "utf8", timeout: 240_000, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}${stderr}`);
  }
}

async function packedFiles(tarball: string): Promise<string[]> {
  return (await run("tar", ["tzf", tarball], project)).split("\n").filter(Boolean);
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "phuluc-pack-"));
  const packs = join(project, "packs");
  mkdirSync(packs);
  for (const name of ["core", "xlsx"] as const) {
    await run("pnpm", ["pack", "--pack-destination", packs], packageDir(name));
    const file = readdirSync(packs).find((f) => f.startsWith(`phuluc-${name}-`));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @phuluc/${name}`);
    tarballs[name] = join(packs, file);
    for (const example of readmeExamples(readFileSync(join(packageDir(name), "README.md"), "utf8"))) examples.push({ pkg: name, example });
  }
  const app = join(project, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "pack-check",
      private: true,
      type: "module",
      dependencies: { "@phuluc/core": `file:${tarballs.core}`, "@phuluc/xlsx": `file:${tarballs.xlsx}` },
      devDependencies: { "@types/node": "^20.19.0" },
    }),
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], app);
  project = app;
}, 300_000);

afterAll(() => {
  if (project) rmSync(join(project, ".."), { recursive: true, force: true });
}, 120_000);

describe("packed @phuluc/core and @phuluc/xlsx", () => {
  it.each(["core", "xlsx"] as const)("@phuluc/%s ships its README, LICENSE, both module formats and their types, no tests", async (name) => {
    const files = await packedFiles(tarballs[name]);
    for (const file of ["README.md", "LICENSE", "package.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files.filter((f) => /\.test\.ts$|test-support/.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", "@phuluc", name, "package.json"), "utf8")) as Record<string, unknown>;
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
  });

  it("the subpath entries load only what they need: @phuluc/core/runtime no zod, @phuluc/xlsx/read and /zip neither zod nor exceljs", async () => {
    const files = { core: await packedFiles(tarballs.core), xlsx: await packedFiles(tarballs.xlsx) };
    for (const name of ["runtime", "documents"]) for (const ext of ["js", "cjs", "d.ts", "d.cts"]) expect(files.core).toContain(`package/dist/${name}.${ext}`);
    for (const name of ["read", "template", "national", "feedback", "zip"])
      for (const ext of ["js", "cjs", "d.ts", "d.cts"]) expect(files.xlsx).toContain(`package/dist/${name}.${ext}`);
    // CommonJS: every file a require() loads is in require.cache.
    const check = `
      const loaded = (name) => Object.keys(require.cache).filter((k) => k.includes(\`node_modules/\${name}/\`)).length;
      const core = require("@phuluc/core/runtime");
      const zodAfterRuntime = loaded("zod");
      const read = require("@phuluc/xlsx/read");
      const zip = require("@phuluc/xlsx/zip");
      console.log(core.catalogue2022().version, typeof read.readAnnexWorkbook, typeof read.writeTemplate, typeof zip.crc32, zodAfterRuntime, loaded("zod"), loaded("exceljs"));
      const documents = require("@phuluc/core/documents");
      const national = require("@phuluc/xlsx/national");
      console.log(typeof documents.loadCatalogue, typeof national.writeNationalWorkbook);
    `;
    writeFileSync(join(project, "subpaths.cjs"), check);
    expect((await run(process.execPath, ["subpaths.cjs"], project)).trim()).toBe("2022.1 function undefined function 0 0 0\nfunction function");
  }, 60_000);

  it("every README example type-checks and prints what the README shows", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const dir = join(project, "examples");
    mkdirSync(dir, { recursive: true });
    examples.forEach(({ pkg, example }, i) => writeFileSync(join(dir, `${pkg}-${i}.ts`), example.code));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noUncheckedIndexedAccess: true,
          outDir: "out",
          rootDir: "examples",
          skipLibCheck: false,
          types: ["node"],
        },
        include: ["examples"],
      }),
    );
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
    for (const [i, { pkg, example }] of examples.entries()) {
      const out = await run(process.execPath, [join("out", `${pkg}-${i}.js`)], project);
      expect(out.trimEnd(), `${pkg} README example ${i + 1}`).toBe(example.output.trimEnd());
    }
  }, 180_000);

  it("loads through require() (CommonJS) with the same API", async () => {
    const script = `
      const core = require("@phuluc/core");
      const xlsx = require("@phuluc/xlsx");
      console.log(core.formatPercent("23.34", 1), core.catalogue2022().version, typeof xlsx.readAnnexWorkbook, typeof xlsx.writeTemplate);
    `;
    writeFileSync(join(project, "check.cjs"), script);
    expect((await run(process.execPath, ["check.cjs"], project)).trim()).toBe("23,3% 2022.1 function function");
  }, 60_000);

  it("@phuluc/core bundles for the browser from the installed package and validates there", async () => {
    writeFileSync(
      join(project, "browser.js"),
      `import { catalogue2022, formatFinding, sampleSubmission, validate } from "@phuluc/core";
       const cat = catalogue2022();
       const sub = sampleSubmission(cat, { unit: "51", period: "2022-Y", unitKind: "province" });
       sub.annexes.PL01.cells["01.3"].value = 45.6;
       globalThis.out = validate(sub, cat).findings.filter((f) => f.severity === "error").map((f) => formatFinding(f));`,
    );
    const result = await build({
      entryPoints: [join(project, "browser.js")],
      absWorkingDir: project,
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(Object.keys(result.metafile.inputs).filter((i) => i.startsWith("node:"))).toEqual([]);
    const sandbox: Record<string, unknown> = {};
    runInNewContext(result.outputFiles[0]!.text, sandbox);
    expect(sandbox.out).toEqual([expect.stringMatching(/^PL01, mã số 01, cột \(3\): tỷ lệ ghi 45,6% nhưng/)]);
  }, 60_000);
});
