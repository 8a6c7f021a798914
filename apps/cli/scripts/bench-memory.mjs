// `node scripts/bench-memory.mjs` (apps/cli, part of `pnpm bench`): peak memory of
// the built `phuluc` on hostile input, each run a cold process, peak resident set
// size of the whole process (all threads) from the kernel (getrusage at exit).
//   1. `phuluc validate <file>` on one file of each hostile kind (goal < 200 MB each);
//   2. `phuluc consolidate` on a mixed folder of about 354 files: the national
//      workbooks repeated under other units' names, every file of fixtures/bad,
//      .ods, .xls, text files and the largest hostile files (goal < 500 MB).
// Files are made in a temporary folder, removed at the end.
// Options: --only validate|consolidate  --kinds <text> (hostile kinds named so)  --keep (leave the temporary folder)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..");
const root = join(cli, "..", "..");
const bin = join(cli, "bin", "phuluc.cjs");
const option = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const only = option("only");
/** Only the hostile kinds whose name contains this text (validate part). */
const kinds = option("kinds");
const work = mkdtempSync(join(tmpdir(), "phuluc-bench-memory-"));

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal workbook: `sheets` is a list of inner XML of <worksheet>; `strings` the shared strings. */
function workbook(sheets, strings) {
  const parts = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      (strings
        ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
        : "") +
      `</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets.map((_, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      (strings ? `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      `</Relationships>`,
  };
  sheets.forEach(
    (inner, i) =>
      (parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${REL}">${inner}</worksheet>`),
  );
  if (strings)
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`;
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, [strToU8(text), { level: 6 }]])));
}

/** `chars` characters of pseudo-random words (compressible about 8:1, like real prose). */
function prose(chars, words) {
  const parts = [];
  let seed = 7;
  for (let length = 0; length < chars; ) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const word = `${words[seed >>> 28]} `;
    parts.push(word);
    length += word.length;
  }
  return parts.join("").slice(0, chars);
}
const ASCII_WORDS = ["dang", "vien", "chi", "bo", "co", "so", "kiem", "tra", "giam", "sat", "to", "chuc", "can", "bo", "tinh", "uy"];
const VIETNAMESE_WORDS = ["đảng", "viên", "chi", "bộ", "cơ", "sở", "kiểm", "tra", "giám", "sát", "tổ", "chức", "cán", "bộ", "tỉnh", "ủy"];
const oneCell = (type, v) => `<sheetData><row r="1"><c r="A1"${type}><v>${v}</v></c></row></sheetData>`;
/** A sheet of `rows` × `cols` numbers (`<c>` without addresses, as some writers do). */
function numbers(rows, cols, extra = "") {
  const row = `<row>${"<c><v>1</v></c>".repeat(cols)}</row>`;
  return `${extra.startsWith("<dimension") ? extra : ""}<sheetData>${row.repeat(rows)}</sheetData>${extra.startsWith("<dimension") ? "" : extra}`;
}

/** The hostile kinds, each made on demand (so only one is held at a time). */
const hostile = {
  "one 50 MB string (ASCII)": () => workbook([oneCell(' t="s"', 0)], [prose(50_000_000, ASCII_WORDS)]),
  "one string of 60 MB UTF-8 (Vietnamese)": () => workbook([oneCell(' t="s"', 0)], [prose(44_000_000, VIETNAMESE_WORDS)]),
  // Just under the reader's caps (40 MiB inflated, 200,000 cells): the most a file it reads can hold.
  "39 MB of strings under Excel's limit": () =>
    workbook(
      [numbers(1, 1)],
      Array.from({ length: 1300 }, (_, i) => prose(30_000, ASCII_WORDS) + i),
    ),
  "60 MB of strings (over the inflate cap)": () =>
    workbook(
      [numbers(1, 1)],
      Array.from({ length: 2000 }, (_, i) => prose(30_000, ASCII_WORDS) + i),
    ),
  "one 50 MB inline string": () =>
    workbook([`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${prose(50_000_000, ASCII_WORDS)}</t></is></c></row></sheetData>`]),
  "one inline string of 60 MB UTF-8 (Vietnamese)": () =>
    workbook([`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${prose(44_000_000, VIETNAMESE_WORDS)}</t></is></c></row></sheetData>`]),
  "merge A1:XFD1048576": () => workbook([numbers(40, 5, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')]),
  "five whole-column merges": () =>
    workbook([numbers(40, 5, `<mergeCells count="5">${["E", "F", "G", "H", "I"].map((c) => `<mergeCell ref="${c}1:${c}1048576"/>`).join("")}</mergeCells>`)]),
  "dimension A1:XFD1048576, 400k cells": () => workbook([numbers(4000, 100, '<dimension ref="A1:XFD1048576"/>')]),
  "600k cells (over the cap)": () => workbook([numbers(6000, 100)]),
  "1 million unused shared strings": () =>
    workbook(
      [oneCell("", 1)],
      Array.from({ length: 1_000_000 }, (_, i) => `chuỗi ${i}`),
    ),
  "199k shared strings, all used": () =>
    workbook(
      [
        `<sheetData>${Array.from({ length: 1990 }, (_, r) => `<row>${Array.from({ length: 100 }, (_, c) => `<c t="s"><v>${r * 100 + c}</v></c>`).join("")}</row>`).join("")}</sheetData>`,
      ],
      Array.from({ length: 199_000 }, (_, i) => `đơn vị số ${i}`),
    ),
  "450k shared strings (over the cell cap)": () =>
    workbook(
      [
        `<sheetData>${Array.from({ length: 4500 }, (_, r) => `<row>${Array.from({ length: 100 }, (_, c) => `<c t="s"><v>${r * 100 + c}</v></c>`).join("")}</row>`).join("")}</sheetData>`,
      ],
      Array.from({ length: 450_000 }, (_, i) => `đơn vị số ${i}`),
    ),
  "199k cells": () => workbook([numbers(1990, 100)]),
  "200 sheets of 2,400 cells": () => workbook(Array.from({ length: 200 }, () => numbers(24, 100))),
  "201 sheets": () => workbook(Array.from({ length: 201 }, () => numbers(2, 2))),
};

/**
 * Runs the built CLI as a cold process: exit code, wall time (s), peak RSS (MB, all threads).
 * Measured by /usr/bin/time when present: a child forked from this script would report at
 * least this script's own size (Linux keeps the peak across fork and exec).
 */
const haveTime = existsSync("/usr/bin/time");
function measured(args) {
  const rssFile = join(work, "rss");
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const command = haveTime
    ? ["/usr/bin/time", ["-f", "%M", "-o", rssFile, process.execPath, bin, ...args]]
    : [process.execPath, ["--import", join(here, "peak-rss.mjs"), bin, ...args]];
  const r = spawnSync(command[0], command[1], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PHULUC_PEAK_RSS_FILE: rssFile },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`phuluc ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  const kib = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
  return { status: r.status, seconds, rss: kib / 1024, stdout: r.stdout };
}
const line = (label, m, goal) =>
  `   ${label.padEnd(42)} ${m.rss.toFixed(0).padStart(4)} MB  ${m.seconds.toFixed(2).padStart(5)} s  ${m.rss < goal ? "ok" : `OVER ${goal} MB`}`;

