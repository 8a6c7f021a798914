/**
 * Everything XML 1.0 does not allow in a document: C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_10 = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Word's manual line break (vertical tab, read from `_x000B_`) and the page break. */
const LINE_BREAKS = /[\v\f]/g;

/**
 * Text that every XML 1.0 part (a sheet, shared strings) can hold: Word's
 * line and page breaks become line breaks, other forbidden characters are
 * removed. A sheet part with one of them raw is one Excel refuses to open.
 */
export function xmlSafeText(text: string): string {
  NOT_XML_10.lastIndex = 0;
  if (!NOT_XML_10.test(text)) return text;
  return text.replace(LINE_BREAKS, "\n").replace(NOT_XML_10, "");
}
