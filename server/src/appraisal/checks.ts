/**
 * The appraisal rules as pure functions over subjects (catalogue entries or a proposal) and the
 * resources they could reuse. No database here: the queries gather the facts, these decide.
 * Each finding cites the facts it rests on (with their provenance and quotes) and says what to
 * reuse instead. Rule texts and citations are the AppraisalRule nodes (fixtures/documents/
 * 003-quang-nam-appraisal-rules.json); README "Appraisal rules" explains each.
 */
import { ABBREVIATIONS } from '../search/abbreviations.js';
import { fold, foldKey } from '../model/text.js';
import { relationPhrase } from './phrases.js';
import { dice, idfWeights, jaccardForDice, pairsWith, similarPairs, unitWeights, type SimilarPair } from './similarity.js';
import {
  PROVENANCE_RANK,
  type Evidence,
  type EvidenceStep,
  type Fact,
  type Finding,
  type NodeRef,
  type Resource,
  type Severity,
  type Source,
  type Subject,
  type TargetFact,
} from './types.js';

/** The resources the rules compare subjects with, indexed. */
export class RuleContext {
  readonly authorities = new Map<string, Resource[]>();
  readonly providers = new Map<string, Resource[]>();
  readonly datacentres = new Map<string, Resource[]>();
  readonly socs = new Map<string, Resource[]>();
  /** Platforms that provide data sharing (LGSP, NDXP…): exchanges through them are not point to point. */
  readonly integrationPlatforms = new Map<string, Resource>();

  constructor(resources: readonly Resource[]) {
    const add = (m: Map<string, Resource[]>, r: Resource) => m.set(r.key, [...(m.get(r.key) ?? []), r]);
    for (const r of resources) {
      if (r.role === 'authority') add(this.authorities, r);
      else if (r.role === 'provider') add(this.providers, r);
      else if (r.role === 'datacentre') add(this.datacentres, r);
      else add(this.socs, r);
      if (r.role === 'provider' && r.capability === 'data-sharing') this.integrationPlatforms.set(r.id, r);
    }
  }

  /** The province's own integration platforms (its LGSP), else the national ones (NDXP). */
  lgspOf(province: string | null): Resource[] {
    const all = [...this.integrationPlatforms.values()];
    const own = all.filter((p) => province && p.province === province);
    return own.length ? own : all.filter((p) => !p.province);
  }

  /** Providers of a service a subject of this province may use: its province's or national ones. */
  providersFor(service: string, province: string | null): Resource[] {
    return (this.providers.get(service) ?? []).filter((p) => !p.province || p.province === province);
  }
}

const ref = (r: { id: string; name: string }): NodeRef => ({ id: r.id, name: r.name });
/** An entry as findings name it: with the agencies it belongs to. */
const subjectRef = (s: Subject): NodeRef => ({ id: s.id, name: s.name, agencies: s.owners.map((o) => o.name) });
/** Something to reuse or go through, with where it belongs (its province, or national: null). */
const resourceRef = (r: { id: string; name: string; province: string | null }): NodeRef => ({ id: r.id, name: r.name, province: r.province });
const names = (rs: readonly { name: string }[]) => rs.map((r) => r.name).join(', ');
const namesEn = (rs: readonly { name: string; nameEn?: string | null }[]) => rs.map((r) => r.nameEn ?? r.name).join(', ');
/**
 * Resources named with where they belong, unless their name says it already: "Nền tảng xác thực
 * (Quảng Nam)", "Cơ sở dữ liệu đất đai (quốc gia)", but "CSDL quốc gia về Dân cư".
 */
export function placedName(r: { name: string; nameEn?: string | null; province: string | null }, lang: 'vi' | 'en' = 'vi'): string {
  const name = lang === 'en' ? (r.nameEn ?? r.name) : r.name;
  const place = r.province ?? (lang === 'en' ? 'national' : 'quốc gia');
  const said = fold(name).includes(fold(place)) || (r.province === null && /quoc gia|national/.test(fold(name)));
  return said ? name : `${name} (${place})`;
}
const placed = (rs: readonly { name: string; nameEn?: string | null; province: string | null }[]) => rs.map((r) => placedName(r)).join(', ');
const placedEn = (rs: readonly { name: string; nameEn?: string | null; province: string | null }[]) => rs.map((r) => placedName(r, 'en')).join(', ');
/** "A, B và C" */
const listVi = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);
const listEn = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
/** "Hệ thống X (Sở Y tế)": an entry with its agencies. */
const withAgencies = (name: string, agencies: readonly string[]) => (agencies.length ? `${name} (${agencies.join(', ')})` : name);
const percent = (x: number) => `${Math.round(x * 100)}%`;

