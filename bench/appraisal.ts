/**
 * The appraisal half of `npm run bench` (bench/run.ts calls it):
 *
 * - `appraisalGraph` turns the generated impact graph into a catalogue the appraisal rules can
 *   read: provinces "Tỉnh BENCH 01…34", each with 20 agencies, an LGSP (providing
 *   service:data-sharing), a data centre and a SOC; the generated components get a province, a
 *   kind (departmental applications, online public services, databases, portals, infrastructure),
 *   an owner, data held, business computerised, capabilities built, national databases used,
 *   hosting, and Vietnamese names with deliberate near-duplicates. Everything is provenance
 *   `example`, every id contains "bench", and it is deterministic by seed. It adds no
 *   example→example propagating edge, so the impact figures (provenance example) are unchanged.
 * - `measureScan`, `measureAppraisal`: wall times through the API and through GraphQL.
 * - `profileScan`: where a full scan spends its time (queries, rules, similarity candidates).
 */
import { Appraisals, sortFindings } from '../server/src/appraisal/appraisal.js';
import {
  RuleContext,
  bypassesLgsp,
  hostedOutsideDatacentre,
  nameTokens,
  noDataSharing,
  overlapItems,
  overlaps,
  rebuildsNationalData,
  reimplementsSharedService,
  sameSystemTwice,
} from '../server/src/appraisal/checks.js';
import type { ProposalInput } from '../server/src/appraisal/proposal.js';
import { idfWeights, jaccardForDice, similarPairs, unitWeights, type ItemSet, type Weights } from '../server/src/appraisal/similarity.js';
import type { Finding, Resource, RuleInfo, Subject } from '../server/src/appraisal/types.js';
import { toPlain, type Database } from '../server/src/db/database.js';
import type { AnalysisService } from '../server/src/analysis/service.js';
import { scanCacheOf } from '../server/src/appraisal/scan-cache.js';
import { GraphMutations } from '../server/src/graph/mutations.js';
import { query } from '../server/src/db/queries.js';
import type { createApp } from '../server/src/http/app.js';
import { fold } from '../server/src/model/text.js';
import { HOSTING_REASONS, PROCEDURE_VERBS } from '../server/src/generate/names.js';

type Yoga = ReturnType<typeof createApp>;
export type Row = { id: string; kind: string; props: Record<string, unknown> };
export type Edge = { from: string; to: string; type: string; props: Record<string, unknown> };

/** Deterministic pseudo-random numbers (same as run.ts, own seed so the impact graph is untouched). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export const PROVINCES = 34;
export const AGENCIES_PER_PROVINCE = 20;
/**
 * Shares of the generated (non-hub) components. A province of 2025 runs a few hundred
 * departmental applications and on the order of two thousand online public services (one per
 * administrative procedure); plain infrastructure is not a catalogue entry.
 */
export const SHARES = { application: 0.3, service: 0.45, database: 0.1, portal: 0.05, system: 0.03, infrastructure: 0.07 } as const;

const NDB_OF: Record<string, string> = {
  'dan-cu': 'ndb:dan-cu',
  'doanh-nghiep': 'ndb:dang-ky-doanh-nghiep',
  'dat-dai': 'ndb:dat-dai',
  'ho-tich': 'ndb:ho-tich',
  'bao-hiem': 'ndb:bao-hiem',
  'tai-chinh': 'ndb:tai-chinh',
  'lao-dong-viec-lam': 'ndb:lao-dong-viec-lam',
};
const DOMAINS = ['dan-cu', 'doanh-nghiep', 'dat-dai', 'ho-tich', 'bao-hiem', 'y-te', 'giao-duc', 'lao-dong-viec-lam', 'tai-chinh'];
const BUILT = ['service:sso', 'service:sso', 'service:e-payment', 'service:digital-signature', 'service:e-identity'];

interface AgencySpec {
  name: string;
  data: string[];
  business: string[];
  objects: string[];
}

