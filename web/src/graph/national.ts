/**
 * The national view's map and parameters: impact aggregated by province (the server's
 * `byProvince`) summed onto the 34 tiles of the 2025 provinces (graph/vn-provinces.ts), each
 * coloured by how many of its nodes are affected: the picture is always 34 tiles, however large the
 * graph. Also the route value of the province filter the impact view takes.
 * Pure: no DOM (tests/web-national.test.ts).
 */
import type { ProvinceCount } from '../api/queries.js';
import { PROPAGATING_TYPES, impactState, type ImpactState } from './impact-model.js';
import { resolveProvince, tileGrid, type Tile } from './vn-provinces.js';

/** The root the national view opens on: the population database. */
export const DEFAULT_NATIONAL_ROOT = 'ndb:dan-cu';

/**
 * The `province` route value for "nodes of no province" (national things). Province names are
 * proper names written with capitals and diacritics, so they never equal it.
 */
export const NATIONAL_PARAM = 'quoc-gia';

/** The route value for a `byProvince` entry (`null` is national). */
export const provinceParam = (province: string | null): string => province ?? NATIONAL_PARAM;

/**
 * The impact API's `provinces` argument for a route value; `null` (no filter) when absent. Several
 * names are separated by commas (a 2025 unit and the old provinces merged into it); province names
 * never hold a comma.
 */
export function provinceFilter(param: string | undefined): (string | null)[] | null {
  if (!param) return null;
  const names = param
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return names.length ? names.map((x) => (x === NATIONAL_PARAM ? null : x)) : null;
}

/** The national view's state: the impact state with its own default root, every type, no architecture. */
export function nationalState(params: Record<string, string>): ImpactState {
  const s = impactState(params);
  return { ...s, id: s.id ?? DEFAULT_NATIONAL_ROOT, types: [...PROPAGATING_TYPES], architecture: null };
}

/** Sequential oranges (ColorBrewer "Oranges", light → dark), readable with the common colour-vision deficiencies; every tile also writes its count. */
export const COUNT_COLOURS = ['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603'] as const;
/** Text on each colour step with a contrast of at least 4.5:1. */
export const COUNT_TEXT = ['#111111', '#111111', '#111111', '#111111', '#ffffff'] as const;
/** A province with nothing affected. */
export const ZERO_COLOUR = '#f2f2f2';

export interface ScaleClass {
  /** Index into COUNT_COLOURS. */
  step: number;
  from: number;
  to: number;
  color: string;
}

/**
 * Classes of the map's colour scale from the counts drawn: quantiles (up to COUNT_COLOURS.length
 * classes with about as many provinces each), so 34 provinces of similar counts still read apart,
 * and the legend says each class's range. Classes cover 1 … max without gaps; fewer distinct counts
 * make fewer classes, coloured from the dark end so the largest is always the darkest.
 */
export function countScale(counts: number[]): ScaleClass[] {
  const values = counts.filter((c) => c > 0).sort((a, b) => a - b);
  if (!values.length) return [];
  const n = COUNT_COLOURS.length;
  const uppers: number[] = [];
  for (let k = 1; k <= n; k++) {
    const v = values[Math.min(values.length - 1, Math.ceil((k * values.length) / n) - 1)];
    if (!uppers.length || v > uppers[uppers.length - 1]) uppers.push(v);
  }
  const first = n - uppers.length;
  return uppers.map((to, i) => ({ step: first + i, from: i ? uppers[i - 1] + 1 : 1, to, color: COUNT_COLOURS[first + i] }));
}

/** The class of a count (null for 0 or a count beyond the scale). */
export function classOf(count: number, scale: ScaleClass[]): ScaleClass | null {
  if (count <= 0) return null;
  return scale.find((c) => count >= c.from && count <= c.to) ?? null;
}

export interface MapTile extends Tile {
  count: number;
  /** The province names of the data that fall on this tile (the new name, old names). */
  names: string[];
  color: string;
  textColor: string;
}

export interface ProvinceMap {
  tiles: MapTile[];
  rows: number;
  cols: number;
  max: number;
  /** The colour classes, for the legend. */
  scale: ScaleClass[];
  /** Affected nodes of no province (national things). */
  national: number;
  /** Province names the map does not know, with their counts. */
  unmapped: { province: string; count: number }[];
}

let grid: Tile[] | null = null;

/**
 * The national map's model: `byProvince` summed onto the 34 tiles of the 2025 units (old names on
 * the unit they merged into), coloured by quantile classes of the tiles' counts. Always 34 tiles.
 */
export function provinceMap(byProvince: ProvinceCount[]): ProvinceMap {
  grid ??= tileGrid();
  const count = new Map<string, number>();
  const names = new Map<string, string[]>();
  let national = 0;
  const unmapped: { province: string; count: number }[] = [];
  for (const p of byProvince) {
    if (p.province === null) {
      national += p.count;
      continue;
    }
    const unit = resolveProvince(p.province);
    if (!unit) {
      unmapped.push({ province: p.province, count: p.count });
      continue;
    }
    count.set(unit.name, (count.get(unit.name) ?? 0) + p.count);
    names.set(unit.name, [...(names.get(unit.name) ?? []), p.province]);
  }
  const max = Math.max(0, ...count.values());
  const scale = countScale([...count.values()]);
  return {
    tiles: grid.map((t) => {
      const c = count.get(t.province.name) ?? 0;
      const cls = classOf(c, scale);
      return {
        ...t,
        count: c,
        names: names.get(t.province.name) ?? [],
        color: cls ? cls.color : ZERO_COLOUR,
        textColor: cls ? COUNT_TEXT[cls.step] : '#111111',
      };
    }),
    scale,
    rows: Math.max(...grid.map((t) => t.row)) + 1,
    cols: Math.max(...grid.map((t) => t.col)) + 1,
    max,
    national,
    unmapped,
  };
}
