import { OfficeExcelPort } from "../excel-adapter/index.js";
import { PaneController } from "./controller.js";
import { DomView } from "./dom-view.js";

// Entry of the task pane bundle: wire Excel, the screen and the controller.
// Each workbook is read with the built-in catalogue of its period (2022.1, 2025.2).
const view = new DomView();
new PaneController(new OfficeExcelPort(), view, {})
  .start()
  .catch((error: unknown) => view.notice("error", error instanceof Error ? error.message : String(error)));