export function parseSources(s: Fact['sources']): Source[] {
  if (!s) return [];
  if (Array.isArray(s)) return s;
  try {
    return JSON.parse(s) as Source[];
  } catch {
    return [];
  }
}

function step(fact: Fact, fromName: string, toName: string): EvidenceStep {
  return {
    from: { id: fact.from, name: fromName },
    type: fact.type,
    to: { id: fact.to, name: toName },
    provenance: fact.provenance,
    sources: parseSources(fact.sources),
  };
}

/** A finding's provenance is the weakest of the facts and the subjects it rests on. */
function finding(f: Omit<Finding, 'provenance'>, ...subjects: Subject[]): Finding {
  let rank = 0;
  for (const e of f.evidence) for (const s of e.steps) if (s.provenance) rank = Math.max(rank, PROVENANCE_RANK[s.provenance] ?? 0);
  for (const s of subjects) if (s.provenance) rank = Math.max(rank, PROVENANCE_RANK[s.provenance] ?? 0);
  const provenance = Object.keys(PROVENANCE_RANK).find((k) => PROVENANCE_RANK[k] === rank) ?? 'stated';
  return { ...f, provenance };
}

/**
 * A finding about one catalogue entry, its id `rule:entry` (`:about`, what it is about, when an
 * entry can have several); `also`: the other subjects it names besides the entry.
 */
function findingOn(
  s: Subject,
  rule: string,
  about: string | null,
  severity: Finding['severity'],
  body: Omit<Finding, 'id' | 'rule' | 'severity' | 'subjects' | 'provenance'>,
  ...also: Finding['subjects']
): Finding {
  return finding({ id: about === null ? `${rule}:${s.id}` : `${rule}:${s.id}:${about}`, rule, severity, subjects: [subjectRef(s), ...also], ...body }, s);
}

const factsOf = (s: Subject, type: string) => s.facts.filter((f) => f.type === type);
const isNational = (t: { toKind?: string; toLevel?: string | null }) => t.toKind === 'NationalDatabase' || t.toLevel === 'national';

/** Rule 1: holds data of a subject a national database is authoritative for, and does not use it. */
export function rebuildsNationalData(s: Subject, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const held of factsOf(s, 'HOLDS_DATA')) {
    const authorities = ctx.authorities.get(held.to) ?? [];
    if (!authorities.length) continue;
    const uses = s.exchanges.some((e) => e.type === 'USES_DATA_FROM' && authorities.some((a) => a.id === e.to));
    if (uses) continue;
    const lgsp = ctx.lgspOf(s.province);
    out.push(
      findingOn(s, 'rebuilds-national-data', held.to, 'high', {
        messageVi: `${s.name} lưu dữ liệu ${held.toName} nhưng không khai thác ${names(authorities)}.`,
        messageEn: `${s.name} holds ${held.toName} data but does not use ${namesEn(authorities)}.`,
        recommendationVi: `Tái sử dụng ${placed(authorities)}${lgsp.length ? ` qua ${placed(lgsp)}` : ''}; không xây dựng lại miền dữ liệu ${held.toName}.`,
        recommendationEn: `Reuse ${placedEn(authorities)}${lgsp.length ? ` through ${placedEn(lgsp)}` : ''}; do not rebuild the ${held.toName} data.`,
        evidence: [
          {
            textVi: `${s.name} lưu dữ liệu ${held.toName}; ${names(authorities)} là nguồn dữ liệu gốc về ${held.toName}; ${s.name} không khai thác dữ liệu từ ${names(authorities)}.`,
            textEn: `${s.name} holds ${held.toName} data; ${namesEn(authorities)} is the authoritative source of it; ${s.name} does not use data from ${namesEn(authorities)}.`,
            steps: [step(held.fact, s.name, held.toName), ...authorities.filter((a) => a.fact).map((a) => step(a.fact!, a.name, held.toName))],
          },
        ],
        reuseInstead: [...authorities.map(resourceRef), ...lgsp.map(resourceRef)],
      }),
    );
  }
  return out;
}

