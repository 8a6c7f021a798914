import { WorkbookReadError, corrupt } from "./errors.js";
import { decodeXmlText } from "./xml-text.js";

export const XML_END = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlToken = typeof XML_END | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

const MAX_DEPTH = 256;

/**
 * A small pull tokenizer for the SpreadsheetML subset of XML, working on a decoded string.
 * Element and attribute names are reported by local name (prefixes such as `x:` are
 * dropped; namespace declarations are not reported), attribute values are decoded lazily,
 * comments, processing instructions and the XML declaration are skipped, and end tags
 * must match their start tags. Any DOCTYPE or other markup declaration is refused as
 * `file.unsafe_xml`; other malformed input is `file.corrupt`.
 * A self-closing element yields OPEN (with `selfClosing`) followed by CLOSE.
 */
export class XmlTokenizer {
  /** Local name of the element of the current OPEN or CLOSE token. */
  name = "";
  selfClosing = false;
  protected pos = 0;
  protected pendingClose = false;
  protected readonly stack: string[] = [];
  protected readonly localStack: string[] = [];
  protected attrCount = 0;
  private readonly attrName: number[] = [];
  private readonly attrNameEnd: number[] = [];
  private readonly attrValue: number[] = [];
  private readonly attrValueEnd: number[] = [];
  protected textStart = 0;
  protected textEnd = 0;
  private textIsCdata = false;

  constructor(
    protected readonly src: string,
    readonly part: string,
  ) {}

