import { strFromU8, strToU8 } from "fflate";
import { columnLetter, parseAddress } from "@phuluc/core";
import type { TableRowKind, WrittenTable } from "./written-table.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The style id of each column in a carrier row's XML. */
function carrierStyles(rowXml: string): Map<number, string> {
  const styles = new Map<number, string>();
  for (const m of rowXml.matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g)) styles.set(parseAddress(`${m[1] ?? "A"}1`)?.column ?? 0, m[2] ?? "0");
  return styles;
}

function rowXml(r: number, values: readonly (string | number | null)[], styles: Map<number, string>, letters: readonly string[]): string {
  let out = `<row r="${r}">`;
  values.forEach((v, i) => {
    const ref = `${letters[i]}${r}`;
    const s = styles.get(i + 1) ?? "0";
    if (v === null || v === "") out += `<c r="${ref}" s="${s}"/>`;
    else if (typeof v === "number") out += `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
    else out += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  });
  return `${out}</row>`;
}

/**
 * Writes each table's full body into its sheet part (exceljs wrote the
 * heading and one carrier row per kind): rows before the body stay as they
 * are, every body row takes the cell styles of its kind's carrier.
 */
export function expandTables(parts: Record<string, Uint8Array>, tables: readonly WrittenTable[]): void {
  for (const table of tables) {
    const name = `xl/worksheets/sheet${table.sheetId}.xml`;
    const part = parts[name];
    if (!part) throw new Error(`no part ${name}`);
    const xml = strFromU8(part);
    const open = xml.indexOf("<sheetData>");
    const close = xml.indexOf("</sheetData>");
    if (open < 0 || close < 0) throw new Error(`no sheetData in ${name}`);
    const kept: string[] = [];
    const styles = new Map<TableRowKind, Map<number, string>>();
    for (const m of xml.slice(open + "<sheetData>".length, close).matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
      const r = Number(m[1]);
      if (r < table.firstRow) kept.push(m[0]);
      else {
        const kind = table.carrierKinds[r - table.firstRow];
        if (kind) styles.set(kind, carrierStyles(m[0]));
      }
    }
    const letters = Array.from({ length: table.columns }, (_, i) => columnLetter(i + 1));
    const body = table.rows.map((row, i) => rowXml(table.firstRow + i, row.values, styles.get(row.kind) ?? new Map(), letters));
    const lastRow = table.firstRow + table.rows.length - 1;
    const expanded = `${xml.slice(0, open)}<sheetData>${kept.join("")}${body.join("")}</sheetData>${xml.slice(close + "</sheetData>".length)}`.replace(
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:${letters[letters.length - 1]}${lastRow}"/>`,
    );
    parts[name] = strToU8(expanded);
  }
}
