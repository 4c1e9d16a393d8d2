/**
 * The national view's map and parameters: impact aggregated by province (the server's
 * `byProvince`) summed onto the 34 tiles of the 2025 provinces (graph/vn-provinces.ts), each
 * coloured by how many of its nodes are affected: the picture is always 34 tiles, however large the
 * graph. Also the route value of the province filter the impact view takes.
 * Pure: no DOM (tests/web-national.test.ts).
 */
import type { ProvinceCount } from '../api/queries.js';
import { PROPAGATING_TYPES, impactState, type ImpactState } from './impact-extra.js';
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
  const names = param.split(',').map((x) => x.trim()).filter(Boolean);
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

/** The colour step of a count on a scale up to `max` (0 … COUNT_COLOURS.length − 1). */
export function countStep(count: number, max: number): number {
  if (max <= 0 || count <= 0) return 0;
  return Math.min(COUNT_COLOURS.length - 1, Math.floor((count / max) * COUNT_COLOURS.length - 1e-9));
}

/** The legend of the scale: each step's range of counts (steps no count can fall in are left out). */
export function countScale(max: number): { step: number; from: number; to: number; color: string }[] {
  if (max <= 0) return [];
  const n = COUNT_COLOURS.length;
  const out: { step: number; from: number; to: number; color: string }[] = [];
  for (let step = 0; step < n; step++) {
    let from = Infinity;
    let to = -Infinity;
    // The integer counts in (step/n·max, (step+1)/n·max] (the first step starts at 1).
    const lo = Math.max(1, Math.floor((step * max) / n) + 1);
    const hi = Math.floor(((step + 1) * max) / n + 1e-9);
    for (let c = lo; c <= hi; c++)
      if (countStep(c, max) === step) {
        from = Math.min(from, c);
        to = Math.max(to, c);
      }
    if (from <= to) out.push({ step, from, to, color: COUNT_COLOURS[step] });
  }
  return out;
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
  /** Affected nodes of no province (national things). */
  national: number;
  /** Province names the map does not know, with their counts. */
  unmapped: { province: string; count: number }[];
}

let grid: Tile[] | null = null;

/**
 * The national map's model: `byProvince` summed onto the 34 tiles of the 2025 units (old names on
 * the unit they merged into), coloured on a scale up to the largest tile. Always 34 tiles.
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
  return {
    tiles: grid.map((t) => {
      const c = count.get(t.province.name) ?? 0;
      const step = countStep(c, max);
      return { ...t, count: c, names: names.get(t.province.name) ?? [], color: c > 0 ? COUNT_COLOURS[step] : ZERO_COLOUR, textColor: c > 0 ? COUNT_TEXT[step] : '#111111' };
    }),
    rows: Math.max(...grid.map((t) => t.row)) + 1,
    cols: Math.max(...grid.map((t) => t.col)) + 1,
    max,
    national,
    unmapped,
  };
}
