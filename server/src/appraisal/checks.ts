/**
 * The appraisal rules as pure functions over subjects (catalogue entries or a proposal) and the
 * resources they could reuse. No database here: the queries gather the facts, these decide.
 * Each finding cites the facts it rests on (with their provenance and quotes) and says what to
 * reuse instead. Rule texts and citations are the AppraisalRule nodes (fixtures/documents/
 * 003-quang-nam-appraisal-rules.json); README "Appraisal rules" explains each.
 */
import { ABBREVIATIONS } from '../search/abbreviations.js';
import { fold, foldKey } from '../model/text.js';
import { dice, idfWeights, jaccardForDice, pairsWith, similarPairs, unitWeights } from './similarity.js';
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
const names = (rs: readonly { name: string }[]) => rs.map((r) => r.name).join(', ');
const namesEn = (rs: readonly { name: string; nameEn?: string | null }[]) => rs.map((r) => r.nameEn ?? r.name).join(', ');

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
  return { from: { id: fact.from, name: fromName }, type: fact.type, to: { id: fact.to, name: toName }, provenance: fact.provenance, sources: parseSources(fact.sources) };
}

/** A finding's provenance is the weakest of the facts and the subjects it rests on. */
function finding(f: Omit<Finding, 'provenance'>, ...subjects: Subject[]): Finding {
  let rank = 0;
  for (const e of f.evidence) for (const s of e.steps) if (s.provenance) rank = Math.max(rank, PROVENANCE_RANK[s.provenance] ?? 0);
  for (const s of subjects) if (s.provenance) rank = Math.max(rank, PROVENANCE_RANK[s.provenance] ?? 0);
  const provenance = Object.keys(PROVENANCE_RANK).find((k) => PROVENANCE_RANK[k] === rank) ?? 'stated';
  return { ...f, provenance };
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
      finding({
        id: `rebuilds-national-data:${s.id}:${held.to}`,
        rule: 'rebuilds-national-data',
        severity: 'high',
        subjects: [ref(s)],
        messageVi: `${s.name} lưu dữ liệu ${held.toName} nhưng không khai thác ${names(authorities)}.`,
        messageEn: `${s.name} holds ${held.toName} data but does not use ${namesEn(authorities)}.`,
        recommendationVi: `Tái sử dụng ${names(authorities)}${lgsp.length ? ` qua ${names(lgsp)}` : ''}; không xây dựng lại miền dữ liệu ${held.toName}.`,
        recommendationEn: `Reuse ${namesEn(authorities)}${lgsp.length ? ` through ${namesEn(lgsp)}` : ''}; do not rebuild the ${held.toName} data.`,
        evidence: [
          {
            textVi: `${s.name} lưu dữ liệu ${held.toName}; ${names(authorities)} là nguồn gốc của dữ liệu này; không có quan hệ khai thác (USES_DATA_FROM) tới nó.`,
            textEn: `${s.name} holds ${held.toName} data; ${namesEn(authorities)} is authoritative for it; no USES_DATA_FROM link to it.`,
            steps: [step(held.fact, s.name, held.toName), ...authorities.filter((a) => a.fact).map((a) => step(a.fact!, a.name, held.toName))],
          },
        ],
        reuseInstead: [...authorities.map(ref), ...lgsp.map(ref)],
      }, s),
    );
  }
  return out;
}

