/**
 * The landscape of an architecture version: every component it draws (what it INCLUDES and what
 * sits in one of its layers) placed in a layer of its overall diagram, so the picture has one band
 * per layer and as little as possible in "Khác / Other".
 *
 * Placement is computed here, at read time, and never stored: IN_LAYER propagates impact (exposure
 * LAYER), so storing guessed placements would change impact answers. The rules, in order:
 * 1. stated — an IN_LAYER to a layer of this version, as stored (its own provenance and sources).
 * 2. `landscape-successor` — a newer version that supersedes this one (and, as Quảng Ngãi 3.0 says
 *    of 2.0, "Kế thừa sơ đồ tổng thể") states it in a layer with the same key: same layer here.
 * 3. `landscape-kind` — the component's kind (a database, a platform, a data centre…) belongs in the
 *    layer the version's document describes as holding that kind (PL II of Quảng Ngãi 3.0, §4 of
 *    Quảng Nam 2.0, the reference models of the national frameworks); the layer's own quotes back
 *    it. The first layer key of KIND_LAYERS the version has wins.
 * 4. `landscape-part-of` — a module or subsystem sits where the system it is PART_OF sits (for a
 *    module this comes before its kind).
 * 5. `landscape-group` — a member of a collectively mentioned group sits where the group sits.
 * For groups themselves: stated; else `landscape-group-name`, the words of the collective mention
 * ("Các CSDL chuyên ngành" are databases) give its kind, then rule 2; else where the group it
 * belongs to sits (`landscape-group`); else `landscape-group-members`, where most of its drawn
 * members sit.
 * The kind comes before the group because collective mentions lump unlike things together ("Các
 * CSDL, hệ thống thông tin quốc gia" holds NDXP, a platform, and the national SOC); the group
 * still frames its members inside their band.
 *
 * Pure functions on rows (`placeLandscape`), so the rules are tested without Neo4j; `landscape()`
 * reads the rows in one read transaction.
 */
import type { Database } from '../db/database.js';
import { AkbError } from '../errors.js';
import type { Source } from '../model/validate.js';
import { CONNECTION_TYPES } from '../diff/architecture-diff.js';

export interface CitedSource extends Source {
  provenance: string;
}

export interface LayerRow {
  id: string;
  name: string;
  nameEn: string | null;
  order: number;
  layerKey: string;
  provenance: string;
  sources: string | null;
}

export interface MemberRow {
  id: string;
  status: string | null;
  provenance: string;
  sources: string | null;
}

export interface PlacedRow {
  id: string;
  layer: string;
  provenance: string;
  rule: string | null;
  sources: string | null;
}

interface LinkRef {
  id: string;
  provenance: string;
  sources: string | null;
}

export interface NodeFacts {
  id: string;
  kind: string;
  name: string;
  componentKind: string | null;
  level: string | null;
  abbreviations: string[];
  groups: LinkRef[];
  parts: LinkRef[];
  /** For a group: which drawn nodes are its members. */
  members: string[];
}

/** A newer version that supersedes this one, with what it states in its layers (by layer key). */
export interface SuccessorRow {
  id: string;
  name: string;
  provenance: string;
  sources: string | null;
  placed: { id: string; layerKey: string }[];
}

export interface ConnectionRow {
  type: string;
  from: string;
  to: string;
  provenance: string;
}

export type LandscapeRule =
  'landscape-successor' | 'landscape-kind' | 'landscape-part-of' | 'landscape-group' | 'landscape-group-members' | 'landscape-group-name';

export interface Placement {
  nodeId: string;
  /** Null: in no layer ("Khác"). */
  layerId: string | null;
  /** The group whose frame the node is drawn in (a drawn group placed in the same layer). */
  groupId: string | null;
  /** The INCLUDES status, when the version includes the node. */
  status: string | null;
  /** `stated` (or the stored IN_LAYER's own provenance) for rule 1; `inferred` for the others; null in no layer. */
  provenance: string | null;
  /** The stored IN_LAYER's rule for rule 1 (null when stated); the landscape rule otherwise. */
  rule: string | null;
  explanationVi: string | null;
  explanationEn: string | null;
  /** The group or system whose place was taken (rules 2, 4). */
  viaId: string | null;
  sources: CitedSource[];
}

export interface LayerSummary extends Omit<LayerRow, 'sources'> {
  sources: CitedSource[];
  /** Distinct nodes drawn in it. */
  size: number;
}

export interface Landscape {
  architectureId: string;
  layers: LayerSummary[];
  placements: Placement[];
  componentCount: number;
  statedCount: number;
  inferredCount: number;
  otherCount: number;
  otherShare: number;
  connections: ConnectionRow[];
}

