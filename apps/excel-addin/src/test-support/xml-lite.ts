/**
 * A strict little XML reader for checking the manifest offline: elements,
 * attributes, text, comments, the declaration. Anything not well-formed
 * throws with its offset.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function unescapeXml(raw: string, at: number): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`Bad entity near ${at}`);
  if (raw.includes("<")) throw new Error(`Raw < near ${at}`);
  return raw.replace(ENTITY, (e) => {
    const map: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
    if (map[e]) return map[e] ?? "";
    return String.fromCodePoint(e.startsWith("&#x") ? parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1)));
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}`);
  };
  const skipMisc = (): void => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(i))?.[0] ?? "";
      i += ws.length;
      if (source.startsWith("<!--", i)) {
        const end = source.indexOf("-->", i + 4);
        if (end < 0) fail("Unclosed comment");
        if (source.slice(i + 4, end).includes("--")) fail("-- inside comment");
        i = end + 3;
      } else return;
    }
  };
  if (source.startsWith("<?xml")) {
    const end = source.indexOf("?>");
    if (end < 0) fail("Unclosed declaration");
    i = end + 2;
  }
  skipMisc();

  const element = (): XmlElement => {
    if (source[i] !== "<") fail("Expected <");
    i++;
    const name = NAME.exec(source.slice(i))?.[0] ?? fail("Expected element name");
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(source.slice(i))?.[0] ?? "";
      i += ws.length;
      if (source.startsWith("/>", i)) {
        i += 2;
        return { name, attrs, children: [], text: "" };
      }
      if (source[i] === ">") {
        i++;
        break;
      }
      if (!ws) fail("Expected space before attribute");
      const attr = NAME.exec(source.slice(i))?.[0] ?? fail("Expected attribute name");
      i += attr.length;
      const m = /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(i)) ?? fail(`Attribute ${attr} needs a quoted value`);
      if (attr in attrs) fail(`Duplicate attribute ${attr}`);
      attrs[attr] = unescapeXml(m[2] ?? m[3] ?? "", i);
      i += m[0].length;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      const next = source.indexOf("<", i);
      if (next < 0) fail(`Unclosed <${name}>`);
      text += unescapeXml(source.slice(i, next), i);
      i = next;
      if (source.startsWith("<!--", i)) skipMisc();
      else if (source.startsWith("</", i)) {
        const close = /^<\/([^\s>]+)\s*>/.exec(source.slice(i)) ?? fail("Bad closing tag");
        if (close[1] !== name) fail(`</${close[1]}> closes <${name}>`);
        i += close[0].length;
        return { name, attrs, children, text: text.trim() };
      } else children.push(element());
    }
  };

  const root = element();
  skipMisc();
  if (i !== source.length) fail("Content after the root element");
  return root;
}

/** Every element in document order. */
export function walk(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(walk)];
}
