import { describe, expect, it } from "vitest";
import { REGISTRY_2022, REGISTRY_2025, RegistryError, findUnit, mapToSuccessors } from "./index.js";
import { loadRegistry } from "./load-registry.js";
import type { Registry } from "./types.js";

/** units.md, "Merged (23)", verbatim. */
const MERGED = `Tuyên Quang ← Tuyên Quang, Hà Giang · Lào Cai ← Lào Cai, Yên Bái · Thái Nguyên ←
Thái Nguyên, Bắc Kạn · Phú Thọ ← Phú Thọ, Vĩnh Phúc, Hòa Bình · Bắc Ninh ← Bắc
Ninh, Bắc Giang · Hưng Yên ← Hưng Yên, Thái Bình · Hải Phòng ← Hải Phòng, Hải
Dương · Ninh Bình ← Ninh Bình, Hà Nam, Nam Định · Quảng Trị ← Quảng Trị, Quảng
Bình · Đà Nẵng ← Đà Nẵng, Quảng Nam · Quảng Ngãi ← Quảng Ngãi, Kon Tum · Gia Lai
← Gia Lai, Bình Định · Khánh Hòa ← Khánh Hòa, Ninh Thuận · Lâm Đồng ← Lâm Đồng,
Đắk Nông, Bình Thuận · Đắk Lắk ← Đắk Lắk, Phú Yên · Thành phố Hồ Chí Minh ← Thành
phố Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu · Đồng Nai ← Đồng Nai, Bình Phước ·
Tây Ninh ← Tây Ninh, Long An · Cần Thơ ← Cần Thơ, Sóc Trăng, Hậu Giang · Vĩnh
Long ← Vĩnh Long, Bến Tre, Trà Vinh · Đồng Tháp ← Đồng Tháp, Tiền Giang · Cà Mau ←
Cà Mau, Bạc Liêu · An Giang ← An Giang, Kiên Giang.`;

const UNCHANGED = ["Hà Nội", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"];

function code(registry: Registry, name: string): string {
  const found = findUnit(registry, name);
  if (!("unit" in found)) throw new Error(`no unit ${name} in ${registry.id}`);
  return found.unit.code;
}

describe("mapToSuccessors vn-2022 → vn-2025", () => {
  const map = mapToSuccessors(REGISTRY_2022, REGISTRY_2025);

  it("maps every one of the 63 old provinces to exactly one successor", () => {
    const olds = [...map.predecessorsOf.values()].flat();
    const provinces = REGISTRY_2022.units.filter((u) => u.kind === "province").map((u) => u.code);
    expect(olds.filter((c) => provinces.includes(c)).sort()).toEqual([...provinces].sort());
    expect(new Set(olds).size).toBe(olds.length);
    for (const p of provinces) expect(map.successorOf(p)).toBeDefined();
  });

  it("matches units.md for all 23 merged units", () => {
    const lines = MERGED.replace(/\s+/g, " ").replace(/\.$/, "").split(" · ");
    expect(lines).toHaveLength(23);
    for (const line of lines) {
      const [successor, list] = line.split(" ← ") as [string, string];
      const expected = list
        .split(", ")
        .map((n) => code(REGISTRY_2022, n))
        .sort();
      expect([...(map.predecessorsOf.get(code(REGISTRY_2025, successor)) ?? [])].sort(), successor).toEqual(expected);
    }
  });

  it("keeps the 11 unchanged units, Huế ← Thừa Thiên Huế", () => {
    for (const name of UNCHANGED) expect(map.predecessorsOf.get(code(REGISTRY_2025, name))).toEqual([code(REGISTRY_2022, name)]);
    expect(map.predecessorsOf.get(code(REGISTRY_2025, "Huế"))).toEqual([code(REGISTRY_2022, "Thừa Thiên Huế")]);
    expect(map.successorOf("46")).toBe("46");
  });

  it("carries Quân ủy and Công an over; the two Khối committees have no successor", () => {
    expect(map.successorOf("TW-QU")).toBe("TW-QU");
    expect(map.successorOf("TW-CA")).toBe("TW-CA");
    expect(map.unmapped).toEqual(["TW-CQ", "TW-DN"]);
    expect(map.notComparable).toEqual(["TW-DCQ", "TW-CP", "TW-QH", "TW-MT"]);
    expect(map.successorOf("TW-CQ")).toBeUndefined();
  });

  it("sums successor-wise: Hà Giang's figures go to Tuyên Quang", () => {
    expect(map.successorOf("02")).toBe("08");
    expect(map.successorOf("74")).toBe("79");
  });
});

describe("mapToSuccessors misuse", () => {
  it("is the identity within one registry", () => {
    const map = mapToSuccessors(REGISTRY_2025, REGISTRY_2025);
    expect(map.successorOf("79")).toBe("79");
    expect(map.unmapped).toEqual([]);
  });

  it("throws when mapping backwards", () => {
    expect(() => mapToSuccessors(REGISTRY_2025, REGISTRY_2022)).toThrow(RegistryError);
  });

  it("throws with the JSON path of a dangling predecessor code", () => {
    const json = {
      id: "vn-test",
      title: "Thử",
      validFrom: "2026-01-01",
      validTo: null,
      units: [{ code: "01", name: "Hà Nội", officialName: "Thành ủy Hà Nội", kind: "province", predecessors: [{ registry: "vn-2025", code: "02" }] }],
      groupings: [{ id: "g", name: "Nhóm", groups: [{ code: "A", name: "A", units: ["01"] }] }],
    };
    const err = (() => {
      try {
        mapToSuccessors(REGISTRY_2025, loadRegistry(json));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).message).toContain('units[0].predecessors[0].code: không có đơn vị mã "02"');
  });
});
