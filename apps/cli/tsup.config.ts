import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/**
 * exceljs (its own prebuilt single-file bundle) stays a file of @phuluc/xlsx's
 * dependencies, required only when a workbook is written: an `import` of it
 * would be hoisted to the top of the bundle and run at every start.
 */
const excelJsWhenWriting: Plugin = {
  name: "exceljs-when-writing",
  setup(build) {
    build.onResolve({ filter: /^exceljs\/dist\/exceljs\.min\.js$/ }, () => ({ path: "exceljs", namespace: "exceljs-when-writing" }));
    build.onLoad({ filter: /.*/, namespace: "exceljs-when-writing" }, () => ({
      loader: "js",
      contents: 'module.exports = require("node:module").createRequire(require.resolve("@phuluc/xlsx/package.json"))("exceljs/dist/exceljs.min.js");',
    }));
  },
};

/** The package file both plugins above resolve at run time, from the installed @phuluc/xlsx. */
const xlsxPackageAtRunTime: Plugin = {
  name: "xlsx-package-at-run-time",
  setup(build) {
    build.onResolve({ filter: /^@phuluc\/xlsx\/package\.json$/ }, (args) =>
      args.kind === "require-resolve" ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * fflate is the packages' portable (de)compressor; the command gives the
 * reader and the zip writer Node's zlib instead, so fflate (whose tables take
 * some 15 ms to build at load) is required only when a portable path is
 * taken or the national workbook is finished (after exceljs).
 * A name the packages import that is missing here fails the build.
 */
const fflateWhenCalled: Plugin = {
  name: "fflate-when-called",
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, () => ({ path: "fflate", namespace: "fflate-when-called" }));
    build.onLoad({ filter: /.*/, namespace: "fflate-when-called" }, () => ({
      loader: "js",
      contents: [
        "let real;",
        'const fflate = () => (real ??= require("node:module").createRequire(require.resolve("@phuluc/xlsx/package.json"))("fflate"));',
        "export function inflateSync(...args) { return fflate().inflateSync(...args); }",
        "export function Inflate(...args) { return new (fflate().Inflate)(...args); }",
        "export function Deflate(...args) { return new (fflate().Deflate)(...args); }",
        // The national workbook's finishing pass (after exceljs).
        "export function unzipSync(...args) { return fflate().unzipSync(...args); }",
        "export function strFromU8(...args) { return fflate().strFromU8(...args); }",
      ].join("\n"),
    }));
  },
};

/**
 * `@phuluc/core` is its `./runtime` entry here: everything but the document
 * schemas (zod), which the CLI imports from `@phuluc/core/documents` only
 * when a command is given a catalogue, registry or grouping file. (Bundled
 * code that reaches the whole package through its main entry would put zod
 * in the start-up chunk.)
 */
const coreRuntime: Plugin = {
  name: "core-runtime",
  setup(build) {
    build.onResolve({ filter: /^@phuluc\/core$/ }, (args) =>
      build.resolve("@phuluc/core/runtime", { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer }),
    );
  },
};

/**
 * One self-contained CommonJS file per entry point (the command, the reading
 * thread): core, the reader, decimal.js and zod bundled from source. What
 * only some commands need (zod for files given by the user, the workbook
 * writers, the commands' code behind `--help`) is behind `import()`, which
 * the bundle keeps in the same file but runs only when reached. CommonJS
 * because bin/phuluc.cjs compiles the file itself, with V8's code cache of
 * the last run (Node 20 cannot cache an ES module's code).
 */
const bundle: Options = {
  format: ["cjs"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  // Smaller files parse faster; names are kept so that a stack trace stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  noExternal: [/^@phuluc\//, "decimal.js", "zod"],
  // Node's built-ins stay `require("node:…")` (esbuild leaves them external on this platform): in CommonJS a
  // built-in is its object, read when used (an ESM `import` of one builds a facade of every export at load).
  removeNodeProtocol: false,
  // `import.meta.url` (the reading thread's file) as the bundle's own.
  shims: true,
  esbuildPlugins: [coreRuntime, excelJsWhenWriting, fflateWhenCalled, xlsxPackageAtRunTime],
  esbuildOptions(options) {
    options.conditions = ["@phuluc/source"];
  },
};

export default defineConfig([
  { ...bundle, entry: { index: "src/index.ts" }, clean: true },
  // The reading thread.
  { ...bundle, entry: { "read-worker": "src/read/read-worker.ts" }, clean: false },
]);
