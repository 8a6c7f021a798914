/* Test support: builds small OOXML packages from hand-written XML. Not shipped in the bundle. */
import { zipSync } from "fflate";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type Parts = Record<string, string | Uint8Array>;

export interface SheetSpec {
  name: string;
  /** Inner XML of <worksheet>, e.g. "<sheetData>...</sheetData>". */
  xml?: string;
  /** A whole sheet document instead of `xml`. */
  document?: string;
  state?: "hidden" | "veryHidden";
  /** Relationship target; default "worksheets/sheetN.xml". */
  target?: string;
  /** Part name the sheet is stored under; default derived from target relative to xl/. */
  partName?: string;
  type?: string;
  targetMode?: "External";
}

export interface PackageSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[] | string;
  styles?: string;
  workbookInner?: string;
  application?: string;
  /** Extra or replacement parts; `undefined` removes a part. */
  parts?: Record<string, string | Uint8Array | undefined>;
}

export function worksheet(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${inner}</worksheet>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function buildParts(spec: PackageSpec): Parts {
  const parts: Parts = {};
  const rels: string[] = [];
  const sheetEntries: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const target = sheet.target ?? `worksheets/sheet${i + 1}.xml`;
    const partName = sheet.partName ?? (target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    const type = sheet.type ?? `${REL_TYPE}/worksheet`;
    const mode = sheet.targetMode ? ` TargetMode="${sheet.targetMode}"` : "";
    rels.push(`<Relationship Id="rId${i + 1}" Type="${type}" Target="${escapeXml(target)}"${mode}/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
    parts[partName] = sheet.document ?? worksheet(sheet.xml ?? "<sheetData/>");
  });
  if (spec.sharedStrings !== undefined) {
    const sst = Array.isArray(spec.sharedStrings)
      ? `<sst xmlns="${NS_MAIN}">${spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`
      : spec.sharedStrings;
    parts["xl/sharedStrings.xml"] = sst;
    rels.push(`<Relationship Id="rIdS" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (spec.styles !== undefined) {
    parts["xl/styles.xml"] = spec.styles;
    rels.push(`<Relationship Id="rIdT" Type="${REL_TYPE}/styles" Target="styles.xml"/>`);
  }
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
  const appRel = spec.application === undefined ? "" : `<Relationship Id="rId2" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>${appRel}</Relationships>`;
  if (spec.application !== undefined) {
    parts["docProps/app.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(spec.application)}</Application></Properties>`;
  }
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${spec.workbookInner ?? ""}<sheets>${sheetEntries.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  for (const [name, content] of Object.entries(spec.parts ?? {})) {
    if (content === undefined) delete parts[name];
    else parts[name] = content;
  }
  return parts;
}

export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) {
    files[name] = typeof content === "string" ? new TextEncoder().encode(content) : content;
  }
  return zipSync(files, { level });
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  return zipParts(buildParts(spec));
}

/** One-sheet package whose sheet is `<sheetData>` + `rest`. */
export function oneSheet(sheetData: string, extra: Omit<PackageSpec, "sheets"> = {}, rest = ""): Uint8Array {
  return buildPackage({ ...extra, sheets: [{ name: "Sheet1", xml: `<sheetData>${sheetData}</sheetData>${rest}` }] });
}
