/** Text as XML character data. */
export const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Text as an XML attribute value (double-quoted). */
export const xmlAttribute = (s: string): string => xmlText(s).replace(/"/g, "&quot;");

/** A `<t>` element, keeping leading and trailing white space and line breaks. */
export const textElement = (s: string): string => (/^\s|\s$|\n/.test(s) ? `<t xml:space="preserve">${xmlText(s)}</t>` : `<t>${xmlText(s)}</t>`);
