// `node scripts/bench-bundle.mjs` (packages/core, part of `pnpm bench`): the size of a
// browser bundle of @phuluc/core that validates an annex workbook's figures and words
// the findings (goal ≤ 150 KB minified), and what takes the size. The built-in
// catalogues and registries are checked when the package is built, so a page that
// only validates never loads zod: the bundle comes from `@phuluc/core/runtime`.
import { gzipSync } from "node:zlib";
import { VALIDATING_BUNDLE_GOAL as GOAL, VALIDATING_PAGE, WHOLE_RUNTIME, bundleForBrowser } from "./validating-bundle.mjs";

const entries = {
  "validate one annex (catalogueForPeriod, validate, formatFinding)": VALIDATING_PAGE,
  // For reference, no goal: every runtime export, the data of both catalogues and all registries.
  "the whole of @phuluc/core/runtime (reference)": WHOLE_RUNTIME,
};

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log("@phuluc/core browser bundle (esbuild, minified, browser ESM)");
for (const [label, contents] of Object.entries(entries)) {
  const result = await bundleForBrowser(contents);
  const code = result.outputFiles[0].contents;
  const zod = Object.keys(result.metafile.inputs).some((i) => i.includes("/zod/"));
  const verdict = label.endsWith("(reference)") ? "" : ` — goal ≤ ${kb(GOAL)}: ${code.length <= GOAL ? "ok" : "OVER"}`;
  console.log(`  ${label}: ${kb(code.length)} (gzip ${kb(gzipSync(code).length)})${verdict}; zod ${zod ? "INCLUDED" : "not included"}`);
  const output = Object.values(result.metafile.outputs)[0];
  const byPlace = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const place = input.includes("node_modules")
      ? input
          .replace(/.*node_modules\/(\.pnpm\/)?/, "")
          .split("/")
          .slice(0, 1)
          .join("/")
          .replace(/@[\d.]+.*$/, "")
      : input
          .replace(/.*\/src\//, "src/")
          .split("/")
          .slice(0, 2)
          .join("/");
    byPlace.set(place, (byPlace.get(place) ?? 0) + bytesInOutput);
  }
  const top = [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`    largest: ${top.map(([p, n]) => `${p} ${kb(n)}`).join(", ")}`);
}
