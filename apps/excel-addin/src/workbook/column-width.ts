/**
 * Excel column width in characters (what xlsx files store) to points (what
 * Office.js `columnWidth` takes): the default font's digit is 7 px wide plus
 * 5 px of padding, and a pixel is ¾ point.
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
