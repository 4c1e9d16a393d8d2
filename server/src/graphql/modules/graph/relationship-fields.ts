/**
 * The relationship fields of every kind, both readings, generated from the model so that each
 * relationship is declared once (model.ts) and appears in GraphQL as a readable pair
 * (`usesDataFrom` / `feeds`, `lead` / `led`).
 */
import { KINDS, RELATIONSHIPS } from '../../../model/model.js';
import type { Context } from '../../context.js';
import type { NodeRow } from '../../../graph/repository.js';

export interface RelationshipField {
  kind: string;
  field: string;
  type: string;
  out: boolean;
  description: string;
}

export function relationshipFields(): RelationshipField[] {
  const out: RelationshipField[] = [];
  for (const r of RELATIONSHIPS) {
    for (const kind of new Set(r.from))
      out.push({ kind, field: r.forward, type: r.type, out: true, description: `→ ${r.type}: ${r.descriptionVi} / ${r.description}` });
    for (const kind of new Set(r.to))
      out.push({
        kind,
        field: r.reverse,
        type: r.type,
        out: false,
        description: `← ${r.type} (chiều ngược): ${r.descriptionVi} / ${r.description} (read backwards)`,
      });
  }
  return out;
}

export function relationshipFieldsSDL(): string {
  const byKind = new Map<string, RelationshipField[]>();
  for (const f of relationshipFields()) {
    if (!byKind.has(f.kind)) byKind.set(f.kind, []);
    byKind.get(f.kind)!.push(f);
  }
  return KINDS.filter((k) => byKind.has(k.name))
    .map((k) => {
      const fields = byKind.get(k.name)!.map((f) => `  "${f.description.replace(/"/g, "'")}"\n  ${f.field}: [Node!]!`);
      return `extend type ${k.name} {\n${fields.join('\n')}\n}`;
    })
    .join('\n\n');
}

export function relationshipFieldResolvers(): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const f of relationshipFields()) {
    resolvers[f.kind] ??= {};
    resolvers[f.kind][f.field] = async (parent: NodeRow, _: unknown, ctx: Context) =>
      (await ctx.loaders.related.load({ id: parent.id, type: f.type, out: f.out })).map((r) => r.node);
  }
  return resolvers;
}
