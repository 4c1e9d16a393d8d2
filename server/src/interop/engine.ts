/**
 * The import engine every format goes through (JSON, CSV, Excel, ArchiMate; CLI and GraphQL):
 * resolve rows without id (name + agency), validate against the model, compare with what is
 * stored, then write in one transaction. All-or-nothing by default: when any row fails, nothing
 * is written and the report says what would have happened and why each failure failed.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database.js';
import { recordAudit } from '../db/audit.js';
import { nodeRow, relRow } from '../graph/rows.js';
import { KIND_BY_NAME } from '../model/model.js';
import { foldKey } from '../model/text.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord, type Source } from '../model/validate.js';
import type { FieldProblem } from '../errors.js';
import type {
  ImportBatch,
  ImportCounts,
  ImportItem,
  ImportOptions,
  ImportReport,
  ItemProblem,
  Location,
  NodeInput,
  ProvenanceLoss,
  RelInput,
} from './types.js';

const WRITE_BATCH = 5_000;
const LOOKUP_BATCH = 10_000;

const relKey = (r: { from?: unknown; type?: unknown; to?: unknown }) => `${r.from} -${r.type}-> ${r.to}`;
const locKey = (at: Location) => `${at.file}\u0000${at.sheet ?? ''}\u0000${at.row ?? ''}\u0000${at.path ?? ''}`;

/** "Sở Y tế Quảng Ngãi" → "so-y-te-quang-ngai": the slug a new id gets. */
export function slugOf(name: string): string {
  return foldKey(name).replace(/&/g, ' ').trim().replace(/\s+/g, '-').slice(0, 80) || 'x';
}

/** Stable JSON for comparing stored and imported properties (key order and int types aside). */
function canonical(props: Record<string, unknown>): string {
  const keys = Object.keys(props)
    .filter((k) => props[k] !== undefined && props[k] !== null)
    .sort();
  return JSON.stringify(keys.map((k) => [k, props[k]]));
}

/** Turns a validator problem (`@.province`) into an item problem located at the row and column. */
export function located(p: FieldProblem, at: Location, columns: Record<string, string> | undefined): ItemProblem {
  const path = p.where.replace(/^@\.?/, '');
  const prop = path.split(/[.[]/)[0];
  return {
    at,
    column: prop ? (columns && Object.hasOwn(columns, prop) ? columns[prop] : prop) : undefined,
    value: p.value,
    message: path ? `${path}: ${p.message}` : p.message,
    messageVi: path ? `${path}: ${p.messageVi ?? p.message}` : (p.messageVi ?? p.message),
  };
}

const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

/** Stronger first: a fact a document states outranks an inference, which outranks public knowledge, then illustrative data. */
const PROVENANCE_RANK: Record<string, number> = { stated: 0, inferred: 1, external: 2, example: 3 };
const sourceKey = (s: Source) => `${s.document}\u0000${s.section}\u0000${s.quote}`;

function storedSources(props: Record<string, unknown>): Source[] {
  try {
    const v = typeof props.sources === 'string' ? (JSON.parse(props.sources) as unknown) : [];
    return Array.isArray(v) ? (v as Source[]) : [];
  } catch {
    return [];
  }
}

/**
 * What a record from the file would take from the stored one's provenance: a weaker provenance,
 * stored sources it leaves out. Unless the import may (allowProvenanceLoss), the stored
 * provenance (with its rule, confidence and reference) and the left-out sources are kept on the
 * record; either way the item says so. Returns which losses there were.
 */
function guardProvenance(
  record: Record<string, unknown>,
  stored: Record<string, unknown>,
  item: ImportItem,
  at: Location,
  allow: boolean,
): { downgraded: boolean; dropped: number } | null {
  const was = String(stored.provenance ?? '');
  const now = String(record.provenance);
  const downgraded = was in PROVENANCE_RANK && PROVENANCE_RANK[now] > PROVENANCE_RANK[was];
  const have = new Set(((record.sources as Source[] | undefined) ?? []).map(sourceKey));
  const dropped = storedSources(stored).filter((x) => !have.has(sourceKey(x)));
  if (!downgraded && !dropped.length) return null;
  const warn = (message: string, messageVi: string) => (item.warnings ??= []).push({ at, column: 'provenance', value: now, message, messageVi });
  if (allow) {
    if (downgraded) warn(`provenance: ${was} becomes ${now} (allowed)`, `nguồn gốc: ${was} thành ${now} (đã cho phép)`);
    if (dropped.length)
      warn(`sources: ${dropped.length} stored source(s) dropped (allowed)`, `trích dẫn: bỏ ${dropped.length} trích dẫn đang lưu (đã cho phép)`);
    return { downgraded, dropped: dropped.length };
  }
  if (downgraded) {
    for (const k of ['rule', 'confidence', 'reference']) {
      if (stored[k] === undefined || stored[k] === null) delete record[k];
      else record[k] = stored[k];
    }
    record.provenance = was;
    warn(
      `provenance: the file says ${now}, the stored record is ${was}; kept ${was} and its sources (allow provenance loss to replace them)`,
      `nguồn gốc: tệp ghi ${now}, bản ghi đang lưu là ${was}; giữ ${was} cùng trích dẫn (cho phép mất nguồn gốc để thay)`,
    );
  }
  if (dropped.length) {
    record.sources = [...((record.sources as Source[] | undefined) ?? []), ...dropped];
    if (!downgraded)
      warn(
        `sources: the file leaves out ${dropped.length} stored source(s); kept them (allow provenance loss to drop them)`,
        `trích dẫn: tệp thiếu ${dropped.length} trích dẫn đang lưu; đã giữ lại (cho phép mất nguồn gốc để bỏ)`,
      );
  }
  return { downgraded, dropped: dropped.length };
}

interface NodeWork {
  input: NodeInput;
  item: ImportItem;
  record?: NodeRecord;
}
interface RelWork {
  input: RelInput;
  item: ImportItem;
  record?: RelRecord;
}

async function inBatches<T, R>(items: T[], size: number, fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await fn(items.slice(i, i + size))));
  return out;
}

