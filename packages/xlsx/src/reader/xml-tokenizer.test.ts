import { describe, expect, it } from "vitest";
import { errorOf } from "./test-support/read-error.js";
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlReader } from "./xml-reader.js";

/** Tokens as readable strings; attribute values for the given names. */
function tokens(xml: string, attrNames: string[] = []): string[] {
  const x = new XmlReader(xml, "test.xml");
  const out: string[] = [];
  for (;;) {
    const token = x.next();
    if (token === XML_END) return out;
    if (token === XML_OPEN) {
      const attrs = attrNames.flatMap((name) => {
        const value = x.attr(name);
        return value === undefined ? [] : [`${name}=${value}`];
      });
      out.push(`<${x.name}${attrs.length ? ` ${attrs.join(" ")}` : ""}${x.selfClosing ? "/" : ""}>`);
    } else if (token === XML_CLOSE) out.push(`</${x.name}>`);
    else if (token === XML_TEXT) out.push(JSON.stringify(x.text()));
  }
}

describe("XmlTokenizer", () => {
  it("skips the declaration, comments and processing instructions", () => {
    expect(tokens('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- a > b --><a><?pi x?><b/></a><!-- end -->')).toEqual([
      '"\\n"',
      "<a>",
      "<b/>",
      "</b>",
      "</a>",
    ]);
  });

  it("reports local names for prefixed elements and attributes, and hides namespace declarations", () => {
    const xml = '<x:worksheet xmlns:x="urn:x" xmlns="urn:d" xmlns:r="urn:r"><x:c r="A1" x:s="2" r:id="rId1"/></x:worksheet>';
    expect(tokens(xml, ["r", "s", "id", "x", "xmlns"])).toEqual(["<worksheet>", "<c r=A1 s=2 id=rId1/>", "</c>", "</worksheet>"]);
  });

  it("reads both quote kinds, whitespace around '=' and inside tags", () => {
    expect(tokens(`<a one='1"' two = "2'" \n three\t=\r\n'3' ></a >`, ["one", "two", "three"])).toEqual([`<a one=1" two=2' three=3>`, "</a>"]);
  });

  it("decodes the predefined entities and numeric character references", () => {
    expect(tokens('<t a="&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;">&lt;b&gt; &amp; &#x4E2D;&#25991; &#xa;</t>', ["a"])).toEqual([
      `<t a=<>&"'A😀>`,
      JSON.stringify("<b> & 中文 \n"),
      "</t>",
    ]);
  });

  it("keeps CDATA verbatim", () => {
    expect(tokens("<t>a<![CDATA[<b>&amp;]]>c</t>")).toEqual(["<t>", '"a"', '"<b>&amp;"', '"c"', "</t>"]);
  });

  it("normalises line ends in text and whitespace in attribute values", () => {
    expect(tokens('<t a="x\r\ny\tz&#10;">1\r\n2\r3</t>', ["a"])).toEqual(["<t a=x y z\n>", JSON.stringify("1\n2\n3"), "</t>"]);
  });

  it("refuses a DOCTYPE or any other markup declaration as unsafe", () => {
    const part = "test.xml";
    expect(errorOf(() => tokens('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'))).toEqual({ code: "file.unsafe_xml", params: { part } });
    expect(errorOf(() => tokens('<!DOCTYPE a SYSTEM "http://example.com/a.dtd"><a/>'))).toEqual({ code: "file.unsafe_xml", params: { part } });
    expect(errorOf(() => tokens('<a><!ENTITY x "y"></a>'))).toEqual({ code: "file.unsafe_xml", params: { part } });
    expect(errorOf(() => tokens("<a/><!doctype a>"))).toEqual({ code: "file.unsafe_xml", params: { part } });
  });

  it.each([
    ["<a><b></a>", "mismatched_end_tag", 6],
    ["<a></b>", "mismatched_end_tag", 3],
    ["<a><b>", "unclosed_element", 6],
    ["<a>&nbsp;</a>", "bad_reference", 3],
    ["<a>&#0;</a>", "bad_reference", 3],
    ["<a>&#xD800;</a>", "bad_reference", 3],
    ["<a>& b</a>", "bad_reference", 3],
    ['<a b="1></a>', "bad_attribute", 0],
    ["<a b></a>", "bad_attribute", 0],
    ["<a><!-- x </a>", "unterminated_markup", 3],
    ["<a", "bad_start_tag", 0],
  ])("refuses malformed XML %j as corrupt", (xml, detail, offset) => {
    expect(errorOf(() => tokens(xml))).toEqual({ code: "file.corrupt", params: { reason: "xml", part: "test.xml", detail, offset } });
  });

  it("limits nesting depth", () => {
    const xml = "<a>".repeat(300) + "</a>".repeat(300);
    expect(errorOf(() => tokens(xml)).params.detail).toBe("too_deep");
  });
});

describe("XmlReader", () => {
  it("reads element text through entities, CDATA and comments, and resumes after the end tag", () => {
    const x = new XmlReader('<r><t xml:space="preserve"> a&amp;<![CDATA[<b>]]><!-- c --> d </t><u/></r>', "p");
    expect(x.openRoot()).toBe("r");
    expect(x.next()).toBe(XML_OPEN);
    expect(x.attr("space")).toBe("preserve");
    expect(x.readElementText()).toBe(" a&<b> d ");
    expect(x.next()).toBe(XML_OPEN);
    expect(x.name).toBe("u");
    expect(x.readElementText()).toBe("");
    expect(x.next()).toBe(XML_CLOSE);
    expect(x.name).toBe("r");
    x.expectEnd();
  });

  it("walks direct children, skipping grandchildren", () => {
    const x = new XmlReader("<r><a><a/><b/></a><b>t</b><c/></r>", "p");
    x.openRoot();
    const seen: string[] = [];
    x.forEachChild((name) => {
      seen.push(name);
      x.skipElement();
    });
    expect(seen).toEqual(["a", "b", "c"]);
  });

  it("refuses text before the root and elements after it", () => {
    expect(errorOf(() => new XmlReader("junk<r/>", "p").openRoot()).params.detail).toBe("text_before_root");
    const x = new XmlReader("<r/><s/>", "p");
    x.openRoot();
    x.forEachChild(() => x.skipElement());
    expect(errorOf(() => x.expectEnd()).params.detail).toBe("content_after_root");
  });

  it("consumes a sticky regex match only where it matches", () => {
    const x = new XmlReader('<r><c r="A1"/><d/></r>', "p");
    x.openRoot();
    expect(x.tryMatch(/<d\/>/y)).toBeNull();
    expect(x.tryMatch(/<c r="(\w+)"\/>/y)?.[1]).toBe("A1");
    expect(x.next()).toBe(XML_OPEN);
    expect(x.name).toBe("d");
    expect(x.tryMatch(/<c/y)).toBeNull();
  });
});
