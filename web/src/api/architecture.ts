/**
 * Operations of the architecture view: one version's layered landscape (its layers and where each
 * component it draws is placed, stated or inferred, with the connections among them) and the
 * comparison of two versions (`architectureDiff`).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { NodeSummary, SourceRef } from './queries.js';

export interface LandscapeLayerView {
  id: string;
  name: string;
  nameEn: string | null;
  provenance: string;
  order: number;
  layerKey: string;
  /** Distinct components placed in it. */
  size: number;
}

/** Where one component is drawn: its layer (null: Other), the group framing it, and why. */
export interface LandscapePlacementView {
  node: NodeSummary;
  layerId: string | null;
  groupId: string | null;
  status: string | null;
  /** stated (a stored IN_LAYER), inferred (computed at read time), null in no layer. */
  provenance: string | null;
  rule: string | null;
  explanationVi: string | null;
  explanationEn: string | null;
  via: NodeSummary | null;
  sources: SourceRef[];
}

export interface LandscapeConnection {
  type: string;
  from: string;
  to: string;
  provenance: string;
}

export interface ArchitectureLandscape {
  id: string;
  name: string;
  nameEn: string | null;
  version: string | null;
  layers: LandscapeLayerView[];
  placements: LandscapePlacementView[];
  componentCount: number;
  statedCount: number;
  inferredCount: number;
  otherCount: number;
  otherShare: number;
  connections: LandscapeConnection[];
  /** What the documents say of the version itself (superseded by, conforms to…), for a version with nothing drawn. */
  about: { type: string; field: string; direction: string; node: NodeSummary; sources: SourceRef[] }[];
}

/** The layered landscape of one version; null when no Architecture has that id. */
export const architectureLandscape = (id: string, signal?: AbortSignal) =>
  gql(
    graphql(`
      query ArchitectureLandscape($id: ID!) {
        node(id: $id) {
          ...NodeSummary
          ... on Architecture { version }
          relationships(direction: BOTH, types: ["SUPERSEDES", "CONFORMS_TO", "APPROVED_BY"]) {
            type field direction node { ...NodeSummary } sources { ...SourceRef }
          }
        }
        architectureLandscape(id: $id) {
          layers { layer { ...NodeSummary } order layerKey size }
          placements {
            node { ...NodeSummary } layer { id } group { id } status provenance rule explanationVi explanationEn
            via { ...NodeSummary } sources { ...SourceRef }
          }
          componentCount statedCount inferredCount otherCount otherShare connections { type from to provenance }
        }
      }
    `),
    { id },
    signal,
  ).then((r): ArchitectureLandscape | null => {
    const n = r.node;
    const l = r.architectureLandscape;
    if (!n || n.kind !== 'Architecture' || !l) return null;
    return {
      id: n.id,
      name: n.name,
      nameEn: n.nameEn ?? null,
      version: ('version' in n ? n.version : null) ?? null,
      layers: l.layers.map((x) => ({
        id: x.layer.id,
        name: x.layer.name,
        nameEn: x.layer.nameEn ?? null,
        provenance: x.layer.provenance,
        order: x.order,
        layerKey: x.layerKey,
        size: x.size,
      })),
      placements: l.placements.map((p) => ({
        node: p.node,
        layerId: p.layer?.id ?? null,
        groupId: p.group?.id ?? null,
        status: p.status,
        provenance: p.provenance,
        rule: p.rule,
        explanationVi: p.explanationVi,
        explanationEn: p.explanationEn,
        via: p.via,
        sources: p.sources,
      })),
      componentCount: l.componentCount,
      statedCount: l.statedCount,
      inferredCount: l.inferredCount,
      otherCount: l.otherCount,
      otherShare: l.otherShare,
      connections: l.connections,
      about: n.relationships,
    };
  });

export interface DiffItem {
  node: NodeSummary;
  statusFrom: string | null;
  statusTo: string | null;
  sources: SourceRef[];
}

export interface DiffMerge {
  target: DiffItem | null;
  merged: DiffItem[];
  sources: SourceRef[];
}

export interface DiffRename {
  previous: DiffItem;
  successor: DiffItem;
  provenance: string;
  sources: SourceRef[];
}

export interface DiffLink {
  type: string;
  from: NodeSummary;
  to: NodeSummary;
  provenance: string;
  sources: SourceRef[];
}

export interface ArchitectureDiff {
  from: NodeSummary;
  to: NodeSummary;
  added: DiffItem[];
  removed: DiffItem[];
  keptCount: number;
  statusChanged: DiffItem[];
  merged: DiffMerge[];
  renamed: DiffRename[];
  nationalAdded: DiffItem[];
  nationalDropped: DiffItem[];
  connectionsAdded: DiffLink[];
  connectionsRemoved: DiffLink[];
}

/** One node of a comparison, with its status in each version. */
graphql(`
  fragment DiffItem on DiffItem {
    node { ...NodeSummary } statusFrom statusTo sources { ...SourceRef }
  }
`);

/** One connection of a comparison. */
graphql(`
  fragment DiffLink on DiffLink {
    type from { ...NodeSummary } to { ...NodeSummary } provenance sources { ...SourceRef }
  }
`);

/** What changed from `from` to `to` (e.g. arch:qng-2.0 → arch:qng-3.0). */
export const architectureDiff = (from: string, to: string, signal?: AbortSignal): Promise<ArchitectureDiff> =>
  gql(
    graphql(`
      query ArchitectureDiff($from: ID!, $to: ID!) {
        architectureDiff(from: $from, to: $to) {
          from { ...NodeSummary } to { ...NodeSummary } keptCount
          added { ...DiffItem } removed { ...DiffItem } statusChanged { ...DiffItem }
          merged { target { ...DiffItem } merged { ...DiffItem } sources { ...SourceRef } }
          renamed { previous { ...DiffItem } successor { ...DiffItem } provenance sources { ...SourceRef } }
          nationalAdded { ...DiffItem } nationalDropped { ...DiffItem }
          connectionsAdded { ...DiffLink } connectionsRemoved { ...DiffLink }
        }
      }
    `),
    { from, to },
    signal,
  ).then((r) => r.architectureDiff);