/** What a kind of component is, for rule 3. */
export type KindClass = 'database' | 'application' | 'public-service' | 'platform' | 'infrastructure' | 'security' | 'network';

/**
 * For each class, the layer keys that hold it, most specific first; the first key the version has
 * wins. Keys are those of the fixtures' layers (model.ts, ArchitectureLayer.layerKey). Why each:
 * - database: "Ứng dụng và cơ sở dữ liệu" (Quảng Ngãi PL II: "các ứng dụng, CSDL như…"), "Dữ liệu"
 *   (Quảng Nam §4: "Các CSDL dùng chung, CSDL chuyên ngành"), the data reference model.
 * - application: the same band ("Ứng dụng cấp tỉnh… Ứng dụng cấp quốc gia"), "Ứng dụng" (Quảng Nam).
 * - public-service: "Dịch vụ công trực tuyến".
 * - platform, shared service: "Nền tảng số" (Quảng Nam), "Các dịch vụ chia sẻ và tích hợp" (Quảng
 *   Ngãi PL II: "các dịch vụ có thể dùng chung, chia sẻ giữa các ứng dụng"), else technology.
 * - infrastructure, network: "Hạ tầng kỹ thuật" (PL II: "mạng, thiết bị… Trung tâm dữ liệu, Cụm máy
 *   chủ… Quản lý và giám sát dịch vụ"), "Kỹ thuật - công nghệ" (Quảng Nam).
 * - security (an operations centre abbreviated SOC, a group of security systems): Quảng Ngãi puts
 *   "An toàn thông tin" inside "Hạ tầng kỹ thuật"; Quảng Nam and the frameworks have their own layer.
 */
export const KIND_LAYERS: Record<KindClass, string[]> = {
  database: ['applications-databases', 'data'],
  application: ['applications-databases', 'application'],
  'public-service': ['public-services', 'applications-databases', 'application'],
  platform: ['platform', 'integration', 'technology'],
  infrastructure: ['infrastructure', 'technology'],
  network: ['infrastructure', 'technology'],
  security: ['infrastructure', 'security', 'technology'],
};

