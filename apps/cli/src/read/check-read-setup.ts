import { checkReadSetup, type ReadSetup, type ReadSetupData } from "@phuluc/consolidate/read";
import { readSetupFrom } from "./read-setup.js";

export { checkReadSetup };

/** The setup of one thread straight from what the command asks (this thread reading), with Node's native inflater. */
export async function makeReadSetup(data: ReadSetupData): Promise<ReadSetup> {
  return readSetupFrom(await checkReadSetup(data));
}
