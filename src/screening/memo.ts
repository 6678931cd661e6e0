/**
 * A bounded memo for pure functions of a key (a string, or an object such as a normalised name).
 * Party names repeat across a batch (the same exporter, importer and end user on many
 * applications), and screening a name is the costliest step of an assessment, so each distinct name
 * is worked out once. The memo forgets everything when it is full:
 * memory stays bounded, and since the function is pure the output never depends on what it holds.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly capacity = 20_000) {}

  /** The value for `key`, computing it with `make` the first time (or after the memo was emptied). */
  get(key: K, make: () => V): V {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = make();
    if (this.values.size >= this.capacity) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  /** Forgets everything (when what the values depend on besides the key has changed). */
  clear(): void {
    this.values.clear();
  }
}
