import { ROLE_STYLES } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import { ROLE_FORMATS } from "./role-format.js";

const HORIZONTAL: Record<string, string> = { left: "Left", center: "Center", right: "Right" };

describe("ROLE_FORMATS", () => {
  it("looks like the xlsx templates, role by role", () => {
    expect(Object.keys(ROLE_FORMATS).sort()).toEqual(Object.keys(ROLE_STYLES).sort());
    for (const [role, style] of Object.entries(ROLE_STYLES)) {
      const ours = ROLE_FORMATS[role as keyof typeof ROLE_FORMATS];
      expect(ours.font, role).toEqual({
        name: style.font.name,
        size: style.font.size,
        bold: style.font.bold ?? false,
        italic: style.font.italic ?? false,
        underline: Boolean(style.font.underline),
      });
      expect(ours.horizontal, role).toBe(HORIZONTAL[String(style.alignment.horizontal)]);
      expect(ours.vertical, role).toBe(style.alignment.vertical === "middle" ? "Center" : undefined);
      expect(ours.wrap, role).toBe(style.alignment.wrapText ?? false);
      const fill = style.fill && "fgColor" in style.fill ? `#${String(style.fill.fgColor?.argb).slice(2)}` : undefined;
      expect(ours.fill, role).toBe(fill);
      expect(ours.box, role).toBe(style.border !== undefined);
    }
  });
});
