// The floor the bench compares with: hash each file, unzip it and scan its
// sheets' XML for values with a regular expression (what any reader must at
// least do). Usage: node scripts/floor-scan.mjs <dir>
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";

const [dir] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => /\.xlsx$/i.test(f))
  .sort();
let found = 0;
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  createHash("sha256").update(bytes).digest("hex");
  let parts;
  try {
    parts = unzipSync(bytes);
  } catch {
    continue;
  }
  for (const [name, data] of Object.entries(parts)) {
    if (name.startsWith("xl/worksheets/sheet")) {
      for (const m of strFromU8(data).matchAll(/<c r="([A-Z]+[0-9]+)"[^>]*>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v>/g)) found += m[2].length > 0 ? 1 : 0;
    } else if (name === "xl/sharedStrings.xml") {
      for (const m of strFromU8(data).matchAll(/<t[^>]*>([^<]*)<\/t>/g)) found += m[1].length > 0 ? 1 : 0;
    }
  }
}
console.log(JSON.stringify({ files: files.length, found }));
