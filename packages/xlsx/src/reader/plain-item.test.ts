import { describe, expect, it } from "vitest";
import { PlainItemScanner } from "./plain-item.js";
import { readRichText } from "./shared-strings.js";
import { XML_OPEN, XmlReader } from "./xml-reader.js";

/** What the tokenizer path makes of the item: its text, or its error. */
function tokenized(item: string): string {
  const x = new XmlReader(`${item}<si/>`, "sst.xml");
  try {
    if (x.next() !== XML_OPEN) return "not an element";
    return readRichText(x);
  } catch (error) {
    return String(error);
  }
}

const ITEMS = [
  "<si><t>Mã số</t></si>",
  "<si><t></t></si>",
  "<si><t>a &amp; b &lt;c&gt; &#273;&#x1EA1;</t></si>",
  "<si><t>line\r\nend\rlone</t></si>",
  "<si><t>_x000D_ and _x005F_x0041_</t></si>",
  "<si><t>&bad;</t></si>",
  "<si><t>&#0;</t></si>",
  '<si><t xml:space="preserve"> a </t></si>',
  "<si><r><t>a</t></r><r><t>b</t></r></si>",
  "<si><t>a</t><rPh><t>b</t></rPh></si>",
  "<si><t>a<!-- c --></t></si>",
  "<si><t><![CDATA[x]]></t></si>",
  "<si><t>a</t></si >",
  "<si ><t>a</t></si>",
  "<x:si><t>a</t></x:si>",
  "<si><t>a</t>",
];

describe("the plain shared string item scanner", () => {
  it.each(ITEMS)("reads %s only as the tokenizer reads it", (item) => {
    const scanner = new PlainItemScanner();
    const end = scanner.scan(`${item}<si/>`, 0);
    if (end < 0) return;
    expect(end).toBe(item.length);
    expect(scanner.text).toBe(tokenized(item));
  });

  it("takes the plain items and leaves the others to the tokenizer", () => {
    const taken = ITEMS.map((item) => new PlainItemScanner().scan(item, 0) >= 0);
    expect(taken).toEqual([true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false]);
  });
});
