import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, posix } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  // As IIS and nginx serve scripts by default: no charset, so the page's UTF-8 declaration decodes the bundle.
  ".js": "text/javascript",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** The file a URL path names: under the first mount (`/office-js/` → a folder) it matches, else under root. */
function fileFor(root: string, mounts: Record<string, string>, path: string): string {
  const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
  return mount ? join(mounts[mount] ?? root, path.slice(mount.length)) : join(root, path);
}

/**
 * Serves a folder on 127.0.0.1 on a free port, for the browser tests;
 * `mounts` serves other folders under URL prefixes (`{ "/office-js/": dir }`).
 */
export async function serveFolder(root: string, mounts: Record<string, string> = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = posix.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname));
      const body = await readFile(fileFor(root, mounts, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
