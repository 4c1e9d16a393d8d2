/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Loại dòng kinh phí. / Budget line category. */
export type BudgetCategory =
  /** Dữ liệu. / Data. */
  | 'DATA'
  /** Hạ tầng. / Infrastructure. */
  | 'INFRASTRUCTURE'
  /** Tích hợp. / Integration. */
  | 'INTEGRATION'
  /** Module chức năng. / A functional module. */
  | 'MODULE'
  /** Khác. / Other. */
  | 'OTHER'
  /** An toàn thông tin. / Security. */
  | 'SECURITY'
  /** Phần mềm. / Software. */
  | 'SOFTWARE'
  /** Đào tạo. / Training. */
  | 'TRAINING'
  /** Truyền dẫn. / Transmission. */
  | 'TRANSMISSION';

/** Một dòng kinh phí (triệu đồng). / A budget line (million VND). */
export type BudgetLineInput = {
  /** Triệu đồng. / Million VND. */
  amount: number;
  /** Loại kinh phí. / Budget category. */
  category: BudgetCategory;
  /** Tên module mà dòng này tài trợ. / Name of the module this line funds. */
  module?: string | null | undefined;
  /** Tên tiếng Việt như tài liệu viết (NFC). / Vietnamese name exactly as written (NFC). */
  name: string;
  /** Hạng mục đặc thù (ATTT). / A special item (security). */
  special?: boolean | null | undefined;
};

/** Trạng thái một lần nhập khối lượng lớn (`npm run import -- TỆP --bulk`). / The state of a bulk import. */
export type BulkImportState =
  /** Đã ghi xong mọi lô. / Every batch written. */
  | 'DONE'
  /** Đang chạy. / Running. */
  | 'RUNNING'
  /** Đã hoàn tác: cơ sở dữ liệu như trước khi nhập. / Undone: the database is as it was before it. */
  | 'UNDONE';

/** Bên có một hạng mục so sánh. / Which side has a compared item. */
export type ComparedSide =
  /** Cả hai. / Both. */
  | 'BOTH'
  /** Chỉ đối tượng thứ nhất. / The first subject only. */
  | 'FIRST'
  /** Chỉ đối tượng thứ hai. / The second subject only. */
  | 'SECOND';

/** Chiều quan hệ. / Relationship direction. */
export type Direction =
  /** Cả hai chiều. / Both. */
  | 'BOTH'
  /** Quan hệ đi vào. / Incoming. */
  | 'IN'
  /** Quan hệ đi ra. / Outgoing. */
  | 'OUT';

/** Phạm vi quét trùng lặp. / Scope of a duplication scan. */
export type DuplicationScope = {
  /** Cơ quan chủ quản hoặc vận hành. / Owner or operator agency. */
  agency?: string | null | undefined;
  /** Một phiên bản kiến trúc: các thành phần nó bao gồm và danh mục ứng dụng của tỉnh đó. / An architecture version: what it includes plus its province's catalogue. */
  architecture?: string | null | undefined;
  /** Nguồn gốc dữ kiện được dùng (mặc định stated, inferred). / Provenance of the facts used (default stated, inferred). */
  provenance?: Array<Provenance> | null | undefined;
  /** Tỉnh. / Province. */
  province?: string | null | undefined;
  /** Bộ quy tắc (mặc định: bộ duy nhất hoặc của tỉnh được quét). / The rule set (default: the only one, or the scanned province's). */
  ruleSet?: string | null | undefined;
  /** Mã quy tắc (mặc định tất cả). / Rule codes (default: all). */
  rules?: Array<string> | null | undefined;
};

/** Một liên kết dữ liệu đề xuất. / A proposed data link. */
export type ExchangeInput = {
  /** Hệ thống, CSDL quốc gia hoặc nhóm. / System, national database or group. */
  target: string;
  /** Nền tảng tích hợp đi qua (LGSP, NDXP); bỏ trống = điểm-điểm. / Integration platform it goes through (LGSP, NDXP); empty = point to point. */
  via?: string | null | undefined;
};

/** Mức phơi nhiễm. / How an affected node is exposed. */
export type Exposure =
  /** Qua quan hệ trực tiếp. / Through direct relationships. */
  | 'DIRECT'
  /** Chỉ qua một nhóm được nêu chung. / Only through a collective mention. */
  | 'GROUP'
  /** Chỉ qua lớp kiến trúc của nó. / Only through its architecture layer. */
  | 'LAYER';

/** Nơi triển khai đề xuất. / Where the proposal will be hosted. */
export type HostingInput = {
  /** Nơi triển khai. / Where it is hosted. */
  location: HostingLocation;
  /** Đặt dưới giám sát của SOC tỉnh. / Under the provincial SOC's supervision. */
  monitoredBySoc?: boolean | null | undefined;
  /** Lý do ngoại lệ khi ngoài TTDL tỉnh. / The exception, when outside the provincial data centre. */
  reason?: string | null | undefined;
};

/** Nơi triển khai. / Where it is hosted. */
export type HostingLocation =
  /** Trung tâm dữ liệu quốc gia. / The national data centre. */
  | 'NATIONAL_DATACENTRE'
  /** Ngoài trung tâm dữ liệu (nêu lý do). / Outside (state why). */
  | 'OUTSIDE'
  /** Trung tâm dữ liệu tỉnh. / The provincial data centre. */
  | 'PROVINCIAL_DATACENTRE';

/** Chiều phân tích ảnh hưởng. / Which way impact is walked. */
export type ImpactDirection =
  /** Nút này cần gì. / What this node needs. */
  | 'DEPENDENCIES'
  /** Ai bị ảnh hưởng nếu nút này thay đổi hoặc hỏng. / Who is hit if this node changes or fails. */
  | 'DEPENDENTS';

/** Điều một mục sẽ làm (hoặc đã làm). / What an item does (or would do). */
export type ImportAction =
  /** Tạo mới. / Created. */
  | 'CREATED'
  /** Bị từ chối, kèm lý do. / Refused, with the reasons. */
  | 'REJECTED'
  /** Đã có, không đổi. / Stored, the same. */
  | 'UNCHANGED'
  /** Đã có và thay đổi. / Stored and changed. */
  | 'UPDATED';

/** Định dạng nhập/xuất. / Import and export formats. */
export type ImportFormat =
  /** Tệp trao đổi ArchiMate 3.x của The Open Group. / The Open Group ArchiMate 3.x exchange file. */
  | 'ARCHIMATE'
  /** Một tệp CSV, hoặc tệp zip mỗi loại một CSV. / One CSV file, or a zip of one CSV per kind. */
  | 'CSV'
  /** JSON ({nodes, relationships}) hoặc NDJSON. / JSON ({nodes, relationships}) or NDJSON. */
  | 'JSON'
  /** Excel (.xlsx), mỗi loại một trang tính. / Excel (.xlsx), one sheet per kind. */
  | 'XLSX';

/** Cách một dòng không có mã được đối chiếu. / How a row was matched to a node. */
export type ImportMatch =
  /** Theo mã ghi trong tệp. / By the id the file gives. */
  | 'ID'
  /** Theo loại, tên và cơ quan chủ quản. / By kind, name and owner agency. */
  | 'NAME_AND_AGENCY'
  /** Không khớp: mã mới tạo từ tên. / No match: a new id made from the name. */
  | 'NEW_ID';

/** Cách ghi khi có dòng lỗi. / What to write when some rows fail. */
export type ImportMode =
  /** Không ghi gì nếu có dòng lỗi. / Write nothing if any row fails. */
  | 'ALL_OR_NOTHING'
  /** Ghi các dòng hợp lệ, báo cáo các dòng lỗi. / Write the valid rows, report the rest. */
  | 'VALID_ROWS';

/** Trạng thái của một nút trong một phiên bản kiến trúc (thuộc tính status của quan hệ INCLUDES). / A node's status in an architecture version (the `status` of its INCLUDES relationship). */
export type InclusionStatus =
  /** Hiện có, giữ nguyên. / Exists and stays as it is. */
  | 'existing'
  /** Đã hợp nhất vào thành phần khác (MERGED_INTO). / Merged into another component (MERGED_INTO). */
  | 'merged'
  /** Xây dựng mới. / To be built. */
  | 'new'
  /** Được tham chiếu, thường là thành phần cấp quốc gia. / Referenced, usually a national component. */
  | 'reference'
  /** Hiện có, được nâng cấp. / Exists and is upgraded. */
  | 'upgrade';

