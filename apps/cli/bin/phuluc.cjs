#!/usr/bin/env node
// Runs the command's one bundle (dist/index.cjs), compiled with V8's code
// cache of an earlier run of the same command, so that a run does not parse
// and compile again the code the last one did (Node 20 has no compile cache
// of its own). The cache is per user (PHULUC_CODE_CACHE names another
// folder; 0 turns it off), per command, Node version, flags and build; V8
// refuses a cache that does not fit its source, and one that is missing,
// refused or cannot be read is written anew as the run ends. Nothing else
// depends on it: without it a run only starts slower.
// (CommonJS, as the bundle: Node's loader of ES modules costs a run some 5 ms.)
const fs = require("node:fs");
const path = require("node:path");
const bundle = path.join(__dirname, "../dist/index.cjs");

/** The folder of the code cache, or undefined when it is turned off. */
function cacheFolder() {
  const chosen = process.env.PHULUC_CODE_CACHE;
  if (chosen === "0") return undefined;
  if (chosen) return path.resolve(chosen);
  const env = process.env;
  const home = require("node:os").homedir();
  if (process.platform === "win32") return path.join(env.LOCALAPPDATA || path.join(home, "AppData", "Local"), "phuluc", "code-cache");
  if (process.platform === "darwin") return path.join(home, "Library", "Caches", "phuluc", "code-cache");
  return path.join(env.XDG_CACHE_HOME || path.join(home, ".cache"), "phuluc", "code-cache");
}

/** FNV-1a of a string, as 8 hex digits: a name for what the cache depends on. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * The cache file of this run: the command's name, the build (the bundle's
 * size and time) and what V8's code depends on besides (Node, its flags).
 */
function cacheFile(folder, built) {
  const word = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "help";
  const command = /^[a-z][a-z-]{0,19}$/.test(word) ? word : "other";
  const build = fnv(`${built.size} ${built.mtimeMs}`);
  const runtime = fnv([process.version, process.arch, process.execArgv.join(" "), process.env.NODE_OPTIONS ?? ""].join("\n"));
  return {
    file: path.join(folder, `${command}-${build}-${runtime}.bin`),
    stale: (name) => name.startsWith(`${command}-`) && !name.startsWith(`${command}-${build}-`),
  };
}

/** Writes the code V8 compiled in this run (at exit, so it has what ran), and removes this command's caches of other builds. */
function keepCache(script, folder, { file, stale }) {
  process.once("exit", () => {
    try {
      const data = script.createCachedData();
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, data);
      fs.renameSync(temp, file);
      for (const name of fs.readdirSync(folder)) if (stale(name) && name.endsWith(".bin")) fs.rmSync(path.join(folder, name), { force: true });
    } catch {
      // A cache that cannot be written (a read-only home) only means a slower start next time.
    }
  });
}

let built;
try {
  built = fs.statSync(bundle);
} catch {
  process.stderr.write("phuluc: lỗi: chương trình chưa được build.\nCách sửa: chạy `pnpm install && pnpm build` ở thư mục gốc của kho mã rồi thử lại.\n");
  process.exitCode = 2;
}
if (built) {
  const vm = require("node:vm");
  const folder = cacheFolder();
  const cache = folder === undefined ? undefined : cacheFile(folder, built);
  let cachedData;
  if (cache) {
    try {
      cachedData = fs.readFileSync(cache.file);
    } catch {
      // None yet: this run writes it.
    }
  }
  const source = fs.readFileSync(bundle, "utf8");
  // What Node's CommonJS loader would run for the file (columns of its first line as in the file).
  const wrapper = "(function (exports, require, module, __filename, __dirname) {";
  const script = new vm.Script(`${wrapper}${source}\n})`, {
    filename: bundle,
    columnOffset: -wrapper.length,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cache && (cachedData === undefined || script.cachedDataRejected)) keepCache(script, folder, cache);
  const bundleModule = { exports: {} };
  const bundleRequire = require("node:module").createRequire(bundle);
  script.runInThisContext().call(bundleModule.exports, bundleModule.exports, bundleRequire, bundleModule, bundle, path.dirname(bundle));
}
