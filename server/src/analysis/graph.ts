/**
 * The analysis graph: a compact in-memory projection of the knowledge graph, held by each server
 * process, on which every traversal runs (impact, the national view, neighbourhoods, appraisal
 * context). Neo4j stays the system of record; this is a derived read model, like a search index.
 *
 * Layout. Node ids are interned to dense ints (slots); per slot only what analyses read: id, name,
 * and codes for kind, component kind, province and provenance. Every relationship between two
 * nodes is held once per direction as CSR typed arrays (offsets + peers, with a type code and a
 * provenance code per edge); `via` and `status`, the only relationship properties analyses read,
 * sit in a sparse map. Sources and quotes are never held: they are read from Neo4j for the page
 * of results returned.
 *
 * Changes. CSR arrays are immutable; a node whose edges change after the build gets an overlay
 * (its full edge lists, both directions) that replaces its CSR slice, and new nodes get new slots.
 * When overlays grow large the owner rebuilds from Neo4j in the background (service.ts).
 */
import { KINDS, PROVENANCES, RELATIONSHIPS, COMPONENT_KINDS, LEVELS, HOSTINGS } from '../model/model.js';
import type { NameOrder } from './name-order.js';
import type { HeldNode } from '../impact/impact.js';

export const KIND_CODES: readonly string[] = KINDS.map((k) => k.name);
export const TYPE_CODES: readonly string[] = RELATIONSHIPS.map((r) => r.type);
export const PROVENANCE_CODES: readonly string[] = PROVENANCES;
/** Component kinds; code 0 is "none" (not a component). */
export const COMPONENT_KIND_CODES: readonly string[] = ['', ...COMPONENT_KINDS];
/** Levels (national, province…) and hostings; code 0 is "not set". */
export const LEVEL_CODES: readonly string[] = ['', ...LEVELS];
export const HOSTING_CODES: readonly string[] = ['', ...HOSTINGS];

const index = (xs: readonly string[]) => new Map(xs.map((x, i) => [x, i]));
export const KIND_CODE = index(KIND_CODES);
export const TYPE_CODE = index(TYPE_CODES);
export const PROVENANCE_CODE = index(PROVENANCE_CODES);
export const COMPONENT_KIND_CODE = index(COMPONENT_KIND_CODES);
export const LEVEL_CODE = index(LEVEL_CODES);
export const HOSTING_CODE = index(HOSTING_CODES);
/** Codes that mean "unknown value" (a value the model does not know, e.g. written outside akb). */
export const UNKNOWN = 255;

export const T = Object.fromEntries(TYPE_CODES.map((t, i) => [t, i])) as Record<string, number>;

/** The properties of a relationship analyses read; absent on most edges. */
export interface EdgeAttrs {
  via?: string;
  status?: string;
}

/** What the analysis graph keeps of a node. */
export interface NodeState {
  id: string;
  name: string;
  kind: string;
  componentKind: string | null;
  province: string | null;
  provenance: string;
  /**
   * What the appraisal rules read (server/src/appraisal/on-graph.ts): level and hosting as codes;
   * the rest sparse (most nodes have none). Absent = not set.
   */
  level?: string | null;
  hosting?: string | null;
  hostingReason?: string | null;
  nameEn?: string | null;
  /** A shared service's capability key. */
  capability?: string | null;
  abbreviations?: readonly string[] | null;
}

/** One node's edges in one direction, as parallel arrays (CSR slice or overlay); `length` used. */
export interface EdgeList {
  length: number;
  peer: Int32Array;
  type: Uint8Array;
  prov: Uint8Array;
  attrs: (EdgeAttrs | undefined)[] | null;
}

/** A read view of one adjacency range, reused to keep the traversal loops allocation-free. */
export interface AdjView {
  peer: Int32Array;
  type: Uint8Array;
  prov: Uint8Array;
  start: number;
  end: number;
}

interface Overlay {
  out: EdgeList;
  in: EdgeList;
}