/** Một module của đề xuất. / A module of the proposal. */
export type ModuleInput = {
  /** Năng lực: khóa (sso, e-payment, digital-signature…) hoặc id dịch vụ. / Capability: key (sso, e-payment, digital-signature…) or service id. */
  capability: string;
  /** Tự xây dựng hay tích hợp. / Built or integrated. */
  mode: ModuleMode;
  /** Tên tiếng Việt như tài liệu viết (NFC). / Vietnamese name exactly as written (NFC). */
  name: string;
};

/** Cách một module được thực hiện. / How a module is delivered. */
export type ModuleMode =
  /** Tự xây dựng. / Built by the project. */
  | 'BUILD'
  /** Tích hợp dịch vụ dùng chung. / Integrates a shared service. */
  | 'INTEGRATE';

/** Nút mới. / A new node. Kind-specific properties (componentKind, level, code…) go in `properties`. */
export type NodeInput = {
  /** Các chữ viết tắt. / Abbreviations. */
  abbreviations?: Array<string> | null | undefined;
  /** Các cách viết khác, kể cả lỗi chính tả của tài liệu. / Other surface forms, the documents’ typos included. */
  aliases?: Array<string> | null | undefined;
  /** Độ tin cậy của suy luận: high, medium, low. / Confidence of an inference. */
  confidence?: string | null | undefined;
  /** Mô tả. / Description. */
  description?: string | null | undefined;
  /** Mã định danh ổn định `<loại>:<slug>`. / Stable id, `<kind>:<slug>`. */
  id: string;
  /** Loại nút (Agency, Component…). / Node kind. */
  kind: string;
  /** Tên tiếng Việt như tài liệu viết (NFC). / Vietnamese name exactly as written (NFC). */
  name: string;
  /** Tên tiếng Anh. / English gloss. */
  nameEn?: string | null | undefined;
  /** Thuộc tính riêng của loại. / The kind's own properties, as an object. */
  properties?: unknown;
  /** Nguồn gốc: stated, inferred, external, example. / Where the fact comes from. */
  provenance: Provenance;
  /** Tỉnh mà nút thuộc về. / Province the node belongs to. */
  province?: string | null | undefined;
  /** Tham chiếu bên ngoài (với external). / External reference (external facts). */
  reference?: string | null | undefined;
  /** Quy tắc suy luận (với inferred). / The inference rule (inferred facts). */
  rule?: string | null | undefined;
  /** Trích dẫn: tài liệu, mục, nguyên văn. / Citations: document, section, verbatim quote. */
  sources?: Array<SourceInput> | null | undefined;
};

/** Thay đổi một nút; null xóa thuộc tính. / Changes to a node; null removes a property. */
export type NodePatch = {
  /** Các chữ viết tắt. / Abbreviations. */
  abbreviations?: Array<string> | null | undefined;
  /** Các cách viết khác, kể cả lỗi chính tả của tài liệu. / Other surface forms, the documents’ typos included. */
  aliases?: Array<string> | null | undefined;
  /** Độ tin cậy của suy luận: high, medium, low. / Confidence of an inference. */
  confidence?: string | null | undefined;
  /** Mô tả. / Description. */
  description?: string | null | undefined;
  /** Tên tiếng Việt như tài liệu viết (NFC). / Vietnamese name exactly as written (NFC). */
  name?: string | null | undefined;
  /** Tên tiếng Anh. / English gloss. */
  nameEn?: string | null | undefined;
  /** Thuộc tính riêng của loại, dạng đối tượng. / The kind’s own properties, as an object. */
  properties?: unknown;
  /** Nguồn gốc: stated, inferred, external, example. / Where the fact comes from. */
  provenance?: Provenance | null | undefined;
  /** Tỉnh mà nút thuộc về. / Province the node belongs to. */
  province?: string | null | undefined;
  /** Tham chiếu bên ngoài (với external). / External reference (external facts). */
  reference?: string | null | undefined;
  /** Quy tắc suy luận (với inferred). / The inference rule (inferred facts). */
  rule?: string | null | undefined;
  /** Trích dẫn: tài liệu, mục, nguyên văn. / Citations: document, section, verbatim quote. */
  sources?: Array<SourceInput> | null | undefined;
};

/** Đề xuất dự án cần thẩm định. / A project proposal to appraise. */
export type ProposalInput = {
  /** Phiên bản kiến trúc áp dụng. / Architecture version it falls under. */
  architecture?: string | null | undefined;
  /** Các dòng kinh phí. / Budget lines. */
  budgetLines?: Array<BudgetLineInput> | null | undefined;
  /** Miền nghiệp vụ tin học hóa (DataDomain). / Business domains it computerises (DataDomain). */
  businessDomains?: Array<string> | null | undefined;
  /** Dữ liệu sẽ lưu (DataDomain). / Data subjects it will hold (DataDomain). */
  dataDomains?: Array<string> | null | undefined;
  /** Cung cấp dữ liệu cho Kho dữ liệu dùng chung. / Feeds the shared data warehouse. */
  feedsWarehouse?: boolean | null | undefined;
  /** Nơi triển khai. / Hosting. */
  hosting: HostingInput;
  /** Hệ thống sẽ kết nối. / Systems it will connect to. */
  integrations?: Array<ExchangeInput> | null | undefined;
  /** Lý do xây dựng lại nghiệp vụ đã tin học hóa. / Why it rebuilds an already computerised business. */
  justification?: string | null | undefined;
  /** Các module. / The modules. */
  modules?: Array<ModuleInput> | null | undefined;
  /** Tên tiếng Việt như tài liệu viết (NFC). / Vietnamese name exactly as written (NFC). */
  name: string;
  /** Mạng sử dụng (Internet, TSLCD…). / Networks used (Internet, TSLCD…). */
  networks?: Array<string> | null | undefined;
  /** Cung cấp dịch vụ chia sẻ dữ liệu trên LGSP. / Offers data-sharing services on LGSP. */
  offersDataSharing?: boolean | null | undefined;
  /** Cơ quan chủ quản. / Owner agency. */
  ownerAgency: string;
  /** Cấp độ an toàn HTTT (1–5). / Security level (1–5). */
  securityLevel?: number | null | undefined;
  /** Nguồn dữ liệu sẽ khai thác. / Data sources it will use. */
  usesData?: Array<ExchangeInput> | null | undefined;
};

/** Nguồn gốc của một dữ kiện. / Where a fact comes from. */
export type Provenance =
  /** Dữ liệu minh họa. / Illustrative data no document states. */
  | 'example'
  /** Kiến thức công khai ngoài tài liệu. / Public knowledge outside the documents. */
  | 'external'
  /** Suy ra theo một quy tắc có tên. / Derived by a named rule. */
  | 'inferred'
  /** Một câu trong tài liệu khẳng định. / A sentence of a document states it. */
  | 'stated';

/** Quan hệ mới. / A new relationship. */
export type RelationshipInput = {
  /** Độ tin cậy của suy luận: high, medium, low. / Confidence of an inference. */
  confidence?: string | null | undefined;
  /** Nút đầu (phụ thuộc). / Start node (the dependent). */
  from: string;
  /** Ghi chú. / Note. */
  note?: string | null | undefined;
  /** Nguồn gốc: stated, inferred, external, example. / Where the fact comes from. */
  provenance: Provenance;
  /** Tham chiếu bên ngoài (với external). / External reference (external facts). */
  reference?: string | null | undefined;
  /** Quy tắc suy luận (với inferred). / The inference rule (inferred facts). */
  rule?: string | null | undefined;
  /** Trích dẫn: tài liệu, mục, nguyên văn. / Citations: document, section, verbatim quote. */
  sources?: Array<SourceInput> | null | undefined;
  /** Trạng thái trong phiên bản kiến trúc: existing, upgrade, new, merged, reference. / Status in the architecture version. */
  status?: string | null | undefined;
  /** Nút cuối (được phụ thuộc). / End node (the dependency). */
  to: string;
  /** Loại quan hệ (CONNECTS_TO…). / Relationship type. */
  type: string;
  /** Nền tảng tích hợp (USES_DATA_FROM, CONNECTS_TO). / Integration platform (USES_DATA_FROM, CONNECTS_TO). */
  via?: string | null | undefined;
};

