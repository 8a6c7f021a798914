import { checkedForm } from "@phuluc/core/runtime";
import { resolveRegistries } from "../units/resolve-registries.js";
import { readSetupFrom, type CheckedReadSetup, type ReadSetup, type ReadSetupData } from "./read-setup.js";

/** Checks the files given by the user (their schemas load only if there are some): what the reading threads are sent. */
export async function checkReadSetup(data: ReadSetupData): Promise<CheckedReadSetup> {
  const checked: CheckedReadSetup = { registries: await resolveRegistries(data.registryFiles) };
  if (data.catalogueFile !== undefined) {
    const { loadCatalogue } = await import("@phuluc/core/documents");
    checked.catalogueForm = checkedForm(loadCatalogue(data.catalogueFile));
  }
  if (data.catalogueVersion !== undefined) checked.catalogueVersion = data.catalogueVersion;
  if (data.previous) checked.previous = data.previous;
  return checked;
}

/** The setup of one thread straight from what is asked (this thread reading). */
export async function makeReadSetup(data: ReadSetupData): Promise<ReadSetup> {
  return readSetupFrom(await checkReadSetup(data));
}
