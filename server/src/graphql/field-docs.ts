/**
 * Descriptions of the fields many types share (id, name, provenance, sources…), in Vietnamese and
 * English, declared once and applied to every field of that name that the SDL leaves undescribed.
 * Fields particular to one type are described in its SDL.
 */
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';

export const FIELD_DOCS: Record<string, string> = {
  id: 'Mã định danh ổn định `<loại>:<slug>`. / Stable id, `<kind>:<slug>`.',
  name: 'Tên tiếng Việt như tài liệu viết (NFC). / Vietnamese name exactly as written (NFC).',
  nameEn: 'Tên tiếng Anh. / English gloss.',
  kind: 'Loại nút (Agency, Component…). / Node kind.',
  abbreviations: 'Các chữ viết tắt. / Abbreviations.',
  aliases: 'Các cách viết khác, kể cả lỗi chính tả của tài liệu. / Other surface forms, the documents’ typos included.',
  province: 'Tỉnh mà nút thuộc về. / Province the node belongs to.',
  description: 'Mô tả. / Description.',
  provenance: 'Nguồn gốc: stated, inferred, external, example. / Where the fact comes from.',
  sources: 'Trích dẫn: tài liệu, mục, nguyên văn. / Citations: document, section, verbatim quote.',
  rule: 'Quy tắc suy luận (với inferred). / The inference rule (inferred facts).',
  confidence: 'Độ tin cậy của suy luận: high, medium, low. / Confidence of an inference.',
  reference: 'Tham chiếu bên ngoài (với external). / External reference (external facts).',
  relationships: 'Quan hệ của nút, lọc theo chiều và loại. / The node’s relationships, by direction and type.',
  type: 'Loại quan hệ (CONNECTS_TO…). / Relationship type.',
  from: 'Nút đầu (phụ thuộc). / Start node (the dependent).',
  to: 'Nút cuối (được phụ thuộc). / End node (the dependency).',
  status: 'Trạng thái trong phiên bản kiến trúc: existing, upgrade, new, merged, reference. / Status in the architecture version.',
  note: 'Ghi chú. / Note.',
  node: 'Nút. / The node.',
  nodes: 'Các nút. / The nodes.',
  root: 'Nút gốc. / The root node.',
  edges: 'Các cạnh. / The edges.',
  truncated: 'Danh sách bị cắt bớt. / The list was cut short.',
  totalCount: 'Tổng số, không tính phân trang. / Total, regardless of paging.',
  pageInfo: 'Thông tin phân trang. / Paging information.',
  cursor: 'Con trỏ của mục này. / This item’s cursor.',
  startCursor: 'Con trỏ đầu trang. / Cursor of the first item.',
  endCursor: 'Con trỏ cuối trang; truyền vào after để lấy trang sau. / Cursor of the last item; pass as `after` for the next page.',
  hasNextPage: 'Còn trang sau. / There is a next page.',
  hasPreviousPage: 'Có trang trước. / There is a previous page.',
  document: 'Tệp tài liệu nguồn. / Source document file.',
  section: 'Mục trong tài liệu. / Section of the document.',
  quote: 'Trích nguyên văn. / Verbatim quote.',
  score: 'Điểm xếp hạng. / Ranking score.',
  properties: 'Thuộc tính riêng của loại, dạng đối tượng. / The kind’s own properties, as an object.',
  direction: 'Chiều của quan hệ nhìn từ nút. / Direction seen from the node.',
  exposure: 'Mức phơi nhiễm: DIRECT, GROUP, LAYER. / How the node is exposed.',
  count: 'Số lượng. / Count.',
  agency: 'Cơ quan. / The agency.',
  layer: 'Lớp kiến trúc. / The architecture layer.',
  affected: 'Các nút bị ảnh hưởng, theo độ sâu rồi tên. / Affected nodes, by depth then name.',
  byAgency: 'Số lượng theo cơ quan. / Counts per agency.',
  byLayer: 'Số lượng theo lớp kiến trúc. / Counts per architecture layer.',
  // Appraisal.
  textVi: 'Giải thích bằng tiếng Việt. / Explanation in Vietnamese.',
  textEn: 'Giải thích bằng tiếng Anh. / Explanation in English.',
  steps: 'Các dữ kiện, mỗi dữ kiện một quan hệ như đã lưu. / The facts, each a relationship as stored.',
  severity: 'Mức độ: high, medium, low. / Severity.',
  messageVi: 'Nội dung phát hiện (tiếng Việt). / What was found (Vietnamese).',
  messageEn: 'Nội dung phát hiện (tiếng Anh). / What was found (English).',
  recommendationVi: 'Khuyến nghị (tiếng Việt). / Recommendation (Vietnamese).',
  recommendationEn: 'Khuyến nghị (tiếng Anh). / Recommendation (English).',
  evidence: 'Chứng cứ: các dữ kiện và nguồn của chúng. / Evidence: the facts and their sources.',
  subject: 'Đối tượng. / The subject.',
  findings: 'Các phát hiện, mức cao trước. / Findings, most severe first.',
  mode: 'Tự xây dựng hay tích hợp. / Built or integrated.',
  location: 'Nơi triển khai. / Where it is hosted.',
  category: 'Loại kinh phí. / Budget category.',
  modules: 'Các module. / The modules.',
  hosting: 'Nơi triển khai. / Hosting.',
  budgetLines: 'Các dòng kinh phí. / Budget lines.',
  ruleCode: 'Mã quy tắc thẩm định. / Appraisal rule code.',
  use: 'Tài nguyên nên dùng. / What to use.',
  reasonVi: 'Lý do (tiếng Việt). / Reason (Vietnamese).',
  reasonEn: 'Lý do (tiếng Anh). / Reason (English).',
  amount: 'Số tiền, triệu đồng. / Amount, million VND.',
  verdict: 'Kết luận. / Verdict.',
  summaryVi: 'Tóm tắt (tiếng Việt). / Summary (Vietnamese).',
  summaryEn: 'Tóm tắt (tiếng Anh). / Summary (English).',
  owner: 'Cơ quan chủ quản. / Owner agency.',
  reuse: 'Khuyến nghị tái sử dụng. / Reuse recommendations.',
  unfundedBudgetLines: 'Các dòng kinh phí không nên bố trí. / Budget lines that should not be funded.',
  conformance: 'Tóm tắt sự phù hợp. / Conformance summary.',
  reports: 'Các báo cáo. / The reports.',
  target: 'Nút đích. / The target node.',
  change: 'Thay đổi. / How it changes.',
  before: 'Trước khi thay đổi. / Before.',
  after: 'Sau khi thay đổi. / After.',
  links: 'Các liên kết. / The links.',
};