/** Khóa của quan hệ: đầu, loại, cuối. / A relationship’s key: from, type, to. */
export type RelationshipKey = {
  /** Nút đầu (phụ thuộc). / Start node (the dependent). */
  from: string;
  /** Nút cuối (được phụ thuộc). / End node (the dependency). */
  to: string;
  /** Loại quan hệ (CONNECTS_TO…). / Relationship type. */
  type: string;
};

/** Thay đổi quan hệ; null xóa thuộc tính. / Changes to a relationship; null removes a property. */
export type RelationshipPatch = {
  /** Độ tin cậy của suy luận: high, medium, low. / Confidence of an inference. */
  confidence?: string | null | undefined;
  /** Ghi chú. / Note. */
  note?: string | null | undefined;
  /** Nguồn gốc: stated, inferred, external, example. / Where the fact comes from. */
  provenance?: Provenance | null | undefined;
  /** Tham chiếu bên ngoài (với external). / External reference (external facts). */
  reference?: string | null | undefined;
  /** Quy tắc suy luận (với inferred). / The inference rule (inferred facts). */
  rule?: string | null | undefined;
  /** Trích dẫn: tài liệu, mục, nguyên văn. / Citations: document, section, verbatim quote. */
  sources?: Array<SourceInput> | null | undefined;
  /** Trạng thái trong phiên bản kiến trúc: existing, upgrade, new, merged, reference. / Status in the architecture version. */
  status?: string | null | undefined;
  /** Nền tảng tích hợp (USES_DATA_FROM, CONNECTS_TO). / Integration platform (USES_DATA_FROM, CONNECTS_TO). */
  via?: string | null | undefined;
};

/** Vai trò: mỗi vai trò làm được mọi việc của vai trò trước nó. / Roles: each can do what the ones before it can. */
export type Role =
  /** Quản lý mã truy cập. / Also manage API tokens. */
  | 'admin'
  /** Lưu báo cáo thẩm định. / Also save appraisals. */
  | 'appraiser'
  /** Sửa đồ thị. / Also change the graph. */
  | 'editor'
  /** Xem, phân tích, thẩm định không lưu. / Read, analyse, appraise without saving. */
  | 'viewer';

/** Mức độ của một phát hiện. / How serious a finding is. */
export type Severity =
  /** Không bố trí kinh phí / không phê duyệt như đề xuất. / Do not fund or approve as proposed. */
  | 'high'
  /** Cần xem xét. / For review. */
  | 'low'
  /** Phê duyệt có điều kiện. / Approve with conditions. */
  | 'medium';

/** Trích dẫn nguồn. / A source citation. */
export type SourceInput = {
  /** Tệp tài liệu nguồn. / Source document file. */
  document: string;
  /** Trích nguyên văn. / Verbatim quote. */
  quote: string;
  /** Mục trong tài liệu. / Section of the document. */
  section: string;
};

/** Kết luận. / Verdict. */
export type Verdict =
  /** Phù hợp. / Conforms. */
  | 'CONFORMS'
  /** Phù hợp có điều kiện. / Conforms with conditions. */
  | 'CONFORMS_WITH_CONDITIONS'
  /** Chưa phù hợp. / Does not conform. */
  | 'DOES_NOT_CONFORM';

export type ArchitectureLandscapeQueryVariables = Exact<{
  id: string;
}>;


export type ArchitectureLandscapeQuery = { node:
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Agency_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_AgencyGroup_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_AppraisalRule_Fragment
    )
    | (
      { version: string, relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Architecture_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_ArchitectureLayer_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Component_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_ComponentGroup_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_DataDomain_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Element_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Indicator_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_LegalDocument_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_NationalDatabase_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Network_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Plan_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_SharedService_Fragment
    )
    | (
      { relationships: Array<{ type: string, field: string, direction: Direction, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
        , sources: Array<SourceRefFragment> }> }
      & NodeSummary_Task_Fragment
    )
   | null, architectureLandscape: { componentCount: number, statedCount: number, inferredCount: number, otherCount: number, otherShare: number, layers: Array<{ order: number, layerKey: string, size: number, layer:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
       }>, placements: Array<{ status: InclusionStatus | null, provenance: Provenance | null, rule: string | null, explanationVi: string | null, explanationEn: string | null, node:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
      , layer:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null, group:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null, via:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
       | null, sources: Array<SourceRefFragment> }>, connections: Array<{ type: string, from: string, to: string, provenance: Provenance }> } };

export type DiffItemFragment = { statusFrom: InclusionStatus | null, statusTo: InclusionStatus | null, node:
    | NodeSummary_Agency_Fragment
    | NodeSummary_AgencyGroup_Fragment
    | NodeSummary_AppraisalRule_Fragment
    | NodeSummary_Architecture_Fragment
    | NodeSummary_ArchitectureLayer_Fragment
    | NodeSummary_Component_Fragment
    | NodeSummary_ComponentGroup_Fragment
    | NodeSummary_DataDomain_Fragment
    | NodeSummary_Element_Fragment
    | NodeSummary_Indicator_Fragment
    | NodeSummary_LegalDocument_Fragment
    | NodeSummary_NationalDatabase_Fragment
    | NodeSummary_Network_Fragment
    | NodeSummary_Plan_Fragment
    | NodeSummary_SharedService_Fragment
    | NodeSummary_Task_Fragment
  , sources: Array<SourceRefFragment> };

export type DiffLinkFragment = { type: string, provenance: Provenance, from:
    | NodeSummary_Agency_Fragment
    | NodeSummary_AgencyGroup_Fragment
    | NodeSummary_AppraisalRule_Fragment
    | NodeSummary_Architecture_Fragment
    | NodeSummary_ArchitectureLayer_Fragment
    | NodeSummary_Component_Fragment
    | NodeSummary_ComponentGroup_Fragment
    | NodeSummary_DataDomain_Fragment
    | NodeSummary_Element_Fragment
    | NodeSummary_Indicator_Fragment
    | NodeSummary_LegalDocument_Fragment
    | NodeSummary_NationalDatabase_Fragment
    | NodeSummary_Network_Fragment
    | NodeSummary_Plan_Fragment
    | NodeSummary_SharedService_Fragment
    | NodeSummary_Task_Fragment
  , to:
    | NodeSummary_Agency_Fragment
    | NodeSummary_AgencyGroup_Fragment
    | NodeSummary_AppraisalRule_Fragment
    | NodeSummary_Architecture_Fragment
    | NodeSummary_ArchitectureLayer_Fragment
    | NodeSummary_Component_Fragment
    | NodeSummary_ComponentGroup_Fragment
    | NodeSummary_DataDomain_Fragment
    | NodeSummary_Element_Fragment
    | NodeSummary_Indicator_Fragment
    | NodeSummary_LegalDocument_Fragment
    | NodeSummary_NationalDatabase_Fragment
    | NodeSummary_Network_Fragment
    | NodeSummary_Plan_Fragment
    | NodeSummary_SharedService_Fragment
    | NodeSummary_Task_Fragment
  , sources: Array<SourceRefFragment> };

export type ArchitectureDiffQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ArchitectureDiffQuery = { architectureDiff: { keptCount: number, from: NodeSummary_Architecture_Fragment, to: NodeSummary_Architecture_Fragment, added: Array<DiffItemFragment>, removed: Array<DiffItemFragment>, statusChanged: Array<DiffItemFragment>, merged: Array<{ target: DiffItemFragment | null, merged: Array<DiffItemFragment>, sources: Array<SourceRefFragment> }>, renamed: Array<{ provenance: Provenance, previous: DiffItemFragment, successor: DiffItemFragment, sources: Array<SourceRefFragment> }>, nationalAdded: Array<DiffItemFragment>, nationalDropped: Array<DiffItemFragment>, connectionsAdded: Array<DiffLinkFragment>, connectionsRemoved: Array<DiffLinkFragment> } };

