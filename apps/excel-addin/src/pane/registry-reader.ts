import { type Registry, loadPageScript } from "@phuluc/core/runtime";

/** A registry file the officer chose, as read: the registry, or why it cannot be used. */
export type RegistryFileReading = { registry: Registry } | { problem: "not-json" } | { problem: "invalid"; why: string };

/**
 * What the separately loaded script `registry-reader.js` gives the pane: the
 * check of a registry file (zod and core's document schemas, about a tenth of
 * the pane's code), which only choosing such a file needs. Opening and
 * validating a workbook never load it.
 */
export interface RegistryReader {
  readRegistryFile(text: string): RegistryFileReading;
}

/** The global the script sets; the pane reads it once the script has run. */
export const REGISTRY_READER_GLOBAL = "phulucRegistryReader";
/** Beside taskpane.html; scripts/build-pane.mjs writes it. */
export const REGISTRY_READER_SCRIPT = "registry-reader.js";

/** The registry reader, loaded on the first registry file chosen. */
export async function loadRegistryReader(): Promise<RegistryReader> {
  await loadPageScript(REGISTRY_READER_SCRIPT);
  return (globalThis as Record<string, unknown>)[REGISTRY_READER_GLOBAL] as RegistryReader;
}
