/**
 * The synthetic national architecture (issue #9): every province's shared platforms, departmental
 * applications, sector databases and modules, its 3,321 communes, the ministries' national sector
 * systems, and tens of thousands of online public services, each tied to the systems and national
 * databases it uses — built on the real national entities of the fixtures (national databases and
 * the data subjects they are authoritative for, NDXP, the national data centre, the national
 * public-service portal, VNeID's identity platform, the national SOC, TSLCD, the shared services).
 *
 * Everything generated carries provenance `example`, an id with the `gen-` slug prefix and a
 * description starting "Dữ liệu tổng hợp (ví dụ)". Relationships always have at least one
 * generated end: the generator never states a new fact between two fixture nodes.
 *
 * Shape (see SIZES): per province an LGSP, a data centre, a SOC, an IOC, the one-stop system, the
 * portal, document management, reporting, a data warehouse, SSO, payment and signing platforms,
 * 16 departments, 100–400 departmental applications at M and L (a quarter of that at S) whose
 * exchanges point at Zipf-ranked hubs, a few cycles planted among them, and duplication planted at
 * a low rate (applications that keep national data without using the national database, build
 * their own SSO/payment/signing, run outside the data centre, exchange data without the LGSP, or
 * are registered twice under a near-identical name). The manifest counts each.
 *
 * Deterministic: each chunk (the national part, then each province) draws from its own seeded
 * stream, so the output depends only on the seed, the size and the fixtures. Memory stays bounded
 * by one province: `records()` yields every node first (chunk by chunk), then rebuilds each chunk
 * from the same streams and yields its relationships.
 */
import { mergeAndValidate, readFixtureFiles, type MergedGraph } from '../fixtures/loader.js';
import { nameTokens } from '../appraisal/checks.js';
import { KINDS, PROPAGATING_TYPES } from '../model/model.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../model/validate.js';
import {
  APP_FUNCTIONS,
  APP_PREFIXES,
  APP_QUALIFIERS,
  COMMUNE_OBJECTS,
  DEPARTMENTS,
  FINANCE,
  HOSTING_REASONS,
  IT_DEPARTMENT,
  MINISTRIES,
  MODULE_FUNCTIONS,
  OFFICE,
  OWN_BUILDS,
  POLICE,
  PROCEDURE_TEMPLATES,
  PROCEDURE_VERBS,
} from './names.js';
import { Prng, Zipf, deriveSeed } from './prng.js';
import { COMMUNES_TOTAL, FIXTURE_COMMUNES, FIXTURE_ROLES, PROVINCES, communeCounts, type Province, type Role } from './provinces.js';

export type Size = 'S' | 'M' | 'L';
export const DEFAULT_SEED = 20251;

export interface SizeSpec {
  /** Departmental applications per province (before planted re-registrations). */
  apps: [number, number];
  /** Online public services of the departments, per province. */
  deptServices: [number, number];
  /** Commune-level procedures per province: one record each owned by the communes' group, or (L) one per commune. */
  communeCatalogue: number;
  /** L: every commune gets its own record of each commune-level procedure. */
  communeInstances: boolean;
  /** Mean modules per application. */
  modulesPerApp: number;
  /** Sector databases per application. */
  databasesPerApp: number;
  /** Mean application→application exchanges per application. */
  appOut: number;
  /** National sector systems per ministry. */
  nationalSystems: [number, number];
  /** Cycles planted among each province's applications. */
  cyclesPerProvince: number;
}

/**
 * S keeps all 34 provinces and all 3,321 communes and scales the rest down: a quarter of M's
 * applications per province (25–100), ~60 department services and 15 commune-level procedures per
 * province. M is the realistic national picture (~100k nodes). L keeps M's provinces and scales
 * what multiplies in reality: each commune's own record of each commune-level procedure (280 per
 * commune) and more modules per application.
 */
export const SIZES: Record<Size, SizeSpec> = {
  S: { apps: [25, 100], deptServices: [40, 70], communeCatalogue: 15, communeInstances: false, modulesPerApp: 0.4, databasesPerApp: 0.2, appOut: 1.5, nationalSystems: [2, 2], cyclesPerProvince: 1 },
  M: { apps: [100, 400], deptServices: [1200, 2100], communeCatalogue: 300, communeInstances: false, modulesPerApp: 2, databasesPerApp: 0.2, appOut: 2, nationalSystems: [3, 5], cyclesPerProvince: 3 },
  L: { apps: [100, 400], deptServices: [1200, 2100], communeCatalogue: 280, communeInstances: true, modulesPerApp: 5, databasesPerApp: 0.2, appOut: 2, nationalSystems: [3, 5], cyclesPerProvince: 3 },
};

/** Rates of planted duplication (per application unless said otherwise). */
export const RATES = {
  /** Registered a second time under a near-identical name. */
  twin: 0.02,
  /** Holds a subject a national database is authoritative for and does not use that database. */
  rebuild: 0.05,
  /** Builds its own SSO, payment or signing. */
  buildsOwn: 0.04,
  /** Runs outside the provincial data centre (half of them with a stated reason). */
  outside: 0.06,
  /** Per exchange with another owner's system or a national database: no `via` (bypasses the LGSP). */
  bypass: 0.03,
} as const;

const EXAMPLE = 'example';
const MARK = 'Dữ liệu tổng hợp (ví dụ)';
const isGenerated = (id: string) => id.includes(':gen-');
const PROPAGATING = new Set(PROPAGATING_TYPES);
const KIND_BY_PREFIX = new Map(KINDS.map((k) => [k.idPrefix, k.name]));
const APP_ID = /-ud-\d+$/;

/** National fixture nodes the generator refers to by id; it stops when one is missing. */
const NATIONAL = {
  ndxp: 'component:ndxp',
  nationalDc: 'component:trung-tam-du-lieu-quoc-gia',
  dvcPortal: 'component:cong-dvc-quoc-gia',
  identity: 'component:nen-tang-dinh-danh-xac-thuc',
  nationalSoc: 'component:soc-quoc-gia',
  vdxp: 'component:vdxp',
  govReporting: 'component:httt-bao-cao-chinh-phu',
  signatureGateway: 'component:cong-ket-noi-chu-ky-so-cong-cong',
  tslcd: 'network:tslcd',
  government: 'agency:chinh-phu',
  dataSharing: 'service:data-sharing',
  sso: 'service:sso',
  payment: 'service:e-payment',
  signature: 'service:digital-signature',
  eIdentity: 'service:e-identity',
  population: 'ndb:dan-cu',
  procedures: 'ndb:thu-tuc-hanh-chinh',
} as const;

export interface GenRecord {
  node?: NodeRecord;
  relationship?: RelRecord;
}

