import { describe, expect, it } from "vitest";
import { exportDecision } from "./export-gate.js";

describe("exportDecision", () => {
  it("blocks on errors and explains why, in Vietnamese", () => {
    const d = exportDecision({ errors: 2, warnings: 1 });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toMatch(/^Chưa xuất được file nộp: còn 2 lỗi\. Đơn vị có lỗi sẽ không được cộng vào số liệu toàn quốc/);
  });

  it("lets warnings through", () => {
    expect(exportDecision({ errors: 0, warnings: 3 })).toEqual({ allowed: true, warnings: 3 });
  });
});
