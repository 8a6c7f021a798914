import type { writeTemplate } from "@phuluc/xlsx/template";

/**
 * What the separately loaded script `template-writer.js` gives the page:
 * exceljs and the template drawing, most of the page's code,
 * which only the "Biểu mẫu" task needs. Checking and consolidating never load it.
 */
export interface TemplateWriter {
  writeTemplate: typeof writeTemplate;
}

/** The global the script sets; the page reads it once the script has run. */
export const TEMPLATE_WRITER_GLOBAL = "phulucTemplateWriter";
