import type { WrittenSheet } from "./written-sheet.js";
import { xmlAttribute, xmlText } from "./xml-escape.js";

/** The package parts around the sheets: content types, relationships, workbook, document properties. */

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export const sheetPartName = (sheet: WrittenSheet) => `xl/worksheets/sheet${sheet.id}.xml`;

export function contentTypesXml(sheets: readonly WrittenSheet[]): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    override("xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`) +
    sheets.map((s) => override(sheetPartName(s), `${CT}.spreadsheetml.worksheet+xml`)).join("") +
    override("xl/theme/theme1.xml", `${CT}.theme+xml`) +
    override("xl/styles.xml", `${CT}.spreadsheetml.styles+xml`) +
    override("xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`) +
    override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("docProps/app.xml", `${CT}.extended-properties+xml`) +
    `</Types>`
  );
}

export const ROOT_RELS_XML =
  `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** Relationship ids: rId1–3 styles, theme, shared strings; then one per sheet. */
const sheetRelId = (i: number) => `rId${i + 4}`;

export function workbookRelsXml(sheets: readonly WrittenSheet[]): string {
  return (
    `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    sheets.map((s, i) => `<Relationship Id="${sheetRelId(i)}" Type="${REL}/worksheet" Target="worksheets/sheet${s.id}.xml"/>`).join("") +
    `</Relationships>`
  );
}

/** `1:3` → `$1:$3`. */
const absoluteRows = (rows: string) => rows.replace(/(\d+)/g, "$$$1");

export function workbookXml(sheets: readonly WrittenSheet[], fullCalcOnLoad: boolean): string {
  const names = sheets.flatMap((s, i) => {
    const rows = s.pageSetup.printTitlesRow;
    return rows
      ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${s.name.replace(/'/g, "''")}'!${absoluteRows(rows)}`)}</definedName>`]
      : [];
  });
  return (
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="164011"/><sheets>` +
    sheets.map((s, i) => `<sheet sheetId="${s.id}" name="${xmlAttribute(s.name)}" state="${s.state}" r:id="${sheetRelId(i)}"/>`).join("") +
    `</sheets>${names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : ""}` +
    `<calcPr calcId="171027"${fullCalcOnLoad ? ` fullCalcOnLoad="1"` : ""}/></workbook>`
  );
}

export function appXml(sheets: readonly WrittenSheet[]): string {
  return (
    `${XML}<Properties xmlns="${"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    `<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
}

/** W3CDTF without milliseconds. */
const w3c = (d: Date) => d.toISOString().replace(/\.\d{3}/, "");

export function coreXml(props: { creator: string; created: Date; modified: Date }): string {
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(props.creator)}</dc:creator><dc:title></dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>Unknown</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(props.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(props.modified)}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}
