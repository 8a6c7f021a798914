/** At most this many items in a note; the rest are counted. */
const LISTED = 30;

/** Items joined for a note, the first 30 named and the rest counted: "a, b và 12 đơn vị khác". */
export function cappedList(items: readonly string[], separator: string, noun: string): string {
  const shown = items.slice(0, LISTED).join(separator);
  return items.length > LISTED ? `${shown}${separator === ", " ? "" : ";"} và ${items.length - LISTED} ${noun} khác` : shown;
}
