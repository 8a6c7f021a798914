// Writes the hostile and broken workbook corpus to fixtures/bad/, with a
// README listing each case and the expected outcome. Deterministic: running
// it again writes the same bytes.
// Usage: node scripts/generate-bad-fixtures.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const out = join(packageDir, "..", "..", "fixtures", "bad");

// Bundled next to the package's own node_modules so exceljs and fflate resolve.
const bundle = join(packageDir, "node_modules", ".cache", `bad-corpus-${process.pid}.mjs`);
await build({
  entryPoints: [join(packageDir, "src", "bad-corpus", "index.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@phuluc/source"],
  external: ["exceljs", "fflate"],
  outfile: bundle,
  logLevel: "error",
});
let cases;
try {
  ({ badCorpus: cases } = await import(pathToFileURL(bundle).href));
  cases = await cases();
} finally {
  rmSync(bundle, { force: true });
}

mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) if (name !== "README.md") rmSync(join(out, name));
const lines = [
  "# Tệp hỏng và tệp độc hại (fixtures/bad)",
  "",
  "Sinh bằng `node packages/xlsx/scripts/generate-bad-fixtures.mjs` (không sửa tay).",
  "Kiểm thử `packages/xlsx/src/bad-corpus/bad-corpus.test.ts` đọc từng tệp và kiểm tra đúng kết quả dưới đây.",
  "",
  "| Tệp | Vấn đề | Kết quả mong đợi |",
  "| --- | --- | --- |",
];
for (const c of cases) {
  writeFileSync(join(out, c.file), c.bytes);
  lines.push(`| \`${c.file}\` | ${c.what} | ${c.expected} |`);
  console.log(`${c.file.padEnd(30)} ${String(c.bytes.length).padStart(9)} bytes`);
}
writeFileSync(join(out, "README.md"), `${lines.join("\n")}\n`);
