/**
 * GET /export — the graph, or part of it, as a file: `format=json|csv|xlsx|archimate` and optional
 * repeated `architecture=`, `agency=`, `kind=`, `provenance=` filters. GET /export/template —
 * the empty import template, `format=xlsx|csv|json`. The caller is authenticated like a GraphQL
 * read; properties marked sensitive in the model leave only for appraisers and above.
 */
import type { Plugin } from 'graphql-yoga';
import { atLeast, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AkbError } from '../errors.js';
import { exportGraph } from '../interop/export.js';
import { parseFormat, writeFile } from '../interop/formats.js';
import type { GraphRecords } from '../interop/types.js';
import { KIND_BY_NAME } from '../model/model.js';

const STATUS: Record<string, number> = { VALIDATION_FAILED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, DATABASE_UNAVAILABLE: 503, TIMEOUT: 504 };

/** Drops the properties the caller may not read (a system's security level, below appraiser). */
export function withoutSensitive(records: GraphRecords, actor: Actor): GraphRecords {
  if (atLeast(actor.role, 'appraiser')) return records;
  const nodes = records.nodes.map((n) => {
    const spec = KIND_BY_NAME.get(n.kind);
    const hidden = Object.entries(spec?.props ?? {})
      .filter(([, p]) => p.sensitive)
      .map(([k]) => k);
    if (!hidden.some((k) => k in n)) return n;
    const copy = { ...n };
    for (const k of hidden) delete copy[k];
    return copy;
  });
  return { nodes, relationships: records.relationships };
}

export function exportPlugin(db: Database, authenticate: (header: string | null) => Promise<Actor>, publicRead: boolean): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/export' && url.pathname !== '/export/template') return;
      const fail = (e: unknown) => {
        const err = e instanceof AkbError ? e : new AkbError('INTERNAL', (e as Error)?.message ?? 'export failed');
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: err.message, extensions: { code: err.code, problems: err.problems } }] }), {
            status: STATUS[err.code] ?? 500,
            headers: { 'content-type': 'application/json' },
          }),
        );
      };
      try {
        if (request.method !== 'GET') throw new AkbError('VALIDATION_FAILED', 'export: use GET');
        const actor = await authenticate(request.headers.get('authorization'));
        if (!publicRead && actor.role === null)
          throw new AkbError('UNAUTHENTICATED', 'this server requires an API token for every request (Authorization: Bearer …)');
        const format = parseFormat(url.searchParams.get('format')) ?? 'json';
        const template = url.pathname === '/export/template';
        const records = template
          ? { nodes: [], relationships: [] }
          : withoutSensitive(
              await exportGraph(db, {
                architectures: url.searchParams.getAll('architecture'),
                agencies: url.searchParams.getAll('agency'),
                kinds: url.searchParams.getAll('kind'),
                provenances: url.searchParams.getAll('provenance'),
              }),
              actor,
            );
        const file = await writeFile(records, format, { template });
        const name = `${template ? 'akb-template' : `akb-export-${new Date().toISOString().slice(0, 10)}`}.${file.extension}`;
        const headers: Record<string, string> = {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${name}"`,
          'cache-control': 'no-store',
        };
        // ArchiMate: whether the file was checked against the exchange format's XSDs.
        if (file.validation) headers['x-akb-xsd-validation'] = file.validation;
        endResponse(new fetchAPI.Response(file.data as BodyInit, { status: 200, headers }));
      } catch (e) {
        fail(e);
      }
    },
  };
}
