import { normalizeName } from "./normalize-name.js";

/** Prefixes dropped, one after another, when a full name does not match. */
const PREFIXES = ["ban tổ chức", "đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy", "tỉnh", "thành phố", "tp.", "tp"].map((p) => normalizeName(p));

/** "TW", "T.Ư", "T.W" stand for "Trung ương". */
const CENTRE_ABBREVIATION = /(^| )(tw|t\.ư|t\.w)(?= |$)/g;
const PUNCTUATION = /[,;:()"“”'‘’]/g;

function stripPrefix(key: string): string | undefined {
  for (const prefix of PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (prefix.endsWith(".")) return rest.trim() || undefined;
    if (rest.startsWith(" ") && rest.trim()) return rest.trim();
  }
  return undefined;
}

/**
 * The keys a name is matched by, most specific first: the normalised full
 * name, then the name with its leading "Tỉnh ủy", "Thành ủy", "Tỉnh",
 * "Thành phố", "TP.", "Đảng ủy" … removed one at a time.
 * "Thành ủy Thành phố Hồ Chí Minh" → [full, "thành phố hồ chí minh", "hồ chí minh"].
 */
export function nameKeys(text: string): string[] {
  const first = normalizeName(text).replace(CENTRE_ABBREVIATION, "$1trung ương").replace(PUNCTUATION, " ").replace(/ +/g, " ").trim();
  const keys: string[] = [];
  let key: string | undefined = first;
  while (key !== undefined && !keys.includes(key)) {
    keys.push(key);
    key = stripPrefix(key);
  }
  return keys.filter((k) => k.length > 0);
}
