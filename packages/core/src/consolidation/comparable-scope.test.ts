import { describe, expect, it } from "vitest";
import { REGISTRY_2022, REGISTRY_2025 } from "../units/builtin-registries.js";
import { mapToSuccessors } from "../units/successor.js";
import { comparableScope, scopeNote } from "./comparable-scope.js";

const codes2022 = REGISTRY_2022.units.map((u) => u.code);

describe("comparableScope: the same units on both sides of a change", () => {
  it("leaves out a unit with figures on one side only, in both directions, and names it", () => {
    const scope = comparableScope({
      succession: mapToSuccessors(REGISTRY_2022, REGISTRY_2022),
      current: REGISTRY_2022,
      previous: REGISTRY_2022,
      included: new Set(codes2022.filter((c) => !["24", "95"].includes(c))),
      received: new Set(codes2022.filter((c) => c !== "95")),
      previousUnits: new Set(codes2022.filter((c) => c !== "01")),
    });
    expect(scope.units).toHaveLength(64);
    expect(scope.units).not.toContain("01");
    expect(scope.leftOut.map((l) => [l.code, l.reason])).toEqual([
      ["01", "previous_missing"],
      ["24", "current_excluded"],
      ["95", "current_missing"],
    ]);
    expect(scopeNote(scope.units.length, scope.leftOut)).toBe(
      "so sánh trên cùng 64 đơn vị; không tính: Hà Nội (kỳ trước không có số liệu), Bắc Giang (kỳ này có lỗi, chưa tổng hợp), Bạc Liêu (kỳ này chưa có báo cáo)",
    );
  });

  it("across the 2025 reorganisation compares a successor only when all its predecessors have figures; new units are not compared", () => {
    const codes2025 = REGISTRY_2025.units.map((u) => u.code);
    const scope = comparableScope({
      succession: mapToSuccessors(REGISTRY_2022, REGISTRY_2025),
      current: REGISTRY_2025,
      previous: REGISTRY_2022,
      included: new Set(codes2025),
      received: new Set(codes2025),
      // Kon Tum (62) left out in 2022: Quảng Ngãi (51 ← 51 + 62) cannot compare.
      previousUnits: new Set(codes2022.filter((c) => c !== "62")),
    });
    expect(scope.units).not.toContain("51");
    expect(scope.units).toContain("96");
    const text = scopeNote(scope.units.length, scope.leftOut) ?? "";
    expect(text).toContain("Quảng Ngãi (kỳ trước thiếu số liệu của Kon Tum)");
    expect(text).toContain("Đảng ủy Chính phủ (đơn vị mới, kỳ trước chưa có)");
    expect(scope.leftOut.filter((l) => l.reason === "no_predecessor").map((l) => l.code)).toEqual(
      REGISTRY_2025.units.filter((u) => u.predecessors.length === 0).map((u) => u.code),
    );
  });

  it("says nothing when every unit compares", () => {
    expect(scopeNote(67, [])).toBeUndefined();
  });
});
