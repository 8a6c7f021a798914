import { createHash } from "node:crypto";
import { annexFigures, catalogue2022, figuresText, sampleSubmission, type Submission } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { figuresHash } from "./figures-hash.js";

const catalogue = catalogue2022();
const submission: Submission = {
  annexes: { PL05: annexFigures("PL05", { "01": [120], "02": [100], "03": [20], "04": [83.3] }, { numberFormats: { "04.1": "0.0" } }) },
};

describe("figuresHash", () => {
  it("is the SHA-256 of core's figures text, through Web Crypto", async () => {
    const expected = createHash("sha256").update(figuresText(submission, catalogue), "utf8").digest("hex");
    expect(await figuresHash(submission, catalogue)).toBe(expected);
  });

  it("stays the hash stamped by earlier versions for the same figures", async () => {
    // Pinned before figuresText moved from the add-in to @phuluc/core: files
    // already stamped must keep verifying.
    const sample = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
    // The figures as those versions wrote them: number formats without the Vietnamese tag forms carry now.
    for (const annex of Object.values(sample.annexes))
      for (const cell of Object.values(annex?.cells ?? {})) if (cell.numberFormat) cell.numberFormat = cell.numberFormat.replace("[$-42A]", "");
    expect(await figuresHash(sample, catalogue)).toBe("bf439bfc40319617bd8d9897dca61cdc9012550964293e9a8515fabfe20a3ad3");
  });
});
