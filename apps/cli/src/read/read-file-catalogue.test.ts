import { join } from "node:path";
import { catalogue2025, canonical } from "@phuluc/core";
import { planInputs } from "@phuluc/fixtures/plan";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../e2e/run-built.js";
import { figureLayout, unpackAnnexInputs } from "@phuluc/consolidate";
import { readOneFile } from "./read-file.js";
import { makeReadSetup } from "./check-read-setup.js";

describe("readOneFile and the catalogue of the file's period", () => {
  it("packs a file of another catalogue's period in that catalogue's layout, and says which", async () => {
    // The command's catalogue is 2022.1 (a --previous of 2024 reads with it first); the file is of 2025-Y, catalogue 2025.2.
    const setup = await makeReadSetup({ catalogueVersion: "2022.1" });
    const read = await readOneFile({ path: join(FIXTURES, "2025-Y", "04-cao-bang.xlsx"), file: "04-cao-bang.xlsx" }, setup);
    expect(read.errors).toBe(0);
    expect(read.catalogueVersion).toBe("2025.2");
    const inputs = unpackAnnexInputs(figureLayout(catalogue2025()), read.figures!, "PL06");
    const planned = planInputs("04", "2025-Y").get("PL06")!;
    expect(new Map([...inputs].map(([k, v]) => [k, canonical(v)]))).toEqual(new Map([...planned].map(([k, v]) => [k, canonical(v)])));
  });
});
