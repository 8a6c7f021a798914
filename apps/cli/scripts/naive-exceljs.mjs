// The naive baseline the bench compares with: load each workbook with exceljs
// and sum every numeric cell, one file after the other.
// Usage: node scripts/naive-exceljs.mjs <dir> [limit]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

// exceljs is a dependency of @phuluc/xlsx only; resolve it from there.
const require = createRequire(import.meta.resolve("@phuluc/xlsx"));
const ExcelJS = require("exceljs");

const [dir, limitText] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => /\.xlsx$/i.test(f))
  .sort()
  .slice(0, limitText ? Number(limitText) : undefined);
let sum = 0;
let cells = 0;
for (const f of files) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(readFileSync(join(dir, f)));
  } catch {
    continue;
  }
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = typeof cell.value === "object" && cell.value !== null && "result" in cell.value ? cell.value.result : cell.value;
        if (typeof v === "number") {
          sum += v;
          cells++;
        }
      }),
    ),
  );
}
console.log(JSON.stringify({ files: files.length, cells, sum }));
