/**
 * DataLoaders, made anew for every request: every by-id lookup and every relationship field goes
 * through them, so a nested list costs one query per level, never one per item.
 */
import DataLoader from 'dataloader';
import type { GraphRepository, NodeRow, RelatedKey, RelatedRow } from '../graph/repository.js';

export interface Loaders {
  node: DataLoader<string, NodeRow | null>;
  related: DataLoader<RelatedKey, RelatedRow[], string>;
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
  return { node, related };
}
