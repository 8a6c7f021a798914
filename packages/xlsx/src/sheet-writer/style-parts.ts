import type { Alignment, Border, Borders, Color, Fill, Font, Protection } from "exceljs";
import { SheetWriterUnsupportedError } from "./sheet-writer-error.js";
import { xmlAttribute } from "./xml-escape.js";

/** The XML of each part of a cell's look, written as exceljs writes it (so the same look reads back the same). */

export function colorXml(tag: string, color: Partial<Color> | undefined): string {
  if (!color) return "";
  const c = color as Partial<Color> & { indexed?: number; tint?: number };
  if (c.argb) return `<${tag} rgb="${xmlAttribute(c.argb)}"/>`;
  if (c.theme !== undefined) return `<${tag} theme="${c.theme}"${c.tint !== undefined ? ` tint="${c.tint}"` : ""}/>`;
  if (c.indexed !== undefined) return `<${tag} indexed="${c.indexed}"/>`;
  return `<${tag} auto="1"/>`;
}

const FONT_KEYS = new Set(["bold", "italic", "underline", "strike", "color", "family", "scheme", "size", "name", "vertAlign"]);

export function fontXml(font: Partial<Font>): string {
  for (const key of Object.keys(font))
    if (!FONT_KEYS.has(key) && (font as Record<string, unknown>)[key] !== undefined) throw new SheetWriterUnsupportedError(`the font property ${key}`);
  const u = font.underline;
  const underline = u === undefined || u === false || u === "none" ? "" : u === true || u === "single" ? "<u/>" : `<u val="${u}"/>`;
  return [
    "<font>",
    font.bold ? "<b/>" : "",
    font.italic ? "<i/>" : "",
    underline,
    colorXml("color", font.color),
    font.family !== undefined ? `<family val="${font.family}"/>` : "",
    font.vertAlign !== undefined ? `<vertAlign val="${font.vertAlign}"/>` : "",
    font.scheme !== undefined ? `<scheme val="${font.scheme}"/>` : "",
    font.strike ? "<strike/>" : "",
    font.size !== undefined ? `<sz val="${font.size}"/>` : "",
    font.name !== undefined ? `<name val="${xmlAttribute(font.name)}"/>` : "",
    "</font>",
  ].join("");
}

export function fillXml(fill: Fill): string {
  if (fill.type !== "pattern") throw new SheetWriterUnsupportedError(`a ${fill.type} fill`);
  const colors = colorXml("fgColor", fill.fgColor) + colorXml("bgColor", fill.bgColor);
  return colors === ""
    ? `<fill><patternFill patternType="${fill.pattern}"/></fill>`
    : `<fill><patternFill patternType="${fill.pattern}">${colors}</patternFill></fill>`;
}

function edgeXml(tag: string, edge: Partial<Border> | undefined): string {
  if (!edge?.style) return `<${tag}/>`;
  return `<${tag} style="${edge.style}">${colorXml("color", edge.color)}</${tag}>`;
}

export function borderXml(border: Partial<Borders>): string {
  if (border.diagonal?.style) throw new SheetWriterUnsupportedError("a diagonal border");
  if ((border as { color?: unknown }).color) throw new SheetWriterUnsupportedError("a border colour for all edges");
  return `<border>${edgeXml("left", border.left)}${edgeXml("right", border.right)}${edgeXml("top", border.top)}${edgeXml("bottom", border.bottom)}<diagonal/></border>`;
}

const HORIZONTAL = new Set(["left", "center", "right", "fill", "centerContinuous", "distributed", "justify"]);
const VERTICAL = new Set(["top", "middle", "bottom", "distributed", "justify"]);

/** `<alignment …/>`, or nothing when it says nothing. */
export function alignmentXml(a: Partial<Alignment> | undefined): string {
  if (!a) return "";
  if (a.textRotation || a.readingOrder || a.shrinkToFit) throw new SheetWriterUnsupportedError("rotated, right-to-left or shrunk text");
  let attributes = "";
  if (a.horizontal && HORIZONTAL.has(a.horizontal)) attributes += ` horizontal="${a.horizontal}"`;
  if (a.vertical && VERTICAL.has(a.vertical)) attributes += ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"`;
  if (a.wrapText) attributes += ` wrapText="1"`;
  const indent = Math.max(0, Math.trunc(Number(a.indent ?? 0)) || 0);
  if (indent) attributes += ` indent="${indent}"`;
  return attributes === "" ? "" : `<alignment${attributes}/>`;
}

/** `<protection …/>`, or nothing when it is the default (locked, not hidden). */
export function protectionXml(p: Partial<Protection> | undefined): string {
  if (!p) return "";
  const attributes = `${p.locked === false ? ` locked="0"` : ""}${p.hidden ? ` hidden="1"` : ""}`;
  return attributes === "" ? "" : `<protection${attributes}/>`;
}