/** Rule 2: builds its own version of a capability a shared platform provides. */
export function reimplementsSharedService(s: Subject, ctx: RuleContext, builds: TargetFact[] = factsOf(s, 'BUILDS_OWN'), budgetLines?: (service: string) => string[]): Finding[] {
  const out: Finding[] = [];
  for (const b of builds) {
    const providers = ctx.providersFor(b.to, s.province);
    if (!providers.length) continue;
    const lines = budgetLines?.(b.to);
    out.push(
      finding({
        id: `reimplements-shared-service:${s.id}:${b.to}`,
        rule: 'reimplements-shared-service',
        severity: 'high',
        subjects: [ref(s)],
        messageVi: `${s.name} tự xây dựng ${b.toName}, dịch vụ mà ${names(providers)} đã cung cấp.`,
        messageEn: `${s.name} builds its own ${b.toName}, which ${namesEn(providers)} already provides.`,
        recommendationVi: `Tích hợp ${b.toName} do ${names(providers)} cung cấp; chỉ bố trí kinh phí tích hợp.`,
        recommendationEn: `Integrate the ${b.capability ?? b.toName} service ${namesEn(providers)} provides; fund only the integration.`,
        evidence: [
          {
            textVi: `${s.name} tự xây dựng ${b.toName}; ${names(providers)} cung cấp dịch vụ này.`,
            textEn: `${s.name} builds ${b.capability ?? b.toName} itself; ${namesEn(providers)} provides it.`,
            steps: [step(b.fact, s.name, b.toName), ...providers.filter((p) => p.fact).map((p) => step(p.fact!, b.toName, p.name))],
          },
        ],
        reuseInstead: providers.map(ref),
        ...(lines?.length ? { budgetLines: lines } : {}),
      }, s),
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
      finding({
        id: `bypasses-lgsp:${s.id}:${e.to}`,
        rule: 'bypasses-lgsp',
        severity: 'medium',
        subjects: [ref(s), { id: e.to, name: e.toName }],
        messageVi: `${s.name} kết nối trực tiếp với ${e.toName} của cơ quan khác, không qua nền tảng tích hợp.`,
        messageEn: `${s.name} exchanges data with ${e.toName}, another agency's system, point to point.`,
        recommendationVi: `Liên thông với ${e.toName} qua ${names(route)}.`,
        recommendationEn: `Exchange with ${e.toName} through ${namesEn(route)}.`,
        evidence: [
          {
            textVi: `Quan hệ ${e.type} không đi qua nền tảng tích hợp nào; hai hệ thống thuộc các cơ quan khác nhau.`,
            textEn: `The ${e.type} link names no integration platform; the two systems belong to different agencies.`,
            steps: [step(e.fact, s.name, e.toName), ...s.owners.map((o) => step(o.fact, s.name, o.name))],
          },
        ],
        reuseInstead: route.map(ref),
      }, s),
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
      finding({
        id: `hosted-outside-datacentre:${s.id}`,
        rule: 'hosted-outside-datacentre',
        severity: 'high',
        subjects: [ref(s)],
        messageVi: `${s.name} triển khai ngoài Trung tâm dữ liệu tỉnh mà không nêu lý do ngoại lệ.`,
        messageEn: `${s.name} is hosted outside the provincial data centre with no stated exception.`,
        recommendationVi: `Triển khai tại ${names(dcs) || 'Trung tâm dữ liệu tỉnh'}; nếu là trường hợp ngoại lệ, nêu rõ lý do và đặt dưới sự giám sát của ${names(socs) || 'Trung tâm ATTT SOC của tỉnh'}.`,
        recommendationEn: `Host it at ${namesEn(dcs) || 'the provincial data centre'}; if it is an exception, state why and put it under ${namesEn(socs) || "the provincial SOC"}.`,
        evidence: [{ textVi: `Nơi triển khai: ngoài Trung tâm dữ liệu tỉnh; không có lý do.`, textEn: 'Hosting: outside the provincial data centre; no reason given.', steps }],
        reuseInstead: [...dcs, ...socs].map(ref),
      }, s),
    ];
  }
  if (monitored.length) return [];
  return [
    finding({
      id: `hosted-outside-datacentre:${s.id}`,
      rule: 'hosted-outside-datacentre',
      severity: 'medium',
      subjects: [ref(s)],
      messageVi: `${s.name} triển khai ngoài Trung tâm dữ liệu tỉnh (${s.hostingReason}) nhưng chưa đặt dưới sự giám sát của SOC tỉnh.`,
      messageEn: `${s.name} is hosted outside the provincial data centre (${s.hostingReason}) but not under the provincial SOC.`,
      recommendationVi: `Bảo đảm thiết bị, giải pháp ATTT theo Kiến trúc ATTT và dưới sự giám sát của ${names(socs) || 'Trung tâm ATTT SOC của tỉnh'}.`,
      recommendationEn: `Follow the security architecture and put it under ${namesEn(socs) || 'the provincial SOC'}.`,
      evidence: [{ textVi: `Lý do ngoại lệ: ${s.hostingReason}; không có quan hệ MONITORED_BY tới SOC của tỉnh.`, textEn: `Exception: ${s.hostingReason}; no MONITORED_BY link to the provincial SOC.`, steps }],
      reuseInstead: socs.map(ref),
    }, s),
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
    finding({
      id: `no-data-sharing:${s.id}`,
      rule: 'no-data-sharing',
      severity: 'medium',
      subjects: [ref(s)],
      messageVi: `${s.name} lưu dữ liệu (${held.map((h) => h.toName).join(', ')}) nhưng không cung cấp dịch vụ chia sẻ dữ liệu trên LGSP và không hệ thống nào khai thác.`,
      messageEn: `${s.name} holds data (${held.map((h) => h.toName).join(', ')}) but offers no data-sharing service on LGSP and no system takes its data.`,
      recommendationVi: `Cung cấp dịch vụ chia sẻ dữ liệu trên ${names(lgsp) || 'LGSP'} và sẵn sàng cung cấp dữ liệu cho Kho dữ liệu dùng chung của tỉnh.`,
      recommendationEn: `Offer data-sharing services on ${namesEn(lgsp) || 'LGSP'} and feed the provincial shared data warehouse.`,
      evidence: [
        {
          textVi: 'Không có quan hệ INTEGRATES_VIA tới nền tảng tích hợp, không có hệ thống nào USES_DATA_FROM nó.',
          textEn: 'No INTEGRATES_VIA link to an integration platform; no system USES_DATA_FROM it.',
          steps: held.map((h) => step(h.fact, s.name, h.toName)),
        },
      ],
      reuseInstead: lgsp.map(ref),
    }, s),
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
export function overlaps(subjects: readonly Subject[], only?: ReadonlySet<string>): Finding[] {
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const out: Finding[] = [];
  for (const bucket of byProvince(subjects)) {
    const sets = bucket.map((s) => ({ id: s.id, items: overlapItems(s) })).filter((x) => x.items.length >= OVERLAP_MIN_SHARED);
    const w = idfWeights(sets);
    for (const p of only ? pairsWith(sets, only, w, OVERLAP_THRESHOLD) : similarPairs(sets, w, OVERLAP_THRESHOLD)) {
      if (p.shared.length < OVERLAP_MIN_SHARED) continue;
      if (only && !only.has(p.a) && !only.has(p.b)) continue;
      const a = byId.get(p.a)!;
      const b = byId.get(p.b)!;
      if (!a.owners.length || !b.owners.length || a.owners.some((o) => b.owners.some((x) => x.id === o.id))) continue;
      if (a.linked.includes(b.id) || b.linked.includes(a.id)) continue;
      const label = (item: string, s: Subject) => {
        const f = s.facts.find((x) => itemOf(x) === item);
        return `${item.slice(0, item.indexOf(':'))}:${f?.toName ?? item}`;
      };
      const shared = new Set(p.shared);
      const facts = (s: Subject) => s.facts.filter((f) => shared.has(itemOf(f) ?? ''));
      out.push(
        finding({
          id: `overlap:${a.id}+${b.id}`,
          rule: 'overlap',
          severity: 'low',
          subjects: [ref(a), ref(b)],
          messageVi: `${a.name} và ${b.name} (của các cơ quan khác nhau) trùng ${p.shared.length} hạng mục: ${p.shared.map((i) => label(i, a)).join(', ')}; độ tương đồng ${p.score.toFixed(2)}.`,
          messageEn: `${a.name} and ${b.name} (different agencies) share ${p.shared.length} items: ${p.shared.map((i) => label(i, a)).join(', ')}; similarity ${p.score.toFixed(2)}.`,
          recommendationVi: 'Xem xét hợp nhất, hoặc để một hệ thống khai thác dữ liệu của hệ thống kia qua LGSP.',
          recommendationEn: 'Review: merge them, or have one take the other’s data through LGSP.',
          evidence: [
            {
              textVi: `Độ tương đồng Jaccard có trọng số (hạng mục hiếm nặng hơn) ${p.score.toFixed(2)} ≥ ${OVERLAP_THRESHOLD}; không có quan hệ khai thác, tái sử dụng hay hợp nhất giữa hai hệ thống.`,
              textEn: `Weighted Jaccard (rarer items weigh more) ${p.score.toFixed(2)} ≥ ${OVERLAP_THRESHOLD}; no USES_DATA_FROM, REUSES, MERGED_INTO or PART_OF link between them.`,
              steps: [...facts(a).map((f) => step(f.fact, a.name, f.toName)), ...facts(b).map((f) => step(f.fact, b.name, f.toName))],
            },
          ],
          reuseInstead: [],
          similarity: Math.round(p.score * 100) / 100,
          shared: p.shared.map((i) => label(i, a)),
          onlyFirst: p.onlyA.map((i) => label(i, a)),
          onlySecond: p.onlyB.map((i) => label(i, b)),
        }, a, b),
      );
    }
  }
  return out;
}

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
const isSystemLike = (s: Subject) => s.componentKind !== 'service' && s.componentKind !== 'module';

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
      const a = byId.get(p.a)!;
      const b = byId.get(p.b)!;
      if (a.linked.includes(b.id) || b.linked.includes(a.id)) continue;
      const sameOwner = a.owners.filter((o) => b.owners.some((x) => x.id === o.id));
      const sharedData = factsOf(a, 'HOLDS_DATA').filter((f) => factsOf(b, 'HOLDS_DATA').some((g) => g.to === f.to));
      if (!sameOwner.length && !sharedData.length) continue;
      const score = dice(nameTokens(a.name, a.province), nameTokens(b.name, b.province));
      const why = sameOwner.length ? { vi: 'cùng cơ quan chủ quản', en: 'same owner' } : { vi: `cùng dữ liệu ${sharedData.map((f) => f.toName).join(', ')}`, en: `same data (${sharedData.map((f) => f.toName).join(', ')})` };
      out.push(
        finding({
          id: `same-system-twice:${a.id}+${b.id}`,
          rule: 'same-system-twice',
          severity: 'low',
          subjects: [ref(a), ref(b)],
          messageVi: `“${a.name}” và “${b.name}” có thể là một hệ thống đăng ký hai lần (tên gần trùng, ${why.vi}).`,
          messageEn: `“${a.name}” and “${b.name}” are probably one system registered twice (near-identical names, ${why.en}).`,
          recommendationVi: `Đề nghị hợp nhất hai bản ghi (giữ ${a.id}, ghi ${b.id} là MERGED_INTO), hoặc ghi rõ sự khác nhau.`,
          recommendationEn: `Merge the two records (keep ${a.id}, mark ${b.id} MERGED_INTO it), or record how they differ.`,
          evidence: [
            {
              textVi: `Độ tương đồng tên (Dice trên từ đã bỏ dấu, mở rộng viết tắt) ${score.toFixed(2)} ≥ ${SAME_NAME_DICE}; ${why.vi}.`,
              textEn: `Name similarity (Dice over folded tokens, abbreviations expanded) ${score.toFixed(2)} ≥ ${SAME_NAME_DICE}; ${why.en}.`,
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
        }, a, b),
      );
    }
  }
  return out;
}

function byProvince(subjects: readonly Subject[]): Subject[][] {
  const m = new Map<string, Subject[]>();
  for (const s of subjects) {
    const k = s.province ? fold(s.province) : '';
    m.set(k, [...(m.get(k) ?? []), s]);
  }
  return [...m.values()];
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
  if (want('overlap')) all = all.concat(overlaps(subjects));
  if (want('same-system-twice')) all = all.concat(sameSystemTwice(subjects));
  return all;
}

export type { Evidence };
