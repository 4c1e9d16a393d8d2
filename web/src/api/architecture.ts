/**
 * Operations of the architecture view: one version's layered landscape (its layers and where each
 * component it draws is placed, stated or inferred, with the connections among them) and the
 * comparison of two versions (`architectureDiff`).
 */
import { gql } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type { ArchitectureDiffQuery, ArchitectureLandscapeQuery, DiffItemFragment, DiffLinkFragment } from '../generated/graphql/graphql.js';

type Landscape = NonNullable<ArchitectureLandscapeQuery['architectureLandscape']>;
type LayerEntry = Landscape['layers'][number];
type Placement = Landscape['placements'][number];

/** One layer of the diagram: the layer node's name and provenance, its order and key, and how many distinct components are placed in it. */
export type LandscapeLayerView = Pick<LayerEntry['layer'], 'id' | 'name' | 'provenance'> & { nameEn: string | null } & Omit<LayerEntry, 'layer'>;

/**
 * Where one component is drawn: its layer (null: Other), the group framing it, and why
 * (`provenance` stated: a stored IN_LAYER; inferred: computed at read time; null in no layer).
 */
export type LandscapePlacementView = Omit<Placement, 'layer' | 'group'> & { layerId: string | null; groupId: string | null };

/** A connection among drawn components, ends by id. */
export type LandscapeConnection = Landscape['connections'][number];

/** One version's landscape as the view draws it: the version, its layers, its placements and connections. */
export type ArchitectureLandscape = Omit<Landscape, 'layers' | 'placements'> & {
  id: string;
  name: string;
  nameEn: string | null;
  version: string | null;
  layers: LandscapeLayerView[];
  placements: LandscapePlacementView[];
  /** What the documents say of the version itself (superseded by, conforms to…), for a version with nothing drawn. */
  about: NonNullable<ArchitectureLandscapeQuery['node']>['relationships'];
};

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
      layers: l.layers.map(({ layer, ...x }) => ({ ...x, id: layer.id, name: layer.name, nameEn: layer.nameEn ?? null, provenance: layer.provenance })),
      placements: l.placements.map(({ layer, group, ...p }) => ({ ...p, layerId: layer?.id ?? null, groupId: group?.id ?? null })),
      componentCount: l.componentCount,
      statedCount: l.statedCount,
      inferredCount: l.inferredCount,
      otherCount: l.otherCount,
      otherShare: l.otherShare,
      connections: l.connections,
      about: n.relationships,
    };
  });

/** One node of a comparison, with its status in each version. */
export type DiffItem = DiffItemFragment;
/** One connection of a comparison. */
export type DiffLink = DiffLinkFragment;
/** What changed between two versions (the `ArchitectureDiff` operation below). */
export type ArchitectureDiff = ArchitectureDiffQuery['architectureDiff'];
/** Nodes of the earlier version merged into one of the later. */
export type DiffMerge = ArchitectureDiff['merged'][number];
/** A node renamed: the previous and the successor. */
export type DiffRename = ArchitectureDiff['renamed'][number];

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
