export { crc32 } from "./crc32.js";
export { portableCompression, type EntryDeflater, type ZipCompression } from "./zip-compression.js";
export { ZipWriter } from "./zip-writer.js";
