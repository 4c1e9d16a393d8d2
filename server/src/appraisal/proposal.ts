/**
 * A project proposal under appraisal: its input shape, its validation (every id it names must
 * exist and be of the right kind; every problem reported with where and why), and its reading as
 * a Subject, so the catalogue rules apply to it unchanged. The proposal-only rules (security
 * budget, business already computerised, network of transmission items, security level) are here.
 */
import { createHash } from 'node:crypto';
import type { Tx } from '../db/database.js';
import type { FieldProblem } from '../errors.js';
import type { Fact, Finding, NodeRef, Subject, TargetFact, Exchange } from './types.js';
import type { RuleContext } from './checks.js';
import { canonical } from '../model/canonical.js';

export type ModuleMode = 'BUILD' | 'INTEGRATE';
export type HostingLocation = 'PROVINCIAL_DATACENTRE' | 'NATIONAL_DATACENTRE' | 'OUTSIDE';
export type BudgetCategory = 'SOFTWARE' | 'MODULE' | 'DATA' | 'INTEGRATION' | 'INFRASTRUCTURE' | 'SECURITY' | 'TRANSMISSION' | 'TRAINING' | 'OTHER';

export interface ExchangeInput {
  target: string;
  via?: string | null;
}

export interface ProposalInput {
  name: string;
  ownerAgency: string;
  architecture?: string | null;
  businessDomains?: string[] | null;
  justification?: string | null;
  dataDomains?: string[] | null;
  usesData?: ExchangeInput[] | null;
  integrations?: ExchangeInput[] | null;
  modules?: { name: string; capability: string; mode: ModuleMode }[] | null;
  hosting: { location: HostingLocation; reason?: string | null; monitoredBySoc?: boolean | null };
  offersDataSharing?: boolean | null;
  feedsWarehouse?: boolean | null;
  securityLevel?: number | null;
  networks?: string[] | null;
  budgetLines?: { name: string; category: BudgetCategory; amount: number; module?: string | null; special?: boolean | null }[] | null;
}

/** A node a proposal names, as proposal-nodes.cypher returns it. */
export interface NamedNode {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  province: string | null;
  level: string | null;
  componentKind: string | null;
  capability: string | null;
  owners: string[];
  ownerNames?: string[];
}

/**
 * The proposal under appraisal stands in findings and evidence as an end of its own. Its id is
 * unique per appraisal (`proposal:<saved appraisal's uuid>`, or `proposal:<hash of the proposal
 * and the provenance used>` for one not saved), so client caches that normalise by id (Apollo,
 * urql, Relay) never merge two appraisals' findings. `PROPOSAL_ID` is the id of a proposal that is
 * not being reported (impact diff), and the one reports saved before ids were unique carry.
 */
export const PROPOSAL_ID = 'proposal';

/** True for the id of a proposal (never a graph node: no kind has the prefix). */
export const isProposalId = (id: string) => id === PROPOSAL_ID || id.startsWith(`${PROPOSAL_ID}:`);

/** The proposal's JSON with sorted keys, absent and null fields left out. */
const stable = (v: unknown) => canonical(v, (x) => x !== undefined && x !== null);

/** The id of an unsaved proposal: a hash of what it says and which facts the appraisal may use. */
export function unsavedProposalId(p: ProposalInput, provenance: readonly string[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(stable({ proposal: p, provenance: [...provenance].sort() })))
    .digest('hex');
  return `${PROPOSAL_ID}:${digest.slice(0, 20)}`;
}
const MAX_TEXT = 2000;
const MAX_ITEMS = 200;

/** Every id the proposal names, to fetch in one query (module capabilities as service ids). */
export function idsNamed(p: ProposalInput, services: ReadonlyMap<string, string> = new Map()): string[] {
  const ids = [p.ownerAgency, p.architecture, ...(p.businessDomains ?? []), ...(p.dataDomains ?? []), ...(p.networks ?? [])];
  for (const e of [...(p.usesData ?? []), ...(p.integrations ?? [])]) ids.push(e.target, e.via);
  for (const m of p.modules ?? []) ids.push(serviceOf(m.capability, services));
  return [...new Set(ids.filter((x): x is string => typeof x === 'string' && x.length > 0))];
}

const SYSTEM_KINDS = ['Component', 'NationalDatabase', 'ComponentGroup'];

