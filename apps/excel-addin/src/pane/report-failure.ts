import { ExcelRefusal } from "../excel-port.js";
import { T } from "../texts.js";
import { faultDetail } from "./fault-detail.js";
import type { PaneView } from "./pane-view.js";

/** Where in the pane's work something failed (see `T.faultAt`). */
export type FaultPlace = keyof typeof T.faultAt;

/**
 * Only a refusal the officer can act on (protection, a cell being edited) is
 * told as such, through `refused`; anything else is shown as a fault of the
 * add-in, with a detail to copy, never as a mistake of the officer or the file.
 */
export function reportFailure(view: PaneView, place: FaultPlace, error: unknown, when: Date, refused: (why: string) => void): void {
  const why = error instanceof ExcelRefusal ? T.refusal[error.reason] : undefined;
  if (why !== undefined) {
    refused(why);
    return;
  }
  const [what, next] = T.faultAt[place];
  view.fault(T.addinFault(what, next), faultDetail(error, when));
}
