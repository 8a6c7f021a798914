import { REGISTRY_2022, REGISTRY_2025 } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { fold, searchUnits } from "./unit-search.js";

const names = (query: string, registry = REGISTRY_2022) => searchUnits(registry.units, query).map((u) => u.name);

describe("searchUnits", () => {
  it("finds units typed with or without diacritics, by name, official name or code", () => {
    expect(names("quang ngai")).toEqual(["Quảng Ngãi"]);
    expect(names("Quảng Ngãi".normalize("NFD"))).toEqual(["Quảng Ngãi"]);
    expect(names("51")).toEqual(["Quảng Ngãi"]);
    expect(names("tinh uy dak")).toEqual(expect.arrayContaining(["Đắk Lắk", "Đắk Nông"]));
    expect(names("quang")).toEqual(["Quảng Ninh", "Quảng Bình", "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Tuyên Quang"]);
  });

  it("keeps the registry's order for an empty query and lists the units of the period's registry", () => {
    expect(searchUnits(REGISTRY_2022.units, "")).toHaveLength(67);
    expect(names("ha giang", REGISTRY_2025)).toEqual([]);
    expect(fold("Đảng ủy Công an Trung ương")).toBe("dang uy cong an trung uong");
  });
});