const empty = (): EdgeList => ({ length: 0, peer: new Int32Array(0), type: new Uint8Array(0), prov: new Uint8Array(0), attrs: null });

function grow<A extends Int32Array | Uint8Array | Uint16Array>(a: A, size: number): A {
  if (a.length >= size) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(size, Math.ceil(a.length * 1.5) + 16));
  b.set(a);
  return b;
}

/** The CSR part, built once (build.ts) and never mutated. */
export interface Csr {
  /** Nodes covered (slots 0 … nodes-1). */
  nodes: number;
  outOff: Int32Array;
  outPeer: Int32Array;
  outType: Uint8Array;
  outProv: Uint8Array;
  inOff: Int32Array;
  inPeer: Int32Array;
  inType: Uint8Array;
  inProv: Uint8Array;
  /** For each in-edge, the index of the same edge in the out arrays (attributes live there). */
  inRef: Int32Array;
  /** Attributes by out-edge index. */
  attrs: Map<number, EdgeAttrs>;
}

export class AnalysisGraph {
  /** Slots used (deleted nodes keep their slot). */
  size = 0;
  ids: string[] = [];
  names: string[] = [];
  kind = new Uint8Array(0);
  componentKind = new Uint8Array(0);
  province = new Uint16Array(0);
  provenance = new Uint8Array(0);
  level = new Uint8Array(0);
  hosting = new Uint8Array(0);
  /** Sparse node attributes (few nodes have them): stored only where set. */
  readonly hostingReasons = new Map<number, string>();
  readonly namesEn = new Map<number, string>();
  readonly capabilities = new Map<number, string>();
  readonly abbreviations = new Map<number, readonly string[]>();
  /** Level or hosting values the model does not know (written outside akb), as written. */
  private readonly otherValues = new Map<number, { level?: string; hosting?: string }>();
  deleted = new Uint8Array(0);
  /** 1 where the slot's edges come from an overlay rather than the CSR. */
  overlaid = new Uint8Array(0);
  /**
   * Per slot: bit 1 when it has an outgoing MEMBER_OF_GROUP (it is a member of some group), bit 2
   * when it has an incoming one (it is a group with members). The walk skips the adjacency scans
   * for collective mentions on the (many) nodes that have none.
   */
  groupFlags = new Uint8Array(0);
  /** Province names by code; code 0 is "no province". */
  readonly provinces: string[] = [''];
  private provinceCode = new Map<string, number>([['', 0]]);
  private slotOf = new Map<string, number>();
  private overlays = new Map<number, Overlay>();
  /** Live (not deleted) nodes and edges. */
  nodeCount = 0;
  edgeCount = 0;
  /**
   * Every live slot in the order of (name, id) under the Vietnamese collation (name-order.ts),
   * computed in a worker after the build and kept up to date by the service; null while unknown
   * (ordering then falls back to the collator).
   */
  nameOrder: NameOrder | null = null;
  /** Bumped on every change: caches keyed on the graph check it. */
  version = 0;

  constructor(
    readonly csr: Csr,
    /** The database revision and epoch this graph reflects. */
    public revision: number,
    public epoch: string,
  ) {}

  // ---- nodes ----

  slot(id: string): number | undefined {
    const s = this.slotOf.get(id);
    return s === undefined || this.deleted[s] ? undefined : s;
  }

