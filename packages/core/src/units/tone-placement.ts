/**
 * Vietnamese writes the tone of `oa`, `oe`, `uy` either on the first vowel
 * (`hòa`, `thủy`) or on the second (`hoà`, `thuỷ`). Both are correct and both
 * occur in workbooks. This module picks one placement so that names compare
 * equal: the tone goes on the second vowel.
 */

const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
const VOWELS = "aăâeêioôơuưy";
const MOVABLE_PAIRS = new Set(["oa", "oe", "uy"]);

interface Letter {
  /** The letter without its tone mark, NFC. */
  base: string;
  /** The combining tone mark, or "". */
  tone: string;
}

function splitLetter(ch: string): Letter {
  let base = "";
  let tone = "";
  for (const c of ch.normalize("NFD")) {
    if (TONE_MARKS.includes(c)) tone = c;
    else base += c;
  }
  return { base: base.normalize("NFC"), tone };
}

function isVowel(letter: Letter): boolean {
  return VOWELS.includes(letter.base.toLowerCase());
}

function normalizeWord(word: string): string {
  const letters = Array.from(word.normalize("NFC"), splitLetter);
  let start = letters.findIndex(isVowel);
  if (start < 0) return word;
  let end = start;
  while (end < letters.length && isVowel(letters[end] as Letter)) end++;
  // `qu` and `gi`: the u / i belongs to the consonant, not to the vowel nucleus.
  const first = letters[start] as Letter;
  const before = start > 0 ? (letters[start - 1] as Letter).base.toLowerCase() : "";
  if (end - start > 2 && before === "q" && first.base.toLowerCase() === "u") start++;
  if (end - start !== 2) return word;
  const a = letters[start] as Letter;
  const b = letters[start + 1] as Letter;
  if (!MOVABLE_PAIRS.has((a.base + b.base).toLowerCase()) || !a.tone || b.tone) return word;
  b.tone = a.tone;
  a.tone = "";
  return letters.map((l) => (l.base + l.tone).normalize("NFC")).join("");
}

/** Moves the tone of `oa`, `oe`, `uy` onto the second vowel in every word: "Hòa Bình" → "Hoà Bình". */
export function normalizeTonePlacement(text: string): string {
  return text.replace(/[^\s\-–—,.;:()/]+/g, normalizeWord);
}
