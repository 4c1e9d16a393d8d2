/**
 * A province's systems: sector databases, departmental applications (Zipf-ranked hubs, modules,
 * exchanges) and what is planted among them (duplicated national data, own SSO/payment/signing,
 * hosting outside the data centre, exchanges bypassing the LGSP, cycles, re-registrations).
 */
import { component, diceSets, type Chunk, type ProvinceSummary } from './chunk.js';
import { APP_FUNCTIONS, APP_PREFIXES, APP_QUALIFIERS, DEPARTMENTS, HOSTING_REASONS, MODULE_FUNCTIONS, OWN_BUILDS } from './names.js';
import { Zipf } from './prng.js';
import type { Agencies } from './province-agencies.js';
import type { Platforms } from './province-platforms.js';
import type { ProvinceScope } from './province-scope.js';
import { RATES } from './spec.js';

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

export interface Systems {
  /** Application ranks per department, in DEPARTMENTS order. */
  appsOf: number[][];
  /** The id of the application of rank i. */
  appId: (i: number) => string;
}

const appName = (parts: AppInfo['parts'], objects: readonly string[]) =>
  `${APP_PREFIXES[parts[0]]} ${APP_FUNCTIONS[parts[1]]} ${objects[parts[2]]}${APP_QUALIFIERS[parts[3]]}`;

function countOutside(c: Chunk, reason: string | undefined, monitored: boolean) {
  c.planted.hostedOutside.total++;
  if (reason) {
    c.planted.hostedOutside.withReason++;
    if (monitored) c.planted.hostedOutside.withReasonMonitored++;
  } else c.planted.hostedOutside.withoutReason++;
}

/** What every step of a province's systems reads: the province, its agencies and platforms, its summary, the applications' count and ids. */
interface SystemsBuild {
  scope: ProvinceScope;
  agencies: Agencies;
  platforms: Platforms;
  summary: ProvinceSummary;
  nApps: number;
  appId: (i: number) => string;
}

export function buildSystems(scope: ProvinceScope, agencies: Agencies, platforms: Platforms, summary: ProvinceSummary): Systems {
  const { spec, rng, g } = scope;
  const nApps = rng.int(spec.apps[0], spec.apps[1]);
  const appId = (i: number) => `component:${g(`ud-${String(i + 1).padStart(4, '0')}`)}`;
  const b: SystemsBuild = { scope, agencies, platforms, summary, nApps, appId };
  const dbsOf = buildDatabases(b);
  const { apps, appsOf } = buildApplications(b, dbsOf);
  plantCycles(b);
  plantTwins(b, apps);
  return { appsOf, appId };
}

/** Sector databases: owned by departments that hold data. Returns each department's databases. */
function buildDatabases({ scope, agencies: { deptIds }, platforms: { P }, summary, nApps }: SystemsBuild): string[][] {
  const { p, spec, rng, c, g, names, ndbsOf } = scope;
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
  return dbsOf;
}

/** Departmental applications: rank i = hub-ness (Zipf fan-in), owners drawn by department weight. */
function buildApplications(
  { scope, agencies: { deptIds }, platforms: { P }, summary, nApps, appId }: SystemsBuild,
  dbsOf: string[][],
): { apps: AppInfo[]; appsOf: number[][] } {
  const { p, spec, rng, c, names, ndbsOf, nationalSystems } = scope;
  const appWeights = DEPARTMENTS.map((d) => d.appWeight);
  const zipf = new Zipf(nApps, 1.1);
  const apps: AppInfo[] = [];
  const appsOf: number[][] = DEPARTMENTS.map(() => []);
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
      const cand: AppInfo['parts'] = [
        rng.int(0, APP_PREFIXES.length - 1),
        rng.int(0, APP_FUNCTIONS.length - 1),
        rng.int(0, d.objects.length - 1),
        rng.int(0, APP_QUALIFIERS.length - 1),
      ];
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
    if (outside) countOutside(c, reason, monitored);
    c.node(
      component(id, name, 'application', 'province', 'ứng dụng chuyên ngành giả định', {
        province: p.name,
        hosting: outside ? 'outside' : 'provincial-datacentre',
        ...(reason ? { hostingReason: reason } : {}),
        securityLevel,
      }),
    );
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
  return { apps, appsOf };
}

/** Planted cycles: a → c closes c → b → a. */
function plantCycles({ scope, platforms: { P }, nApps, appId }: SystemsBuild) {
  const { spec, rng, c } = scope;
  for (let k = 0; k < spec.cyclesPerProvince && nApps >= 3; k++) {
    const [a, b, cc] = rng
      .shuffled([...Array(nApps).keys()])
      .slice(0, 3)
      .sort((x, y) => x - y);
    const ids = [appId(a), appId(b), appId(cc)];
    if (c.has('CONNECTS_TO', ids[2], ids[1]) || c.has('USES_DATA_FROM', ids[1], ids[0]) || c.has('CONNECTS_TO', ids[0], ids[2])) continue;
    c.rel('CONNECTS_TO', ids[2], ids[1], P.lgsp);
    c.rel('USES_DATA_FROM', ids[1], ids[0], P.lgsp);
    c.rel('CONNECTS_TO', ids[0], ids[2], P.lgsp);
    c.planted.cycles++;
  }
}

/** Planted re-registrations: the same system entered again under a near-identical name. */
function plantTwins({ scope, agencies: { deptIds }, platforms: { P }, summary, nApps, appId }: SystemsBuild, apps: AppInfo[]) {
  const { p, rng, c, names, ndbsOf } = scope;
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
    if (a.outside) countOutside(c, a.reason, a.monitored);
    c.node(
      component(id, twinName, 'application', 'province', `ứng dụng giả định, đăng ký lần hai (trùng lặp có chủ đích với ${a.id})`, {
        province: p.name,
        hosting: a.outside ? 'outside' : 'provincial-datacentre',
        ...(a.reason ? { hostingReason: a.reason } : {}),
      }),
    );
    c.rel('OWNED_BY', id, deptIds[a.dept]);
    if (!a.outside) c.rel('HOSTED_ON', id, P.dc);
    if (a.monitored) c.rel('MONITORED_BY', id, P.soc);
    c.rel('INTEGRATES_VIA', id, P.lgsp);
    for (const s of a.held) {
      c.rel('HOLDS_DATA', id, `domain:${s}`);
      for (const ndb of ndbsOf(s)) c.rel('USES_DATA_FROM', id, ndb, P.lgsp);
    }
  });
}
