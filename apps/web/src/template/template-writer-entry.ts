// Entry of the script `template-writer.js`, loaded by the page only when a template is made.
import { writeTemplate } from "@phuluc/xlsx/template";
import { TEMPLATE_WRITER_GLOBAL, type TemplateWriter } from "./template-writer.js";

const writer: TemplateWriter = { writeTemplate };
(globalThis as Record<string, unknown>)[TEMPLATE_WRITER_GLOBAL] = writer;
