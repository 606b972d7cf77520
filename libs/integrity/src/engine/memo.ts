/**
 * The last few results by object identity. The rules of one scoring read the same two filings many
 * times, and a batch re-score reads each filing once: a few slots serve the first, and unlike a
 * WeakMap entry per filing they cost the garbage collector nothing. Inputs are read as immutable:
 * a caller that changes a filing object in place must pass a new object.
 */
export class RecentMemo<K extends object, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private next = 0;

  constructor(size = 4) {
    this.keys = new Array<K | undefined>(size);
    this.values = new Array<V | undefined>(size);
  }

  get(key: K): V | undefined {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: K, value: V): V {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
    return value;
  }
}