export const TYPE_DOCS: Record<string, string> = {
  JSON: 'Giá trị JSON tùy ý. / Any JSON value.',
  Direction: 'Chiều quan hệ. / Relationship direction.',
  PageInfo: 'Thông tin phân trang theo con trỏ. / Cursor paging information.',
  NodeEdge: 'Một mục của trang. / One item of a page.',
  AgencyCount: 'Số lượng theo cơ quan. / A count per agency.',
  LayerCount: 'Số lượng theo lớp. / A count per layer.',
  DeleteNodeResult: 'Kết quả xóa nút. / What a node deletion removed.',
  RelationshipInput: 'Quan hệ mới. / A new relationship.',
  RelationshipKey: 'Khóa của quan hệ: đầu, loại, cuối. / A relationship’s key: from, type, to.',
  RelationshipPatch: 'Thay đổi quan hệ; null xóa thuộc tính. / Changes to a relationship; null removes a property.',
  RelationshipRef: 'Tham chiếu tới một quan hệ. / A reference to a relationship.',
};

/**
 * Descriptions of the arguments many fields share (paging, node ids, provenance), applied where the
 * SDL leaves an argument undescribed. Arguments particular to one field are described in its SDL.
 */
export const ARG_DOCS: Record<string, string> = {
  id: 'Mã định danh của nút (`<loại>:<slug>`). / The node’s id (`<kind>:<slug>`).',
  ids: 'Các mã định danh nút; mỗi mã không tồn tại cho null. / Node ids; an unknown one gives null.',
  first: 'Số mục tối đa trả về. / The largest number of items returned.',
  after: 'Con trỏ: trả về các mục sau mục này (endCursor của trang trước). / Cursor: the items after this one (the previous page’s endCursor).',
  provenance:
    'Nguồn gốc của các dữ kiện được dùng; mặc định stated và inferred (thêm example để dùng dữ liệu minh họa). / Provenance of the facts used; stated and inferred by default (add example to use illustrative data).',
};

/** Fills in shared descriptions where the SDL has none. */
export function withFieldDocs(schema: GraphQLSchema): GraphQLSchema {
  const fillArgs = <T extends { args?: Record<string, { description?: string | null }> | null }>(config: T): T => {
    if (!config.args) return config;
    const args = Object.fromEntries(
      Object.entries(config.args).map(([name, a]) => [name, a.description || !ARG_DOCS[name] ? a : { ...a, description: ARG_DOCS[name] }]),
    );
    return { ...config, args };
  };
  const fill = <T extends { description?: string | null; args?: Record<string, { description?: string | null }> | null }>(name: string, config: T): T =>
    fillArgs(config.description || !FIELD_DOCS[name] ? config : { ...config, description: FIELD_DOCS[name] });
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName) => fill(fieldName, config),
    [MapperKind.INTERFACE_FIELD]: (config, fieldName) => fill(fieldName, config),
    [MapperKind.INPUT_OBJECT_FIELD]: (config, fieldName) => fill(fieldName, config),
    [MapperKind.TYPE]: (type) => {
      if (type.description || !TYPE_DOCS[type.name]) return type;
      (type as { description?: string | null }).description = TYPE_DOCS[type.name];
      return type;
    },
  });
}
