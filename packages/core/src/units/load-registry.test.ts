import { describe, expect, it } from "vitest";
import { RegistryError } from "./index.js";
import { loadRegistry } from "./load-registry.js";

function base() {
  return {
    id: "vn-test",
    title: "Danh mục thử",
    validFrom: "2026-01-01",
    validTo: null as string | null,
    units: [
      { code: "01", name: "Hà Nội", officialName: "Thành ủy Hà Nội", kind: "province", groups: ["A"] },
      { code: "02", name: "Hà Giang", officialName: "Tỉnh ủy Hà Giang", kind: "province" },
      { code: "TW-CA", name: "Đảng ủy Công an Trung ương", officialName: "Đảng ủy Công an Trung ương", kind: "central" },
    ] as Record<string, unknown>[],
    groupings: [
      {
        id: "g",
        name: "Nhóm",
        groups: [
          { code: "A", name: "Nhóm A", units: ["01", "02"] },
          { code: "TW", name: "Khối Trung ương", units: ["TW-CA"] },
        ],
      },
    ],
  };
}

function errorOf(json: unknown): RegistryError {
  try {
    loadRegistry(json);
  } catch (e) {
    if (e instanceof RegistryError) return e;
    throw e;
  }
  throw new Error("loadRegistry did not throw");
}

describe("loadRegistry", () => {
  it("loads a valid file and fills groups from the default grouping", () => {
    const r = loadRegistry(base());
    expect(r.units.map((u) => u.groups)).toEqual([["A"], ["A"], ["TW"]]);
    expect(r.units[1]?.aliases).toEqual([]);
  });

  it("names the JSON path of a duplicate code", () => {
    const json = base();
    (json.units[2] as Record<string, unknown>).code = "02";
    const err = errorOf(json);
    expect(err.name).toBe("RegistryError");
    expect(err.issues).toContainEqual({ path: "units[2].code", message: 'mã "02" trùng với units[1]' });
    expect(err.message).toContain('Danh mục đơn vị "vn-test" không hợp lệ');
    expect(err.message).toContain("units[2].code: ");
  });

  it("names the JSON path of an unknown group member", () => {
    const json = base();
    json.groupings[0]!.groups[0]!.units.push("99");
    const err = errorOf(json);
    expect(err.issues).toContainEqual({ path: "groupings[0].groups[0].units[2]", message: 'không có đơn vị mã "99" trong danh mục "vn-test"' });
  });

  it("reports shape errors in Vietnamese with zod paths", () => {
    const json = base();
    delete json.units[1]!.name;
    json.units[0]!.kind = "tinh";
    json.units[2]!.predecesors = [];
    const err = errorOf(json);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: "units[1].name", message: "thiếu trường bắt buộc" },
        { path: "units[0].kind", message: 'phải là một trong các giá trị: "province", "central"' },
        { path: "units[2]", message: "trường không được hỗ trợ: predecesors (kiểm tra lỗi chính tả)" },
      ]),
    );
    expect(errorOf(null).issues).toEqual([{ path: "(gốc)", message: "phải là đối tượng" }]);
  });

  it("rejects bad dates, duplicate names, inconsistent groups and bad predecessors", () => {
    const json = base();
    json.validTo = "2025-02-30";
    expect(errorOf(json).issues.map((i) => i.path)).toEqual(["validTo"]);
    const j2 = base();
    j2.validTo = "2025-12-31";
    j2.units[1]!.aliases = ["HÀ NỘI"];
    j2.units[0]!.groups = ["TW"];
    j2.units[0]!.predecessors = [{ registry: "vn-test", code: "01" }];
    j2.units[1]!.predecessors = [{ registry: "vn-2022", code: "02" }];
    j2.units[2]!.predecessors = [{ registry: "vn-2022", code: "02" }];
    const paths = errorOf(j2).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "validTo",
        "units[1].aliases[0]",
        "units[0].groups[0]",
        "units[0].groups",
        "units[0].predecessors[0].registry",
        "units[2].predecessors[0]",
      ]),
    );
  });

  it("requires the default grouping to place every unit", () => {
    const json = base();
    json.groupings[0]!.groups[1]!.units = ["01"];
    const paths = errorOf(json).issues.map((i) => i.path);
    expect(paths).toEqual(["groupings[0].groups[1].units[0]", "units[2]"]);
  });
});
