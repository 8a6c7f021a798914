import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlTokenizer } from "./xml-tokenizer.js";
import { decodeXmlText } from "./xml-text.js";

export { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, type XmlToken } from "./xml-tokenizer.js";

/** Navigation on top of the tokenizer: element text, skipping, walking children, a regex fast path. */
export class XmlReader extends XmlTokenizer {
  /** After OPEN: the element's text content; consumes everything up to and including its end tag. */
  readElementText(): string {
    if (this.selfClosing) {
      this.pendingClose = false;
      return "";
    }
    const s = this.src;
    const lt = s.indexOf("<", this.pos);
    const top = this.stack[this.stack.length - 1] as string;
    if (lt >= 0 && s.charCodeAt(lt + 1) === 47 && s.startsWith(top, lt + 2) && s.charCodeAt(lt + 2 + top.length) === 62) {
      // Fast path: plain text followed directly by the matching end tag.
      const value = decodeXmlText(s.slice(this.pos, lt), false);
      if (value === undefined) throw this.fail("bad_reference");
      this.pos = lt + 3 + top.length;
      this.stack.pop();
      this.localStack.pop();
      return value;
    }
    let out = "";
    for (let depth = 0; ; ) {
      const token = this.next();
      if (token === XML_TEXT) out += this.text();
      else if (token === XML_OPEN) depth++;
      else if (token === XML_CLOSE && depth-- === 0) return out;
      else if (token === XML_END) throw this.fail("unclosed_element");
    }
  }

  /** After OPEN: skips the element and everything inside it. */
  skipElement(): void {
    if (this.selfClosing) {
      this.pendingClose = false;
      return;
    }
    const target = this.stack.length - 1;
    while (this.stack.length > target) {
      if (this.next() === XML_END) throw this.fail("unclosed_element");
    }
    // The pending CLOSE of a self-closing child cannot be left behind: stack only shrinks on end tags.
    this.pendingClose = false;
  }

  /**
   * After OPEN: calls `onChild` with the local name of each direct child element, positioned
   * on its OPEN token. The callback must consume the child (skipElement, readElementText or a
   * nested forEachChild). Returns after the current element's end tag.
   */
  forEachChild(onChild: (name: string) => void): void {
    if (this.selfClosing) {
      this.pendingClose = false;
      return;
    }
    for (;;) {
      const token = this.next();
      if (token === XML_OPEN) onChild(this.name);
      else if (token === XML_CLOSE) return;
      else if (token === XML_END) throw this.fail("unclosed_element");
    }
  }

  /** Skips the prolog and returns the local name of the root element. */
  openRoot(): string {
    for (;;) {
      const token = this.next();
      if (token === XML_OPEN) return this.name;
      if (token === XML_END) throw this.fail("no_root_element");
      if (token === XML_TEXT && this.src.slice(this.textStart, this.textEnd).trim() !== "") {
        throw this.fail("text_before_root");
      }
    }
  }

  /** After the root element: only comments, processing instructions and whitespace may follow. */
  expectEnd(): void {
    for (;;) {
      const token = this.next();
      if (token === XML_END) return;
      if (token === XML_OPEN || this.src.slice(this.textStart, this.textEnd).trim() !== "") {
        throw this.fail("content_after_root");
      }
    }
  }

  /**
   * Runs a hand-written scanner at the current position (same contract as `tryMatch`): on
   * a match, it returns the position after what it read, which is consumed; -1 otherwise.
   */
  tryScan(scanner: { scan(src: string, at: number): number }): boolean {
    if (this.pendingClose) return false;
    const end = scanner.scan(this.src, this.pos);
    if (end < 0) return false;
    this.pos = end;
    return true;
  }

  /**
   * Runs a sticky (`y`) regular expression at the current position; on a match, consumes
   * it. For fast paths that match whole, self-contained elements of a common shape; the
   * caller must decode entities in what it captures (see `decodeXmlText`).
   */
  tryMatch(sticky: RegExp): RegExpExecArray | null {
    if (this.pendingClose) return null;
    sticky.lastIndex = this.pos;
    const match = sticky.exec(this.src);
    if (match !== null) this.pos = sticky.lastIndex;
    return match;
  }
}
