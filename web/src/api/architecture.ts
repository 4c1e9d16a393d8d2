/**
 * Operations of the architecture view: one version's overall diagram (its layers, what each layer
 * holds, everything the version INCLUDES with the status of each inclusion) and the comparison of
 * two versions (`architectureDiff`).
 */
import { gql } from './client.js';
import type { NodeSummary, SourceRef } from './queries.js';

const NODE = 'id name nameEn kind provenance province abbreviations';

export interface ArchitectureLayerView {
  id: string;
  name: string;
  nameEn: string | null;
  provenance: string;
  order: number;
  layerKey: string;
  layerMembers: NodeSummary[];
}

/** A node an architecture INCLUDES, with the status the INCLUDES relationship carries. */
export interface Inclusion {
  status: string | null;
  provenance: string;
  sources: SourceRef[];
  node: NodeSummary;
}

export interface ArchitectureDiagram {
  id: string;
  name: string;
  nameEn: string | null;
  version: string | null;
  layers: ArchitectureLayerView[];
  included: Inclusion[];
}

/** The diagram of one version; null when no Architecture has that id. */
export const architectureDiagram = (id: string, signal?: AbortSignal) =>
  gql<{
    node:
      | (NodeSummary & {
          version?: string;
          diagramLayers?: (NodeSummary & { order: number; layerKey: string; layerMembers: NodeSummary[] })[];
          relationships: Inclusion[];
        })
      | null;
  }>(
    `query($id: ID!) { node(id: $id) { ${NODE}
       ... on Architecture { version diagramLayers { ${NODE} ... on ArchitectureLayer { order layerKey layerMembers { ${NODE} } } } }
       relationships(direction: OUT, types: ["INCLUDES"]) { status provenance sources { document citation section quote provenance } node { ${NODE} } } } }`,
    { id },
    signal,
  ).then((r): ArchitectureDiagram | null => {
    const n = r.node;
    if (!n || n.kind !== 'Architecture') return null;
    return {
      id: n.id,
      name: n.name,
      nameEn: n.nameEn ?? null,
      version: n.version ?? null,
      layers: (n.diagramLayers ?? []).map((l) => ({ id: l.id, name: l.name, nameEn: l.nameEn ?? null, provenance: l.provenance, order: l.order, layerKey: l.layerKey, layerMembers: l.layerMembers ?? [] })),
      included: n.relationships,
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

const SOURCES = 'sources { document citation section quote provenance }';
const ITEM = `node { ${NODE} } statusFrom statusTo ${SOURCES}`;
const LINK = `type from { ${NODE} } to { ${NODE} } provenance ${SOURCES}`;

/** What changed from `from` to `to` (e.g. arch:qng-2.0 → arch:qng-3.0). */
export const architectureDiff = (from: string, to: string, signal?: AbortSignal) =>
  gql<{ architectureDiff: ArchitectureDiff }>(
    `query($from: ID!, $to: ID!) { architectureDiff(from: $from, to: $to) {
       from { ${NODE} } to { ${NODE} } keptCount
       added { ${ITEM} } removed { ${ITEM} } statusChanged { ${ITEM} }
       merged { target { ${ITEM} } merged { ${ITEM} } ${SOURCES} }
       renamed { previous { ${ITEM} } successor { ${ITEM} } provenance ${SOURCES} }
       nationalAdded { ${ITEM} } nationalDropped { ${ITEM} }
       connectionsAdded { ${LINK} } connectionsRemoved { ${LINK} } } }`,
    { from, to },
    signal,
  ).then((r) => r.architectureDiff);
