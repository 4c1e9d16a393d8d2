/**
 * Vocabulary of the synthetic generator: the departments every generated province has (the
 * common 2025 structure of a provincial People's Committee), the ministries their sector systems
 * answer to, and the words departmental applications, databases, modules and online public
 * services are named from. Names of agencies are public fact; every system and service named from
 * these words is invented and carries provenance `example`.
 *
 * Data subjects (`data`, `business`) are DataDomain slugs of the fixtures (`domain:<slug>`); the
 * generator checks each one exists. Each department has its own subjects, shared across
 * departments only through citizens (`dan-cu`), so that unplanted cross-department overlap stays
 * rare and the duplication the analyses find is mostly the duplication planted on purpose.
 */

export interface DepartmentSpec {
  key: string;
  name: string;
  agencyType: string;
  /** Ministry key (MINISTRIES) whose sector systems its applications connect to. */
  ministry: string;
  /** Data subjects its applications hold. */
  data: string[];
  /** Business domains its applications computerise. */
  business: string[];
  /** Relative share of the province's departmental applications and of its online public services. */
  appWeight: number;
  serviceWeight: number;
  /** What its systems and procedures are about. */
  objects: string[];
}

export const IT_DEPARTMENT = 'so-khoa-hoc-va-cong-nghe';
export const OFFICE = 'van-phong-ubnd';
export const FINANCE = 'so-tai-chinh';
export const POLICE = 'cong-an-tinh';

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    key: 'van-phong-ubnd', name: 'Văn phòng Ủy ban nhân dân', agencyType: 'office', ministry: 'van-phong-chinh-phu',
    data: ['chi-so-kinh-te-xa-hoi'], business: [], appWeight: 6, serviceWeight: 1,
    objects: ['văn bản và điều hành', 'lịch công tác', 'phản ánh kiến nghị', 'nhiệm vụ được giao', 'họp không giấy', 'chỉ tiêu kinh tế xã hội', 'thư điện tử công vụ', 'tiếp công dân trực tuyến', 'đánh giá chỉ số cải cách hành chính', 'lưu trữ điện tử', 'kiểm soát thủ tục hành chính', 'quản trị mạng nội bộ'],
  },
  {
    key: 'so-noi-vu', name: 'Sở Nội vụ', agencyType: 'department', ministry: 'bo-noi-vu',
    data: ['can-bo-cong-chuc-vien-chuc', 'lao-dong-viec-lam'], business: ['can-bo-cong-chuc-vien-chuc', 'lao-dong-viec-lam'], appWeight: 7, serviceWeight: 8,
    objects: ['cán bộ, công chức, viên chức', 'thi đua, khen thưởng', 'lao động, việc làm', 'tuyển dụng công chức', 'tiền lương', 'đào tạo, bồi dưỡng', 'tổ chức bộ máy', 'địa giới hành chính', 'hội, quỹ', 'an toàn vệ sinh lao động', 'giáo dục nghề nghiệp', 'lưu trữ lịch sử', 'thanh niên'],
  },
  {
    key: 'so-tu-phap', name: 'Sở Tư pháp', agencyType: 'department', ministry: 'bo-tu-phap',
    data: ['ho-tich', 'tu-phap'], business: ['ho-tich', 'tu-phap'], appWeight: 6, serviceWeight: 12,
    objects: ['hộ tịch', 'lý lịch tư pháp', 'công chứng', 'chứng thực', 'bồi thường nhà nước', 'trợ giúp pháp lý', 'văn bản quy phạm pháp luật', 'đấu giá tài sản', 'luật sư', 'giám định tư pháp', 'hòa giải thương mại', 'quốc tịch', 'nuôi con nuôi có yếu tố nước ngoài'],
  },
  {
    key: 'so-tai-chinh', name: 'Sở Tài chính', agencyType: 'department', ministry: 'bo-tai-chinh',
    data: ['tai-chinh', 'doanh-nghiep'], business: ['tai-chinh'], appWeight: 9, serviceWeight: 11,
    objects: ['tài sản công', 'ngân sách nhà nước', 'giá đất', 'đầu tư công', 'đăng ký doanh nghiệp', 'quyết toán vốn đầu tư', 'hợp tác xã', 'mua sắm tập trung', 'nợ chính quyền địa phương', 'giá hàng hóa dịch vụ', 'dự án đầu tư ngoài ngân sách', 'hỗ trợ doanh nghiệp nhỏ và vừa', 'kinh tế tập thể'],
  },
  {
    key: 'so-cong-thuong', name: 'Sở Công Thương', agencyType: 'department', ministry: 'bo-cong-thuong',
    data: [], business: [], appWeight: 5, serviceWeight: 7,
    objects: ['quản lý thị trường', 'xúc tiến thương mại', 'cụm công nghiệp', 'an toàn điện', 'xuất nhập khẩu', 'kinh doanh xăng dầu', 'hóa chất', 'vật liệu nổ công nghiệp', 'thương mại điện tử', 'khuyến công', 'năng lượng tái tạo', 'rượu, thuốc lá'],
  },
  {
    key: 'so-nong-nghiep-va-moi-truong', name: 'Sở Nông nghiệp và Môi trường', agencyType: 'department', ministry: 'bo-nong-nghiep-va-moi-truong',
    data: ['dat-dai', 'tai-nguyen-moi-truong'], business: ['dat-dai', 'tai-nguyen-moi-truong'], appWeight: 11, serviceWeight: 15,
    objects: ['đất đai', 'quan trắc môi trường', 'tài nguyên nước', 'khoáng sản', 'bảo vệ thực vật', 'chăn nuôi và thú y', 'thủy lợi', 'lâm nghiệp', 'thủy sản', 'đo đạc bản đồ', 'biến đổi khí hậu', 'phòng chống thiên tai', 'chất thải rắn', 'nông thôn mới', 'khí tượng thủy văn'],
  },
  {
    key: 'so-xay-dung', name: 'Sở Xây dựng', agencyType: 'department', ministry: 'bo-xay-dung',
    data: ['quy-hoach'], business: ['quy-hoach'], appWeight: 8, serviceWeight: 11,
    objects: ['cấp phép xây dựng', 'quy hoạch xây dựng', 'nhà ở và bất động sản', 'giao thông vận tải', 'đăng kiểm phương tiện', 'hạ tầng kỹ thuật đô thị', 'giấy phép lái xe', 'vận tải hành khách', 'chất lượng công trình', 'cấp thoát nước', 'chiếu sáng đô thị', 'bến xe, bến thủy nội địa'],
  },
  {
    key: 'so-khoa-hoc-va-cong-nghe', name: 'Sở Khoa học và Công nghệ', agencyType: 'department', ministry: 'bo-khoa-hoc-va-cong-nghe',
    data: [], business: [], appWeight: 8, serviceWeight: 5,
    objects: ['đề tài khoa học', 'sở hữu trí tuệ', 'tiêu chuẩn đo lường chất lượng', 'chuyển đổi số', 'bưu chính', 'viễn thông và internet', 'an toàn thông tin', 'đổi mới sáng tạo', 'báo chí, xuất bản', 'ứng dụng năng lượng nguyên tử', 'chuyển giao công nghệ', 'tần số vô tuyến điện'],
  },
  {
    key: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', agencyType: 'department', ministry: 'bo-giao-duc-va-dao-tao',
    data: ['giao-duc'], business: ['giao-duc'], appWeight: 10, serviceWeight: 7,
    objects: ['hồ sơ học sinh', 'tuyển sinh đầu cấp', 'văn bằng, chứng chỉ', 'đội ngũ nhà giáo', 'cơ sở vật chất trường học', 'thi tốt nghiệp', 'học bạ số', 'phổ cập giáo dục', 'giáo dục thường xuyên', 'thư viện trường học', 'kiểm định chất lượng giáo dục', 'trường mầm non'],
  },
  {
    key: 'so-y-te', name: 'Sở Y tế', agencyType: 'department', ministry: 'bo-y-te',
    data: ['y-te', 'bao-hiem', 'an-sinh-xa-hoi'], business: ['y-te', 'an-sinh-xa-hoi'], appWeight: 12, serviceWeight: 10,
    objects: ['hồ sơ sức khỏe điện tử', 'khám bệnh, chữa bệnh', 'hành nghề dược', 'trang thiết bị y tế', 'an toàn thực phẩm', 'tiêm chủng', 'giám sát dịch bệnh', 'bảo trợ xã hội', 'người có công', 'trẻ em', 'dân số', 'mỹ phẩm', 'cấp cứu ngoại viện', 'y tế cơ sở', 'giám định y khoa'],
  },
  {
    key: 'so-van-hoa-the-thao-va-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', agencyType: 'department', ministry: 'bo-van-hoa-the-thao-va-du-lich',
    data: [], business: [], appWeight: 5, serviceWeight: 6,
    objects: ['di sản văn hóa', 'thư viện số', 'cơ sở lưu trú du lịch', 'thể thao thành tích cao', 'lễ hội truyền thống', 'bảo tàng', 'biểu diễn nghệ thuật', 'quảng cáo', 'gia đình', 'lữ hành', 'điểm đến du lịch', 'karaoke, vũ trường'],
  },
  {
    key: 'so-dan-toc-va-ton-giao', name: 'Sở Dân tộc và Tôn giáo', agencyType: 'department', ministry: 'bo-dan-toc-va-ton-giao',
    data: [], business: [], appWeight: 2, serviceWeight: 2,
    objects: ['chính sách dân tộc', 'tín ngưỡng, tôn giáo', 'người có uy tín', 'vùng đồng bào dân tộc thiểu số', 'cơ sở tôn giáo', 'chương trình mục tiêu quốc gia'],
  },
  {
    key: 'thanh-tra', name: 'Thanh tra', agencyType: 'department', ministry: 'thanh-tra-chinh-phu',
    data: [], business: [], appWeight: 2, serviceWeight: 1,
    objects: ['tiếp công dân', 'khiếu nại, tố cáo', 'thanh tra, kiểm tra', 'kê khai tài sản, thu nhập', 'phòng chống tham nhũng', 'kết luận thanh tra'],
  },
  {
    key: 'cong-an-tinh', name: 'Công an', agencyType: 'police', ministry: 'bo-cong-an',
    data: ['dan-cu'], business: ['dan-cu'], appWeight: 6, serviceWeight: 5,
    objects: ['cư trú', 'xử lý vi phạm hành chính', 'phòng cháy chữa cháy', 'an ninh trật tự', 'camera giao thông', 'đăng ký xe', 'căn cước', 'xuất nhập cảnh', 'ngành nghề kinh doanh có điều kiện về an ninh', 'con dấu'],
  },
  {
    key: 'trung-tam-phuc-vu-hanh-chinh-cong', name: 'Trung tâm Phục vụ hành chính công', agencyType: 'office', ministry: 'van-phong-chinh-phu',
    data: ['thu-tuc-hanh-chinh'], business: ['thu-tuc-hanh-chinh'], appWeight: 3, serviceWeight: 0,
    objects: ['tiếp nhận và trả kết quả', 'một cửa điện tử', 'đánh giá sự hài lòng', 'xếp hàng tự động', 'số hóa hồ sơ', 'bưu chính công ích'],
  },
  {
    key: 'ban-quan-ly-khu-kinh-te', name: 'Ban Quản lý các khu kinh tế, khu công nghiệp', agencyType: 'department', ministry: 'bo-tai-chinh',
    data: ['dau-tu'], business: ['dau-tu'], appWeight: 2, serviceWeight: 3,
    objects: ['dự án khu công nghiệp', 'lao động khu công nghiệp', 'môi trường khu công nghiệp', 'xúc tiến đầu tư', 'giấy chứng nhận đăng ký đầu tư', 'hạ tầng khu kinh tế'],
  },
];