/**
 * Validates and (unless a dry run, or rows failed in all-or-nothing mode) writes a batch. The
 * report lists every item with its action and problems; it never throws for bad rows, only for
 * database failures (which write nothing either).
 */
export async function importBatch(db: Database, batch: ImportBatch, opts: ImportOptions): Promise<ImportReport> {
  const work = async (tx: Tx, write: boolean) => runImport(tx, batch, opts, write);
  if (opts.dryRun) return db.readTransaction((tx) => work(tx, false), 600_000);
  // Decide inside the write transaction, so what is compared is what is overwritten.
  return db.writeTransaction((tx) => work(tx, true), 900_000);
}

async function runImport(tx: Tx, batch: ImportBatch, opts: ImportOptions, mayWrite: boolean): Promise<ImportReport> {
  const progress = opts.progress ?? (() => {});
  const total = batch.nodes.length + batch.relationships.length;
  const readProblems = new Map<string, ItemProblem[]>();
  for (const p of batch.problems) {
    const k = locKey(p.at);
    readProblems.set(k, [...(readProblems.get(k) ?? []), p]);
  }
  const claimed = new Set<string>();
  const takeReadProblems = (at: Location) => {
    const k = locKey(at);
    claimed.add(k);
    return readProblems.get(k) ?? [];
  };

  // 1. Nodes: read problems, then ids for rows without one.
  const nodes: NodeWork[] = batch.nodes.map((input) => {
    const r = input.record;
    const item: ImportItem = {
      at: input.at,
      entity: 'node',
      key: typeof r.id === 'string' ? r.id : '',
      kind: typeof r.kind === 'string' ? r.kind : undefined,
      action: 'created',
      problems: [...takeReadProblems(input.at)],
    };
    if (typeof r.id === 'string' && r.id) item.matchedBy = 'id';
    return { input, item };
  });
  await resolveAgencies(tx, nodes);
  await resolveMissingIds(tx, nodes);

  // 2. Validate nodes; the same id twice in one file is an error, not a silent merge.
  const firstAt = new Map<string, NodeWork>();
  nodes.forEach((w, i) => {
    if (i % 5000 === 0) progress('validate', i, total);
    const r = { ...w.input.record } as Partial<NodeRecord>;
    if (typeof r.name === 'string') r.name = r.name.normalize('NFC');
    if (typeof r.id === 'string' && !w.item.key) w.item.key = r.id;
    for (const p of validateNode('@', r)) w.item.problems.push(located(p, w.input.at, w.input.columns));
    const id = r.id as string;
    const prev = typeof id === 'string' ? firstAt.get(id) : undefined;
    if (prev) {
      const where = describe(prev.input.at);
      w.item.problems.push({
        at: w.input.at,
        column: w.input.columns?.id ?? 'id',
        value: id,
        message: `the id ${id} is also at ${where}`,
        messageVi: `mã ${id} đã có ở ${where}`,
      });
    } else if (typeof id === 'string') firstAt.set(id, w);
    if (!w.item.problems.length) w.record = r as NodeRecord;
  });

  // 3. What is stored under those ids (kind clashes are errors: an id never changes kind).
  const ids = nodes.filter((w) => w.record).map((w) => w.record!.id);
  const stored = new Map<string, { kind: string; props: Record<string, unknown> }>();
  for (const row of await inBatches(ids, LOOKUP_BATCH, (chunk) => tx.run('interop/existing-nodes', { ids: chunk })))
    stored.set(row.id as string, { kind: row.kind as string, props: row.props as Record<string, unknown> });
  for (const w of nodes) {
    if (!w.record) continue;
    const s = stored.get(w.record.id);
    if (s && s.kind !== w.record.kind) {
      w.item.problems.push({
        at: w.input.at,
        column: w.input.columns?.kind ?? 'kind',
        value: w.record.kind,
        message: `${w.record.id} is stored as a ${s.kind}; an id cannot change kind`,
        messageVi: `${w.record.id} đang là ${s.kind}; mã không thể đổi loại`,
      });
      w.record = undefined;
    }
  }

  // 4. Relationships: the file's own, plus OWNED_BY for rows that name their agency.
  const rels: RelWork[] = batch.relationships.map((input) => ({
    input,
    item: {
      at: input.at,
      entity: 'relationship',
      key: relKey(input.record),
      kind: typeof input.record.type === 'string' ? input.record.type : undefined,
      action: 'created',
      problems: [...takeReadProblems(input.at)],
    },
  }));
  for (const w of nodes) {
    if (!w.input.ownerAgency || !w.record) continue;
    const n = w.record;
    const record: Partial<RelRecord> = { from: n.id, type: 'OWNED_BY', to: w.input.ownerAgency, provenance: n.provenance };
    for (const k of ['sources', 'rule', 'confidence', 'reference'] as const) if (n[k] !== undefined) record[k] = n[k] as never;
    rels.push({
      input: { at: w.input.at, columns: { to: w.input.columns?.ownerAgency ?? 'ownerAgency' }, record },
      item: { at: w.input.at, entity: 'relationship', key: relKey(record), kind: 'OWNED_BY', action: 'created', problems: [] },
    });
  }
  const rejectedIds = new Set(nodes.filter((w) => !w.record && typeof w.input.record.id === 'string').map((w) => w.input.record.id as string));
  const kinds = new Map<string, string>();
  for (const w of nodes) if (w.record) kinds.set(w.record.id, w.record.kind);
  const unknown = [
    ...new Set(
      rels
        .flatMap((w) => [w.input.record.from, w.input.record.to])
        .filter((id): id is string => typeof id === 'string' && !kinds.has(id) && !rejectedIds.has(id)),
    ),
  ];
  for (const row of await inBatches(unknown, LOOKUP_BATCH, (chunk) => tx.run('interop/existing-nodes', { ids: chunk })))
    kinds.set(row.id as string, row.kind as string);

  const firstRel = new Map<string, RelWork>();
  rels.forEach((w, i) => {
    if (i % 20000 === 0) progress('validate', nodes.length + i, total);
    const r = w.input.record;
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      if (typeof id === 'string' && rejectedIds.has(id))
        w.item.problems.push({
          at: w.input.at,
          column: w.input.columns?.[end] ?? end,
          value: id,
          message: `${end}: the node ${id} is rejected in this file`,
          messageVi: `${end}: nút ${id} bị từ chối trong tệp này`,
        });
    }
    if (!w.item.problems.length)
      for (const p of validateRelationship('@', r, (id) => kinds.get(id))) w.item.problems.push(located(p, w.input.at, w.input.columns));
    const key = relKey(r);
    const prev = firstRel.get(key);
    if (prev && !w.item.problems.length) {
      const where = describe(prev.input.at);
      w.item.problems.push({
        at: w.input.at,
        value: key,
        message: `the relationship ${key} is also at ${where}`,
        messageVi: `quan hệ ${key} đã có ở ${where}`,
      });
    } else if (!prev) firstRel.set(key, w);
    // A copy: guarding provenance below may complete it, and the caller's batch stays as read.
    if (!w.item.problems.length) w.record = { ...r } as RelRecord;
  });

  // 5. Compare with what is stored, once the stored provenance and sources are guarded.
  const loss: ProvenanceLoss = { nodes: 0, relationships: 0, downgraded: 0, sourcesDropped: 0, allowed: !!opts.allowProvenanceLoss };
  const tally = (l: { downgraded: boolean; dropped: number } | null, entity: 'nodes' | 'relationships') => {
    if (!l) return;
    loss[entity]++;
    if (l.downgraded) loss.downgraded++;
    if (l.dropped) loss.sourcesDropped++;
  };
  const nodeRows = new Map<string, ReturnType<typeof nodeRow>>();
  for (const w of nodes) {
    if (!w.record) continue;
    const prior = stored.get(w.record.id);
    if (prior) tally(guardProvenance(w.record, prior.props, w.item, w.input.at, loss.allowed), 'nodes');
    const row = nodeRow(w.record);
    nodeRows.set(row.id, row);
    const s = stored.get(row.id);
    w.item.action = !s ? 'created' : canonical(s.props) === canonical(row.props) ? 'unchanged' : 'updated';
  }
  const relKeys = rels.filter((w) => w.record).map((w) => ({ from: w.record!.from, type: w.record!.type, to: w.record!.to }));
  const storedRels = new Map<string, Record<string, unknown>>();
  for (const row of await inBatches(relKeys, LOOKUP_BATCH, (chunk) => tx.run('interop/existing-relationships', { rows: chunk })))
    storedRels.set(relKey(row), row.props as Record<string, unknown>);
  const relRows = new Map<string, ReturnType<typeof relRow>>();
  for (const w of rels) {
    if (!w.record) continue;
    const prior = storedRels.get(w.item.key);
    if (prior) tally(guardProvenance(w.record, prior, w.item, w.input.at, loss.allowed), 'relationships');
    const row = relRow(w.record);
    relRows.set(w.item.key, row);
    const s = storedRels.get(w.item.key);
    w.item.action = !s ? 'created' : canonical(s) === canonical(row.props) ? 'unchanged' : 'updated';
  }
  for (const w of [...nodes, ...rels]) if (w.item.problems.length) w.item.action = 'rejected';

  // Read problems no record claimed (an unknown sheet, an unreadable file) are items of their own.
  const orphans: ImportItem[] = [];
  for (const [k, ps] of readProblems) if (!claimed.has(k)) orphans.push({ at: ps[0].at, entity: 'node', key: '', action: 'rejected', problems: ps });

  const items = [...nodes.map((w) => w.item), ...rels.map((w) => w.item), ...orphans];
  const count = (list: ImportItem[]) => list.reduce((c, i) => (c[i.action]++, c), emptyCounts());
  const nodeCounts = count(items.filter((i) => i.entity === 'node'));
  const relCounts = count(items.filter((i) => i.entity === 'relationship'));
  const anyRejected = nodeCounts.rejected + relCounts.rejected > 0;
  const changes = nodeCounts.created + nodeCounts.updated + relCounts.created + relCounts.updated;
  const write = mayWrite && !(anyRejected && opts.mode === 'all-or-nothing') && changes > 0;

  progress('validate', total, total);
  if (!write) tx.changed({ none: true });
  if (write) {
    const pick = <W extends NodeWork | RelWork>(list: W[], action: string) => list.filter((w) => w.record && w.item.action === action);
    const created = pick(nodes, 'created').map((w) => nodeRows.get(w.record!.id)!);
    const updated = pick(nodes, 'updated').map((w) => nodeRows.get(w.record!.id)!);
    const relCreated = pick(rels, 'created').map((w) => relRows.get(w.item.key)!);
    const relUpdated = pick(rels, 'updated').map((w) => relRows.get(w.item.key)!);
    const all = created.length + updated.length + relCreated.length + relUpdated.length;
    let done = 0;
    const step = async (name: string, rows: unknown[]) => {
      for (let i = 0; i < rows.length; i += WRITE_BATCH) {
        await tx.run(name, { rows: rows.slice(i, i + WRITE_BATCH) });
        done += Math.min(WRITE_BATCH, rows.length - i);
        progress('write', done, all);
      }
    };
    await step(
      'interop/create-nodes',
      created.map((r) => ({ kind: r.kind, props: r.props })),
    );
    await step(
      'interop/update-nodes',
      updated.map((r) => ({ id: r.id, props: r.props })),
    );
    await step('interop/create-relationships', relCreated);
    await step('interop/update-relationships', relUpdated);
    tx.changed({ nodes: [...created, ...updated].map((r) => r.id), relationships: [...relCreated, ...relUpdated].map((r) => [r.from, r.type, r.to] as const) });
    await audit(
      tx,
      opts.actor,
      batch,
      { nodes: nodeCounts, relationships: relCounts, provenanceLoss: loss },
      [...created, ...updated].map((r) => r.id),
      stored,
      updated.map((r) => r.id),
    );
  }
  return {
    format: batch.format,
    dryRun: opts.dryRun,
    mode: opts.mode,
    written: write,
    nodes: nodeCounts,
    relationships: relCounts,
    items,
    notes: batch.notes ?? [],
    provenanceLoss: loss,
    ...(batch.tally ? { tally: batch.tally } : {}),
  };
}

