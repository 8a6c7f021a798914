/** The parts of a page's `<script>` element a script loader uses. */
export interface ScriptElement {
  src: string;
  addEventListener(type: "load" | "error", listener: () => void): void;
  remove(): void;
}

/** The parts of a page's `document` a script loader uses (the page's `document` is one). */
export interface ScriptDocument<E extends ScriptElement = ScriptElement> {
  createElement(tag: "script"): E;
  head: { append(element: E): void };
}

/** One of the page's own script files could not be loaded (its folder is incomplete, or the connection dropped). */
export class ScriptLoadError extends Error {
  override readonly name = "ScriptLoadError";
  constructor(readonly src: string) {
    super(`${src} could not be loaded`);
  }
}

/**
 * A loader that runs each of a page's own scripts (files beside its HTML)
 * once, on first need, as a classic script: browsers refuse modules and
 * workers from file://, and the EdgeHTML webview that ExcelApi 1.9 may still
 * use has no dynamic import. A load that failed is forgotten, so that asking
 * again retries it; it rejects with ScriptLoadError.
 */
export function scriptLoader<E extends ScriptElement>(page: ScriptDocument<E>): (src: string) => Promise<void> {
  const loading = new Map<string, Promise<void>>();
  return (src) => {
    let done = loading.get(src);
    if (!done) {
      done = new Promise<void>((resolve, reject) => {
        const script = page.createElement("script");
        script.src = src;
        script.addEventListener("load", () => resolve());
        script.addEventListener("error", () => {
          loading.delete(src);
          script.remove();
          reject(new ScriptLoadError(src));
        });
        page.head.append(script);
      });
      loading.set(src, done);
    }
    return done;
  };
}

let pageLoader: ((src: string) => Promise<void>) | undefined;

/**
 * Runs one of this page's own scripts once, on first need (see scriptLoader):
 * the loader of the page's `document`, made on the first call, so that a
 * module using it may also be imported where there is no page.
 */
export function loadPageScript(src: string): Promise<void> {
  const page = (globalThis as unknown as { document?: ScriptDocument }).document;
  if (page === undefined) throw new TypeError(`loadPageScript("${src}"): there is no page (no document) to run a script in`);
  pageLoader ??= scriptLoader(page);
  return pageLoader(src);
}