/**
 * Problems with a proposal, each with where (a path into the input), why and the value. `nodes`
 * holds what exists of the ids it names; `services` maps capability keys to service ids.
 */
export function validateProposal(p: ProposalInput, nodes: ReadonlyMap<string, NamedNode>, services: ReadonlyMap<string, string>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const need = (where: string, id: string | null | undefined, kinds: string[], what: string) => {
    if (id === null || id === undefined) return;
    const n = nodes.get(id);
    if (!n) out.push({ where, message: `no node has this id (expected ${what})`, value: id });
    else if (!kinds.includes(n.kind)) out.push({ where, message: `is a ${n.kind}, expected ${what}`, value: id });
  };
  const text = (where: string, v: string | null | undefined, required = false) => {
    if (v === null || v === undefined) {
      if (required) out.push({ where, message: 'is required' });
      return;
    }
    if (!v.trim()) out.push({ where, message: 'must not be blank', value: v });
    if (v.length > MAX_TEXT) out.push({ where, message: `is longer than ${MAX_TEXT} characters` });
  };
  const list = (where: string, v: readonly unknown[] | null | undefined) => {
    if (v && v.length > MAX_ITEMS) out.push({ where, message: `has more than ${MAX_ITEMS} items`, value: v.length });
  };
  text('proposal.name', p.name, true);
  need('proposal.ownerAgency', p.ownerAgency, ['Agency', 'AgencyGroup'], 'an Agency');
  need('proposal.architecture', p.architecture, ['Architecture'], 'an Architecture');
  text('proposal.justification', p.justification);
  for (const k of ['businessDomains', 'dataDomains', 'usesData', 'integrations', 'modules', 'networks', 'budgetLines'] as const) list(`proposal.${k}`, p[k]);
  (p.businessDomains ?? []).forEach((d, i) => need(`proposal.businessDomains[${i}]`, d, ['DataDomain'], 'a DataDomain'));
  (p.dataDomains ?? []).forEach((d, i) => need(`proposal.dataDomains[${i}]`, d, ['DataDomain'], 'a DataDomain'));
  (p.networks ?? []).forEach((d, i) => need(`proposal.networks[${i}]`, d, ['Network'], 'a Network'));
  for (const k of ['usesData', 'integrations'] as const)
    (p[k] ?? []).forEach((e, i) => {
      need(`proposal.${k}[${i}].target`, e.target, SYSTEM_KINDS, 'a system, national database or group');
      need(`proposal.${k}[${i}].via`, e.via, ['Component'], 'an integration platform (Component)');
    });
  const moduleNames = new Set<string>();
  (p.modules ?? []).forEach((m, i) => {
    text(`proposal.modules[${i}].name`, m.name, true);
    if (moduleNames.has(m.name)) out.push({ where: `proposal.modules[${i}].name`, message: 'two modules have this name', value: m.name });
    moduleNames.add(m.name);
    if (!services.has(m.capability) && nodes.get(m.capability)?.kind !== 'SharedService')
      out.push({
        where: `proposal.modules[${i}].capability`,
        message: `not a shared service id or capability key (${[...services.keys()].join(', ')})`,
        value: m.capability,
      });
  });
  if (p.hosting.location === 'OUTSIDE') text('proposal.hosting.reason', p.hosting.reason);
  if (p.securityLevel !== null && p.securityLevel !== undefined && (!Number.isInteger(p.securityLevel) || p.securityLevel < 1 || p.securityLevel > 5))
    out.push({ where: 'proposal.securityLevel', message: 'must be a whole number from 1 to 5 (cấp độ)', value: p.securityLevel });
  (p.budgetLines ?? []).forEach((b, i) => {
    text(`proposal.budgetLines[${i}].name`, b.name, true);
    if (!Number.isFinite(b.amount) || b.amount < 0)
      out.push({ where: `proposal.budgetLines[${i}].amount`, message: 'must be a number ≥ 0 (million VND)', value: b.amount });
    if (b.module && !moduleNames.has(b.module))
      out.push({ where: `proposal.budgetLines[${i}].module`, message: 'names no module of the proposal', value: b.module });
  });
  return out;
}