console.log(`phuluc memory bench — node ${process.version}; peak RSS of each command, a cold process each\n`);
const files = join(work, "files");
mkdirSync(files);
const hostileFiles = {};
for (const [name, make] of Object.entries(hostile)) {
  const file = join(files, `${String(Object.keys(hostileFiles).length + 1).padStart(2, "0")}-kho-doc.xlsx`);
  writeFileSync(file, make());
  hostileFiles[name] = file;
}

if (only !== "consolidate") {
  const baseline = measured(["validate", join(root, "fixtures", "2022-Y", "01-ha-noi.xlsx"), "--quiet"]);
  console.log(`1. phuluc validate <one file> (goal < 200 MB each; an ordinary workbook: ${baseline.rss.toFixed(0)} MB)`);
  const finding = (stdout) => {
    const report = JSON.parse(stdout);
    const f = report.files?.[0]?.findings?.[0];
    return f ? `${f.code}` : "không có lỗi";
  };
  for (const [name, file] of Object.entries(hostileFiles)) {
    if (kinds && !name.includes(kinds)) continue;
    const m = measured(["validate", file, "--json", "--quiet"]);
    console.log(`${line(name, m, 200)}  (${(readFileSync(file).length / 1024).toFixed(0)} KiB) -> ${finding(m.stdout)}`);
  }
  for (const name of kinds
    ? []
    : readdirSync(join(root, "fixtures", "bad"))
        .filter((f) => !f.endsWith(".md"))
        .sort()) {
    const m = measured(["validate", join(root, "fixtures", "bad", name), "--json", "--quiet"]);
    if (m.rss >= 150) console.log(`${line(`fixtures/bad/${name}`, m, 200)}`);
  }
  console.log("   (fixtures/bad files are listed only when one reaches 150 MB)\n");
}

