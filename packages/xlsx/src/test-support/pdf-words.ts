import { execFileSync } from "node:child_process";

/** A word printed on a PDF page with its box, in points from the top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The words of every page of a PDF, as `pdftotext -bbox` places them. */
export function pdfPages(file: string): PdfWord[][] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20, timeout: 120_000 });
  return html
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescapeXml(m[5] ?? "").normalize("NFC"),
      })),
    );
}

/** The page's text, words joined by spaces in reading order. */
export const pageText = (words: readonly PdfWord[]): string => words.map((w) => w.text).join(" ");

/** The run of words spelling `phrase` (space-separated) on the page, or undefined. */
export function findPhrase(words: readonly PdfWord[], phrase: string): PdfWord[] | undefined {
  const parts = phrase.split(" ");
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, j) => words[i + j]?.text === p)) return words.slice(i, i + parts.length);
  }
  return undefined;
}

/**
 * Pairs of words printed over each other: boxes overlapping across by more
 * than `slack` points and down by more than `share` of the smaller box
 * (the boxes of a wrapped cell's consecutive lines touch by their accents).
 */
export function overlappingWords(words: readonly PdfWord[], slack = 1, share = 0.4): [PdfWord, PdfWord][] {
  const out: [PdfWord, PdfWord][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] as PdfWord;
      const b = words[j] as PdfWord;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > slack && y > share * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) out.push([a, b]);
    }
  }
  return out;
}
