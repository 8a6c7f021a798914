/**
 * Text that came from units (file names, names, quoted cell text) is written
 * so a spreadsheet never takes it for a formula: a leading = + - @ tab or
 * carriage return gets an apostrophe in front, as OWASP advises for CSV and
 * spreadsheet exports.
 */
export function neutralizeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
