/**
 * The example record of each kind and one example relationship, shown in every template (Excel,
 * CSV, JSON). Illustrative only: provenance `example`, ids `<prefix>:vi-du`, names starting with
 * "Ví dụ:". The tabular templates also mark the row with `#` so a reader skips it; the JSON
 * template keeps them out of `nodes` and `relationships`.
 */
import { KINDS, type KindSpec, type PropSpec } from '../../model/model.js';
import type { NodeRecord, RelRecord } from '../../model/validate.js';
import { NODE_LAYOUT_BY_KIND } from './columns.js';

const EXAMPLE_SOURCE = { document: 'Ví dụ: Quyết định số …/QĐ-UBND', section: 'Điều 1', quote: 'Ví dụ: câu trích nguyên văn từ văn bản' };

/** Per kind, the values that make its example readable; required props not listed get a generic value. */
const EXAMPLE_PROPS: Record<string, Record<string, unknown>> = {
  Architecture: {
    name: 'Ví dụ: Kiến trúc Chính quyền số tỉnh, phiên bản 1.0',
    nameEn: 'Example: provincial digital government architecture, version 1.0',
    abbreviations: ['CQS'],
    version: '1.0',
    level: 'province',
    issuedOn: '2025-01-31',
  },
  Plan: {
    name: 'Ví dụ: Kế hoạch triển khai Kiến trúc giai đoạn 2026-2030',
    nameEn: 'Example: architecture implementation plan 2026-2030',
    period: '2026-2030',
    level: 'province',
  },
  LegalDocument: {
    name: 'Ví dụ: Quyết định phê duyệt Kiến trúc',
    nameEn: 'Example: decision approving the architecture',
    number: '…/QĐ-UBND',
    docType: 'Quyết định',
    issuedOn: '2025-01-31',
  },
  Agency: {
    name: 'Ví dụ: Sở Khoa học và Công nghệ',
    nameEn: 'Example: Department of Science and Technology',
    abbreviations: ['Sở KH&CN'],
    level: 'province',
    agencyType: 'department',
  },
  AgencyGroup: { name: 'Ví dụ: Các sở, ban, ngành', nameEn: 'Example: departments and agencies', level: 'province' },
  Component: {
    name: 'Ví dụ: Hệ thống quản lý văn bản và điều hành',
    nameEn: 'Example: document management and administration system',
    abbreviations: ['QLVB'],
    aliases: ['Hệ thống QLVB', 'Phần mềm quản lý văn bản'],
    componentKind: 'system',
    level: 'province',
    hosting: 'provincial-datacentre',
  },
  NationalDatabase: { name: 'Ví dụ: Cơ sở dữ liệu quốc gia', nameEn: 'Example: national database', abbreviations: ['CSDLQG'], level: 'national' },
  ComponentGroup: { name: 'Ví dụ: Các hệ thống thông tin chuyên ngành', nameEn: 'Example: sector information systems', level: 'province' },
  DataDomain: { name: 'Ví dụ: Dữ liệu về doanh nghiệp', nameEn: 'Example: business data', domainType: 'data-subject' },
  ArchitectureLayer: { name: 'Ví dụ: Kênh giao tiếp', nameEn: 'Example: channels', order: 2, layerKey: 'channels' },
  SharedService: { name: 'Ví dụ: Xác thực đăng nhập một lần', nameEn: 'Example: single sign-on', abbreviations: ['SSO'], capability: 'sso' },
  Network: { name: 'Ví dụ: Mạng truyền số liệu chuyên dùng', nameEn: 'Example: specialised data network', abbreviations: ['TSLCD'], level: 'province' },
  Task: {
    name: 'Ví dụ: Nâng cấp hệ thống quản lý văn bản',
    nameEn: 'Example: upgrade the document management system',
    code: '1',
    text: 'Ví dụ: Nâng cấp hệ thống quản lý văn bản',
    results: 'Hệ thống được nâng cấp',
    timeline: '2026-2027',
    area: 'Ví dụ: Phát triển ứng dụng',
    order: 1,
  },
  Indicator: {
    name: 'Ví dụ: Tỷ lệ hồ sơ xử lý trực tuyến',
    nameEn: 'Example: share of applications processed online',
    code: 'I.1',
    text: 'Ví dụ: Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến',
    target: '…%',
    period: '2026-2030',
    order: 1,
  },
  AppraisalRule: {
    name: 'Ví dụ: Không xây dựng lại dữ liệu quốc gia',
    nameEn: 'Example: do not rebuild national data',
    code: 'vi-du',
    order: 1,
    text: 'Ví dụ: Dự án không xây dựng lại dữ liệu đã có trong cơ sở dữ liệu quốc gia.',
    summaryEn: 'Example: a project does not rebuild data a national database holds.',
    severity: 'high',
    checks: 'Ví dụ: dữ liệu dự án định xây dựng',
    appliesTo: 'proposal',
  },
};

function genericValue(spec: PropSpec): unknown {
  if (spec.values) return spec.type === 'string[]' ? [spec.values[0]] : spec.values[0];
  return spec.type === 'int' ? 1 : spec.type === 'boolean' ? false : spec.type === 'string[]' ? ['Ví dụ'] : 'Ví dụ';
}

export const exampleId = (kind: KindSpec) => `${kind.idPrefix}:vi-du`;

/** The example node of a kind, valid against the model. */
export function exampleNode(kind: KindSpec): NodeRecord {
  const given = EXAMPLE_PROPS[kind.name] ?? {};
  const record: NodeRecord = { id: exampleId(kind), kind: kind.name, name: `Ví dụ: ${kind.descriptionVi}`, provenance: 'example', ...given } as NodeRecord;
  for (const [key, spec] of Object.entries(kind.props)) if (spec.required && record[key] === undefined) record[key] = genericValue(spec);
  record.description = 'Ví dụ minh họa cách điền; xóa dòng này hoặc ghi đè. · An illustration of how to fill a row; delete or overwrite it.';
  record.sources = [EXAMPLE_SOURCE];
  return record;
}

/** The example's owning agency (the Agency example), for kinds that can be owned. */
export function exampleOwner(kind: KindSpec): string | undefined {
  const agency = KINDS.find((k) => k.name === 'Agency');
  return agency && NODE_LAYOUT_BY_KIND.get(kind.name)?.columns.some((c) => c.key === 'ownerAgency') ? exampleId(agency) : undefined;
}

export const EXAMPLE_NODES: readonly NodeRecord[] = KINDS.map(exampleNode);

/** One relationship between two example nodes, with a relationship property. */
export const EXAMPLE_RELATIONSHIP: RelRecord = {
  type: 'INCLUDES',
  from: 'arch:vi-du',
  to: 'component:vi-du',
  status: 'new',
  note: 'Ví dụ: kiến trúc bao gồm một thành phần xây mới. · Example: the architecture includes a new component.',
  provenance: 'example',
  sources: [EXAMPLE_SOURCE],
};
