/**
 * A value with every object's keys in sorted order, for hashing its JSON: the same data always
 * gives the same text, whatever order its keys were written in. `keep` drops object entries
 * (a proposal's id ignores absent and null fields; a backup's checksum keeps them).
 */
export function canonical(v: unknown, keep: (value: unknown) => boolean = () => true): unknown {
  if (Array.isArray(v)) return v.map((x) => canonical(x, keep));
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .filter((k) => keep(o[k]))
      .map((k) => [k, canonical(o[k], keep)]),
  );
}
