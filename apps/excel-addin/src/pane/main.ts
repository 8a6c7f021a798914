import { OfficeExcelPort } from "../excel-adapter/index.js";
import { PaneController } from "./controller.js";
import { DomView } from "./dom-view.js";
import { faultDetail } from "./fault-detail.js";
import { T } from "../texts.js";

// Entry of the task pane bundle: wire Excel, the screen and the controller.
// Each workbook is read with the built-in catalogue of its period (2022.1, 2025.2).
const view = new DomView();
new PaneController(new OfficeExcelPort(), view, {})
  .start()
  // start() reports its own failures; this is the last resort should reporting itself fail.
  .catch((error: unknown) => view.fault(T.addinFault(...T.faultAt.open), faultDetail(error, new Date())));
