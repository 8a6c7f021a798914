/**
 * A read-only map whose values are made when asked for and not kept: the
 * keys are known, each value comes from `make`. Each `get` makes the value
 * anew, so a caller reading one value often should keep it. Consolidation
 * serves units' figures this way (10,000 units hold no maps of decimals).
 */
export class LazyMap<V> implements ReadonlyMap<string, V> {
  private readonly members: ReadonlySet<string>;

  constructor(
    /** The keys, in the order the map iterates. */
    private readonly list: readonly string[],
    private readonly make: (key: string) => V,
  ) {
    this.members = new Set(list);
  }

  get size(): number {
    return this.list.length;
  }

  has(key: string): boolean {
    return this.members.has(key);
  }

  get(key: string): V | undefined {
    return this.has(key) ? this.make(key) : undefined;
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.list) yield [key, this.make(key)];
  }

  *keys(): MapIterator<string> {
    yield* this.list;
  }

  *values(): MapIterator<V> {
    for (const key of this.list) yield this.make(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
