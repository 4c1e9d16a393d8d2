/**
 * Relationship types as words people read in an appraisal report ("lưu dữ liệu", "khai thác dữ
 * liệu từ"), in the stored direction: "A <phrase> B". Reports and evidence never show a type code.
 */
import { RELATIONSHIPS } from '../model/model.js';

export const RELATION_PHRASES: Record<string, { vi: string; en: string }> = {
  CONNECTS_TO: { vi: 'kết nối, trao đổi dữ liệu với', en: 'exchanges data with' },
  INTEGRATES_VIA: { vi: 'tích hợp qua', en: 'integrates through' },
  USES_DATA_FROM: { vi: 'khai thác dữ liệu từ', en: 'uses data from' },
  USES_SERVICE: { vi: 'dùng dịch vụ', en: 'uses the service' },
  PROVIDED_BY: { vi: 'được cung cấp bởi', en: 'is provided by' },
  HOSTED_ON: { vi: 'đặt tại', en: 'is hosted at' },
  CONNECTED_OVER: { vi: 'kết nối qua mạng', en: 'connects over' },
  PART_OF: { vi: 'là một phần (module, phân hệ) của', en: 'is part of' },
  REUSES: { vi: 'tái sử dụng', en: 'reuses' },
  DELIVERED_BY: { vi: 'được cung cấp trên', en: 'is delivered by' },
  MEMBER_OF_GROUP: { vi: 'thuộc nhóm', en: 'belongs to the group' },
  IN_LAYER: { vi: 'nằm trong lớp', en: 'is in the layer' },
  INCLUDES: { vi: 'bao gồm', en: 'includes' },
  LAYER_OF: { vi: 'là một lớp của', en: 'is a layer of' },
  MERGED_INTO: { vi: 'đã hợp nhất vào', en: 'was merged into' },
  SUCCEEDED_BY: { vi: 'được đổi tên hoặc thay thế bởi', en: 'is succeeded by' },
  SUPERSEDES: { vi: 'thay thế phiên bản', en: 'supersedes' },
  CONFORMS_TO: { vi: 'xây dựng trên khung', en: 'conforms to' },
  IMPLEMENTS: { vi: 'triển khai', en: 'implements' },
  APPROVED_BY: { vi: 'được phê duyệt bởi', en: 'is approved by' },
  BASED_ON: { vi: 'căn cứ', en: 'is based on' },
  AMENDS: { vi: 'sửa đổi', en: 'amends' },
  ISSUED_BY: { vi: 'được ban hành bởi', en: 'is issued by' },
  ORGANISES_DATA_BY: { vi: 'tổ chức dữ liệu theo', en: 'organises its data by' },
  CITES: { vi: 'viện dẫn', en: 'cites' },
  OWNED_BY: { vi: 'có cơ quan chủ quản là', en: 'is owned by' },
  OPERATED_BY: { vi: 'được vận hành bởi', en: 'is operated by' },
  MEMBER_OF: { vi: 'thuộc nhóm cơ quan', en: 'is a member of' },
  SUBORDINATE_TO: { vi: 'trực thuộc', en: 'is subordinate to' },
  LISTED_IN: { vi: 'thuộc', en: 'is listed in' },
  LED_BY: { vi: 'được chủ trì bởi', en: 'is led by' },
  COORDINATED_WITH: { vi: 'phối hợp với', en: 'is coordinated with' },
  IMPLEMENTED_BY: { vi: 'được thực hiện bởi', en: 'is implemented by' },
  TARGETS: { vi: 'tác động tới', en: 'targets' },
  MEASURES: { vi: 'đo lường', en: 'measures' },
  CONTINUES: { vi: 'tiếp nối', en: 'continues' },
  AUTHORITATIVE_FOR: { vi: 'là nguồn dữ liệu gốc về', en: 'is the authoritative source of' },
  HOLDS_DATA: { vi: 'lưu dữ liệu', en: 'holds data of' },
  SUBDOMAIN_OF: { vi: 'thuộc miền dữ liệu', en: 'is a subject of the domain' },
  COMPUTERISES: { vi: 'tin học hóa nghiệp vụ', en: 'computerises the business of' },
  BUILDS_OWN: { vi: 'tự xây dựng', en: 'builds its own' },
  MONITORED_BY: { vi: 'được giám sát an toàn thông tin bởi', en: 'is monitored by' },
  STATED_IN: { vi: 'được nêu trong', en: 'is stated in' },
  CONCERNS: { vi: 'nói tới', en: 'concerns' },
  RELATED_TO: { vi: 'có quan hệ với', en: 'is related to' },
};

/** The words for a relationship type (a type the table misses reads as the model's description). */
export function relationPhrase(type: string): { vi: string; en: string } {
  const p = RELATION_PHRASES[type];
  if (p) return p;
  const spec = RELATIONSHIPS.find((r) => r.type === type);
  return spec
    ? { vi: spec.descriptionVi.replace(/\.$/, '').toLowerCase(), en: spec.description.replace(/\.$/, '').toLowerCase() }
    : { vi: 'có quan hệ với', en: 'is related to' };
}

/** One fact as a sentence: "“A” lưu dữ liệu “Dân cư”." */
export function factSentence(from: string, type: string, to: string, lang: 'vi' | 'en'): string {
  const p = relationPhrase(type)[lang];
  return `${from} ${p} ${to}.`;
}
