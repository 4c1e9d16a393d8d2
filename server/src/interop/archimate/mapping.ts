/**
 * How ArchiMate and akb meet, declared once and read both ways: which ArchiMate element types are
 * which akb kinds, which ArchiMate type a kind exports as, and which ArchiMate relationship reads
 * as which akb relationship. Relationship rules name the ArchiMate element types they hold between,
 * taken from Archi's relationship table (com.archimatetool.model/model/relationships.xml), so an
 * export only writes relationships Archi accepts; everything else exports as an Association.
 */
import { REL_BY_TYPE } from '../../model/model.js';
import type { NodeRecord } from '../../model/validate.js';
import type { ArchimateElementType as T, ArchimateRelationshipType } from '../../model/archimate-vocabulary.js';

/** An ArchiMate element type that has an akb kind, and the properties the type settles. */
export interface KindMapping {
  type: T;
  kind: string;
  props: Record<string, string>;
}

export const ELEMENT_KINDS: readonly KindMapping[] = [
  { type: 'BusinessActor', kind: 'Agency', props: {} },
  { type: 'ApplicationComponent', kind: 'Component', props: { componentKind: 'system' } },
  { type: 'Node', kind: 'Component', props: { componentKind: 'infrastructure' } },
  { type: 'Device', kind: 'Component', props: { componentKind: 'infrastructure' } },
  { type: 'SystemSoftware', kind: 'Component', props: { componentKind: 'infrastructure' } },
  { type: 'ApplicationService', kind: 'SharedService', props: {} },
  { type: 'DataObject', kind: 'DataDomain', props: { domainType: 'data-subject' } },
  { type: 'CommunicationNetwork', kind: 'Network', props: {} },
];
export const KIND_OF_TYPE: ReadonlyMap<string, KindMapping> = new Map(ELEMENT_KINDS.map((m) => [m.type, m]));

/** The ArchiMate type a node of each kind exports as, unless it keeps the type it was imported with. */
export const KIND_ELEMENT_TYPES: Readonly<Record<string, T>> = {
  Architecture: 'Plateau',
  Plan: 'WorkPackage',
  LegalDocument: 'Constraint',
  Agency: 'BusinessActor',
  AgencyGroup: 'BusinessCollaboration',
  Component: 'ApplicationComponent',
  NationalDatabase: 'ApplicationComponent',
  ComponentGroup: 'Grouping',
  DataDomain: 'DataObject',
  ArchitectureLayer: 'Grouping',
  SharedService: 'ApplicationService',
  Network: 'CommunicationNetwork',
  Task: 'WorkPackage',
  Indicator: 'Outcome',
  AppraisalRule: 'Principle',
};
/** Components whose componentKind has a closer ArchiMate type than ApplicationComponent. */
export const COMPONENT_KIND_TYPES: Readonly<Record<string, T>> = { infrastructure: 'Node', datacentre: 'Node', service: 'BusinessService' };

/** The ArchiMate type a node exports as when it carries no archimateType of its own. */
export function defaultElementType(n: Pick<NodeRecord, 'kind'> & Record<string, unknown>): T {
  if (n.kind === 'Component') return COMPONENT_KIND_TYPES[n.componentKind as string] ?? 'ApplicationComponent';
  return KIND_ELEMENT_TYPES[n.kind] ?? 'Grouping';
}

export const elementTypeOf = (n: NodeRecord): T => (typeof n.archimateType === 'string' ? (n.archimateType as T) : defaultElementType(n));

/**
 * An ArchiMate relationship read as an akb relationship. `reversed`: the akb relationship points
 * from the ArchiMate target to the ArchiMate source (a Serving relationship points at the
 * consumer; USES_SERVICE points at the service). `source`/`target` are the ArchiMate element
 * types, in ArchiMate's direction, the rule holds between; absent means any.
 */
export interface RelationshipRule {
  archimate: ArchimateRelationshipType;
  akb: string;
  reversed: boolean;
  source?: readonly T[];
  target?: readonly T[];
  /** Access relationships: the access types that mean this akb relationship when importing. */
  accessTypes?: readonly string[];
}

const APPLICATION: readonly T[] = ['ApplicationComponent'];
const TECHNOLOGY: readonly T[] = ['Node', 'Device', 'SystemSoftware'];
const SYSTEMS: readonly T[] = [...APPLICATION, ...TECHNOLOGY];