/** The 20 agencies of every generated province: what their systems hold, computerise, are about. */
const AGENCIES: AgencySpec[] = [
  {
    name: 'Sở Y tế',
    data: ['y-te', 'bao-hiem'],
    business: ['y-te'],
    objects: [
      'hồ sơ sức khỏe điện tử',
      'khám bệnh, chữa bệnh',
      'hành nghề dược',
      'trang thiết bị y tế',
      'an toàn thực phẩm',
      'bệnh viện đa khoa',
      'trạm y tế xã',
      'kế hoạch hóa gia đình',
    ],
  },
  {
    name: 'Trung tâm Kiểm soát bệnh tật tỉnh',
    data: ['y-te'],
    business: ['y-te'],
    objects: ['giám sát dịch bệnh truyền nhiễm', 'tiêm chủng mở rộng', 'xét nghiệm', 'phòng chống HIV/AIDS', 'dinh dưỡng cộng đồng'],
  },
  {
    name: 'Sở Giáo dục và Đào tạo',
    data: ['giao-duc', 'dan-cu'],
    business: ['giao-duc'],
    objects: ['hồ sơ học sinh', 'tuyển sinh đầu cấp', 'văn bằng, chứng chỉ', 'đội ngũ nhà giáo', 'cơ sở vật chất trường học', 'thi tốt nghiệp', 'học bạ số'],
  },
  {
    name: 'Sở Tài chính',
    data: ['tai-chinh', 'doanh-nghiep'],
    business: ['tai-chinh'],
    objects: ['tài sản công', 'ngân sách nhà nước', 'giá đất', 'đầu tư công', 'đăng ký doanh nghiệp', 'quyết toán vốn đầu tư'],
  },
  {
    name: 'Sở Nông nghiệp và Môi trường',
    data: ['dat-dai'],
    business: ['dat-dai'],
    objects: ['đất đai', 'quan trắc môi trường', 'tài nguyên nước', 'khoáng sản', 'bảo vệ thực vật', 'chăn nuôi và thú y', 'thủy lợi'],
  },
  {
    name: 'Sở Tư pháp',
    data: ['ho-tich', 'dan-cu'],
    business: ['ho-tich'],
    objects: ['hộ tịch', 'lý lịch tư pháp', 'công chứng, chứng thực', 'bồi thường nhà nước', 'trợ giúp pháp lý', 'văn bản quy phạm pháp luật'],
  },
  {
    name: 'Sở Nội vụ',
    data: ['lao-dong-viec-lam', 'dan-cu'],
    business: ['lao-dong-viec-lam'],
    objects: ['cán bộ, công chức, viên chức', 'thi đua, khen thưởng', 'lao động, việc làm', 'người có công', 'bảo trợ xã hội', 'lưu trữ lịch sử'],
  },
  {
    name: 'Sở Xây dựng',
    data: ['dat-dai'],
    business: ['dat-dai'],
    objects: ['cấp phép xây dựng', 'quy hoạch xây dựng', 'nhà ở và bất động sản', 'giao thông vận tải', 'đăng kiểm phương tiện', 'hạ tầng kỹ thuật đô thị'],
  },
  {
    name: 'Sở Công Thương',
    data: ['doanh-nghiep'],
    business: ['doanh-nghiep'],
    objects: ['quản lý thị trường', 'xúc tiến thương mại', 'cụm công nghiệp', 'an toàn điện', 'xuất nhập khẩu'],
  },
  {
    name: 'Sở Khoa học và Công nghệ',
    data: ['doanh-nghiep'],
    business: [],
    objects: ['đề tài khoa học', 'sở hữu trí tuệ', 'tiêu chuẩn đo lường chất lượng', 'chuyển đổi số', 'bưu chính viễn thông'],
  },
  {
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    data: ['dan-cu'],
    business: [],
    objects: ['di sản văn hóa', 'thư viện số', 'cơ sở lưu trú du lịch', 'thể thao thành tích cao', 'lễ hội truyền thống'],
  },
  {
    name: 'Công an tỉnh',
    data: ['dan-cu', 'ho-tich'],
    business: ['dan-cu'],
    objects: ['cư trú', 'xử lý vi phạm hành chính', 'phòng cháy chữa cháy', 'an ninh trật tự', 'camera giao thông'],
  },
  {
    name: 'Văn phòng UBND tỉnh',
    data: [],
    business: [],
    objects: ['văn bản và điều hành', 'lịch công tác', 'phản ánh kiến nghị', 'nhiệm vụ được giao', 'họp không giấy'],
  },
  {
    name: 'Thanh tra tỉnh',
    data: ['dan-cu'],
    business: [],
    objects: ['tiếp công dân', 'khiếu nại, tố cáo', 'thanh tra, kiểm tra', 'kê khai tài sản, thu nhập'],
  },
  {
    name: 'Ban Quản lý các khu công nghiệp',
    data: ['doanh-nghiep', 'lao-dong-viec-lam'],
    business: ['doanh-nghiep'],
    objects: ['dự án khu công nghiệp', 'lao động khu công nghiệp', 'môi trường khu công nghiệp'],
  },
  {
    name: 'Trung tâm Phục vụ hành chính công',
    data: ['dan-cu', 'doanh-nghiep'],
    business: [],
    objects: ['tiếp nhận và trả kết quả hồ sơ', 'một cửa điện tử', 'đánh giá sự hài lòng', 'xếp hàng tự động'],
  },
  {
    name: 'Bảo hiểm xã hội tỉnh',
    data: ['bao-hiem', 'dan-cu'],
    business: ['bao-hiem'],
    objects: ['thu bảo hiểm xã hội', 'giám định bảo hiểm y tế', 'chi trả chế độ', 'sổ bảo hiểm xã hội'],
  },
  { name: 'Sở Dân tộc và Tôn giáo', data: ['dan-cu'], business: [], objects: ['chính sách dân tộc', 'tín ngưỡng, tôn giáo', 'người có uy tín'] },
  { name: 'Sở Ngoại vụ', data: [], business: [], objects: ['đoàn ra, đoàn vào', 'hợp tác quốc tế', 'người nước ngoài'] },
  { name: 'Đài Phát thanh và Truyền hình tỉnh', data: [], business: [], objects: ['sản xuất chương trình', 'lưu trữ tư liệu', 'phát thanh số'] },
];
const IT_AGENCY = 9; // Sở Khoa học và Công nghệ: owns the LGSP, data centre and SOC.
const PVHCC = 15; // Trung tâm Phục vụ hành chính công: owner of the bench proposal.

const APP_PREFIX = ['Hệ thống', 'Hệ thống', 'Phần mềm', 'Phần mềm', 'Ứng dụng', 'Hệ thống thông tin'];
const APP_FUNCTION = ['quản lý', 'quản lý', 'theo dõi', 'tra cứu', 'giám sát', 'số hóa', 'điều hành', 'báo cáo thống kê', 'hỗ trợ nghiệp vụ'];
const APP_QUALIFIER = ['', '', '', '', ' điện tử', ' trực tuyến', ' tập trung', ' trên thiết bị di động', ' liên thông'];
const PROCEDURE_OBJECT = ['giấy phép', 'chứng chỉ', 'giấy chứng nhận', 'hồ sơ', 'quyết định', 'thông báo'];

