import { requireRole } from '../../../auth/roles.js';
import { AkbError } from '../../../errors.js';
import { importBatch } from '../../../interop/engine.js';
import { ImportGate, readFileIsolated } from '../../../interop/isolated.js';
import { readLimitsFromEnv } from '../../../interop/limits.js';
import type { ImportFormat, ImportItem, ImportMode, ImportReport } from '../../../interop/types.js';
import type { Context } from '../../context.js';

/** Imports of this process, one at a time (isolated.ts). */
const IMPORTS = new ImportGate(1, 4);

const MODES: Record<string, ImportMode> = { ALL_OR_NOTHING: 'all-or-nothing', VALID_ROWS: 'valid-rows' };
const MATCH: Record<string, string> = { id: 'ID', 'name-and-agency': 'NAME_AND_AGENCY', 'new-id': 'NEW_ID' };

interface UploadedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const interopResolvers = {
  Query: {
    bulkImports: async (_: unknown, a: { first?: number | null }, ctx: Context) => {
      requireRole(ctx.actor, 'editor', 'bulkImports');
      const rows = await ctx.db.read('bulk/list', { first: Math.max(1, Math.min(a.first ?? 10, 100)) });
      return rows.map((r) => ({
        ...r,
        state: String(r.state).toUpperCase(),
        nodes: Number(r.nodes ?? 0),
        relationships: Number(r.relationships ?? 0),
        rowsPerSecond: Number(r.rowsPerSecond ?? 0),
        fraction: r.fraction === null || r.fraction === undefined ? null : Number(r.fraction),
        etaSeconds: r.etaSeconds === null || r.etaSeconds === undefined ? null : Number(r.etaSeconds),
      }));
    },
  },
  Mutation: {
    importData: async (
      _: unknown,
      a: {
        file: UploadedFile;
        format?: string | null;
        dryRun?: boolean | null;
        mode?: string | null;
        level?: string | null;
        allowProvenanceLoss?: boolean | null;
      },
      ctx: Context,
    ): Promise<ImportReport> => {
      requireRole(ctx.actor, 'editor', 'importData');
      if (!a.file || typeof a.file.arrayBuffer !== 'function')
        throw new AkbError('VALIDATION_FAILED', 'importData: `file` must be an uploaded file (GraphQL multipart request)', [
          { where: 'file', message: 'not a file', messageVi: 'không phải tệp tải lên' },
        ]);
      const file = a.file;
      // Read in a worker with its own heap limit, under the row and inflate limits, one import at a time.
      return IMPORTS.run(async () => {
        const data = new Uint8Array(await file.arrayBuffer());
        const batch = await readFileIsolated(data, file.name || 'upload', (a.format?.toLowerCase() as ImportFormat) ?? undefined, {
          level: a.level ?? undefined,
          limits: readLimitsFromEnv(),
        });
        return importBatch(ctx.db, batch, {
          dryRun: a.dryRun ?? true,
          mode: MODES[a.mode ?? 'ALL_OR_NOTHING'],
          actor: ctx.actor.name,
          allowProvenanceLoss: !!a.allowProvenanceLoss,
        });
      });
    },
  },
  ImportReport: {
    format: (r: ImportReport) => r.format.toUpperCase(),
    mode: (r: ImportReport) => (r.mode === 'valid-rows' ? 'VALID_ROWS' : 'ALL_OR_NOTHING'),
    items: (r: ImportReport, a: { onlyProblems?: boolean; onlyWarnings?: boolean; first?: number }) =>
      r.items
        .filter((i) => (!a.onlyProblems || i.action === 'rejected') && (!a.onlyWarnings || !!i.warnings?.length))
        .slice(0, Math.max(0, Math.min(a.first ?? 500, 10_000))),
    itemCount: (r: ImportReport) => r.items.length,
  },
  ImportItem: {
    action: (i: ImportItem) => i.action.toUpperCase(),
    matchedBy: (i: ImportItem) => (i.matchedBy ? MATCH[i.matchedBy] : null),
    warnings: (i: ImportItem) => i.warnings ?? [],
  },
};
