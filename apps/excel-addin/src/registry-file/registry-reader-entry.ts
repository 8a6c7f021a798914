// Entry of the script `registry-reader.js`, loaded by the pane only when the officer chooses a registry file.
import { REGISTRY_READER_GLOBAL, type RegistryReader } from "../pane/registry-reader.js";
import { readRegistryFile } from "./read-registry-file.js";

const reader: RegistryReader = { readRegistryFile };
(globalThis as Record<string, unknown>)[REGISTRY_READER_GLOBAL] = reader;