/** Near-duplicate surface forms of a name: HTTT/Hệ thống, tone-mark style, case, a dropped qualifier. */
function variant(name: string, r: () => number): string {
  const swaps: [RegExp, string][] = [
    [/^Hệ thống thông tin /, 'HTTT '],
    [/^HTTT /, 'Hệ thống thông tin '],
    [/^Hệ thống /, 'HTTT '],
    [/^Phần mềm /, 'Hệ thống '],
    [/^Ứng dụng /, 'Phần mềm '],
    [/hóa/g, 'hoá'],
    [/hoá/g, 'hóa'],
    [/khỏe/g, 'khoẻ'],
    [/thủy/g, 'thuỷ'],
    [/ (điện tử|trực tuyến|tập trung|liên thông)$/, ''],
  ];
  const applicable = swaps.filter(([re]) => re.test(name));
  let out = name;
  const picks = 1 + Math.floor(r() * 2);
  for (let k = 0; k < picks && applicable.length; k++) {
    const [re, to] = applicable.splice(Math.floor(r() * applicable.length), 1)[0];
    out = out.replace(re, to);
  }
  if (out === name || r() < 0.2) out = out.replace(/ quản lý /, ' Quản lý ');
  return out === name ? `${name} (bản đăng ký lại)` : out;
}

export interface AppraisalGraph {
  /** Extra nodes: agencies, LGSPs, data centres, SOCs. */
  nodes: Row[];
  /** Properties of generated component j beyond id/kind/provenance/sources. */
  componentProps: (j: number) => Record<string, unknown>;
  /** Appraisal edges (OWNED_BY, HOLDS_DATA, COMPUTERISES, BUILDS_OWN, USES_DATA_FROM→ndb, MONITORED_BY, PROVIDED_BY). */
  edges: Edge[];
  /** Sets `via` (the sender's LGSP) on most existing exchange edges; the edges themselves stay. */
  annotateExchanges: (edges: Edge[]) => number;
  stats: Record<string, number>;
  provinceName: (p: number) => string;
  agencyId: (p: number, a: number) => string;
  lgspId: (p: number) => string;
  /** A generated system of province p (an integration target for the bench proposal). */
  systemOf: (p: number) => string;
}

