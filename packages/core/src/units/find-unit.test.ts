import { describe, expect, it } from "vitest";
import { periodOrThrow } from "../periods/index.js";
import { REGISTRY_2022, REGISTRY_2025, builtinRegistries, findUnit, findUnitForPeriod, unicodeToTcvn3 } from "./index.js";
import type { Registry } from "./types.js";

function codeOf(registry: Registry, text: string): string | undefined {
  const r = findUnit(registry, text);
  return "unit" in r ? r.unit.code : undefined;
}

describe("findUnit", () => {
  it("finds by code, padding single digits", () => {
    expect(codeOf(REGISTRY_2022, "01")).toBe("01");
    expect(codeOf(REGISTRY_2022, "1")).toBe("01");
    expect(codeOf(REGISTRY_2022, " tw-ca ")).toBe("TW-CA");
  });

  it("finds by NFC and NFD names and any case", () => {
    expect(codeOf(REGISTRY_2022, "Hà Nội")).toBe("01");
    expect(codeOf(REGISTRY_2022, "Hà Nội".normalize("NFD"))).toBe("01");
    expect(codeOf(REGISTRY_2022, "HÀ NỘI")).toBe("01");
    for (const u of REGISTRY_2022.units) {
      expect(codeOf(REGISTRY_2022, u.name.normalize("NFD").toLocaleUpperCase("vi")), u.name).toBe(u.code);
      expect(codeOf(REGISTRY_2022, u.officialName), u.officialName).toBe(u.code);
    }
    for (const u of REGISTRY_2025.units) expect(codeOf(REGISTRY_2025, u.officialName)).toBe(u.code);
  });

  it("finds by aliases, official names and prefixes", () => {
    for (const s of ["TP. Hồ Chí Minh", "TP HCM", "Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "tp.hcm"]) {
      expect(codeOf(REGISTRY_2022, s), s).toBe("79");
    }
    expect(codeOf(REGISTRY_2022, "Thừa Thiên - Huế")).toBe("46");
    expect(codeOf(REGISTRY_2022, "Bà Rịa Vũng Tàu")).toBe("77");
    expect(codeOf(REGISTRY_2022, "Tỉnh Bắc Cạn")).toBe("06");
    expect(codeOf(REGISTRY_2022, "Đảng bộ tỉnh Hà Giang")).toBe("02");
    expect(codeOf(REGISTRY_2022, "Đảng ủy Khối Doanh nghiệp TW")).toBe("TW-DN");
    expect(codeOf(REGISTRY_2022, "Công an Trung ương")).toBe("TW-CA");
    expect(codeOf(REGISTRY_2025, "Thừa Thiên Huế")).toBe("46");
    expect(codeOf(REGISTRY_2025, "Đảng ủy Mặt trận Tổ quốc các đoàn thể Trung ương")).toBe("TW-MT");
  });

  it("accepts old tone placement", () => {
    expect(codeOf(REGISTRY_2022, "Hoà Bình")).toBe("17");
    expect(codeOf(REGISTRY_2022, "Khánh Hoà")).toBe("56");
    expect(codeOf(REGISTRY_2022, "Tỉnh uỷ Thanh Hoá")).toBe("38");
  });

  it("reports unknown names with the registry", () => {
    const r = findUnit(REGISTRY_2022, "Hà Tây");
    expect(r).toEqual({
      finding: {
        code: "unit.unknown",
        severity: "error",
        path: {},
        params: { name: "Hà Tây", registry: "vn-2022", registryTitle: REGISTRY_2022.title },
      },
    });
    expect("finding" in findUnit(REGISTRY_2022, "")).toBe(true);
    // A name without diacritics is accepted (see "findUnit without diacritics").
    const hn = findUnit(REGISTRY_2022, "Ha Noi");
    expect("unit" in hn && hn.unit.code).toBe("01");
  });

  it("reports TCVN3 text instead of matching it, with the unit it names", () => {
    const r = findUnit(REGISTRY_2022, "Hµ Néi");
    expect("finding" in r && r.finding.code).toBe("unit.tcvn3");
    expect("finding" in r && r.suggestion?.code).toBe("01");
    expect("finding" in r && r.finding.params).toMatchObject({ name: "Hµ Néi", decoded: "Hà Nội", suggestion: "01", registry: "vn-2022" });
    const central = findUnit(REGISTRY_2022, unicodeToTcvn3("Đảng ủy Công an Trung ương"));
    expect("finding" in central && central.finding.code).toBe("unit.tcvn3");
    expect("finding" in central && central.suggestion?.code).toBe("TW-CA");
    for (const u of REGISTRY_2022.units) {
      const encoded = unicodeToTcvn3(u.officialName);
      const found = findUnit(REGISTRY_2022, encoded);
      expect("finding" in found && found.finding.code, encoded).toBe("unit.tcvn3");
      expect("finding" in found && found.suggestion?.code, encoded).toBe(u.code);
    }
  });

  it("reports TCVN3 even when the decoded name is unknown", () => {
    const r = findUnit(REGISTRY_2022, unicodeToTcvn3("Tỉnh ủy Hà Tây"));
    expect("finding" in r && r.finding.code).toBe("unit.tcvn3");
    expect("finding" in r && r.suggestion).toBeUndefined();
  });
});

describe("findUnit without diacritics", () => {
  it("accepts a name typed without diacritics, with or without the party committee's prefix", () => {
    for (const text of ["quang ngai", "Quang Ngai", "Tinh uy Quang Ngai", "QUANG NGAI"]) {
      const r = findUnit(REGISTRY_2025, text);
      expect("unit" in r && r.unit.code).toBe("51");
    }
    const hcm = findUnit(REGISTRY_2022, "thanh pho ho chi minh");
    expect("unit" in hcm && hcm.unit.code).toBe("79");
    const dn = findUnit(REGISTRY_2022, "dak nong");
    expect("unit" in dn && dn.unit.code).toBe("67");
  });

  it("tells Hà Nam from Hà Nội and refuses what names no unit", () => {
    const r = findUnit(REGISTRY_2022, "ha nam");
    expect("unit" in r && r.unit.code).toBe("35");
    expect("finding" in findUnit(REGISTRY_2022, "ha tay")).toBe(true);
  });
});

describe("findUnitForPeriod", () => {
  const registries = builtinRegistries();

  it("uses the registry of the period end", () => {
    const h1 = findUnitForPeriod(registries, periodOrThrow("2025-H1"), "Hà Giang");
    expect("unit" in h1 && [h1.unit.code, h1.registry.id]).toEqual(["02", "vn-2022"]);
    const y = findUnitForPeriod(registries, periodOrThrow("2025-Y"), "Tuyên Quang");
    expect("unit" in y && [y.unit.code, y.registry.id]).toEqual(["08", "vn-2025"]);
  });

  it("rejects a unit of another registry, naming the period's registry", () => {
    const r = findUnitForPeriod(registries, periodOrThrow("2025-Y"), "Hà Giang");
    expect("finding" in r && r.finding.code).toBe("unit.not_in_registry_for_period");
    expect("finding" in r && r.finding.params).toMatchObject({
      name: "Hà Giang",
      period: "2025-Y",
      periodLabel: "năm 2025",
      registry: "vn-2025",
      foundIn: "vn-2022",
      foundUnit: "02",
    });
    const h1 = findUnitForPeriod(registries, periodOrThrow("2024-Y"), "Đảng ủy Chính phủ");
    expect("finding" in h1 && h1.finding.params).toMatchObject({ registry: "vn-2022", foundIn: "vn-2025", foundUnit: "TW-CP" });
  });

  it("answers an old name with the unit it was merged into, and when", async () => {
    const { formatFinding } = await import("../messages/format-finding.js");
    const r = findUnitForPeriod(registries, periodOrThrow("2026-Y"), "Kon Tum");
    expect("finding" in r && r.finding.params).toMatchObject({ foundUnit: "62", successor: "51", successorName: "Quảng Ngãi", successorFrom: "2025-07-01" });
    if (!("finding" in r)) throw new Error("expected a finding");
    expect(formatFinding(r.finding)).toBe("Kon Tum đã hợp nhất vào Quảng Ngãi (mã 51) từ 01/7/2025; báo cáo năm 2026 ghi đơn vị Quảng Ngãi.");
    expect(formatFinding(r.finding, { locale: "en" })).toBe("Kon Tum was merged into Quảng Ngãi (code 51) on 2025-07-01; for 2026-Y use Quảng Ngãi.");
    // Typed without diacritics too; a later unit looked up for an earlier period has no successor.
    const plain = findUnitForPeriod(registries, periodOrThrow("2026-Y"), "kon tum");
    expect("finding" in plain && plain.finding.params["successor"]).toBe("51");
    const earlier = findUnitForPeriod(registries, periodOrThrow("2024-Y"), "Đảng ủy Chính phủ");
    expect("finding" in earlier && earlier.finding.params["successor"]).toBeUndefined();
  });

  it("reports names unknown everywhere as unit.unknown with the period", () => {
    const r = findUnitForPeriod(registries, periodOrThrow("2023-Q2"), "Hà Tây");
    expect("finding" in r && r.finding.code).toBe("unit.unknown");
    expect("finding" in r && r.finding.params).toMatchObject({ registry: "vn-2022", period: "2023-Q2", periodLabel: "quý II năm 2023" });
  });
});
