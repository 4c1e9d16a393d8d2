/**
 * Việt Nam's 34 provincial-level units after the 2025 reorganisation, for the national map.
 *
 * Source of the units, the provinces merged into each (kept as aliases, so data written with the
 * old names lands on the right tile) and each unit's administrative centre: Nghị quyết số
 * 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh (12/6/2025). The names
 * are those `server/src/generate/provinces.ts` writes in the `province` property (a test checks
 * both lists agree).
 * Coordinates: the centre city's approximate latitude and longitude (WGS 84, rounded to 0.01°, as
 * public gazetteers give them); the tile map only uses their relative positions.
 *
 * Why tiles and not boundaries: no maintained npm package ships the boundaries of the 34 new
 * provinces (the packages found hold the 63 provinces before 2025, or world outlines only), and
 * akb never fetches at run time. A tile map (one equal square per province, placed from its
 * centre's coordinates) also gives every province the same weight, which a choropleth of areas
 * does not: Hà Nội would be a dot next to Gia Lai. Pure.
 */

export interface ProvinceInfo {
  /** As the `province` property writes it. */
  name: string;
  /** Two short lines for a tile. */
  short: [string, string?];
  /** Administrative centre. */
  centre: string;
  lat: number;
  lon: number;
  /** Provinces merged into it in 2025, and other spellings. */
  aliases: string[];
  city: boolean;
}

