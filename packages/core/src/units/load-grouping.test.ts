import { describe, expect, it } from "vitest";
import { GroupingError, REGISTRY_2022, REGISTRY_2025, RegistryError } from "./index.js";
import { loadGrouping } from "./load-grouping.js";

function errorOf(json: unknown, registry = REGISTRY_2022): GroupingError {
  try {
    loadGrouping(json, registry);
  } catch (e) {
    if (e instanceof GroupingError) return e;
    throw e;
  }
  throw new Error("loadGrouping did not throw");
}

describe("loadGrouping", () => {
  it("resolves units given by code or by any accepted name", () => {
    const g = loadGrouping(
      {
        id: "cum-hoi-nghi",
        name: "Cụm hội nghị",
        groups: [
          { name: "Cụm 1", units: ["Hà Nội", "TỈNH ỦY HẢI DƯƠNG", "Hoà Bình".normalize("NFD"), "34"] },
          { code: "C2", name: "Cụm 2", units: ["TP. Hồ Chí Minh", "Bà Rịa Vũng Tàu", "Đảng ủy Công an TW"] },
        ],
      },
      REGISTRY_2022,
    );
    expect(g).toEqual({
      id: "cum-hoi-nghi",
      name: "Cụm hội nghị",
      groups: [
        { code: "1", name: "Cụm 1", units: ["01", "30", "17", "34"] },
        { code: "C2", name: "Cụm 2", units: ["79", "77", "TW-CA"] },
      ],
    });
  });

  it("reports unknown names in Vietnamese, naming the entry and the registry", () => {
    const err = errorOf({
      id: "cum",
      name: "Cụm",
      groups: [{ name: "Cụm 2", units: ["Hà Nội", "Hà Tây", "Hµ Giang"] }],
    });
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.name).toBe("GroupingError");
    expect(err.issues).toEqual([
      { path: "groups[0].units[1]", message: `không tìm thấy đơn vị "Hà Tây" (nhóm "Cụm 2") trong danh mục "vn-2022" (${REGISTRY_2022.title})` },
      { path: "groups[0].units[2]", message: 'tên "Hµ Giang" (nhóm "Cụm 2") được gõ bằng phông TCVN3 (ABC); hãy chuyển sang Unicode ("Hà Giang")' },
    ]);
    expect(err.message).toContain('Tệp phân nhóm "cum" không hợp lệ');
    expect(err.message).toContain('groups[0].units[1]: không tìm thấy đơn vị "Hà Tây"');
  });

  it("rejects a unit placed twice, duplicate group codes and another registry's grouping", () => {
    const err = errorOf(
      {
        id: "cum",
        name: "Cụm",
        registry: "vn-2022",
        groups: [
          { code: "A", name: "Cụm A", units: ["Tuyên Quang"] },
          { code: "A", name: "Cụm B", units: ["08"] },
        ],
      },
      REGISTRY_2025,
    );
    expect(err.issues.map((i) => i.path)).toEqual(["registry", "groups[1].code", "groups[1].units[0]"]);
  });

  it("rejects a malformed file with JSON paths", () => {
    expect(errorOf({ id: "cum", name: "Cụm", groups: [{ name: "", units: [] }] }).issues).toEqual([
      { path: "groups[0].name", message: "không được để trống" },
      { path: "groups[0].units", message: "phải có ít nhất 1 phần tử" },
    ]);
  });
});
