import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/index.js";
import { annexFigures } from "./annex-figures.js";
import { figuresText } from "./figures-text.js";
import type { Submission } from "./submission.js";

const catalogue = catalogue2022();
const submission: Submission = {
  annexes: { PL05: annexFigures("PL05", { "01": [120], "02": [100], "03": [20], "04": [83.3] }, { numberFormats: { "04.1": "0.0" } }) },
};

describe("figuresText", () => {
  it("writes one tagged line per declared cell, in catalogue order", () => {
    const text = figuresText(submission, catalogue);
    expect(text).toBe("PL05\t01.1\tn:120\t\nPL05\t02.1\tn:100\t\nPL05\t03.1\tn:20\t\nPL05\t04.1\tn:83.3\t0.0\n");
  });

  it("tells text, empties and errors apart and compares names in NFC", () => {
    const odd: Submission = {
      annexes: { PL05: annexFigures("PL05", { "01": ["1.019"], "02": [null], "03": [{ error: "#REF!" }], "04": ["Quả\u0301ng".normalize("NFD")] }) },
    };
    expect(figuresText(odd, catalogue).split("\n").slice(0, 4)).toEqual([
      "PL05\t01.1\ts:1.019\t",
      "PL05\t02.1\t\t",
      "PL05\t03.1\te:#REF!\t",
      `PL05\t04.1\ts:${"Quả\u0301ng".normalize("NFC")}\t`,
    ]);
  });
});
