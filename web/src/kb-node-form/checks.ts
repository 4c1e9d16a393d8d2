/**
 * The server's rules for a node, checked in the browser before anything is sent: the server's own
 * validator (server/src/model/validate.ts `validateNode`), generated into
 * web/src/generated/validate.ts by `npm run codegen` over the generated model, so the web never
 * loads server code at run time and never restates a rule. This module only builds the record the
 * server would judge: `properties` flattened into it and empty values dropped, as the API does;
 * on update, the patch over the node as stored, as `updateNode` does.
 * tests/unit/web-node-checks.test.ts runs both on the same random inputs.
 *
 * Problems carry `where` as the server writes it (`input.name`, `patch.level`), so the form shows
 * them exactly where it shows the server's.
 */
import type { Problem } from '../api/client.js';
import type { EditableNode } from '../api/edit.js';
import { validateNode } from '../generated/validate.js';

type Out = (Problem & { messageVi: string })[];

/** A createNode input or updateNode patch as the API hands it to the validator: `properties` flattened in, empty values dropped. */
function record(input: Record<string, unknown>): Record<string, unknown> {
  const { properties, ...named } = input;
  return { ...named, ...((properties as Record<string, unknown> | null | undefined) ?? {}) };
}

const compact = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined));

/**
 * Problems with a createNode input (`mode: 'create'`, where = `input`) or an updateNode patch of
 * the node `stored` (`mode: 'update'`, where = `patch`), as the form builds them.
 */
export function checkNodeInput(mode: 'create' | 'update', input: Record<string, unknown>, stored?: EditableNode | null): Out {
  if (mode === 'create') return withVi(validateNode('input', compact(record(input))));
  if (!stored) throw new Error('checkNodeInput: an update is checked against the node as stored');
  const next = compact({ ...record(stored as unknown as Record<string, unknown>), ...record(input), id: stored.id, kind: stored.kind });
  // The API does not return a stored `reference`: unless the patch sets one, the server judges it.
  return withVi(validateNode('patch', next)).filter((p) => p.where !== 'patch.reference' || 'reference' in input);
}

/** Every problem of the validator has its Vietnamese message. */
const withVi = (problems: ReturnType<typeof validateNode>): Out => problems.map((p) => ({ ...p, messageVi: p.messageVi ?? p.message }));

/** An id slug from a name: "Cổng Dịch vụ công Quảng Ngãi" → "cong-dich-vu-cong-quang-ngai". */
export function slugFromName(name: string, max = 60): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
