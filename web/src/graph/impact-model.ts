/**
 * Impact view helpers, pure so they are tested headless (tests/web-impact.test.ts): the URL
 * parameters read into `impact()` arguments with their defaults and bounds, a witness path told in
 * words, and the result as plain rows for the tables and the CSV/XLSX exports.
 */
import type { ImpactArgs, ImpactHit, ImpactResult, NodeSummary } from '../api/queries.js';
import { listParam } from '../state/url.js';
import type { GraphModel } from './elements.js';
import { RELATIONSHIPS } from '../generated/model.js';

/** The relationship types impact walks (README, "Impact analysis"), in the model's order: those the model marks `propagates`. */
export const PROPAGATING_TYPES: readonly string[] = RELATIONSHIPS.filter((r) => r.propagates).map((r) => r.type);

/** The three strictness levels the form offers, as the `provenance` parameter writes them. */
export const STRICTNESS = ['stated', 'stated,inferred', 'stated,inferred,example'] as const;
export type Strictness = (typeof STRICTNESS)[number];
export const DEFAULT_STRICTNESS: Strictness = 'stated,inferred';
export const MAX_DEPTH = 6;
export const DEFAULT_DEPTH = 3;

export interface ImpactState {
  id: string | null;
  direction: 'DEPENDENTS' | 'DEPENDENCIES';
  depth: number;
  /** The types to walk; all of PROPAGATING_TYPES when the parameter is absent. */
  types: string[];
  strictness: Strictness;
  architecture: string | null;
}

/** Reads the route parameters; anything out of range falls back to the default. */
export function impactState(params: Record<string, string>): ImpactState {
  const depth = Number.parseInt(params.depth ?? '', 10);
  const types = listParam(params.types).filter((t) => PROPAGATING_TYPES.includes(t));
  const wanted = new Set(listParam(params.provenance));
  const strictness = STRICTNESS.find((s) => s.split(',').length === wanted.size && s.split(',').every((p) => wanted.has(p))) ?? DEFAULT_STRICTNESS;
  return {
    id: params.id || null,
    direction: params.direction === 'DEPENDENCIES' ? 'DEPENDENCIES' : 'DEPENDENTS',
    depth: Number.isFinite(depth) ? Math.min(MAX_DEPTH, Math.max(1, depth)) : DEFAULT_DEPTH,
    types: types.length ? types : [...PROPAGATING_TYPES],
    strictness,
    architecture: params.architecture || null,
  };
}

/** The route parameters for a state, defaults left out so links stay short ('' removes a parameter). */
export function impactParams(s: Omit<ImpactState, 'id'> & { id?: string | null }): Record<string, string> {
  return {
    ...(s.id ? { id: s.id } : {}),
    direction: s.direction === 'DEPENDENTS' ? '' : s.direction,
    depth: s.depth === DEFAULT_DEPTH ? '' : String(s.depth),
    types: s.types.length === PROPAGATING_TYPES.length || !s.types.length ? '' : PROPAGATING_TYPES.filter((t) => s.types.includes(t)).join(','),
    provenance: s.strictness === DEFAULT_STRICTNESS ? '' : s.strictness,
    architecture: s.architecture ?? '',
  };
}

export function impactArgs(s: ImpactState): ImpactArgs {
  return {
    id: s.id ?? '',
    direction: s.direction,
    maxDepth: s.depth,
    relationshipTypes: s.types.length === PROPAGATING_TYPES.length ? null : s.types,
    provenance: s.strictness.split(','),
    architecture: s.architecture,
  };
}

/** Names of every node the result mentions (the root and each hit; a path only runs through them). */
export function namesOf(r: ImpactResult): Map<string, NodeSummary> {
  return new Map<string, NodeSummary>([[r.root.id, r.root], ...r.affected.map((h) => [h.node.id, h.node] as const)]);
}

/**
 * A witness path in words, each step as stored ("A uses data from B"), steps joined by "; ".
 * `relWords` gives the words of a type in the current language.
 */