/** Rule 2: builds its own version of a capability a shared platform provides. */
export function reimplementsSharedService(
  s: Subject,
  ctx: RuleContext,
  builds: TargetFact[] = factsOf(s, 'BUILDS_OWN'),
  budgetLines?: (service: string) => string[],
): Finding[] {
  const out: Finding[] = [];
  for (const b of builds) {
    const providers = ctx.providersFor(b.to, s.province);
    if (!providers.length) continue;
    const lines = budgetLines?.(b.to);
    out.push(
      findingOn(s, 'reimplements-shared-service', b.to, 'high', {
        messageVi: `${s.name} tự xây dựng ${b.toName}, dịch vụ mà ${names(providers)} đã cung cấp.`,
        messageEn: `${s.name} builds its own ${b.toName}, which ${namesEn(providers)} already provides.`,
        recommendationVi: `Tích hợp ${b.toName} do ${placed(providers)} cung cấp; chỉ bố trí kinh phí tích hợp.`,
        recommendationEn: `Integrate ${b.toName} as ${placedEn(providers)} provides it; fund only the integration.`,
        evidence: [
          {
            textVi: `${s.name} tự xây dựng ${b.toName}; ${names(providers)} đã cung cấp dịch vụ này.`,
            textEn: `${s.name} builds ${b.toName} itself; ${namesEn(providers)} already provides it.`,
            steps: [step(b.fact, s.name, b.toName), ...providers.filter((p) => p.fact).map((p) => step(p.fact!, b.toName, p.name))],
          },
        ],
        reuseInstead: providers.map(resourceRef),
        ...(lines?.length ? { budgetLines: lines } : {}),
      }),
    );
  }
  return out;
}

/** Rule 3: exchanges data with another agency's system point to point, not through LGSP/NDXP. */
export function bypassesLgsp(s: Subject, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const owners = new Set(s.owners.map((o) => o.id));
  if (!owners.size) return out;
  const parts = new Set(factsOf(s, 'PART_OF').map((f) => f.to));
  for (const e of s.exchanges) {
    if (e.via || ctx.integrationPlatforms.has(e.to) || parts.has(e.to)) continue;
    const otherAgency = e.toOwners.length ? e.toOwners.every((o) => !owners.has(o)) : isNational(e);
    if (!otherAgency) continue;
    const lgsp = ctx.lgspOf(s.province);
    const route = isNational(e) ? [...lgsp, ...ctx.lgspOf(null).filter((n) => !lgsp.includes(n))] : lgsp;
    out.push(
      findingOn(
        s,
        'bypasses-lgsp',
        e.to,
        'medium',
        {
          messageVi: `${s.name} ${e.type === 'USES_DATA_FROM' ? 'khai thác dữ liệu trực tiếp từ' : 'kết nối trực tiếp với'} ${e.toName} ${e.toOwners.length ? 'của cơ quan khác' : 'cấp quốc gia'}, không qua nền tảng tích hợp.`,
          messageEn: `${s.name} ${e.type === 'USES_DATA_FROM' ? 'takes data from' : 'exchanges data with'} ${e.toName}, ${e.toOwners.length ? "another agency's system" : 'a national system'}, point to point.`,
          recommendationVi: `Liên thông với ${e.toName} qua ${placed(route)}.`,
          recommendationEn: `Exchange with ${e.toName} through ${placedEn(route)}.`,
          evidence: [
            {
              textVi: `${withAgencies(
                s.name,
                s.owners.map((o) => o.name),
              )} ${relationPhrase(e.type).vi} ${e.toOwners.length ? withAgencies(e.toName, e.toOwnerNames ?? []) : `${e.toName} (cấp quốc gia)`} mà không qua nền tảng tích hợp nào.`,
              textEn: `${withAgencies(
                s.name,
                s.owners.map((o) => o.name),
              )} ${relationPhrase(e.type).en} ${e.toOwners.length ? withAgencies(e.toName, e.toOwnerNames ?? []) : `${e.toName} (national)`} through no integration platform.`,
              steps: [step(e.fact, s.name, e.toName), ...s.owners.map((o) => step(o.fact, s.name, o.name))],
            },
          ],
          reuseInstead: route.map(resourceRef),
        },
        { id: e.to, name: e.toName, agencies: e.toOwnerNames ?? [] },
      ),
    );
  }
  return out;
}