/** The proposal's province: its architecture's, else its owner's. */
export function provinceOf(p: ProposalInput, nodes: ReadonlyMap<string, NamedNode>): string | null {
  return (p.architecture ? nodes.get(p.architecture)?.province : null) ?? nodes.get(p.ownerAgency)?.province ?? null;
}

const proposalFact = (type: string, to: string, id: string): Fact => ({ type, from: id, to, provenance: null, sources: [] });

/** Capability key or service id → service id; a key names its canonical service (service:<key>) when several share it. */
export async function loadServices(tx: Tx): Promise<Map<string, string>> {
  const services = new Map<string, string>();
  for (const r of await tx.run('appraisal/services-by-capability', {})) {
    if (!services.has(String(r.capability)) || r.id === `service:${r.capability}`) services.set(String(r.capability), String(r.id));
    services.set(String(r.id), String(r.id));
  }
  return services;
}

/** The service id a module's capability names (id or key). */
export function serviceOf(capability: string, services: ReadonlyMap<string, string>): string {
  return services.get(capability) ?? capability;
}

/** The proposal read as a catalogue entry: the same facts the catalogue rules look at. */
export function proposalSubject(
  p: ProposalInput,
  nodes: ReadonlyMap<string, NamedNode>,
  services: ReadonlyMap<string, string>,
  ctx: RuleContext,
  id = PROPOSAL_ID,
): Subject {
  const province = provinceOf(p, nodes);
  const target = (type: string, to: string): TargetFact => {
    const n = nodes.get(to);
    return {
      type,
      to,
      toName: n?.name ?? to,
      toKind: n?.kind ?? 'Node',
      toComponentKind: n?.componentKind,
      toProvince: n?.province,
      toLevel: n?.level,
      capability: n?.capability,
      fact: proposalFact(type, to, id),
    };
  };
  const exchange = (type: string, e: ExchangeInput): Exchange => ({
    ...target(type, e.target),
    via: e.via ?? null,
    toOwners: nodes.get(e.target)?.owners ?? [],
    toOwnerNames: [...(nodes.get(e.target)?.ownerNames ?? [])].sort(),
  });
  const facts: TargetFact[] = [
    ...(p.dataDomains ?? []).map((d) => target('HOLDS_DATA', d)),
    ...(p.businessDomains ?? []).map((d) => target('COMPUTERISES', d)),
    ...(p.modules ?? []).filter((m) => m.mode === 'BUILD').map((m) => target('BUILDS_OWN', serviceOf(m.capability, services))),
  ];
  const lgsp = ctx.lgspOf(province);
  if (p.offersDataSharing) facts.push(...lgsp.map((l) => target('INTEGRATES_VIA', l.id)));
  const dcs = province ? (ctx.datacentres.get(province) ?? []) : [];
  if (p.hosting.location === 'PROVINCIAL_DATACENTRE') facts.push(...dcs.map((d) => target('HOSTED_ON', d.id)));
  const socs = province ? (ctx.socs.get(province) ?? []) : [];
  if (p.hosting.monitoredBySoc) facts.push(...socs.map((s) => target('MONITORED_BY', s.id)));
  for (const f of facts) {
    const r = [...lgsp, ...dcs, ...socs].find((x) => x.id === f.to);
    if (r) f.toName = r.name;
  }
  return {
    id,
    name: p.name,
    province,
    level: 'province',
    componentKind: 'application',
    hosting: p.hosting.location === 'OUTSIDE' ? 'outside' : p.hosting.location === 'NATIONAL_DATACENTRE' ? 'national-datacentre' : 'provincial-datacentre',
    hostingReason: p.hosting.reason?.trim() || null,
    provenance: null,
    owners: [{ id: p.ownerAgency, name: nodes.get(p.ownerAgency)?.name ?? p.ownerAgency, fact: proposalFact('OWNED_BY', p.ownerAgency, id) }],
    facts,
    exchanges: [...(p.usesData ?? []).map((e) => exchange('USES_DATA_FROM', e)), ...(p.integrations ?? []).map((e) => exchange('CONNECTS_TO', e))],
    usedBy: p.feedsWarehouse ? [{ id: 'warehouse', fact: proposalFact('USES_DATA_FROM', id, id) }] : [],
    // What it will exchange with is linked to it: taking data from a system is not overlapping it.
    linked: [...(p.usesData ?? []), ...(p.integrations ?? [])].map((e) => e.target),
  };
}

