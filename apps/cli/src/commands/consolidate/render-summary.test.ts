import { catalogue2022, consolidate, loadRegistry, periodOrThrow } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { FileOutcome } from "@phuluc/consolidate";
import { renderSummary } from "./render-summary.js";
import type { ConsolidateRun } from "./run-consolidate.js";

const code = (i: number) => `X${String(i + 1).padStart(3, "0")}`;
const registry = loadRegistry({
  id: "xa-thu",
  title: "Các đảng bộ xã thử",
  validFrom: null,
  validTo: null,
  units: Array.from({ length: 45 }, (_, i) => ({ code: code(i), name: `Xã ${code(i)}`, officialName: `Đảng ủy xã ${code(i)}`, kind: "province" })),
  groupings: [{ id: "tat-ca", name: "Tất cả", groups: [{ code: "A", name: "Tất cả", units: Array.from({ length: 45 }, (_, i) => code(i)) }] }],
});

describe("renderSummary", () => {
  it("stays short at commune scale: 30 names or lines per list, the rest counted", () => {
    const result = consolidate([], { catalogue: catalogue2022(), registry, period: periodOrThrow("2022-Y") });
    const outcomes = Array.from({ length: 40 }, (_, i) => ({
      file: `hong-${i + 1}.xlsx`,
      sha256: "",
      status: "unreadable",
      reason: "Không phải tệp Excel .xlsx",
      findings: [],
      errors: 1,
      warnings: 0,
    })) as unknown as FileOutcome[];
    const run = { result, outcomes, sentences: [], exitCode: 1, request: { includeInvalid: false, out: "/tmp/tong-hop.xlsx" } } as unknown as ConsolidateRun;
    const text = renderSummary(run, "/tmp");
    expect(text).toContain(`Chưa nộp (45): Xã X001, Xã X002, `);
    expect(text).toContain("Xã X030 và 15 đơn vị khác\n");
    expect(text).not.toContain("Xã X031");
    expect(text).toContain("Tệp không dùng (40):");
    expect(text).toContain("  [không đọc được] hong-30.xlsx: Không phải tệp Excel .xlsx\n");
    expect(text).not.toContain("hong-31.xlsx");
    expect(text).toContain('  … và 10 tệp khác (xem trang "Tình hình nộp báo cáo" của tệp tổng hợp)');
  });
});
