/**
 * The 34 provincial-level units after the 2025 reorganisation (6 centrally-run cities, 28
 * provinces): their names are public fact. Everything the generator puts under them is synthetic
 * (provenance `example`), except what the fixtures already hold for a province: for Quảng Ngãi the
 * documents describe the People's Committee, several departments, the LGSP, the data centre, the
 * SOC and other shared systems, and the commune of Hành Minh, so the generator uses those nodes
 * instead of inventing a second copy of them (FIXTURE_ROLES).
 */
import { foldKey } from '../model/text.js';
import { Prng, deriveSeed } from './prng.js';

export interface Province {
  /** Name as the `province` property writes it. */
  name: string;
  /** "thành phố Hà Nội", "tỉnh Lào Cai": the unit with its type, for node names. */
  fullName: string;
  slug: string;
  city: boolean;
}

const CITIES = ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cần Thơ'];
const PROVINCES_28 = [
  'Tuyên Quang',
  'Cao Bằng',
  'Lai Châu',
  'Lào Cai',
  'Thái Nguyên',
  'Điện Biên',
  'Lạng Sơn',
  'Sơn La',
  'Phú Thọ',
  'Bắc Ninh',
  'Quảng Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Cà Mau',
];

export const slugify = (s: string) => foldKey(s).replace(/&/g, ' ').trim().replace(/\s+/g, '-');

export const PROVINCES: readonly Province[] = [
  ...CITIES.map((name) => ({
    name,
    fullName: name === 'TP. Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : `thành phố ${name}`,
    slug: name === 'TP. Hồ Chí Minh' ? 'ho-chi-minh' : slugify(name),
    city: true,
  })),
  ...PROVINCES_28.map((name) => ({ name, fullName: `tỉnh ${name}`, slug: slugify(name), city: false })),
];

/** Communes, wards and special zones after the 2025 reorganisation, nationwide (the figure). */
export const COMMUNES_TOTAL = 3321;

/**
 * Roles the generator fills in every province, and the fixture node that fills a role where the
 * documents already describe it. Only `fixtures/documents` ids (never `fixtures/examples`, which
 * can be left out) so the generated file loads on top of any fixture configuration.
 */
export type Role =
  | 'ubnd'
  | 'communeGroup'
  | 'dvcGroup'
  | 'wan'
  | 'lgsp'
  | 'datacentre'
  | 'soc'
  | 'ioc'
  | 'oneStop'
  | 'portal'
  | 'documents'
  | 'reporting'
  | 'warehouse'
  | 'sso'
  | 'payment'
  | 'signing'
  | `dept:${string}`;

export const FIXTURE_ROLES: Record<string, Partial<Record<Role, string>>> = {
  'quang-ngai': {
    ubnd: 'agency:qng-ubnd-tinh',
    communeGroup: 'agencies:qng-ubnd-cac-xa-phuong-dac-khu',
    dvcGroup: 'group:qng-dich-vu-cong-truc-tuyen',
    wan: 'network:qng-wan',
    lgsp: 'component:qng-lgsp',
    datacentre: 'component:qng-trung-tam-du-lieu',
    soc: 'component:qng-soc',
    ioc: 'component:qng-ioc',
    oneStop: 'component:qng-httt-gq-tthc',
    portal: 'component:qng-cong-ttdt',
    documents: 'component:qng-qlvb',
    reporting: 'component:qng-httt-bao-cao',
    warehouse: 'component:qng-kho-du-lieu-dung-chung',
    sso: 'component:qng-csdl-nguoi-dung',
    'dept:van-phong-ubnd': 'agency:qng-van-phong-ubnd-tinh',
    'dept:so-noi-vu': 'agency:qng-so-noi-vu',
    'dept:so-tai-chinh': 'agency:qng-so-tai-chinh',
    'dept:so-khoa-hoc-va-cong-nghe': 'agency:qng-so-khoa-hoc-va-cong-nghe',
    'dept:so-giao-duc-va-dao-tao': 'agency:qng-so-giao-duc-va-dao-tao',
    'dept:cong-an-tinh': 'agency:qng-cong-an-tinh',
  },
};

/** Communes the fixture documents describe, by province slug; they count towards the 3,321. */
export const FIXTURE_COMMUNES: Record<string, string[]> = {
  'quang-ngai': ['agency:qng-ubnd-xa-hanh-minh'],
};

/**
 * How many communes each province has, summing to 3,321. The split is synthetic (seeded weights
 * between 0.6 and 1.4, largest remainder), not the real count per province.
 */
export function communeCounts(seed: number): number[] {
  const rng = new Prng(deriveSeed(seed, 'communes'));
  const w = PROVINCES.map(() => 0.6 + 0.8 * rng.next());
  const total = w.reduce((a, b) => a + b, 0);
  const exact = w.map((x) => (x / total) * COMMUNES_TOTAL);
  const out = exact.map(Math.floor);
  let left = COMMUNES_TOTAL - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]++;
  }
  return out;
}
