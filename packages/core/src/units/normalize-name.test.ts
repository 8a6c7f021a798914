import { describe, expect, it } from "vitest";
import { nameKeys, normalizeName, normalizeTonePlacement } from "./index.js";

describe("normalizeName", () => {
  it("folds NFD, case and spaces", () => {
    expect(normalizeName("  HÀ   NỘI ")).toBe("hà nội");
    expect(normalizeName("Hà Nội".normalize("NFD"))).toBe("hà nội");
    expect(normalizeName("Hà\u00a0Nội")).toBe("hà nội");
    expect(normalizeName("Hà Nội")).toBe(normalizeName("Hà Nội").normalize("NFC"));
  });

  it("reads dashes as spaces", () => {
    expect(normalizeName("Bà Rịa - Vũng Tàu")).toBe("bà rịa vũng tàu");
    expect(normalizeName("Bà Rịa–Vũng Tàu")).toBe("bà rịa vũng tàu");
  });

  it("gives old and new tone placement the same form", () => {
    expect(normalizeName("Hoà Bình")).toBe(normalizeName("Hòa Bình"));
    expect(normalizeName("Khánh Hoà")).toBe(normalizeName("Khánh Hòa"));
    expect(normalizeName("Thanh Hoá")).toBe(normalizeName("Thanh Hóa"));
    expect(normalizeName("Đảng uỷ")).toBe(normalizeName("Đảng ủy"));
    expect(normalizeName("khoẻ")).toBe(normalizeName("khỏe"));
  });

  it("leaves syllables whose tone position is fixed alone", () => {
    expect(normalizeTonePlacement("quý")).toBe("quý");
    expect(normalizeTonePlacement("Hoàng")).toBe("Hoàng");
    expect(normalizeTonePlacement("tuyết")).toBe("tuyết");
    expect(normalizeTonePlacement("Nội")).toBe("Nội");
    expect(normalizeTonePlacement("Thủy")).toBe("Thuỷ");
  });
});

describe("nameKeys", () => {
  it("strips party-committee and city prefixes one at a time", () => {
    expect(nameKeys("Thành ủy Thành phố Hồ Chí Minh")).toEqual(["thành uỷ thành phố hồ chí minh", "thành phố hồ chí minh", "hồ chí minh"]);
    expect(nameKeys("TP.HCM")).toEqual(["tp.hcm", "hcm"]);
    expect(nameKeys("Tỉnh ủy Hà Giang")).toEqual(["tỉnh uỷ hà giang", "hà giang"]);
  });

  it("expands TW and drops commas", () => {
    expect(nameKeys("Đảng ủy Công an TW")[0]).toBe("đảng uỷ công an trung ương");
    expect(nameKeys("Mặt trận Tổ quốc, các đoàn thể")[0]).toBe("mặt trận tổ quốc các đoàn thể");
  });

  it("does not strip a prefix that is only the start of a word", () => {
    expect(nameKeys("Tỉnhxyz")).toEqual(["tỉnhxyz"]);
  });
});