/** Rule 4: hosted outside the provincial data centre without a stated reason, or outside the SOC's watch. */
export function hostedOutsideDatacentre(s: Subject, ctx: RuleContext): Finding[] {
  if (s.level === 'national' || !s.province) return [];
  const dcs = ctx.datacentres.get(s.province) ?? [];
  const hostedOn = factsOf(s, 'HOSTED_ON');
  const outside = s.hosting === 'outside' || hostedOn.some((h) => !dcs.some((d) => d.id === h.to));
  if (!outside) return [];
  const socs = ctx.socs.get(s.province) ?? [];
  const monitored = factsOf(s, 'MONITORED_BY').filter((m) => socs.some((x) => x.id === m.to));
  const steps = hostedOn.map((h) => step(h.fact, s.name, h.toName));
  if (!s.hostingReason) {
    return [
      findingOn(s, 'hosted-outside-datacentre', null, 'high', {
        messageVi: `${s.name} triển khai ngoài Trung tâm dữ liệu tỉnh mà không nêu lý do ngoại lệ.`,
        messageEn: `${s.name} is hosted outside the provincial data centre with no stated exception.`,
        recommendationVi: `Triển khai tại ${names(dcs) || 'Trung tâm dữ liệu tỉnh'}; nếu là trường hợp ngoại lệ, nêu rõ lý do và đặt dưới sự giám sát của ${names(socs) || 'Trung tâm ATTT SOC của tỉnh'}.`,
        recommendationEn: `Host it at ${namesEn(dcs) || 'the provincial data centre'}; if it is an exception, state why and put it under ${namesEn(socs) || 'the provincial SOC'}.`,
        evidence: [
          {
            textVi: `${s.name} triển khai ngoài ${names(dcs) || 'Trung tâm dữ liệu tỉnh'}; không nêu lý do ngoại lệ.`,
            textEn: `${s.name} is hosted outside ${namesEn(dcs) || 'the provincial data centre'}; no exception is stated.`,
            steps,
          },
        ],
        reuseInstead: [...dcs, ...socs].map(resourceRef),
      }),
    ];
  }
  if (monitored.length) return [];
  return [
    findingOn(s, 'hosted-outside-datacentre', null, 'medium', {
      messageVi: `${s.name} triển khai ngoài Trung tâm dữ liệu tỉnh (${s.hostingReason}) nhưng chưa đặt dưới sự giám sát của SOC tỉnh.`,
      messageEn: `${s.name} is hosted outside the provincial data centre (${s.hostingReason}) but not under the provincial SOC.`,
      recommendationVi: `Bảo đảm thiết bị, giải pháp ATTT theo Kiến trúc ATTT và dưới sự giám sát của ${names(socs) || 'Trung tâm ATTT SOC của tỉnh'}.`,
      recommendationEn: `Follow the security architecture and put it under ${namesEn(socs) || 'the provincial SOC'}.`,
      evidence: [
        {
          textVi: `Lý do ngoại lệ: ${s.hostingReason}; ${s.name} chưa được ${names(socs) || 'Trung tâm ATTT SOC của tỉnh'} giám sát an toàn thông tin.`,
          textEn: `Exception: ${s.hostingReason}; ${s.name} is not monitored by ${namesEn(socs) || 'the provincial SOC'}.`,
          steps,
        },
      ],
      reuseInstead: socs.map(resourceRef),
    }),
  ];
}