const me = (p: ProposalInput, id: string): NodeRef => ({ id, name: p.name });
const lineNames = (lines: ProposalInput['budgetLines']) => (lines ?? []).map((b) => b.name);

/**
 * A finding about the proposal alone, from what it states: one subject (the proposal), and the
 * budget lines it is about (if any) as its evidence.
 */
function ownFinding(
  p: ProposalInput,
  id: string,
  rule: string,
  severity: Finding['severity'],
  lines: ProposalInput['budgetLines'] | null,
  words: Pick<Finding, 'messageVi' | 'messageEn' | 'recommendationVi' | 'recommendationEn'>,
): Finding[] {
  const names = lines && lineNames(lines);
  return [
    {
      id: `${rule}:${id}`,
      rule,
      severity,
      subjects: [me(p, id)],
      ...words,
      evidence: names ? [{ textVi: `Hạng mục: ${names.join('; ')}.`, textEn: `Lines: ${names.join('; ')}.`, steps: [] }] : [],
      reuseInstead: [],
      provenance: 'stated',
      ...(names ? { budgetLines: names } : {}),
    },
  ];
}

/** Rule 5: security items budgeted although the data centre provides them. */
export function rebudgetsSecurity(p: ProposalInput, id = PROPOSAL_ID): Finding[] {
  if (p.hosting.location !== 'PROVINCIAL_DATACENTRE') return [];
  const lines = (p.budgetLines ?? []).filter((b) => b.category === 'SECURITY' && !b.special);
  if (!lines.length) return [];
  const total = lines.reduce((t, b) => t + b.amount, 0);
  return ownFinding(p, id, 'rebudgets-security', 'medium', lines, {
    messageVi: `Dự án triển khai tại Trung tâm dữ liệu tỉnh nhưng bố trí ${total} triệu đồng cho hạng mục ATTT không đặc thù.`,
    messageEn: `Hosted at the provincial data centre, yet budgets ${total} million VND for security items that are not special.`,
    recommendationVi: 'Không bố trí kinh phí ATTT do Trung tâm dữ liệu của tỉnh đã bảo đảm; chỉ giữ các hạng mục đặc thù (đánh dấu special).',
    recommendationEn: 'Do not fund security the provincial data centre provides; keep only special items (mark them special).',
  });
}

/** Rule 7: computerises a business domain an existing system of the province already does, unjustified. */
export function rebuildsComputerisedDomain(
  p: ProposalInput,
  nodes: ReadonlyMap<string, NamedNode>,
  catalogue: readonly Subject[],
  id = PROPOSAL_ID,
): Finding[] {
  if (p.justification?.trim()) return [];
  const province = provinceOf(p, nodes);
  const out: Finding[] = [];
  for (const d of p.businessDomains ?? []) {
    const existing = catalogue.filter((s) => s.province === province && s.facts.some((f) => f.type === 'COMPUTERISES' && f.to === d));
    if (!existing.length) continue;
    const domain = nodes.get(d)?.name ?? d;
    const steps = existing.map((s) => {
      const f = s.facts.find((x) => x.type === 'COMPUTERISES' && x.to === d)!;
      return { from: { id: s.id, name: s.name }, type: f.type, to: { id: d, name: domain }, provenance: f.fact.provenance, sources: [] };
    });
    const worst = Math.max(...existing.map((s) => ({ stated: 0, inferred: 1, external: 2, example: 3 })[s.provenance as 'stated'] ?? 0));
    out.push({
      id: `rebuilds-computerised-domain:${id}:${d}`,
      rule: 'rebuilds-computerised-domain',
      severity: 'medium',
      subjects: [me(p, id), ...existing.map((s) => ({ id: s.id, name: s.name }))],
      messageVi: `Nghiệp vụ ${domain} đã được tin học hóa bởi ${existing.map((s) => s.name).join(', ')}; đề xuất không nêu lý do xây dựng lại.`,
      messageEn: `The ${domain} business is already computerised by ${existing.map((s) => s.name).join(', ')}; the proposal gives no justification.`,
      recommendationVi:
        'Nâng cấp hoặc khai thác hệ thống hiện có; nếu xây dựng lại, bảo vệ tính không đáp ứng của hệ thống cũ hoặc sự cải tiến quy trình nghiệp vụ.',
      recommendationEn: 'Upgrade or reuse the existing system; to rebuild, show the old one falls short or the business process improves.',
      evidence: [{ textVi: `Hệ thống hiện có tin học hóa ${domain}.`, textEn: `Existing systems computerise ${domain}.`, steps }],
      reuseInstead: existing.map((s) => ({ id: s.id, name: s.name })),
      provenance: ['stated', 'inferred', 'external', 'example'][worst],
    });
  }
  return out;
}

