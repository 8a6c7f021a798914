/**
 * `text` cut to at most `max` characters (UTF-16 units, as Excel counts),
 * `mark` included and visible at the end; never splits a surrogate pair.
 * Text that fits is returned as it is.
 */
export function cutText(text: string, max: number, mark: string): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - mark.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + mark;
}