/** Rule 6: holds data no one else can take: no consumer, no data-sharing service on LGSP. */
export function noDataSharing(s: Subject, ctx: RuleContext): Finding[] {
  if (s.level === 'national' || !s.province || s.componentKind === 'platform' || s.componentKind === 'module') return [];
  const held = factsOf(s, 'HOLDS_DATA');
  if (!held.length || s.usedBy.length) return [];
  if (factsOf(s, 'INTEGRATES_VIA').some((f) => ctx.integrationPlatforms.has(f.to))) return [];
  const lgsp = ctx.lgspOf(s.province);
  return [
    findingOn(s, 'no-data-sharing', null, 'medium', {
      messageVi: `${s.name} lưu dữ liệu (${held.map((h) => h.toName).join(', ')}) nhưng không cung cấp dịch vụ chia sẻ dữ liệu trên ${names(lgsp) || 'LGSP'} và không hệ thống nào khai thác.`,
      messageEn: `${s.name} holds data (${held.map((h) => h.toName).join(', ')}) but offers no data-sharing service on ${namesEn(lgsp) || 'LGSP'} and no system takes its data.`,
      recommendationVi: `Cung cấp dịch vụ chia sẻ dữ liệu trên ${placed(lgsp) || 'LGSP'} và sẵn sàng cung cấp dữ liệu cho Kho dữ liệu dùng chung của tỉnh.`,
      recommendationEn: `Offer data-sharing services on ${placedEn(lgsp) || 'LGSP'} and feed the provincial shared data warehouse.`,
      evidence: [
        {
          textVi: `${s.name} không tích hợp qua ${names(lgsp) || 'nền tảng tích hợp nào'} và không hệ thống nào khai thác dữ liệu từ nó.`,
          textEn: `${s.name} does not integrate through ${namesEn(lgsp) || 'any integration platform'} and no system uses data from it.`,
          steps: held.map((h) => step(h.fact, s.name, h.toName)),
        },
      ],
      reuseInstead: lgsp.map(resourceRef),
    }),
  ];
}

const ITEM_PREFIX: Record<string, string> = { HOLDS_DATA: 'data', COMPUTERISES: 'business', BUILDS_OWN: 'builds' };
const itemOf = (f: TargetFact) => (ITEM_PREFIX[f.type] ? `${ITEM_PREFIX[f.type]}:${f.to}` : null);

/** What an entry is made of, for the overlap rule: data held, business computerised, capabilities built. */
export function overlapItems(s: Subject): string[] {
  return s.facts.map(itemOf).filter((i): i is string => i !== null);
}

const OVERLAP_THRESHOLD = 0.5;
const OVERLAP_MIN_SHARED = 2;

/**
 * Rule 8: entries of different owners that share data subjects, business domains or self-built
 * capabilities (weighted Jaccard ≥ 0.5 and at least two shared items) with no link between them.
 * `only` restricts the pairs to those involving these ids (a proposal against the catalogue).
 */
export function overlaps(subjects: readonly Subject[], only?: ReadonlySet<string>, ctx?: RuleContext): Finding[] {
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const out: Finding[] = [];
  for (const bucket of byProvince(subjects)) {
    const sets = overlapSets(bucket);
    const w = idfWeights(sets);
    for (const p of only ? pairsWith(sets, only, w, OVERLAP_THRESHOLD) : similarPairs(sets, w, OVERLAP_THRESHOLD)) {
      if (only && !only.has(p.a) && !only.has(p.b)) continue;
      const f = overlapFinding(byId.get(p.a)!, byId.get(p.b)!, p, ctx);
      if (f) out.push(f);
    }
  }
  return out;
}

/** The item sets rule 8 compares within one bucket: entries with at least two items. */
export function overlapSets(bucket: readonly Subject[]): { id: string; items: string[] }[] {
  return bucket.map((s) => ({ id: s.id, items: overlapItems(s) })).filter((x) => x.items.length >= OVERLAP_MIN_SHARED);
}

export { OVERLAP_THRESHOLD, OVERLAP_MIN_SHARED };

/**
 * Rule 8's finding for one pair at or above the threshold (a's id before b's), or null when the
 * pair does not count: fewer than two shared items, an entry with no owner, a shared owner, or a
 * link between them. The duplication scan on the analysis graph finds the pairs its own way and
 * calls this, so both paths say exactly the same.
 */
