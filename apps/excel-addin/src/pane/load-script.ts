const loading = new Map<string, Promise<void>>();

/**
 * Runs one of the pane's own scripts (a file beside taskpane.html) once, on
 * first need. A classic script, not `import()`: the EdgeHTML webview that
 * ExcelApi 1.9 hosts may still use has no dynamic import, and a bundle at
 * ES2017 cannot carry one.
 */
export function loadScript(src: string): Promise<void> {
  let done = loading.get(src);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.addEventListener("load", () => resolve());
      script.addEventListener("error", () => {
        loading.delete(src);
        script.remove();
        reject(new ScriptLoadError(src));
      });
      document.head.append(script);
    });
    loading.set(src, done);
  }
  return done;
}

/** One of the pane's own files could not be loaded (the host folder is incomplete, the connection dropped). */
export class ScriptLoadError extends Error {
  readonly src: string;
  constructor(src: string) {
    super(`${src} could not be loaded`);
    this.name = "ScriptLoadError";
    this.src = src;
  }
}