/** Rule 10: transmission items with no network named. */
export function transmissionNetworkUnstated(p: ProposalInput, id = PROPOSAL_ID): Finding[] {
  const lines = (p.budgetLines ?? []).filter((b) => b.category === 'TRANSMISSION');
  if (!lines.length || (p.networks ?? []).length) return [];
  return ownFinding(p, id, 'transmission-network-unstated', 'low', lines, {
    messageVi: 'Đề xuất có hạng mục truyền dẫn nhưng không xác định môi trường mạng (Internet, mạng TSLCD).',
    messageEn: 'The proposal budgets transmission but names no network (Internet, TSLCD).',
    recommendationVi: 'Xác định phạm vi cung cấp trên Internet hay mạng TSLCD để Trung tâm dữ liệu tỉnh điều phối băng thông.',
    recommendationEn: 'State whether it runs over the Internet or the TSLCD so the data centre can plan bandwidth.',
  });
}

/** Rule 11: no security level stated. */
export function securityLevelUnstated(p: ProposalInput, id = PROPOSAL_ID): Finding[] {
  if (p.securityLevel) return [];
  return ownFinding(p, id, 'security-level-unstated', 'medium', null, {
    messageVi: 'Đề xuất không xác định cấp độ an toàn hệ thống thông tin.',
    messageEn: 'The proposal states no information-system security level.',
    recommendationVi: 'Xác định cấp độ (1–5) và các giải pháp ATTT theo cấp độ theo Kiến trúc ATTT.',
    recommendationEn: 'State the security level (1–5) and the measures for it per the security architecture.',
  });
}

/** Budget lines that should not be funded, with the rule that says so. */
export function unfundedLines(p: ProposalInput, findings: readonly Finding[], services: ReadonlyMap<string, string>) {
  const out: { name: string; category: BudgetCategory; amount: number; rule: string; reasonVi: string; reasonEn: string }[] = [];
  // The service is what follows `reimplements-shared-service:<subject id>:` in the finding's id.
  const flaggedServices = new Set(
    findings.filter((f) => f.rule === 'reimplements-shared-service').map((f) => f.id.slice(`${f.rule}:${f.subjects[0].id}:`.length)),
  );
  const buildModules = new Map((p.modules ?? []).filter((m) => m.mode === 'BUILD').map((m) => [m.name, serviceOf(m.capability, services)]));
  for (const b of p.budgetLines ?? []) {
    const service = b.module ? buildModules.get(b.module) : undefined;
    if (service && flaggedServices.has(service))
      out.push({
        ...pick(b),
        rule: 'reimplements-shared-service',
        reasonVi: `Module ${b.module} trùng dịch vụ nền tảng dùng chung đã cung cấp: chỉ tính kinh phí tích hợp.`,
        reasonEn: `Module ${b.module} duplicates a shared platform service: fund only the integration.`,
      });
    else if (b.category === 'SECURITY' && !b.special && p.hosting.location === 'PROVINCIAL_DATACENTRE')
      out.push({
        ...pick(b),
        rule: 'rebudgets-security',
        reasonVi: 'ATTT đã được Trung tâm dữ liệu của tỉnh bảo đảm.',
        reasonEn: 'The provincial data centre already provides this security.',
      });
  }
  return out;
}

const pick = (b: NonNullable<ProposalInput['budgetLines']>[number]) => ({ name: b.name, category: b.category, amount: b.amount });

/** Budget lines per BUILD module, for rule 2's findings. */
export function linesOfService(p: ProposalInput, services: ReadonlyMap<string, string>) {
  return (service: string) =>
    (p.budgetLines ?? [])
      .filter((b) => b.module && (p.modules ?? []).some((m) => m.name === b.module && m.mode === 'BUILD' && serviceOf(m.capability, services) === service))
      .map((b) => b.name);
}