/** Builds the catalogue for components `component:bench-0…n-1` (the first `hubs` are shared provincial systems). */
export function appraisalGraph(n: number, hubs: number, componentId: (i: number) => string, seed = 20251): AppraisalGraph {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const ex = { provenance: 'example', sources: '[]' };
  const pp = (p: number) => String(p + 1).padStart(2, '0');
  const provinceName = (p: number) => `Tỉnh BENCH ${pp(p)}`;
  const agencyId = (p: number, a: number) => `agency:bench-p${pp(p)}-a${String(a + 1).padStart(2, '0')}`;
  const lgspId = (p: number) => `component:bench-p${pp(p)}-lgsp`;
  const dcId = (p: number) => `component:bench-p${pp(p)}-ttdl`;
  const socId = (p: number) => `component:bench-p${pp(p)}-soc`;
  const nodes: Row[] = [];
  const edges: Edge[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string, by = 1) => (stats[k] = (stats[k] ?? 0) + by);
  const node = (id: string, kind: string, props: Record<string, unknown>) => nodes.push({ id, kind, props: { id, kind, ...props, ...ex } });
  const edge = (type: string, from: string, to: string, props: Record<string, unknown> = {}) => {
    edges.push({ from, to, type, props: { ...props, ...ex } });
    count(`edges.${type}`);
  };

  for (let p = 0; p < PROVINCES; p++) {
    const province = provinceName(p);
    AGENCIES.forEach((a, k) => node(agencyId(p, k), 'Agency', { name: a.name, province, level: 'province', agencyType: 'department' }));
    node(lgspId(p), 'Component', {
      name: `Nền tảng tích hợp, chia sẻ dữ liệu ${province}`,
      abbreviations: ['LGSP'],
      province,
      componentKind: 'platform',
      level: 'province',
      hosting: 'provincial-datacentre',
    });
    node(dcId(p), 'Component', { name: `Trung tâm dữ liệu ${province}`, province, componentKind: 'datacentre', level: 'province' });
    node(socId(p), 'Component', {
      name: `Trung tâm giám sát an toàn thông tin ${province}`,
      abbreviations: ['SOC'],
      province,
      componentKind: 'operations-centre',
      level: 'province',
    });
    for (const c of [lgspId(p), dcId(p), socId(p)]) edge('OWNED_BY', c, agencyId(p, IT_AGENCY));
    edge('PROVIDED_BY', 'service:data-sharing', lgspId(p));
  }
  count('nodes.agencies', PROVINCES * AGENCIES.length);
  count('nodes.provincial-platforms', PROVINCES * 3);

  // Per component: province, owner, kind, name, hosting; appraisal facts as edges.
  const province = new Int16Array(n);
  const props: Record<string, unknown>[] = new Array(n);
  /** Earlier applications per (province, agency), for near-duplicate registrations. */
  const earlier = new Map<string, { name: string; data: string[] }[]>();
  for (let i = 0; i < n; i++) {
    const id = componentId(i);
    const p = Math.floor(rand() * PROVINCES);
    province[i] = p;
    const base = { province: provinceName(p), level: 'province' };
    if (i < hubs) {
      // Shared provincial systems: the hubs most edges point to.
      const a = rand() < 0.5 ? IT_AGENCY : 12;
      props[i] = {
        ...base,
        name: `Hệ thống dùng chung ${pick(AGENCIES[a].objects)} ${provinceName(p)} số ${i + 1}`,
        componentKind: 'system',
        hosting: 'provincial-datacentre',
      };
      edge('OWNED_BY', id, agencyId(p, a));
      count('components.system');
      continue;
    }
    const r = rand();
    let acc = 0;
    const kind = (Object.keys(SHARES) as (keyof typeof SHARES)[]).find((k) => r < (acc += SHARES[k])) ?? 'infrastructure';
    count(`components.${kind}`);
    const ai = Math.floor(rand() * AGENCIES.length);
    const agency = AGENCIES[ai];
    const owner = agencyId(p, ai);
    if (kind === 'infrastructure') {
      props[i] = { ...base, name: `Cụm máy chủ ${pick(agency.objects)} số ${i + 1}`, componentKind: 'infrastructure', hosting: 'provincial-datacentre' };
      continue;
    }
    if (kind === 'service') {
      // An online public service: one administrative procedure; owned by the agency that handles it.
      props[i] = { ...base, name: `${pick(PROCEDURE_VERBS)} ${pick(PROCEDURE_OBJECT)} ${pick(agency.objects)}`, componentKind: 'service' };
      edge('OWNED_BY', id, owner);
      continue;
    }
    // Applications, databases, portals, systems: hosting, data, exchanges.
    const outside = rand() < 0.12;
    const reason = outside && rand() < 0.5 ? pick(HOSTING_REASONS) : undefined;
    const hosting = { hosting: outside ? 'outside' : 'provincial-datacentre', ...(reason ? { hostingReason: reason } : {}) };
    if (reason && rand() < 0.5) edge('MONITORED_BY', id, socId(p));
    edge('OWNED_BY', id, owner);
    const key = `${p}/${ai}`;
    const prior = earlier.get(key) ?? [];
    let name: string;
    let data: string[];
    if (kind === 'application' && prior.length && rand() < 0.04) {
      // The same system registered twice, under a slightly different name.
      const twin = prior[Math.floor(rand() * prior.length)];
      name = variant(twin.name, rand);
      data = [...twin.data];
      count('nearDuplicates');
    } else {
      const object = pick(agency.objects);
      name =
        kind === 'database'
          ? `${rand() < 0.5 ? 'Cơ sở dữ liệu' : 'CSDL'} ${object}`
          : kind === 'portal'
            ? `Cổng thông tin ${object}`
            : `${pick(APP_PREFIX)} ${pick(APP_FUNCTION)} ${object}${pick(APP_QUALIFIER)}`;
      if (rand() < 0.25) name += ` ${agency.name}`;
      // Data held: the agency's own subjects first, then citizens, then anything; 1–4 of them.
      const want = 1 + Math.floor(rand() * (kind === 'application' || kind === 'system' ? 4 : 2));
      const pool = [...agency.data.filter(() => rand() < 0.85), ...(rand() < 0.5 ? ['dan-cu'] : [])];
      while (pool.length < want) pool.push(pick(DOMAINS));
      data = [...new Set(pool)].slice(0, want);
    }
    props[i] = { ...base, name, componentKind: kind, ...hosting };
    if (kind === 'application') {
      prior.push({ name, data });
      earlier.set(key, prior);
    }
    for (const d of data) edge('HOLDS_DATA', id, `domain:${d}`);
    // Business computerised: 0–2, mostly the agency's own.
    const biz = new Set<string>();
    const nb = kind === 'portal' ? 0 : Math.floor(rand() * 3);
    for (let k = 0; k < nb; k++) biz.add(agency.business.length && rand() < 0.8 ? pick(agency.business) : pick(DOMAINS));
    for (const d of biz) edge('COMPUTERISES', id, `domain:${d}`);
    // Occasionally builds its own SSO, payment, signature or identity.
    if (rand() < 0.08) edge('BUILDS_OWN', id, pick(BUILT));
    // Most take the national data they hold from its national database, mostly through the LGSP.
    for (const d of data) {
      const ndb = NDB_OF[d];
      if (!ndb || rand() >= 0.8) continue;
      edge('USES_DATA_FROM', id, ndb, rand() < 0.7 ? { via: lgspId(p) } : {});
    }
  }
  return {
    nodes,
    edges,
    stats,
    componentProps: (j) => props[j],
    annotateExchanges(list) {
      let k = 0;
      for (const e of list) {
        if (e.type !== 'USES_DATA_FROM' && e.type !== 'CONNECTS_TO') continue;
        const i = Number(e.from.slice(e.from.lastIndexOf('-') + 1));
        if (rand() < 0.85) {
          e.props.via = lgspId(province[i]);
          k++;
        }
      }
      stats['exchanges.withVia'] = k;
      return k;
    },
    provinceName,
    agencyId,
    lgspId,
    systemOf: (p) => {
      for (let i = 0; i < hubs; i++) if (province[i] === p) return componentId(i);
      return lgspId(p);
    },
  };
}

/** The sample proposal moved to a generated province: owner, LGSP and integration target are generated nodes. */
export function benchProposal(sample: ProposalInput, g: AppraisalGraph, p = 0): ProposalInput {
  return {
    ...sample,
    name: `${sample.name} ${g.provinceName(p)}`,
    ownerAgency: g.agencyId(p, PVHCC),
    architecture: null,
    usesData: [{ target: 'ndb:dang-ky-doanh-nghiep' }, { target: 'ndb:dan-cu', via: g.lgspId(p) }],
    integrations: [{ target: g.systemOf(p) }],
  };
}

