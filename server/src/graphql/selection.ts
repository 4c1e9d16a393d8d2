/**
 * What a query asks for below a field, so a resolver can skip work nobody selected: the impact
 * resolver computes its province counts and attachments only when they are selected, and answers
 * `node { id name kind }` from the walk instead of loading each node.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Names of the fields selected directly under the current field (through fragments too). */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[] = []): Set<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, rest: string[]) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (rest.length === 0) out.add(s.name.value);
        else if (s.name.value === rest[0]) visit(s.selectionSet, rest.slice(1));
      } else if (s.kind === 'InlineFragment') visit(s.selectionSet, rest);
      else if (s.kind === 'FragmentSpread') visit((info.fragments[s.name.value] as FragmentDefinitionNode | undefined)?.selectionSet, rest);
    }
  };
  for (const f of info.fieldNodes as readonly FieldNode[]) visit(f.selectionSet, path);
  return out;
}

const memo = new WeakMap<object, Map<string, Set<string>>>();

/**
 * True when every field selected at `path` is one of `allowed` (and something is selected).
 * Memoised per field node: a list resolver asks once per item with the same selection.
 */
export function selectsOnly(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[], allowed: ReadonlySet<string>): boolean {
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let fields = byPath.get(key);
  if (!fields) byPath.set(key, (fields = selectedFields(info, path)));
  if (!fields.size) return false;
  for (const f of fields) if (!allowed.has(f)) return false;
  return true;
}
