/**
 * How a printed sheet sits on A4: the orientation that shows it largest,
 * on one page when it fits there at a readable scale (so a form's
 * signature block stays with its table), otherwise fit to the page width
 * over as many pages as it takes.
 */
export interface PageFit {
  orientation: "portrait" | "landscape";
  /** 1: the whole sheet on one page; 0: as many pages tall as needed. */
  fitToHeight: 0 | 1;
}

/** Margins in inches, the same for every sheet phuluc writes. */
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** A4 in points. */
const A4 = { short: 595, long: 842 };
/** Points per Excel column-width unit (one "0" of the default font, with its padding). */
export const POINTS_PER_WIDTH_UNIT = 5.6;
/** Below this scale a one-page print is too small to read: the sheet runs over several pages instead. */
const MIN_ONE_PAGE_SCALE = 0.62;

function printable(orientation: PageFit["orientation"]): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  return { width: w - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72, height: h - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72 };
}

/** The page for content `widthUnits` wide (column widths summed) and `heightPoints` tall. */
export function fitPage(widthUnits: number, heightPoints: number): PageFit {
  const width = widthUnits * POINTS_PER_WIDTH_UNIT;
  const scale = (o: PageFit["orientation"]) => {
    const p = printable(o);
    return Math.min(1, p.width / width, p.height / heightPoints);
  };
  const portrait = scale("portrait");
  const landscape = scale("landscape");
  const best = portrait >= landscape ? "portrait" : "landscape";
  if (Math.max(portrait, landscape) >= MIN_ONE_PAGE_SCALE) return { orientation: best, fitToHeight: 1 };
  // Several pages: the orientation that needs the least shrinking across.
  return { orientation: width <= printable("portrait").width ? "portrait" : "landscape", fitToHeight: 0 };
}
