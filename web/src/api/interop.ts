/**
 * Import and export: the `importData` mutation sent as a GraphQL multipart request (the file
 * travels as a form part, so the upload can report progress through XMLHttpRequest), the
 * `GET /export` and `GET /export/template` downloads (fetched with the same Authorization header
 * as GraphQL, then saved through a blob URL), and `whoami` (the role decides whether the import
 * form is offered; the server checks the role again on every upload).
 */
import { ApiError, apiTarget, gql, type Problem } from './client.js';
import { graphql } from '../generated/graphql/index.js';
import type {
  BulkImportsQuery,
  ImportAction,
  ImportDataMutation,
  ImportDataMutationVariables,
  ImportFormat,
  ImportItemFragment,
  ImportMode,
} from '../generated/graphql/graphql.js';
import { downloadBlob } from '../export/download.js';

export type { ImportAction, ImportFormat, ImportMode };

export const IMPORT_FORMATS: readonly ImportFormat[] = ['JSON', 'CSV', 'XLSX', 'ARCHIMATE'];
export const IMPORT_MODES: readonly ImportMode[] = ['ALL_OR_NOTHING', 'VALID_ROWS'];
/** What the file chooser accepts. */
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv', '.zip', '.json', '.ndjson', '.xml'] as const;

/** What one import reports (the `ImportData` operation below): counts, the first items, problems, warnings, mapping notes. */
export type ImportReport = ImportDataMutation['importData'];
/** One row or element of the file: what it became (`key`: node id, or `from -TYPE-> to`) and its problems. */
export type ImportItem = ImportItemFragment;
/** A located problem (`at.row`: Excel/CSV row, header = 1, or JSON array index). */
export type ImportProblem = ImportItem['problems'][number];
export type ImportLocation = ImportItem['at'];
export type ImportCounts = ImportReport['nodes'];
export type MappingNote = ImportReport['notes'][number];
/** Stored records whose provenance or sources the file would weaken, and whether akb kept or replaced them. */
export type ProvenanceLoss = ImportReport['provenanceLoss'];
/** ArchiMate: every element and relationship of the file, counted once by where it went. */
export type ImportTally = NonNullable<ImportReport['tally']>;

/** How many items (and how many rejected items) a report brings back. */
export const ITEMS_FIRST = 500;

/** The format a file name implies, or null when the extension says nothing (the server then guesses). */
export function formatFromFileName(name: string): ImportFormat | null {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  switch (ext) {
    case 'json':
    case 'ndjson':
      return 'JSON';
    case 'csv':
    case 'zip':
      return 'CSV';
    case 'xlsx':
      return 'XLSX';
    case 'xml':
      return 'ARCHIMATE';
    default:
      return null;
  }
}

/** One item of an import report (a node or a relationship of the file), with its problems. */
graphql(`
  fragment ImportItem on ImportItem {
    at { file sheet row path } entity key kind action matchedBy
    problems { at { file sheet row path } column value message messageVi }
    warnings { at { file sheet row path } column value message messageVi }
  }
`);

const importDataDocument = graphql(`
  mutation ImportData(
    $file: File!
    $format: ImportFormat
    $dryRun: Boolean
    $mode: ImportMode
    $level: String
    $allowProvenanceLoss: Boolean
    $first: Int
  ) {
    importData(file: $file, format: $format, dryRun: $dryRun, mode: $mode, level: $level, allowProvenanceLoss: $allowProvenanceLoss) {
      format dryRun mode written itemCount
      nodes { created updated unchanged rejected } relationships { created updated unchanged rejected }
      notes { source target count detail }
      provenanceLoss { nodes relationships downgraded sourcesDropped allowed }
      tally {
        elements elementsAsNodes elementsNotImported relationships relationshipsAsRelationships relationshipsFolded relationshipsNotImported
      }
      items(first: $first) { ...ImportItem }
      problems: items(onlyProblems: true, first: $first) { ...ImportItem }
      warned: items(onlyWarnings: true, first: $first) { ...ImportItem }
    }
  }
`);

/** The import mutation's text (with its fragment), sent as the multipart request's `operations`. */
export const IMPORT_MUTATION: string = importDataDocument.toString();

export type ImportProgress = { phase: 'upload'; loaded: number; total: number; percent: number } | { phase: 'processing' };

