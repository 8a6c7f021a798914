import type { CalculationProperties, WorksheetState } from "exceljs";
import type { DrawnSheetOptions, DrawnWorkbook } from "./drawing-api.js";
import { SharedStrings } from "./shared-strings.js";
import { sheetXml } from "./sheet-xml.js";
import { StyleRegistry } from "./style-registry.js";
import { THEME_XML } from "./theme-part.js";
import { ROOT_RELS_XML, appXml, contentTypesXml, coreXml, sheetPartName, workbookRelsXml, workbookXml } from "./workbook-parts.js";
import { WrittenSheet } from "./written-sheet.js";

/** One part of the package: its name and its XML. */
export interface WorkbookPart {
  name: string;
  xml: string;
  /** The sheet the part is, for worksheet parts. */
  sheet?: WrittenSheet;
}

/**
 * A workbook drawn through the exceljs-shaped API (DrawnWorkbook) and
 * written as .xlsx parts without exceljs: what the national sheets use,
 * no more (anything else is refused with SheetWriterUnsupportedError).
 */
export class WrittenWorkbook implements DrawnWorkbook {
  creator = "";
  created = new Date();
  modified = new Date();
  calcProperties = {} as CalculationProperties;
  readonly worksheets: WrittenSheet[] = [];

  addWorksheet(name: string, options: DrawnSheetOptions = {}): WrittenSheet {
    if (this.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`Worksheet name already exists: ${name}`);
    const state: WorksheetState = options.state ?? "visible";
    const sheet = new WrittenSheet(this.worksheets.length + 1, name, state, options.properties?.tabColor);
    this.worksheets.push(sheet);
    return sheet;
  }

  /**
   * The package's parts, each made when it is asked for: the sheets first
   * (they fill the shared strings and styles), then the rest.
   */
  *parts(): Generator<WorkbookPart> {
    const sheets = this.worksheets;
    const styles = new StyleRegistry();
    const strings = new SharedStrings();
    yield { name: "[Content_Types].xml", xml: contentTypesXml(sheets) };
    yield { name: "_rels/.rels", xml: ROOT_RELS_XML };
    yield { name: "docProps/app.xml", xml: appXml(sheets) };
    yield { name: "docProps/core.xml", xml: coreXml(this) };
    yield { name: "xl/workbook.xml", xml: workbookXml(sheets, this.calcProperties.fullCalcOnLoad === true) };
    yield { name: "xl/_rels/workbook.xml.rels", xml: workbookRelsXml(sheets) };
    yield { name: "xl/theme/theme1.xml", xml: THEME_XML };
    for (const sheet of sheets) yield { name: sheetPartName(sheet), xml: sheetXml(sheet, styles, strings), sheet };
    yield { name: "xl/sharedStrings.xml", xml: strings.xml() };
    yield { name: "xl/styles.xml", xml: styles.xml() };
  }
}
