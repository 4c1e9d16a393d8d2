/** Text folding shared by search, entity resolution and the search index's extra text. */

/** Lower case, no diacritics, đ→d, whitespace collapsed: "Ủy ban Nhân dân" → "uy ban nhan dan". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Slug for ids: "Sở Khoa học và Công nghệ" → "so-khoa-hoc-va-cong-nghe". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The extra text indexed for full-text search besides name and nameEn: abbreviations, aliases,
 * codes and legal numbers (with the number's parts spelt out so "QD 2568" meets "2568/QĐ-BTTTT").
 */
export function searchTextOf(node: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of ['abbreviations', 'aliases']) {
    const v = node[key];
    if (Array.isArray(v)) parts.push(...(v as string[]));
  }
  for (const key of ['code', 'number', 'docType', 'province']) {
    const v = node[key];
    if (typeof v === 'string' && v) parts.push(v);
  }
  if (typeof node.number === 'string') parts.push(node.number.replace(/[/\-.]/g, ' '));
  return parts.join(' | ');
}