/** "data.xlsx › Component › row 7" */
export function describe(at: Location): string {
  return [at.file, at.sheet, at.row !== undefined ? (at.sheet || at.file.endsWith('.csv') ? `row ${at.row}` : `[${at.row}]`) : undefined, at.path]
    .filter(Boolean)
    .join(' › ');
}

/** Rows naming their agency in words ("Sở Y tế") get its id, from the file itself or the database. */
async function resolveAgencies(tx: Tx, nodes: NodeWork[]): Promise<void> {
  const inFile = new Map<string, string[]>();
  for (const w of nodes) {
    const r = w.input.record;
    if (r.kind !== 'Agency' || typeof r.id !== 'string') continue;
    for (const n of [r.name, ...((r.abbreviations as string[]) ?? [])])
      if (typeof n === 'string') inFile.set(foldKey(n), [...(inFile.get(foldKey(n)) ?? []), r.id]);
  }
  const byName = nodes.filter((w) => w.input.ownerAgency && !w.input.ownerAgency.startsWith('agency:') && !w.input.ownerAgency.startsWith('agencies:'));
  const keys = [...new Set(byName.map((w) => foldKey(w.input.ownerAgency!)))].filter((k) => !inFile.has(k));
  const stored = new Map<string, string[]>();
  for (const row of await inBatches(keys, LOOKUP_BATCH, (chunk) => tx.run('interop/agencies-by-name', { keys: chunk })))
    stored.set(row.key as string, [...(stored.get(row.key as string) ?? []), row.id as string]);
  for (const w of byName) {
    const name = w.input.ownerAgency!;
    const found = [...new Set(inFile.get(foldKey(name)) ?? stored.get(foldKey(name)) ?? [])];
    const column = w.input.columns?.ownerAgency ?? 'ownerAgency';
    if (found.length === 1) w.input = { ...w.input, ownerAgency: found[0] };
    else
      w.item.problems.push(
        found.length
          ? {
              at: w.input.at,
              column,
              value: name,
              message: `the agency "${name}" is ambiguous (${found.join(', ')}); give its id`,
              messageVi: `cơ quan "${name}" không rõ ràng (${found.join(', ')}); hãy ghi mã`,
            }
          : {
              at: w.input.at,
              column,
              value: name,
              message: `no agency is called "${name}"; give its id or add it to the file`,
              messageVi: `không có cơ quan nào tên "${name}"; hãy ghi mã hoặc thêm cơ quan vào tệp`,
            },
      );
  }
}

