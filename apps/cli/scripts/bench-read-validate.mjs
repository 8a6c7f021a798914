// In-process read + validate of one annex workbook, warm (what each file of
// a consolidation costs once the code is compiled): the built packages, with
// Node's zlib as the inflater, as the command reads. Goal <= 1.0 ms.
// Usage: node scripts/bench-read-validate.mjs [folder=fixtures/2022-Y] [runs=2000]
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, inflateRawSync } from "node:zlib";
import { builtinRegistries, catalogue2022, validate } from "@phuluc/core/runtime";
import { readAnnexWorkbook } from "@phuluc/xlsx/read";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const folder = process.argv[2] ?? join(root, "fixtures", "2022-Y");
const runs = Number(process.argv[3] ?? 2000);
const inflate = Object.assign((data, max) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) }), { crc32: (data) => crc32(data) });
const catalogue = catalogue2022();
const registries = builtinRegistries();
const options = (fileName) => ({ catalogue, registries, fileName, inflate });

// The folder's annex workbooks of one unit each that read without a finding of the file.
const workbooks = readdirSync(folder)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => ({ f, bytes: new Uint8Array(readFileSync(join(folder, f))) }))
  .filter(({ f, bytes }) => {
    try {
      const wb = readAnnexWorkbook(bytes, options(f));
      return wb.unit !== undefined && wb.findings.length === 0;
    } catch {
      return false;
    }
  });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const read = [];
const check = [];
// CPU time of whole rounds over the folder, read then validate: on a shared machine it leaves out the time other processes take.
let readCpu = 0;
let checkCpu = 0;
let counted = 0;
const warm = 300;
for (let i = 0; i < runs + warm; ) {
  const round = workbooks.slice(0, Math.min(workbooks.length, runs + warm - i));
  const read0 = process.cpuUsage();
  const read1 = [];
  for (const { f, bytes } of round) {
    const t0 = performance.now();
    read1.push(readAnnexWorkbook(bytes, options(f)));
    read.push(performance.now() - t0);
  }
  const readRound = cpuMs(read0);
  const check0 = process.cpuUsage();
  for (const wb of read1) {
    const t1 = performance.now();
    validate(wb.submission, catalogue, { unitKind: wb.unit.kind });
    check.push(performance.now() - t1);
  }
  const checkRound = cpuMs(check0);
  if (i >= warm) {
    readCpu += readRound;
    checkCpu += checkRound;
    counted += round.length;
  }
  i += round.length;
}
read.splice(0, warm);
check.splice(0, warm);
const both = read.map((r, i) => r + check[i]);
const cells = readAnnexWorkbook(workbooks[0].bytes, options(workbooks[0].f)).submission;
console.log(
  `read + validate, warm, ${workbooks.length} workbooks of ${folder.split("/").slice(-2).join("/")} (${Object.keys(cells.annexes).length} annexes each) × ${runs} runs:`,
);
console.log(
  `  per workbook median ${median(both).toFixed(3)} ms (read ${median(read).toFixed(3)} + validate ${median(check).toFixed(3)}) · mean ${(both.reduce((a, b) => a + b, 0) / runs).toFixed(3)} ms   goal <= 1.0 ms`,
);
console.log(
  `  per workbook CPU time ${((readCpu + checkCpu) / counted).toFixed(3)} ms (read ${(readCpu / counted).toFixed(3)} + validate ${(checkCpu / counted).toFixed(3)})`,
);
