import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { validate } from "../engine/validate.js";
import { formatFinding } from "../messages/format-finding.js";
import { annexFigures } from "../submission/annex-figures.js";
import { describeValue, expectBytes, expectPeriod, expectUnit } from "./argument-error.js";

// What a JavaScript caller without a type checker may pass.
const js = <F>(f: F) => f as unknown as (...args: unknown[]) => unknown;

describe("argument checks for JavaScript callers", () => {
  it("describes values briefly", () => {
    expect(describeValue("x".repeat(50))).toBe(`string "${"x".repeat(40)}…"`);
    expect(describeValue([1])).toBe("object Array");
    expect(describeValue(Number.NaN)).toBe("number NaN");
    expect(describeValue(Object.create(null))).toBe("object");
  });

  it("validate names a wrong submission, catalogue or options", () => {
    const catalogue = catalogue2022();
    expect(() => js(validate)(undefined, catalogue)).toThrow(
      new TypeError("validate: submission must be a submission object with an `annexes` object ({ annexes: { PL01: annexFigures(…) } }); got undefined."),
    );
    expect(() => js(validate)({ annexes: {} }, "2022.1")).toThrow(
      new TypeError('validate: catalogue must be a catalogue (as the library\'s catalogue functions return it); got string "2022.1".'),
    );
    expect(() => js(validate)({ annexes: {} }, catalogue, "unit")).toThrow(/^validate: options must be an object; got string "unit"\.$/);
    expect(validate({ annexes: { PL07: annexFigures("PL07", { "01": [1], "02": [2] }) } }, catalogue).errors).toBe(0);
  });

  it("formatFinding names a wrong finding, code or locale", () => {
    expect(() => js(formatFinding)("rule.sum")).toThrow(
      /^formatFinding: finding must be a finding \(\{ code, severity, path, params \}\); got string "rule\.sum"\.$/,
    );
    expect(() => js(formatFinding)({ code: "nope", severity: "error", path: {}, params: {} })).toThrow(
      new TypeError('formatFinding: finding.code must be a code of FINDING_CODES; got string "nope".'),
    );
    expect(() => js(formatFinding)({ code: "file.not_zip", severity: "error", path: {}, params: {} }, { locale: "fr" })).toThrow(
      /options\.locale must be "vi" or "en"/,
    );
  });

  it("a period id or a parse result is not a Period", () => {
    expect(() => expectPeriod("buildTemplate", "options.period", "2022-Y")).toThrow(/^buildTemplate: options\.period must be a Period object/);
    expect(() => expectPeriod("f", "p", { period: { id: "2022-Y" } })).toThrow(TypeError);
    expect(() => expectPeriod("f", "p", { id: "2022-Y", kind: "Y", year: 2022 })).not.toThrow();
  });

  it("units and bytes", () => {
    expect(() => expectUnit("f", "unit", "01")).toThrow(/unit must be a reporting unit/);
    expect(() => expectBytes("f", "bytes", new ArrayBuffer(2))).toThrow(/wrap an ArrayBuffer: new Uint8Array\(buffer\)/);
    expect(() => expectBytes("f", "bytes", new Uint8Array(2))).not.toThrow();
  });
});
