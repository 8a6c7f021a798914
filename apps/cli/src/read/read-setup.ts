import { readSetupFrom as portableSetupFrom, type CheckedReadSetup, type ReadSetup } from "@phuluc/consolidate/read";
import { nativeInflate } from "./native-inflate.js";

/** What reading one file needs, from the checked setup (in each thread), with Node's native inflater. */
export function readSetupFrom(data: CheckedReadSetup): ReadSetup {
  return portableSetupFrom(data, nativeInflate);
}
