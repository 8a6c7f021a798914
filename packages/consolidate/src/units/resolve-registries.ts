import { builtinRegistries, type Registry } from "@phuluc/core/runtime";

function overlaps(a: Registry, b: Registry): boolean {
  const start = (r: Registry) => r.validFrom ?? "0000-01-01";
  const end = (r: Registry) => r.validTo ?? "9999-12-31";
  return start(a) <= end(b) && start(b) <= end(a);
}

const cache = new WeakMap<object, Registry>();

/** A registry file loaded once per parsed JSON (checking 10,000 units takes a while). */
function loaded(json: unknown, loadRegistry: (json: unknown) => Registry): Registry {
  if (json === null || typeof json !== "object") return loadRegistry(json);
  const hit = cache.get(json);
  if (hit) return hit;
  const registry = loadRegistry(json);
  cache.set(json, registry);
  return registry;
}

/**
 * The unit registries in force: the built-in ones, where a registry file
 * given with `--registry` replaces every built-in registry whose validity
 * overlaps its own (a custom list of districts valid "always" replaces both).
 * Throws RegistryError for a malformed file. The schemas (zod) load only
 * when there are registry files to check.
 */
export async function resolveRegistries(customJson: readonly unknown[] = []): Promise<Registry[]> {
  const { loadRegistry } = customJson.length > 0 ? await import("@phuluc/core/documents") : { loadRegistry: undefined };
  const custom = loadRegistry ? customJson.map((json) => loaded(json, loadRegistry)) : [];
  const builtin = builtinRegistries().filter((b) => !custom.some((c) => overlaps(b, c)));
  return [...builtin, ...custom];
}
