// Writes N generated annex workbooks (district or commune scale) and the unit
// registry they belong to, into a folder outside the repository.
// Usage: node scripts/bench-generate.mjs <dir> <count> [period, default 2022-Y]
// Each workbook is a filled template (writeTemplate) of one of 24 base units;
// copies get their own unit code by rewriting the code in the package text,
// which keeps generation of 10,000 files to seconds.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue2022, periodOrThrow, sampleSubmission } from "@phuluc/core";
import { writeTemplate } from "@phuluc/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const [dir, countText, periodId = "2022-Y"] = process.argv.slice(2);
const count = Number(countText ?? 700);
if (!dir) throw new Error("usage: bench-generate.mjs <dir> <count>");
mkdirSync(join(dir, "files"), { recursive: true });

const PLACEHOLDER = "QQQQQQ";
const code = (i) => `D${String(i + 1).padStart(5, "0")}`;
const catalogue = catalogue2022();
const period = periodOrThrow(periodId);

const units = Array.from({ length: count }, (_, i) => ({ code: code(i), name: `Đơn vị ${code(i)}`, officialName: `Huyện ủy ${code(i)}`, kind: "province" }));
const groups = Array.from({ length: 10 }, (_, g) => ({
  code: `G${g + 1}`,
  name: `Khu vực ${g + 1}`,
  units: units.filter((_, i) => i % 10 === g).map((u) => u.code),
}));
writeFileSync(
  join(dir, "registry.json"),
  JSON.stringify({
    id: "bench",
    title: `Danh mục thử ${count} đơn vị`,
    validFrom: null,
    validTo: null,
    units,
    groupings: [{ id: "khu-vuc", name: "Khu vực", groups }],
  }),
);

const base = [];
for (let b = 0; b < 24; b++) {
  const unit = {
    code: PLACEHOLDER,
    name: `Đơn vị ${PLACEHOLDER}`,
    officialName: `Huyện ủy ${PLACEHOLDER}`,
    kind: "province",
    aliases: [],
    groups: [],
    predecessors: [],
  };
  const figures = sampleSubmission(catalogue, { unit: PLACEHOLDER, period: periodId, unitKind: "province", scale: 0.05 + (b % 6) * 0.02, seed: `bench/${b}` });
  const bytes = await writeTemplate({ catalogue, unit, period, cutOff: `${period.year}-12-05`, generatedAt: "2022-12-01T08:00:00.000Z", figures });
  base.push(unzipSync(bytes));
}
for (let i = 0; i < count; i++) {
  const entries = base[i % base.length];
  const out = {};
  for (const [name, data] of Object.entries(entries)) {
    out[name] = name.endsWith(".xml") ? strToU8(strFromU8(data).replaceAll(PLACEHOLDER, code(i))) : data;
  }
  writeFileSync(join(dir, "files", `${code(i)}.xlsx`), zipSync(out, { level: 6 }));
}
console.log(`${count} workbooks in ${join(dir, "files")}`);