/** In order: importing takes the first rule whose types and akb kinds fit. */
export const RELATIONSHIP_RULES: readonly RelationshipRule[] = [
  { archimate: 'Serving', akb: 'USES_SERVICE', reversed: true, source: ['ApplicationService'], target: [...SYSTEMS, 'Grouping'] },
  { archimate: 'Serving', akb: 'CONNECTED_OVER', reversed: true, source: ['CommunicationNetwork'], target: [...SYSTEMS, 'Grouping', 'CommunicationNetwork'] },
  { archimate: 'Serving', akb: 'HOSTED_ON', reversed: true, source: TECHNOLOGY, target: [...SYSTEMS, 'Grouping'] },
  { archimate: 'Serving', akb: 'CONNECTS_TO', reversed: true, source: APPLICATION, target: [...APPLICATION, 'Grouping'] },
  { archimate: 'Serving', akb: 'INTEGRATES_VIA', reversed: true, source: APPLICATION, target: [...APPLICATION, 'Grouping'] },
  { archimate: 'Realization', akb: 'PROVIDED_BY', reversed: true, source: SYSTEMS, target: ['ApplicationService'] },
  { archimate: 'Flow', akb: 'USES_DATA_FROM', reversed: true, source: SYSTEMS, target: [...SYSTEMS, 'Grouping'] },
  { archimate: 'Access', akb: 'HOLDS_DATA', reversed: false, source: SYSTEMS, target: ['DataObject'], accessTypes: ['Write', 'ReadWrite'] },
  { archimate: 'Composition', akb: 'PART_OF', reversed: true, source: APPLICATION, target: APPLICATION },
  { archimate: 'Composition', akb: 'PART_OF', reversed: true, source: TECHNOLOGY, target: TECHNOLOGY },
  { archimate: 'Aggregation', akb: 'INCLUDES', reversed: false, source: ['Plateau'] },
  { archimate: 'Aggregation', akb: 'LAYER_OF', reversed: true, source: ['Plateau'], target: ['Grouping'] },
  { archimate: 'Aggregation', akb: 'IN_LAYER', reversed: true, source: ['Grouping'] },
  { archimate: 'Aggregation', akb: 'MEMBER_OF_GROUP', reversed: true, source: ['Grouping'] },
];

const fits = (types: readonly T[] | undefined, t: string) => !types || types.includes(t as T);

export interface ArchimateReading {
  type: ArchimateRelationshipType;
  reversed: boolean;
}

/** Export: how an akb relationship between nodes of these ArchiMate types is written. */
export function archimateReading(akbType: string, fromType: string, toType: string): ArchimateReading {
  for (const r of RELATIONSHIP_RULES) {
    if (r.akb !== akbType) continue;
    const [s, t] = r.reversed ? [toType, fromType] : [fromType, toType];
    if (fits(r.source, s) && fits(r.target, t)) return { type: r.archimate, reversed: r.reversed };
  }
  return { type: 'Association', reversed: false };
}

export interface AkbReading {
  akb: string;
  reversed: boolean;
}

/**
 * Import: the akb relationship an ArchiMate relationship reads as, given the ArchiMate types and
 * akb kinds at both ends; undefined when none fits (it is then kept as RELATED_TO).
 * `given` lists akb properties the file supplies (INCLUDES needs its status).
 */
export function akbReading(
  rel: { type: string; accessType?: string },
  source: { type: string; kind: string },
  target: { type: string; kind: string },
  given: ReadonlySet<string>,
): AkbReading | undefined {
  for (const r of RELATIONSHIP_RULES) {
    if (r.archimate !== rel.type || !fits(r.source, source.type) || !fits(r.target, target.type)) continue;
    if (r.accessTypes && !r.accessTypes.includes(rel.accessType ?? 'Access')) continue;
    const [from, to] = r.reversed ? [target, source] : [source, target];
    const spec = REL_BY_TYPE.get(r.akb)!;
    if (!spec.from.includes(from.kind) || !spec.to.includes(to.kind)) continue;
    if (Object.entries(spec.props ?? {}).some(([p, s]) => s.required && !given.has(p))) continue;
    return { akb: r.akb, reversed: r.reversed };
  }
  return undefined;
}

/** Import of a file akb wrote: the direction of the akb relationship its `akb:type` property names. */
export function readingOfAkbType(archimateType: string, akbType: string): AkbReading | undefined {
  if (akbType === 'RELATED_TO' || (archimateType === 'Association' && REL_BY_TYPE.has(akbType))) return { akb: akbType, reversed: false };
  const rule = RELATIONSHIP_RULES.find((r) => r.archimate === archimateType && r.akb === akbType);
  return rule && { akb: rule.akb, reversed: rule.reversed };
}
