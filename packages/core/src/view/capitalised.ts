/** `mã số 01, cột (3)` → `Mã số 01, cột (3)`: the first letter in upper case, as a line or a cell begins. */
export function capitalised(text: string, locale = "vi"): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
