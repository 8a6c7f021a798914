import { describe, expect, it } from "vitest";
import { capitalised } from "./capitalised.js";
import { FILE_STATUS_LABEL, FILE_STATUS_ORDER } from "./file-status.js";

describe("capitalised", () => {
  it("puts the first letter in upper case, Vietnamese letters included", () => {
    expect(capitalised("mã số 01, cột (3)")).toBe("Mã số 01, cột (3)");
    expect(capitalised("đã tổng hợp")).toBe("Đã tổng hợp");
    expect(capitalised("ít nhất")).toBe("Ít nhất");
    expect(capitalised("")).toBe("");
    expect(capitalised("row 01", "en")).toBe("Row 01");
  });
});

describe("file statuses", () => {
  it("orders every status once and names each in Vietnamese", () => {
    expect([...FILE_STATUS_ORDER].sort()).toEqual(Object.keys(FILE_STATUS_LABEL).sort());
    expect(new Set(FILE_STATUS_ORDER).size).toBe(FILE_STATUS_ORDER.length);
    expect(FILE_STATUS_LABEL.excluded).toBe("không tổng hợp vì có lỗi");
    expect(FILE_STATUS_LABEL.unreadable).toBe("không đọc được");
  });
});
