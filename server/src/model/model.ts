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

import { ARCHIMATE_ELEMENT_TYPES, ARCHIMATE_RELATIONSHIP_TYPES } from './archimate-vocabulary.js';

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
  /** What it is, in Vietnamese (GraphQL descriptions read "Vietnamese / English"). */
  descriptionVi: string;
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
  id: { type: 'string', required: true, descriptionVi: 'Mã định danh ổn định, `<tiền tố>:<slug>`.', description: 'Stable id, `<prefix>:<slug>`.' },
  name: {
    type: 'string',
    required: true,
    descriptionVi: 'Tên tiếng Việt đúng như tài liệu viết (NFC).',
    description: 'Vietnamese name exactly as the document writes it (NFC).',
  },
  nameEn: { type: 'string', descriptionVi: 'Tên tiếng Anh.', description: 'English gloss.' },
  abbreviations: { type: 'string[]', descriptionVi: 'Các chữ viết tắt (LGSP, CSDL, TTHC…).', description: 'Abbreviations (LGSP, CSDL, TTHC…).' },
  aliases: {
    type: 'string[]',
    descriptionVi: 'Mọi cách viết khác, kể cả lỗi chính tả của tài liệu.',
    description: 'Every other surface form, typos included.',
  },
  province: { type: 'string', descriptionVi: 'Tỉnh mà nút thuộc về, nếu có.', description: 'Province the node belongs to, when it belongs to one.' },
  description: { type: 'string', descriptionVi: 'Mô tả tự do, từ hoặc về tài liệu.', description: 'Free text from or about the documents.' },
  // What an ArchiMate exchange file said that akb has no field for, so an export gives it back.
  archimateType: {
    type: 'string',
    values: ARCHIMATE_ELEMENT_TYPES,
    descriptionVi: 'Loại phần tử ArchiMate lúc nhập (Device, SystemSoftware…), giữ lại khi khác loại mà loại nút xuất ra; khi xuất sẽ ghi lại.',
    description:
      'ArchiMate element type it was imported from (Device, SystemSoftware…), kept when it is not the type its kind exports as; an export writes it.',
  },
  archimateId: {
    type: 'string',
    descriptionVi: 'Mã phần tử trong tệp ArchiMate đã nhập, giữ lại khi không suy ra từ mã nút; khi xuất sẽ dùng lại.',
    description: 'Identifier of the element in the ArchiMate file it was imported from, kept when it is not derived from the id; an export reuses it.',
  },
  archimateProperties: {
    type: 'string',
    descriptionVi:
      'Các thuộc tính ArchiMate của phần tử, dạng JSON: tên thuộc tính → giá trị (hoặc danh sách {lang, text} khi có nhiều giá trị hoặc ngôn ngữ khác).',
    description: 'ArchiMate properties of the element, as JSON: property name → value (or a list of {lang, text} when several values or another language).',
  },
  archimateTexts: {
    type: 'string',
    descriptionVi:
      'Mọi tên và mô tả ArchiMate của phần tử kèm ngôn ngữ (xml:lang), dạng JSON {name: [{lang, text}], documentation: [...]}, để giữ các ngôn ngữ khác.',
    description:
      'Every ArchiMate name and documentation of the element with its language (xml:lang), as JSON {name: [{lang, text}], documentation: [...]}, so other languages survive.',
  },
  folder: {
    type: 'string[]',
    descriptionVi: 'Đường dẫn thư mục của phần tử trong mô hình ArchiMate (organizations), thư mục trên cùng trước.',
    description: 'Folder path of the element in the ArchiMate model (organizations), top folder first.',
  },
};

