import { catalogue2022 } from "@phuluc/core";
import { OfficeExcelPort } from "../excel-adapter/index.js";
import { PaneController } from "./controller.js";
import { DomView } from "./dom-view.js";

// Entry of the task pane bundle: wire Excel, the screen and the controller.
const view = new DomView();
new PaneController(new OfficeExcelPort(), view, { catalogue: catalogue2022() })
  .start()
  .catch((error: unknown) => view.notice("error", error instanceof Error ? error.message : String(error)));
