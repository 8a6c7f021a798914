// Compares two consolidations' outputs (national workbook and JSON report) apart from timestamps:
//   node scripts/compare-outputs.mjs <before.xlsx> <after.xlsx> [<before.json> <after.json>]
// Prints each part that differs; exit code 1 if any does. The `_meta` sheet that only the
// newer national workbooks have is named, not counted as a difference.
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";

const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
const neutral = (text) => text.replace(TIMESTAMP, "<time>");

function parts(path) {
  const out = new Map();
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) out.set(name, neutral(strFromU8(bytes)));
  return out;
}

/** The sheet part named `_meta` in a workbook's parts, if any (it is not in the older workbooks). */
function metaPart(files) {
  const book = files.get("xl/workbook.xml") ?? "";
  const rels = files.get("xl/_rels/workbook.xml.rels") ?? "";
  const id = /<sheet [^>]*name="_meta"[^>]*r:id="([^"]+)"/.exec(book)?.[1];
  const target = id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return target ? `xl/${target.replace(/^\/?xl\//, "")}` : undefined;
}

let differences = 0;
const [beforeXlsx, afterXlsx, beforeJson, afterJson] = process.argv.slice(2);
if (!beforeXlsx || !afterXlsx) {
  console.error("usage: node scripts/compare-outputs.mjs <before.xlsx> <after.xlsx> [<before.json> <after.json>]");
  process.exit(2);
}
const before = parts(beforeXlsx);
const after = parts(afterXlsx);
const addedMeta = metaPart(before) ? undefined : metaPart(after);
// Parts that name the sheets (the _meta sheet's entry aside) are compared without it.
const withoutMeta = (name, text) => {
  if (!addedMeta) return text;
  if (name === "xl/workbook.xml") return text.replace(/<sheet [^>]*name="_meta"[^>]*\/>/, "");
  if (name === "[Content_Types].xml") return text.replace(new RegExp(`<Override PartName="/${addedMeta}"[^>]*/>`), "");
  if (name === "xl/_rels/workbook.xml.rels") return text.replace(new RegExp(`<Relationship [^>]*Target="[^"]*${addedMeta.split("/").pop()}"[^>]*/>`), "");
  if (name === "xl/sharedStrings.xml") return text.replace(/<sst [^>]*>/, "<sst>");
  if (name === "docProps/app.xml")
    return text
      .replace(/<vt:lpstr>_meta<\/vt:lpstr>/, "")
      .replace(/<vt:i4>\d+<\/vt:i4>/g, "<n>")
      .replace(/size="\d+"/g, "");
  return text;
};
for (const name of new Set([...before.keys(), ...after.keys()])) {
  if (name === addedMeta) {
    console.log(`${name}: _meta sheet, new in the later workbook`);
    continue;
  }
  const a = before.get(name);
  const b = after.get(name);
  if (a === undefined || b === undefined) {
    console.log(`${name}: only in the ${a === undefined ? "later" : "earlier"} workbook`);
    differences++;
  } else if (addedMeta && name === "xl/sharedStrings.xml") {
    // The _meta sheet's strings come last: the earlier table must be where it was.
    const items = (t) => t.match(/<si>[\s\S]*?<\/si>/g) ?? [];
    const [x, y] = [items(a), items(b)];
    if (y.length < x.length || x.some((s, i) => s !== y[i])) {
      console.log(`${name}: differs`);
      differences++;
    }
  } else if (withoutMeta(name, a) !== withoutMeta(name, b)) {
    console.log(`${name}: differs`);
    differences++;
  }
}
if (beforeJson && afterJson) {
  const strip = (path) => {
    const report = JSON.parse(readFileSync(path, "utf8"));
    delete report.generatedAt;
    return JSON.stringify(report, null, 1);
  };
  if (strip(beforeJson) !== strip(afterJson)) {
    console.log("JSON report: differs");
    differences++;
  }
}
console.log(differences === 0 ? "the same, apart from timestamps" : `${differences} difference(s)`);
process.exit(differences === 0 ? 0 : 1);
