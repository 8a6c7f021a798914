import { describe, expect, it } from "vitest";
import { REGISTRY_2022, REGISTRY_2025, builtinRegistries, defaultGrouping, unitByCode } from "./index.js";
import type { Registry } from "./types.js";

const PROVINCES_2022 =
  "01 Hà Nội · 02 Hà Giang · 04 Cao Bằng · 06 Bắc Kạn · 08 Tuyên Quang · 10 Lào Cai · 11 Điện Biên · 12 Lai Châu · 14 Sơn La · 15 Yên Bái · 17 Hòa Bình · 19 Thái Nguyên · 20 Lạng Sơn · 22 Quảng Ninh · 24 Bắc Giang · 25 Phú Thọ · 26 Vĩnh Phúc · 27 Bắc Ninh · 30 Hải Dương · 31 Hải Phòng · 33 Hưng Yên · 34 Thái Bình · 35 Hà Nam · 36 Nam Định · 37 Ninh Bình · 38 Thanh Hóa · 40 Nghệ An · 42 Hà Tĩnh · 44 Quảng Bình · 45 Quảng Trị · 46 Thừa Thiên Huế · 48 Đà Nẵng · 49 Quảng Nam · 51 Quảng Ngãi · 52 Bình Định · 54 Phú Yên · 56 Khánh Hòa · 58 Ninh Thuận · 60 Bình Thuận · 62 Kon Tum · 64 Gia Lai · 66 Đắk Lắk · 67 Đắk Nông · 68 Lâm Đồng · 70 Bình Phước · 72 Tây Ninh · 74 Bình Dương · 75 Đồng Nai · 77 Bà Rịa - Vũng Tàu · 79 Thành phố Hồ Chí Minh · 80 Long An · 82 Tiền Giang · 83 Bến Tre · 84 Trà Vinh · 86 Vĩnh Long · 87 Đồng Tháp · 89 An Giang · 91 Kiên Giang · 92 Cần Thơ · 93 Hậu Giang · 94 Sóc Trăng · 95 Bạc Liêu · 96 Cà Mau"
    .split(" · ")
    .map((s) => [s.slice(0, 2), s.slice(3)] as const);

const REGIONS_2022: [string, number][] = [
  ["Trung du và miền núi phía Bắc", 14],
  ["Đồng bằng sông Hồng", 11],
  ["Bắc Trung Bộ và Duyên hải miền Trung", 14],
  ["Tây Nguyên", 5],
  ["Đông Nam Bộ", 6],
  ["Đồng bằng sông Cửu Long", 13],
  ["Khối Trung ương", 4],
];

function allStrings(registry: Registry): string[] {
  return [
    registry.title,
    registry.note ?? "",
    ...registry.units.flatMap((u) => [u.name, u.officialName, ...u.aliases]),
    ...registry.groupings.flatMap((g) => [g.name, ...g.groups.map((gr) => gr.name)]),
  ];
}