const CLASS_LABEL: Record<KindClass, { vi: string; en: string }> = {
  database: { vi: 'cơ sở dữ liệu', en: 'a database' },
  application: { vi: 'ứng dụng, hệ thống thông tin', en: 'an application or information system' },
  'public-service': { vi: 'dịch vụ công trực tuyến', en: 'an online public service' },
  platform: { vi: 'nền tảng, dịch vụ dùng chung', en: 'a shared platform or service' },
  infrastructure: { vi: 'hạ tầng kỹ thuật', en: 'technical infrastructure' },
  network: { vi: 'mạng', en: 'a network' },
  security: { vi: 'hệ thống bảo đảm an toàn thông tin', en: 'an information-security system' },
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** The class of a node from its kind (and component kind, level, abbreviations); null for groups and kinds with no place. */
export function kindClass(n: Pick<NodeFacts, 'kind' | 'componentKind' | 'level' | 'abbreviations'>): KindClass | null {
  switch (n.kind) {
    case 'NationalDatabase':
      return 'database';
    case 'Network':
      return 'network';
    case 'SharedService':
      return 'platform';
    case 'Component':
      switch (n.componentKind) {
        case 'database':
          return 'database';
        case 'system':
        case 'application':
        case 'portal':
        case 'module':
          return 'application';
        case 'service':
          return 'public-service';
        case 'platform':
          return 'platform';
        case 'datacentre':
        case 'infrastructure':
          return 'infrastructure';
        case 'operations-centre':
          // A security operations centre (SOC) guards; a national centre is an application the province uses; an IOC runs the infrastructure.
          if (n.abbreviations.some((a) => a.toUpperCase() === 'SOC')) return 'security';
          return n.level === 'national' ? 'application' : 'infrastructure';
        default:
          return null;
      }
    default:
      return null;
  }
}

/** The class a group's name announces ("Các CSDL chuyên ngành", "Các hệ thống bảo đảm ATTT"…), or null. */
export function groupNameClass(name: string): KindClass | null {
  const f = ` ${fold(name).replace(/[^a-z0-9]+/g, ' ')} `;
  if (/ (attt|an toan thong tin|an ninh mang) /.test(f)) return 'security';
  if (/ (csdl|co so du lieu|kho du lieu) /.test(f)) return 'database';
  if (/ (dich vu cong) /.test(f)) return 'public-service';
  if (/ (nen tang) /.test(f)) return 'platform';
  if (/ (phan mem|ung dung|he thong thong tin|httt|he thong) /.test(f)) return 'application';
  if (/ (mang|ha tang) /.test(f)) return 'infrastructure';
  return null;
}

function cite(provenance: string, sources: string | null | undefined): CitedSource[] {
  const raw = sources ? (JSON.parse(sources) as Source[]) : [];
  return raw.map((s) => ({ document: s.document, section: s.section, quote: s.quote, provenance }));
}

interface Input {
  architectureId: string;
  layers: LayerRow[];
  members: MemberRow[];
  placed: PlacedRow[];
  successors?: SuccessorRow[];
  facts: Map<string, NodeFacts>;
  connections: ConnectionRow[];
}

interface Spot {
  layerId: string;
  provenance: string;
  rule: string | null;
  explanationVi: string | null;
  explanationEn: string | null;
  viaId: string | null;
  sources: CitedSource[];
}

/** Places every drawn node (pure; see the module comment for the rules). */
export function placeLandscape(input: Input): Landscape {
  const layers = [...input.layers].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const layerById = new Map(layers.map((l) => [l.id, l]));
  const layerByKey = new Map<string, LayerRow>();
  for (const l of layers) if (!layerByKey.has(l.layerKey)) layerByKey.set(l.layerKey, l);
  const status = new Map(input.members.map((m) => [m.id, m.status]));
  const drawn = [...new Set([...input.members.map((m) => m.id), ...input.placed.map((p) => p.id)])];
  const drawnSet = new Set(drawn);
  const stated = new Map<string, PlacedRow[]>();
  for (const p of input.placed) if (layerById.has(p.layer)) stated.set(p.id, [...(stated.get(p.id) ?? []), p]);
  const name = (id: string) => input.facts.get(id)?.name ?? id;
  const layerName = (l: LayerRow) => ({ vi: l.name, en: l.nameEn ?? l.name });

  const byClass = (cls: KindClass | null): LayerRow | null => {
    if (!cls) return null;
    for (const key of KIND_LAYERS[cls]) {
      const l = layerByKey.get(key);
      if (l) return l;
    }
    return null;
  };
  const kindSpot = (cls: KindClass, l: LayerRow, rule: LandscapeRule, groupName?: string): Spot => ({
    layerId: l.id,
    provenance: 'inferred',
    rule,
    explanationVi: groupName
      ? `Tên nhóm «${groupName}» cho biết đây là ${CLASS_LABEL[cls].vi}; theo mô tả của phiên bản, ${CLASS_LABEL[cls].vi} thuộc lớp «${layerName(l).vi}».`
      : `Là ${CLASS_LABEL[cls].vi}; theo mô tả của phiên bản, ${CLASS_LABEL[cls].vi} thuộc lớp «${layerName(l).vi}».`,
    explanationEn: groupName
      ? `The group's name «${groupName}» says it is ${CLASS_LABEL[cls].en}; the version's document puts that in «${layerName(l).en}».`
      : `It is ${CLASS_LABEL[cls].en}; the version's document puts that in «${layerName(l).en}».`,
    viaId: null,
    sources: cite(l.provenance, l.sources),
  });

  const memo = new Map<string, Spot[]>();
  const groupSpot = (rule: 'landscape-group' | 'landscape-part-of', via: LinkRef, parent: Spot): Spot => {
    const l = layerById.get(parent.layerId)!;
    return rule === 'landscape-group'
      ? {
          layerId: l.id,
          provenance: 'inferred',
          rule,
          explanationVi: `Thuộc nhóm «${name(via.id)}», nhóm này nằm ở lớp «${layerName(l).vi}».`,
          explanationEn: `A member of «${name(via.id)}», which sits in «${layerName(l).en}».`,
          viaId: via.id,
          sources: cite(via.provenance, via.sources),
        }
      : {
          layerId: l.id,
          provenance: 'inferred',
          rule,
          explanationVi: `Là một phần của «${name(via.id)}», thành phần này nằm ở lớp «${layerName(l).vi}».`,
          explanationEn: `Part of «${name(via.id)}», which sits in «${layerName(l).en}».`,
          viaId: via.id,
          sources: cite(via.provenance, via.sources),
        };
  };
  const statedSpots = (id: string): Spot[] =>
    (stated.get(id) ?? []).map((p) => ({
      layerId: p.layer,
      provenance: p.provenance,
      rule: p.provenance === 'stated' ? null : p.rule,
      explanationVi: null,
      explanationEn: null,
      viaId: null,
      sources: cite(p.provenance, p.sources),
    }));
  const isGroup = (id: string) => input.facts.get(id)?.kind === 'ComponentGroup';
  // Rule 2: what a superseding version states, mapped onto this version's layers with the same key.
  const successorSpots = (id: string): Spot[] => {
    const out: Spot[] = [];
    for (const s of input.successors ?? [])
      for (const p of s.placed) {
        const l = p.id === id ? layerByKey.get(p.layerKey) : undefined;
        if (!l || out.some((x) => x.layerId === l.id)) continue;
        out.push({
          layerId: l.id,
          provenance: 'inferred',
          rule: 'landscape-successor',
          explanationVi: `Phiên bản thay thế «${s.name}» kế thừa sơ đồ tổng thể và đặt thành phần này ở lớp cùng loại («${layerName(l).vi}»).`,
          explanationEn: `The superseding version «${s.name}» inherits the overall diagram and places it in the layer of the same key («${layerName(l).en}»).`,
          viaId: s.id,
          sources: cite(s.provenance, s.sources),
        });
      }
    return out;
  };

  /**
   * Where a node sits, in both phases: decided already, else stated, else (unless on a cycle or
   * not `placeable`) inherited from a superseding version, else what the phase derives.
   */
  const spotsBy =
    (derive: (f: NodeFacts, id: string, seen: Set<string>) => Spot[], placeable: (f: NodeFacts) => boolean = () => true) =>
    (id: string, seen: Set<string>): Spot[] => {
      const done = memo.get(id);
      if (done) return done;
      const own = statedSpots(id);
      if (own.length || seen.has(id)) return own;
      seen.add(id);
      const f = input.facts.get(id);
      if (!f || !placeable(f)) return [];
      const inherited = successorSpots(id);
      return inherited.length ? inherited : derive(f, id, seen);
    };

  // Phase 1, everything but groups: stated, else by kind, else part of a placed system (a module: part of first).
  const partOrKind = spotsBy(
    (f, _, seen) => {
      const cls = kindClass(f);
      const l = byClass(cls);
      const byKind = cls && l ? [kindSpot(cls, l, 'landscape-kind')] : [];
      if (byKind.length && f.componentKind !== 'module') return byKind;
      for (const part of f.parts) {
        const parent = partOrKind(part.id, seen)[0];
        if (parent) return [groupSpot('landscape-part-of', part, parent)];
      }
      return byKind;
    },
    (f) => f.kind !== 'ComponentGroup',
  );
  for (const id of drawn) if (!isGroup(id)) memo.set(id, partOrKind(id, new Set()));

  // Phase 2, groups: stated, else by the words of their name, else where their own group sits, else where most members sit.
  const groupSpots: (id: string, seen: Set<string>) => Spot[] = spotsBy((f, id, seen) => {
    const cls = groupNameClass(f.name);
    const byName = byClass(cls);
    if (cls && byName) return [kindSpot(cls, byName, 'landscape-group-name', f.name)];
    for (const g of f.groups) {
      const parent = groupSpots(g.id, seen)[0];
      if (parent) return [groupSpot('landscape-group', g, parent)];
    }
    const count = new Map<string, number>();
    for (const m of f.members) {
      const first = m === id || isGroup(m) ? undefined : memo.get(m)?.[0];
      if (first) count.set(first.layerId, (count.get(first.layerId) ?? 0) + 1);
    }
    const best = [...count.entries()].sort((a, b) => b[1] - a[1] || layerById.get(a[0])!.order - layerById.get(b[0])!.order)[0];
    if (best) {
      const l = layerById.get(best[0])!;
      return [
        {
          layerId: l.id,
          provenance: 'inferred',
          rule: 'landscape-group-members',
          explanationVi: `${best[1]} thành viên của nhóm nằm ở lớp «${layerName(l).vi}».`,
          explanationEn: `${best[1]} of the group's members sit in «${layerName(l).en}».`,
          viaId: null,
          sources: cite(l.provenance, l.sources),
        },
      ];
    }
    return [];
  });
  for (const id of input.facts.keys()) if (isGroup(id)) memo.set(id, groupSpots(id, new Set()));

  // Phase 3, what is still in no layer: where its group sits, else where the system it is part of sits.
  for (const id of drawn) {
    if (memo.get(id)?.length) continue;
    const f = input.facts.get(id);
    if (!f) continue;
    let found: Spot | null = null;
    for (const g of f.groups) {
      const parent = memo.get(g.id)?.[0];
      if (parent) {
        found = groupSpot('landscape-group', g, parent);
        break;
      }
    }
    for (const part of found ? [] : f.parts) {
      const parent = memo.get(part.id)?.[0];
      if (parent) {
        found = groupSpot('landscape-part-of', part, parent);
        break;
      }
    }
    if (found) memo.set(id, [found]);
  }
  const spots = (id: string) => memo.get(id) ?? [];

  const placements: Placement[] = [];
  let statedCount = 0;
  let inferredCount = 0;
  let otherCount = 0;
  for (const id of drawn) {
    const s = spots(id);
    if (!s.length) {
      otherCount++;
      placements.push({
        nodeId: id,
        layerId: null,
        groupId: null,
        status: status.get(id) ?? null,
        provenance: null,
        rule: null,
        explanationVi: null,
        explanationEn: null,
        viaId: null,
        sources: [],
      });
      continue;
    }
    if (s.some((x) => x.rule === null || !x.rule.startsWith('landscape-'))) statedCount++;
    else inferredCount++;
    const seen = new Set<string>();
    for (const x of s) {
      if (seen.has(x.layerId)) continue;
      seen.add(x.layerId);
      placements.push({ nodeId: id, groupId: frameOf(id, x.layerId), status: status.get(id) ?? null, ...x });
    }
  }

  // The frame a node is drawn in: its nearest drawn group (following memberships upwards) placed in the same layer.
  function frameOf(id: string, layerId: string): string | null {
    const queue = [...(input.facts.get(id)?.groups ?? []).map((g) => g.id)];
    const seen = new Set<string>([id]);
    while (queue.length) {
      const g = queue.shift()!;
      if (seen.has(g)) continue;
      seen.add(g);
      if (drawnSet.has(g) && (memo.get(g) ?? []).some((s) => s.layerId === layerId)) return g;
      for (const up of input.facts.get(g)?.groups ?? []) queue.push(up.id);
    }
    return null;
  }

  const sizeOf = new Map<string, Set<string>>();
  for (const p of placements) if (p.layerId) (sizeOf.get(p.layerId) ?? sizeOf.set(p.layerId, new Set()).get(p.layerId)!).add(p.nodeId);
  const componentCount = drawn.length;
  return {
    architectureId: input.architectureId,
    layers: layers.map((l) => ({
      id: l.id,
      name: l.name,
      nameEn: l.nameEn,
      order: l.order,
      layerKey: l.layerKey,
      provenance: l.provenance,
      sources: cite(l.provenance, l.sources),
      size: sizeOf.get(l.id)?.size ?? 0,
    })),
    placements,
    componentCount,
    statedCount,
    inferredCount,
    otherCount,
    otherShare: componentCount ? otherCount / componentCount : 0,
    connections: input.connections.filter((c) => drawnSet.has(c.from) && drawnSet.has(c.to) && c.from !== c.to),
  };
}

/** Memberships are followed upwards this far when gathering the groups rule 4 may read. */
const GROUP_LEVELS = 4;

/** The landscape of one version: the named queries in one read transaction, then `placeLandscape`. */
export async function landscape(db: Database, id: string): Promise<Landscape> {
  return db.readTransaction(async (tx) => {
    const [v] = (await tx.run('landscape/version', { id })) as unknown as {
      kind: string | null;
      layers: LayerRow[];
      members: MemberRow[];
      placed: PlacedRow[];
      successors: SuccessorRow[];
    }[];
    if (!v || v.kind === null)
      throw new AkbError('NOT_FOUND', `architectureLandscape: no node has the id "${id}"`, [
        { where: 'id', message: 'no node has this id', messageVi: 'không có nút nào với mã này', value: id },
      ]);
    if (v.kind !== 'Architecture')
      throw new AkbError('VALIDATION_FAILED', `architectureLandscape: "${id}" is a ${v.kind}, not an Architecture`, [
        { where: 'id', message: `is a ${v.kind}, not an Architecture`, messageVi: 'không phải là một Kiến trúc', value: id },
      ]);
    const drawn = [...new Set([...v.members.map((m) => m.id), ...v.placed.map((p) => p.id)])];
    const facts = new Map<string, NodeFacts>();
    let next = drawn;
    for (let level = 0; level <= GROUP_LEVELS && next.length; level++) {
      const rows = (await tx.run('landscape/nodes', { ids: next, drawn })) as unknown as NodeFacts[];
      for (const r of rows) facts.set(r.id, r);
      next = [...new Set(rows.flatMap((r) => [...r.groups, ...r.parts].map((g) => g.id)))].filter((g) => !facts.has(g));
    }
    const connections = drawn.length ? ((await tx.run('diff/member-links', { ids: drawn, types: CONNECTION_TYPES })) as unknown as ConnectionRow[]) : [];
    return placeLandscape({ architectureId: id, layers: v.layers, members: v.members, placed: v.placed, successors: v.successors, facts, connections });
  });
}
