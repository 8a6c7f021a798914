import { describe, expect, it } from "vitest";
import { REGISTRY_2022, REGISTRY_2025, TCVN3_TO_UNICODE, UNICODE_TO_TCVN3, looksLikeTcvn3, tcvn3ToUnicode, unicodeToTcvn3 } from "./index.js";

const VOWELS = "aăâeêioôơuưy";
const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const NAMES = [
  ...REGISTRY_2022.units.flatMap((u) => [u.name, u.officialName]),
  ...REGISTRY_2025.units.flatMap((u) => [u.name, u.officialName]),
  "Đảng ủy Công an Trung ương",
];

describe("TCVN3 table", () => {
  it("has all 67 lower-case letters and the 7 capitals, one byte each", () => {
    expect(TCVN3_TO_UNICODE.size).toBe(74);
    expect(UNICODE_TO_TCVN3.size).toBe(74);
    for (const v of VOWELS) {
      expect(UNICODE_TO_TCVN3.has(v) || "aeiouy".includes(v)).toBe(true);
      for (const t of TONES) expect(UNICODE_TO_TCVN3.has((v + t).normalize("NFC")), v + t).toBe(true);
    }
    for (const c of "ĂÂÊÔƠƯĐđ") expect(UNICODE_TO_TCVN3.has(c)).toBe(true);
    for (const ch of TCVN3_TO_UNICODE.keys()) {
      const code = ch.charCodeAt(0);
      expect(code >= 0xa1 && code <= 0xfe).toBe(true);
    }
  });

  it("decodes the classic examples", () => {
    expect(tcvn3ToUnicode("Hµ Néi")).toBe("Hà Nội");
    expect(tcvn3ToUnicode("Qu¶ng Ng·i")).toBe("Quảng Ngãi");
    expect(tcvn3ToUnicode("§¶ng ñy")).toBe("Đảng ủy");
    expect(tcvn3ToUnicode("§¶ng ñy C«ng an Trung \u00ad¬ng")).toBe("Đảng ủy Công an Trung ương");
    expect(unicodeToTcvn3("Đảng ủy Công an Trung ương")).toBe("§¶ng ñy C«ng an Trung \u00ad¬ng");
  });
});

describe("TCVN3 round trips", () => {
  it("encodes, detects and decodes every unit name", () => {
    for (const name of NAMES) {
      const encoded = unicodeToTcvn3(name);
      expect(tcvn3ToUnicode(encoded), name).toBe(name);
      if (encoded !== name) expect(looksLikeTcvn3(encoded), encoded).toBe(true);
    }
  });

  it("detects text typed with an upper-case ABC font", () => {
    expect(looksLikeTcvn3(unicodeToTcvn3("HÀ NỘI"))).toBe(true);
    expect(tcvn3ToUnicode(unicodeToTcvn3("HÀ NỘI")).toLocaleLowerCase("vi")).toBe("hà nội");
  });
});

describe("looksLikeTcvn3 does not fire on", () => {
  it("Unicode Vietnamese, NFC or NFD, any case", () => {
    for (const name of NAMES) {
      expect(looksLikeTcvn3(name), name).toBe(false);
      expect(looksLikeTcvn3(name.normalize("NFD")), name).toBe(false);
      expect(looksLikeTcvn3(name.toLocaleUpperCase("vi")), name).toBe(false);
    }
  });

  it("plain ASCII and Western text", () => {
    for (const s of ["", "Ha Noi", "PL01", "Tinh uy Ha Noi", "TW-CA", "25°C", "«Cà Mau»", "café", "naïve", "A · B", "§ 3"]) {
      expect(looksLikeTcvn3(s), s).toBe(false);
    }
  });
});

describe("isVietnameseSyllable", () => {
  it("accepts every word of every unit name and rejects symbol soup", async () => {
    const { isVietnameseSyllable } = await import("./index.js");
    for (const name of NAMES) for (const w of name.split(/[\s,-]+/).filter(Boolean)) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ["mauằ", "ôcà", "hãa", "café", "naùve", "hcm"]) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