describe("built-in registry vn-2022", () => {
  it("has 63 provinces in official order with their codes, then 4 central committees", () => {
    expect(REGISTRY_2022.id).toBe("vn-2022");
    expect(REGISTRY_2022.validTo).toBe("2025-06-30");
    expect(REGISTRY_2022.units).toHaveLength(67);
    const provinces = REGISTRY_2022.units.filter((u) => u.kind === "province");
    expect(provinces.map((u) => [u.code, u.name])).toEqual(PROVINCES_2022);
    expect(REGISTRY_2022.units.slice(63).map((u) => [u.code, u.officialName, u.kind])).toEqual([
      ["TW-CQ", "Đảng ủy Khối các cơ quan Trung ương", "central"],
      ["TW-DN", "Đảng ủy Khối Doanh nghiệp Trung ương", "central"],
      ["TW-QU", "Quân ủy Trung ương", "central"],
      ["TW-CA", "Đảng ủy Công an Trung ương", "central"],
    ]);
  });

  it("names the party committee: Thành ủy for the 5 centrally-run cities, Tỉnh ủy otherwise", () => {
    const cities = REGISTRY_2022.units.filter((u) => u.officialName.startsWith("Thành ủy"));
    expect(cities.map((u) => u.officialName)).toEqual([
      "Thành ủy Hà Nội",
      "Thành ủy Hải Phòng",
      "Thành ủy Đà Nẵng",
      "Thành ủy Thành phố Hồ Chí Minh",
      "Thành ủy Cần Thơ",
    ]);
    const provinces = REGISTRY_2022.units.filter((u) => u.kind === "province" && !cities.includes(u));
    expect(provinces).toHaveLength(58);
    for (const u of provinces) expect(u.officialName).toBe(`Tỉnh ủy ${u.name}`);
  });

  it("has the six regions plus Khối Trung ương with the counts of units.md", () => {
    const grouping = defaultGrouping(REGISTRY_2022);
    expect(grouping.id).toBe("vung-kinh-te-xa-hoi");
    expect(grouping.groups.map((g) => [g.name, g.units.length])).toEqual(REGIONS_2022);
    const tn = grouping.groups.find((g) => g.name === "Tây Nguyên");
    expect(tn?.units.map((c) => unitByCode(REGISTRY_2022, c)?.name)).toEqual(["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]);
    const all = grouping.groups.flatMap((g) => g.units);
    expect(new Set(all).size).toBe(67);
    for (const u of REGISTRY_2022.units) {
      const group = grouping.groups.find((g) => g.units.includes(u.code));
      expect(u.groups).toEqual([group?.code]);
    }
  });
});

describe("built-in registry vn-2025", () => {
  it("has 34 provinces and 6 central committees from 2025-07-01", () => {
    expect(REGISTRY_2025.id).toBe("vn-2025");
    expect(REGISTRY_2025.validFrom).toBe("2025-07-01");
    expect(REGISTRY_2025.validTo).toBeNull();
    expect(REGISTRY_2025.units.filter((u) => u.kind === "province")).toHaveLength(34);
    expect(REGISTRY_2025.units.filter((u) => u.kind === "central").map((u) => [u.code, u.name])).toEqual([
      ["TW-DCQ", "Đảng ủy các cơ quan Đảng Trung ương"],
      ["TW-CP", "Đảng ủy Chính phủ"],
      ["TW-QH", "Đảng ủy Quốc hội"],
      ["TW-MT", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"],
      ["TW-QU", "Quân ủy Trung ương"],
      ["TW-CA", "Đảng ủy Công an Trung ương"],
    ]);
    expect(REGISTRY_2025.note).toMatch(/xác nhận/);
  });

  it("uses the codes of the predecessor whose name the new unit takes", () => {
    const codes = Object.fromEntries(REGISTRY_2025.units.map((u) => [u.name, u.code]));
    expect(codes).toMatchObject({
      "Tuyên Quang": "08",
      "Lào Cai": "15",
      "Thái Nguyên": "19",
      "Phú Thọ": "25",
      "Bắc Ninh": "24",
      "Hưng Yên": "33",
      "Hải Phòng": "31",
      "Ninh Bình": "37",
      "Quảng Trị": "44",
      "Đà Nẵng": "48",
      "Quảng Ngãi": "51",
      "Gia Lai": "52",
      "Khánh Hòa": "56",
      "Lâm Đồng": "68",
      "Đắk Lắk": "66",
      "Thành phố Hồ Chí Minh": "79",
      "Đồng Nai": "75",
      "Tây Ninh": "80",
      "Cần Thơ": "92",
      "Vĩnh Long": "86",
      "Đồng Tháp": "82",
      "Cà Mau": "96",
      "An Giang": "91",
      Huế: "46",
    });
    expect(unitByCode(REGISTRY_2025, "46")?.officialName).toBe("Thành ủy Huế");
  });

  it("groups provinces and central committees", () => {
    expect(defaultGrouping(REGISTRY_2025).groups.map((g) => [g.name, g.units.length])).toEqual([
      ["Tỉnh, thành phố", 34],
      ["Khối Trung ương", 6],
    ]);
  });
});

describe("registries as data", () => {
  it("are returned oldest first, frozen, with NFC text", () => {
    expect(builtinRegistries().map((r) => r.id)).toEqual(["vn-2022", "vn-2025"]);
    expect(Object.isFrozen(REGISTRY_2022.units[0])).toBe(true);
    for (const r of builtinRegistries()) for (const s of allStrings(r)) expect(s).toBe(s.normalize("NFC"));
  });
});
