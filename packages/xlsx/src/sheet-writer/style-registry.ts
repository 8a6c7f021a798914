import { alignmentXml, borderXml, fillXml, fontXml, protectionXml } from "./style-parts.js";
import type { CellStyle } from "./written-cell.js";
import { xmlAttribute } from "./xml-escape.js";

/** Excel's built-in number formats by code (they are not written in styles.xml). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  'm/d/yy "h":mm': 22,
  "#,##0 ;(#,##0)": 37,
  "#,##0 ;[Red](#,##0)": 38,
  "#,##0.00 ;(#,##0.00)": 39,
  "#,##0.00 ;[Red](#,##0.00)": 40,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT = fontXml({ size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" });

/** Indexes XML strings: the same part is written once and referred to by its position. */
class PartIndex {
  readonly parts: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(initial: readonly string[]) {
    for (const part of initial) this.id(part);
  }

  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.parts.length;
      this.ids.set(xml, id);
      this.parts.push(xml);
    }
    return id;
  }
}

/**
 * Every distinct look of the workbook's cells: fonts, fills, borders,
 * number formats and cell formats (cellXfs), each written once in
 * styles.xml, in the order first met. Style 0 is the default look.
 */
export class StyleRegistry {
  private readonly fonts = new PartIndex([DEFAULT_FONT]);
  private readonly fills = new PartIndex([`<fill><patternFill patternType="none"/></fill>`, `<fill><patternFill patternType="gray125"/></fill>`]);
  private readonly borders = new PartIndex(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new PartIndex([`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`]);
  /** Looks already indexed, by style object (cells share them: a merged range, a row drawn alike). */
  private readonly seen = new WeakMap<CellStyle, number>();

  /** The cellXfs index of a look. */
  styleId(style: CellStyle): number {
    const known = this.seen.get(style);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : 0;
    const fontId = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const borderId = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const fillId = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const alignment = alignmentXml(style.alignment);
    const protection = protectionXml(style.protection);
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xml += ` applyNumberFormat="1"`;
    if (fontId) xml += ` applyFont="1"`;
    if (fillId) xml += ` applyFill="1"`;
    if (borderId) xml += ` applyBorder="1"`;
    if (alignment) xml += ` applyAlignment="1"`;
    if (protection) xml += ` applyProtection="1"`;
    xml += alignment || protection ? `>${alignment}${protection}</xf>` : "/>";
    const id = this.xfs.id(xml);
    this.seen.set(style, id);
    return id;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** xl/styles.xml. */
  xml(): string {
    const list = (tag: string, parts: readonly string[]) => `<${tag} count="${parts.length}">${parts.join("")}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (formats.length > 0 ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.parts) +
      list("fills", this.fills.parts) +
      list("borders", this.borders.parts) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", this.xfs.parts) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }
}
