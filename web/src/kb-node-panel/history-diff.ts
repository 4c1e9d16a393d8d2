/**
 * What an audit event changed: the properties whose value differs between `before` and `after`,
 * each with both values as text. Search helpers the server derives from the names (searchText,
 * exactKeys, abbreviationKeys) are left out: they follow the names.
 */
export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

const DERIVED = new Set(['searchText', 'exactKeys', 'abbreviationKeys', 'updatedAt', 'createdAt']);

function text(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? v.map((x) => text(x) ?? '').join(', ') : null;
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'string' && /^\s*[[{]/.test(v)) {
    // Sources are stored as JSON text: show their quotes, not the JSON.
    try {
      const parsed = JSON.parse(v) as unknown;
      if (Array.isArray(parsed))
        return parsed.map((s) => (s && typeof s === 'object' && 'quote' in s ? `“${(s as { quote: string }).quote}”` : JSON.stringify(s))).join('; ') || null;
    } catch {
      // Plain text that starts with a bracket.
    }
  }
  return String(v);
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function historyChanges(before: unknown, after: unknown): Change[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !DERIVED.has(k));
  // Name first, then the rest in a stable order.
  keys.sort((x, y) => (x === 'name' ? -1 : y === 'name' ? 1 : x.localeCompare(y)));
  const out: Change[] = [];
  for (const field of keys) {
    const from = text(b[field]);
    const to = text(a[field]);
    if (from !== to) out.push({ field, before: from, after: to });
  }
  return out;
}
