import { describe, expect, it } from "vitest";
import { T } from "./texts.js";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (...a: unknown[]) => unknown)(7, 3, "PL01"))];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("texts", () => {
  it("are Vietnamese in NFC, with no leftovers of templating", () => {
    const all = strings(T);
    expect(all.length).toBeGreaterThan(40);
    for (const s of all) {
      expect(s).toBe(s.normalize("NFC"));
      expect(s).not.toMatch(/undefined|NaN|\$\{/);
    }
    expect(T.summary(2, 1)).toBe("2 lỗi, 1 cảnh báo");
  });

  it("name the justification of a warning as the officer reads it", () => {
    expect([T.justify, T.justifySave, T.justifyCancel, T.justified]).toEqual(["Giải trình", "Lưu giải trình", "Hủy", "Đã giải trình"]);
    expect(T.justifyLabel).toBe("Lý do số liệu là đúng (ghi vào trang Giải trình)");
    expect(T.justifyEmpty).toBe("Hãy ghi nội dung giải trình (lý do số liệu là đúng) trước khi lưu.");
    expect(T.justifyTitle("D10")).toBe("Giải trình cảnh báo tại ô D10");
    expect(T.justifySaved("D10")).toBe("Đã ghi giải trình cho ô D10 vào trang Giải trình.");
    expect(T.justifyNoLine).toBe("Trang Giải trình đã hết dòng trống; hãy xóa các dòng giải trình không còn dùng rồi thử lại.");
  });
});