/**
 * Rows without an id: the node of the same kind and name owned by the same agency when there is
 * one (matched by name and agency, shown in the report), else a new id made from the name.
 */
async function resolveMissingIds(tx: Tx, nodes: NodeWork[]): Promise<void> {
  const missing = nodes.filter(
    (w) =>
      (w.input.record.id === undefined || w.input.record.id === '') &&
      typeof w.input.record.name === 'string' &&
      KIND_BY_NAME.has(w.input.record.kind as string),
  );
  if (!missing.length) return;
  const rows = missing.map((w, i) => ({
    key: String(i),
    kind: w.input.record.kind,
    nameKey: foldKey(w.input.record.name as string),
    agency: w.input.ownerAgency ?? null,
  }));
  const matches = new Map<string, { id: string; ownedByAgency: boolean }[]>();
  for (const row of await inBatches(rows, LOOKUP_BATCH, (chunk) => tx.run('interop/match-by-name', { rows: chunk })))
    matches.set(row.key as string, [...(matches.get(row.key as string) ?? []), { id: row.id as string, ownedByAgency: row.ownedByAgency as boolean }]);
  const fileIds = new Set(nodes.map((w) => w.input.record.id).filter((id): id is string => typeof id === 'string'));
  const proposals: { w: NodeWork; base: string }[] = [];
  missing.forEach((w, i) => {
    const all = matches.get(String(i)) ?? [];
    const candidates = w.input.ownerAgency ? all.filter((m) => m.ownedByAgency) : all;
    if (candidates.length === 1) {
      w.input = { ...w.input, record: { ...w.input.record, id: candidates[0].id } };
      w.item.key = candidates[0].id;
      w.item.matchedBy = 'name-and-agency';
    } else if (candidates.length > 1) {
      w.item.problems.push({
        at: w.input.at,
        column: w.input.columns?.name ?? 'name',
        value: w.input.record.name,
        message: `matches ${candidates.length} nodes (${candidates.map((c) => c.id).join(', ')}); give the id`,
        messageVi: `khớp ${candidates.length} nút (${candidates.map((c) => c.id).join(', ')}); hãy ghi mã`,
      });
    } else {
      const prefix = KIND_BY_NAME.get(w.input.record.kind as string)!.idPrefix;
      const agencySlug = w.input.ownerAgency ? `${w.input.ownerAgency.split(':')[1]}-` : '';
      proposals.push({ w, base: `${prefix}:${agencySlug}${slugOf(w.input.record.name as string)}` });
    }
  });
  const candidatesIds = proposals.flatMap((p) => [p.base, ...[2, 3, 4, 5].map((n) => `${p.base}-${n}`)]);
  const taken = new Set<string>(fileIds);
  for (const row of await inBatches(candidatesIds, LOOKUP_BATCH, (chunk) => tx.run('interop/ids-taken', { ids: chunk }))) taken.add(row.id as string);
  for (const { w, base } of proposals) {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    if (taken.has(id)) id = `${base}-${randomUUID().slice(0, 8)}`;
    taken.add(id);
    w.input = { ...w.input, record: { ...w.input.record, id } };
    w.item.key = id;
    w.item.matchedBy = 'new-id';
  }
}

/** One audit event per import: who, when, the file, the counts, the ids changed and, for small imports, their previous records. */
async function audit(
  tx: Tx,
  actor: string,
  batch: ImportBatch,
  counts: { nodes: ImportCounts; relationships: ImportCounts; provenanceLoss: ProvenanceLoss },
  changedIds: string[],
  stored: Map<string, { props: Record<string, unknown> }>,
  updatedIds: string[],
): Promise<void> {
  const files = [...new Set(batch.nodes.map((n) => n.at.file).concat(batch.relationships.map((r) => r.at.file)))];
  const before =
    updatedIds.length <= 1000
      ? Object.fromEntries(updatedIds.map((id) => [id, stored.get(id)?.props]))
      : { omitted: `${updatedIds.length} updated nodes; take a backup before large imports` };
  await recordAudit(tx, { actor, operation: 'importData', targets: changedIds, before, after: { files, format: batch.format, ...counts } });
}
