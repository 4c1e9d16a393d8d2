/**
 * Export: the whole graph or a filtered part of it as records in the fixture format, which every
 * writer (JSON, CSV, Excel, ArchiMate) formats. Derived properties (search keys) are left out;
 * re-importing a JSON export gives the same graph.
 */
import type { Database } from '../db/database.js';
import { AkbError } from '../errors.js';
import { relToRecord, toRecord } from '../graph/mutations.js';
import { KIND_BY_NAME, PROVENANCES } from '../model/model.js';
import type { ExportFilter, GraphRecords } from './types.js';

const ID_BATCH = 20_000;

export function checkFilter(filter: ExportFilter): void {
  for (const k of filter.kinds ?? [])
    if (!KIND_BY_NAME.has(k))
      throw new AkbError('VALIDATION_FAILED', `export: unknown kind "${k}"; one of ${[...KIND_BY_NAME.keys()].join(', ')}`, [
        { where: 'kind', message: 'unknown kind', messageVi: 'loại không xác định', value: k },
      ]);
  for (const p of filter.provenances ?? [])
    if (!PROVENANCES.includes(p as never))
      throw new AkbError('VALIDATION_FAILED', `export: unknown provenance "${p}"; one of ${PROVENANCES.join(', ')}`, [
        { where: 'provenance', message: 'unknown provenance', messageVi: 'nguồn gốc không xác định', value: p },
      ]);
}

export async function exportGraph(db: Database, filter: ExportFilter = {}): Promise<GraphRecords> {
  checkFilter(filter);
  return db.readTransaction(async (tx) => {
    const nodeRows = await tx.run('interop/export-nodes', {
      kinds: filter.kinds ?? [],
      provenances: filter.provenances ?? [],
      architectures: filter.architectures ?? [],
      agencies: filter.agencies ?? [],
    });
    const nodes = nodeRows.map((r) => toRecord(r.props as Record<string, unknown>));
    const ids = nodes.map((n) => n.id);
    const relationships = [];
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const rows = await tx.run('interop/export-relationships', { ids: ids.slice(i, i + ID_BATCH), idSet: ids });
      for (const r of rows) relationships.push(relToRecord(r.from as string, r.type as string, r.to as string, r.props as Record<string, unknown>));
    }
    return { nodes, relationships };
  }, 600_000);
}