export function overlapFinding(a: Subject, b: Subject, p: SimilarPair, ctx?: RuleContext): Finding | null {
  if (p.shared.length < OVERLAP_MIN_SHARED) return null;
  if (!a.owners.length || !b.owners.length || a.owners.some((o) => b.owners.some((x) => x.id === o.id))) return null;
  if (a.linked.includes(b.id) || b.linked.includes(a.id)) return null;
  const nameOf = (item: string, s: Subject) => s.facts.find((x) => itemOf(x) === item)?.toName ?? item.slice(item.indexOf(':') + 1);
  const label = (item: string, s: Subject) => `${item.slice(0, item.indexOf(':'))}:${nameOf(item, s)}`;
  const shared = new Set(p.shared);
  const facts = (s: Subject) => s.facts.filter((f) => shared.has(itemOf(f) ?? ''));
  const described = (items: readonly string[], s: Subject, lang: 'vi' | 'en') => {
    const parts: string[] = [];
    for (const [prefix, words] of Object.entries(ITEM_WORDS)) {
      const these = items.filter((i) => i.startsWith(`${prefix}:`)).map((i) => nameOf(i, s));
      if (these.length) parts.push(`${words[lang]} ${lang === 'vi' ? listVi(these) : listEn(these)}`);
    }
    return parts.join('; ');
  };
  const lgsp = ctx?.lgspOf(a.province) ?? [];
  const agencies = (s: Subject) => s.owners.map((o) => o.name);
  const pct = percent(p.score);
  return finding(
    {
      id: `overlap:${a.id}+${b.id}`,
      rule: 'overlap',
      severity: 'low',
      subjects: [subjectRef(a), subjectRef(b)],
      messageVi: `${withAgencies(a.name, agencies(a))} và ${withAgencies(b.name, agencies(b))} cùng ${described(p.shared, a, 'vi')}: trùng ${pct} dữ liệu, nghiệp vụ và dịch vụ, có trọng số.`,
      messageEn: `${withAgencies(a.name, agencies(a))} and ${withAgencies(b.name, agencies(b))} both ${described(p.shared, a, 'en')}: ${pct} of their data, business and services overlap, weighted.`,
      recommendationVi: `Xem xét hợp nhất hai hệ thống, hoặc để một hệ thống khai thác dữ liệu của hệ thống kia qua ${placed(lgsp) || 'nền tảng tích hợp của tỉnh'}.`,
      recommendationEn: `Review: merge them, or have one take the other’s data through ${placedEn(lgsp) || 'the provincial integration platform'}.`,
      evidence: [
        {
          textVi: `Chung: ${described(p.shared, a, 'vi')}. Riêng ${a.name}: ${described(p.onlyA, a, 'vi') || 'không có'}. Riêng ${b.name}: ${described(p.onlyB, b, 'vi') || 'không có'}. Trùng ${pct} tính theo trọng số (hạng mục càng ít hệ thống có càng nặng), từ ${percent(OVERLAP_THRESHOLD)} trở lên là trùng lặp; giữa hai hệ thống không có quan hệ khai thác dữ liệu, tái sử dụng, hợp nhất hay là một phần của nhau.`,
          textEn: `In common: ${described(p.shared, a, 'en')}. Only ${a.name}: ${described(p.onlyA, a, 'en') || 'nothing'}. Only ${b.name}: ${described(p.onlyB, b, 'en') || 'nothing'}. ${pct} overlap, weighted (the fewer systems have an item, the more it weighs); ${percent(OVERLAP_THRESHOLD)} or more is an overlap; no data use, reuse, merge or part-of link between them.`,
          steps: [...facts(a).map((f) => step(f.fact, a.name, f.toName)), ...facts(b).map((f) => step(f.fact, b.name, f.toName))],
        },
      ],
      reuseInstead: [],
      similarity: Math.round(p.score * 100) / 100,
      shared: p.shared.map((i) => label(i, a)),
      onlyFirst: p.onlyA.map((i) => label(i, a)),
      onlySecond: p.onlyB.map((i) => label(i, b)),
      compared: [
        ...p.shared.map((i) => ({ kind: i.slice(0, i.indexOf(':')), id: i.slice(i.indexOf(':') + 1), name: nameOf(i, a), side: 'both' as const })),
        ...p.onlyA.map((i) => ({ kind: i.slice(0, i.indexOf(':')), id: i.slice(i.indexOf(':') + 1), name: nameOf(i, a), side: 'first' as const })),
        ...p.onlyB.map((i) => ({ kind: i.slice(0, i.indexOf(':')), id: i.slice(i.indexOf(':') + 1), name: nameOf(i, b), side: 'second' as const })),
      ],
    },
    a,
    b,
  );
}

/** How rule 8's items read: "lưu dữ liệu …", "tin học hóa nghiệp vụ …", "tự xây dựng …". */
const ITEM_WORDS: Record<string, { vi: string; en: string }> = {
  data: { vi: 'lưu dữ liệu', en: 'hold data of' },
  business: { vi: 'tin học hóa nghiệp vụ', en: 'computerise' },
  builds: { vi: 'tự xây dựng', en: 'build their own' },
};

