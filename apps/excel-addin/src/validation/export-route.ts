import type { HostInfo } from "../excel-port.js";

/**
 * How the submission file reaches the officer on this host:
 * - `download`: `getFileAsync(Compressed)` gives the .xlsx and the pane downloads it;
 * - `download-mac`: the same, but Excel on Mac's webview may not save a
 *   download, so the "Lưu bản sao" guidance is shown beside it;
 * - `save-copy`: the host cannot give the file (no CompressedFile set, as in
 *   Excel on the web): the checked stamp is written and the officer saves a copy.
 */
export type ExportRoute = { kind: "download" } | { kind: "download-mac" } | { kind: "save-copy"; why: "web" | "no-api" };

export function exportRoute(host: Pick<HostInfo, "fileApi" | "platform">): ExportRoute {
  if (!host.fileApi) return { kind: "save-copy", why: host.platform === "OfficeOnline" ? "web" : "no-api" };
  return host.platform === "Mac" ? { kind: "download-mac" } : { kind: "download" };
}
