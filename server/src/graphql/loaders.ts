/**
 * DataLoaders, made anew for every request: every by-id lookup and every relationship field goes
 * through them, so a nested list costs one query per level, never one per item.
 */
import DataLoader from 'dataloader';
import type { GraphRepository, NodeRow, RelatedKey, RelatedRow } from '../graph/repository.js';

export interface RelationshipKey {
  from: string;
  type: string;
  to: string;
}

export interface Loaders {
  node: DataLoader<string, NodeRow | null>;
  related: DataLoader<RelatedKey, RelatedRow[], string>;
  /** A relationship's sources (JSON as stored), for witness paths the analysis graph answered. */
  relationshipSources: DataLoader<RelationshipKey, string | null, string>;
}

const relatedKey = (k: RelatedKey) => `${k.id}\u0000${k.type}\u0000${k.out ? 1 : 0}`;

export function createLoaders(repo: GraphRepository): Loaders {
  const node = new DataLoader<string, NodeRow | null>(async (ids) => {
    const rows = await repo.nodesByIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const related = new DataLoader<RelatedKey, RelatedRow[], string>(
    async (keys) => {
      const rows = await repo.related(keys);
      const grouped = new Map<string, RelatedRow[]>();
      for (const r of rows) {
        const k = relatedKey(r);
        if (!grouped.has(k)) grouped.set(k, []);
        grouped.get(k)!.push(r);
        node.prime(r.node.id, r.node);
      }
      return keys.map((k) => grouped.get(relatedKey(k)) ?? []);
    },
    { cacheKeyFn: relatedKey },
  );
  const relKey = (k: RelationshipKey) => `${k.from}\u0000${k.type}\u0000${k.to}`;
  const relationshipSources = new DataLoader<RelationshipKey, string | null, string>(
    async (keys) => {
      const rows = await repo.relationshipSources(keys);
      const byKey = new Map(rows.map((r) => [relKey(r), r.sources]));
      return keys.map((k) => byKey.get(relKey(k)) ?? null);
    },
    { cacheKeyFn: relKey },
  );
  return { node, related, relationshipSources };
}
