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

/**
 * The key exact matches compare: folded, punctuation as single spaces.
 * "Cổng DVCQG" → "cong dvcqg", "2568/QĐ-BTTTT" → "2568 qd btttt".
 */
export function foldKey(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}
