import { describe, expect, it } from "vitest";
import { asciiSlug, exportFileName } from "./export-file-name.js";

describe("exportFileName", () => {
  it("names the file from period, unit code and the unit's name without diacritics", () => {
    expect(exportFileName("2022-Y", "51", "Quảng Ngãi")).toBe("PL_2022-Y_51_Quang-Ngai.xlsx");
    expect(exportFileName("2022-H1", "TW-CA", "Đảng ủy Công an Trung ương")).toBe("PL_2022-H1_TW-CA_Dang-uy-Cong-an-Trung-uong.xlsx");
  });

  it("handles NFD input, đ/Đ and stray punctuation", () => {
    expect(asciiSlug("Đắk Lắk".normalize("NFD"))).toBe("Dak-Lak");
    expect(asciiSlug(" Bà Rịa – Vũng Tàu ")).toBe("Ba-Ria-Vung-Tau");
    expect(asciiSlug("Thừa Thiên Huế")).toBe("Thua-Thien-Hue");
  });
});
