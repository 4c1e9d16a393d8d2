/**
 * A province's online public services: the departments' services, each delivered by a system and
 * using national data, and the commune-level procedures (one catalogue owned by the communes' group
 * at S and M, one record per commune at L).
 */
import { component, isGenerated, NameIndex, type ProvinceSummary } from './chunk.js';
import { NATIONAL } from './fixture-context.js';
import { COMMUNE_OBJECTS, DEPARTMENTS, PROCEDURE_TEMPLATES, PROCEDURE_VERBS } from './names.js';
import type { Agencies } from './province-agencies.js';
import type { Platforms } from './province-platforms.js';
import type { Systems } from './province-systems.js';
import type { ProvinceScope } from './province-scope.js';

/** Links every service has: its group, the national data it uses, payment and e-identity. */
type ServiceLinks = (id: string, subjects: readonly string[], paid: boolean, identity: boolean) => void;

export function buildServices(scope: ProvinceScope, agencies: Agencies, platforms: Platforms, systems: Systems, summary: ProvinceSummary) {
  const { c, ndbsOf } = scope;
  const { dvcGroup, P } = platforms;
  const serviceLinks: ServiceLinks = (id: string, subjects: readonly string[], paid: boolean, identity: boolean) => {
    c.rel('MEMBER_OF_GROUP', id, dvcGroup);
    for (const s of subjects) for (const ndb of ndbsOf(s)) c.rel('USES_DATA_FROM', id, ndb, P.lgsp);
    if (paid) c.rel('REUSES', id, P.payment);
    if (identity) c.rel('USES_SERVICE', id, NATIONAL.eIdentity);
  };
  buildDepartmentServices(scope, agencies, platforms, systems, summary, serviceLinks);
  buildCommuneServices(scope, agencies, platforms, summary, serviceLinks);
}

/** Online public services of the departments: each delivered by a system, using national data. */
function buildDepartmentServices(
  scope: ProvinceScope,
  { deptIds }: Agencies,
  { P }: Platforms,
  { appsOf, appId }: Systems,
  summary: ProvinceSummary,
  serviceLinks: ServiceLinks,
) {
  const { p, spec, rng, c, g, names, ndbsOf, nationalSystems } = scope;
  const serviceWeights = DEPARTMENTS.map((d) => d.serviceWeight);
  const procedureCandidates = DEPARTMENTS.map((d) =>
    d.objects.flatMap((o) => PROCEDURE_VERBS.flatMap((v) => PROCEDURE_TEMPLATES.map((t) => (t ? `${v} ${t} ${o}` : `${v} ${o}`)))),
  );
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
    const by =
      r < 0.85 || (!own.length && !national.length)
        ? P.oneStop
        : r < 0.95 && own.length
          ? appId(rng.pick(own))
          : national.length
            ? rng.pick(national)
            : P.oneStop;
    c.rel('DELIVERED_BY', id, by);
    const subjects = rng.chance(0.85) ? ['dan-cu'] : [];
    const sectorSubjects = d.data.filter((s) => ndbsOf(s).length && s !== 'dan-cu');
    if (sectorSubjects.length && rng.chance(0.5)) subjects.push(rng.pick(sectorSubjects));
    if (own.length && rng.chance(0.15)) c.rel('USES_DATA_FROM', id, appId(rng.pick(own)), P.lgsp);
    serviceLinks(id, subjects, rng.chance(0.35), rng.chance(0.5));
  }
}

/** Commune-level procedures: one catalogue per province, owned by the communes' group (S, M) or instantiated by every commune (L). */
function buildCommuneServices(
  scope: ProvinceScope,
  { communeGroup, communeIds }: Agencies,
  { P }: Platforms,
  summary: ProvinceSummary,
  serviceLinks: ServiceLinks,
) {
  const { p, spec, rng, c, g, ndbsOf } = scope;
  const communeSubjects = ['ho-tich', 'dat-dai', 'an-sinh-xa-hoi', 'bao-hiem', 'lao-dong-viec-lam'].filter((s) => ndbsOf(s).length);
  const catalogue: { name: string; subjects: string[]; paid: boolean; identity: boolean }[] = [];
  const candidates = rng.shuffled(
    COMMUNE_OBJECTS.flatMap((o) => PROCEDURE_VERBS.flatMap((v) => PROCEDURE_TEMPLATES.map((t) => (t ? `${v} ${t} ${o}` : `${v} ${o}`)))),
  );
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
    communeIds.forEach((commune) => {
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
}