export function witnessWords(hit: ImpactHit, names: Map<string, NodeSummary>, relWords: (type: string) => string): string {
  const name = (id: string) => names.get(id)?.name ?? id;
  return hit.path.map((s) => `${name(s.from.id)} ${relWords(s.type)} ${name(s.to.id)}`).join('; ');
}

/** Every quote of a witness path, with its section, for the "quote on demand" and the exports. */
export function witnessQuotes(hit: ImpactHit): { section: string; document: string; quote: string; provenance: string }[] {
  // `document` is the citation people read (title, number, date), the key only when the server sent none.
  return hit.path.flatMap((s) =>
    s.source ? [{ section: s.source.section, document: s.source.citation ?? s.source.document, quote: s.source.quote, provenance: s.provenance }] : [],
  );
}

/** The weakest provenance on a hit: the node's own or any step's (example < inferred < stated). */
export function hitProvenance(hit: ImpactHit): string {
  const rank = ['example', 'external', 'inferred', 'stated'];
  const all = [hit.node.provenance, ...hit.path.map((s) => s.provenance)];
  return all.reduce((weakest, p) => (rank.indexOf(p) >= 0 && rank.indexOf(p) < rank.indexOf(weakest) ? p : weakest), 'stated');
}

export interface ImpactRow {
  id: string;
  name: string;
  kind: string;
  depth: number;
  exposure: ImpactHit['exposure'];
  provenance: string;
  witness: string;
  quotes: string;
}

/** The affected list as rows (in the server's order: by depth, then name). */
export function impactRows(r: ImpactResult, relWords: (type: string) => string): ImpactRow[] {
  const names = namesOf(r);
  return r.affected.map((h) => ({
    id: h.node.id,
    name: h.node.name,
    kind: h.node.kind,
    depth: h.depth,
    exposure: h.exposure,
    provenance: hitProvenance(h),
    witness: witnessWords(h, names, relWords),
    quotes: witnessQuotes(h)
      .map((q) => `${q.section}: “${q.quote}”`)
      .join(' | '),
  }));
}

/** A file name for an export: `akb-impact-ndb-dan-cu.csv` (letters and digits of the id only). */
export function exportFileName(view: string, id: string, ext: string): string {
  const slug = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `akb-${view}-${slug || 'export'}.${ext}`;
}

/** Smallest gap between rings, and room each node needs along its ring, in model units. */
export const RING_STEP = 90;
export const NODE_ROOM = 64;
/** Each ring turned this much (radians) further than the one inside it. */
export const RING_TWIST = 0.5;

/**
 * Rings sized to what they hold: impactToGraph spaces rings evenly (depth × RING), so a handful of
 * hits ends up far apart and, once fitted, drawn tiny. Each ring keeps its angles and takes the
 * smallest radius that leaves its nodes NODE_ROOM apart and stays RING_STEP outside the previous one.
 * Every ring of impactToGraph starts at angle 0, so first nodes line up and their labels (drawn
 * below) run into each other: each ring is turned RING_TWIST further than the one inside it.
 */
export function compactRings(m: GraphModel): GraphModel {
  const count = new Map<number, number>();
  for (const n of m.nodes) {
    const d = Number(n.data?.depth ?? 0);
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  const radius = new Map<number, number>([[0, 0]]);
  let previous = 0;
  for (const d of [...count.keys()].filter((d) => d > 0).sort((a, b) => a - b)) {
    previous = Math.max(previous + RING_STEP, (count.get(d)! * NODE_ROOM) / (2 * Math.PI));
    radius.set(d, Math.round(previous));
  }
  return {
    ...m,
    nodes: m.nodes.map((n) => {
      const d = Number(n.data?.depth ?? 0);
      if (!n.position || d === 0) return n;
      const theta = Math.atan2(n.position.y, n.position.x) + (d - 1) * RING_TWIST;
      const r = radius.get(d)!;
      return { ...n, position: { x: Math.round(r * Math.cos(theta)), y: Math.round(r * Math.sin(theta)) } };
    }),
  };
}