if (only !== "validate") {
  // 2. The mixed folder: good workbooks under units' names, the bad corpus, other formats.
  const good = join(root, "fixtures", "2022-Y");
  const goodFiles = readdirSync(good)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const previous = join(root, "fixtures", "2021-Y");
  let count = 0;
  const copy = (from, name) => {
    copyFileSync(from, join(files, name));
    count++;
  };
  count += Object.keys(hostileFiles).length;
  for (const f of goodFiles) copy(join(good, f), f);
  for (const f of readdirSync(previous).filter((x) => x.endsWith(".xlsx"))) copy(join(previous, f), `nam-truoc-${f}`);
  mkdirSync(join(files, "gui-lai"));
  for (const [i, f] of goodFiles.entries()) copy(join(good, f), join("gui-lai", f.replace(".xlsx", `-ban-${(i % 3) + 2}.xlsx`)));
  mkdirSync(join(files, "tong-hop-huyen"));
  for (const f of goodFiles.slice(0, 54)) copy(join(good, f), join("tong-hop-huyen", `huyen-${f}`));
  const bad = join(root, "fixtures", "bad");
  for (const round of [1, 2]) for (const f of readdirSync(bad).filter((x) => x !== "README.md")) copy(join(bad, f), `loi-${round}-${f}`);
  const odsLike = zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8(`<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`),
  });
  for (let i = 1; i <= 6; i++) {
    writeFileSync(join(files, `bao-cao-${i}.ods`), odsLike);
    copy(join(bad, "excel-97-2003.xls"), `bao-cao-cu-${i}.xls`);
    writeFileSync(join(files, `ghi-chu-${i}.txt`), "Báo cáo gửi kèm\n".repeat(200 * i));
    writeFileSync(join(files, `so-lieu-${i}.csv`), "Mã;Tên;Số đảng viên\n01;Hà Nội;1200\n".repeat(100 * i));
    count += 3;
  }
  while (count < 354) copy(join(good, goodFiles[count % goodFiles.length]), `them-${count}-${goodFiles[count % goodFiles.length]}`);
  const listed = spawnSync("find", [files, "-type", "f"], { encoding: "utf8" }).stdout.trim().split("\n").length;
  const out = join(work, "out");
  mkdirSync(out);
  const args = ["consolidate", files, "--period", "2022-Y", "--out", join(out, "tong-hop.xlsx"), "--json", join(out, "bao-cao.json"), "--quiet"];
  console.log(`2. phuluc consolidate <mixed folder of ${listed} files> (goal < 500 MB)`);
  console.log(line("default threads", measured(args), 500));
  console.log(line("--threads 0 (main thread)", measured([...args, "--threads", "0"]), 500));
  console.log(line("--threads 2", measured([...args, "--threads", "2"]), 500));
}

if (process.argv.includes("--keep")) console.log(`\nfiles kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
