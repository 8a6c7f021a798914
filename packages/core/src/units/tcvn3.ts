import { TCVN3_TO_UNICODE, UNICODE_TO_TCVN3 } from "./tcvn3-table.js";
import { isVietnameseSyllable } from "./vietnamese-syllable.js";

/** Letters only Unicode Vietnamese uses (never produced by TCVN3 read as Latin-1). */
const UNICODE_VIETNAMESE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks listed on purpose, each alone (decomposed text).
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;

/** Latin-1 letters that are also ordinary Unicode Vietnamese letters. */
const LATIN1_VIETNAMESE = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

/** A run of ASCII letters and Latin-1 characters: a word as TCVN3 text shows it. */
const WORD = /[A-Za-z\u00a1-\u00ff]+/g;

/** An upper-case letter after the first one in a word that also has lower-case letters ("BÕn"). */
function hasOddCapital(chars: readonly string[]): boolean {
  const isUpper = (ch: string) => ch !== ch.toLowerCase();
  const isLower = (ch: string) => ch !== ch.toUpperCase();
  return chars.some(isLower) && chars.slice(1).some(isUpper);
}

/** A TCVN3 code that ordinary Unicode Vietnamese never contains (µ, ¶, §, ñ …). */
function isTcvn3Only(ch: string): boolean {
  return TCVN3_TO_UNICODE.has(ch) && !LATIN1_VIETNAMESE.has(ch);
}

/**
 * Converts TCVN3 (ABC font) text to Unicode NFC: "Hµ Néi" → "Hà Nội".
 * Characters that are not TCVN3 codes are kept.
 */
export function tcvn3ToUnicode(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return out.normalize("NFC");
}

/**
 * Converts Unicode Vietnamese to TCVN3 characters (for tests and for writing
 * to legacy tools). Capitals with tone marks, which VN3 lacks, are written
 * with the lower-case code, as upper-case ABC fonts expect.
 */
export function unicodeToTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    out += UNICODE_TO_TCVN3.get(ch) ?? UNICODE_TO_TCVN3.get(ch.toLocaleLowerCase("vi")) ?? ch;
  }
  return out;
}

/**
 * True when the text could be TCVN3 at all: it contains TCVN3 codes and no
 * Unicode-only Vietnamese letters. Weaker than `looksLikeTcvn3`; used as a
 * last resort when a name matches nothing.
 */
export function couldBeTcvn3(text: string): boolean {
  return !UNICODE_VIETNAMESE.test(text) && Array.from(text).some((ch) => TCVN3_TO_UNICODE.has(ch));
}

/**
 * True when the text looks like Vietnamese typed in a TCVN3 (ABC) font and
 * read as Unicode: it has no Unicode-only Vietnamese letters, and its words
 * with TCVN3 codes decode to Vietnamese syllables. A word counts when it has
 * a TCVN3-only code (µ, ¶, §, ñ …), or when its codes are all ordinary
 * Latin-1 letters, the decoded form is a syllable and the raw form is not
 * ("Hãa" → "Hóa") or has a capital inside ("BÕn" → "Bến"). One-character
 * words are ignored (a lone "·" is punctuation). Plain ASCII and Unicode Vietnamese (NFC or NFD) never qualify.
 */
export function looksLikeTcvn3(text: string): boolean {
  if (UNICODE_VIETNAMESE.test(text)) return false;
  let syllables = 0;
  let others = 0;
  for (const word of text.match(WORD) ?? []) {
    const chars = Array.from(word);
    if (chars.length < 2 || !chars.some((ch) => TCVN3_TO_UNICODE.has(ch))) continue;
    const decodes = isVietnameseSyllable(tcvn3ToUnicode(word));
    if (chars.some(isTcvn3Only)) {
      if (decodes) syllables++;
      else others++;
    } else if (!isVietnameseSyllable(word) || hasOddCapital(chars)) {
      if (decodes) syllables++;
      else others++;
    }
  }
  return syllables > 0 && syllables >= others;
}
