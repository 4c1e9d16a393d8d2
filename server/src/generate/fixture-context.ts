/**
 * The fixture facts the synthetic national architecture builds on: the real national entities it
 * refers to by id (it stops when one is missing), the national databases by data subject, and the
 * names of fixture components per province.
 */
import { mergeAndValidate, readFixtureFiles, type MergedGraph } from '../fixtures/loader.js';
import { KINDS } from '../model/model.js';
import { DEPARTMENTS, MINISTRIES } from './names.js';
import { FIXTURE_COMMUNES, FIXTURE_ROLES } from './provinces.js';

export const KIND_BY_PREFIX = new Map(KINDS.map((k) => [k.idPrefix, k.name]));

/** National fixture nodes the generator refers to by id; it stops when one is missing. */
export const NATIONAL = {
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
