import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueForPeriod, periodOrThrow, registryForPeriod } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { InputFile } from "../input-file.js";
import { resolveRegistries } from "../units/resolve-registries.js";
import { reasonText } from "../classify/exclusion-reason.js";
import { consolidateFiles } from "./consolidate-files.js";

const FIXTURES = fileURLToPath(new URL("../../../../fixtures", import.meta.url));

/** A folder's files as a browser would give them: name, size, time and a way to read them. */
function folder(dir: string): InputFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir).map((path) => {
    const info = statSync(path);
    return { name: relative(dir, path).split("\\").join("/"), size: info.size, mtime: info.mtimeMs, read: async () => new Uint8Array(readFileSync(path)) };
  });
}

describe("consolidateFiles over files given as bytes", () => {
  it("consolidates 2022-Y against 2021-Y in this thread, with every file accounted for and reasons as findings", async () => {
    const period = periodOrThrow("2022-Y");
    const registries = await resolveRegistries();
    const registry = registryForPeriod(registries, period);
    const catalogue = catalogueForPeriod(period);
    if (!registry || !catalogue) throw new Error("fixture setup");
    const steps: string[] = [];
    const run = await consolidateFiles({
      files: folder(join(FIXTURES, "2022-Y")),
      folder: "2022-Y",
      period,
      registries,
      registry,
      catalogue,
      previous: { kind: "folder", name: "2021-Y", files: folder(join(FIXTURES, "2021-Y")) },
      exclude: ["thu-dien-tu"],
      cutOff: "2022-12-05",
      now: () => "2022-12-06T08:00:00.000Z",
      progress: { step: (label) => steps.push(label), tick() {}, done() {} },
      toolVersion: "test",
    });
    expect(run.report.generatedAt).toBe("2022-12-06T08:00:00.000Z");
    expect(run.report.input.files).toBe(run.outcomes.length);
    expect(run.outcomes.some((o) => o.file.startsWith("thu-dien-tu/"))).toBe(false);
    expect(steps[0]).toMatch(/^Đọc số liệu kỳ trước \(67 tệp\)$/);
    expect(run.report.previous?.period.id).toBe("2021-Y");
    // The national workbook is an .xlsx (a zip) that says its period in _meta.
    expect([...run.workbook.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const excluded = run.outcomes.filter((o) => o.status === "excluded");
    expect(excluded.length).toBeGreaterThan(0);
    for (const o of excluded) {
      expect(o.why?.finding.code).toBe("file.has_errors");
      expect(o.why?.cause?.severity).toBe("error");
      expect(o.reason).toBe(reasonText(o.why!, catalogue));
      expect(o.reason).toMatch(/^có \d+ lỗi; lỗi đầu tiên: /);
    }
    const english = reasonText(excluded[0]!.why!, catalogue, "en");
    expect(english).toMatch(/^\d+ errors; the first: /);
  });
});