  /** The slot an id has or had (deleted nodes keep theirs), for caches cleaning up after a deletion. */
  slotEver(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  has(id: string): boolean {
    return this.slot(id) !== undefined;
  }

  provinceOf(slot: number): string | null {
    const c = this.province[slot];
    return c === 0 ? null : this.provinces[c];
  }

  kindOf(slot: number): string {
    return KIND_CODES[this.kind[slot]] ?? 'Node';
  }

  componentKindOf(slot: number): string | null {
    return COMPONENT_KIND_CODES[this.componentKind[slot]] || null;
  }

  provenanceName(code: number): string {
    return PROVENANCE_CODES[code] ?? 'unknown';
  }

  provenanceOf(slot: number): string {
    return PROVENANCE_CODES[this.provenance[slot]] ?? 'unknown';
  }

  levelOf(slot: number): string | null {
    const c = this.level[slot];
    return c === UNKNOWN ? (this.otherValues.get(slot)?.level ?? null) : LEVEL_CODES[c] || null;
  }

  hostingOf(slot: number): string | null {
    const c = this.hosting[slot];
    return c === UNKNOWN ? (this.otherValues.get(slot)?.hosting ?? null) : HOSTING_CODES[c] || null;
  }

  hostingReasonOf(slot: number): string | null {
    return this.hostingReasons.get(slot) ?? null;
  }

  nameEnOf(slot: number): string | null {
    return this.namesEn.get(slot) ?? null;
  }

  capabilityOf(slot: number): string | null {
    return this.capabilities.get(slot) ?? null;
  }

  abbreviationsOf(slot: number): readonly string[] {
    return this.abbreviations.get(slot) ?? [];
  }

  /** A node as the views draw it (an impact hit, a counted agency): no database read needed. */
  heldNode(slot: number): HeldNode {
    return {
      id: this.ids[slot],
      name: this.names[slot],
      nameEn: this.nameEnOf(slot),
      kind: this.kindOf(slot),
      componentKind: this.componentKindOf(slot),
      province: this.provinceOf(slot),
      provenance: this.provenanceOf(slot),
      abbreviations: this.abbreviationsOf(slot),
    };
  }

  /** Sets the appraisal attributes of a slot (build and changes). */
  private setAttributes(s: number, n: Pick<NodeState, 'level' | 'hosting' | 'hostingReason' | 'nameEn' | 'capability' | 'abbreviations'>) {
    const code = (v: string | null | undefined, codes: Map<string, number>, key: 'level' | 'hosting') => {
      if (!v) return 0;
      const c = codes.get(v);
      if (c !== undefined) return c;
      this.otherValues.set(s, { ...this.otherValues.get(s), [key]: v });
      return UNKNOWN;
    };
    this.otherValues.delete(s);
    this.level[s] = code(n.level, LEVEL_CODE, 'level');
    this.hosting[s] = code(n.hosting, HOSTING_CODE, 'hosting');
    const sparse = <V>(m: Map<number, V>, v: V | null | undefined, present: boolean) => (present ? m.set(s, v as V) : m.delete(s));
    sparse(this.hostingReasons, n.hostingReason, !!n.hostingReason);
    sparse(this.namesEn, n.nameEn, !!n.nameEn);
    sparse(this.capabilities, n.capability, !!n.capability);
    sparse(this.abbreviations, n.abbreviations, !!n.abbreviations?.length);
  }

  internProvince(p: string | null | undefined): number {
    if (!p) return 0;
    let c = this.provinceCode.get(p);
    if (c === undefined) {
      c = this.provinces.length;
      if (c > 65_535) throw new Error('more than 65,535 distinct provinces');
      this.provinces.push(p);
      this.provinceCode.set(p, c);
    }
    return c;
  }

  /** Code of a province name, or -1 when no node has it. */
  provinceCodeOf(p: string | null): number {
    return p === null ? 0 : (this.provinceCode.get(p) ?? -1);
  }

  /** Adds or updates a node; returns its slot and whether its place in the name order may move. */
  setNode(n: NodeState): { slot: number; reorder: boolean } {
    let s = this.slotOf.get(n.id);
    let reorder = false;
    if (s === undefined) {
      s = this.size++;
      this.ensureCapacity(this.size);
      this.ids[s] = n.id;
      this.slotOf.set(n.id, s);
      this.nodeCount++;
      // New slots beyond the CSR have no CSR edges: give them an (empty) overlay.
      if (s >= this.csr.nodes) this.overlayOf(s);
      reorder = true;
    } else if (this.deleted[s]) {
      this.deleted[s] = 0;
      this.nodeCount++;
      reorder = true;
    }
    if (this.names[s] !== n.name) reorder = true;
    this.names[s] = n.name;
    this.kind[s] = KIND_CODE.get(n.kind) ?? UNKNOWN;
    this.componentKind[s] = n.componentKind ? (COMPONENT_KIND_CODE.get(n.componentKind) ?? UNKNOWN) : 0;
    this.province[s] = this.internProvince(n.province);
    this.provenance[s] = PROVENANCE_CODE.get(n.provenance) ?? UNKNOWN;
    this.setAttributes(s, n);
    this.version++;
    return { slot: s, reorder };
  }

  /** Removes a node and every edge that touches it. */
  deleteNode(id: string): void {
    const s = this.slot(id);
    if (s === undefined) return;
    this.clearEdges(id);
    this.deleted[s] = 1;
    this.nodeCount--;
    this.version++;
  }

  private ensureCapacity(n: number) {
    this.kind = grow(this.kind, n);
    this.componentKind = grow(this.componentKind, n);
    this.province = grow(this.province, n);
    this.provenance = grow(this.provenance, n);
    this.level = grow(this.level, n);
    this.hosting = grow(this.hosting, n);
    this.deleted = grow(this.deleted, n);
    this.overlaid = grow(this.overlaid, n);
    this.groupFlags = grow(this.groupFlags, n);
  }

  /** Reserves room for `n` slots up front (the build knows the node count). */
  reserve(n: number) {
    this.ensureCapacity(n);
  }

  private kindSlots = new Map<string, { version: number; slots: number[] }>();

  /** Live slots of some kinds (few, e.g. tasks and indicators), cached until the graph changes. */
  slotsOfKinds(kinds: string[]): number[] {
    const key = kinds.join();
    const hit = this.kindSlots.get(key);
    if (hit && hit.version === this.version) return hit.slots;
    const codes = new Set(kinds.map((k) => KIND_CODE.get(k)));
    const slots: number[] = [];
    for (let s = 0; s < this.size; s++) if (codes.has(this.kind[s]) && !this.deleted[s]) slots.push(s);
    this.kindSlots.set(key, { version: this.version, slots });
    return slots;
  }

  // ---- edges ----

  /** Overlays in use: when many nodes have one, a rebuild is cheaper than patching on. */
  get overlayCount(): number {
    return this.overlays.size;
  }

  /** The edges of a slot in one direction (a copy-free view for CSR slots). */
  edges(s: number, dir: 'out' | 'in'): EdgeList {
    if (this.overlaid[s]) return this.overlays.get(s)![dir];
    const c = this.csr;
    if (s >= c.nodes) return empty();
    const [off, peer, type, prov] = dir === 'out' ? [c.outOff, c.outPeer, c.outType, c.outProv] : [c.inOff, c.inPeer, c.inType, c.inProv];
    const a = off[s];
    const b = off[s + 1];
    let attrs: (EdgeAttrs | undefined)[] | null = null;
    if (c.attrs.size) {
      for (let i = a; i < b; i++) {
        const at = c.attrs.get(dir === 'out' ? i : c.inRef[i]);
        if (at) (attrs ??= new Array(b - a))[i - a] = at;
      }
    }
    return { length: b - a, peer: peer.subarray(a, b), type: type.subarray(a, b), prov: prov.subarray(a, b), attrs };
  }

  /** Fills `view` with a slot's adjacency in one direction; no allocation on the traversal path. */
  view(s: number, dir: 'out' | 'in', view: AdjView): AdjView {
    if (this.overlaid[s]) {
      const l = this.overlays.get(s)![dir];
      view.peer = l.peer;
      view.type = l.type;
      view.prov = l.prov;
      view.start = 0;
      view.end = l.length;
      return view;
    }
    const c = this.csr;
    if (dir === 'out') {
      view.peer = c.outPeer;
      view.type = c.outType;
      view.prov = c.outProv;
      view.start = c.outOff[s];
      view.end = c.outOff[s + 1];
    } else {
      view.peer = c.inPeer;
      view.type = c.inType;
      view.prov = c.inProv;
      view.start = c.inOff[s];
      view.end = c.inOff[s + 1];
    }
    return view;
  }

  private overlayOf(s: number): Overlay {
    let o = this.overlays.get(s);
    if (!o) {
      o = { out: copy(this.edges(s, 'out')), in: copy(this.edges(s, 'in')) };
      this.overlays.set(s, o);
      this.overlaid[s] = 1;
    }
    return o;
  }

  private removeFromList(s: number, dir: 'out' | 'in', peer: number, type: number): boolean {
    const l = this.overlayOf(s)[dir];
    for (let i = 0; i < l.length; i++) {
      if (l.peer[i] === peer && l.type[i] === type) {
        // Order within a list carries no meaning: move the last edge into the hole.
        const last = --l.length;
        l.peer[i] = l.peer[last];
        l.type[i] = l.type[last];
        l.prov[i] = l.prov[last];
        if (l.attrs) {
          l.attrs[i] = l.attrs[last];
          l.attrs.length = last;
        }
        if (type === T.MEMBER_OF_GROUP) this.refreshGroupFlag(s, dir);
        return true;
      }
    }
    return false;
  }

  private addToList(s: number, dir: 'out' | 'in', peer: number, type: number, prov: number, attrs: EdgeAttrs | undefined) {
    const l = this.overlayOf(s)[dir];
    const n = l.length;
    if (n === l.peer.length) {
      l.peer = grow(l.peer, n + 1);
      l.type = grow(l.type, n + 1);
      l.prov = grow(l.prov, n + 1);
    }
    l.peer[n] = peer;
    l.type[n] = type;
    l.prov[n] = prov;
    if (attrs || l.attrs) {
      l.attrs ??= new Array(n);
      l.attrs[n] = attrs;
    }
    l.length = n + 1;
    if (type === T.MEMBER_OF_GROUP) this.groupFlags[s] |= dir === 'out' ? 1 : 2;
  }

  private refreshGroupFlag(s: number, dir: 'out' | 'in') {
    const l = this.overlays.get(s)![dir];
    const bit = dir === 'out' ? 1 : 2;
    let has = false;
    for (let i = 0; i < l.length && !has; i++) has = l.type[i] === T.MEMBER_OF_GROUP;
    this.groupFlags[s] = has ? this.groupFlags[s] | bit : this.groupFlags[s] & ~bit;
  }

  /** Removes the relationship from → to of this type, if held. */
  deleteEdge(from: string, type: string, to: string): void {
    const a = this.slot(from);
    const b = this.slot(to);
    const t = TYPE_CODE.get(type);
    if (a === undefined || b === undefined || t === undefined) return;
    const removed = this.removeFromList(a, 'out', b, t);
    this.removeFromList(b, 'in', a, t);
    if (removed) this.edgeCount--;
    this.version++;
  }

  /** Adds or replaces the relationship from → to of this type. */
  setEdge(from: string, type: string, to: string, provenance: string, attrs: EdgeAttrs | undefined): void {
    const a = this.slot(from);
    const b = this.slot(to);
    const t = TYPE_CODE.get(type);
    if (a === undefined || b === undefined || t === undefined) return;
    this.deleteEdge(from, type, to);
    const p = PROVENANCE_CODE.get(provenance) ?? UNKNOWN;
    this.addToList(a, 'out', b, t, p, attrs);
    this.addToList(b, 'in', a, t, p, attrs);
    this.edgeCount++;
    this.version++;
  }

  /** Drops every edge of a node (before its edges are set again from the database). */
  clearEdges(id: string): void {
    const s = this.slot(id);
    if (s === undefined) return;
    const o = this.overlayOf(s);
    for (const dir of ['out', 'in'] as const) {
      const l = o[dir];
      for (let i = 0; i < l.length; i++) if (l.peer[i] !== s) this.removeFromList(l.peer[i], dir === 'out' ? 'in' : 'out', s, l.type[i]);
    }
    this.edgeCount -= o.out.length;
    for (let i = 0; i < o.in.length; i++) if (o.in.peer[i] !== s) this.edgeCount--;
    o.out = empty();
    o.in = empty();
    this.groupFlags[s] = 0;
    this.version++;
  }

  /**
   * The attributes of the edge at index `i` of the adjacency `view(s, dir)` filled (an index into
   * the CSR arrays, or into the slot's overlay list), if any.
   */
  attrsAt(s: number, dir: 'out' | 'in', i: number): EdgeAttrs | undefined {
    if (this.overlaid[s]) return this.overlays.get(s)![dir].attrs?.[i];
    const c = this.csr;
    return c.attrs.size ? c.attrs.get(dir === 'out' ? i : c.inRef[i]) : undefined;
  }

  /** The attributes of the edge from → to of this type (via, status), if any. */
  edgeAttrs(a: number, type: number, b: number): EdgeAttrs | undefined {
    const l = this.edges(a, 'out');
    for (let i = 0; i < l.length; i++) if (l.peer[i] === b && l.type[i] === type) return l.attrs?.[i];
    return undefined;
  }

  /** Takes the build's node columns (build.ts): slots 0 … n-1 in the CSR's numbering. */
  adoptBuiltNodes(cols: {
    ids: string[];
    names: string[];
    kind: Uint8Array;
    componentKind: Uint8Array;
    provinces: (string | null)[];
    provenance: Uint8Array;
    level?: Uint8Array;
    hosting?: Uint8Array;
    /** Sparse attributes by slot; level and hosting values the model does not know, as written. */
    sparse?: {
      hostingReason: Map<number, string>;
      nameEn: Map<number, string>;
      capability: Map<number, string>;
      abbreviations: Map<number, readonly string[]>;
      other: Map<number, { level?: string; hosting?: string }>;
    };
  }): void {
    const n = cols.ids.length;
    this.ensureCapacity(n);
    this.ids = cols.ids;
    this.names = cols.names;
    this.kind.set(cols.kind.subarray(0, n));
    this.componentKind.set(cols.componentKind.subarray(0, n));
    this.provenance.set(cols.provenance.subarray(0, n));
    if (cols.level) this.level.set(cols.level.subarray(0, n));
    if (cols.hosting) this.hosting.set(cols.hosting.subarray(0, n));
    if (cols.sparse) {
      for (const [s, v] of cols.sparse.hostingReason) this.hostingReasons.set(s, v);
      for (const [s, v] of cols.sparse.nameEn) this.namesEn.set(s, v);
      for (const [s, v] of cols.sparse.capability) this.capabilities.set(s, v);
      for (const [s, v] of cols.sparse.abbreviations) this.abbreviations.set(s, v);
      for (const [s, v] of cols.sparse.other) this.otherValues.set(s, v);
    }
    for (let s = 0; s < n; s++) {
      this.slotOf.set(cols.ids[s], s);
      this.province[s] = this.internProvince(cols.provinces[s]);
    }
    this.size = n;
    this.nodeCount = n;
    const c = this.csr;
    for (let s = 0; s < n; s++) {
      let f = 0;
      for (let e = c.outOff[s]; e < c.outOff[s + 1]; e++) if (c.outType[e] === T.MEMBER_OF_GROUP) f |= 1;
      for (let e = c.inOff[s]; e < c.inOff[s + 1]; e++) if (c.inType[e] === T.MEMBER_OF_GROUP) f |= 2;
      this.groupFlags[s] = f;
    }
  }
}

function copy(l: EdgeList): EdgeList {
  return {
    length: l.length,
    peer: l.peer.slice(0, l.length),
    type: l.type.slice(0, l.length),
    prov: l.prov.slice(0, l.length),
    attrs: l.attrs ? l.attrs.slice(0, l.length) : null,
  };
}
