import { columnLetter, parseAddress } from "@phuluc/core";
import type { TableRow, TableRowKind, WrittenTable } from "./written-table.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const encoder = new TextEncoder();
/** Body rows are encoded in batches of about this many characters: small enough to stay in V8's young generation, which frees them cheaply. */
const BATCH_CHARS = 1 << 16;

/** How a carrier row looks: its row attributes (height …) and the style id of each column. */
interface Look {
  attributes: string;
  styles: Map<number, string>;
}

function lookOf(rowXml: string): Look {
  const open = /^<row\b([^>]*?)\/?>/.exec(rowXml)?.[1] ?? "";
  const attributes = open.replace(/\s(?:r|spans)="[^"]*"/g, "");
  const styles = new Map<number, string>();
  for (const m of rowXml.matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g)) styles.set(parseAddress(`${m[1] ?? "A"}1`)?.column ?? 0, m[2] ?? "0");
  return { attributes, styles };
}

const NO_LOOK: Look = { attributes: "", styles: new Map() };

function rowXml(r: number, row: TableRow, look: Look, letters: readonly string[]): string {
  const { values } = row;
  const attributes =
    row.height === undefined ? look.attributes : `${look.attributes.replace(/\s(?:ht|customHeight)="[^"]*"/g, "")} ht="${row.height}" customHeight="1"`;
  let out = `<row r="${r}"${attributes}>`;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const ref = `${letters[i]}${r}`;
    const s = look.styles.get(i + 1) ?? "0";
    if (v === null || v === undefined || v === "") out += `<c r="${ref}" s="${s}"/>`;
    else if (typeof v === "number") out += `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
    else out += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  }
  return `${out}</row>`;
}

/** The part after `</sheetData>` with the body's merges: those drawn below the heading dropped, the rows' own added. */
function tailWithMerges(tail: string, firstRow: number, merges: readonly string[]): string {
  const kept: string[] = [];
  const block = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(tail);
  for (const m of (block?.[1] ?? "").matchAll(/<mergeCell ref="([A-Z]+)(\d+)(?::[A-Z]+\d+)?"\s*\/>/g)) if (Number(m[2]) < firstRow) kept.push(m[0]);
  const all = [...kept, ...merges.map((ref) => `<mergeCell ref="${ref}"/>`)];
  const xml = all.length === 0 ? "" : `<mergeCells count="${all.length}">${all.join("")}</mergeCells>`;
  if (block) return tail.replace(block[0], xml);
  if (xml === "") return tail;
  // The schema's order: mergeCells comes after autoFilter and before these.
  const next =
    /<(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|drawing|legacyDrawing|tableParts|extLst)\b|<\/worksheet>/.exec(
      tail,
    );
  const at = next?.index ?? tail.length;
  return `${tail.slice(0, at)}${xml}${tail.slice(at)}`;
}

/**
 * A table's sheet part with its full body, as chunks of bytes made while
 * they are consumed (the part holds the heading and one carrier row per
 * kind): rows before the body stay as they are, every body row takes the
 * row and cell styles of its kind's carrier.
 */
export function* expandedSheet(xml: string, table: WrittenTable): Generator<Uint8Array> {
  const open = xml.indexOf("<sheetData>");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error(`no sheetData in sheet ${table.sheetId}`);
  const kept: string[] = [];
  const looks = new Map<TableRowKind, Look>();
  for (const m of xml.slice(open + "<sheetData>".length, close).matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    const r = Number(m[1]);
    if (r < table.firstRow) kept.push(m[0]);
    else {
      const kind = table.carrierKinds[r - table.firstRow];
      if (kind !== undefined) looks.set(kind, lookOf(m[0]));
    }
  }
  const letters = Array.from({ length: table.columns }, (_, i) => columnLetter(i + 1));
  const lastRow = Math.max(table.firstRow - 1, table.firstRow + table.rowCount - 1);
  const head = xml.slice(0, open).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${letters[letters.length - 1]}${lastRow}"/>`);
  yield encoder.encode(`${head}<sheetData>${kept.join("")}`);
  const merges: string[] = [];
  let batch = "";
  let r = table.firstRow;
  for (const row of table.rows()) {
    if (row.values.length > 0) {
      batch += rowXml(r, row, looks.get(row.kind) ?? NO_LOOK, letters);
      if (row.mergeAcross && row.values.length > 1) merges.push(`A${r}:${letters[row.values.length - 1]}${r}`);
    }
    r++;
    if (batch.length >= BATCH_CHARS) {
      yield encoder.encode(batch);
      batch = "";
    }
  }
  if (r - table.firstRow !== table.rowCount) throw new Error(`sheet ${table.sheetId}: ${r - table.firstRow} body rows written, ${table.rowCount} announced`);
  yield encoder.encode(`${batch}</sheetData>${tailWithMerges(xml.slice(close + "</sheetData>".length), table.firstRow, merges)}`);
}
