import { normalizeTonePlacement } from "./tone-placement.js";

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000]+/g;
const DASHES = /[-‐‑‒–—]/g;

/**
 * Comparison form of a Vietnamese name: NFC, lower case (Vietnamese rules),
 * dashes read as spaces, spaces collapsed, and one tone placement for
 * `oa`/`oe`/`uy` ("Hoà Bình" and "Hòa Bình" give the same result).
 * Prefixes such as "Tỉnh ủy" are kept; see `nameKeys` for matching.
 */
export function normalizeName(text: string): string {
  const folded = text.normalize("NFC").toLocaleLowerCase("vi");
  const spaced = folded.replace(DASHES, " ").replace(SPACES, " ").trim();
  return normalizeTonePlacement(spaced).normalize("NFC");
}
