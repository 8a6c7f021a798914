import { describe, expect, it } from "vitest";
import { CELL_CUT_MARK, EXCEL_MAX_CELL_CHARS, cutText, neutralizeText, quoteText, xmlSafeText } from "./index.js";

/** The XML 1.0 Char production, as a checker independent of the cleaner's own pattern. */
function allXml10(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return false;
  }
  return true;
}

describe("xmlSafeText", () => {
  it("turns Word's line and page breaks into line breaks and removes other forbidden characters", () => {
    expect(xmlSafeText("Tỉnh ủy\vHà Nội")).toBe("Tỉnh ủy\nHà Nội");
    expect(xmlSafeText("a\fb")).toBe("a\nb");
    expect(xmlSafeText("a\u0000b\u0001c\u001fd\uFFFEe\uFFFFf")).toBe("abcdef");
    expect(xmlSafeText("lẻ \uD800 loi \uDC00.")).toBe("lẻ  loi .");
  });

  it("keeps tabs, line breaks, Vietnamese and characters beyond the BMP as they are", () => {
    const text = "Mã số\t01\r\nĐảng bộ 😀 𠀀";
    expect(xmlSafeText(text)).toBe(text);
  });

  it("leaves every character of the result allowed by XML 1.0", () => {
    let all = "";
    for (let c = 0; c < 0x10000; c += 1) all += String.fromCharCode(c);
    expect(allXml10(all)).toBe(false);
    expect(allXml10(xmlSafeText(all))).toBe(true);
  });
});

describe("cutText and quoteText", () => {
  it("cut with the mark inside the limit, never splitting a surrogate pair", () => {
    expect(cutText("abcdef", 6, "…")).toBe("abcdef");
    expect(cutText("abcdefg", 6, "…")).toBe("abcde…");
    expect(cutText("abcd😀ef", 6, "…")).toBe("abcd…");
  });

  it("quotes at most 200 characters of a cell, with a visible cut", () => {
    const quoted = quoteText("x".repeat(50_000_000));
    expect(quoted).toHaveLength(200);
    expect(quoted.endsWith("…")).toBe(true);
    expect(quoteText("1.019")).toBe("1.019");
  });
});

describe("neutralizeText", () => {
  it("neutralises formula-like text as before", () => {
    expect(neutralizeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralizeText("-1")).toBe("'-1");
    expect(neutralizeText("Thành ủy Hà Nội")).toBe("Thành ủy Hà Nội");
  });

  it("cleans first, so a control character cannot hide a formula", () => {
    expect(neutralizeText("\u0001=1+1")).toBe("'=1+1");
    expect(neutralizeText("Ghi chú_x000B_".replace("_x000B_", "\v"))).toBe("Ghi chú\n");
  });

  it("cuts text longer than Excel's 32,767 characters with a visible mark", () => {
    const cut = neutralizeText("Đ".repeat(100_000));
    expect(cut).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(cut.endsWith(CELL_CUT_MARK)).toBe(true);
    expect(CELL_CUT_MARK).toBe("… [đã cắt bớt]");
    expect(neutralizeText("=".repeat(40_000))).toHaveLength(EXCEL_MAX_CELL_CHARS);
  });
});
