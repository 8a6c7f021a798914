import { describe, expect, it } from "vitest";
import type { FindingCode } from "../finding/finding-code.js";
import type { FindingParam } from "../finding/finding.js";
import { formatFinding } from "./format-finding.js";

/** A reason as the consolidation shows it: a clause, without the file (it is in its own column). */
const clause = (code: FindingCode, params: Record<string, FindingParam>, locale: "vi" | "en" = "vi") =>
  formatFinding({ code, severity: "error", path: { file: "nhan/hn.xlsx" }, params }, { locale, withoutFile: true, asClause: true });

describe("why a file was not used in a consolidation, in Vietnamese", () => {
  it("a fault of the program, with or without a log", () => {
    expect(clause("file.internal_error", { log: "loi-chuong-trinh.txt" })).toBe(
      "lỗi chương trình (không phải lỗi của tệp); chi tiết trong tệp loi-chuong-trinh.txt",
    );
    expect(clause("file.internal_error", { log: null })).toBe("lỗi chương trình (không phải lỗi của tệp); chi tiết in trên màn hình khi chạy lệnh");
  });

  it("no period, no unit", () => {
    expect(clause("file.period_unknown", {})).toBe("không xác định được kỳ báo cáo của tệp");
    expect(clause("file.unit_not_identified", { registryTitle: "Danh mục tỉnh ủy" })).toBe("không xác định được đơn vị trong Danh mục tỉnh ủy");
  });

  it("copies and older files", () => {
    expect(clause("file.same_content", { of: "01-ha-noi.xlsx" })).toBe("cùng nội dung với tệp 01-ha-noi.xlsx (trùng SHA-256); không tính hai lần");
    expect(clause("file.newer_preferred", { newest: "30-hai-duong-ban-sua.xlsx" })).toBe("đơn vị có tệp mới hơn: 30-hai-duong-ban-sua.xlsx (--prefer newest)");
  });

  it("errors, introducing the first one, with the count in Vietnamese notation", () => {
    expect(clause("file.has_errors", { errors: 1234 })).toBe("có 1.234 lỗi; lỗi đầu tiên:");
    expect(clause("file.has_errors", { errors: 3 }, "en")).toBe("3 errors; the first:");
  });

  it("a message alone still starts with a capital", () => {
    expect(formatFinding({ code: "file.period_unknown", severity: "error", path: {}, params: {} })).toBe("Không xác định được kỳ báo cáo của tệp");
  });
});
