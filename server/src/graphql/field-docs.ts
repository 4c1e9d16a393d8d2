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

/** Fills in shared descriptions where the SDL has none. */
export function withFieldDocs(schema: GraphQLSchema): GraphQLSchema {
  const fill = <T extends { description?: string | null }>(name: string, config: T): T =>
    config.description || !FIELD_DOCS[name] ? config : { ...config, description: FIELD_DOCS[name] };
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
