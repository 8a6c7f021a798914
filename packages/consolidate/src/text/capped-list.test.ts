import { describe, expect, it } from "vitest";
import { cappedList } from "./capped-list.js";

describe("cappedList", () => {
  it("names up to 30 items and counts the rest", () => {
    expect(cappedList(["Lai Châu", "Điện Biên"], ", ", "đơn vị")).toBe("Lai Châu, Điện Biên");
    const many = Array.from({ length: 42 }, (_, i) => `Đơn vị ${i + 1}`);
    expect(cappedList(many, ", ", "đơn vị")).toBe(`${many.slice(0, 30).join(", ")} và 12 đơn vị khác`);
    expect(
      cappedList(
        many.map((m) => `${m}.xlsx (2 lỗi)`),
        "; ",
        "tệp",
      ),
    ).toMatch(/Đơn vị 30\.xlsx \(2 lỗi\); và 12 tệp khác$/);
  });
});