export const KINDS: readonly KindSpec[] = [
  {
    name: 'Architecture',
    idPrefix: 'arch',
    description: 'A versioned e-government architecture, provincial or a national framework.',
    descriptionVi: 'Kiến trúc Chính quyền điện tử (một phiên bản), của tỉnh hoặc khung quốc gia.',
    props: {
      version: { type: 'string', required: true, descriptionVi: 'Phiên bản như văn bản ghi: "2.0", "3.0".', description: 'Version as written: "2.0", "3.0".' },
      level: {
        type: 'string',
        required: true,
        values: LEVELS,
        descriptionVi: 'Cấp: national (quốc gia) | province (tỉnh) | commune (xã).',
        description: 'national | province | commune.',
      },
      issuedOn: { type: 'string', descriptionVi: 'Ngày ban hành, ISO yyyy-mm-dd.', description: 'Date issued, ISO yyyy-mm-dd.' },
    },
  },
  {
    name: 'Plan',
    idPrefix: 'plan',
    description: 'An implementation plan of an architecture or of digital government.',
    descriptionVi: 'Kế hoạch triển khai.',
    props: {
      period: { type: 'string', descriptionVi: 'Giai đoạn như văn bản ghi: "2026-2030".', description: 'Period as written: "2026-2030".' },
      level: { type: 'string', values: LEVELS, descriptionVi: 'Cấp: province (tỉnh) | commune (xã).', description: 'province | commune.' },
      issuedOn: { type: 'string', descriptionVi: 'Ngày ban hành, ISO yyyy-mm-dd.', description: 'Date issued, ISO yyyy-mm-dd.' },
    },
  },
  {
    name: 'LegalDocument',
    idPrefix: 'law',
    description: 'A law, decree, decision, resolution, circular or official letter cited.',
    descriptionVi: 'Văn bản quy phạm pháp luật, quyết định, văn bản được viện dẫn.',
    props: {
      number: {
        type: 'string',
        descriptionVi: 'Số, ký hiệu như văn bản ghi, vd. "2568/QĐ-BTTTT".',
        description: 'Number and symbol as written, e.g. "2568/QĐ-BTTTT".',
      },
      docType: {
        type: 'string',
        descriptionVi: 'Loại văn bản: Luật, Nghị định, Quyết định, Nghị quyết, Thông tư, Văn bản, Kế hoạch…',
        description: 'Document type: law, decree, decision, resolution, circular, letter, plan… (as written in Vietnamese: Luật, Nghị định, Quyết định…).',
      },
      issuedOn: { type: 'string', descriptionVi: 'Ngày ban hành, ISO yyyy-mm-dd.', description: 'Date issued, ISO yyyy-mm-dd.' },
    },
  },
  {
    name: 'Agency',
    idPrefix: 'agency',
    description: 'A concrete body: ministry, department, police, office, commune, enterprise, press.',
    descriptionVi: 'Cơ quan, đơn vị cụ thể.',
    props: {
      level: {
        type: 'string',
        values: LEVELS,
        descriptionVi: 'Cấp: national (quốc gia) | province (tỉnh) | commune (xã) | sector (ngành).',
        description: 'national | province | commune | sector.',
      },
      agencyType: {
        type: 'string',
        descriptionVi:
          'Loại cơ quan: ministry (bộ), department (sở), committee (ủy ban), police (công an), office (văn phòng), commune (xã), enterprise (doanh nghiệp), press (báo chí), steering-committee (ban chỉ đạo), other (khác).',
        description: 'Agency type: ministry, department, committee, police, office, commune, enterprise, press, steering-committee, other.',
      },
    },
  },
  {
    name: 'AgencyGroup',
    idPrefix: 'agencies',
    description: 'A collective actor: "Các sở, ban, ngành", "UBND các xã, phường, đặc khu".',
    descriptionVi: 'Nhóm cơ quan được nêu chung.',
    props: {
      level: { type: 'string', values: LEVELS, descriptionVi: 'Cấp của các thành viên.', description: 'Level of its members.' },
    },
  },
  {
    name: 'Component',
    idPrefix: 'component',
    description: 'An information system, platform, portal, database, data centre or operations centre.',
    descriptionVi: 'Hệ thống thông tin, nền tảng, cổng, CSDL, trung tâm dữ liệu, trung tâm điều hành.',
    props: {
      componentKind: {
        type: 'string',
        required: true,
        values: COMPONENT_KINDS,
        descriptionVi: 'Loại thành phần (hệ thống, nền tảng, cổng, CSDL…).',
        description: 'What sort of component.',
      },
      level: {
        type: 'string',
        required: true,
        values: LEVELS,
        descriptionVi: 'Cấp: national (quốc gia) | province (tỉnh) | commune (xã) | sector (ngành).',
        description: 'national | province | commune | sector.',
      },
      hosting: {
        type: 'string',
        values: HOSTINGS,
        descriptionVi:
          'Nơi vận hành, khi biết: provincial-datacentre (trung tâm dữ liệu tỉnh) | national-datacentre (trung tâm dữ liệu quốc gia) | outside (bên ngoài).',
        description: 'Where it runs, when known: provincial-datacentre | national-datacentre | outside.',
      },
      hostingReason: {
        type: 'string',
        descriptionVi: 'Lý do vận hành ngoài trung tâm dữ liệu, khi có (ngoại lệ được nêu).',
        description: 'Why it runs outside the data centre, when it does (the stated exception).',
      },
      securityLevel: {
        type: 'int',
        sensitive: true,
        descriptionVi: 'Cấp độ an toàn hệ thống thông tin (1–5) khi biết; chỉ người thẩm định trở lên được xem.',
        description: 'Security level (cấp độ an toàn hệ thống thông tin, 1–5) when known; visible to appraisers and above.',
      },
    },
  },
  {
    name: 'NationalDatabase',
    idPrefix: 'ndb',
    description: 'A national database (CSDL quốc gia), authoritative for some data subjects.',
    descriptionVi: 'Cơ sở dữ liệu quốc gia.',
    props: {
      level: { type: 'string', values: LEVELS, descriptionVi: 'Luôn là cấp quốc gia.', description: 'Always national.' },
    },
  },
  {
    name: 'ComponentGroup',
    idPrefix: 'group',
    description: 'A collective mention of components ("các HTTT, CSDL cấp quốc gia").',
    descriptionVi: 'Nhóm thành phần được nêu chung.',
    props: {
      level: { type: 'string', values: LEVELS, descriptionVi: 'Cấp của các thành viên.', description: 'Level of its members.' },
    },
  },
  {
    name: 'DataDomain',
    idPrefix: 'domain',
    description: 'A reference data domain (five of them) or a finer data subject (citizens, businesses, land…).',
    descriptionVi: 'Miền dữ liệu tham chiếu hoặc chủ thể dữ liệu.',
    props: {
      domainType: {
        type: 'string',
        required: true,
        values: ['reference-domain', 'data-subject'],
        descriptionVi: 'Một trong năm miền dữ liệu tham chiếu, hoặc một chủ thể dữ liệu.',
        description: 'One of the five reference domains, or a data subject.',
      },
    },
  },
  {
    name: 'ArchitectureLayer',
    idPrefix: 'layer',
    description: "A component of an architecture's overall diagram (users, channels, portal, …), ordered top to bottom.",
    descriptionVi: 'Thành phần (lớp) của sơ đồ tổng thể.',
    props: {
      order: {
        type: 'int',
        required: true,
        descriptionVi: 'Vị trí từ trên xuống trong sơ đồ, bắt đầu từ 1.',
        description: 'Position from the top of the diagram, 1-based.',
      },
      layerKey: {
        type: 'string',
        required: true,
        descriptionVi:
          'Khóa ổn định của lớp: users (người dùng), channels (kênh), portal (cổng), public-services (dịch vụ công), applications-databases (ứng dụng, CSDL), integration (tích hợp), infrastructure (hạ tầng), governance (quản trị), security (an toàn), business, data, application, technology…',
        description:
          'Stable key of the layer: users, channels, portal, public-services, applications-databases, integration, infrastructure, governance, security, business, data, application, technology…',
      },
    },
  },
  {
    name: 'SharedService',
    idPrefix: 'service',
    description: 'A capability shared platforms provide: SSO, e-payment, digital signature, data sharing…',
    descriptionVi: 'Dịch vụ dùng chung do nền tảng cung cấp.',
    props: {
      capability: {
        type: 'string',
        required: true,
        descriptionVi: 'Khóa ổn định của năng lực: sso, e-payment, digital-signature, data-sharing, notification, e-forms, e-identity, …',
        description: 'Stable key: sso, e-payment, digital-signature, data-sharing, notification, e-forms, e-identity, …',
      },
    },
  },
  {
    name: 'Network',
    idPrefix: 'network',
    description: 'A network: TSLCD (specialised data network), WAN, Internet.',
    descriptionVi: 'Mạng truyền dẫn.',
    props: {
      level: { type: 'string', values: LEVELS, descriptionVi: 'Cấp: national (quốc gia) | province (tỉnh).', description: 'national | province.' },
    },
  },
  {
    name: 'Task',
    idPrefix: 'task',
    description: 'A task of a plan or architecture annex: code, text, lead, coordinators, result, timeline.',
    descriptionVi: 'Nhiệm vụ.',
    props: {
      code: {
        type: 'string',
        required: true,
        descriptionVi: 'Số thứ tự như bảng ghi ("6", "II.3", hoặc "unnumbered-1" do akb đặt và ghi rõ).',
        description: 'Number as the table gives it ("6", "II.3", or a made-up "unnumbered-1" stated as such).',
      },
      text: { type: 'string', required: true, descriptionVi: 'Nội dung nhiệm vụ như văn bản ghi.', description: 'Task text as written.' },
      results: { type: 'string', descriptionVi: 'Kết quả, sản phẩm dự kiến như văn bản ghi.', description: 'Expected result or product as written.' },
      timeline: { type: 'string', descriptionVi: 'Thời gian thực hiện như văn bản ghi.', description: 'Timeline as written.' },
      area: { type: 'string', descriptionVi: 'Đề mục của bảng mà nhiệm vụ nằm dưới.', description: 'Heading the task sits under in its table.' },
      order: { type: 'int', required: true, descriptionVi: 'Thứ tự dòng trong bảng, bắt đầu từ 1.', description: 'Row order in its table, 1-based.' },
    },
  },
  {
    name: 'Indicator',
    idPrefix: 'indicator',
    description: 'A target of a plan: text, target value, period, lead and implementers.',
    descriptionVi: 'Chỉ tiêu.',
    props: {
      code: { type: 'string', required: true, descriptionVi: 'Số thứ tự như bảng ghi ("I.2.3").', description: 'Number as the table gives it ("I.2.3").' },
      text: { type: 'string', required: true, descriptionVi: 'Nội dung chỉ tiêu như văn bản ghi.', description: 'Indicator text as written.' },
      target: { type: 'string', descriptionVi: 'Giá trị mục tiêu như văn bản ghi.', description: 'Target value as written.' },
      period: { type: 'string', descriptionVi: 'Giai đoạn như văn bản ghi.', description: 'Period as written.' },
      area: { type: 'string', descriptionVi: 'Đề mục mà chỉ tiêu nằm dưới.', description: 'Heading the indicator sits under.' },
      order: { type: 'int', required: true, descriptionVi: 'Thứ tự dòng trong bảng, bắt đầu từ 1.', description: 'Row order in its table, 1-based.' },
    },
  },
  {
    name: 'AppraisalRule',
    idPrefix: 'rule',
    description: 'A rule project proposals and the catalogue are appraised against, with its citation.',
    descriptionVi: 'Quy tắc thẩm định sự phù hợp với kiến trúc.',
    props: {
      code: {
        type: 'string',
        required: true,
        descriptionVi: 'Khóa ổn định của phép kiểm tra: rebuilds-national-data, reimplements-shared-service, bypasses-lgsp, …',
        description: 'Stable key of the check: rebuilds-national-data, reimplements-shared-service, bypasses-lgsp, …',
      },
      order: {
        type: 'int',
        required: true,
        descriptionVi: 'Số thứ tự của quy tắc trong danh sách của akb (theo thứ tự ở §6), bắt đầu từ 1.',
        description: 'The rule’s number in akb’s list (its order in §6), 1-based.',
      },
      text: {
        type: 'string',
        required: true,
        descriptionVi: 'Quy tắc bằng tiếng Việt, như văn bản nêu.',
        description: 'The rule in Vietnamese, as the document states it.',
      },
      summaryEn: { type: 'string', required: true, descriptionVi: 'Tóm tắt quy tắc bằng tiếng Anh.', description: 'English summary of the rule.' },
      severity: {
        type: 'string',
        required: true,
        values: SEVERITIES,
        descriptionVi: 'Mức độ: high (không bố trí kinh phí, không phê duyệt như đề xuất) | medium (có điều kiện) | low (cần xem xét).',
        description: 'high (do not fund or approve as is) | medium (condition) | low (for review).',
      },
      checks: {
        type: 'string',
        required: true,
        descriptionVi: 'Phép kiểm tra xem xét gì trong đồ thị hoặc trong đề xuất.',
        description: 'What the check looks at in the graph or in a proposal.',
      },
      appliesTo: {
        type: 'string',
        required: true,
        values: ['catalogue', 'proposal', 'both'],
        descriptionVi: 'Áp dụng cho danh mục, cho đề xuất, hay cả hai.',
        description: 'Whether it runs over the catalogue, on proposals, or both.',
      },
    },
  },
  {
    name: 'Element',
    idPrefix: 'element',
    description: 'An ArchiMate element with no akb equivalent (a process, a role, a principle…), kept with its type so nothing imported is lost.',
    descriptionVi: 'Phần tử ArchiMate không có loại tương ứng trong akb, giữ nguyên loại ArchiMate.',
    props: {
      archimateType: {
        type: 'string',
        required: true,
        values: ARCHIMATE_ELEMENT_TYPES,
        descriptionVi: 'Loại phần tử ArchiMate (BusinessProcess, Principle…).',
        description: 'ArchiMate element type (BusinessProcess, Principle…).',
      },
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
  /** What it means, in Vietnamese (GraphQL descriptions read "Vietnamese / English"). */
  descriptionVi: string;
  description: string;
}

const SYSTEMS = ['Component', 'NationalDatabase'] as const;
const SYSTEMS_AND_GROUPS = ['Component', 'NationalDatabase', 'ComponentGroup'] as const;
const ACTORS = ['Agency', 'AgencyGroup'] as const;
const DOCS = ['Architecture', 'Plan', 'LegalDocument'] as const;
/** The integration platform an exchange goes through; absent means point-to-point (appraisal rule 3). */
const VIA: PropSpec = {
  type: 'string',
  descriptionVi: 'Mã nền tảng tích hợp (LGSP, NDXP…) mà trao đổi đi qua; để trống khi kết nối điểm-điểm.',
  description: 'Id of the integration platform (LGSP, NDXP…) the exchange goes through; absent when point-to-point.',
};
const TARGETABLE = ['Component', 'NationalDatabase', 'ComponentGroup', 'Network', 'SharedService', 'DataDomain', 'Architecture'] as const;
const ALL_KINDS = KINDS.map((k) => k.name);

export const RELATIONSHIPS: readonly RelSpec[] = [
  // Impact-propagating: dependent → dependency.
  {
    type: 'CONNECTS_TO',
    from: SYSTEMS_AND_GROUPS,
    to: SYSTEMS_AND_GROUPS,
    forward: 'connectsTo',
    reverse: 'connectedFrom',
    propagates: true,
    props: { via: VIA },
    descriptionVi: 'Kết nối, trao đổi dữ liệu với (bên phụ thuộc → bên được phụ thuộc).',
    description: 'Connected to, exchanges data with (dependent → dependency).',
  },
  {
    type: 'INTEGRATES_VIA',
    from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer'],
    to: SYSTEMS,
    forward: 'integratesVia',
    reverse: 'integrationHubFor',
    propagates: true,
    descriptionVi: 'Tích hợp qua một nền tảng tích hợp (LGSP, NDXP…).',
    description: 'Integrates through an integration platform (LGSP, NDXP…).',
  },
  {
    type: 'USES_DATA_FROM',
    from: SYSTEMS_AND_GROUPS,
    to: SYSTEMS_AND_GROUPS,
    forward: 'usesDataFrom',
    reverse: 'feeds',
    propagates: true,
    props: { via: VIA },
    descriptionVi: 'Lấy dữ liệu từ (chiều ngược lại: cung cấp dữ liệu cho).',
    description: 'Takes data from (its reverse reading: feeds).',
  },
  {
    type: 'USES_SERVICE',
    from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer'],
    to: ['SharedService'],
    forward: 'usesServices',
    reverse: 'usedBy',
    propagates: true,
    descriptionVi: 'Dùng một dịch vụ dùng chung.',
    description: 'Uses a shared service.',
  },
  {
    type: 'PROVIDED_BY',
    from: ['SharedService'],
    to: [...SYSTEMS_AND_GROUPS],
    forward: 'providedBy',
    reverse: 'providesServices',
    propagates: true,
    descriptionVi: 'Dịch vụ dùng chung do một nền tảng cung cấp.',
    description: 'A shared service is provided by a platform.',
  },
  {
    type: 'HOSTED_ON',
    from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer'],
    to: ['Component'],
    forward: 'hostedOn',
    reverse: 'hosts',
    propagates: true,
    descriptionVi: 'Vận hành tại trung tâm dữ liệu hoặc trên hạ tầng.',
    description: 'Runs in a data centre or on infrastructure.',
  },
  {
    type: 'CONNECTED_OVER',
    from: [...SYSTEMS_AND_GROUPS, 'ArchitectureLayer', 'Network'],
    to: ['Network'],
    forward: 'connectedOver',
    reverse: 'carries',
    propagates: true,
    descriptionVi: 'Kết nối qua một mạng (TSLCD, WAN).',
    description: 'Reached over a network (TSLCD, WAN).',
  },
  {
    type: 'PART_OF',
    from: SYSTEMS,
    to: SYSTEMS,
    forward: 'partOf',
    reverse: 'parts',
    propagates: true,
    descriptionVi: 'Là module hoặc phân hệ của một hệ thống lớn hơn.',
    description: 'A module or subsystem of a larger system.',
  },
  {
    type: 'REUSES',
    from: SYSTEMS,
    to: [...SYSTEMS, 'SharedService'],
    forward: 'reuses',
    reverse: 'reusedBy',
    propagates: true,
    descriptionVi: 'Tái sử dụng thay vì xây dựng lại.',
    description: 'Reuses rather than rebuilds.',
  },
  {
    type: 'DELIVERED_BY',
    from: ['Component'],
    to: SYSTEMS,
    forward: 'deliveredBy',
    reverse: 'delivers',
    propagates: true,
    descriptionVi: 'Dịch vụ công trực tuyến được cung cấp trên một hệ thống.',
    description: 'An online public service delivered by a system.',
  },
  {
    type: 'MEMBER_OF_GROUP',
    from: SYSTEMS_AND_GROUPS,
    to: ['ComponentGroup'],
    forward: 'memberOfGroups',
    reverse: 'members',
    propagates: true,
    exposure: 'GROUP',
    descriptionVi: 'Là thành viên của một nhóm được nêu chung.',
    description: 'A member of a collectively mentioned group.',
  },
  {
    type: 'IN_LAYER',
    from: [...SYSTEMS_AND_GROUPS, 'Network'],
    to: ['ArchitectureLayer'],
    forward: 'layers',
    reverse: 'layerMembers',
    propagates: true,
    exposure: 'LAYER',
    descriptionVi: 'Nằm trong một lớp của sơ đồ tổng thể.',
    description: 'Placed in a layer of an overall diagram.',
  },
  // Architecture and plans.
  {
    type: 'INCLUDES',
    from: ['Architecture'],
    to: [...SYSTEMS_AND_GROUPS, 'Network', 'SharedService'],
    forward: 'includes',
    reverse: 'includedIn',
    propagates: false,
    props: {
      status: {
        type: 'string',
        required: true,
        values: INCLUDE_STATUSES,
        descriptionVi: 'Trạng thái: existing (hiện có) | upgrade (nâng cấp) | new (xây mới) | merged (hợp nhất) | reference (tham chiếu).',
        description: 'existing | upgrade | new | merged | reference.',
      },
    },
    descriptionVi: 'Một phiên bản kiến trúc bao gồm thành phần, kèm trạng thái.',
    description: 'A version of the architecture includes the component, with a status.',
  },
  {
    type: 'LAYER_OF',
    from: ['ArchitectureLayer'],
    to: ['Architecture'],
    forward: 'architecture',
    reverse: 'diagramLayers',
    propagates: false,
    descriptionVi: 'Một lớp của sơ đồ tổng thể của kiến trúc này.',
    description: 'A layer of this architecture’s overall diagram.',
  },
  {
    type: 'MERGED_INTO',
    from: SYSTEMS,
    to: SYSTEMS,
    forward: 'mergedInto',
    reverse: 'mergedFrom',
    propagates: false,
    descriptionVi: 'Được hợp nhất vào một thành phần khác.',
    description: 'Merged into another component.',
  },
  {
    type: 'SUCCEEDED_BY',
    from: [...SYSTEMS, 'Agency'],
    to: [...SYSTEMS, 'Agency'],
    forward: 'succeededBy',
    reverse: 'succeeds',
    propagates: false,
    descriptionVi: 'Được đổi tên hoặc thay thế bởi.',
    description: 'Renamed or replaced by.',
  },
  {
    type: 'SUPERSEDES',
    from: ['Architecture', 'LegalDocument'],
    to: ['Architecture', 'LegalDocument'],
    forward: 'supersedes',
    reverse: 'supersededBy',
    propagates: false,
    descriptionVi: 'Phiên bản mới thay thế phiên bản cũ.',
    description: 'A newer version replaces an older one.',
  },
  {
    type: 'CONFORMS_TO',
    from: ['Architecture', 'Plan'],
    to: ['Architecture'],
    forward: 'conformsTo',
    reverse: 'conformingArchitectures',
    propagates: false,
    descriptionVi: 'Xây dựng trên một khung kiến trúc quốc gia.',
    description: 'Built on a national framework.',
  },
  {
    type: 'IMPLEMENTS',
    from: ['Plan'],
    to: ['Architecture', 'Plan', 'LegalDocument'],
    forward: 'implements',
    reverse: 'implementedBy',
    propagates: false,
    descriptionVi: 'Kế hoạch triển khai một kiến trúc.',
    description: 'A plan implements an architecture.',
  },
  {
    type: 'APPROVED_BY',
    from: ['Architecture', 'Plan'],
    to: ['LegalDocument'],
    forward: 'approvedBy',
    reverse: 'approves',
    propagates: false,
    descriptionVi: 'Được ban hành hoặc phê duyệt bởi một quyết định.',
    description: 'Issued or approved by a decision.',
  },
  {
    type: 'BASED_ON',
    from: DOCS,
    to: ['LegalDocument'],
    forward: 'basedOn',
    reverse: 'basisFor',
    propagates: false,
    descriptionVi: 'Căn cứ ("Căn cứ…") một văn bản pháp luật.',
    description: 'Cites ("Căn cứ…") a legal document.',
  },
  {
    type: 'AMENDS',
    from: ['LegalDocument'],
    to: ['LegalDocument'],
    forward: 'amends',
    reverse: 'amendedBy',
    propagates: false,
    descriptionVi: 'Sửa đổi một văn bản pháp luật khác.',
    description: 'Amends another legal document.',
  },
  {
    type: 'ISSUED_BY',
    from: DOCS,
    to: ACTORS,
    forward: 'issuedBy',
    reverse: 'issued',
    propagates: false,
    descriptionVi: 'Do một cơ quan ban hành.',
    description: 'Issued by an agency.',
  },
  {
    type: 'ORGANISES_DATA_BY',
    from: ['Architecture'],
    to: ['DataDomain'],
    forward: 'dataDomains',
    reverse: 'organisesArchitectures',
    propagates: false,
    descriptionVi: 'Mô hình dữ liệu của kiến trúc được tổ chức theo miền tham chiếu này.',
    description: 'The architecture’s data model is organised by this reference domain.',
  },
  {
    type: 'CITES',
    from: ['Task', 'Component', 'NationalDatabase', 'Indicator'],
    to: ['LegalDocument'],
    forward: 'cites',
    reverse: 'citedBy',
    propagates: false,
    descriptionVi: 'Viện dẫn một văn bản pháp luật hoặc hướng dẫn làm căn cứ.',
    description: 'Names a legal or guidance document it rests on.',
  },
  // Agencies.
  {
    type: 'OWNED_BY',
    from: [...SYSTEMS_AND_GROUPS, 'Network', 'SharedService'],
    to: ACTORS,
    forward: 'ownedBy',
    reverse: 'owns',
    propagates: false,
    descriptionVi: 'Do một cơ quan chủ quản (xây dựng hoặc quản lý).',
    description: 'Owned, built or managed by an agency (chủ quản).',
  },
  {
    type: 'OPERATED_BY',
    from: [...SYSTEMS_AND_GROUPS, 'Network'],
    to: ACTORS,
    forward: 'operatedBy',
    reverse: 'operates',
    propagates: false,
    descriptionVi: 'Do một cơ quan vận hành.',
    description: 'Operated by an agency.',
  },
  {
    type: 'MEMBER_OF',
    from: ['Agency'],
    to: ['AgencyGroup'],
    forward: 'memberOf',
    reverse: 'memberAgencies',
    propagates: false,
    descriptionVi: 'Một cơ quan thuộc một nhóm cơ quan được nêu chung.',
    description: 'An agency belongs to a collective actor.',
  },
  {
    type: 'SUBORDINATE_TO',
    from: ['Agency'],
    to: ['Agency'],
    forward: 'subordinateTo',
    reverse: 'subordinates',
    propagates: false,
    descriptionVi: 'Trực thuộc một cơ quan khác.',
    description: 'Under another agency.',
  },
  // Tasks and indicators.
  {
    type: 'LISTED_IN',
    from: ['Task', 'Indicator'],
    to: ['Architecture', 'Plan'],
    forward: 'listedIn',
    reverse: 'listed',
    propagates: false,
    descriptionVi: 'Nhiệm vụ hoặc chỉ tiêu của kế hoạch, kiến trúc này.',
    description: 'A task or indicator of this plan or architecture.',
  },
  {
    type: 'LED_BY',
    from: ['Task', 'Indicator'],
    to: ACTORS,
    forward: 'lead',
    reverse: 'led',
    propagates: false,
    descriptionVi: 'Cơ quan chủ trì.',
    description: 'Lead agency (chủ trì).',
  },
  {
    type: 'COORDINATED_WITH',
    from: ['Task'],
    to: ACTORS,
    forward: 'coordinators',
    reverse: 'coordinated',
    propagates: false,
    descriptionVi: 'Cơ quan phối hợp.',
    description: 'Coordinating agency (phối hợp).',
  },
  {
    type: 'IMPLEMENTED_BY',
    from: ['Indicator'],
    to: ACTORS,
    forward: 'implementers',
    reverse: 'implemented',
    propagates: false,
    descriptionVi: 'Cơ quan thực hiện.',
    description: 'Implementing agency (thực hiện).',
  },
  {
    type: 'TARGETS',
    from: ['Task'],
    to: TARGETABLE,
    forward: 'targets',
    reverse: 'targetedBy',
    propagates: false,
    descriptionVi: 'Nhiệm vụ xây dựng, nâng cấp hoặc tác động tới nút.',
    description: 'A task builds, upgrades or acts on the node.',
  },
  {
    type: 'MEASURES',
    from: ['Indicator'],
    to: TARGETABLE,
    forward: 'measures',
    reverse: 'measuredBy',
    propagates: false,
    descriptionVi: 'Chỉ tiêu đo lường nút.',
    description: 'An indicator measures the node.',
  },
  {
    type: 'CONTINUES',
    from: ['Task'],
    to: ['Task'],
    forward: 'continues',
    reverse: 'continuedBy',
    propagates: false,
    descriptionVi: 'Nhiệm vụ sau tiếp nối nhiệm vụ trước.',
    description: 'A later task continues an earlier one.',
  },
  // Data.
  {
    type: 'AUTHORITATIVE_FOR',
    from: SYSTEMS,
    to: ['DataDomain'],
    forward: 'authoritativeFor',
    reverse: 'authorities',
    propagates: false,
    descriptionVi: 'Là nguồn dữ liệu gốc của một chủ thể dữ liệu.',
    description: 'The authoritative source of a data subject.',
  },
  {
    type: 'HOLDS_DATA',
    from: SYSTEMS_AND_GROUPS,
    to: ['DataDomain'],
    forward: 'holdsData',
    reverse: 'heldBy',
    propagates: false,
    descriptionVi: 'Lưu dữ liệu của một miền hoặc chủ thể dữ liệu.',
    description: 'Stores data of a domain or subject.',
  },
  {
    type: 'SUBDOMAIN_OF',
    from: ['DataDomain'],
    to: ['DataDomain'],
    forward: 'parentDomain',
    reverse: 'subdomains',
    propagates: false,
    descriptionVi: 'Chủ thể dữ liệu thuộc một miền tham chiếu.',
    description: 'A data subject within a reference domain.',
  },
  {
    type: 'COMPUTERISES',
    from: SYSTEMS,
    to: ['DataDomain'],
    forward: 'computerises',
    reverse: 'computerisedBy',
    propagates: false,
    descriptionVi: 'Tin học hóa nghiệp vụ của một miền (tin học hóa miền nghiệp vụ).',
    description: 'Computerises the business of a domain (tin học hóa miền nghiệp vụ).',
  },
  // Appraisal.
  {
    type: 'BUILDS_OWN',
    from: SYSTEMS,
    to: ['SharedService'],
    forward: 'buildsOwn',
    reverse: 'rebuiltBy',
    propagates: false,
    descriptionVi: 'Tự xây dựng năng lực mà một nền tảng dùng chung đã cung cấp (thay vì tích hợp).',
    description: 'Implements its own version of a capability a shared platform offers (rather than integrating it).',
  },
  {
    type: 'MONITORED_BY',
    from: SYSTEMS_AND_GROUPS,
    to: ['Component'],
    forward: 'monitoredBy',
    reverse: 'monitors',
    propagates: false,
    descriptionVi: 'An toàn thông tin được một trung tâm điều hành (SOC) giám sát.',
    description: 'Its security is supervised by an operations centre (SOC).',
  },
  {
    type: 'STATED_IN',
    from: ['AppraisalRule'],
    to: DOCS,
    forward: 'statedIn',
    reverse: 'appraisalRules',
    propagates: false,
    descriptionVi: 'Kiến trúc, kế hoạch hoặc văn bản nêu quy tắc.',
    description: 'The architecture, plan or legal document that states the rule.',
  },
  {
    type: 'CONCERNS',
    from: ['AppraisalRule'],
    to: [...TARGETABLE, 'ArchitectureLayer', 'AgencyGroup', 'Agency'],
    forward: 'concerns',
    reverse: 'concernedByRules',
    propagates: false,
    descriptionVi: 'Điều quy tắc nói tới (nền tảng cần tái sử dụng, trung tâm dữ liệu, một lớp…).',
    description: 'What the rule is about (a platform to reuse, the data centre, a layer…).',
  },
  // Interop.
  {
    type: 'RELATED_TO',
    from: ALL_KINDS,
    to: ALL_KINDS,
    forward: 'relatedTo',
    reverse: 'relatedFrom',
    propagates: false,
    props: {
      archimateTypes: {
        type: 'string[]',
        required: true,
        values: ARCHIMATE_RELATIONSHIP_TYPES,
        descriptionVi: 'Loại ArchiMate của từng quan hệ mà nó đại diện (Flow, Triggering…): nhiều loại khi tệp nối cùng hai phần tử nhiều lần.',
        description: 'ArchiMate type of each relationship it stands for (Flow, Triggering…): several when the file joins the same two elements more than once.',
      },
    },
    descriptionVi: 'Quan hệ ArchiMate mà cách đọc theo akb trái quy tắc của mô hình (hoặc không có), giữ nguyên loại ArchiMate.',
    description: 'An ArchiMate relationship whose akb reading would break the model’s rules (or that has none), kept with its ArchiMate type.',
  },
];

/** Properties every relationship carries. */
export const REL_COMMON_PROPS: Record<string, PropSpec> = {
  note: { type: 'string', descriptionVi: 'Ghi chú tự do.', description: 'Free text.' },
  archimate: {
    type: 'string',
    descriptionVi: 'Các quan hệ ArchiMate mà nó được nhập từ, dạng JSON: mã, loại, chiều, tên, mô tả, thuộc tính, thư mục; khi xuất sẽ ghi lại.',
    description:
      'The ArchiMate relationship(s) it was imported from, as JSON: identifier, type, direction, names, documentation, properties, folder; an export gives them back.',
  },
};

export const KIND_BY_NAME: ReadonlyMap<string, KindSpec> = new Map(KINDS.map((k) => [k.name, k]));
export const REL_BY_TYPE: ReadonlyMap<string, RelSpec> = new Map(RELATIONSHIPS.map((r) => [r.type, r]));
export const PROPAGATING_TYPES = RELATIONSHIPS.filter((r) => r.propagates).map((r) => r.type);