export type DashboardQueryVariables = Exact<{
  recent?: number | null | undefined;
}>;


export type DashboardQuery = { dashboard: { nodes: number, relationships: number, byKind: Array<{ name: string, count: number }>, byProvince: Array<{ province: string | null, count: number }>, byProvenance: Array<{ provenance: string, nodes: number, relationships: number }>, coverage: { components: number, withLayer: number, inArchitecture: number, withOwner: number, withSource: number }, recentChanges: Array<{ id: string, at: string, actor: string, operation: string, targetCount: number, nodeId: string | null, nodeName: string | null, nodeKind: string | null, otherId: string | null, otherName: string | null, relationshipType: string | null }> } };

export type NodeForEditQueryVariables = Exact<{
  id: string;
}>;


export type NodeForEditQuery = { node:
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
    | { id: string, kind: string, name: string, nameEn: string | null, abbreviations: Array<string>, aliases: Array<string>, province: string | null, description: string | null, provenance: Provenance, rule: string | null, confidence: string | null, properties: any, sources: Array<{ document: string, section: string, quote: string }>, relationships: Array<{ type: string, direction: Direction, status: string | null, via: string | null, note: string | null, provenance: Provenance, rule: string | null, confidence: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
   | null };

export type InputFieldsQueryVariables = Exact<{
  n: string;
}>;


export type InputFieldsQuery = { __type: { inputFields: Array<{ name: string }> | null } | null };

export type CreateNodeMutationVariables = Exact<{
  i: NodeInput;
}>;


export type CreateNodeMutation = { createNode:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

export type UpdateNodeMutationVariables = Exact<{
  id: string;
  p: NodePatch;
}>;


export type UpdateNodeMutation = { updateNode:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

export type DeleteNodeMutationVariables = Exact<{
  id: string;
  f?: boolean | null | undefined;
}>;


export type DeleteNodeMutation = { deleteNode: { id: string, removedRelationships: Array<{ from: string, type: string, to: string }> } };

export type CreateRelationshipMutationVariables = Exact<{
  i: RelationshipInput;
}>;


export type CreateRelationshipMutation = { createRelationship: { type: string, from:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , to:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type UpdateRelationshipMutationVariables = Exact<{
  k: RelationshipKey;
  p: RelationshipPatch;
}>;


export type UpdateRelationshipMutation = { updateRelationship: { type: string, from:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , to:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type DeleteRelationshipMutationVariables = Exact<{
  k: RelationshipKey;
}>;


export type DeleteRelationshipMutation = { deleteRelationship: boolean };

export type NodeFullQueryVariables = Exact<{
  id: string;
}>;


export type NodeFullQuery = { node:
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Agency_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_AgencyGroup_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_AppraisalRule_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Architecture_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_ArchitectureLayer_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Component_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_ComponentGroup_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_DataDomain_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Element_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Indicator_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_LegalDocument_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_NationalDatabase_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Network_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Plan_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_SharedService_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, rule: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, rule: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Task_Fragment
    )
   | null };

export type ArchitecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchitecturesQuery = { architectures: { nodes: Array<
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    > } };

export type ArchitectureMembersQueryVariables = Exact<{
  id: string;
}>;


export type ArchitectureMembersQuery = { node:
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { id: string, relationships: Array<{ type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
   | null };

export type ImportItemFragment = { entity: string, key: string, kind: string | null, action: ImportAction, matchedBy: ImportMatch | null, at: { file: string, sheet: string | null, row: number | null, path: string | null }, problems: Array<{ column: string | null, value: any, message: string, messageVi: string, at: { file: string, sheet: string | null, row: number | null, path: string | null } }>, warnings: Array<{ column: string | null, value: any, message: string, messageVi: string, at: { file: string, sheet: string | null, row: number | null, path: string | null } }> };

export type ImportDataMutationVariables = Exact<{
  file: File;
  format?: ImportFormat | null | undefined;
  dryRun?: boolean | null | undefined;
  mode?: ImportMode | null | undefined;
  level?: string | null | undefined;
  allowProvenanceLoss?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type ImportDataMutation = { importData: { format: ImportFormat, dryRun: boolean, mode: ImportMode, written: boolean, itemCount: number, nodes: { created: number, updated: number, unchanged: number, rejected: number }, relationships: { created: number, updated: number, unchanged: number, rejected: number }, notes: Array<{ source: string, target: string, count: number, detail: string | null }>, provenanceLoss: { nodes: number, relationships: number, downgraded: number, sourcesDropped: number, allowed: boolean }, tally: { elements: number, elementsAsNodes: number, elementsNotImported: number, relationships: number, relationshipsAsRelationships: number, relationshipsFolded: number, relationshipsNotImported: number } | null, items: Array<ImportItemFragment>, problems: Array<ImportItemFragment>, warned: Array<ImportItemFragment> } };

export type WhoamiQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoamiQuery = { whoami: { name: string, role: Role | null } };

export type BulkImportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BulkImportsQuery = { bulkImports: Array<{ id: string, state: BulkImportState, phase: string, file: string | null, actor: string | null, nodes: number, relationships: number, rowsPerSecond: number, fraction: number | null, etaSeconds: number | null, reason: string | null, startedAt: string, heartbeatAt: string, finishedAt: string | null }> };

export type NationalImpactQueryVariables = Exact<{
  id: string;
  direction: ImpactDirection;
  maxDepth?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
  provenance?: Array<Provenance> | Provenance | null | undefined;
}>;


export type NationalImpactQuery = { impact: { total: number, root:
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    , byProvince: Array<{ province: string | null, count: number, byKind: Array<{ kind: string, componentKind: string | null, count: number }> }> } };

export type AnalysisGraphStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalysisGraphStatusQuery = { analysisGraph: { state: string, serving: boolean, nodes: number, relationships: number, progressNodes: number | null, progressRelationships: number | null } };

export type NationalRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalRootsQuery = { nationalDatabases: { nodes: Array<
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    > }, components: { nodes: Array<
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    > } };

type NodeSummary_Agency_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_AgencyGroup_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_AppraisalRule_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Architecture_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_ArchitectureLayer_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Component_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_ComponentGroup_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_DataDomain_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Element_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Indicator_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_LegalDocument_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_NationalDatabase_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Network_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Plan_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_SharedService_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

type NodeSummary_Task_Fragment = { id: string, name: string, nameEn: string | null, kind: string, provenance: Provenance, province: string | null, abbreviations: Array<string> };

export type NodeSummaryFragment =
  | NodeSummary_Agency_Fragment
  | NodeSummary_AgencyGroup_Fragment
  | NodeSummary_AppraisalRule_Fragment
  | NodeSummary_Architecture_Fragment
  | NodeSummary_ArchitectureLayer_Fragment
  | NodeSummary_Component_Fragment
  | NodeSummary_ComponentGroup_Fragment
  | NodeSummary_DataDomain_Fragment
  | NodeSummary_Element_Fragment
  | NodeSummary_Indicator_Fragment
  | NodeSummary_LegalDocument_Fragment
  | NodeSummary_NationalDatabase_Fragment
  | NodeSummary_Network_Fragment
  | NodeSummary_Plan_Fragment
  | NodeSummary_SharedService_Fragment
  | NodeSummary_Task_Fragment
;

export type SourceRefFragment = { document: string, citation: string, section: string, quote: string, provenance: Provenance };

export type SearchQueryVariables = Exact<{
  t: string;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, owner:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, node:
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
     }> };

export type SearchOfKindsQueryVariables = Exact<{
  t: string;
  k?: Array<string> | string | null | undefined;
}>;


export type SearchOfKindsQuery = { search: Array<{ score: number, matched: string | null, owner:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, node:
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
     }> };

export type SearchResultsQueryVariables = Exact<{
  t: string;
  k?: Array<string> | string | null | undefined;
  f?: number | null | undefined;
  a?: string | null | undefined;
}>;


export type SearchResultsQuery = { searchResults: { totalCount: number, capped: boolean, byKind: Array<{ kind: string, count: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, hits: Array<{ cursor: string | null, score: number, matched: string | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, node:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
       }> } };

export type NodeDetailsQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailsQuery = { node:
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Agency_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_AgencyGroup_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_AppraisalRule_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Architecture_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_ArchitectureLayer_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Component_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_ComponentGroup_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_DataDomain_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Element_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Indicator_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_LegalDocument_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_NationalDatabase_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Network_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Plan_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_SharedService_Fragment
    )
    | (
      { aliases: Array<string>, description: string | null, properties: any, sources: Array<SourceRefFragment>, relationships: Array<{ type: string, field: string, direction: Direction, provenance: Provenance, status: string | null, sources: Array<SourceRefFragment>, node:
          | NodeSummary_Agency_Fragment
          | NodeSummary_AgencyGroup_Fragment
          | NodeSummary_AppraisalRule_Fragment
          | NodeSummary_Architecture_Fragment
          | NodeSummary_ArchitectureLayer_Fragment
          | NodeSummary_Component_Fragment
          | NodeSummary_ComponentGroup_Fragment
          | NodeSummary_DataDomain_Fragment
          | NodeSummary_Element_Fragment
          | NodeSummary_Indicator_Fragment
          | NodeSummary_LegalDocument_Fragment
          | NodeSummary_NationalDatabase_Fragment
          | NodeSummary_Network_Fragment
          | NodeSummary_Plan_Fragment
          | NodeSummary_SharedService_Fragment
          | NodeSummary_Task_Fragment
         }> }
      & NodeSummary_Task_Fragment
    )
   | null };

export type HistoryQueryVariables = Exact<{
  id: string;
}>;


export type HistoryQuery = { history: Array<{ at: string, actor: string, operation: string, before: any, after: any }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  d?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, root:
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    , nodes: Array<
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    >, edges: Array<{ id: string, from: string, to: string, type: string, provenance: Provenance, status: string | null }> } };

export type ImpactQueryVariables = Exact<{
  id: string;
  direction: ImpactDirection;
  maxDepth?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
  provenance?: Array<Provenance> | Provenance | null | undefined;
  architecture?: string | null | undefined;
  provinces?: Array<string | null | undefined> | string | null | undefined;
  exposure?: Array<Exposure> | Exposure | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImpactQuery = { impact: { total: number, truncated: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, answeredBy: { analysisGraph: boolean }, root:
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    , byProvince: Array<{ province: string | null, count: number }>, summary: { byExposure: Array<{ exposure: Exposure, count: number }> }, affected: Array<{ depth: number, exposure: Exposure, node:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
      , path: Array<{ type: string, provenance: Provenance, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , source: SourceRefFragment | null }> }>, byAgency: Array<{ count: number, agency:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
       }>, byLayer: Array<{ count: number, layer:
        | NodeSummary_Agency_Fragment
        | NodeSummary_AgencyGroup_Fragment
        | NodeSummary_AppraisalRule_Fragment
        | NodeSummary_Architecture_Fragment
        | NodeSummary_ArchitectureLayer_Fragment
        | NodeSummary_Component_Fragment
        | NodeSummary_ComponentGroup_Fragment
        | NodeSummary_DataDomain_Fragment
        | NodeSummary_Element_Fragment
        | NodeSummary_Indicator_Fragment
        | NodeSummary_LegalDocument_Fragment
        | NodeSummary_NationalDatabase_Fragment
        | NodeSummary_Network_Fragment
        | NodeSummary_Plan_Fragment
        | NodeSummary_SharedService_Fragment
        | NodeSummary_Task_Fragment
       }>, tasks: Array<(
      { code: string, text: string }
      & NodeSummary_Task_Fragment
    )>, indicators: Array<(
      { code: string, text: string }
      & NodeSummary_Indicator_Fragment
    )> } };

export type ImpactExampleAddsQueryVariables = Exact<{
  id: string;
  direction: ImpactDirection;
  maxDepth?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
  provenance?: Array<Provenance> | Provenance | null | undefined;
  architecture?: string | null | undefined;
  provinces?: Array<string | null | undefined> | string | null | undefined;
  exposure?: Array<Exposure> | Exposure | null | undefined;
}>;


export type ImpactExampleAddsQuery = { impact: { summary: { exampleAdds: number | null } } };

export type FindingFragment = { id: string, ruleCode: string, severity: Severity, messageVi: string, messageEn: string, recommendationVi: string, recommendationEn: string, provenance: Provenance, restsOnExamples: boolean, similarity: number | null, shared: Array<string> | null, budgetLines: Array<string> | null, subjects: Array<{ id: string, name: string, agencies: Array<string> }>, reuseInstead: Array<{ id: string, name: string, province: string | null, national: boolean }>, compared: Array<{ kind: string, name: string, side: ComparedSide }>, rule: { id: string, name: string, nameEn: string | null, text: string, sources: Array<SourceRefFragment> } | null, evidence: Array<{ textVi: string, textEn: string, steps: Array<{ type: string, relationVi: string, relationEn: string, provenance: Provenance | null, from: { id: string, name: string }, to: { id: string, name: string }, sources: Array<SourceRefFragment> }> }> };

export type RuleSetViewFragment = { id: string, name: string, nameEn: string | null, jurisdiction: string | null, citation: string | null, citationEn: string | null };

export type AppraisalRuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppraisalRuleSetsQuery = { appraisalRuleSets: Array<RuleSetViewFragment> };

export type DuplicationSummaryQueryVariables = Exact<{
  s?: DuplicationScope | null | undefined;
}>;


export type DuplicationSummaryQuery = { duplicationSummary: { total: number, exampleAdds: number | null, ruleSet: RuleSetViewFragment | null } };

export type DuplicationQueryVariables = Exact<{
  s?: DuplicationScope | null | undefined;
}>;


export type DuplicationQuery = { duplication: Array<FindingFragment> };

export type ReuseCandidatesQueryVariables = Exact<{
  r: string;
  p?: Array<Provenance> | Provenance | null | undefined;
}>;


export type ReuseCandidatesQuery = { reuseCandidates: Array<{ subject: { id: string, name: string, agencies: Array<string> }, findings: Array<FindingFragment> }> };

export type AppraisalRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppraisalRulesQuery = { appraisalRules: Array<{ id: string, name: string, nameEn: string | null, code: string, severity: string, text: string, summaryEn: string, number: number, sources: Array<SourceRefFragment> }> };

export type AppraisalReportFragment = { id: string | null, name: string, appraisedAt: string, province: string | null, requestedTotal: number, unfundedTotal: number, proposal: any, provenance: Array<Provenance>, exampleAdds: number | null, owner: { id: string, name: string }, findings: Array<FindingFragment>, reuse: Array<{ ruleCode: string, reasonVi: string, reasonEn: string, use: Array<{ id: string, name: string, province: string | null, national: boolean }> }>, unfundedBudgetLines: Array<{ name: string, category: BudgetCategory, amount: number, ruleCode: string, reasonVi: string, reasonEn: string }>, conformance: { verdict: Verdict, rulesChecked: Array<string>, rulesPassed: Array<string>, rulesFailed: Array<string>, summaryVi: string, summaryEn: string }, ruleSet: { id: string, name: string, nameEn: string | null, jurisdiction: string | null, citation: string | null, citationEn: string | null, binding: boolean, noteVi: string, noteEn: string } | null };

export type AppraiseMutationVariables = Exact<{
  p: ProposalInput;
  s?: boolean | null | undefined;
  v?: Array<Provenance> | Provenance | null | undefined;
  r?: string | null | undefined;
}>;


export type AppraiseMutation = { appraise: AppraisalReportFragment };

export type AppraisalsQueryVariables = Exact<{
  f?: number | null | undefined;
}>;


export type AppraisalsQuery = { appraisals: { totalCount: number, reports: Array<AppraisalReportFragment> } };

export type AppraisalQueryVariables = Exact<{
  id: string;
}>;


export type AppraisalQuery = { appraisal: AppraisalReportFragment | null };

export type NodesOfKindQueryVariables = Exact<{
  k: string;
  f?: number | null | undefined;
}>;


export type NodesOfKindQuery = { nodesOfKind: { totalCount: number, nodes: Array<
      | NodeSummary_Agency_Fragment
      | NodeSummary_AgencyGroup_Fragment
      | NodeSummary_AppraisalRule_Fragment
      | NodeSummary_Architecture_Fragment
      | NodeSummary_ArchitectureLayer_Fragment
      | NodeSummary_Component_Fragment
      | NodeSummary_ComponentGroup_Fragment
      | NodeSummary_DataDomain_Fragment
      | NodeSummary_Element_Fragment
      | NodeSummary_Indicator_Fragment
      | NodeSummary_LegalDocument_Fragment
      | NodeSummary_NationalDatabase_Fragment
      | NodeSummary_Network_Fragment
      | NodeSummary_Plan_Fragment
      | NodeSummary_SharedService_Fragment
      | NodeSummary_Task_Fragment
    > } };

export type SavedAppraisalsQueryVariables = Exact<{
  f?: number | null | undefined;
}>;


export type SavedAppraisalsQuery = { appraisals: { totalCount: number, reports: Array<{ id: string | null, name: string, appraisedAt: string, province: string | null, requestedTotal: number, unfundedTotal: number, owner: { id: string, name: string }, conformance: { verdict: Verdict } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeSummaryFragmentDoc = new TypedDocumentString(`
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
    `, {"fragmentName":"NodeSummary"}) as unknown as TypedDocumentString<NodeSummaryFragment, unknown>;
export const SourceRefFragmentDoc = new TypedDocumentString(`
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
    `, {"fragmentName":"SourceRef"}) as unknown as TypedDocumentString<SourceRefFragment, unknown>;
export const DiffItemFragmentDoc = new TypedDocumentString(`
    fragment DiffItem on DiffItem {
  node {
    ...NodeSummary
  }
  statusFrom
  statusTo
  sources {
    ...SourceRef
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`, {"fragmentName":"DiffItem"}) as unknown as TypedDocumentString<DiffItemFragment, unknown>;
export const DiffLinkFragmentDoc = new TypedDocumentString(`
    fragment DiffLink on DiffLink {
  type
  from {
    ...NodeSummary
  }
  to {
    ...NodeSummary
  }
  provenance
  sources {
    ...SourceRef
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`, {"fragmentName":"DiffLink"}) as unknown as TypedDocumentString<DiffLinkFragment, unknown>;
export const ImportItemFragmentDoc = new TypedDocumentString(`
    fragment ImportItem on ImportItem {
  at {
    file
    sheet
    row
    path
  }
  entity
  key
  kind
  action
  matchedBy
  problems {
    at {
      file
      sheet
      row
      path
    }
    column
    value
    message
    messageVi
  }
  warnings {
    at {
      file
      sheet
      row
      path
    }
    column
    value
    message
    messageVi
  }
}
    `, {"fragmentName":"ImportItem"}) as unknown as TypedDocumentString<ImportItemFragment, unknown>;
export const RuleSetViewFragmentDoc = new TypedDocumentString(`
    fragment RuleSetView on AppraisalRuleSet {
  id
  name
  nameEn
  jurisdiction
  citation
  citationEn
}
    `, {"fragmentName":"RuleSetView"}) as unknown as TypedDocumentString<RuleSetViewFragment, unknown>;
export const FindingFragmentDoc = new TypedDocumentString(`
    fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`, {"fragmentName":"Finding"}) as unknown as TypedDocumentString<FindingFragment, unknown>;
export const AppraisalReportFragmentDoc = new TypedDocumentString(`
    fragment AppraisalReport on AppraisalReport {
  id
  name
  appraisedAt
  owner {
    id
    name
  }
  province
  requestedTotal
  unfundedTotal
  proposal
  provenance
  findings {
    ...Finding
  }
  reuse {
    ruleCode
    use {
      id
      name
      province
      national
    }
    reasonVi
    reasonEn
  }
  unfundedBudgetLines {
    name
    category
    amount
    ruleCode
    reasonVi
    reasonEn
  }
  conformance {
    verdict
    rulesChecked
    rulesPassed
    rulesFailed
    summaryVi
    summaryEn
  }
  ruleSet {
    id
    name
    nameEn
    jurisdiction
    citation
    citationEn
    binding
    noteVi
    noteEn
  }
  exampleAdds
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}`, {"fragmentName":"AppraisalReport"}) as unknown as TypedDocumentString<AppraisalReportFragment, unknown>;
export const ArchitectureLandscapeDocument = new TypedDocumentString(`
    query ArchitectureLandscape($id: ID!) {
  node(id: $id) {
    ...NodeSummary
    ... on Architecture {
      version
    }
    relationships(
      direction: BOTH
      types: ["SUPERSEDES", "CONFORMS_TO", "APPROVED_BY"]
    ) {
      type
      field
      direction
      node {
        ...NodeSummary
      }
      sources {
        ...SourceRef
      }
    }
  }
  architectureLandscape(id: $id) {
    layers {
      layer {
        ...NodeSummary
      }
      order
      layerKey
      size
    }
    placements {
      node {
        ...NodeSummary
      }
      layer {
        id
      }
      group {
        id
      }
      status
      provenance
      rule
      explanationVi
      explanationEn
      via {
        ...NodeSummary
      }
      sources {
        ...SourceRef
      }
    }
    componentCount
    statedCount
    inferredCount
    otherCount
    otherShare
    connections {
      type
      from
      to
      provenance
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<ArchitectureLandscapeQuery, ArchitectureLandscapeQueryVariables>;
export const ArchitectureDiffDocument = new TypedDocumentString(`
    query ArchitectureDiff($from: ID!, $to: ID!) {
  architectureDiff(from: $from, to: $to) {
    from {
      ...NodeSummary
    }
    to {
      ...NodeSummary
    }
    keptCount
    added {
      ...DiffItem
    }
    removed {
      ...DiffItem
    }
    statusChanged {
      ...DiffItem
    }
    merged {
      target {
        ...DiffItem
      }
      merged {
        ...DiffItem
      }
      sources {
        ...SourceRef
      }
    }
    renamed {
      previous {
        ...DiffItem
      }
      successor {
        ...DiffItem
      }
      provenance
      sources {
        ...SourceRef
      }
    }
    nationalAdded {
      ...DiffItem
    }
    nationalDropped {
      ...DiffItem
    }
    connectionsAdded {
      ...DiffLink
    }
    connectionsRemoved {
      ...DiffLink
    }
  }
}
    fragment DiffItem on DiffItem {
  node {
    ...NodeSummary
  }
  statusFrom
  statusTo
  sources {
    ...SourceRef
  }
}
fragment DiffLink on DiffLink {
  type
  from {
    ...NodeSummary
  }
  to {
    ...NodeSummary
  }
  provenance
  sources {
    ...SourceRef
  }
}
fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<ArchitectureDiffQuery, ArchitectureDiffQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($recent: Int) {
  dashboard(recent: $recent) {
    nodes
    relationships
    byKind {
      name
      count
    }
    byProvince {
      province
      count
    }
    byProvenance {
      provenance
      nodes
      relationships
    }
    coverage {
      components
      withLayer
      inArchitecture
      withOwner
      withSource
    }
    recentChanges {
      id
      at
      actor
      operation
      targetCount
      nodeId
      nodeName
      nodeKind
      otherId
      otherName
      relationshipType
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const NodeForEditDocument = new TypedDocumentString(`
    query NodeForEdit($id: ID!) {
  node(id: $id) {
    id
    kind
    name
    nameEn
    abbreviations
    aliases
    province
    description
    provenance
    rule
    confidence
    sources {
      document
      section
      quote
    }
    properties
    relationships {
      type
      direction
      status
      via
      note
      provenance
      rule
      confidence
      sources {
        ...SourceRef
      }
      node {
        ...NodeSummary
      }
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<NodeForEditQuery, NodeForEditQueryVariables>;
export const InputFieldsDocument = new TypedDocumentString(`
    query InputFields($n: String!) {
  __type(name: $n) {
    inputFields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InputFieldsQuery, InputFieldsQueryVariables>;
export const CreateNodeDocument = new TypedDocumentString(`
    mutation CreateNode($i: NodeInput!) {
  createNode(input: $i) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateNodeMutation, CreateNodeMutationVariables>;
export const UpdateNodeDocument = new TypedDocumentString(`
    mutation UpdateNode($id: ID!, $p: NodePatch!) {
  updateNode(id: $id, patch: $p) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const DeleteNodeDocument = new TypedDocumentString(`
    mutation DeleteNode($id: ID!, $f: Boolean) {
  deleteNode(id: $id, force: $f) {
    id
    removedRelationships {
      from
      type
      to
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const CreateRelationshipDocument = new TypedDocumentString(`
    mutation CreateRelationship($i: RelationshipInput!) {
  createRelationship(input: $i) {
    type
    from {
      id
    }
    to {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRelationshipMutation, CreateRelationshipMutationVariables>;
export const UpdateRelationshipDocument = new TypedDocumentString(`
    mutation UpdateRelationship($k: RelationshipKey!, $p: RelationshipPatch!) {
  updateRelationship(key: $k, patch: $p) {
    type
    from {
      id
    }
    to {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRelationshipMutation, UpdateRelationshipMutationVariables>;
export const DeleteRelationshipDocument = new TypedDocumentString(`
    mutation DeleteRelationship($k: RelationshipKey!) {
  deleteRelationship(key: $k)
}
    `) as unknown as TypedDocumentString<DeleteRelationshipMutation, DeleteRelationshipMutationVariables>;
export const NodeFullDocument = new TypedDocumentString(`
    query NodeFull($id: ID!) {
  node(id: $id) {
    ...NodeSummary
    aliases
    description
    rule
    sources {
      ...SourceRef
    }
    properties
    relationships {
      type
      field
      direction
      provenance
      status
      rule
      sources {
        ...SourceRef
      }
      node {
        ...NodeSummary
      }
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<NodeFullQuery, NodeFullQueryVariables>;
export const ArchitecturesDocument = new TypedDocumentString(`
    query Architectures {
  architectures(first: 100) {
    nodes {
      ...NodeSummary
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<ArchitecturesQuery, ArchitecturesQueryVariables>;
export const ArchitectureMembersDocument = new TypedDocumentString(`
    query ArchitectureMembers($id: ID!) {
  node(id: $id) {
    id
    relationships(types: ["INCLUDES", "LAYER_OF"]) {
      type
      direction
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArchitectureMembersQuery, ArchitectureMembersQueryVariables>;
export const ImportDataDocument = new TypedDocumentString(`
    mutation ImportData($file: File!, $format: ImportFormat, $dryRun: Boolean, $mode: ImportMode, $level: String, $allowProvenanceLoss: Boolean, $first: Int) {
  importData(
    file: $file
    format: $format
    dryRun: $dryRun
    mode: $mode
    level: $level
    allowProvenanceLoss: $allowProvenanceLoss
  ) {
    format
    dryRun
    mode
    written
    itemCount
    nodes {
      created
      updated
      unchanged
      rejected
    }
    relationships {
      created
      updated
      unchanged
      rejected
    }
    notes {
      source
      target
      count
      detail
    }
    provenanceLoss {
      nodes
      relationships
      downgraded
      sourcesDropped
      allowed
    }
    tally {
      elements
      elementsAsNodes
      elementsNotImported
      relationships
      relationshipsAsRelationships
      relationshipsFolded
      relationshipsNotImported
    }
    items(first: $first) {
      ...ImportItem
    }
    problems: items(onlyProblems: true, first: $first) {
      ...ImportItem
    }
    warned: items(onlyWarnings: true, first: $first) {
      ...ImportItem
    }
  }
}
    fragment ImportItem on ImportItem {
  at {
    file
    sheet
    row
    path
  }
  entity
  key
  kind
  action
  matchedBy
  problems {
    at {
      file
      sheet
      row
      path
    }
    column
    value
    message
    messageVi
  }
  warnings {
    at {
      file
      sheet
      row
      path
    }
    column
    value
    message
    messageVi
  }
}`) as unknown as TypedDocumentString<ImportDataMutation, ImportDataMutationVariables>;
export const WhoamiDocument = new TypedDocumentString(`
    query Whoami {
  whoami {
    name
    role
  }
}
    `) as unknown as TypedDocumentString<WhoamiQuery, WhoamiQueryVariables>;
export const BulkImportsDocument = new TypedDocumentString(`
    query BulkImports($first: Int) {
  bulkImports(first: $first) {
    id
    state
    phase
    file
    actor
    nodes
    relationships
    rowsPerSecond
    fraction
    etaSeconds
    reason
    startedAt
    heartbeatAt
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<BulkImportsQuery, BulkImportsQueryVariables>;
export const NationalImpactDocument = new TypedDocumentString(`
    query NationalImpact($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!]) {
  impact(
    id: $id
    direction: $direction
    maxDepth: $maxDepth
    relationshipTypes: $relationshipTypes
    provenance: $provenance
    first: 0
  ) {
    total
    root {
      ...NodeSummary
    }
    byProvince {
      province
      count
      byKind {
        kind
        componentKind
        count
      }
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<NationalImpactQuery, NationalImpactQueryVariables>;
export const AnalysisGraphStatusDocument = new TypedDocumentString(`
    query AnalysisGraphStatus {
  analysisGraph {
    state
    serving
    nodes
    relationships
    progressNodes
    progressRelationships
  }
}
    `) as unknown as TypedDocumentString<AnalysisGraphStatusQuery, AnalysisGraphStatusQueryVariables>;
export const NationalRootsDocument = new TypedDocumentString(`
    query NationalRoots {
  nationalDatabases(first: 100) {
    nodes {
      ...NodeSummary
    }
  }
  components(kind: "platform", level: "national", first: 100) {
    nodes {
      ...NodeSummary
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<NationalRootsQuery, NationalRootsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($t: String!) {
  search(text: $t, first: 12) {
    score
    matched
    owner {
      id
      name
    }
    node {
      ...NodeSummary
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchOfKindsDocument = new TypedDocumentString(`
    query SearchOfKinds($t: String!, $k: [String!]) {
  search(text: $t, kinds: $k, first: 12) {
    score
    matched
    owner {
      id
      name
    }
    node {
      ...NodeSummary
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<SearchOfKindsQuery, SearchOfKindsQueryVariables>;
export const SearchResultsDocument = new TypedDocumentString(`
    query SearchResults($t: String!, $k: [String!], $f: Int, $a: String) {
  searchResults(text: $t, kinds: $k, first: $f, after: $a) {
    totalCount
    capped
    byKind {
      kind
      count
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    hits {
      cursor
      score
      matched
      owner {
        id
        name
      }
      node {
        ...NodeSummary
      }
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<SearchResultsQuery, SearchResultsQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    ...NodeSummary
    aliases
    description
    properties
    sources {
      ...SourceRef
    }
    relationships {
      type
      field
      direction
      provenance
      status
      sources {
        ...SourceRef
      }
      node {
        ...NodeSummary
      }
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($id: ID!) {
  history(id: $id) {
    at
    actor
    operation
    before
    after
  }
}
    `) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $d: Int) {
  neighbourhood(id: $id, depth: $d, first: 400) {
    truncated
    root {
      ...NodeSummary
    }
    nodes {
      ...NodeSummary
    }
    edges {
      id
      from
      to
      type
      provenance
      status
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const ImpactDocument = new TypedDocumentString(`
    query Impact($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!], $architecture: ID, $provinces: [String], $exposure: [Exposure!], $first: Int, $after: String) {
  impact(
    id: $id
    direction: $direction
    maxDepth: $maxDepth
    relationshipTypes: $relationshipTypes
    provenance: $provenance
    architecture: $architecture
    provinces: $provinces
    exposure: $exposure
    first: $first
    after: $after
  ) {
    total
    truncated
    pageInfo {
      endCursor
      hasNextPage
    }
    answeredBy {
      analysisGraph
    }
    root {
      ...NodeSummary
    }
    byProvince {
      province
      count
    }
    summary {
      byExposure {
        exposure
        count
      }
    }
    affected {
      depth
      exposure
      node {
        ...NodeSummary
      }
      path {
        type
        provenance
        from {
          id
        }
        to {
          id
        }
        source {
          ...SourceRef
        }
      }
    }
    byAgency {
      count
      agency {
        ...NodeSummary
      }
    }
    byLayer {
      count
      layer {
        ...NodeSummary
      }
    }
    tasks {
      ...NodeSummary
      code
      text
    }
    indicators {
      ...NodeSummary
      code
      text
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}
fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<ImpactQuery, ImpactQueryVariables>;
export const ImpactExampleAddsDocument = new TypedDocumentString(`
    query ImpactExampleAdds($id: ID!, $direction: ImpactDirection!, $maxDepth: Int, $relationshipTypes: [String!], $provenance: [Provenance!], $architecture: ID, $provinces: [String], $exposure: [Exposure!]) {
  impact(
    id: $id
    direction: $direction
    maxDepth: $maxDepth
    relationshipTypes: $relationshipTypes
    provenance: $provenance
    architecture: $architecture
    provinces: $provinces
    exposure: $exposure
    first: 1
  ) {
    summary {
      exampleAdds
    }
  }
}
    `) as unknown as TypedDocumentString<ImpactExampleAddsQuery, ImpactExampleAddsQueryVariables>;
export const AppraisalRuleSetsDocument = new TypedDocumentString(`
    query AppraisalRuleSets {
  appraisalRuleSets {
    ...RuleSetView
  }
}
    fragment RuleSetView on AppraisalRuleSet {
  id
  name
  nameEn
  jurisdiction
  citation
  citationEn
}`) as unknown as TypedDocumentString<AppraisalRuleSetsQuery, AppraisalRuleSetsQueryVariables>;
export const DuplicationSummaryDocument = new TypedDocumentString(`
    query DuplicationSummary($s: DuplicationScope) {
  duplicationSummary(scope: $s) {
    total
    exampleAdds
    ruleSet {
      ...RuleSetView
    }
  }
}
    fragment RuleSetView on AppraisalRuleSet {
  id
  name
  nameEn
  jurisdiction
  citation
  citationEn
}`) as unknown as TypedDocumentString<DuplicationSummaryQuery, DuplicationSummaryQueryVariables>;
export const DuplicationDocument = new TypedDocumentString(`
    query Duplication($s: DuplicationScope) {
  duplication(scope: $s) {
    ...Finding
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}`) as unknown as TypedDocumentString<DuplicationQuery, DuplicationQueryVariables>;
export const ReuseCandidatesDocument = new TypedDocumentString(`
    query ReuseCandidates($r: ID!, $p: [Provenance!]) {
  reuseCandidates(resource: $r, provenance: $p) {
    subject {
      id
      name
      agencies
    }
    findings {
      ...Finding
    }
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}`) as unknown as TypedDocumentString<ReuseCandidatesQuery, ReuseCandidatesQueryVariables>;
export const AppraisalRulesDocument = new TypedDocumentString(`
    query AppraisalRules {
  appraisalRules {
    id
    name
    nameEn
    sources {
      ...SourceRef
    }
    code
    number: order
    severity
    text
    summaryEn
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}`) as unknown as TypedDocumentString<AppraisalRulesQuery, AppraisalRulesQueryVariables>;
export const AppraiseDocument = new TypedDocumentString(`
    mutation Appraise($p: ProposalInput!, $s: Boolean, $v: [Provenance!], $r: ID) {
  appraise(proposal: $p, save: $s, provenance: $v, ruleSet: $r) {
    ...AppraisalReport
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}
fragment AppraisalReport on AppraisalReport {
  id
  name
  appraisedAt
  owner {
    id
    name
  }
  province
  requestedTotal
  unfundedTotal
  proposal
  provenance
  findings {
    ...Finding
  }
  reuse {
    ruleCode
    use {
      id
      name
      province
      national
    }
    reasonVi
    reasonEn
  }
  unfundedBudgetLines {
    name
    category
    amount
    ruleCode
    reasonVi
    reasonEn
  }
  conformance {
    verdict
    rulesChecked
    rulesPassed
    rulesFailed
    summaryVi
    summaryEn
  }
  ruleSet {
    id
    name
    nameEn
    jurisdiction
    citation
    citationEn
    binding
    noteVi
    noteEn
  }
  exampleAdds
}`) as unknown as TypedDocumentString<AppraiseMutation, AppraiseMutationVariables>;
export const AppraisalsDocument = new TypedDocumentString(`
    query Appraisals($f: Int) {
  appraisals(first: $f) {
    totalCount
    reports {
      ...AppraisalReport
    }
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}
fragment AppraisalReport on AppraisalReport {
  id
  name
  appraisedAt
  owner {
    id
    name
  }
  province
  requestedTotal
  unfundedTotal
  proposal
  provenance
  findings {
    ...Finding
  }
  reuse {
    ruleCode
    use {
      id
      name
      province
      national
    }
    reasonVi
    reasonEn
  }
  unfundedBudgetLines {
    name
    category
    amount
    ruleCode
    reasonVi
    reasonEn
  }
  conformance {
    verdict
    rulesChecked
    rulesPassed
    rulesFailed
    summaryVi
    summaryEn
  }
  ruleSet {
    id
    name
    nameEn
    jurisdiction
    citation
    citationEn
    binding
    noteVi
    noteEn
  }
  exampleAdds
}`) as unknown as TypedDocumentString<AppraisalsQuery, AppraisalsQueryVariables>;
export const AppraisalDocument = new TypedDocumentString(`
    query Appraisal($id: ID!) {
  appraisal(id: $id) {
    ...AppraisalReport
  }
}
    fragment SourceRef on Source {
  document
  citation
  section
  quote
  provenance
}
fragment Finding on Finding {
  id
  ruleCode
  severity
  subjects {
    id
    name
    agencies
  }
  messageVi
  messageEn
  recommendationVi
  recommendationEn
  reuseInstead {
    id
    name
    province
    national
  }
  provenance
  restsOnExamples
  similarity
  shared
  compared {
    kind
    name
    side
  }
  budgetLines
  rule {
    id
    name
    nameEn
    text
    sources {
      ...SourceRef
    }
  }
  evidence {
    textVi
    textEn
    steps {
      from {
        id
        name
      }
      type
      relationVi
      relationEn
      to {
        id
        name
      }
      provenance
      sources {
        ...SourceRef
      }
    }
  }
}
fragment AppraisalReport on AppraisalReport {
  id
  name
  appraisedAt
  owner {
    id
    name
  }
  province
  requestedTotal
  unfundedTotal
  proposal
  provenance
  findings {
    ...Finding
  }
  reuse {
    ruleCode
    use {
      id
      name
      province
      national
    }
    reasonVi
    reasonEn
  }
  unfundedBudgetLines {
    name
    category
    amount
    ruleCode
    reasonVi
    reasonEn
  }
  conformance {
    verdict
    rulesChecked
    rulesPassed
    rulesFailed
    summaryVi
    summaryEn
  }
  ruleSet {
    id
    name
    nameEn
    jurisdiction
    citation
    citationEn
    binding
    noteVi
    noteEn
  }
  exampleAdds
}`) as unknown as TypedDocumentString<AppraisalQuery, AppraisalQueryVariables>;
export const NodesOfKindDocument = new TypedDocumentString(`
    query NodesOfKind($k: String!, $f: Int) {
  nodesOfKind(kind: $k, first: $f) {
    totalCount
    nodes {
      ...NodeSummary
    }
  }
}
    fragment NodeSummary on Node {
  id
  name
  nameEn
  kind
  provenance
  province
  abbreviations
}`) as unknown as TypedDocumentString<NodesOfKindQuery, NodesOfKindQueryVariables>;
export const SavedAppraisalsDocument = new TypedDocumentString(`
    query SavedAppraisals($f: Int) {
  appraisals(first: $f) {
    totalCount
    reports {
      id
      name
      appraisedAt
      owner {
        id
        name
      }
      province
      requestedTotal
      unfundedTotal
      conformance {
        verdict
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SavedAppraisalsQuery, SavedAppraisalsQueryVariables>;