export interface MinistrySpec {
  key: string;
  name: string;
  /** The fixture node when the documents already hold the ministry. */
  fixtureId?: string;
}

/** Ministries and ministry-level bodies after the 2025 reorganisation that provincial departments answer to. */
export const MINISTRIES: readonly MinistrySpec[] = [
  { key: 'van-phong-chinh-phu', name: 'Văn phòng Chính phủ', fixtureId: 'agency:van-phong-chinh-phu' },
  { key: 'bo-noi-vu', name: 'Bộ Nội vụ' },
  { key: 'bo-tu-phap', name: 'Bộ Tư pháp' },
  { key: 'bo-tai-chinh', name: 'Bộ Tài chính' },
  { key: 'bo-cong-thuong', name: 'Bộ Công Thương' },
  { key: 'bo-nong-nghiep-va-moi-truong', name: 'Bộ Nông nghiệp và Môi trường' },
  { key: 'bo-xay-dung', name: 'Bộ Xây dựng' },
  { key: 'bo-khoa-hoc-va-cong-nghe', name: 'Bộ Khoa học và Công nghệ', fixtureId: 'agency:bo-khoa-hoc-va-cong-nghe' },
  { key: 'bo-giao-duc-va-dao-tao', name: 'Bộ Giáo dục và Đào tạo' },
  { key: 'bo-y-te', name: 'Bộ Y tế' },
  { key: 'bo-van-hoa-the-thao-va-du-lich', name: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { key: 'bo-dan-toc-va-ton-giao', name: 'Bộ Dân tộc và Tôn giáo' },
  { key: 'thanh-tra-chinh-phu', name: 'Thanh tra Chính phủ' },
  { key: 'bo-cong-an', name: 'Bộ Công an', fixtureId: 'agency:bo-cong-an' },
];

export const APP_PREFIXES = ['Hệ thống', 'Phần mềm', 'Ứng dụng', 'Hệ thống thông tin'];
export const APP_FUNCTIONS = ['quản lý', 'theo dõi', 'tra cứu', 'giám sát', 'số hóa', 'điều hành', 'báo cáo thống kê', 'hỗ trợ nghiệp vụ', 'kiểm tra', 'đánh giá', 'lưu trữ', 'phân tích dữ liệu'];
export const APP_QUALIFIERS = ['', '', '', ' điện tử', ' trực tuyến', ' tập trung', ' trên thiết bị di động', ' liên thông'];
export const MODULE_FUNCTIONS = ['tiếp nhận hồ sơ', 'báo cáo thống kê', 'tra cứu', 'quản trị hệ thống', 'danh mục dùng chung', 'kết nối, đồng bộ dữ liệu', 'ký số văn bản', 'thông báo', 'cổng thông tin nội bộ', 'phân quyền người dùng', 'nhật ký hệ thống', 'bản đồ số', 'ứng dụng di động', 'lưu trữ hồ sơ', 'xử lý nghiệp vụ'];
/** Capabilities a planted application builds for itself instead of reusing the province's platform. */
export const OWN_BUILDS = [
  { service: 'service:sso', role: 'sso', module: 'Phân hệ đăng nhập riêng', weight: 2 },
  { service: 'service:e-payment', role: 'payment', module: 'Phân hệ thanh toán trực tuyến riêng', weight: 1 },
  { service: 'service:digital-signature', role: 'signing', module: 'Phân hệ ký số riêng', weight: 1 },
] as const;
export const HOSTING_REASONS = ['triển khai theo mô hình tập trung của Bộ, ngành', 'thuê dịch vụ công nghệ thông tin theo hợp đồng', 'yêu cầu riêng về an ninh của ngành'];

export const PROCEDURE_VERBS = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Đăng ký', 'Xác nhận', 'Công nhận', 'Thẩm định', 'Phê duyệt', 'Đề nghị hỗ trợ', 'Thông báo', 'Giải quyết'];
export const PROCEDURE_TEMPLATES = ['giấy phép', 'chứng chỉ', 'giấy chứng nhận', 'hồ sơ', 'quyết định', ''];

/** What commune-level procedures are about (the commune catalogue of every province draws from them). */
export const COMMUNE_OBJECTS = [
  'khai sinh', 'khai tử', 'kết hôn', 'nhận cha, mẹ, con', 'thay đổi, cải chính hộ tịch', 'giám hộ', 'chứng thực bản sao từ bản chính', 'chứng thực chữ ký',
  'chứng thực hợp đồng, giao dịch', 'hộ kinh doanh', 'trợ cấp xã hội hằng tháng', 'hỗ trợ chi phí mai táng', 'người có công với cách mạng', 'xây dựng nhà ở riêng lẻ',
  'chuyển mục đích sử dụng đất', 'hòa giải tranh chấp đất đai', 'đăng ký đất đai lần đầu', 'tách thửa, hợp thửa đất', 'thường trú', 'tạm trú', 'lưu trú',
  'bảo hiểm y tế hộ gia đình', 'học bổng chính sách', 'hỗ trợ học tập', 'khen thưởng', 'sinh hoạt tôn giáo tập trung', 'lễ hội', 'gia đình văn hóa', 'nuôi con nuôi trong nước',
  'hỗ trợ sản xuất nông nghiệp', 'phòng chống thiên tai', 'chăn nuôi nông hộ', 'bảo vệ rừng', 'kinh tế trang trại', 'việc làm', 'trẻ em có hoàn cảnh đặc biệt',
  'người khuyết tật', 'người cao tuổi', 'hòa giải ở cơ sở', 'thủy lợi nội đồng', 'nghĩa vụ quân sự', 'dân quân tự vệ',
];