  next(): XmlToken {
    if (this.pendingClose) {
      this.pendingClose = false;
      return XML_CLOSE;
    }
    const s = this.src;
    for (;;) {
      const p = this.pos;
      if (p >= s.length) {
        if (this.stack.length > 0) throw this.fail("unclosed_element");
        return XML_END;
      }
      if (s.charCodeAt(p) !== 60 /* < */) {
        let lt = s.indexOf("<", p);
        if (lt < 0) lt = s.length;
        this.textStart = p;
        this.textEnd = lt;
        this.textIsCdata = false;
        this.pos = lt;
        return XML_TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 47 /* / */) return this.readEndTag(p);
      if (c1 === 63 /* ? */) {
        this.pos = this.after("?>", p + 2);
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", p)) {
          this.pos = this.after("-->", p + 4);
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const end = this.after("]]>", p + 9);
          this.textStart = p + 9;
          this.textEnd = end - 3;
          this.textIsCdata = true;
          this.pos = end;
          return XML_TEXT;
        }
        // <!DOCTYPE, <!ENTITY, <!ELEMENT ...: entity expansion and external entities live here.
        throw new WorkbookReadError("file.unsafe_xml", { part: this.part });
      }
      return this.readStartTag(p);
    }
  }

  /** Value of the attribute with this local name on the current OPEN element. */
  attr(localName: string): string | undefined {
    const s = this.src;
    const length = localName.length;
    const first = localName.charCodeAt(0);
    for (let k = 0; k < this.attrCount; k++) {
      const start = this.attrName[k] as number;
      if ((this.attrNameEnd[k] as number) - start === length && s.charCodeAt(start) === first && (length === 1 || s.startsWith(localName, start))) {
        return this.attributeValue(k);
      }
    }
    return undefined;
  }

  /** Number of attributes (namespace declarations excluded) of the current OPEN element. */
  get attributeCount(): number {
    return this.attrCount;
  }

  /** Char code of the local name of attribute `k` when that name is one character long, else -1. */
  shortAttributeName(k: number): number {
    const start = this.attrName[k] as number;
    return (this.attrNameEnd[k] as number) - start === 1 ? this.src.charCodeAt(start) : -1;
  }

  /** Decoded value of attribute `k`. */
  attributeValue(k: number): string {
    const value = decodeXmlText(this.src.slice(this.attrValue[k], this.attrValueEnd[k]), true);
    if (value === undefined) throw this.fail("bad_reference", this.attrValue[k]);
    return value;
  }

  /** Decoded text of the current TEXT token. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    if (this.textIsCdata) return raw;
    const value = decodeXmlText(raw, false);
    if (value === undefined) throw this.fail("bad_reference", this.textStart);
    return value;
  }

  /**
   * Runs a hand-written scanner of one element's start tag at the current position: on a
   * match (the position after the tag, never self-closing), the element `qname` is open
   * as after an OPEN token (without attributes to ask for); false otherwise.
   */
  tryOpen(scanner: { scan(src: string, at: number): number }, qname: string): boolean {
    if (this.pendingClose || this.stack.length >= MAX_DEPTH) return false;
    const end = scanner.scan(this.src, this.pos);
    if (end < 0) return false;
    this.pos = end;
    this.name = qname;
    this.selfClosing = false;
    this.attrCount = 0;
    this.stack.push(qname);
    this.localStack.push(qname);
    return true;
  }

  /** A `file.corrupt` error for this part; `offset` defaults to the current position. */
  fail(reason: string, offset = this.pos): WorkbookReadError {
    return corrupt("xml", { part: this.part, detail: reason, offset });
  }

  private after(terminator: string, from: number): number {
    const at = this.src.indexOf(terminator, from);
    if (at < 0) throw this.fail("unterminated_markup");
    return at + terminator.length;
  }

  private readStartTag(p: number): XmlToken {
    const s = this.src;
    const len = s.length;
    let i = p + 1;
    let colon = -1;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c <= 32 || c === 47 || c === 62) break;
      if (c === 58 /* : */) colon = i;
      else if (c === 60 || c === 61 || c === 34 || c === 39) throw this.fail("bad_name", p);
    }
    if (i === p + 1 || i >= len) throw this.fail("bad_start_tag", p);
    const qname = s.slice(p + 1, i);
    const local = colon < 0 ? qname : s.slice(colon + 1, i);

    let count = 0;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
      if (c === 62 /* > */) {
        i++;
        this.selfClosing = false;
        break;
      }
      if (c === 47 /* / */ && s.charCodeAt(i + 1) === 62) {
        i += 2;
        this.selfClosing = true;
        break;
      }
      const nameStart = i;
      let localStart = i;
      for (; i < len; i++) {
        c = s.charCodeAt(i);
        if (c === 61 || c <= 32 || c === 62 || c === 47) break;
        if (c === 58) localStart = i + 1;
        else if (c === 60 || c === 34 || c === 39) throw this.fail("bad_attribute", p);
      }
      if (i === nameStart) throw this.fail("bad_attribute", p);
      const nameEnd = i;
      while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
      if (c !== 61) throw this.fail("bad_attribute", p);
      c = s.charCodeAt(++i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
      if (c !== 34 && c !== 39) throw this.fail("bad_attribute", p);
      const valueEnd = s.indexOf(c === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0) throw this.fail("bad_attribute", p);
      // Namespace declarations are not attributes of the document.
      const isXmlns = s.charCodeAt(nameStart) === 120 && (nameEnd === nameStart + 5 || localStart === nameStart + 6) && s.startsWith("xmlns", nameStart);
      if (!isXmlns) {
        this.attrName[count] = localStart;
        this.attrNameEnd[count] = nameEnd;
        this.attrValue[count] = i + 1;
        this.attrValueEnd[count] = valueEnd;
        count++;
      }
      i = valueEnd + 1;
    }
    this.attrCount = count;
    this.pos = i;
    this.name = local;
    if (this.selfClosing) {
      this.pendingClose = true;
    } else {
      if (this.stack.length >= MAX_DEPTH) throw this.fail("too_deep", p);
      this.stack.push(qname);
      this.localStack.push(local);
    }
    return XML_OPEN;
  }

  private readEndTag(p: number): XmlToken {
    const s = this.src;
    const top = this.stack.pop();
    if (top === undefined || !s.startsWith(top, p + 2)) throw this.fail("mismatched_end_tag", p);
    let i = p + 2 + top.length;
    let c = s.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
    if (c !== 62) throw this.fail("mismatched_end_tag", p);
    this.pos = i + 1;
    this.name = this.localStack.pop() as string;
    this.attrCount = 0;
    return XML_CLOSE;
  }
}