export const PROVINCES_2025: readonly ProvinceInfo[] = [
  { name: 'Hà Nội', short: ['Hà Nội'], centre: 'Hà Nội', lat: 21.03, lon: 105.85, aliases: ['Thành phố Hà Nội', 'TP. Hà Nội'], city: true },
  { name: 'Huế', short: ['Huế'], centre: 'Huế', lat: 16.46, lon: 107.59, aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thành phố Huế'], city: true },
  { name: 'Hải Phòng', short: ['Hải', 'Phòng'], centre: 'Hải Phòng', lat: 20.86, lon: 106.68, aliases: ['Hải Dương', 'Thành phố Hải Phòng'], city: true },
  { name: 'Đà Nẵng', short: ['Đà Nẵng'], centre: 'Đà Nẵng', lat: 16.05, lon: 108.2, aliases: ['Quảng Nam', 'Thành phố Đà Nẵng'], city: true },
  {
    name: 'TP. Hồ Chí Minh',
    short: ['TP. Hồ', 'Chí Minh'],
    centre: 'Thành phố Hồ Chí Minh',
    lat: 10.78,
    lon: 106.7,
    aliases: ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu'],
    city: true,
  },
  { name: 'Cần Thơ', short: ['Cần Thơ'], centre: 'Cần Thơ', lat: 10.03, lon: 105.78, aliases: ['Sóc Trăng', 'Hậu Giang', 'Thành phố Cần Thơ'], city: true },
  { name: 'Tuyên Quang', short: ['Tuyên', 'Quang'], centre: 'Tuyên Quang', lat: 21.82, lon: 105.21, aliases: ['Hà Giang'], city: false },
  { name: 'Cao Bằng', short: ['Cao Bằng'], centre: 'Cao Bằng', lat: 22.67, lon: 106.26, aliases: [], city: false },
  { name: 'Lai Châu', short: ['Lai Châu'], centre: 'Lai Châu', lat: 22.4, lon: 103.46, aliases: [], city: false },
  { name: 'Lào Cai', short: ['Lào Cai'], centre: 'Yên Bái', lat: 21.72, lon: 104.91, aliases: ['Yên Bái'], city: false },
  { name: 'Thái Nguyên', short: ['Thái', 'Nguyên'], centre: 'Thái Nguyên', lat: 21.59, lon: 105.85, aliases: ['Bắc Kạn', 'Bắc Cạn'], city: false },
  { name: 'Điện Biên', short: ['Điện Biên'], centre: 'Điện Biên Phủ', lat: 21.39, lon: 103.02, aliases: [], city: false },
  { name: 'Lạng Sơn', short: ['Lạng Sơn'], centre: 'Lạng Sơn', lat: 21.85, lon: 106.76, aliases: [], city: false },
  { name: 'Sơn La', short: ['Sơn La'], centre: 'Sơn La', lat: 21.33, lon: 103.91, aliases: [], city: false },
  { name: 'Phú Thọ', short: ['Phú Thọ'], centre: 'Việt Trì', lat: 21.32, lon: 105.4, aliases: ['Vĩnh Phúc', 'Hòa Bình'], city: false },
  { name: 'Bắc Ninh', short: ['Bắc Ninh'], centre: 'Bắc Giang', lat: 21.27, lon: 106.19, aliases: ['Bắc Giang'], city: false },
  { name: 'Quảng Ninh', short: ['Quảng', 'Ninh'], centre: 'Hạ Long', lat: 20.95, lon: 107.08, aliases: [], city: false },
  { name: 'Hưng Yên', short: ['Hưng Yên'], centre: 'Hưng Yên', lat: 20.65, lon: 106.05, aliases: ['Thái Bình'], city: false },
  { name: 'Ninh Bình', short: ['Ninh Bình'], centre: 'Ninh Bình', lat: 20.25, lon: 105.97, aliases: ['Hà Nam', 'Nam Định'], city: false },
  { name: 'Thanh Hóa', short: ['Thanh Hóa'], centre: 'Thanh Hóa', lat: 19.81, lon: 105.78, aliases: [], city: false },
  { name: 'Nghệ An', short: ['Nghệ An'], centre: 'Vinh', lat: 18.68, lon: 105.68, aliases: [], city: false },
  { name: 'Hà Tĩnh', short: ['Hà Tĩnh'], centre: 'Hà Tĩnh', lat: 18.34, lon: 105.91, aliases: [], city: false },
  { name: 'Quảng Trị', short: ['Quảng Trị'], centre: 'Đồng Hới', lat: 17.47, lon: 106.62, aliases: ['Quảng Bình'], city: false },
  { name: 'Quảng Ngãi', short: ['Quảng', 'Ngãi'], centre: 'Quảng Ngãi', lat: 15.12, lon: 108.8, aliases: ['Kon Tum'], city: false },
  { name: 'Gia Lai', short: ['Gia Lai'], centre: 'Quy Nhơn', lat: 13.78, lon: 109.22, aliases: ['Bình Định'], city: false },
  { name: 'Khánh Hòa', short: ['Khánh', 'Hòa'], centre: 'Nha Trang', lat: 12.24, lon: 109.19, aliases: ['Ninh Thuận'], city: false },
  { name: 'Lâm Đồng', short: ['Lâm Đồng'], centre: 'Đà Lạt', lat: 11.94, lon: 108.44, aliases: ['Đắk Nông', 'Bình Thuận'], city: false },
  { name: 'Đắk Lắk', short: ['Đắk Lắk'], centre: 'Buôn Ma Thuột', lat: 12.67, lon: 108.04, aliases: ['Phú Yên'], city: false },
  { name: 'Đồng Nai', short: ['Đồng Nai'], centre: 'Biên Hòa', lat: 10.95, lon: 106.82, aliases: ['Bình Phước'], city: false },
  { name: 'Tây Ninh', short: ['Tây Ninh'], centre: 'Tân An', lat: 10.54, lon: 106.41, aliases: ['Long An'], city: false },
  { name: 'Vĩnh Long', short: ['Vĩnh Long'], centre: 'Vĩnh Long', lat: 10.25, lon: 105.97, aliases: ['Bến Tre', 'Trà Vinh'], city: false },
  { name: 'Đồng Tháp', short: ['Đồng Tháp'], centre: 'Mỹ Tho', lat: 10.36, lon: 106.36, aliases: ['Tiền Giang'], city: false },
  { name: 'Cà Mau', short: ['Cà Mau'], centre: 'Cà Mau', lat: 9.18, lon: 105.15, aliases: ['Bạc Liêu'], city: false },
  { name: 'An Giang', short: ['An Giang'], centre: 'Rạch Giá', lat: 10.01, lon: 105.08, aliases: ['Kiên Giang'], city: false },
];

/** Case, diacritics, both tone-mark styles, "tỉnh"/"thành phố" prefixes and punctuation do not matter. */
export function provinceKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, ProvinceInfo>();
for (const p of PROVINCES_2025) for (const n of [p.name, ...p.aliases]) BY_KEY.set(provinceKey(n), p);

/** The 2025 unit a province name (new or old, any spelling) belongs to; undefined when unknown. */
export function resolveProvince(name: string): ProvinceInfo | undefined {
  return BY_KEY.get(provinceKey(name)) ?? BY_KEY.get(provinceKey(name.replace(/^TP\.?\s*/i, '')));
}

export interface Tile {
  province: ProvinceInfo;
  row: number;
  col: number;
}

/** Degrees per tile before empty rows are closed up. */
export const TILE_DEGREES = 0.8;

/**
 * One tile per province: each centre projected onto a grid of TILE_DEGREES, the most crowded
 * placed first on the free cell nearest to its projection, then swaps that bring two tiles closer
 * to where they belong, then rows no tile uses closed up (the long coast has few provinces per
 * degree of latitude). Deterministic.
 */
export function tileGrid(provinces: readonly ProvinceInfo[] = PROVINCES_2025, cell = TILE_DEGREES): Tile[] {
  const north = Math.max(...provinces.map((p) => p.lat));
  const west = Math.min(...provinces.map((p) => p.lon));
  const want = provinces.map((p) => ({ p, r: (north - p.lat) / cell, c: (p.lon - west) / cell, R: 0, C: 0 }));
  const crowd = (a: (typeof want)[number]) => want.filter((b) => b !== a && Math.hypot(a.r - b.r, a.c - b.c) < 2).length;
  const order = [...want].sort((a, b) => crowd(b) - crowd(a) || a.r - b.r || a.c - b.c || a.p.name.localeCompare(b.p.name));
  const taken = new Set<string>();
  for (const w of order) {
    let best: [number, number] = [Math.round(w.r), Math.round(w.c)];
    let bestD = Infinity;
    for (let dr = -5; dr <= 5; dr++)
      for (let dc = -5; dc <= 5; dc++) {
        const r = Math.round(w.r) + dr;
        const c = Math.round(w.c) + dc;
        if (r < 0 || c < 0 || taken.has(`${r},${c}`)) continue;
        const d = Math.hypot(r - w.r, c - w.c);
        if (d < bestD - 1e-9) {
          bestD = d;
          best = [r, c];
        }
      }
    taken.add(best.join(','));
    [w.R, w.C] = best;
  }
  // Swap two tiles when both end up nearer (squared) to their own projections.
  const cost = (w: (typeof want)[number], R: number, C: number) => (R - w.r) ** 2 + (C - w.c) ** 2;
  for (let improved = true, rounds = 0; improved && rounds < 20; rounds++) {
    improved = false;
    for (const a of want)
      for (const b of want) {
        if (a === b) continue;
        if (cost(a, b.R, b.C) + cost(b, a.R, a.C) < cost(a, a.R, a.C) + cost(b, b.R, b.C) - 1e-9) {
          [a.R, b.R] = [b.R, a.R];
          [a.C, b.C] = [b.C, a.C];
          improved = true;
        }
      }
  }
  const rows = [...new Set(want.map((w) => w.R))].sort((a, b) => a - b);
  const cols = [...new Set(want.map((w) => w.C))].sort((a, b) => a - b);
  const colBase = cols[0];
  return want.map((w) => ({ province: w.p, row: rows.indexOf(w.R), col: w.C - colBase }));
}
