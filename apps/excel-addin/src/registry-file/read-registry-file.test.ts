import { describe, expect, it } from "vitest";
import { districtRegistry as registry } from "../test-support/district-registry.js";
import { readRegistryFile } from "./read-registry-file.js";

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
