/**
 * Decoding of XML character data: the five predefined entities, numeric character
 * references and end-of-line normalisation. No other entity can exist because
 * documents with a DOCTYPE are refused. Returns undefined for malformed input.
 */
export function decodeXmlText(raw: string, isAttribute: boolean): string | undefined {
  if (isAttribute) {
    let plain = true;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 38 /* & */ || c === 13 || c === 9 || c === 10) {
        plain = false;
        break;
      }
    }
    if (plain) return raw;
  } else if (raw.indexOf("&") < 0 && raw.indexOf("\r") < 0) {
    return raw;
  }

  let out = "";
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38) {
      const end = raw.indexOf(";", i + 1);
      if (end < 0) return undefined;
      const decoded = decodeReference(raw.slice(i + 1, end));
      if (decoded === undefined) return undefined;
      out += raw.slice(from, i) + decoded;
      i = end;
      from = end + 1;
    } else if (c === 13) {
      // "\r\n" and lone "\r" both become "\n" (a space in attributes).
      out += raw.slice(from, i) + (isAttribute ? " " : "\n");
      if (raw.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    } else if (isAttribute && (c === 9 || c === 10)) {
      out += `${raw.slice(from, i)} `;
      from = i + 1;
    }
  }
  return out + raw.slice(from);
}

function decodeReference(name: string): string | undefined {
  switch (name) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  if (name.charCodeAt(0) !== 35 /* # */) return undefined;
  const hex = name.charCodeAt(1) === 120; /* x */
  const digits = name.slice(hex ? 2 : 1);
  if (digits.length === 0 || digits.length > 8 || !(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) {
    return undefined;
  }
  const code = parseInt(digits, hex ? 16 : 10);
  return isXmlChar(code) ? String.fromCodePoint(code) : undefined;
}

/** The XML 1.0 `Char` production. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * OOXML ST_Xstring escapes: characters XML cannot carry are written as "_xHHHH_"
 * (e.g. "_x000D_" for a carriage return) and a literal "_x" prefix as "_x005F_".
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
