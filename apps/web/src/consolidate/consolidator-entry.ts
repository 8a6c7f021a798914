// Entry of the script `consolidator.js`, loaded by the page only when a folder is consolidated.
import { ConsolidateError, consolidateFiles } from "@phuluc/consolidate";
import { CONSOLIDATOR_GLOBAL, type Consolidator } from "./consolidator.js";

const loaded: Consolidator = { consolidateFiles, ConsolidateError };
(globalThis as Record<string, unknown>)[CONSOLIDATOR_GLOBAL] = loaded;
