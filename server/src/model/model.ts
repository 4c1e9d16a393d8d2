/**
 * The akb model, declared once: every node kind, its properties, and every relationship type with
 * its direction, the kinds it may join, the GraphQL names of both readings, and whether impact
 * propagates along it. The fixture loader, the mutations, the GraphQL schema checks and the web
 * client all read this file; nothing else declares a kind or a relationship.
 *
 * Direction convention: a propagating relationship always points from the dependent to its
 * dependency ("HTTT giải quyết TTHC -INTEGRATES_VIA-> LGSP"), so "who is hit if X fails" walks
 * such edges backwards from X and "what does X need" walks them forwards.
 */

import { ARCHIMATE_ELEMENT_TYPES, ARCHIMATE_RELATIONSHIP_TYPES } from '../interop/archimate/vocabulary.js';

export const PROVENANCES = ['stated', 'inferred', 'external', 'example'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;

/** Property value types the model knows; all map to Neo4j scalar or list properties. */
export type PropType = 'string' | 'string[]' | 'int' | 'boolean';

export interface PropSpec {
  type: PropType;
  required?: boolean;
  /** Closed set of allowed values (for strings and string lists). */
  values?: readonly string[];
  /** Shown only to appraisers and above (a system's security posture). */
  sensitive?: boolean;
  description: string;
}

export interface KindSpec {
  /** Neo4j label and GraphQL type name. */
  name: string;
  /** Prefix of every id of this kind: `<prefix>:<slug>`. */
  idPrefix: string;
  description: string;
  descriptionVi: string;
  props: Record<string, PropSpec>;
}

export const LEVELS = ['national', 'province', 'district', 'commune', 'sector'] as const;

export const COMPONENT_KINDS = [
  'system', // an information system (HTTT)
  'platform', // a shared platform (LGSP, NDXP, Nền tảng định danh…)
  'portal', // a portal (Cổng TTĐT, Cổng DVC…)
  'database', // a database that is not a national database (CSDL chuyên ngành…)
  'datacentre', // a data centre (Trung tâm dữ liệu)
  'operations-centre', // IOC, SOC
  'application', // a departmental or sector application
  'infrastructure', // other technical infrastructure (servers, devices)
  'service', // an online public service (DVC trực tuyến)
  'module', // a module of a larger system (PART_OF it), e.g. its own login or payment module
] as const;

/** Where a component runs; appraisal rule 4 (§6.a, §6.b of Quảng Nam 2.0) reads it. */
export const HOSTINGS = ['provincial-datacentre', 'national-datacentre', 'outside'] as const;

export const SEVERITIES = ['high', 'medium', 'low'] as const;

export const INCLUDE_STATUSES = ['existing', 'upgrade', 'new', 'merged', 'reference'] as const;

/** Properties every node carries, whatever its kind. */
export const COMMON_PROPS: Record<string, PropSpec> = {
  id: { type: 'string', required: true, description: 'Stable id, `<prefix>:<slug>`.' },
  name: { type: 'string', required: true, description: 'Vietnamese name exactly as the document writes it (NFC).' },
  nameEn: { type: 'string', description: 'English gloss.' },
  abbreviations: { type: 'string[]', description: 'Abbreviations (LGSP, CSDL, TTHC…).' },
  aliases: { type: 'string[]', description: 'Every other surface form, typos included.' },
  province: { type: 'string', description: 'Province the node belongs to, when it belongs to one.' },
  description: { type: 'string', description: 'Free text from or about the documents.' },
  // What an ArchiMate exchange file said that akb has no field for, so an export gives it back.
  archimateType: { type: 'string', values: ARCHIMATE_ELEMENT_TYPES, description: 'ArchiMate element type it was imported from (Device, SystemSoftware…), kept when it is not the type its kind exports as; an export writes it.' },
  archimateId: { type: 'string', description: 'Identifier of the element in the ArchiMate file it was imported from, kept when it is not derived from the id; an export reuses it.' },
  archimateProperties: { type: 'string', description: 'ArchiMate properties of the element, as JSON: property name → value (or a list of {lang, text} when several values or another language).' },
  archimateTexts: { type: 'string', description: 'Every ArchiMate name and documentation of the element with its language (xml:lang), as JSON {name: [{lang, text}], documentation: [...]}, so other languages survive.' },
  folder: { type: 'string[]', description: 'Folder path of the element in the ArchiMate model (organizations), top folder first.' },
};

export const KINDS: readonly KindSpec[] = [
  {
    name: 'Architecture',
    idPrefix: 'arch',
    description: 'A versioned e-government architecture, provincial or a national framework.',
    descriptionVi: 'Kiến trúc Chính quyền điện tử (một phiên bản), của tỉnh hoặc khung quốc gia.',
    props: {
      version: { type: 'string', required: true, description: 'Version as written: "2.0", "3.0".' },
      level: { type: 'string', required: true, values: LEVELS, description: 'national | province | commune.' },
      issuedOn: { type: 'string', description: 'Date issued, ISO yyyy-mm-dd.' },
    },
  },
  {
    name: 'Plan',
    idPrefix: 'plan',
    description: 'An implementation plan of an architecture or of digital government.',
    descriptionVi: 'Kế hoạch triển khai.',
    props: {
      period: { type: 'string', description: 'Period as written: "2026-2030".' },
      level: { type: 'string', values: LEVELS, description: 'province | commune.' },
      issuedOn: { type: 'string', description: 'Date issued, ISO yyyy-mm-dd.' },
    },
  },
  {
    name: 'LegalDocument',
    idPrefix: 'law',
    description: 'A law, decree, decision, resolution, circular or official letter cited.',
    descriptionVi: 'Văn bản quy phạm pháp luật, quyết định, văn bản được viện dẫn.',
    props: {
      number: { type: 'string', description: 'Number and symbol as written, e.g. "2568/QĐ-BTTTT".' },
      docType: { type: 'string', description: 'Luật, Nghị định, Quyết định, Nghị quyết, Thông tư, Văn bản, Kế hoạch…' },
      issuedOn: { type: 'string', description: 'Date issued, ISO yyyy-mm-dd.' },
    },
  },
  {
    name: 'Agency',
    idPrefix: 'agency',
    description: 'A concrete body: ministry, department, police, office, commune, enterprise, press.',
    descriptionVi: 'Cơ quan, đơn vị cụ thể.',
    props: {
      level: { type: 'string', values: LEVELS, description: 'national | province | commune | sector.' },
      agencyType: { type: 'string', description: 'ministry, department, committee, police, office, commune, enterprise, press, steering-committee, other.' },
    },
  },
  {
    name: 'AgencyGroup',
    idPrefix: 'agencies',
    description: 'A collective actor: "Các sở, ban, ngành", "UBND các xã, phường, đặc khu".',
    descriptionVi: 'Nhóm cơ quan được nêu chung.',
    props: {
      level: { type: 'string', values: LEVELS, description: 'Level of its members.' },
    },
  },
  {
    name: 'Component',
    idPrefix: 'component',
    description: 'An information system, platform, portal, database, data centre or operations centre.',
    descriptionVi: 'Hệ thống thông tin, nền tảng, cổng, CSDL, trung tâm dữ liệu, trung tâm điều hành.',
    props: {
      componentKind: { type: 'string', required: true, values: COMPONENT_KINDS, description: 'What sort of component.' },
      level: { type: 'string', required: true, values: LEVELS, description: 'national | province | commune | sector.' },
      hosting: { type: 'string', values: HOSTINGS, description: 'Where it runs, when known: provincial-datacentre | national-datacentre | outside.' },
      hostingReason: { type: 'string', description: 'Why it runs outside the data centre, when it does (the stated exception).' },
      securityLevel: { type: 'int', sensitive: true, description: 'Security level (cấp độ an toàn hệ thống thông tin, 1–5) when known; visible to appraisers and above.' },
    },
  },
  {
    name: 'NationalDatabase',
    idPrefix: 'ndb',
    description: 'A national database (CSDL quốc gia), authoritative for some data subjects.',
    descriptionVi: 'Cơ sở dữ liệu quốc gia.',
    props: {
      level: { type: 'string', values: LEVELS, description: 'Always national.' },
    },
  },
  {
    name: 'ComponentGroup',
    idPrefix: 'group',
    description: 'A collective mention of components ("các HTTT, CSDL cấp quốc gia").',
    descriptionVi: 'Nhóm thành phần được nêu chung.',
    props: {
      level: { type: 'string', values: LEVELS, description: 'Level of its members.' },
    },
  },
  {
    name: 'DataDomain',
    idPrefix: 'domain',
    description: 'A reference data domain (five of them) or a finer data subject (citizens, businesses, land…).',
    descriptionVi: 'Miền dữ liệu tham chiếu hoặc chủ thể dữ liệu.',
    props: {
      domainType: { type: 'string', required: true, values: ['reference-domain', 'data-subject'], description: 'One of the five reference domains, or a data subject.' },
    },
  },
  {
    name: 'ArchitectureLayer',
    idPrefix: 'layer',
    description: "A component of an architecture's overall diagram (users, channels, portal, …), ordered top to bottom.",
    descriptionVi: 'Thành phần (lớp) của sơ đồ tổng thể.',
    props: {
      order: { type: 'int', required: true, description: 'Position from the top of the diagram, 1-based.' },
      layerKey: { type: 'string', required: true, description: 'users, channels, portal, public-services, applications-databases, integration, infrastructure, governance, security, business, data, application, technology…' },
    },
  },
  {
    name: 'SharedService',
    idPrefix: 'service',
    description: 'A capability shared platforms provide: SSO, e-payment, digital signature, data sharing…',
    descriptionVi: 'Dịch vụ dùng chung do nền tảng cung cấp.',
    props: {
      capability: { type: 'string', required: true, description: 'Stable key: sso, e-payment, digital-signature, data-sharing, notification, e-forms, e-identity, …' },
    },
  },
  {
    name: 'Network',
    idPrefix: 'network',
    description: 'A network: TSLCD (specialised data network), WAN, Internet.',
    descriptionVi: 'Mạng truyền dẫn.',
    props: {
      level: { type: 'string', values: LEVELS, description: 'national | province.' },
    },
  },
  {
    name: 'Task',
    idPrefix: 'task',
    description: 'A task of a plan or architecture annex: code, text, lead, coordinators, result, timeline.',
    descriptionVi: 'Nhiệm vụ.',
    props: {
      code: { type: 'string', required: true, description: 'Number as the table gives it ("6", "II.3", or a made-up "unnumbered-1" stated as such).' },
      text: { type: 'string', required: true, description: 'Task text as written.' },
      results: { type: 'string', description: 'Expected result / product as written.' },
      timeline: { type: 'string', description: 'Timeline as written.' },
      area: { type: 'string', description: 'Heading the task sits under in its table.' },
      order: { type: 'int', required: true, description: 'Row order in its table, 1-based.' },
    },
  },
  {
    name: 'Indicator',
    idPrefix: 'indicator',
    description: 'A target of a plan: text, target value, period, lead and implementers.',
    descriptionVi: 'Chỉ tiêu.',
    props: {
      code: { type: 'string', required: true, description: 'Number as the table gives it ("I.2.3").' },
      text: { type: 'string', required: true, description: 'Indicator text as written.' },
      target: { type: 'string', description: 'Target value as written.' },
      period: { type: 'string', description: 'Period as written.' },
      area: { type: 'string', description: 'Heading the indicator sits under.' },
      order: { type: 'int', required: true, description: 'Row order in its table, 1-based.' },
    },
  },
  {
    name: 'AppraisalRule',
    idPrefix: 'rule',
    description: 'A rule project proposals and the catalogue are appraised against, with its citation.',
    descriptionVi: 'Quy tắc thẩm định sự phù hợp với kiến trúc.',
    props: {
      code: { type: 'string', required: true, description: 'Stable key of the check: rebuilds-national-data, reimplements-shared-service, bypasses-lgsp, …' },
      order: { type: 'int', required: true, description: 'The rule’s number in akb’s list (its order in §6), 1-based.' },
      text: { type: 'string', required: true, description: 'The rule in Vietnamese, as the document states it.' },
      summaryEn: { type: 'string', required: true, description: 'English summary of the rule.' },
      severity: { type: 'string', required: true, values: SEVERITIES, description: 'high (do not fund / do not approve as is) | medium (condition) | low (for review).' },
      checks: { type: 'string', required: true, description: 'What the check looks at in the graph or in a proposal.' },
      appliesTo: { type: 'string', required: true, values: ['catalogue', 'proposal', 'both'], description: 'Whether it runs over the catalogue, on proposals, or both.' },
    },
  },
  {
    name: 'Element',
    idPrefix: 'element',
    description: 'An ArchiMate element with no akb equivalent (a process, a role, a principle…), kept with its type so nothing imported is lost.',
    descriptionVi: 'Phần tử ArchiMate không có loại tương ứng trong akb, giữ nguyên loại ArchiMate.',
    props: {
      archimateType: { type: 'string', required: true, values: ARCHIMATE_ELEMENT_TYPES, description: 'ArchiMate element type (BusinessProcess, Principle…).' },
    },
  },
];

export interface RelSpec {
  /** Neo4j relationship type. */
  type: string;
  from: readonly string[];
  to: readonly string[];
  /** GraphQL field on the `from` node. */
  forward: string;
  /** GraphQL field on the `to` node. */
  reverse: string;
  /** Impact propagates along it (dependent → dependency). */
  propagates: boolean;
  /** How a node reached through it is exposed: a direct dependency, through a group, or through its layer. */
  exposure?: 'GROUP' | 'LAYER';
  props?: Record<string, PropSpec>;
  description: string;
}

const SYSTEMS = ['Component', 'NationalDatabase'] as const;
const SYSTEMS_AND_GROUPS = ['Component', 'NationalDatabase', 'ComponentGroup'] as const;
const ACTORS = ['Agency', 'AgencyGroup'] as const;
const DOCS = ['Architecture', 'Plan', 'LegalDocument'] as const;
/** The integration platform an exchange goes through; absent means point-to-point (appraisal rule 3). */
const VIA: PropSpec = { type: 'string', description: 'Id of the integration platform (LGSP, NDXP…) the exchange goes through; absent when point-to-point.' };
const TARGETABLE = ['Component', 'NationalDatabase', 'ComponentGroup', 'Network', 'SharedService', 'DataDomain', 'Architecture'] as const;
const ALL_KINDS = KINDS.map((k) => k.name);

export const RELATIONSHIPS: readonly RelSpec[] = [
  // Impact-propagating: dependent → dependency.
  { type: 'CONNECTS_TO', from: SYSTEMS_AND_GROUPS, to: SYSTEMS_AND_GROUPS, forward: 'connectsTo', reverse: 'connectedFrom', propagates: true, props: { via: VIA }, description: 'Connected to, exchanges data with (dependent → dependency).' },
  { type: 'INTEGRATES_VIA', from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer'], to: SYSTEMS, forward: 'integratesVia', reverse: 'integrationHubFor', propagates: true, description: 'Integrates through an integration platform (LGSP, NDXP…).' },
  { type: 'USES_DATA_FROM', from: SYSTEMS_AND_GROUPS, to: SYSTEMS_AND_GROUPS, forward: 'usesDataFrom', reverse: 'feeds', propagates: true, props: { via: VIA }, description: 'Takes data from (its reverse reading: feeds).' },
  { type: 'USES_SERVICE', from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer'], to: ['SharedService'], forward: 'usesServices', reverse: 'usedBy', propagates: true, description: 'Uses a shared service.' },
  { type: 'PROVIDED_BY', from: ['SharedService'], to: [...SYSTEMS_AND_GROUPS], forward: 'providedBy', reverse: 'providesServices', propagates: true, description: 'A shared service is provided by a platform.' },
  { type: 'HOSTED_ON', from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer'], to: ['Component'], forward: 'hostedOn', reverse: 'hosts', propagates: true, description: 'Runs in a data centre or on infrastructure.' },
  { type: 'CONNECTED_OVER', from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer', 'Network'], to: ['Network'], forward: 'connectedOver', reverse: 'carries', propagates: true, description: 'Reached over a network (TSLCD, WAN).' },
  { type: 'PART_OF', from: SYSTEMS, to: SYSTEMS, forward: 'partOf', reverse: 'parts', propagates: true, description: 'A module or subsystem of a larger system.' },
  { type: 'REUSES', from: SYSTEMS, to: [...SYSTEMS, 'SharedService'], forward: 'reuses', reverse: 'reusedBy', propagates: true, description: 'Reuses rather than rebuilds.' },
  { type: 'DELIVERED_BY', from: ['Component'], to: SYSTEMS, forward: 'deliveredBy', reverse: 'delivers', propagates: true, description: 'An online public service delivered by a system.' },
  { type: 'MEMBER_OF_GROUP', from: SYSTEMS_AND_GROUPS, to: ['ComponentGroup'], forward: 'memberOfGroups', reverse: 'members', propagates: true, exposure: 'GROUP', description: 'A member of a collectively mentioned group.' },
  { type: 'IN_LAYER', from: [...SYSTEMS_AND_GROUPS, 'Network'], to: ['ArchitectureLayer'], forward: 'layers', reverse: 'layerMembers', propagates: true, exposure: 'LAYER', description: 'Placed in a layer of an overall diagram.' },
  // Architecture and plans.
  { type: 'INCLUDES', from: ['Architecture'], to: [...SYSTEMS_AND_GROUPS, 'Network', 'SharedService'], forward: 'includes', reverse: 'includedIn', propagates: false, props: { status: { type: 'string', required: true, values: INCLUDE_STATUSES, description: 'existing | upgrade | new | merged | reference.' } }, description: 'A version of the architecture includes the component, with a status.' },
  { type: 'LAYER_OF', from: ['ArchitectureLayer'], to: ['Architecture'], forward: 'architecture', reverse: 'diagramLayers', propagates: false, description: 'A layer of this architecture’s overall diagram.' },
  { type: 'MERGED_INTO', from: SYSTEMS, to: SYSTEMS, forward: 'mergedInto', reverse: 'mergedFrom', propagates: false, description: 'Merged into another component.' },
  { type: 'SUCCEEDED_BY', from: [...SYSTEMS, 'Agency'], to: [...SYSTEMS, 'Agency'], forward: 'succeededBy', reverse: 'succeeds', propagates: false, description: 'Renamed or replaced by.' },
  { type: 'SUPERSEDES', from: ['Architecture', 'LegalDocument'], to: ['Architecture', 'LegalDocument'], forward: 'supersedes', reverse: 'supersededBy', propagates: false, description: 'A newer version replaces an older one.' },
  { type: 'CONFORMS_TO', from: ['Architecture', 'Plan'], to: ['Architecture'], forward: 'conformsTo', reverse: 'conformingArchitectures', propagates: false, description: 'Built on a national framework.' },
  { type: 'IMPLEMENTS', from: ['Plan'], to: ['Architecture', 'Plan', 'LegalDocument'], forward: 'implements', reverse: 'implementedBy', propagates: false, description: 'A plan implements an architecture.' },
  { type: 'APPROVED_BY', from: ['Architecture', 'Plan'], to: ['LegalDocument'], forward: 'approvedBy', reverse: 'approves', propagates: false, description: 'Issued or approved by a decision.' },
  { type: 'BASED_ON', from: DOCS, to: ['LegalDocument'], forward: 'basedOn', reverse: 'basisFor', propagates: false, description: 'Cites ("Căn cứ…") a legal document.' },
  { type: 'AMENDS', from: ['LegalDocument'], to: ['LegalDocument'], forward: 'amends', reverse: 'amendedBy', propagates: false, description: 'Amends another legal document.' },
  { type: 'ISSUED_BY', from: DOCS, to: ACTORS, forward: 'issuedBy', reverse: 'issued', propagates: false, description: 'Issued by an agency.' },
  { type: 'ORGANISES_DATA_BY', from: ['Architecture'], to: ['DataDomain'], forward: 'dataDomains', reverse: 'organisesArchitectures', propagates: false, description: 'The architecture’s data model is organised by this reference domain.' },
  { type: 'CITES', from: ['Task', 'Component', 'NationalDatabase', 'Indicator'], to: ['LegalDocument'], forward: 'cites', reverse: 'citedBy', propagates: false, description: 'Names a legal or guidance document it rests on.' },
  // Agencies.
  { type: 'OWNED_BY', from: [...SYSTEMS_AND_GROUPS, 'Network', 'SharedService'], to: ACTORS, forward: 'ownedBy', reverse: 'owns', propagates: false, description: 'Owned, built or managed by an agency (chủ quản).' },
  { type: 'OPERATED_BY', from: [...SYSTEMS_AND_GROUPS, 'Network'], to: ACTORS, forward: 'operatedBy', reverse: 'operates', propagates: false, description: 'Operated by an agency.' },
  { type: 'MEMBER_OF', from: ['Agency'], to: ['AgencyGroup'], forward: 'memberOf', reverse: 'memberAgencies', propagates: false, description: 'An agency belongs to a collective actor.' },
  { type: 'SUBORDINATE_TO', from: ['Agency'], to: ['Agency'], forward: 'subordinateTo', reverse: 'subordinates', propagates: false, description: 'Under another agency.' },
  // Tasks and indicators.
  { type: 'LISTED_IN', from: ['Task', 'Indicator'], to: ['Architecture', 'Plan'], forward: 'listedIn', reverse: 'listed', propagates: false, description: 'A task or indicator of this plan or architecture.' },
  { type: 'LED_BY', from: ['Task', 'Indicator'], to: ACTORS, forward: 'lead', reverse: 'led', propagates: false, description: 'Lead agency (chủ trì).' },
  { type: 'COORDINATED_WITH', from: ['Task'], to: ACTORS, forward: 'coordinators', reverse: 'coordinated', propagates: false, description: 'Coordinating agency (phối hợp).' },
  { type: 'IMPLEMENTED_BY', from: ['Indicator'], to: ACTORS, forward: 'implementers', reverse: 'implemented', propagates: false, description: 'Implementing agency (thực hiện).' },
  { type: 'TARGETS', from: ['Task'], to: TARGETABLE, forward: 'targets', reverse: 'targetedBy', propagates: false, description: 'A task builds, upgrades or acts on the node.' },
  { type: 'MEASURES', from: ['Indicator'], to: TARGETABLE, forward: 'measures', reverse: 'measuredBy', propagates: false, description: 'An indicator measures the node.' },
  { type: 'CONTINUES', from: ['Task'], to: ['Task'], forward: 'continues', reverse: 'continuedBy', propagates: false, description: 'A later task continues an earlier one.' },
  // Data.
  { type: 'AUTHORITATIVE_FOR', from: SYSTEMS, to: ['DataDomain'], forward: 'authoritativeFor', reverse: 'authorities', propagates: false, description: 'The authoritative source of a data subject.' },
  { type: 'HOLDS_DATA', from: SYSTEMS_AND_GROUPS, to: ['DataDomain'], forward: 'holdsData', reverse: 'heldBy', propagates: false, description: 'Stores data of a domain or subject.' },
  { type: 'SUBDOMAIN_OF', from: ['DataDomain'], to: ['DataDomain'], forward: 'parentDomain', reverse: 'subdomains', propagates: false, description: 'A data subject within a reference domain.' },
  { type: 'COMPUTERISES', from: SYSTEMS, to: ['DataDomain'], forward: 'computerises', reverse: 'computerisedBy', propagates: false, description: 'Computerises the business of a domain (tin học hóa miền nghiệp vụ).' },
  // Appraisal.
  { type: 'BUILDS_OWN', from: SYSTEMS, to: ['SharedService'], forward: 'buildsOwn', reverse: 'rebuiltBy', propagates: false, description: 'Implements its own version of a capability a shared platform offers (rather than integrating it).' },
  { type: 'MONITORED_BY', from: SYSTEMS_AND_GROUPS, to: ['Component'], forward: 'monitoredBy', reverse: 'monitors', propagates: false, description: 'Its security is supervised by an operations centre (SOC).' },
  { type: 'STATED_IN', from: ['AppraisalRule'], to: DOCS, forward: 'statedIn', reverse: 'appraisalRules', propagates: false, description: 'The architecture, plan or legal document that states the rule.' },
  { type: 'CONCERNS', from: ['AppraisalRule'], to: [...TARGETABLE, 'ArchitectureLayer', 'AgencyGroup', 'Agency'], forward: 'concerns', reverse: 'concernedByRules', propagates: false, description: 'What the rule is about (a platform to reuse, the data centre, a layer…).' },
  // Interop.
  {
    type: 'RELATED_TO',
    from: ALL_KINDS,
    to: ALL_KINDS,
    forward: 'relatedTo',
    reverse: 'relatedFrom',
    propagates: false,
    props: { archimateTypes: { type: 'string[]', required: true, values: ARCHIMATE_RELATIONSHIP_TYPES, description: 'ArchiMate type of each relationship it stands for (Flow, Triggering…): several when the file joins the same two elements more than once.' } },
    description: 'An ArchiMate relationship whose akb reading would break the model’s rules (or that has none), kept with its ArchiMate type.',
  },
];

/** Properties every relationship carries. */
export const REL_COMMON_PROPS: Record<string, PropSpec> = {
  note: { type: 'string', description: 'Free text.' },
  archimate: { type: 'string', description: 'The ArchiMate relationship(s) it was imported from, as JSON: identifier, type, direction, names, documentation, properties, folder; an export gives them back.' },
};

export const KIND_BY_NAME: ReadonlyMap<string, KindSpec> = new Map(KINDS.map((k) => [k.name, k]));
export const REL_BY_TYPE: ReadonlyMap<string, RelSpec> = new Map(RELATIONSHIPS.map((r) => [r.type, r]));
export const PROPAGATING_TYPES = RELATIONSHIPS.filter((r) => r.propagates).map((r) => r.type);