// ---------------------------------------------------------------------------------------------
// Measurement

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const median = (xs: number[]) => percentile(xs, 50);
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const r3 = (x: number) => +x.toFixed(3);

async function gql(yoga: Yoga, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors)
    throw Object.assign(
      new Error(
        body.errors
          .map((e) => e.message)
          .join('; ')
          .slice(0, 2000),
      ),
      { code: body.errors[0]?.extensions?.code ?? 'GRAPHQL' },
    );
  return body.data!;
}

export function byRule(findings: { rule?: string; ruleCode?: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) {
    const k = (f.rule ?? f.ruleCode)!;
    out[k] = (out[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const SCAN = `query($provenance: [Provenance!]) { duplication(scope: {provenance: $provenance}) { id ruleCode severity } }`;

/** A scan slower than this is run once (that run is the figure), not warm-up + `runs` times. */
const SLOW_SCAN_MS = 20_000;

async function attempt<T>(fn: () => Promise<T>): Promise<{ ms: number; value?: T; error?: string }> {
  const t = process.hrtime.bigint();
  try {
    const value = await fn();
    return { ms: ms(t), value };
  } catch (e) {
    return { ms: ms(t), error: `${(e as { code?: string }).code ?? ''} ${(e as Error).message}`.trim().slice(0, 300) };
  }
}

/**
 * Full duplication scan, median of `runs` after one warm-up per path (a path slower than 20 s is
 * run once: that run is the figure; a failure, e.g. the 30 s transaction timeout, is recorded with
 * the time it took to fail):
 * - `api`: `Appraisals.duplication` as a server runs it. With an analysis graph: computed from
 *   nothing on the graph each run (`fresh`; the kept result dropped first), evidence sources read
 *   from Neo4j for every finding. Without one: the database path.
 * - `cached` (analysis graph only): the same call answered from the kept, current result.
 * - `graphql`: the `duplication` query through yoga (sources selected: none; kept result).
 * - `database` (analysis graph only; `databaseRuns` times, 0 to skip): the database path, today's
 *   implementation before the analysis graph, side by side.
 */
export async function measureScan(
  db: Database,
  yoga: Yoga,
  provenance: string[],
  label: string,
  runs = 3,
  opts: { analysis?: AnalysisService | null; databaseRuns?: number } = {},
) {
  const onGraph = opts.analysis ? new Appraisals(db, opts.analysis) : null;
  const onDb = new Appraisals(db);
  const count = (f: { rule?: string; ruleCode?: string }[]) => ({ count: f.length, byRule: byRule(f) });
  const paths: Record<string, { fn: () => Promise<{ count: number; byRule: Record<string, number> }>; runs: number }> = onGraph
    ? {
        api: { fn: async () => count(await onGraph.duplication({ provenance }, { fresh: true })), runs },
        cached: { fn: async () => count(await onGraph.duplication({ provenance })), runs },
        graphql: { fn: async () => count((await gql(yoga, SCAN, { provenance })).duplication as { ruleCode: string }[]), runs },
        database: { fn: async () => count(await onDb.duplication({ provenance })), runs: opts.databaseRuns ?? 1 },
      }
    : {
        api: { fn: async () => count(await onDb.duplication({ provenance })), runs },
        graphql: { fn: async () => count((await gql(yoga, SCAN, { provenance })).duplication as { ruleCode: string }[]), runs },
      };
  const out: Record<
    string,
    { median: number | null; all: number[]; warmUp: number; error?: string; failedAfterMs?: number; findings?: number } | { skipped: true }
  > = {};
  let result: { count: number; byRule: Record<string, number> } | undefined;
  for (const [path, { fn, runs: n }] of Object.entries(paths)) {
    if (n <= 0) {
      out[path] = { skipped: true };
      continue;
    }
    const warm = await attempt(fn);
    const times: number[] = [];
    let error = warm.error;
    let failedAfterMs = warm.error ? r3(warm.ms) : undefined;
    if (!warm.error) result ??= warm.value;
    if (warm.error || warm.ms > SLOW_SCAN_MS || n === 1) {
      if (!warm.error) times.push(warm.ms);
    } else
      for (let k = 0; k < n; k++) {
        const a = await attempt(fn);
        if (a.error) {
          error = a.error;
          failedAfterMs = r3(a.ms);
          break;
        }
        times.push(a.ms);
        result ??= a.value;
      }
    out[path] = {
      median: times.length ? r3(median(times)) : null,
      all: times.map(r3),
      warmUp: r3(warm.ms),
      ...(warm.value ? { findings: warm.value.count } : {}),
      ...(error ? { error, failedAfterMs } : {}),
    };
    console.log(
      `  ${label} ${path}: warm-up ${warm.ms.toFixed(0)} ms, runs ${times.map((x) => x.toFixed(0)).join(' ')}${error ? `, FAILED after ${failedAfterMs?.toFixed(0)} ms: ${error}` : ''}`,
    );
  }
  const r = { label, provenance, runs, ...out, findings: result?.count ?? null, byRule: result?.byRule ?? {} };
  const show = (x: (typeof out)[string] | undefined) =>
    !x || 'skipped' in x ? 'skipped' : x.median !== null ? `${x.median.toFixed(0)} ms` : `failed after ${x.failedAfterMs?.toFixed(0)} ms`;
  console.log(
    `${label.padEnd(34)} scan API median ${show(out.api)} | cached ${show(out.cached)} | GraphQL ${show(out.graphql)} | database ${show(out.database)} | ${r.findings} findings ${JSON.stringify(r.byRule)}`,
  );
  return r as typeof r & {
    api: { median: number | null; failedAfterMs?: number; error?: string };
    graphql: { median: number | null; failedAfterMs?: number; error?: string };
  };
}

/**
 * The kept national result after an edit: one component changed through akb (a write that
 * declares its change), then the time until the result is current again (`rescoreMs`: the next
 * national scan's own work, rescoring what the change touched; no sources), and the whole API call
 * (sorted, sources of every finding read). The edit is undone afterwards. Median of `runs`.
 */
export async function measureRescore(db: Database, analysis: AnalysisService, provenance: string[], component: string, runs = 5) {
  const appraisals = new Appraisals(db, analysis);
  const cache = scanCacheOf(analysis);
  const mutations = new GraphMutations(db);
  const actor = { name: 'bench', role: 'admin' as const, tokenId: null };
  await appraisals.duplication({ provenance }); // the kept result, computed
  const rescore: number[] = [];
  const call: number[] = [];
  const writes: number[] = [];
  let stats: unknown = null;
  const before = ((await db.read('graph/nodes-by-ids', { ids: [component] }))[0]?.node as { hosting?: string } | undefined)?.hosting ?? 'provincial-datacentre';
  for (let k = 0; k < runs; k++) {
    // Toggle the component's hosting (rule 4 fires or stops firing for it).
    let t = process.hrtime.bigint();
    await mutations.updateNode(actor, component, { hosting: k % 2 === 0 ? (before === 'outside' ? 'provincial-datacentre' : 'outside') : before });
    writes.push(ms(t));
    const g = (await analysis.current())!;
    t = process.hrtime.bigint();
    cache.national(g, provenance);
    rescore.push(ms(t));
    stats = cache.lastRescore;
    t = process.hrtime.bigint();
    await appraisals.duplication({ provenance });
    call.push(ms(t));
  }
  await mutations.updateNode(actor, component, { hosting: before });
  const row = (xs: number[]) => ({ p50: r3(percentile(xs, 50)), max: r3(Math.max(...xs)) });
  const r = { component, runs, rescoreMs: r3(percentile(rescore, 50)), rescore: row(rescore), apiAfterEdit: row(call), write: row(writes), lastRescore: stats };
  console.log(`rescore after editing ${component}: ${JSON.stringify(r)}`);
  return r;
}

/** reuseCandidates of one resource: from nothing once (kept result dropped), then kept (median of `runs`). */
export async function measureReuse(db: Database, analysis: AnalysisService, resource: string, provenance: string[], runs = 10) {
  const appraisals = new Appraisals(db, analysis);
  scanCacheOf(analysis).clear();
  let t = process.hrtime.bigint();
  const first = await appraisals.reuseCandidates(resource, provenance);
  const coldMs = r3(ms(t));
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    t = process.hrtime.bigint();
    await appraisals.reuseCandidates(resource, provenance);
    times.push(ms(t));
  }
  const r = {
    resource,
    provenance,
    candidates: first.length,
    findings: first.reduce((n, c) => n + c.findings.length, 0),
    ms: r3(percentile(times, 50)),
    p99: r3(percentile(times, 99)),
    coldMs,
  };
  console.log(`reuseCandidates(${resource}): ${JSON.stringify(r)}`);
  return r;
}

const APPRAISE = `mutation($p: ProposalInput!, $provenance: [Provenance!]) { appraise(proposal: $p, provenance: $provenance) { conformance { verdict } findings { id } } }`;

/**
 * One appraisal (save: false), p50/p99 over `iterations` after a warm-up, API and GraphQL
 * interleaved; with an analysis graph, the API on it and the database path (`database`) beside it.
 */
export async function measureAppraisal(
  db: Database,
  yoga: Yoga,
  proposal: ProposalInput,
  provenance: string[],
  label: string,
  iterations = 50,
  warmup = 5,
  analysis: AnalysisService | null = null,
) {
  const appraisals = new Appraisals(db, analysis);
  const onDb = new Appraisals(db);
  const api: number[] = [];
  const graphql: number[] = [];
  const database: number[] = [];
  const t0 = process.hrtime.bigint();
  let report = await appraisals.appraise(proposal, { actor: 'bench', save: false, provenance });
  // Slow appraisals: fewer runs (about two minutes' worth, at least 10).
  const first = ms(t0);
  if (first > 1000) {
    iterations = Math.max(10, Math.min(iterations, Math.floor(60_000 / first)));
    warmup = 1;
  }
  for (let k = 0; k < warmup; k++) {
    await appraisals.appraise(proposal, { actor: 'bench', save: false, provenance });
    await gql(yoga, APPRAISE, { p: proposal, provenance });
  }
  let gqlFindings = 0;
  let dbIterations = analysis ? Math.max(5, Math.min(iterations, 20)) : 0;
  for (let k = 0; k < iterations; k++) {
    let t = process.hrtime.bigint();
    report = await appraisals.appraise(proposal, { actor: 'bench', save: false, provenance });
    api.push(ms(t));
    t = process.hrtime.bigint();
    const data = (await gql(yoga, APPRAISE, { p: proposal, provenance })) as { appraise: { findings: unknown[] } };
    graphql.push(ms(t));
    gqlFindings = data.appraise.findings.length;
    if (dbIterations-- > 0) {
      t = process.hrtime.bigint();
      const d = await onDb.appraise(proposal, { actor: 'bench', save: false, provenance });
      database.push(ms(t));
      if (d.findings.length !== report.findings.length)
        throw new Error(`appraise: the database path gave ${d.findings.length} findings, the analysis graph ${report.findings.length}`);
    }
  }
  if (gqlFindings !== report.findings.length) throw new Error(`appraise: GraphQL returned ${gqlFindings} findings, the API ${report.findings.length}`);
  const row = (xs: number[]) => ({ p50: r3(percentile(xs, 50)), p99: r3(percentile(xs, 99)) });
  const r = {
    label,
    provenance,
    province: report.province,
    iterations,
    verdict: report.conformance.verdict,
    findings: report.findings.length,
    byRule: byRule(report.findings),
    api: row(api),
    graphql: row(graphql),
    ...(database.length ? { database: { ...row(database), n: database.length } } : {}),
  };
  console.log(
    `${label.padEnd(34)} appraise API p50 ${r.api.p50} p99 ${r.api.p99} | GraphQL p50 ${r.graphql.p50} p99 ${r.graphql.p99}${database.length ? ` | database p50 ${row(database).p50}` : ''} ms | ${r.verdict}, ${r.findings} findings ${JSON.stringify(r.byRule)}`,
  );
  return r;
}

// ---------------------------------------------------------------------------------------------
// Profile

/** Pairs similarPairs would score (its prefix-filter candidates) under a given item order. */
function candidateCount(sets: readonly ItemSet[], w: Weights, threshold: number, order: (x: string, y: string) => number): number {
  const index = new Map<string, number[]>();
  const candidates = new Set<number>();
  const n = sets.length;
  sets.forEach((s, k) => {
    const items = [...new Set(s.items)].sort(order);
    const total = items.reduce((t, i) => t + w(i), 0);
    if (total === 0) return;
    let rest = total;
    for (const item of items) {
      rest -= w(item);
      const list = index.get(item);
      if (list) for (const j of list) candidates.add(j * n + k);
      if (list) list.push(k);
      else index.set(item, [k]);
      if (rest < threshold * total) break;
    }
  });
  return candidates.size;
}

function buckets(subjects: readonly Subject[]): Subject[][] {
  const m = new Map<string, Subject[]>();
  for (const s of subjects) {
    const k = s.province ? fold(s.province) : '';
    const b = m.get(k);
    if (b) b.push(s);
    else m.set(k, [s]);
  }
  return [...m.values()];
}

/**
 * Where one full scan spends its time: the three queries (Neo4j plus driver decoding), the rule
 * context, the per-subject rules, the two pairwise rules (split into building the item sets,
 * similarPairs itself and the finding construction), and the final sort. Also the number of
 * candidate pairs the prefix filter lets through for the name rule, in its current item order
 * (unit weights: ties broken alphabetically) and rarest-token-first.
 */
export async function profileScan(db: Database, provenance: string[]) {
  const t: Record<string, number> = {};
  const lap = async <T>(k: string, fn: () => Promise<T> | T): Promise<T> => {
    const s = process.hrtime.bigint();
    const v = await fn();
    t[k] = r3((t[k] ?? 0) + ms(s));
    return v;
  };
  const total = process.hrtime.bigint();
  const { rules, subjects, resources } = await lap(
    'readTransaction (3 queries)',
    () =>
      db.readTransaction(async (tx) => {
        const rules = await lap('query rules', () => tx.run('appraisal/rules', {}));
        const subjects = await lap('query subjects', () =>
          tx.run('appraisal/subjects', { province: null, architecture: null, agency: null, unassigned: false, provenance }),
        );
        const resources = await lap('query context', () => tx.run('appraisal/context', { provenance }));
        return { rules: rules.map((r) => r.rule as RuleInfo), subjects: subjects as unknown as Subject[], resources: resources as unknown as Resource[] };
      }, 900_000), // not the app's 30 s: the profile wants the whole scan, however long
  );
  // The subjects query again, through a plain driver session: Neo4j's own time (until the last
  // record is produced) vs the driver receiving and decoding, vs akb's conversion to plain objects.
  const session = db.driver.session({ defaultAccessMode: 'READ', database: db.database });
  let subjectsServer: { availableAfterMs: number; consumedAfterMs: number; wallMs: number; records: number };
  try {
    const s0 = process.hrtime.bigint();
    const res = await session.run(query('appraisal/subjects'), { province: null, architecture: null, agency: null, unassigned: false, provenance });
    subjectsServer = {
      availableAfterMs: Number(res.summary.resultAvailableAfter),
      consumedAfterMs: Number(res.summary.resultConsumedAfter),
      wallMs: r3(ms(s0)),
      records: res.records.length,
    };
    const s1 = process.hrtime.bigint();
    for (const rec of res.records) toPlain(rec.toObject());
    t['subjects: toPlain (akb conversion)'] = r3(ms(s1));
  } finally {
    await session.close();
  }
  const ctx = await lap('RuleContext', () => new RuleContext(resources));
  const out: Finding[] = [];
  await lap('rules 1–4, 6 (per subject)', () => {
    for (const s of subjects)
      out.push(
        ...rebuildsNationalData(s, ctx),
        ...reimplementsSharedService(s, ctx),
        ...bypassesLgsp(s, ctx),
        ...hostedOutsideDatacentre(s, ctx),
        ...noDataSharing(s, ctx),
      );
  });
  const bs = buckets(subjects);
  // Rule 8, split: its item sets and similarPairs, then the whole rule (pairs + findings).
  let overlapPairs = 0;
  await lap('overlap: item sets', () => bs.map((b) => b.map((s) => ({ id: s.id, items: overlapItems(s) })).filter((x) => x.items.length >= 2)));
  await lap('overlap: similarPairs', () => {
    for (const b of bs) {
      const sets = b.map((s) => ({ id: s.id, items: overlapItems(s) })).filter((x) => x.items.length >= 2);
      overlapPairs += similarPairs(sets, idfWeights(sets), 0.5).length;
    }
  });
  const ov = await lap('overlap: whole rule', () => overlaps(subjects));
  for (const f of ov) out.push(f);
  // Rule 9, split the same way; plus candidate counts under two item orders.
  let namePairs = 0;
  let candAlpha = 0;
  let candRare = 0;
  const nameSets = await lap('same-system: name tokens', () =>
    bs.map((b) => b.map((s) => ({ id: s.id, items: nameTokens(s.name, s.province) })).filter((x) => x.items.length > 0)),
  );
  const th = jaccardForDice(0.8);
  await lap('same-system: similarPairs', () => {
    for (const sets of nameSets) namePairs += similarPairs(sets, unitWeights, th).length;
  });
  const ss = await lap('same-system: whole rule', () => sameSystemTwice(subjects));
  for (const f of ss) out.push(f);
  for (const sets of nameSets) {
    const alpha = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    candAlpha += candidateCount(sets, unitWeights, th, alpha);
    const df = new Map<string, number>();
    for (const s of sets) for (const i of new Set(s.items)) df.set(i, (df.get(i) ?? 0) + 1);
    candRare += candidateCount(sets, unitWeights, th, (x, y) => df.get(x)! - df.get(y)! || alpha(x, y));
  }
  await lap('sortFindings', () => sortFindings(out, rules));
  const wall = r3(ms(total));
  const sizes = bs.map((b) => b.length).sort((a, b) => a - b);
  const r = {
    provenance,
    wallMs: wall,
    subjects: subjects.length,
    provinces: bs.length,
    largestProvince: sizes[sizes.length - 1],
    findings: out.length,
    byRule: byRule(out),
    subjectsQuery: subjectsServer,
    timesMs: t,
    overlap: { scoredPairsAboveThreshold: overlapPairs, findings: ov.length },
    sameSystem: { pairsAboveThreshold: namePairs, findings: ss.length, candidatePairsAlphabeticalOrder: candAlpha, candidatePairsRarestFirst: candRare },
  };
  console.log(`profile (${provenance.join(',')}): ${JSON.stringify(r)}`);
  return r;
}

/**
 * Where one appraisal spends its time: the five queries of `Appraisals.appraise` (rules,
 * services, the nodes the proposal names, the province's catalogue, the rule context) and the
 * rules, the two pairwise ones (which compare every pair in the province) apart. Median of `runs`.
 */
export async function profileAppraisal(db: Database, input: ProposalInput, provenance: string[], runs = 20) {
  const samples: Record<string, number[]> = {};
  let subjectsInProvince = 0;
  for (let k = 0; k < runs + 2; k++) {
    // Slow appraisals (a big province): five runs are enough to see the split.
    if (k === 3 && (samples.total?.[0] ?? 0) > 1000) runs = Math.min(runs, 5);
    const t: Record<string, number> = {};
    const lap = async <T>(key: string, fn: () => Promise<T> | T): Promise<T> => {
      const s = process.hrtime.bigint();
      const v = await fn();
      t[key] = (t[key] ?? 0) + ms(s);
      return v;
    };
    const total = process.hrtime.bigint();
    await db.readTransaction(async (tx) => {
      await lap('query rules', () => tx.run('appraisal/rules', {}));
      const services = new Map<string, string>();
      for (const r of await lap('query services', () => tx.run('appraisal/services-by-capability', {})))
        services.set(String(r.capability), String(r.id)).set(String(r.id), String(r.id));
      const { idsNamed, provinceOf, proposalSubject } = await import('../server/src/appraisal/proposal.js');
      const rows = await lap('query proposal nodes', () => tx.run('appraisal/proposal-nodes', { ids: idsNamed(input, services) }));
      const nodes = new Map(rows.map((n) => [String(n.id), n as never]));
      const province = provinceOf(input, nodes);
      const catalogue = (await lap('query subjects (province)', () =>
        tx.run('appraisal/subjects', { province, architecture: null, agency: null, unassigned: false, provenance }),
      )) as unknown as Subject[];
      subjectsInProvince = catalogue.length;
      const ctx = new RuleContext((await lap('query context', () => tx.run('appraisal/context', { provenance }))) as unknown as Resource[]);
      const me = proposalSubject(input, nodes, services, ctx);
      await lap('rules 1–4, 6', () => [
        rebuildsNationalData(me, ctx),
        reimplementsSharedService(me, ctx),
        bypassesLgsp(me, ctx),
        hostedOutsideDatacentre(me, ctx),
        noDataSharing(me, ctx),
      ]);
      await lap('overlap (whole province)', () => overlaps([...catalogue, me], new Set([me.id])));
      await lap('same-system (whole province)', () => sameSystemTwice([...catalogue, me], new Set([me.id])));
    });
    t.total = ms(total);
    if (k < 2) continue; // warm-up
    for (const [key, v] of Object.entries(t)) (samples[key] ??= []).push(v);
  }
  const r = { provenance, runs, subjectsInProvince, medianMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, r3(median(v))])) };
  console.log(`profile appraise (${input.ownerAgency}): ${JSON.stringify(r)}`);
  return r;
}
