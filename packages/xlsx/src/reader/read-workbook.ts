import { parseApplication } from "./app-properties.js";
import { parseContentTypesPart } from "./content-types.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import { sniffFile } from "./file-sniff.js";
import { resolveLimits } from "./limits.js";
import { refuseLongCellText } from "./long-cell-text.js";
import { OoxmlPackage, decodePart } from "./ooxml-package.js";
import { relationshipsPartOf, resolveTarget } from "./part-paths.js";
import { RawSheetImpl } from "./raw-sheet.js";
import { type Relationship, hasType, parseRelationshipsPart } from "./relationships.js";
import { type SharedStrings, readSharedStrings } from "./shared-strings-segments.js";
import type { CellBudget } from "./sheet-data-reader.js";
import { parseSheetBytes } from "./sheet-bytes.js";
import { type CellFormats, NO_CELL_FORMATS, parseStylesPart } from "./styles-part.js";
import type { RawSheet, RawWorkbook, ReadOptions } from "./types.js";
import { parseWorkbookPart } from "./workbook-part.js";

const CONTENT_TYPES_PART = "[Content_Types].xml";
const ROOT_RELATIONSHIPS_PART = "_rels/.rels";
const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";
const DEFAULT_APP_PART = "docProps/app.xml";
const WORKSHEET_TYPES = ["worksheet", "dialogsheet", "xlMacrosheet", "xlIntlMacrosheet"];

/**
 * Reads .xlsx / .xlsm bytes into raw cells. Synchronous, free of Node built-ins, and
 * bounded: every limit of `ReadLimits` is enforced before and while inflating, only
 * the parts needed are inflated, and XML with a DOCTYPE is refused.
 * Throws `WorkbookReadError` for every unreadable or hostile input.
 */
export function readWorkbook(bytes: Uint8Array, options?: ReadOptions): RawWorkbook {
  const { inflate, ...limits } = options ?? {};
  const resolved = resolveLimits(limits);
  sniffFile(bytes, resolved);
  const pkg = new OoxmlPackage(bytes, resolved, inflate);

  const rootRelationships = readRelationships(pkg, "");
  const mainPart = findMainPart(pkg, rootRelationships);
  const workbook = pkg.parsed(mainPart, "workbook", (xml) => parseWorkbookPart(xml, mainPart));
  if (workbook.sheets.length > resolved.maxSheets) {
    throw new WorkbookReadError("file.too_large", { kind: "sheets", limit: resolved.maxSheets, actual: workbook.sheets.length });
  }

  const relationships = readRelationships(pkg, mainPart);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const relatedPart = (type: string): string | undefined => {
    const relationship = relationships.find((candidate) => hasType(candidate, type));
    return relationship && resolveTarget(mainPart, relationship);
  };
  const sharedStringsPart = relatedPart("sharedStrings");
  const shared: SharedStrings =
    sharedStringsPart === undefined
      ? { strings: [], tooLong: new Map() }
      : readSharedStrings(pkg.data(sharedStringsPart), sharedStringsPart, resolved.maxCells, decodePart);
  const stylesPart = relatedPart("styles");
  const formats: CellFormats = stylesPart === undefined ? NO_CELL_FORMATS : pkg.parsed(stylesPart, "styles", (xml) => parseStylesPart(xml, stylesPart));

  const budget: CellBudget = { remaining: resolved.maxCells, limit: resolved.maxCells };
  const sheets: RawSheet[] = workbook.sheets.map((entry, index) => {
    const relationship = byId.get(entry.relationshipId);
    if (relationship === undefined) {
      throw corrupt("missing_relationship", { part: mainPart, id: entry.relationshipId });
    }
    const part = resolveTarget(mainPart, relationship);
    if (!WORKSHEET_TYPES.some((type) => hasType(relationship, type))) {
      // Chart sheets (and unknown kinds) keep their place in the order but have no cells.
      return new RawSheetImpl(entry.name, entry.state, index, [], []);
    }
    const data = pkg.data(part);
    refuseLongCellText(data, entry.name);
    const parsed = parseSheetBytes(data, { part, sheetName: entry.name, sharedStrings: shared.strings, tooLongStrings: shared.tooLong, formats, budget });
    return new RawSheetImpl(entry.name, entry.state, index, parsed.cells, parsed.merges, parsed.dimension);
  });

  const result: RawWorkbook = {
    sheets,
    // Copies: the parsed workbook part may be shared with other packages of the same bytes.
    definedNames: workbook.definedNames.map((name) => ({ ...name })),
    hasMacros: hasMacros(pkg, mainPart),
    date1904: workbook.date1904,
  };
  const application = readApplication(pkg, rootRelationships);
  if (application !== undefined) result.application = application;
  return result;
}

function readRelationships(pkg: OoxmlPackage, sourcePart: string): Relationship[] {
  const part = relationshipsPartOf(sourcePart);
  return pkg.has(part) ? pkg.parsed(part, "relationships", (xml) => parseRelationshipsPart(xml, part)) : [];
}

function findMainPart(pkg: OoxmlPackage, rootRelationships: Relationship[]): string {
  const officeDocument = rootRelationships.find((relationship) => hasType(relationship, "officeDocument"));
  if (officeDocument !== undefined) {
    const part = resolveTarget("", officeDocument);
    // .xlsb keeps the same package layout around binary parts.
    if (part.toLowerCase().endsWith(".bin")) throw corrupt("unsupported_format", { format: "xlsb", part });
    return part;
  }
  // A package without a root relationship to its main part: accept the conventional location.
  if (pkg.has(DEFAULT_WORKBOOK_PART)) return DEFAULT_WORKBOOK_PART;
  // OpenDocument (.ods) is a zip too, with no OPC relationships at all.
  if (pkg.has("content.xml") && pkg.has("META-INF/manifest.xml")) throw corrupt("unsupported_format", { format: "ods" });
  throw corrupt("missing_part", { part: pkg.has(ROOT_RELATIONSHIPS_PART) ? DEFAULT_WORKBOOK_PART : ROOT_RELATIONSHIPS_PART });
}

function hasMacros(pkg: OoxmlPackage, mainPart: string): boolean {
  if (pkg.hasFileNamed("vbaProject.bin")) return true;
  if (!pkg.has(CONTENT_TYPES_PART)) return false;
  // Parsing is only worth it when a macro-enabled type is named at all (or to refuse a DOCTYPE, as in every part).
  const contentTypes = pkg.parsed(CONTENT_TYPES_PART, "content-types", (xml) =>
    /macroenabled|<!doctype/i.test(xml) ? parseContentTypesPart(xml, CONTENT_TYPES_PART) : undefined,
  );
  if (contentTypes === undefined) return false;
  const contentType = contentTypes.of(mainPart);
  return contentType?.toLowerCase().includes("macroenabled") === true;
}

function readApplication(pkg: OoxmlPackage, rootRelationships: Relationship[]): string | undefined {
  const relationship = rootRelationships.find((candidate) => hasType(candidate, "extended-properties"));
  const part = relationship === undefined ? DEFAULT_APP_PART : resolveTarget("", relationship);
  return pkg.has(part) ? pkg.parsed(part, "app", (xml) => parseApplication(xml, part)) : undefined;
}
