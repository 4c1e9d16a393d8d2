/**
 * Expected task and indicator rows, read independently from the source text (not from the fixtures):
 * - 000_ad6ee82cc589edb4.txt Phụ lục III (16 tasks; the table has no lead/coordinator/result column,
 *   and its only period is the column header "Nội dung thực hiện giai đoạn 2025 - 2030", which
 *   applies to every row, so each row's timeline is that header's "2025 - 2030");
 * - 001_6d4ebe594871add8.txt Phụ lục I (21 indicators) and Phụ lục II (43 tasks, one unnumbered row
 *   between III.6 and III.7).
 *
 * `textStart` is the start of the row's text as the document writes it, line breaks folded to one
 * space. Agency names are as the table writes them, one string per agency: separators "," ";" and
 * "và" between agencies are dropped, each agency's own words (case, "có liên quan") kept.
 * A test should compare after folding whitespace and NFC-normalising both sides.
 */
export interface ExpectedTask { id: string; code: string; textStart: string; lead: string[]; coordinators: string[]; timeline?: string; resultStart?: string }
export interface ExpectedIndicator { id: string; code: string; textStart: string; target: string; period?: string; lead: string[]; implementers: string[] }

const SKHCN = 'Sở Khoa học và Công nghệ';
const CA = 'Công an tỉnh';
const VP = 'Văn phòng UBND tỉnh';
const SNV = 'Sở Nội vụ';
const SBN = 'Các sở, ban, ngành';
const sbn = 'các sở, ban, ngành';
const SBN_LQ = 'các sở, ban, ngành có liên quan';
const XA = 'UBND các xã, phường, đặc khu';
const DN_VT = 'Các doanh nghiệp Viễn thông trên địa bàn tỉnh';

const HT_ON_DINH = 'Hệ thống vận hành ổn định, đáp ứng các mục tiêu';
const N2630 = 'Năm 2026-2030';
const SAU_KHI = 'Sau khi Bộ Khoa học và Công nghệ ban hành hướng dẫn';

function t000(n: number, textStart: string): ExpectedTask {
  return { id: `task:000-${n}`, code: String(n), textStart, lead: [], coordinators: [], timeline: '2025 - 2030' };
}

/** 000 Phụ lục III — "Nội dung trọng điểm thực hiện Kiến trúc CQĐT … phiên bản 3.0". */
export const TASKS_000: ExpectedTask[] = [
  t000(1, 'Phát triển ứng dụng trên nền tảng Cổng thông tin điện tử tỉnh'),
  t000(2, 'Nâng cấp Hệ thống Thu điện tử công vụ tỉnh'), // "Thu" (sic) in the document
  t000(3, 'Phát triển, hoàn thiện Hệ thống Quản lý văn bản'),
  t000(4, 'Phát triển, hoàn thiện Hệ thống thông tin giải quyết'),
  t000(5, 'Phát triển, hoàn thiện Hệ thống thông tin báo cáo;'),
  t000(6, 'Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ'),
  t000(7, 'Phát triển, hoàn thiện Nền tảng phân tích, xử lý'),
  t000(8, 'Tiếp tục phát triển, mở rộng các Trung tâm giám sát'),
  t000(9, 'Kết nối mạng diện rộng bằng mạng truyền số liệu'),
  t000(10, 'Triển khai hoàn thành dự án Chuyển đổi số hoạt động'),
  t000(11, 'Số hóa kết quả giải quyết TTHC'),
  t000(12, 'Xây dựng cơ sở dữ liệu dùng chung và cơ sở dữ liệu'),
  t000(13, 'Phát triển, hoàn thiện Trung tâm dữ liệu tỉnh Quảng Ngãi'),
  t000(14, 'Phát triển hạ tầng mạng đáp ứng nhu cầu triển khai'),
  t000(15, 'Đầu tư mua sắm, bổ sung trang thiết bị hạ tầng'),
  t000(16, 'Tuyên truyền, đào tạo, tập huấn nâng cao trình độ'),
];

function t001(code: string, textStart: string, lead: string[], coordinators: string[], resultStart: string, timeline: string): ExpectedTask {
  const slug = code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `task:001-${slug}`, code, textStart, lead, coordinators, resultStart, timeline };
}

