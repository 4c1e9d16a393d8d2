/**
 * Compact bookkeeping for the bulk loads (bulk.ts, initial-load.ts), sized for a national file of
 * a million nodes and five million relationships within the Node process's memory goal:
 * - `IdTable`: every node id the load has seen, interned to a dense index, with its kind, whether
 *   this load created it and (online) the node's element id once known, so relationship ends are
 *   looked up in the database once per import rather than once per batch;
 * - `RelKeySet`: every relationship (from, type, to) the load has written, exactly, in typed
 *   arrays (~9 bytes a slot instead of a string key each), so a relationship given twice is
 *   recognised as an update of the first, as MERGE would treat it.
 */
import { KINDS, RELATIONSHIPS } from '../model/model.js';

const KIND_CODE = new Map(KINDS.map((k, i) => [k.name, i + 1]));
const KIND_NAME = ['', ...KINDS.map((k) => k.name)];
export const TYPE_CODE = new Map(RELATIONSHIPS.map((r, i) => [r.type, i + 1]));

export class IdTable {
  private readonly index = new Map<string, number>();
  private kinds = new Uint8Array(1 << 16);
  private flags = new Uint8Array(1 << 16);
  // Element ids ("4:<database>:<number>" in Neo4j 5) share their prefix: kept as one prefix and a
  // number per node (8 bytes instead of a ~60-byte string at a million nodes); any other shape
  // is kept whole. The format is not relied on: a ref is rebuilt only when that is exact.
  private refPrefix: string | null = null;
  private refNumbers = new Float64Array(1 << 16).fill(NaN);
  private readonly refOthers = new Map<number, string>();

  get size(): number {
    return this.index.size;
  }

  indexOf(id: string): number | undefined {
    return this.index.get(id);
  }

  kindOf(id: string): string | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : KIND_NAME[this.kinds[i]];
  }

  /** Whether this load created the node (it was not stored before). */
  created(id: string): boolean {
    const i = this.index.get(id);
    return i !== undefined && (this.flags[i] & 1) === 1;
  }

  /** The node's element id in the database, when this load has learnt it. */
  refOf(id: string): string | undefined {
    const i = this.index.get(id);
    if (i === undefined) return undefined;
    const n = this.refNumbers[i];
    return Number.isNaN(n) ? this.refOthers.get(i) : `${this.refPrefix}${n}`;
  }

  setRef(id: string, ref: string): void {
    const i = this.index.get(id);
    if (i === undefined) return;
    const cut = ref.lastIndexOf(':') + 1;
    const prefix = ref.slice(0, cut);
    const n = Number(ref.slice(cut));
    this.refPrefix ??= prefix;
    if (cut > 0 && prefix === this.refPrefix && Number.isSafeInteger(n) && String(n) === ref.slice(cut)) {
      this.refNumbers[i] = n;
      this.refOthers.delete(i);
    } else {
      this.refNumbers[i] = NaN;
      this.refOthers.set(i, ref);
    }
  }

  /** Records an id with its kind; returns its index. */
  set(id: string, kind: string, created = false): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(id, i);
      if (i >= this.kinds.length) {
        const grow = (a: Uint8Array) => {
          const b = new Uint8Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.kinds = grow(this.kinds);
        this.flags = grow(this.flags);
        const refNumbers = new Float64Array(this.refNumbers.length * 2).fill(NaN);
        refNumbers.set(this.refNumbers);
        this.refNumbers = refNumbers;
      }
    }
    this.kinds[i] = KIND_CODE.get(kind) ?? 0;
    if (created) this.flags[i] |= 1;
    return i;
  }
}

/** An exact set of (from index, type, to index), open addressing over typed arrays. */
export class RelKeySet {
  private from = new Int32Array(1 << 16).fill(-1);
  private to = new Int32Array(1 << 16);
  private type = new Uint8Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  private static hash(a: number, t: number, b: number): number {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16) ^ t, 0x27d4eb2f);
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** Adds the key; true when it was not there before. */
  add(fromIndex: number, typeCode: number, toIndex: number): boolean {
    if ((this.count + 1) / this.from.length > 0.7) this.grow();
    return this.insert(fromIndex, typeCode, toIndex);
  }

  has(fromIndex: number, typeCode: number, toIndex: number): boolean {
    const mask = this.from.length - 1;
    for (let s = RelKeySet.hash(fromIndex, typeCode, toIndex) & mask; ; s = (s + 1) & mask) {
      if (this.from[s] === -1) return false;
      if (this.from[s] === fromIndex && this.to[s] === toIndex && this.type[s] === typeCode) return true;
    }
  }

  private insert(a: number, t: number, b: number): boolean {
    const mask = this.from.length - 1;
    for (let s = RelKeySet.hash(a, t, b) & mask; ; s = (s + 1) & mask) {
      if (this.from[s] === -1) {
        this.from[s] = a;
        this.to[s] = b;
        this.type[s] = t;
        this.count++;
        return true;
      }
      if (this.from[s] === a && this.to[s] === b && this.type[s] === t) return false;
    }
  }

  private grow() {
    const [from, to, type] = [this.from, this.to, this.type];
    this.from = new Int32Array(from.length * 2).fill(-1);
    this.to = new Int32Array(from.length * 2);
    this.type = new Uint8Array(from.length * 2);
    this.count = 0;
    for (let s = 0; s < from.length; s++) if (from[s] !== -1) this.insert(from[s], type[s], to[s]);
  }
}
