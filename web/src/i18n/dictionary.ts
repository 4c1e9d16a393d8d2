/**
 * Every label of the client, Vietnamese first, English second: the one dictionary. Keys are
 * grouped by view; each view adds its keys in its own section. `t()` (i18n.ts) looks keys up here.
 */
export const DICTIONARY = {
  // ── shell ──
  'app.title': { vi: 'akb — Kiến trúc Chính quyền số', en: 'akb — Digital government architecture' },
  'app.language': { vi: 'English', en: 'Tiếng Việt' },
  'app.languageLabel': { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  'nav.explore': { vi: 'Khám phá', en: 'Explore' },
  'nav.impact': { vi: 'Ảnh hưởng', en: 'Impact' },
  'nav.duplication': { vi: 'Trùng lặp', en: 'Duplication' },
  'nav.appraisal': { vi: 'Thẩm định', en: 'Appraisal' },
  'nav.architecture': { vi: 'Kiến trúc', en: 'Architecture' },
  'nav.edit': { vi: 'Chỉnh sửa', en: 'Edit' },
  'nav.label': { vi: 'Các chức năng', en: 'Views' },
  'common.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'common.empty': { vi: 'Không có dữ liệu.', en: 'Nothing to show.' },
  'common.error': { vi: 'Lỗi', en: 'Error' },
  'common.retry': { vi: 'Thử lại', en: 'Retry' },
  'common.example': { vi: 'ví dụ minh họa', en: 'illustrative example' },
  'common.close': { vi: 'Đóng', en: 'Close' },
  'provenance.stated': { vi: 'nêu trong tài liệu', en: 'stated' },
  'provenance.inferred': { vi: 'suy luận', en: 'inferred' },
  'provenance.external': { vi: 'nguồn ngoài', en: 'external' },
  'provenance.example': { vi: 'ví dụ', en: 'example' },
  'kind.Architecture': { vi: 'Kiến trúc', en: 'Architecture' },
  'kind.Plan': { vi: 'Kế hoạch', en: 'Plan' },
  'kind.LegalDocument': { vi: 'Văn bản', en: 'Legal document' },
  'kind.Agency': { vi: 'Cơ quan', en: 'Agency' },
  'kind.AgencyGroup': { vi: 'Nhóm cơ quan', en: 'Agency group' },
  'kind.Component': { vi: 'Hệ thống', en: 'System' },
  'kind.NationalDatabase': { vi: 'CSDL quốc gia', en: 'National database' },
  'kind.ComponentGroup': { vi: 'Nhóm hệ thống', en: 'System group' },
  'kind.DataDomain': { vi: 'Miền dữ liệu', en: 'Data domain' },
  'kind.ArchitectureLayer': { vi: 'Lớp kiến trúc', en: 'Architecture layer' },
  'kind.SharedService': { vi: 'Dịch vụ dùng chung', en: 'Shared service' },
  'kind.Network': { vi: 'Mạng', en: 'Network' },
  'kind.Task': { vi: 'Nhiệm vụ', en: 'Task' },
  'kind.Indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'kind.AppraisalRule': { vi: 'Quy tắc thẩm định', en: 'Appraisal rule' },
  // ── search ──
  'search.label': { vi: 'Tìm kiếm', en: 'Search' },
  'search.placeholder': { vi: 'Tìm hệ thống, CSDL, cơ quan… (vd. dan cu, LGSP)', en: 'Find a system, database, agency… (e.g. dan cu, LGSP)' },
  'search.none': { vi: 'Không tìm thấy', en: 'No match' },
  'search.results': { vi: '{n} kết quả', en: '{n} results' },
  // ── graph ──
  'graph.label': { vi: 'Đồ thị', en: 'Graph' },
  'graph.summary': { vi: 'Đồ thị có {nodes} nút và {edges} cạnh.', en: 'Graph of {nodes} nodes and {edges} edges.' },
  // ── explore ── (kb-explore-view, kb-node-panel)
  // ── impact ── (kb-impact-view, kb-table)
  // ── duplication ── (kb-duplication-view)
  // ── appraisal ── (kb-appraisal-view)
  // ── architecture ── (kb-architecture-view)
  // ── edit ── (kb-edit-view)
} as const satisfies Record<string, { vi: string; en: string }>;

export type LabelKey = keyof typeof DICTIONARY;