export interface ProvinceSummary {
  name: string;
  slug: string;
  communes: number;
  applications: number;
  databases: number;
  modules: number;
  services: number;
  communeServiceInstances: number;
  lgsp: string;
  datacentre: string;
  fromFixtures: Record<string, string>;
}

export interface Planted {
  rebuildsNationalData: number;
  buildsOwn: { sso: number; payment: number; signing: number; total: number };
  hostedOutside: { withoutReason: number; withReason: number; withReasonMonitored: number; total: number };
  bypassesLgsp: number;
  sameSystemTwice: { count: number; pairs: [string, string][] };
  cycles: number;
}

export interface Manifest {
  generator: string;
  size: Size;
  seed: number;
  provenance: 'example';
  spec: SizeSpec;
  rates: typeof RATES;
  counts: {
    nodes: number;
    relationships: number;
    byKind: Record<string, number>;
    byComponentKind: Record<string, number>;
    byRelationshipType: Record<string, number>;
  };
  communes: { total: number; generated: number; fromFixtures: string[] };
  provinces: ProvinceSummary[];
  planted: Planted;
  fanIn: {
    /** Over propagating relationships: distinct targets, edges, the share of edges the top 1 % of targets receive. */
    propagating: { targets: number; edges: number; top1PercentTargets: number; top1PercentShare: number };
    /** Among departmental applications only (CONNECTS_TO / USES_DATA_FROM between them). */
    applicationToApplication: { targets: number; edges: number; top5PercentTargets: number; top5PercentShare: number; maxInDegree: number };
  };
  hubs: { id: string; name: string; inDegree: number }[];
  /** Fixture ids the generated file refers to: load the fixtures first. */
  fixtureReferences: string[];
}

/** Fixture facts the generator builds on. */
export interface FixtureContext {
  kindOf: (id: string) => string | undefined;
  nameOf: (id: string) => string | undefined;
  /** DataDomain slug → national databases authoritative for it. */
  authorities: Map<string, string[]>;
  /** Names of fixture components per province (reserved: generated names stay clear of them). */
  componentNames: Map<string, string[]>;
}

export function fixtureContext(graph: MergedGraph = mergeAndValidate(readFixtureFiles(undefined, { examples: false }))): FixtureContext {
  const authorities = new Map<string, string[]>();
  for (const r of graph.relationships.values())
    if (r.type === 'AUTHORITATIVE_FOR' && graph.nodes.get(r.from)?.kind === 'NationalDatabase') {
      const slug = r.to.replace(/^domain:/, '');
      authorities.set(slug, [...(authorities.get(slug) ?? []), r.from].sort());
    }
  const componentNames = new Map<string, string[]>();
  for (const n of graph.nodes.values())
    if (n.kind === 'Component' && typeof n.province === 'string') componentNames.set(n.province, [...(componentNames.get(n.province) ?? []), n.name]);
  const ctx: FixtureContext = {
    kindOf: (id) => graph.nodes.get(id)?.kind,
    nameOf: (id) => graph.nodes.get(id)?.name,
    authorities,
    componentNames,
  };
  checkFixtures(ctx);
  return ctx;
}

function checkFixtures(ctx: FixtureContext) {
  const missing: string[] = [];
  const need = (id: string, kind: string) => {
    if (ctx.kindOf(id) !== kind) missing.push(`${id} (${kind})`);
  };
  for (const id of Object.values(NATIONAL)) need(id, KIND_BY_PREFIX.get(id.slice(0, id.indexOf(':')))!);
  for (const d of DEPARTMENTS) for (const s of [...d.data, ...d.business]) need(`domain:${s}`, 'DataDomain');
  for (const m of MINISTRIES) if (m.fixtureId) need(m.fixtureId, 'Agency');
  for (const roles of Object.values(FIXTURE_ROLES)) for (const id of Object.values(roles)) need(id!, KIND_BY_PREFIX.get(id!.slice(0, id!.indexOf(':')))!);
  for (const ids of Object.values(FIXTURE_COMMUNES)) for (const id of ids) need(id, 'Agency');
  if (!ctx.authorities.get('dan-cu')?.includes(NATIONAL.population)) missing.push(`${NATIONAL.population} AUTHORITATIVE_FOR domain:dan-cu`);
  if (missing.length) throw new Error(`the generator builds on fixture nodes that are missing or of another kind: ${missing.join(', ')}`);
}

// -------------------------------------------------------------------------------------------------
// One chunk (the national part or one province): nodes and relationships in a fixed order.

/** Near-identical-name guard: generated names of one owner, or sharing a data subject, stay below the appraisal rule's Dice 0.8. */
class NameIndex {
  private readonly byKey = new Map<string, Set<string>[]>();
  private readonly reserved: Set<string>[] = [];
  constructor(private readonly province: string | null) {}
  tokens(name: string): Set<string> {
    return new Set(nameTokens(name, this.province));
  }
  reserve(name: string) {
    this.reserved.push(this.tokens(name));
  }
  /** True when `name` is not near-identical to any name under the given keys (owner id, `data:<slug>`) or reserved. */
  free(t: Set<string>, keys: readonly string[], except?: Set<string>): boolean {
    const near = (u: Set<string>) => u !== except && diceSets(t, u) >= 0.8;
    if (this.reserved.some(near)) return false;
    for (const k of keys) if (this.byKey.get(k)?.some(near)) return false;
    return true;
  }
  add(t: Set<string>, keys: readonly string[]) {
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (list) list.push(t);
      else this.byKey.set(k, [t]);
    }
  }
}