/** Generic head words that say what sort of thing it is, not which one. */
const GENERIC = new Set(['he', 'thong', 'phan', 'mem', 'ung', 'dung', 'tinh', 'cua', 'va', 'cho', 'tren', 'tai']);

/** Name tokens for entity resolution: folded, abbreviations expanded, province and generic words dropped. */
export function nameTokens(name: string, province?: string | null): string[] {
  const drop = new Set([...GENERIC, ...(province ? foldKey(province).split(' ') : [])]);
  const words = foldKey(name)
    .split(' ')
    .flatMap((t) => (ABBREVIATIONS[t]?.[0] ?? t).split(' '))
    .filter((t) => t && !drop.has(t));
  return [...new Set(words)];
}

const SAME_NAME_DICE = 0.8;

/**
 * Rule 9 compares systems, not what hangs off them: online public services are procedures (two
 * with near-identical names — "Cấp giấy phép…", "Cấp lại giấy phép…" — are different procedures
 * by law) and modules are parts of their system (rule 6 judges a module that rebuilds a platform).
 * Leaving them out also keeps the comparison national-scale: services are most of the catalogue.
 */
export const isSystemLike = (s: { componentKind: string | null }) => s.componentKind !== 'service' && s.componentKind !== 'module';

/**
 * Rule 9: likely the same system registered twice: names that match once case, diacritics, tone
 * style and abbreviations are folded (token Dice ≥ 0.8), with the same owner or a shared data
 * subject, and nothing already linking them.
 */
export function sameSystemTwice(subjects: readonly Subject[], only?: ReadonlySet<string>): Finding[] {
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const out: Finding[] = [];
  for (const bucket of byProvince(subjects.filter(isSystemLike))) {
    const sets = bucket.map((s) => ({ id: s.id, items: nameTokens(s.name, s.province) })).filter((x) => x.items.length > 0);
    const t = jaccardForDice(SAME_NAME_DICE);
    for (const p of only ? pairsWith(sets, only, unitWeights, t) : similarPairs(sets, unitWeights, t)) {
      if (only && !only.has(p.a) && !only.has(p.b)) continue;
      const f = sameSystemFinding(byId.get(p.a)!, byId.get(p.b)!, p);
      if (f) out.push(f);
    }
  }
  return out;
}

export const SAME_NAME_JACCARD = jaccardForDice(SAME_NAME_DICE);

/**
 * Rule 9's finding for one pair of near-identical names (a's id before b's), or null when the
 * pair does not count: already linked, or neither the same owner nor a shared data subject.
 */
