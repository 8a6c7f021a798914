import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { checkReadSetup } from "./check-read-setup.js";
import { readInWorkers } from "./read-in-workers.js";

const FOLDER = resolve(fileURLToPath(import.meta.url), "../../../../../fixtures/2022-Y");

// A reading thread of the same protocol that marks what it read (the real one is the built bundle):
// it answers each batch with one result per file, `sha256` naming the thread.
const dir = mkdtempSync(join(tmpdir(), "phuluc-read-in-workers-"));
const standIn = join(dir, "thread.mjs");
writeFileSync(
  standIn,
  `import { parentPort, threadId } from "node:worker_threads";
parentPort.on("message", ({ id, tasks }) => parentPort.postMessage({ id, results: tasks.map((t) => ({ path: t.path, file: t.file, size: 0, mtimeMs: 0, sha256: "thread " + threadId, findings: [], errors: 0, warnings: 0, justified: 0 })) }));`,
);

const tasks = readdirSync(FOLDER)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .slice(0, 24)
  .map((file) => ({ path: join(FOLDER, file), file }));

describe("reading with threads", () => {
  it("reads each file once, here and in a thread alongside, results in the order given", async () => {
    const progress: number[] = [];
    const reads = await readInWorkers(tasks, pathToFileURL(standIn), await checkReadSetup({}), { threads: 1, alongside: true, onProgress: (n) => progress.push(n) });
    expect(reads.map((r) => r.file)).toEqual(tasks.map((t) => t.file));
    const byThread = reads.filter((r) => r.sha256.startsWith("thread "));
    const here = reads.filter((r) => !r.sha256.startsWith("thread "));
    // This thread read real workbooks (their fingerprints), the thread the rest.
    expect(here.length).toBeGreaterThan(0);
    expect(byThread.length).toBeGreaterThan(0);
    for (const r of here) expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.at(-1)).toBe(tasks.length);
  });

  it("leaves the reading to the threads when not alongside", async () => {
    const reads = await readInWorkers(tasks, pathToFileURL(standIn), await checkReadSetup({}), { threads: 2, alongside: false });
    expect(reads.map((r) => r.file)).toEqual(tasks.map((t) => t.file));
    expect(reads.every((r) => r.sha256.startsWith("thread "))).toBe(true);
    expect(new Set(reads.map((r) => r.sha256)).size).toBe(2);
  });
});