function diceSets(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  // Dice ≥ 0.8 needs the smaller set to be at least 2/3 of the larger one.
  if (small.size * 3 < large.size * 2) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

interface ChunkOut {
  nodes: NodeRecord[];
  rels: RelRecord[];
  planted: Planted;
  summary?: ProvinceSummary;
  /** Names of nodes that can be targets of propagating edges (for the hub list). */
  names: Map<string, string>;
}

function emptyPlanted(): Planted {
  return {
    rebuildsNationalData: 0,
    buildsOwn: { sso: 0, payment: 0, signing: 0, total: 0 },
    hostedOutside: { withoutReason: 0, withReason: 0, withReasonMonitored: 0, total: 0 },
    bypassesLgsp: 0,
    sameSystemTwice: { count: 0, pairs: [] },
    cycles: 0,
  };
}

class Chunk {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelRecord[] = [];
  readonly planted = emptyPlanted();
  readonly names = new Map<string, string>();
  private readonly seen = new Set<string>();
  constructor(private readonly phase: 'nodes' | 'rels') {}
  node(r: NodeRecord, keepName = true) {
    if (this.phase !== 'nodes') return;
    this.nodes.push(r);
    if (keepName) this.names.set(r.id, r.name);
  }
  /**
   * A relationship, unless both ends are fixture nodes or it was already stated. Both passes track
   * what was stated (only the relationship pass keeps the records), so that both draw the same
   * random numbers.
   */
  rel(type: string, from: string, to: string, via?: string) {
    if (!isGenerated(from) && !isGenerated(to)) return;
    const key = `${from}|${type}|${to}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.phase !== 'rels') return;
    this.rels.push(via ? { type, from, to, via, provenance: EXAMPLE } : { type, from, to, provenance: EXAMPLE });
  }
  has(type: string, from: string, to: string) {
    return this.seen.has(`${from}|${type}|${to}`);
  }
}

const component = (id: string, name: string, componentKind: string, level: string, what: string, extra: Record<string, unknown> = {}): NodeRecord =>
  ({ id, kind: 'Component', name, ...extra, componentKind, level, provenance: EXAMPLE, description: `${MARK}: ${what}.` }) as NodeRecord;

/** The ministries and their national sector systems. */
function buildNational(spec: SizeSpec, seed: number, phase: 'nodes' | 'rels', ctx: FixtureContext): ChunkOut & { systems: Map<string, string[]> } {
  const rng = new Prng(deriveSeed(seed, 'national'));
  const c = new Chunk(phase);
  const systems = new Map<string, string[]>();
  const index = new NameIndex(null);
  for (const m of MINISTRIES) {
    const agency = m.fixtureId ?? `agency:gen-${m.key}`;
    if (!m.fixtureId) {
      c.node({ id: agency, kind: 'Agency', name: m.name, level: 'national', agencyType: 'ministry', provenance: EXAMPLE, description: `${MARK}: nút cơ quan do bộ sinh dữ liệu tạo (tên cơ quan là thật, các hệ thống gắn với nó là giả định).` });
      c.rel('SUBORDINATE_TO', agency, NATIONAL.government);
    }
    const objects = [...new Set(DEPARTMENTS.filter((d) => d.ministry === m.key).flatMap((d) => d.objects))];
    const data = [...new Set(DEPARTMENTS.filter((d) => d.ministry === m.key).flatMap((d) => d.data))].filter((s) => ctx.authorities.has(s));
    const k = rng.int(spec.nationalSystems[0], spec.nationalSystems[1]);
    const chosen: string[] = [];
    for (const object of rng.shuffled(objects)) {
      if (chosen.length >= k) break;
      const name = `Hệ thống thông tin ${object} của ${m.name} (ví dụ)`;
      const t = index.tokens(name);
      if (!index.free(t, [agency])) continue;
      index.add(t, [agency]);
      chosen.push(name);
    }
    const ids: string[] = [];
    chosen.forEach((name, j) => {
      const id = `component:gen-qg-${m.key}-${j + 1}`;
      ids.push(id);
      const inNationalDc = rng.chance(0.5);
      c.node(component(id, name, 'system', 'national', 'hệ thống chuyên ngành cấp quốc gia giả định, triển khai xuống các tỉnh', inNationalDc ? { hosting: 'national-datacentre' } : {}));
      c.rel('OWNED_BY', id, agency);
      c.rel('INTEGRATES_VIA', id, NATIONAL.ndxp);
      if (inNationalDc) c.rel('HOSTED_ON', id, NATIONAL.nationalDc);
      c.rel('MONITORED_BY', id, NATIONAL.nationalSoc);
      if (rng.chance(0.7)) c.rel('USES_DATA_FROM', id, NATIONAL.population, NATIONAL.ndxp);
      if (data.length && rng.chance(0.6)) for (const ndb of ctx.authorities.get(rng.pick(data))!) c.rel('USES_DATA_FROM', id, ndb, NATIONAL.ndxp);
    });
    systems.set(m.key, ids);
  }
  return { nodes: c.nodes, rels: c.rels, planted: c.planted, names: c.names, systems };
}

interface AppInfo {
  id: string;
  dept: number;
  held: string[];
  parts: [number, number, number, number]; // prefix, function, object, qualifier
  tokens: Set<string>;
  outside: boolean;
  reason?: string;
  monitored: boolean;
}

/** One province: agencies, communes, shared platforms, applications, databases, modules, services. */
function buildProvince(pi: number, spec: SizeSpec, seed: number, phase: 'nodes' | 'rels', ctx: FixtureContext, communes: number, nationalSystems: Map<string, string[]>): ChunkOut {
  const p: Province = PROVINCES[pi];
  const rng = new Prng(deriveSeed(seed, 'province', pi));
  const c = new Chunk(phase);
  const fx = FIXTURE_ROLES[p.slug] ?? {};
  const g = (suffix: string) => `gen-${p.slug}-${suffix}`;
  const role = (r: Role, id: string) => fx[r] ?? id;
  const names = new NameIndex(p.name);
  for (const n of ctx.componentNames.get(p.name) ?? []) names.reserve(n);
  const ndbsOf = (subject: string) => ctx.authorities.get(subject) ?? [];
  const fromFixtures: Record<string, string> = {};
  for (const [k, v] of Object.entries(fx)) fromFixtures[k] = v!;

  // Agencies: People's Committee, departments, the communes and their group.
  const ubnd = role('ubnd', `agency:${g('ubnd')}`);
  if (!fx.ubnd) c.node({ id: ubnd, kind: 'Agency', name: `Ủy ban nhân dân ${p.fullName}`, abbreviations: ['UBND'], province: p.name, level: 'province', agencyType: 'committee', provenance: EXAMPLE, description: `${MARK}: cơ quan cấp tỉnh.` });
  c.rel('SUBORDINATE_TO', ubnd, NATIONAL.government);
  const deptIds = DEPARTMENTS.map((d) => role(`dept:${d.key}`, `agency:${g(d.key)}`));
  DEPARTMENTS.forEach((d, k) => {
    if (!fx[`dept:${d.key}`]) c.node({ id: deptIds[k], kind: 'Agency', name: `${d.name} ${p.fullName}`, province: p.name, level: 'province', agencyType: d.agencyType, provenance: EXAMPLE, description: `${MARK}: cơ quan chuyên môn cấp tỉnh.` });
    if (d.key === POLICE) c.rel('SUBORDINATE_TO', deptIds[k], MINISTRIES.find((m) => m.key === 'bo-cong-an')!.fixtureId!);
    else c.rel('SUBORDINATE_TO', deptIds[k], ubnd);
  });
  const dept = (key: string) => deptIds[DEPARTMENTS.findIndex((d) => d.key === key)];
  const communeGroup = role('communeGroup', `agencies:${g('ubnd-cap-xa')}`);
  if (!fx.communeGroup) c.node({ id: communeGroup, kind: 'AgencyGroup', name: `Ủy ban nhân dân các xã, phường ${p.fullName}`, province: p.name, level: 'commune', provenance: EXAMPLE, description: `${MARK}: nhóm các UBND cấp xã của tỉnh.` });
  const fixtureCommunes = FIXTURE_COMMUNES[p.slug] ?? [];
  const communeIds: string[] = [...fixtureCommunes];
  const generatedCommunes = communes - fixtureCommunes.length;
  const wards = p.city ? 0.6 : 0.15;
  for (let k = 1; k <= generatedCommunes; k++) {
    const id = `agency:${g(`xa-${String(k).padStart(4, '0')}`)}`;
    communeIds.push(id);
    const unit = k <= Math.round(generatedCommunes * wards) ? 'phường' : 'xã';
    c.node({ id, kind: 'Agency', name: `Ủy ban nhân dân ${unit} số ${k} (ví dụ)`, province: p.name, level: 'commune', agencyType: 'commune', provenance: EXAMPLE, description: `${MARK}: đơn vị hành chính cấp xã giả định.` }, false);
    c.rel('SUBORDINATE_TO', id, ubnd);
    c.rel('MEMBER_OF', id, communeGroup);
  }

  // Networks, groups and the shared provincial platforms.
  const wan = role('wan', `network:${g('wan')}`);
  if (!fx.wan) c.node({ id: wan, kind: 'Network', name: `Mạng diện rộng (WAN) ${p.fullName}`, abbreviations: ['WAN'], province: p.name, level: 'province', provenance: EXAMPLE, description: `${MARK}: mạng diện rộng của tỉnh.` });
  c.rel('CONNECTED_OVER', wan, NATIONAL.tslcd);
  const dvcGroup = role('dvcGroup', `group:${g('dich-vu-cong')}`);
  if (!fx.dvcGroup) c.node({ id: dvcGroup, kind: 'ComponentGroup', name: `Dịch vụ công trực tuyến ${p.fullName}`, province: p.name, level: 'province', provenance: EXAMPLE, description: `${MARK}: các dịch vụ công trực tuyến của tỉnh.` });
  const P = {
    lgsp: role('lgsp', `component:${g('lgsp')}`),
    dc: role('datacentre', `component:${g('ttdl')}`),
    soc: role('soc', `component:${g('soc')}`),
    ioc: role('ioc', `component:${g('ioc')}`),
    oneStop: role('oneStop', `component:${g('httt-gq-tthc')}`),
    portal: role('portal', `component:${g('cong-ttdt')}`),
    documents: role('documents', `component:${g('qlvb')}`),
    reporting: role('reporting', `component:${g('bao-cao')}`),
    warehouse: role('warehouse', `component:${g('kho-du-lieu')}`),
    sso: role('sso', `component:${g('sso')}`),
    payment: role('payment', `component:${g('thanh-toan')}`),
    signing: role('signing', `component:${g('ky-so')}`),
  };
  const IT = dept(IT_DEPARTMENT);
  const platform = (r: Role, id: string, name: string, kind: string, owner: string, extra: Record<string, unknown> = {}) => {
    names.reserve(name);
    if (fx[r]) return;
    c.node(component(id, name, kind, 'province', 'nền tảng, hệ thống dùng chung của tỉnh', { province: p.name, ...extra, ...(kind === 'datacentre' ? {} : { hosting: 'provincial-datacentre' }) }));
    c.rel('OWNED_BY', id, owner);
    if (kind !== 'datacentre') c.rel('HOSTED_ON', id, P.dc);
    c.rel('MONITORED_BY', id, id === P.soc ? NATIONAL.nationalSoc : P.soc);
  };
  platform('datacentre', P.dc, `Trung tâm dữ liệu ${p.fullName}`, 'datacentre', IT, { abbreviations: ['TTDL'] });
  platform('lgsp', P.lgsp, `Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) ${p.fullName}`, 'platform', IT, { abbreviations: ['LGSP'] });
  platform('soc', P.soc, `Trung tâm giám sát an toàn thông tin (SOC) ${p.fullName}`, 'operations-centre', IT, { abbreviations: ['SOC'] });
  platform('ioc', P.ioc, `Trung tâm giám sát, điều hành thông minh (IOC) ${p.fullName}`, 'operations-centre', IT, { abbreviations: ['IOC'] });
  platform('oneStop', P.oneStop, `Hệ thống thông tin giải quyết thủ tục hành chính ${p.fullName}`, 'system', dept(OFFICE), { abbreviations: ['HTTT giải quyết TTHC'] });
  platform('portal', P.portal, `Cổng thông tin điện tử ${p.fullName}`, 'portal', dept(OFFICE), { abbreviations: ['Cổng TTĐT'] });
  platform('documents', P.documents, `Hệ thống quản lý văn bản và điều hành ${p.fullName}`, 'system', dept(OFFICE), { abbreviations: ['QLVB'] });
  platform('reporting', P.reporting, `Hệ thống thông tin báo cáo ${p.fullName}`, 'system', dept(OFFICE));
  platform('warehouse', P.warehouse, `Kho dữ liệu dùng chung ${p.fullName}`, 'database', IT);
  platform('sso', P.sso, `Nền tảng xác thực tập trung (SSO) ${p.fullName}`, 'platform', IT, { abbreviations: ['SSO'] });
  platform('payment', P.payment, `Nền tảng thanh toán trực tuyến ${p.fullName}`, 'platform', dept(FINANCE));
  platform('signing', P.signing, `Hệ thống ký số tập trung ${p.fullName}`, 'platform', IT);
  c.rel('CONNECTED_OVER', P.dc, wan);
  c.rel('CONNECTED_OVER', P.lgsp, wan);
  c.rel('INTEGRATES_VIA', P.lgsp, NATIONAL.ndxp);
  c.rel('PROVIDED_BY', NATIONAL.dataSharing, P.lgsp);
  c.rel('PROVIDED_BY', NATIONAL.sso, P.sso);
  c.rel('PROVIDED_BY', NATIONAL.payment, P.payment);
  c.rel('PROVIDED_BY', NATIONAL.signature, P.signing);
  for (const id of [P.oneStop, P.portal, P.documents, P.reporting, P.warehouse, P.sso, P.payment, P.signing]) c.rel('INTEGRATES_VIA', id, P.lgsp);
  c.rel('CONNECTS_TO', P.sso, NATIONAL.identity, P.lgsp);
  c.rel('INTEGRATES_VIA', P.payment, NATIONAL.ndxp);
  c.rel('CONNECTS_TO', P.signing, NATIONAL.signatureGateway, P.lgsp);
  c.rel('CONNECTS_TO', P.oneStop, NATIONAL.dvcPortal, P.lgsp);
  c.rel('USES_DATA_FROM', P.oneStop, NATIONAL.population, P.lgsp);
  c.rel('USES_DATA_FROM', P.oneStop, NATIONAL.procedures, P.lgsp);
  c.rel('USES_SERVICE', P.oneStop, NATIONAL.eIdentity);
  for (const id of [P.oneStop, P.portal, P.documents]) c.rel('REUSES', id, P.sso);
  c.rel('REUSES', P.oneStop, P.payment);
  for (const id of [P.oneStop, P.documents]) c.rel('REUSES', id, P.signing);
  c.rel('CONNECTS_TO', P.documents, NATIONAL.vdxp, P.lgsp);
  c.rel('CONNECTS_TO', P.reporting, NATIONAL.govReporting, P.lgsp);
  c.rel('USES_DATA_FROM', P.reporting, P.warehouse, P.lgsp);
  c.rel('USES_DATA_FROM', P.ioc, P.warehouse, P.lgsp);

  const summary: ProvinceSummary = {
    name: p.name,
    slug: p.slug,
    communes,
    applications: 0,
    databases: 0,
    modules: 0,
    services: 0,
    communeServiceInstances: 0,
    lgsp: P.lgsp,
    datacentre: P.dc,
    fromFixtures,
  };

  // Sector databases: owned by departments that hold data.
  const nApps = rng.int(spec.apps[0], spec.apps[1]);
  const holders = DEPARTMENTS.map((d) => (d.data.length ? d.appWeight : 0));
  const nDbs = Math.max(1, Math.round(nApps * spec.databasesPerApp));
  const dbsOf: string[][] = DEPARTMENTS.map(() => []);
  const dbCandidates = DEPARTMENTS.map((d) => rng.shuffled(d.objects.flatMap((o) => [`Cơ sở dữ liệu ${o}`, `CSDL chuyên ngành ${o}`])));
  const dbNext = DEPARTMENTS.map(() => 0);
  for (let k = 0; k < nDbs; k++) {
    const di = rng.weighted(holders);
    const d = DEPARTMENTS[di];
    const held = rng.shuffled(d.data).slice(0, rng.int(1, d.data.length));
    const keys = [deptIds[di], ...held.map((s) => `data:${s}`)];
    let name: string | undefined;
    while (dbNext[di] < dbCandidates[di].length) {
      const cand = dbCandidates[di][dbNext[di]++];
      const t = names.tokens(cand);
      if (names.free(t, keys)) {
        names.add(t, keys);
        name = cand;
        break;
      }
    }
    if (!name) continue; // the department's database names are used up
    const id = `component:${g(`csdl-${String(k + 1).padStart(3, '0')}`)}`;
    dbsOf[di].push(id);
    summary.databases++;
    c.node(component(id, name, 'database', 'province', 'cơ sở dữ liệu chuyên ngành giả định', { province: p.name, hosting: 'provincial-datacentre' }));
    c.rel('OWNED_BY', id, deptIds[di]);
    c.rel('HOSTED_ON', id, P.dc);
    c.rel('MONITORED_BY', id, P.soc);
    c.rel('INTEGRATES_VIA', id, P.lgsp);
    for (const s of held) {
      c.rel('HOLDS_DATA', id, `domain:${s}`);
      for (const ndb of ndbsOf(s)) c.rel('USES_DATA_FROM', id, ndb, P.lgsp);
    }
    c.rel('USES_DATA_FROM', P.warehouse, id, P.lgsp);
  }

  // Departmental applications: rank i = hub-ness (Zipf fan-in), owners drawn by department weight.
  const appWeights = DEPARTMENTS.map((d) => d.appWeight);
  const zipf = new Zipf(nApps, 1.1);
  const apps: AppInfo[] = [];
  const appsOf: number[][] = DEPARTMENTS.map(() => []);
  const appId = (i: number) => `component:${g(`ud-${String(i + 1).padStart(4, '0')}`)}`;
  const appName = (parts: AppInfo['parts'], objects: readonly string[]) =>
    `${APP_PREFIXES[parts[0]]} ${APP_FUNCTIONS[parts[1]]} ${objects[parts[2]]}${APP_QUALIFIERS[parts[3]]}`;
  const modules = (owner: string, appLabel: string) => {
    const m = rng.count(spec.modulesPerApp);
    const fns = rng.shuffled(MODULE_FUNCTIONS).slice(0, m);
    fns.forEach((fn, k) => {
      const id = `${owner}-m${k + 1}`;
      c.node(component(id, `Phân hệ ${fn} (${appLabel})`, 'module', 'province', 'phân hệ của một ứng dụng giả định', { province: p.name }), false);
      c.rel('PART_OF', id, owner);
      summary.modules++;
    });
  };
  const countOutside = (reason: string | undefined, monitored: boolean) => {
    c.planted.hostedOutside.total++;
    if (reason) {
      c.planted.hostedOutside.withReason++;
      if (monitored) c.planted.hostedOutside.withReasonMonitored++;
    } else c.planted.hostedOutside.withoutReason++;
  };
  const exchange = (type: 'CONNECTS_TO' | 'USES_DATA_FROM', from: string, to: string, otherOwner: boolean) => {
    if (c.has(type, from, to)) return;
    if (otherOwner && rng.chance(RATES.bypass)) {
      c.rel(type, from, to);
      c.planted.bypassesLgsp++;
    } else c.rel(type, from, to, P.lgsp);
  };
  for (let i = 0; i < nApps; i++) {
    const di = rng.weighted(appWeights);
    const d = DEPARTMENTS[di];
    const id = appId(i);
    // Data held: one or two of the department's subjects, and often citizens.
    const held = d.data.length ? rng.shuffled(d.data).slice(0, rng.int(1, Math.min(2, d.data.length))) : [];
    if (!held.includes('dan-cu') && rng.chance(d.data.length ? 0.35 : 0.5)) held.push('dan-cu');
    const computerises = d.business.length && rng.chance(0.6) ? [rng.pick(d.business)] : [];
    // A name near-identical to no other of its owner or its data subjects.
    const keys = [deptIds[di], ...held.map((s) => `data:${s}`)];
    let parts: AppInfo['parts'] | undefined;
    let tokens: Set<string> | undefined;
    for (let tries = 0; tries < 400 && !parts; tries++) {
      const cand: AppInfo['parts'] = [rng.int(0, APP_PREFIXES.length - 1), rng.int(0, APP_FUNCTIONS.length - 1), rng.int(0, d.objects.length - 1), rng.int(0, APP_QUALIFIERS.length - 1)];
      const t = names.tokens(appName(cand, d.objects));
      if (names.free(t, keys)) {
        names.add(t, keys);
        parts = cand;
        tokens = t;
      }
    }
    if (!parts) throw new Error(`${p.name}: ran out of distinct application names for ${d.name}`);
    const name = appName(parts, d.objects);
    const outside = rng.chance(RATES.outside);
    const reason = outside && rng.chance(0.5) ? rng.pick(HOSTING_REASONS) : undefined;
    const monitored = !outside || (reason !== undefined && rng.chance(0.5));
    const own = rng.chance(RATES.buildsOwn) ? OWN_BUILDS[rng.weighted(OWN_BUILDS.map((b) => b.weight))] : undefined;
    const ndbSubjects = held.filter((s) => ndbsOf(s).length);
    const skipped = ndbSubjects.length && rng.chance(RATES.rebuild) ? rng.pick(ndbSubjects) : undefined;
    const securityLevel = 1 + rng.weighted([2, 6, 2]);
    apps.push({ id, dept: di, held, parts, tokens: tokens!, outside, reason, monitored });
    appsOf[di].push(i);
    summary.applications++;
    if (outside) countOutside(reason, monitored);
    c.node(component(id, name, 'application', 'province', 'ứng dụng chuyên ngành giả định', { province: p.name, hosting: outside ? 'outside' : 'provincial-datacentre', ...(reason ? { hostingReason: reason } : {}), securityLevel }));
    c.rel('OWNED_BY', id, deptIds[di]);
    if (!outside) c.rel('HOSTED_ON', id, P.dc);
    if (monitored) c.rel('MONITORED_BY', id, P.soc);
    c.rel('INTEGRATES_VIA', id, P.lgsp);
    if (own?.role !== 'sso' && rng.chance(0.75)) c.rel('REUSES', id, P.sso);
    if (own?.role !== 'signing' && rng.chance(0.3)) c.rel('REUSES', id, P.signing);
    if (own?.role !== 'payment' && rng.chance(0.1)) c.rel('REUSES', id, P.payment);
    for (const s of held) c.rel('HOLDS_DATA', id, `domain:${s}`);
    for (const s of computerises) c.rel('COMPUTERISES', id, `domain:${s}`);
    for (const s of ndbSubjects) {
      if (s === skipped) continue;
      for (const ndb of ndbsOf(s)) exchange('USES_DATA_FROM', id, ndb, true);
    }
    if (skipped) c.planted.rebuildsNationalData++;
    if (own) {
      c.rel('BUILDS_OWN', id, own.service);
      c.planted.buildsOwn[own.role]++;
      c.planted.buildsOwn.total++;
      const mid = `${id}-rieng`;
      c.node(component(mid, `${own.module} (${name})`, 'module', 'province', 'phân hệ tự xây dựng của một ứng dụng giả định', { province: p.name }), false);
      c.rel('PART_OF', mid, id);
      summary.modules++;
    }
    // Exchanges with earlier-ranked applications (Zipf: a few hubs get most of them).
    const k = i === 0 ? 0 : rng.count(spec.appOut);
    for (let e = 0; e < k; e++) {
      const t = zipf.sample(rng, i);
      exchange(rng.chance(0.5) ? 'CONNECTS_TO' : 'USES_DATA_FROM', id, appId(t), apps[t].dept !== di);
    }
    if (dbsOf[di].length && rng.chance(0.4)) exchange('USES_DATA_FROM', id, rng.pick(dbsOf[di]), false);
    const national = nationalSystems.get(d.ministry) ?? [];
    if (national.length && rng.chance(0.2)) c.rel('CONNECTS_TO', id, rng.pick(national), P.lgsp);
    if (i < 10) c.rel('USES_DATA_FROM', P.warehouse, id, P.lgsp);
    modules(id, name);
  }

  // Planted cycles: a → c closes c → b → a.
  for (let k = 0; k < spec.cyclesPerProvince && nApps >= 3; k++) {
    const [a, b, cc] = rng.shuffled([...Array(nApps).keys()]).slice(0, 3).sort((x, y) => x - y);
    const ids = [appId(a), appId(b), appId(cc)];
    if (c.has('CONNECTS_TO', ids[2], ids[1]) || c.has('USES_DATA_FROM', ids[1], ids[0]) || c.has('CONNECTS_TO', ids[0], ids[2])) continue;
    c.rel('CONNECTS_TO', ids[2], ids[1], P.lgsp);
    c.rel('USES_DATA_FROM', ids[1], ids[0], P.lgsp);
    c.rel('CONNECTS_TO', ids[0], ids[2], P.lgsp);
    c.planted.cycles++;
  }

  // Planted re-registrations: the same system entered again under a near-identical name.
  const twinOf: number[] = [];
  for (let i = 0; i < nApps; i++) if (rng.chance(RATES.twin)) twinOf.push(i);
  twinOf.forEach((orig, k) => {
    const a = apps[orig];
    const d = DEPARTMENTS[a.dept];
    const keys = [deptIds[a.dept], ...a.held.map((s) => `data:${s}`)];
    const origName = appName(a.parts, d.objects);
    const origTokens = a.tokens;
    let twinName: string | undefined;
    for (const prefix of rng.shuffled([...APP_PREFIXES.keys()])) {
      if (prefix === a.parts[0]) continue;
      for (const qualifier of [a.parts[3], 0]) {
        const cand = appName([prefix, a.parts[1], a.parts[2], qualifier], d.objects).replace(/hóa/g, 'hoá').replace(/khỏe/g, 'khoẻ').replace(/thủy/g, 'thuỷ');
        const t = names.tokens(cand);
        if (cand !== origName && diceSets(t, origTokens) >= 0.8 && names.free(t, keys, origTokens)) {
          names.add(t, keys);
          twinName = cand;
          break;
        }
      }
      if (twinName) break;
    }
    if (!twinName) return;
    const id = appId(nApps + k);
    summary.applications++;
    c.planted.sameSystemTwice.count++;
    c.planted.sameSystemTwice.pairs.push([a.id, id]);
    // The same system: same owner, data, hosting.
    if (a.outside) countOutside(a.reason, a.monitored);
    c.node(component(id, twinName, 'application', 'province', `ứng dụng giả định, đăng ký lần hai (trùng lặp có chủ đích với ${a.id})`, { province: p.name, hosting: a.outside ? 'outside' : 'provincial-datacentre', ...(a.reason ? { hostingReason: a.reason } : {}) }));
    c.rel('OWNED_BY', id, deptIds[a.dept]);
    if (!a.outside) c.rel('HOSTED_ON', id, P.dc);
    if (a.monitored) c.rel('MONITORED_BY', id, P.soc);
    c.rel('INTEGRATES_VIA', id, P.lgsp);
    for (const s of a.held) {
      c.rel('HOLDS_DATA', id, `domain:${s}`);
      for (const ndb of ndbsOf(s)) c.rel('USES_DATA_FROM', id, ndb, P.lgsp);
    }
  });

  // Online public services of the departments: each delivered by a system, using national data.
  const serviceWeights = DEPARTMENTS.map((d) => d.serviceWeight);
  const procedureCandidates = DEPARTMENTS.map((d) => d.objects.flatMap((o) => PROCEDURE_VERBS.flatMap((v) => PROCEDURE_TEMPLATES.map((t) => (t ? `${v} ${t} ${o}` : `${v} ${o}`)))));
  const shuffledProcedures = procedureCandidates.map(() => null as string[] | null);
  const nextProcedure = DEPARTMENTS.map(() => 0);
  const procedureName = (di: number): string | undefined => {
    const list = (shuffledProcedures[di] ??= rng.shuffled(procedureCandidates[di]));
    const keys = [deptIds[di]];
    while (nextProcedure[di] < list.length) {
      const cand = list[nextProcedure[di]++];
      const t = names.tokens(cand);
      if (names.free(t, keys)) {
        names.add(t, keys);
        return cand;
      }
    }
    return undefined;
  };
  const serviceLinks = (id: string, subjects: readonly string[], paid: boolean, identity: boolean) => {
    c.rel('MEMBER_OF_GROUP', id, dvcGroup);
    for (const s of subjects) for (const ndb of ndbsOf(s)) c.rel('USES_DATA_FROM', id, ndb, P.lgsp);
    if (paid) c.rel('REUSES', id, P.payment);
    if (identity) c.rel('USES_SERVICE', id, NATIONAL.eIdentity);
  };
  const nServices = rng.int(spec.deptServices[0], spec.deptServices[1]);
  for (let k = 0; k < nServices; k++) {
    let di = rng.weighted(serviceWeights);
    let name = procedureName(di);
    if (!name) {
      // The department's procedure names are used up: the service goes to another department.
      di = rng.weighted(serviceWeights.map((w, j) => (nextProcedure[j] < procedureCandidates[j].length ? w : 0)));
      name = procedureName(di);
      if (!name) continue;
    }
    const d = DEPARTMENTS[di];
    const id = `component:${g(`dvc-${String(k + 1).padStart(5, '0')}`)}`;
    summary.services++;
    c.node(component(id, name, 'service', 'province', 'dịch vụ công trực tuyến giả định', { province: p.name }), false);
    c.rel('OWNED_BY', id, deptIds[di]);
    const r = rng.next();
    const own = appsOf[di];
    const national = nationalSystems.get(d.ministry) ?? [];
    const by = r < 0.85 || (!own.length && !national.length) ? P.oneStop : r < 0.95 && own.length ? appId(rng.pick(own)) : national.length ? rng.pick(national) : P.oneStop;
    c.rel('DELIVERED_BY', id, by);
    const subjects = rng.chance(0.85) ? ['dan-cu'] : [];
    const sectorSubjects = d.data.filter((s) => ndbsOf(s).length && s !== 'dan-cu');
    if (sectorSubjects.length && rng.chance(0.5)) subjects.push(rng.pick(sectorSubjects));
    if (own.length && rng.chance(0.15)) c.rel('USES_DATA_FROM', id, appId(rng.pick(own)), P.lgsp);
    serviceLinks(id, subjects, rng.chance(0.35), rng.chance(0.5));
  }

  // Commune-level procedures: one catalogue per province, owned by the communes' group (S, M) or
  // instantiated by every commune (L).
  const communeSubjects = ['ho-tich', 'dat-dai', 'an-sinh-xa-hoi', 'bao-hiem', 'lao-dong-viec-lam'].filter((s) => ndbsOf(s).length);
  const catalogue: { name: string; subjects: string[]; paid: boolean; identity: boolean }[] = [];
  const candidates = rng.shuffled(COMMUNE_OBJECTS.flatMap((o) => PROCEDURE_VERBS.flatMap((v) => PROCEDURE_TEMPLATES.map((t) => (t ? `${v} ${t} ${o}` : `${v} ${o}`)))));
  const catalogueNames = new NameIndex(p.name);
  for (const cand of candidates) {
    if (catalogue.length >= spec.communeCatalogue) break;
    const t = catalogueNames.tokens(cand);
    if (!catalogueNames.free(t, ['catalogue'])) continue;
    catalogueNames.add(t, ['catalogue']);
    const subjects = rng.chance(0.9) ? ['dan-cu'] : [];
    if (communeSubjects.length && rng.chance(0.5)) subjects.push(rng.pick(communeSubjects));
    catalogue.push({ name: cand, subjects, paid: rng.chance(0.3), identity: rng.chance(0.5) });
  }
  if (!spec.communeInstances) {
    catalogue.forEach((e, k) => {
      const id = `component:${g(`dvc-xa-${String(k + 1).padStart(3, '0')}`)}`;
      summary.services++;
      c.node(component(id, e.name, 'service', 'commune', 'dịch vụ công trực tuyến cấp xã giả định', { province: p.name }), false);
      c.rel('OWNED_BY', id, communeGroup);
      c.rel('DELIVERED_BY', id, P.oneStop);
      serviceLinks(id, e.subjects, e.paid, e.identity);
    });
  } else {
    communeIds.forEach((commune, ci) => {
      const base = isGenerated(commune) ? commune.replace(/^agency:/, 'component:') : `component:${g(commune.replace(/^agency:/, ''))}`;
      catalogue.forEach((e, k) => {
        const id = `${base}-dvc-${String(k + 1).padStart(3, '0')}`;
        summary.services++;
        summary.communeServiceInstances++;
        c.node(component(id, e.name, 'service', 'commune', 'dịch vụ công trực tuyến cấp xã giả định', { province: p.name }), false);
        c.rel('OWNED_BY', id, commune);
        c.rel('DELIVERED_BY', id, P.oneStop);
        serviceLinks(id, e.subjects, e.paid, e.identity);
      });
    });
  }
  return { nodes: c.nodes, rels: c.rels, planted: c.planted, names: c.names, summary };
}

// -------------------------------------------------------------------------------------------------
// The whole: records in order (every node, then every relationship), counted into the manifest.

export interface GenerateOptions {
  size: Size;
  seed?: number;
  /** Fixture facts to build on (default: fixtures/documents read and validated). */
  fixtures?: FixtureContext;
  /** Check every record against the model's validators while generating (default true). */
  validate?: boolean;
}

export class NationalGenerator {
  readonly size: Size;
  readonly seed: number;
  readonly spec: SizeSpec;
  private readonly ctx: FixtureContext;
  private readonly validate: boolean;
  private readonly communes: number[];
  private result: Manifest | undefined;

  constructor(opts: GenerateOptions) {
    this.size = opts.size;
    this.seed = opts.seed ?? DEFAULT_SEED;
    this.spec = SIZES[opts.size];
    if (!this.spec) throw new Error(`unknown size ${opts.size}; one of ${Object.keys(SIZES).join(', ')}`);
    this.ctx = opts.fixtures ?? fixtureContext();
    this.validate = opts.validate ?? true;
    this.communes = communeCounts(this.seed);
  }

  /** Every record: nodes of each chunk, then relationships of each chunk. Fills the manifest as it goes. */
  *records(): Generator<GenRecord> {
    const byKind: Record<string, number> = {};
    const byComponentKind: Record<string, number> = {};
    const byType: Record<string, number> = {};
    const inDegree = new Map<string, number>();
    const appInDegree = new Map<string, number>();
    const names = new Map<string, string>();
    const refs = new Set<string>();
    const planted = emptyPlanted();
    const provinces: ProvinceSummary[] = [];
    let nodes = 0;
    let rels = 0;
    let appEdges = 0;
    let propagatingEdges = 0;
    const kindOf = (id: string) => {
      const kind = KIND_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
      return isGenerated(id) ? kind : this.ctx.kindOf(id);
    };
    const problems = (where: string, list: { where: string; message: string }[]) => {
      if (list.length) throw new Error(`generated an invalid record: ${list.map((x) => `${x.where}: ${x.message}`).join('; ')} (${where})`);
    };

    for (const phase of ['nodes', 'rels'] as const) {
      const national = buildNational(this.spec, this.seed, phase, this.ctx);
      const chunks: (() => ChunkOut)[] = [() => national, ...PROVINCES.map((_, pi) => () => buildProvince(pi, this.spec, this.seed, phase, this.ctx, this.communes[pi], national.systems))];
      for (const build of chunks) {
        const out = build();
        if (phase === 'nodes') {
          addPlanted(planted, out.planted);
          if (out.summary) provinces.push(out.summary);
          for (const [id, name] of out.names) names.set(id, name);
          for (const n of out.nodes) {
            if (this.validate) problems(n.id, validateNode(n.id, n));
            nodes++;
            byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
            if (n.kind === 'Component') byComponentKind[n.componentKind as string] = (byComponentKind[n.componentKind as string] ?? 0) + 1;
            yield { node: n };
          }
        } else {
          for (const r of out.rels) {
            if (this.validate) problems(`${r.from} -${r.type}-> ${r.to}`, validateRelationship(`${r.from} -${r.type}-> ${r.to}`, r, kindOf));
            rels++;
            byType[r.type] = (byType[r.type] ?? 0) + 1;
            if (!isGenerated(r.from)) refs.add(r.from);
            if (!isGenerated(r.to)) refs.add(r.to);
            if (PROPAGATING.has(r.type)) {
              propagatingEdges++;
              inDegree.set(r.to, (inDegree.get(r.to) ?? 0) + 1);
            }
            if ((r.type === 'CONNECTS_TO' || r.type === 'USES_DATA_FROM') && APP_ID.test(r.from) && APP_ID.test(r.to)) {
              appEdges++;
              appInDegree.set(r.to, (appInDegree.get(r.to) ?? 0) + 1);
            }
            yield { relationship: r };
          }
        }
      }
    }

    const degrees = [...inDegree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top1 = Math.max(1, Math.ceil(degrees.length / 100));
    const appDegrees = [...appInDegree.values()].sort((a, b) => b - a);
    const top5 = Math.max(1, Math.ceil(appDegrees.length / 20));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
    const fixtureCommunes = Object.values(FIXTURE_COMMUNES).flat();
    this.result = {
      generator: 'akb synthetic national architecture (server/src/generate/national.ts)',
      size: this.size,
      seed: this.seed,
      provenance: 'example',
      spec: this.spec,
      rates: RATES,
      counts: { nodes, relationships: rels, byKind: sorted(byKind), byComponentKind: sorted(byComponentKind), byRelationshipType: sorted(byType) },
      communes: { total: sum(this.communes), generated: sum(this.communes) - fixtureCommunes.length, fromFixtures: fixtureCommunes },
      provinces,
      planted,
      fanIn: {
        propagating: {
          targets: degrees.length,
          edges: propagatingEdges,
          top1PercentTargets: top1,
          top1PercentShare: round4(sum(degrees.slice(0, top1).map((d) => d[1])) / Math.max(1, propagatingEdges)),
        },
        applicationToApplication: {
          targets: appDegrees.length,
          edges: appEdges,
          top5PercentTargets: top5,
          top5PercentShare: round4(sum(appDegrees.slice(0, top5)) / Math.max(1, appEdges)),
          maxInDegree: appDegrees[0] ?? 0,
        },
      },
      hubs: degrees.slice(0, 25).map(([id, inDeg]) => ({ id, name: names.get(id) ?? this.ctx.nameOf(id) ?? id, inDegree: inDeg })),
      fixtureReferences: [...refs].sort(),
    };
    if (this.result.communes.total !== COMMUNES_TOTAL) throw new Error(`communes add up to ${this.result.communes.total}, not ${COMMUNES_TOTAL}`);
  }

  /** The manifest; available once `records()` has been read to the end. */
  manifest(): Manifest {
    if (!this.result) throw new Error('read records() to the end first');
    return this.result;
  }
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

function addPlanted(into: Planted, p: Planted) {
  into.rebuildsNationalData += p.rebuildsNationalData;
  for (const k of ['sso', 'payment', 'signing', 'total'] as const) into.buildsOwn[k] += p.buildsOwn[k];
  for (const k of ['withoutReason', 'withReason', 'withReasonMonitored', 'total'] as const) into.hostedOutside[k] += p.hostedOutside[k];
  into.bypassesLgsp += p.bypassesLgsp;
  into.sameSystemTwice.count += p.sameSystemTwice.count;
  into.sameSystemTwice.pairs.push(...p.sameSystemTwice.pairs);
  into.cycles += p.cycles;
}

/** One NDJSON line per record. */
export function ndjsonLine(r: GenRecord): string {
  return r.node ? `{"node":${JSON.stringify(r.node)}}\n` : `{"relationship":${JSON.stringify(r.relationship)}}\n`;
}

