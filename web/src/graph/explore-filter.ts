/**
 * Explore's filters, applied on the client to a neighbourhood already fetched: by kind, by
 * provenance, by architecture version, and by an agency, a layer or a data domain the neighbourhood
 * itself contains. Pure, so tested headless (tests/web-explore.test.ts).
 */
import type { Edge, Neighbourhood, NodeSummary } from '../api/queries.js';
import { listParam } from '../state/url.js';
import type { GraphModel } from './elements.js';

export interface ExploreFilter {
  /** Kinds to show; empty shows every kind. */
  kinds: string[];
  /** Provenances to show (nodes and edges); empty shows all. */
  provenance: string[];
  /** Ids an architecture version covers (architectureMembers); null when not filtering by version. */
  architecture: Set<string> | null;
  /** Keep only nodes linked, within the neighbourhood, to this agency / layer / data domain. */
  agency: string | null;
  layer: string | null;
  domain: string | null;
}

export const NO_FILTER: ExploreFilter = { kinds: [], provenance: [], architecture: null, agency: null, layer: null, domain: null };

/**
 * Kinds an architecture version decides about: what it can INCLUDE, its diagram's layers, and
 * architectures themselves (another version is not "in" this one). Agencies, tasks, documents and
 * data domains are not versioned, so the version filter leaves them.
 */
export const VERSIONED_KINDS = new Set(['Component', 'NationalDatabase', 'ComponentGroup', 'Network', 'SharedService', 'ArchitectureLayer', 'Architecture']);

/** The filter the URL parameters describe (`kinds`, `provenance` comma-separated; `agency`, `layer`, `domain` ids). */
export function filterFromParams(params: Record<string, string>, architectureMembers: Set<string> | null): ExploreFilter {
  return {
    kinds: listParam(params.kinds),
    provenance: listParam(params.provenance),
    architecture: params.architecture ? architectureMembers : null,
    agency: params.agency || null,
    layer: params.layer || null,
    domain: params.domain || null,
  };
}

export interface Facet {
  value: string;
  count: number;
}

export interface ExploreFacets {
  kinds: Facet[];
  provenance: Facet[];
  agencies: NodeSummary[];
  layers: NodeSummary[];
  domains: NodeSummary[];
}

const countBy = (values: string[]): Facet[] => {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
};

/** Provenances from the strongest to the weakest, the order the filter lists them in. */
const PROVENANCE_ORDER = ['stated', 'inferred', 'external', 'example'];
const provenanceRank = (p: string) => (PROVENANCE_ORDER.includes(p) ? PROVENANCE_ORDER.indexOf(p) : PROVENANCE_ORDER.length);

const allNodes = (nb: Neighbourhood): NodeSummary[] => {
  const byId = new Map<string, NodeSummary>([[nb.root.id, nb.root]]);
  for (const n of nb.nodes) byId.set(n.id, n);
  return [...byId.values()];
};

/** What the neighbourhood offers to filter on (the root excluded from the agency/layer/domain lists). */
export function exploreFacets(nb: Neighbourhood): ExploreFacets {
  const nodes = allNodes(nb);
  const others = (kinds: string[]) => nodes.filter((n) => kinds.includes(n.kind) && n.id !== nb.root.id).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    kinds: countBy(nodes.map((n) => n.kind)),
    provenance: countBy([...nodes.map((n) => n.provenance), ...nb.edges.map((e) => e.provenance)]).sort(
      (a, b) => provenanceRank(a.value) - provenanceRank(b.value),
    ),
    agencies: others(['Agency', 'AgencyGroup']),
    layers: others(['ArchitectureLayer']),
    domains: others(['DataDomain']),
  };
}

/** Ids joined to `anchor` by an edge of the neighbourhood, and the anchor itself. */
function linkedTo(anchor: string, edges: Edge[]): Set<string> {
  const ids = new Set([anchor]);
  for (const e of edges) {
    if (e.from === anchor) ids.add(e.to);
    if (e.to === anchor) ids.add(e.from);
  }
  return ids;
}

/**
 * The neighbourhood with the nodes that do not match hidden (the root always stays) and the edges
 * whose ends are hidden or whose provenance is filtered out dropped. Criteria combine with AND.
 */
export function filterNeighbourhood(nb: Neighbourhood, f: ExploreFilter): Neighbourhood {
  const anchors = [f.agency, f.layer, f.domain].filter((a): a is string => !!a).map((a) => linkedTo(a, nb.edges));
  const keep = (n: NodeSummary) =>
    n.id === nb.root.id ||
    ((!f.kinds.length || f.kinds.includes(n.kind)) &&
      (!f.provenance.length || f.provenance.includes(n.provenance)) &&
      (!f.architecture || !VERSIONED_KINDS.has(n.kind) || f.architecture.has(n.id)) &&
      anchors.every((ids) => ids.has(n.id)));
  const nodes = nb.nodes.filter(keep);
  const ids = new Set([nb.root.id, ...nodes.map((n) => n.id)]);
  const edges = nb.edges.filter((e) => ids.has(e.from) && ids.has(e.to) && (!f.provenance.length || f.provenance.includes(e.provenance)));
  return { ...nb, nodes, edges };
}

/** True when any criterion is set (the view offers "clear filters"). */
export const isFiltering = (f: ExploreFilter) => !!(f.kinds.length || f.provenance.length || f.architecture || f.agency || f.layer || f.domain);

/**
 * Labels cut to `max` characters (a word boundary when one is near), so a force layout of tasks
 * and long official names stays legible; the full name is in the panel.
 */
export function compactLabels(m: GraphModel, max = 36): GraphModel {
  const cut = (s: string) => {
    if (s.length <= max) return s;
    const head = s.slice(0, max - 1);
    const space = head.lastIndexOf(' ');
    return `${space > max * 0.6 ? head.slice(0, space) : head}…`;
  };
  return { ...m, nodes: m.nodes.map((n) => ({ ...n, label: cut(n.label) })) };
}

/** A depth parameter clamped to what `neighbourhood` accepts (1–3, default 1). */
export function exploreDepth(v: string | undefined): number {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) ? Math.min(3, Math.max(1, n)) : 1;
}