/** 001 Phụ lục II — "Các nhiệm vụ, giải pháp trọng tâm thực hiện Kế hoạch" (43 rows). */
export const TASKS_001: ExpectedTask[] = [
  // I Hoàn thiện thể chế
  t001('I.1', 'Triển khai các tiêu chuẩn, quy chuẩn, hướng dẫn', [SBN], [XA], 'Văn bản triển khai, giải pháp truyền thông', N2630),
  t001('I.2', 'Xây dựng, cập nhật Khung kiến trúc tổng thể số', [SKHCN], [SBN, XA], 'Quyết định ban hành Khung kiến trúc tổng thể', 'Năm 2026'),
  t001('I.3', 'Xây dựng Chiến lược dữ liệu bảo đảm phù hợp', [CA], [SBN, XA], 'Chiến lược dữ liệu được xây dựng phù hợp', 'Năm 2026'),
  t001('I.4', 'Xây dựng, cập nhật danh mục các nền tảng số, CSDL', [SKHCN], [SBN, XA], 'Danh mục được cấp có thẩm quyền ban hành', 'Năm 2025-2030'),
  t001('I.5', 'Triển khai hướng dẫn kỹ thuật về mức độ ứng dụng AI', [SKHCN], [SBN, XA], 'Văn bản triển khai Hướng dẫn kỹ thuật được Bộ', SAU_KHI),
  t001('I.6', 'Triển khai hướng dẫn lựa chọn, triển khai và tích hợp', [SKHCN], [SBN, XA], 'Văn bản triển khai Hướng dẫn kỹ thuật được Bộ', SAU_KHI),
  t001('I.7', 'Triển khai áp dụng Tiêu chuẩn quốc gia về Chất lượng', [SKHCN], [SBN, XA], 'Văn bản triển khai áp dụng Tiêu chuẩn quốc gia', 'Năm 2026'),
  t001('I.8', 'Triển khai Bộ chỉ số và Khung hướng dẫn đánh giá', [CA], [SBN, XA], 'Kế hoạch hoặc Văn bản triển khai Khung hướng dẫn', 'Năm 2026'),
  t001('I.9', 'Triển khai áp dụng tiêu chuẩn, mô tả vị trí việc làm', [SNV], [SBN, XA], 'Kế hoạch hoặc Văn bản triển khai Tiêu chuẩn', N2630),
  t001('I.10', 'Triển khai Bộ tiêu chí đánh giá hiệu quả các dự án', ['Sở Tài chính'], [SBN, XA], 'Kế hoạch hoặc Văn bản triển khai Bộ tiêu chí', 'Năm 2026'),
  // II Phát triển dữ liệu số
  t001('II.1', 'Tập trung số hóa dữ liệu, khai thác tái sử dụng', [SBN, XA], [CA, VP, SNV, SKHCN], 'Dữ liệu các lĩnh vực tư pháp, giáo dục, y tế', N2630),
  t001('II.2', 'Thực hiện số hóa 100% hồ sơ, kết quả giải quyết', [SBN, XA], [CA, VP, SKHCN], 'Báo cáo thực hiện', N2630),
  t001('II.3', 'Xây dựng, ban hành công bố danh mục dữ liệu mở', [SKHCN], [SBN, XA], 'Quyết định ban hành danh mục dữ liệu mở', 'Năm 2026'),
  t001('II.4', 'Xây dựng, ban hành cơ chế, chính sách cụ thể', [CA, SKHCN, 'sở Tài chính', SBN_LQ], [SBN, XA], 'Văn bản được cấp có thẩm quyền ban hành', 'Năm 2026'),
  // III Phát triển các ứng dụng, nền tảng số cho Chính quyền số
  t001('III.1', 'Tổ chức triển khai kịp thời và hiệu quả các nền tảng số', [SBN], [SKHCN, CA, XA], 'Hệ thống vận hành ổn định, đáp ứng các mục tiêu của từng thời kỳ và bảo đảm', N2630),
  t001('III.2', 'Phát triển, hoàn thiện Hệ thống thông tin giải quyết', [SKHCN], [VP, CA], HT_ON_DINH, 'Năm 2026'),
  t001('III.3', 'Phát triển, hoàn thiện Nền tảng tổng hợp, phân tích', [SKHCN], [CA, SBN_LQ], HT_ON_DINH, N2630),
  t001('III.4', 'Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ', [SKHCN], [CA, SBN_LQ], HT_ON_DINH, N2630),
  t001('III.5', 'Xây dựng, phát triển, hoàn thiện Hệ thống điều hành', [SKHCN], [VP, SBN_LQ], HT_ON_DINH, N2630),
  t001('III.6', 'Xây dựng, phát triển, hoàn thiện Hệ thống thông tin', [VP], [SKHCN, CA, SBN_LQ], HT_ON_DINH, N2630),
  // The row between III.6 and III.7 has no number in the TT column.
  t001('unnumbered-1', 'Phát triển, hoàn thiện Nền tảng Cổng dữ liệu mở', [SKHCN], [CA, SBN_LQ], HT_ON_DINH, N2630),
  t001('III.7', 'Phát triển, hoàn thiện Kho dữ liệu dùng chung', [SKHCN], [CA, sbn, 'UBND các xã, phường, đặc khu có liên quan'], HT_ON_DINH, N2630),
  t001('III.8', 'Xây dựng Nền tảng AI cấp tỉnh theo hướng tích hợp', [CA, SKHCN], [SBN, 'UBND các xã, phường, đặc khu có liên quan'], HT_ON_DINH, N2630),
  // IV Phát triển hạ tầng phục vụ Chính quyền số
  t001('IV.1', 'Triển khai xây dựng, phát triển hạ tầng số phục vụ', [SKHCN, CA], [SBN, XA], 'Hạ tầng số đáp ứng yêu cầu phát triển Chính phủ số', N2630),
  t001('IV.2', 'Xây dựng Trung tâm dữ liệu tỉnh Quảng Ngãi đạt chuẩn', [SKHCN], [CA], HT_ON_DINH, N2630),
  t001('IV.3', 'Triển khai bảo mật Mạng truyền số liệu chuyên dùng', [SKHCN], [DN_VT, SBN, XA], 'Báo cáo thực hiện', N2630),
  t001('IV.4', 'Phát triển hạ tầng mạng đáp ứng nhu cầu triển khai', [SBN, XA], [SKHCN, CA, DN_VT], 'Báo cáo thực hiện', N2630),
  t001('IV.5', 'Nâng cấp, quản lý, vận hành Nền tảng họp trực tuyến', [VP, SKHCN], [SBN, XA], HT_ON_DINH, N2630),
  // V Bảo đảm an ninh mạng
  t001('V.1', 'Triển khai tuân thủ các quy định, tiêu chuẩn kỹ thuật', [CA], [SBN, XA], 'Văn bản triển khai, giải pháp truyền thông về quy định', 'Năm 2026'),
  t001('V.2', 'Triển khai đầy đủ các phương án bảo đảm an toàn', [SBN, XA], [CA], 'Báo cáo triển khai', 'Năm 2026'),
  t001('V.3', 'Triển khai Khung đánh giá mức độ rủi ro hệ thống', [CA], [SBN, XA], 'Văn bản triển khai, chỉ đạo về áp dụng', 'Năm 2026'),
  t001('V.4', 'Tăng cường giám sát an toàn, an ninh mạng trên địa bàn', [CA], [SBN, XA], 'Báo cáo thực hiện', N2630),
  // VI Phát triển nhân lực số
  t001('VI.1', 'Triển khai, cung cấp học liệu để đào tạo, phổ cập', [CA], [SKHCN], 'Báo cáo thực hiện', N2630),
  t001('VI.2', 'Bố trí nhân lực chuyên trách công nghệ thông tin', [SBN, XA], [CA, SKHCN, SNV], 'Báo cáo thực hiện', N2630),
  // Lead is only "Các sở, ban, ngành"; the coordinators also start with "Các sở, ban, ngành" (sic).
  t001('VI.3', 'Triển khai chương trình đào tạo, bồi dưỡng, hỗ trợ', [SBN], [SBN, XA], 'Báo cáo thực hiện', N2630),
  t001('VI.4', 'Triển khai khung năng lực, chuẩn kỹ năng công nghệ', [SKHCN, SNV], [SBN, XA], 'Báo cáo thực hiện', 'Tháng 12/2026'),
  t001('VI.5', 'Tổ chức bồi dưỡng, nâng cao nhận thức cho cán bộ', [SKHCN, SNV], [SBN, XA], 'Báo cáo thực hiện', N2630),
  t001('VI.6', 'Tổ chức bồi dưỡng kiến thức, kỹ năng số, kỹ năng', [SBN, XA], [SKHCN, CA, 'Sở Giáo dục và Đào tạo'], 'Báo cáo thực hiện', N2630),
  t001('VI.7', 'Triển khai khung chương trình đào tạo về quản trị', [CA], [SBN, XA], 'Kế hoạch, văn bản chỉ đạo triển khai Khung', 'Năm 2026-2027'),
  // VII Hợp tác quốc tế và trong nước
  t001('VII.1', 'Xây dựng và triển khai chương trình hợp tác quốc tế', [SKHCN, CA], [SBN, XA], 'Báo cáo thực hiện', N2630),
  t001('VII.2', 'Xây dựng kế hoạch và tổ chức các chương trình học hỏi', [SKHCN], [CA, VP, sbn, XA], 'Báo cáo thực hiện', N2630),
  // VIII Đo lường, giám sát, đánh giá triển khai
  t001('VIII.1', 'Triển khai Bộ chỉ số để theo dõi, giám sát, đánh giá', [SKHCN, CA], [VP, sbn, XA], 'Kế hoạch, văn bản chỉ đạo triển khai Bộ chỉ số', N2630),
  t001('VIII.2', 'Thực hiện đo lường, giám sát các hệ thống, dịch vụ', [SKHCN], [VP, sbn, XA], 'Báo cáo kết quả', N2630),
];

