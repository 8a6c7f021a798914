import { loadRegistry } from "@phuluc/core/documents";
import { RegistryError } from "@phuluc/core/runtime";
import type { RegistryFileReading } from "../pane/registry-reader.js";

/** Reads the text of a registry file the officer chose; a file that is no registry is told why, anything else throws. */
export function readRegistryFile(text: string): RegistryFileReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: "not-json" };
  }
  try {
    return { registry: loadRegistry(json) };
  } catch (error) {
    if (error instanceof RegistryError) return { problem: "invalid", why: error.message };
    throw error;
  }
}
