const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Vowel nuclei of Vietnamese syllables, without tone marks, longest first. */
const NUCLEI = [
  "oai",
  "oay",
  "oao",
  "oeo",
  "uây",
  "uôi",
  "uya",
  "uyê",
  "uyu",
  "ươi",
  "ươu",
  "iêu",
  "yêu",
  "ai",
  "ao",
  "au",
  "ay",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iu",
  "iê",
  "oa",
  "oă",
  "oe",
  "oi",
  "oo",
  "ôi",
  "ơi",
  "ua",
  "uâ",
  "uê",
  "ui",
  "uô",
  "uơ",
  "uy",
  "ưa",
  "ưi",
  "ưu",
  "ươ",
  "yê",
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
  "y",
];

/**
 * Initial consonant, vowel nucleus, final consonant. Loose on purpose (no
 * check of which final goes with which nucleus): it only has to tell
 * Vietnamese syllables from symbol soup. `k` is accepted as a final for
 * Central Highlands names (Đắk Lắk).
 */
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:${NUCLEI.join("|")})(?:ch|nh|ng|[cmnptk])?$`);

/** True when the word has the shape of one Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize("NFD").toLocaleLowerCase("vi");
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
}
