// Preloaded (`node --import`) by bench-startup.mjs: appends one line per
// module a process loads (ESM through a loader hook, CommonJS through
// Module._load, built-ins either way) to PHULUC_MODULES_FILE, with the
// milliseconds a CommonJS require took (exceljs is one), and at exit the
// number of Node's own modules the thread compiled.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";

const file = process.env.PHULUC_MODULES_FILE;
if (file) {
  // Node's own modules (public and internal) this thread compiled, at exit.
  process.on("exit", () =>
    appendFileSync(file, `${JSON.stringify({ kind: "builtins", count: process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).length })}\n`),
  );
  register(new URL("./count-modules-hooks.mjs", import.meta.url), { data: { file } });
  const load = Module._load;
  let depth = 0;
  Module._load = function (request, parent, isMain, ...rest) {
    const start = performance.now();
    depth++;
    try {
      return load.call(this, request, parent, isMain, ...rest);
    } finally {
      depth--;
      const ms = performance.now() - start;
      let resolved = request;
      try {
        resolved = Module._resolveFilename(request, parent, isMain);
      } catch {}
      appendFileSync(file, `${JSON.stringify({ kind: "require", url: resolved, ms, top: depth === 0 })}\n`);
    }
  };
}
