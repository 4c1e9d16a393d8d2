/**
 * GET /export/impact — a whole impact result, of any size, streamed as CSV (UTF-8 with BOM, for
 * Excel) or NDJSON, never as one giant GraphQL response. Parameters mirror the `impact` query:
 * `id`, `direction`, `maxDepth`, repeated `relationshipType`, `kind`, `provenance`, `province`
 * (`quoc-gia` for nodes of no province), `exposure`, and `architecture`; `format=csv|ndjson`.
 * Authenticated and rate-limited like every read. Rows come in the order of the GraphQL pages
 * (depth, exposure, name), each with its witness path.
 */
import type { Plugin } from 'graphql-yoga';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AkbError } from '../errors.js';
import { answerImpact } from '../impact/answer.js';
import type { AnalysisService } from '../analysis/service.js';
import { validateImpactParams, type Exposure, type ImpactHit, type ImpactParams } from '../impact/impact.js';

const STATUS: Record<string, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DATABASE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

/** A CSV cell: quoted when needed, and a leading =, +, -, @, tab or CR neutralised (formula injection). */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = [
  'Độ sâu · depth',
  'Mức phơi nhiễm · exposure',
  'Mã · id',
  'Tên · name',
  'Loại · kind',
  'Loại thành phần · componentKind',
  'Tỉnh · province',
  'Đường chứng minh · path',
];

function pathText(h: ImpactHit): string {
  return h.path.map((s) => `${s.from} -${s.type}-> ${s.to}`).join(' ; ');
}

function paramsOf(url: URL): ImpactParams {
  const q = url.searchParams;
  const list = (name: string) => (q.getAll(name).length ? q.getAll(name) : null);
  const depth = q.get('maxDepth');
  const provinces = q.getAll('province');
  return {
    id: q.get('id') ?? '',
    direction: (q.get('direction') ?? 'DEPENDENTS') as ImpactParams['direction'],
    maxDepth: depth === null ? undefined : Number(depth),
    relationshipTypes: list('relationshipType'),
    kinds: list('kind'),
    provenance: list('provenance'),
    architecture: q.get('architecture') || null,
    provinces: provinces.length ? provinces.map((p) => (p === 'quoc-gia' ? null : p)) : null,
    exposure: list('exposure') as Exposure[] | null,
    // The rows stream from `all()`; no page is needed.
    first: 0,
  };
}

export function impactExportPlugin(
  db: Database,
  analysis: AnalysisService | null,
  authenticate: (header: string | null) => Promise<Actor>,
  publicRead: boolean,
): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/export/impact') return;
      try {
        if (request.method !== 'GET') throw new AkbError('VALIDATION_FAILED', 'export/impact: use GET');
        const actor = await authenticate(request.headers.get('authorization'));
        if (!publicRead && actor.role === null)
          throw new AkbError('UNAUTHENTICATED', 'this server requires an API token for every request (Authorization: Bearer …)');
        const format = url.searchParams.get('format') ?? 'csv';
        if (format !== 'csv' && format !== 'ndjson')
          throw new AkbError('VALIDATION_FAILED', 'format: csv or ndjson', [{ where: 'format', message: 'csv or ndjson', value: format }]);
        const raw = paramsOf(url);
        if (!raw.id) throw new AkbError('VALIDATION_FAILED', 'id is required', [{ where: 'id', message: 'required' }]);
        const p = validateImpactParams(raw);
        const answer = await answerImpact(db, (await analysis?.current()) ?? null, p);
        const rows = answer.all()[Symbol.asyncIterator]();
        const encoder = new TextEncoder();
        let started = false;
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            let chunk = '';
            if (!started) {
              started = true;
              if (format === 'csv') chunk += `\uFEFF${HEADER.map(csvCell).join(',')}\r\n`;
            }
            // About a thousand rows per pull: the stream's reader sets the pace (back-pressure).
            for (let i = 0; i < 1000; i++) {
              const next = await rows.next();
              if (next.done) {
                if (chunk) controller.enqueue(encoder.encode(chunk));
                controller.close();
                return;
              }
              const h = next.value;
              chunk +=
                format === 'csv'
                  ? `${[h.depth, h.exposure, h.id, h.name, h.kind, h.componentKind, h.province, pathText(h)].map(csvCell).join(',')}\r\n`
                  : `${JSON.stringify({ id: h.id, name: h.name, kind: h.kind, componentKind: h.componentKind, province: h.province, depth: h.depth, exposure: h.exposure, path: h.path.map(({ from, type, to, provenance }) => ({ from, type, to, provenance })) })}\n`;
            }
            controller.enqueue(encoder.encode(chunk));
          },
        });
        const name = `akb-impact-${p.id.replace(/[^A-Za-z0-9._-]+/g, '-')}-${p.direction.toLowerCase()}.${format}`;
        endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: {
              'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
              'content-disposition': `attachment; filename="${name}"`,
              'cache-control': 'no-store',
              'x-akb-total': String(answer.total),
            },
          }),
        );
      } catch (e) {
        const err = e instanceof AkbError ? e : new AkbError('INTERNAL', (e as Error)?.message ?? 'export failed');
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: err.message, extensions: { code: err.code, problems: err.problems } }] }), {
            status: STATUS[err.code] ?? 500,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
  };
}