export interface ImportOptions {
  /** Absent: the server decides from the file name and content. */
  format?: ImportFormat | null;
  dryRun: boolean;
  mode: ImportMode;
  /** ArchiMate: the level its components get. */
  level?: string | null;
  /** Let the file downgrade stored provenance or drop stored sources (kept otherwise). */
  allowProvenanceLoss?: boolean;
  signal?: AbortSignal;
}

type GraphQLBody = { data?: ImportDataMutation | null; errors?: { message: string; extensions?: { code?: string; problems?: Problem[] } }[] };

/**
 * Uploads a file to `importData` (multipart request: `operations`, `map`, `0`). `onProgress` hears
 * the upload's percentage, then `processing` once the server has the whole file.
 */
export function importData(file: File, opts: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
  const { endpoint, headers } = apiTarget();
  const form = new FormData();
  const variables: Omit<ImportDataMutationVariables, 'file'> & { file: null } = { file: null, dryRun: opts.dryRun, mode: opts.mode, first: ITEMS_FIRST };
  if (opts.format) variables.format = opts.format;
  if (opts.level) variables.level = opts.level;
  if (opts.allowProvenanceLoss) variables.allowProvenanceLoss = true;
  form.append('operations', JSON.stringify({ query: IMPORT_MUTATION, variables }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);

  return new Promise<ImportReport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    // A multipart POST is a "simple" request: the server's CSRF guard wants a custom header.
    xhr.setRequestHeader('x-graphql-yoga-csrf', 'akb-import');
    xhr.setRequestHeader('accept', 'application/graphql-response+json, application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable)
        onProgress?.({ phase: 'upload', loaded: e.loaded, total: e.total, percent: Math.min(100, Math.round((e.loaded / Math.max(1, e.total)) * 100)) });
    };
    xhr.upload.onload = () => onProgress?.({ phase: 'processing' });
    xhr.onerror = () => reject(new ApiError('network: the upload failed', 'NETWORK'));
    xhr.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
    xhr.onload = () => {
      let body: GraphQLBody | null;
      try {
        body = JSON.parse(xhr.responseText) as GraphQLBody;
      } catch {
        body = null;
      }
      const e = body?.errors?.[0];
      if (e) return reject(new ApiError(e.message, e.extensions?.code ?? 'INTERNAL', e.extensions?.problems ?? []));
      const report = body?.data?.importData;
      // The generated result must fit the report view the import page draws.
      const view: ImportReport | undefined = report;
      if (view) return resolve(view);
      const code = xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : xhr.status === 401 ? 'UNAUTHENTICATED' : xhr.status === 503 ? 'DATABASE_UNAVAILABLE' : 'INTERNAL';
      reject(new ApiError(`HTTP ${xhr.status}`, code));
    };
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'archimate';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'xlsx', 'archimate'];
export type TemplateFormat = 'xlsx' | 'csv' | 'json';
export const TEMPLATE_FORMATS: readonly TemplateFormat[] = ['xlsx', 'csv', 'json'];

/** Which part of the graph to export; empty lists mean no restriction. */
export interface ExportFilter {
  architectures?: string[];
  agencies?: string[];
  kinds?: string[];
  provenances?: string[];
}

/** The server's root (where /export lives), from the GraphQL endpoint. */
function serverBase(): string {
  return apiTarget().endpoint.replace(/\/graphql\/?$/, '');
}

/** `GET /export?format=…&architecture=…&agency=…&kind=…&provenance=…` (repeated parameters). */
export function exportUrl(filter: ExportFilter, format: ExportFormat): string {
  const q = new URLSearchParams({ format });
  for (const a of filter.architectures ?? []) q.append('architecture', a);
  for (const a of filter.agencies ?? []) q.append('agency', a);
  for (const k of filter.kinds ?? []) q.append('kind', k);
  for (const p of filter.provenances ?? []) q.append('provenance', p);
  return `${serverBase()}/export?${q.toString()}`;
}

export const templateUrl = (format: TemplateFormat) => `${serverBase()}/export/template?format=${encodeURIComponent(format)}`;

/** The file name a content-disposition header gives (RFC 6266: `filename*` first), else `fallback`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = header.match(/filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed encoding: fall back to the plain parameter.
    }
  }
  const plain = header.match(/filename\s*=\s*("([^"]*)"|[^;]+)/i);
  return plain ? (plain[2] ?? plain[1]).trim() : fallback;
}

export interface Download {
  blob: Blob;
  fileName: string;
}

async function fetchDownload(url: string, fallbackName: string, signal?: AbortSignal): Promise<Download> {
  let res: Response;
  try {
    res = await fetch(url, { headers: apiTarget().headers, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(`network: ${(e as Error).message}`, 'NETWORK');
  }
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    let message = text || `HTTP ${res.status}`;
    let code = res.status === 401 ? 'UNAUTHENTICATED' : res.status === 403 ? 'FORBIDDEN' : res.status === 400 ? 'BAD_REQUEST' : 'INTERNAL';
    try {
      const body = JSON.parse(text) as { message?: string; error?: string; code?: string; errors?: { message: string; extensions?: { code?: string } }[] };
      message = body.errors?.[0]?.message ?? body.message ?? body.error ?? message;
      code = body.errors?.[0]?.extensions?.code ?? body.code ?? code;
    } catch {
      // Plain text: keep it as the message.
    }
    throw new ApiError(message, code);
  }
  return { blob: await res.blob(), fileName: fileNameFromDisposition(res.headers.get('content-disposition'), fallbackName) };
}

const EXPORT_EXTENSION: Record<ExportFormat, string> = { json: 'json', csv: 'zip', xlsx: 'xlsx', archimate: 'xml' };

/**
 * A whole impact result as CSV or NDJSON, streamed by the server (GET /export/impact), fetched
 * with the token: the file holds every affected node, however many the page on screen shows.
 */
export function impactExportUrl(
  a: {
    id: string;
    direction: string;
    maxDepth: number;
    relationshipTypes?: string[] | null;
    provenance?: string[] | null;
    architecture?: string | null;
    provinces?: (string | null)[] | null;
    exposure?: string[] | null;
  },
  format: 'csv' | 'ndjson',
): string {
  const q = new URLSearchParams({ id: a.id, direction: a.direction, maxDepth: String(a.maxDepth), format });
  for (const t of a.relationshipTypes ?? []) q.append('relationshipType', t);
  for (const p of a.provenance ?? []) q.append('provenance', p);
  for (const p of a.provinces ?? []) q.append('province', p === null ? 'quoc-gia' : p);
  for (const e of a.exposure ?? []) q.append('exposure', e);
  if (a.architecture) q.set('architecture', a.architecture);
  return `${serverBase()}/export/impact?${q.toString()}`;
}

export const fetchImpactExport = (a: Parameters<typeof impactExportUrl>[0], format: 'csv' | 'ndjson', signal?: AbortSignal) =>
  fetchDownload(impactExportUrl(a, format), `akb-impact.${format}`, signal);

/** The export file, fetched with the token. */
export const fetchExport = (filter: ExportFilter, format: ExportFormat, signal?: AbortSignal) =>
  fetchDownload(exportUrl(filter, format), `akb-export.${EXPORT_EXTENSION[format]}`, signal);

/** Fetches the export and saves it through a blob URL; resolves with what was saved. */
export async function downloadExport(filter: ExportFilter, format: ExportFormat): Promise<Download> {
  const d = await fetchExport(filter, format);
  downloadBlob(d.blob, d.fileName);
  return d;
}

/** Fetches an empty import template and saves it. */
export async function downloadTemplate(format: TemplateFormat): Promise<Download> {
  const d = await fetchDownload(templateUrl(format), `akb-template.${format}`);
  downloadBlob(d.blob, d.fileName);
  return d;
}

export type Role = 'viewer' | 'appraiser' | 'editor' | 'admin';

/** The caller as the server sees the token the client holds (role null: no token). */
export const whoami = (): Promise<{ name: string; role: Role | null }> =>
  gql(
    graphql(`
      query Whoami {
        whoami { name role }
      }
    `),
  ).then((r) => r.whoami);

/** Editors and admins may import. */
export const canImport = (role: Role | null | undefined) => role === 'editor' || role === 'admin';

/** A bulk import (`npm run import -- FILE --bulk`) with its progress, as the server records it. */
export type BulkImportStatus = BulkImportsQuery['bulkImports'][number];

/** The latest bulk imports, running first (editor role). */
export const bulkImports = (first = 5): Promise<BulkImportStatus[]> =>
  gql(
    graphql(`
      query BulkImports($first: Int) {
        bulkImports(first: $first) {
          id state phase file actor nodes relationships rowsPerSecond fraction etaSeconds reason startedAt heartbeatAt finishedAt
        }
      }
    `),
    { first },
  ).then((r) => r.bulkImports);
