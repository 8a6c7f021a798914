const loading = new Map<string, Promise<void>>();

/**
 * Runs one of the page's own scripts (a file beside index.html) once, on first
 * need. A classic script, not a module: browsers refuse modules and workers
 * from file://, but run the page's own classic scripts.
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

/** One of the page's own files could not be loaded: the page's folder is incomplete. */
export class ScriptLoadError extends Error {
  override readonly name = "ScriptLoadError";
  constructor(readonly src: string) {
    super(`${src} could not be loaded`);
  }
}
