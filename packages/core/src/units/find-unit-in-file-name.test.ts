import { describe, expect, it } from "vitest";
import { REGISTRY_2022 } from "./builtin-registries.js";
import { findUnitInFileName } from "./find-unit-in-file-name.js";

const code = (file: string) => findUnitInFileName(REGISTRY_2022, file)?.code;

describe("findUnitInFileName", () => {
  it("reads the unit from the leading code or the name, with or without diacritics", () => {
    expect(code("60-binh-thuan.ods")).toBe("60");
    expect(code("thu-dien-tu/60-binh-thuan.xls")).toBe("60");
    expect(code("Báo cáo Bình Thuận năm 2022.xlsx")).toBe("60");
    expect(code("bao_cao_binh_thuan.xlsx")).toBe("60");
    expect(code("79-thanh-pho-ho-chi-minh.xlsx")).toBe("79");
    expect(code("TW-CA-dang-uy-cong-an-trung-uong.xlsx")).toBe("TW-CA");
    expect(code("30-hai-duong-ban-sua.xlsx")).toBe("30");
  });

  it("tells Hà Nam from Hà Nội and names nobody when unsure", () => {
    expect(code("ha-nam.xlsx")).toBe("35");
    expect(code("danh-sach-can-bo.xlsx")).toBeUndefined();
    expect(code("ghi-chu.txt")).toBeUndefined();
    // Two units named, or a code and a name that disagree.
    expect(code("ha-noi-va-hai-phong.xlsx")).toBeUndefined();
    expect(code("60-bac-lieu.xlsx")).toBeUndefined();
  });
});
