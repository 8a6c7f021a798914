import { describe, expect, it } from "vitest";
import { relationshipsPartOf, resolveTarget } from "./part-paths.js";
import type { Relationship } from "./relationships.js";
import { errorOf } from "./test-support/read-error.js";

const rel = (target: string, external = false): Relationship => ({ id: "rId1", type: "t/worksheet", target, external });

describe("part paths", () => {
  it("names the relationships part of a part and of the package", () => {
    expect(relationshipsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relationshipsPartOf("book.xml")).toBe("_rels/book.xml.rels");
    expect(relationshipsPartOf("")).toBe("_rels/.rels");
  });

  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "./worksheets/./sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "../sheets/sheet1.xml", "sheets/sheet1.xml"],
    ["xl/workbook.xml", "worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "worksheets/sheet%201.xml", "xl/worksheets/sheet 1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["", "/custom/book.xml", "custom/book.xml"],
  ])("resolves %j + %j to %j", (source, target, expected) => {
    expect(resolveTarget(source, rel(target))).toBe(expected);
  });

  it.each([
    ["xl/workbook.xml", "../../evil.xml", "target_outside_package"],
    ["xl/workbook.xml", "/../evil.xml", "target_outside_package"],
    ["", "../workbook.xml", "target_outside_package"],
    ["xl/workbook.xml", "http://example.com/sheet1.xml", "external_target"],
    ["xl/workbook.xml", "file:///etc/passwd", "external_target"],
    ["xl/workbook.xml", "//server/share/sheet1.xml", "external_target"],
    ["xl/workbook.xml", "\\\\server\\share\\sheet1.xml", "external_target"],
    ["xl/workbook.xml", "C:\\sheet1.xml", "external_target"],
    ["xl/workbook.xml", "%E0%A4%A.xml", "bad_target"],
    ["xl/workbook.xml", "..", "bad_target"],
  ])("refuses %j + %j (%s)", (source, target, reason) => {
    expect(errorOf(() => resolveTarget(source, rel(target)))).toEqual({ code: "file.corrupt", params: { reason, target } });
  });

  it("refuses TargetMode=External whatever the target looks like", () => {
    expect(errorOf(() => resolveTarget("xl/workbook.xml", rel("worksheets/sheet1.xml", true)))).toEqual({
      code: "file.corrupt",
      params: { reason: "external_target", target: "worksheets/sheet1.xml" },
    });
  });
});