export function sameSystemFinding(a: Subject, b: Subject, p: SimilarPair): Finding | null {
  if (a.linked.includes(b.id) || b.linked.includes(a.id)) return null;
  const sameOwner = a.owners.filter((o) => b.owners.some((x) => x.id === o.id));
  const sharedData = factsOf(a, 'HOLDS_DATA').filter((f) => factsOf(b, 'HOLDS_DATA').some((g) => g.to === f.to));
  if (!sameOwner.length && !sharedData.length) return null;
  const score = dice(nameTokens(a.name, a.province), nameTokens(b.name, b.province));
  const why = sameOwner.length
    ? { vi: `cùng cơ quan chủ quản ${listVi(sameOwner.map((o) => o.name))}`, en: `same owner, ${listEn(sameOwner.map((o) => o.name))}` }
    : { vi: `cùng lưu dữ liệu ${listVi(sharedData.map((f) => f.toName))}`, en: `both hold ${listEn(sharedData.map((f) => f.toName))} data` };
  const pct = percent(score);
  return finding(
    {
      id: `same-system-twice:${a.id}+${b.id}`,
      rule: 'same-system-twice',
      severity: 'low',
      subjects: [subjectRef(a), subjectRef(b)],
      messageVi: `“${a.name}” và “${b.name}” có thể là một hệ thống đăng ký hai lần (tên giống nhau ${pct}, ${why.vi}).`,
      messageEn: `“${a.name}” and “${b.name}” are probably one system registered twice (names ${pct} alike, ${why.en}).`,
      recommendationVi: `Đề nghị hợp nhất hai bản ghi: giữ “${a.name}”, ghi “${b.name}” là đã hợp nhất vào đó; hoặc ghi rõ hai hệ thống khác nhau thế nào.`,
      recommendationEn: `Merge the two records: keep “${a.name}” and record “${b.name}” as merged into it; or record how they differ.`,
      evidence: [
        {
          textVi: `Tên giống nhau ${pct} (so theo từng từ, không phân biệt chữ hoa, dấu và cách viết tắt như “HTTT”), từ ${percent(SAME_NAME_DICE)} trở lên coi là cùng tên; ${why.vi}; không có quan hệ hợp nhất, thay thế hay khai thác dữ liệu giữa hai bản ghi.`,
          textEn: `Names ${pct} alike (word by word, ignoring case, diacritics and abbreviations such as “HTTT”); ${percent(SAME_NAME_DICE)} or more counts as the same name; ${why.en}; no merge, succession or data link between the two records.`,
          steps: [
            ...sameOwner.flatMap((o) => [step(o.fact, a.name, o.name), step(b.owners.find((x) => x.id === o.id)!.fact, b.name, o.name)]),
            ...sharedData.flatMap((f) => [step(f.fact, a.name, f.toName), step(factsOf(b, 'HOLDS_DATA').find((g) => g.to === f.to)!.fact, b.name, f.toName)]),
          ],
        },
      ],
      reuseInstead: [ref(a)],
      similarity: Math.round(score * 100) / 100,
      shared: p.shared,
      onlyFirst: p.onlyA,
      onlySecond: p.onlyB,
      compared: [
        ...p.shared.map((w) => ({ kind: 'word', id: null, name: w, side: 'both' as const })),
        ...p.onlyA.map((w) => ({ kind: 'word', id: null, name: w, side: 'first' as const })),
        ...p.onlyB.map((w) => ({ kind: 'word', id: null, name: w, side: 'second' as const })),
      ],
    },
    a,
    b,
  );
}

/** Entries by province (folded): rules 8 and 9 compare entries of one province only. */
export function byProvince<S extends { province: string | null }>(subjects: readonly S[]): S[][] {
  const m = new Map<string, S[]>();
  for (const s of subjects) {
    const k = bucketKey(s.province);
    const b = m.get(k);
    if (b) b.push(s);
    else m.set(k, [s]);
  }
  return [...m.values()];
}

/** The bucket of a province for rules 8 and 9 (case, diacritics and spacing folded). */
export const bucketKey = (province: string | null) => (province ? fold(province) : '');

/**
 * A subject's facts in one order whatever order the database returned them in (each list by type,
 * then the other end's id), so findings, their messages and evidence read the same on every path
 * and every run.
 */
export function normalizeSubject<S extends Subject>(s: S): S {
  const byTo = (x: { type: string; to: string }, y: { type: string; to: string }) =>
    x.type < y.type ? -1 : x.type > y.type ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0;
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  s.owners.sort(byId);
  s.facts.sort(byTo);
  s.exchanges.sort(byTo);
  for (const e of s.exchanges) {
    e.toOwners.sort();
    e.toOwnerNames?.sort();
  }
  s.usedBy.sort(byId);
  s.linked.sort();
  return s;
}

export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every catalogue rule over the given subjects. */
export function scanCatalogue(subjects: readonly Subject[], ctx: RuleContext, rules?: ReadonlySet<string>): Finding[] {
  const want = (code: string) => !rules || rules.has(code);
  const out: Finding[] = [];
  for (const s of subjects) {
    if (want('rebuilds-national-data')) out.push(...rebuildsNationalData(s, ctx));
    if (want('reimplements-shared-service')) out.push(...reimplementsSharedService(s, ctx));
    if (want('bypasses-lgsp')) out.push(...bypassesLgsp(s, ctx));
    if (want('hosted-outside-datacentre')) out.push(...hostedOutsideDatacentre(s, ctx));
    if (want('no-data-sharing')) out.push(...noDataSharing(s, ctx));
  }
  // concat, not push(...): a national-scale scan yields hundreds of thousands of pairs, more
  // arguments than a call can take.
  let all = out;
  if (want('overlap')) all = all.concat(overlaps(subjects, undefined, ctx));
  if (want('same-system-twice')) all = all.concat(sameSystemTwice(subjects));
  return all;
}

export type { Evidence };