function i001(code: string, textStart: string, target: string, lead: string[], implementers: string[]): ExpectedIndicator {
  const slug = code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const period = code.startsWith('II.') ? '2028-2030' : '2026-2027'; // "I Giai đoạn 2026-2027", "II Giai đoạn 2028-2030"
  return { id: `indicator:001-${slug}`, code, textStart, target, period, lead, implementers };
}

/** 001 Phụ lục I — "Danh mục các chỉ tiêu cụ thể" (21 rows). */
export const INDICATORS_001: ExpectedIndicator[] = [
  // I Giai đoạn 2026-2027 — I.1 Cung cấp dịch vụ số bao trùm, thông minh
  i001('I.1.1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình trên', '100%', [VP], [SBN, XA]),
  i001('I.1.2', 'Tỷ lệ thông tin, giấy tờ, tài liệu trong các thủ tục', '100%', [VP], [SBN, XA]),
  i001('I.1.3', 'Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng', '95%', [VP], [SBN, XA]),
  // I.2 Cơ quan nhà nước quản lý, chỉ đạo, điều hành thông minh, an toàn dựa trên dữ liệu
  i001('I.2.1', 'Tỷ lệ các nền tảng số quốc gia, nền tảng số dùng', '100%', [SKHCN], [SBN]),
  i001('I.2.2', 'Tỷ lệ hồ sơ công việc tại tỉnh, cấp xã được xử lý', '100%', [SKHCN], [SBN]), // written "Các sở, ban, ngành;" and nothing after
  i001('I.2.3', 'Tỷ lệ chế độ báo cáo của các cơ quan được thực hiện', '100%', [VP], [SBN, XA]),
  i001('I.2.4', 'Tỷ lệ nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao', '100%', [VP], [SBN, XA]),
  i001('I.2.5', 'Tỉnh Quảng Ngãi đạt cấp độ 3 mức độ trưởng thành', 'Đạt', [CA], [SBN, XA]),
  i001('I.2.6', 'Tỷ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng', '100%', [SNV], [SBN, XA]),
  i001('I.2.7', 'Tỷ lệ cán bộ chuyên trách về công nghệ thông tin', '50%', [CA], [SBN, XA]),
  // II Giai đoạn 2028-2030 — II.1 Cung cấp dịch vụ số bao trùm, thông minh
  i001('II.1.1', 'Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng', '99%', [VP], [SBN, XA]),
  i001('II.1.2', 'Tỷ lệ dịch vụ công trực tuyến thiết yếu được triển khai', '50%', [SKHCN], [VP]),
  i001('II.1.3', 'Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đúng chuẩn', '100%', [CA, SKHCN], [SBN, XA]),
  i001('II.1.4', 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính', '100%', [VP], [SBN, XA]),
  i001('II.1.5', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu', '80%', [VP], [SBN, XA]),
  // II.2 Cơ quan nhà nước quản lý, chỉ đạo, điều hành thông minh, an toàn dựa trên dữ liệu
  i001('II.2.1', 'Tỉnh Quảng Ngãi phấn đấu đạt cấp độ 5 mức độ trưởng', 'Đạt', [CA], [SBN, XA]),
  i001('II.2.2', 'Tỷ lệ hệ thống thông tin được kết nối, chia sẻ dữ liệu', '100%', [CA], [SBN, XA]),
  i001('II.2.3', 'Tỷ lệ cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI', '100%', [SKHCN], [SBN, XA]),
  i001('II.2.4', 'Tỷ lệ đội ngũ lãnh đạo của từng cơ quan, tổ chức có', '25%', [SNV], [SBN, XA]),
  i001('II.2.5', 'Tỷ lệ cán bộ chuyên trách về công nghệ thông tin', '100%', [CA], [SBN, XA]),
  i001('II.2.6', 'Tỷ lệ các hệ thống thông tin các cơ quan nhà nước trên', '100%', [CA], [SBN, XA]),
];
