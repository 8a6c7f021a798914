import { describe, expect, it } from "vitest";
import { readRegistryFile } from "./read-registry-file.js";

const registry = {
  id: "qn-huyen",
  title: "Danh mục huyện ủy Quảng Ngãi",
  validFrom: null,
  validTo: null,
  units: [
    { code: "51-BS", name: "Bình Sơn", officialName: "Huyện ủy Bình Sơn", kind: "province" },
    { code: "51-SH", name: "Sơn Hà", officialName: "Huyện ủy Sơn Hà", kind: "province" },
  ],
  groupings: [{ id: "vung", name: "Vùng", groups: [{ code: "DB", name: "Đồng bằng", units: ["51-BS", "51-SH"] }] }],
};

describe("readRegistryFile", () => {
  it("takes a registry file", () => {
    const reading = readRegistryFile(JSON.stringify(registry));
    expect("registry" in reading && reading.registry.units.map((u) => u.code)).toEqual(["51-BS", "51-SH"]);
  });

  it("tells a file that is no JSON from a registry that is wrong, with core's Vietnamese reason", () => {
    expect(readRegistryFile("không phải JSON")).toEqual({ problem: "not-json" });
    const wrong = readRegistryFile(JSON.stringify({ ...registry, units: [...registry.units, registry.units[0]] }));
    expect(wrong).toMatchObject({ problem: "invalid", why: expect.stringMatching(/^Danh mục đơn vị "qn-huyen" không hợp lệ/) });
  });
});
