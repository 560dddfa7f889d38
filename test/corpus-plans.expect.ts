// What a careful reader finds in the fifteen real plans of ../shared/corpus/plans (issue #13).
//
// Every value here comes from reading the document itself, line by line, not from any
// reader's output: it is what the readers are judged by. Strings are short prefixes (the
// portal claims rights on its copies, so nothing longer than a field needs is kept), as
// written in the document (NFC), with the portal's `**`/`*` markers and lone `|` lines
// left out. The test (corpus-plans.test.ts) compares them folded: lower case, spaces
// collapsed, `*` and `|` dropped, a trailing `.;:,` dropped; titles by prefix.
import type {DocType, SectionRole} from '@kehoach/model'

export interface SignatureExpectation {
  authority: string | null
  capacity: string | null
  position: string | null
  name: string | null
}

export interface PlanExpectation {
  /** The corpus file, relative to ../shared/corpus/. */
  file: string
  /** Type of the plan (for a Quyết định that issues a plan, still the plan's type). */
  docType: DocType
  /** Number and symbol as written ("141/KH-UBND"); null when blank in a draft. */
  number: string | null
  /** The symbol after "/" ("KH-UBND"), also when the number is blank. */
  symbol: string | null
  /** ISO date; "YYYY-MM" when the day is blank; null if none. */
  date: string | null
  /** The place name of the date line. */
  place: string | null
  /** The issuing body as written in the header. */
  issuer: string
  /** The superior body above the issuer in the header, or null. */
  parentIssuer: string | null
  /** The first 60 characters of the trích yếu, lines joined with single spaces. */
  title: string
  /** "Kính gửi:" addressees. */
  recipientsTo: string[]
  /** Every document cited before section I, in order of first citation. */
  references: {number: string | null; date: string | null; role: 'implements' | 'basis'}[]
  /** Every top-level section of the body: label without its dot, first 40 characters of the title. */
  sections: {label: string; title: string; role: SectionRole}[]
  /** Every first-level item of the tasks sections (first 50 characters), or the appendix's first-level rows. */
  topTasks: string[]
  /** All tasks at any depth in the tasks sections, counted as explained beside each number. */
  taskCount: number
  /** Task rows in appendix task tables (not group headers, not the column header row). */
  appendixRows: number
  /** Three to six tasks whose lead, support, deadline or product are stated (title: first 40 characters). */
  sampleTasks: {title: string; lead?: string[]; support?: string[]; timeline?: string; product?: string}[]
  /** The agency heading each item of Tổ chức thực hiện, first 8. */
  implementation: string[]
  signature: SignatureExpectation
  /** Nơi nhận, one entry a line. */
  recipients: {count: number; first: string; last: string}
  /** The Quyết định that issues the plan, when there is one. */
  enactedBy: null | {number: string; date: string; articles: number; signature: SignatureExpectation; recipientsCount: number}
  /** What makes this document hard to read. */
  notes: string
}

export const EXPECTATIONS: PlanExpectation[] = [
  {
    file: 'plans/bac-ninh-141-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '141/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-20',
    place: 'Bắc Ninh',
    issuer: 'UỶ BAN NHÂN DÂN TỈNH BẮC NINH',
    parentIssuer: null,
    title: 'NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÂY DỰNG CHÍ',
    recipientsTo: [],
    references: [
      {number: '14-KH/TU', date: '2025-07-29', role: 'implements'},
      {number: '24/KH-UBND', date: '2025-08-14', role: 'implements'},
      {number: '66-NQ/TW', date: '2025-04-30', role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'MỤC TIÊU CHỦ YẾU', role: 'objectives'},
      {label: 'III', title: 'NHIỆM VỤ, GIẢI PHÁP', role: 'tasks'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Rà soát, kiện toàn đội ngũ cán bộ, công chức xây d',
      'Tăng cường tuyên truyền, phổ biến, quán triệt chủ',
      'Nâng cao nhận thức, trách nhiệm của các cơ quan, đ',
      'Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ, c',
      'Nghiên cứu giải pháp thu hút, tuyển dụng; đào tạo,',
      'Thực hiện chính sách đặc thù, vượt trội đối với ng',
      'Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông t',
      'Tổ chức hội nghị, hội thảo trong công tác xây dựng',
      'Tổ chức nghiên cứu, học tập kinh nghiệm công tác x'
    ],
    // 9 numbered tasks + their "-" items (1+1+2+4+3+1+4+1 = 17; task 9 is one unlabelled
    // paragraph); the italic field lines (Đơn vị chủ trì / phối hợp / Thời gian) are not tasks.
    taskCount: 26,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Tổ chức tập huấn, bồi dưỡng kiến thức, k', lead: ['Sở Tư pháp'], support: ['Các cơ quan, đơn vị, địa phương liên quan'], timeline: 'Theo kế hoạch công tác tư pháp hàng năm'},
      {title: 'Nâng cao kiến thức, kỹ năng xây dựng phá', lead: ['Sở Nội vụ'], support: ['Sở Tư pháp', 'các cơ quan, đơn vị, địa phương liên quan'], timeline: 'Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm'},
      {title: 'Ra mắt AI pháp luật hỗ trợ cho cán bộ, c', lead: ['Sở Khoa học và Công nghệ'], support: ['Sở Tư pháp'], timeline: 'Tháng 12/2025'},
      {title: 'Xây dựng, duy trì thường xuyên các chuyê', lead: ['Báo và Phát thanh, Truyền hình tỉnh', 'Sở Tư pháp', 'các cơ quan, đơn vị, địa phương'], support: ['Sở Khoa học và Công nghệ', 'Trung tâm Thông tin tỉnh', 'các cơ quan, đơn vị liên quan'], timeline: 'Thường xuyên'},
      {title: 'Tổ chức nghiên cứu, học tập kinh nghiệm', lead: ['Sở Tư pháp'], support: ['Văn phòng UBND tỉnh', 'các cơ quan, đơn vị, địa phương liên quan'], timeline: 'Hằng năm'}
    ],
    implementation: ['Các cơ quan, đơn vị, địa phương', 'Sở Tài chính', 'Sở Nội vụ', 'Các Sở, ngành, đơn vị liên quan', 'UBND các xã, phường', 'Sở Tư pháp'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Phạm Văn Thịnh'},
    recipients: {count: 8, first: 'Bộ Tư pháp (b/c)', last: 'Lưu: VT, NC'},
    enactedBy: null,
    notes:
      'Field labels are italic with the colon inside the markers ("*Đơn vị chủ trì thực hiện: *Các") and wrap mid-name ("Sở Tư\\npháp"); the fields follow each "-" item, so they belong to that item, not to the numbered task; in task 9 the fields are "- " lines inside italics and one wraps over a blank line ("địa phương\\n\\nliên quan"). "Báo và Phát thanh, Truyền hình tỉnh" is one agency with a comma. The preamble cites 66-NQ/TW only as what the two plans implement; it is counted as implemented.'
  },
  {
    file: 'plans/can-tho-157-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '157/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-18',
    place: 'Cần Thơ',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
    parentIssuer: null,
    title: 'PHÁT ĐỘNG PHONG TRÀO THI ĐUA VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ',
    recipientsTo: [],
    references: [
      {number: '21/CT-TTg', date: '2022-11-25', role: 'implements'},
      {number: '552/TB-VPCP', date: '2025-10-13', role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA', role: 'other'},
      {label: 'III', title: 'NỘI DUNG THI ĐUA, PHƯƠNG ÁN TRIỂN KHAI,', role: 'tasks'},
      {label: 'IV', title: 'KHEN THƯỞNG', role: 'other'},
      {label: 'V', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: ['Nội dung thi đua', 'Phương án triển khai', 'Tiêu chí đánh giá, xếp loại', 'Cách thức xếp hạng'],
    // 4 numbered items + (1)-(5) under 1 + a)-đ) under 2 + a), b) under 3 + a), b) under 4 = 18;
    // the two "-" rules under the "* Lưu ý khi bình xét thi đua:" note are not tasks.
    taskCount: 18,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Ủy ban nhân dân xã, phường huy động nguồ', lead: ['Ủy ban nhân dân xã, phường']},
      {title: 'Thực hiện mở tài khoản và phát hành thẻ', lead: ['Ủy ban nhân dân xã, phường'], support: ['các Ngân hàng thương mại']},
      {title: 'Thực hiện chi trả cho người hưởng trợ cấ', lead: ['Ủy ban nhân dân xã, phường'], support: ['các tổ chức chi trả dịch vụ']},
      {title: 'Trên cơ sở kết quả thực hiện các chỉ tiê', lead: ['Sở Y tế']}
    ],
    implementation: ['Sở Y tế', 'Sở Nội vụ', 'Ngân hàng Nhà nước chi nhánh khu vực 14', 'Sở Khoa học và Công nghệ', 'Ủy ban nhân dân xã, phường', 'các tổ chức cung cấp dịch vụ chi trả'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Ngọc Điệp'},
    recipients: {count: 7, first: 'CT, PCT UBND TP (1AE)', last: 'Lưu: VT, MX'},
    enactedBy: null,
    notes:
      'An emulation plan: its work is section III "Nội dung thi đua, phương án triển khai, …" (the targets (1)-(5) are the content of the emulation), section II (đối tượng, thời gian) and IV (khen thưởng, with a "Kinh phí khen thưởng" item) are neither tasks nor funding sections. Agencies are only in prose ("Ủy ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại"). The appendix is a scoring table (STT, tiêu chí, điểm chuẩn, hướng dẫn) with rows 1-5 and 5.1-5.3, not a task table; item 6 of Tổ chức thực hiện is a request ("Đề nghị các tổ chức …").'
  },
  {
    file: 'plans/can-tho-165-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '165/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-21',
    place: 'Cần Thơ',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
    parentIssuer: null,
    title: 'THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA',
    recipientsTo: [],
    references: [
      {number: '27/CT-TTg', date: '2024-08-15', role: 'implements'},
      {number: '6676/BYT-CDS', date: '2024-10-29', role: 'implements'},
      {number: '21-NQ/TW', date: '2017-10-25', role: 'basis'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NỘI DUNG THỰC HIỆN', role: 'tasks'},
      {label: 'III', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Sở Y tế',
      'Sở Tài chính',
      'Sở Giáo dục và Đào tạo',
      'Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh',
      'Sở, ban, ngành liên quan',
      'Ủy ban nhân dân xã, phường',
      'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố'
    ],
    // 7 agency headings (each is the task of that agency) + a)-g) of Sở Y tế (7) + a)-c) of
    // Sở Tài chính (3) + a)-g) of Ủy ban nhân dân xã, phường (7) = 24; headings 3, 4, 5 and 7
    // hold one unlabelled paragraph each.
    taskCount: 24,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Sở Văn hóa, Thể thao và Du lịch; Báo và', lead: ['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Cần Thơ'], support: ['Sở Y tế']},
      {title: 'Phối hợp với Sở Tư pháp và các cơ quan l', lead: ['Sở Y tế'], support: ['Sở Tư pháp', 'các cơ quan liên quan']},
      {title: 'Căn cứ vào khả năng cân đối ngân sách hà', lead: ['Sở Tài chính'], support: ['Sở Y tế']},
      {title: 'Phối hợp với Sở Y tế, Sở Nội vụ rà soát,', lead: ['Ủy ban nhân dân xã, phường'], support: ['Sở Y tế', 'Sở Nội vụ']},
      {title: 'Sở Giáo dục và Đào tạo', lead: ['Sở Giáo dục và Đào tạo']}
    ],
    implementation: ['Sở Y tế', 'Sở, ban, ngành thành phố', 'Ủy ban nhân dân xã, phường'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Ngọc Điệp'},
    recipients: {count: 12, first: 'Văn phòng Chính phủ (để b/c)', last: 'Lưu: VT, MK'},
    enactedBy: null,
    notes:
      'Section II "Nội dung thực hiện" is arranged by agency: each numbered heading is an agency, so the lead of its a), b)… items is the heading (a reader must inherit it) and "Phối hợp với X" inside an item names support, not lead. The bold "**ỦY BAN NHÂN DÂN\\n**" wraps its closing marker; the preamble\'s 21-NQ/TW is background ("Sau 8 năm triển khai…", "để đạt được … theo Nghị quyết"), read as basis; footnotes [1]-[3] after the signature cite a dozen more documents that are not the plan\'s own bases and are left out. Item 2 of Tổ chức thực hiện names two bodies.'
  },
  {
    file: 'plans/dak-lak-0125-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '0125/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-18',
    place: 'Đắk Lắk',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
    parentIssuer: null,
    title: 'PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU C',
    recipientsTo: [],
    references: [
      {number: '46-CT/TW', date: '2025-05-16', role: 'implements'},
      {number: '28/CT-TTg', date: '2025-09-18', role: 'implements'},
      {number: '7886/HD-BNV', date: '2025-09-14', role: 'implements'},
      {number: '02-CT/TU', date: '2025-08-05', role: 'implements'},
      {number: '007/CT-UBND', date: '2025-10-06', role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'ĐỐI TƯỢNG, NỘI DUNG THI ĐUA', role: 'tasks'},
      {label: 'III', title: 'ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH THỨC VÀ TIÊU', role: 'other'},
      {label: 'IV', title: 'SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG', role: 'other'},
      {label: 'V', title: 'THỦ TỤC, HỒ SƠ VÀ THỜI GIAN KHEN THƯỞNG', role: 'other'},
      {label: 'VI', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Thi đua thực hiện thành công cuộc bầu cử; kịp thời',
      'Thi đua thực hiện tốt công tác thông tin, tuyên tr',
      'Thi đua thực hiện tốt công tác đảm bảo an ninh, ch',
      'Giải quyết kịp thời, đúng quy định pháp luật các v',
      'Thi đua thực hiện tốt công tác chuẩn bị và tổ chức',
      'Thi đua đẩy mạnh cải cách hành chính, nâng cao hiệ',
      'Tăng cường ứng dụng công nghệ thông tin, chuyển đổ'
    ],
    // The work is a)-g) of "2. Nội dung thi đua" (7 items, no sub-items); "1. Đối tượng thi đua"
    // (who competes) and "3. Thời gian …" (the campaign's period) are not tasks.
    taskCount: 7,
    appendixRows: 0,
    // No emulation content names an agency, a deadline or a product: the agencies are all in
    // section VI (Tổ chức thực hiện), the period only in II.3 for the whole campaign.
    sampleTasks: [],
    implementation: [
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'các tổ chức chính trị - xã hội tỉnh',
      'Các cơ quan, đơn vị, địa phương thuộc tỉnh',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Các cơ quan thông tin, truyền thông của tỉnh',
      'Sở Nội vụ'
    ],
    signature: {authority: null, capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Đào Mỹ'},
    recipients: {count: 15, first: 'Bộ Nội vụ', last: 'Lưu: VT, NV (V-10b)'},
    enactedBy: null,
    notes:
      'An emulation plan with six sections, three of them about awards (đối tượng, tiêu chuẩn, số lượng, thủ tục khen thưởng) whose "-" and "+" items are criteria, not tasks; section II mixes who competes (1), what they compete in (2, the only work) and when (3, a bold label with the colon outside the markers). Tổ chức thực hiện items are "**1. Đề nghị X: **duties" on one run of text (two of them requests); the signature has no "TM." line, only "KT. CHỦ TỊCH". The number keeps its leading zero (0125).'
  },
  {
    file: 'plans/dong-nai-182-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '182/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-20',
    place: 'Đồng Nai',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
    parentIssuer: null,
    title: 'TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, C',
    recipientsTo: [],
    references: [
      {number: '163/2024/QH15', date: '2024-11-27', role: 'implements'},
      {number: '50/NQ-CP', date: '2025-03-13', role: 'implements'},
      {number: '7619/QĐ-BCA', date: '2025-09-08', role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NỘI DUNG TRỌNG TÂM', role: 'tasks'},
      {label: 'III', title: 'NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHI', role: 'tasks'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Tổ chức quán triệt, tuyên truyền sâu rộng đến tất',
      'Phát huy sức mạnh tổng hợp của cả hệ thống chính t',
      'Phối hợp các chủ dự án, tiểu dự án thành phần, cơ',
      'Thực hiện chức năng chủ quản Chương trình tại địa',
      'Đầu tư trang thiết bị, phương tiện, ứng dụng khoa',
      'Nhiệm vụ, giải pháp tổng thể',
      'Phân công trách nhiệm'
    ],
    // II: items 1-5 (5; "6. Chỉ tiêu chủ yếu đến năm 2030" with 6.1-6.9 is targets, not work).
    // III.1: the heading + 1.1-1.7 (8). III.2: the heading + 13 agency headings 2.1-2.13 +
    // their items: 2.1 a)-c) and the three "-" under a) (6), 2.2 two "-" (2), 2.3 a)-đ), the
    // four "-" under b) and the six projects "- Dự án …" under c) (15), 2.4 a)-c) (3), 2.10 two
    // "-" (2), 2.11 four "-" (4), 2.13 a)-i) (9) = 55. Total 5 + 8 + 55 = 68.
    taskCount: 68,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Sở Văn hóa, Thể thao và Du lịch', lead: ['Sở Văn hóa, Thể thao và Du lịch'], support: ['các Sở, ban, ngành liên quan'], timeline: 'trong tháng 11/2025'},
      {title: 'Sở Y tế', lead: ['Sở Y tế'], support: ['các đơn vị liên quan']},
      {title: 'Phối hợp Công an tỉnh và các đơn vị có l', lead: ['Sở Tài chính'], support: ['Công an tỉnh', 'các đơn vị có liên quan']},
      {title: 'Đề nghị Liên đoàn Lao động tỉnh', lead: ['Liên đoàn Lao động tỉnh'], support: ['các Sở, ban, ngành liên quan']}
    ],
    implementation: ['các Sở, ban, ngành, đoàn thể cấp tỉnh', 'cơ quan ngành dọc đóng trên địa bàn', 'Ủy ban nhân dân xã, phường', 'Công an tỉnh'],
    signature: {authority: null, capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Lê Trường Sơn'},
    recipients: {count: 9, first: 'Văn phòng Chính phủ', last: 'Lưu: VT, KGVX, KTNS, NC'},
    enactedBy: null,
    notes:
      'Two tasks sections (II "Nội dung trọng tâm", whose item 6 is a list of targets, and III), second-level labels are italic ("*1.1. *", "*2.1. Sở\\nTài chính*") and III.2 assigns work per agency, so the lead of each item is its italic heading and "Phối hợp X" in an item is support; 2.3 b) "Chủ trì, phối hợp" is completed by four "- Sở X …" lines that name the support. Bold runs cut through sentences ("**hoàn\\nthành trong tháng 11/2025**"). Tổ chức thực hiện item 1 lists three kinds of bodies in one sentence; no "TM." line in the signature.'
  },
  {
    file: 'plans/dong-thap-597-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '597/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-27',
    place: 'Đồng Tháp',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
    parentIssuer: null,
    title: 'CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC K',
    recipientsTo: [],
    references: [
      {number: '57-NQ/TW', date: '2024-12-22', role: 'basis'},
      {number: '71/NQ-CP', date: '2025-04-01', role: 'basis'},
      {number: '1644/QĐ-BXD', date: '2025-09-30', role: 'basis'},
      {number: '03-QĐ/BCĐ', date: '2025-08-13', role: 'basis'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'MỤC TIÊU', role: 'objectives'},
      {label: 'III', title: 'NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', role: 'tasks'},
      {label: 'IV', title: 'KINH PHÍ THỰC HIỆN', role: 'funding'},
      {label: 'V', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Hoàn thiện thể chế',
      'Phát triển hạ tầng số',
      'Phát triển dữ liệu số',
      'Phát triển nền tảng, ứng dụng số',
      'Tích hợp, chia sẻ dữ liệu với Trung tâm điều hành',
      'Phát triển dịch vụ công trực tuyến và số hóa hồ sơ',
      'Bảo đảm an toàn, an ninh mạng và bảo mật dữ liệu',
      'Về nâng cao năng lực và nguồn nhân lực'
    ],
    // 8 numbered items + their items: 1 (3 "-"), 2 (4), 3 (3), 4: 4.1-4.6 (6) with 5 + 3 "-"
    // under 4.2 and 4.3 and the three systems listed under each of 4.4, 4.5, 4.6 (9) = 23,
    // 5 (3), 6 (3), 7 (2), 8: a) and b) with 2 + 3 "-" (7) = 48. Total 56.
    taskCount: 56,
    appendixRows: 0,
    // No task in section III names an agency, a deadline or a product: duties per agency are
    // only in V (Tổ chức thực hiện).
    sampleTasks: [],
    implementation: [
      'Sở Xây dựng',
      'Sở Khoa học và Công nghệ',
      'Sở Tài chính',
      'Sở Nông nghiệp và Môi trường',
      'Công an Tỉnh',
      'Ủy ban nhân dân cấp xã',
      'Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh'
    ],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Diệu'},
    recipients: {count: 7, first: 'Bộ Xây dựng (b/c)', last: 'Lưu: VT, ĐTQH (Tùng)'},
    enactedBy: null,
    notes:
      'The bases are four "Căn cứ" lines (no "Thực hiện"). In section III the sub-items 4.1-4.6 are italic headings and so is the top-level item "*5. Tích hợp, chia sẻ dữ liệu …*", which a reader must still take as task 5, not as a 4.x; 4.4-4.6 end in "như:" followed by lists of systems. The funding section numbers its items "1." "2." without bold; Tổ chức thực hiện is per agency with "-" duties, and the tasks themselves name no agency.'
  },
  {
    file: 'plans/ha-noi-308-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '308/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-17',
    place: 'Hà Nội',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
    parentIssuer: null,
    title: 'TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025',
    recipientsTo: [],
    references: [
      {number: '214/NQ-CP', date: '2025-07-23', role: 'implements'},
      {number: '278/2025/NĐ-CP', date: '2025-10-22', role: 'implements'},
      {number: '142/QĐ-TTg', date: '2024-02-02', role: 'implements'},
      {number: '1229/QĐ-UBND', date: '2025-02-28', role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NHIỆM VỤ', role: 'tasks'},
      {label: 'III', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: ['Về dữ liệu', 'Về các nền tảng số', 'Về đảm bảo an toàn thông tin', 'Về nguồn lực'],
    // 4 numbered groups + 1.1, 1.2 + the three "-" of 1.2 + the two "-" of 2 + the three "-"
    // of 3 + 4.1-4.3 = 17. The a) "Nhiệm vụ:", b) "Cơ quan thực hiện:" (with "- Đơn vị chủ
    // trì/phối hợp:") and c) "Thời gian thực hiện:" items are fields of the task, not tasks.
    taskCount: 17,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Xây dựng các Chiến lược triển khai của t', lead: ['Sở Khoa học và Công nghệ'], support: ['Các Sở, ban, ngành'], timeline: 'Hoàn thành trong năm 2025'},
      {title: 'Triển khai, phát triển dữ liệu', lead: ['Các Sở, ban, ngành'], support: ['Sở Khoa học và Công nghệ', 'UBND xã, phường'], timeline: 'Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành'},
      {title: 'Về các nền tảng số', lead: ['Các Sở, ban, ngành Thành phố'], support: ['Sở Khoa học và Công nghệ', 'UBND xã, phường'], timeline: 'Hoàn thành trong năm 2025'},
      {title: 'Về đảm bảo an toàn thông tin', lead: ['Công an Thành phố'], support: ['Các Sở, ban, ngành', 'UBND xã, phường'], timeline: 'Thực hiện thường xuyên'},
      {title: 'Kinh phí thực hiện', lead: ['Các Sở, ban, ngành'], support: ['Sở Khoa học và Công nghệ', 'Sở Tài chính'], timeline: 'Hoàn thành trong năm 2025'},
      {title: 'Nguồn nhân lực', lead: ['Sở Khoa học và Công nghệ'], support: ['Các Sở, ban, ngành'], timeline: 'Hoàn thành trong năm 2025'}
    ],
    implementation: ['Sở Khoa học và Công nghệ', 'Các Sở, ban, ngành', 'UBND xã, phường', 'các cơ quan, tổ chức có liên quan'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Trương Việt Dũng'},
    recipients: {count: 9, first: 'Bộ Công An', last: 'Lưu: VT, ĐMPT'},
    enactedBy: null,
    notes:
      'Each task is a block of lettered fields: a) "Nhiệm vụ:" (the work, inline or as "-" items), b) "Cơ quan thực hiện:" with "- Đơn vị chủ trì:" / "- Đơn vị phối hợp:" lines, c) "Thời gian thực hiện:"; so a), b), c) are not subtasks and "Các Sở, ban, ngành" is one collective agency despite its commas. 142/QĐ-TTg is cited first without a date and later in the same sentence with "ngày 02/02/2024"; 1229/QĐ-UBND is cited without "số". In Tổ chức thực hiện (plain "1." "2."), item 1 runs on into a "- Cơ quan thường trực Tổ công tác …" line that continues its sentence and is not a list item.'
  },
  {
    file: 'plans/ha-tinh-624-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '624/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-19',
    place: 'Hà Tĩnh',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
    parentIssuer: null,
    title: 'THỰC HIỆN CHƯƠNG TRÌNH “NÂNG CAO CHẤT LƯỢNG GIÁO DỤC MẦM NON',
    recipientsTo: [],
    references: [{number: '2270/QĐ-TTg', date: '2025-10-14', role: 'implements'}],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'MỤC TIÊU', role: 'objectives'},
      {label: 'III', title: 'NHIỆM VỤ, GIẢI PHÁP', role: 'tasks'},
      {label: 'IV', title: 'KINH PHÍ THỰC HIỆN', role: 'funding'},
      {label: 'V', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Hoàn thiện cơ chế, chính sách phát triển giáo dục',
      'Đa dạng mô hình giáo dục mầm non phù hợp đặc thù đ',
      'Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục',
      'Huy động nguồn lực xã hội hóa gắn với trách nhiệm',
      'Tăng cường công tác quản lý, kiểm tra, giám sát và',
      'Đẩy mạnh công tác truyền thông'
    ],
    // 6 numbered items + a)-c) of 1 (3) + a)-đ) of 2 (5) + a)-c) of 3 with three "-" under a)
    // and five under b) (11) + a)-c) of 4 (3) + a)-d) of 5 (4) + a)-c) of 6 (3) = 35.
    taskCount: 35,
    appendixRows: 0,
    // No task in section III names an agency, a deadline or a product (all duties are in V).
    sampleTasks: [],
    // Item 8 ("Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan …") is one run-on line
    // whose bodies a reader may split differently; the first seven are unambiguous.
    implementation: [
      'Sở Giáo dục và Đào tạo',
      'Sở Nội vụ',
      'Sở Y tế',
      'Sở Tài chính',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Xây dựng',
      'Sở Nông nghiệp và Môi trường'
    ],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Nguyệt'},
    recipients: {count: 9, first: 'Bộ Giáo dục và Đào tạo; (để báo cáo)', last: 'Lưu: VT, TH, VX'},
    enactedBy: null,
    notes:
      'Only the roman-numeral headings are bold: the numbered items ("1. Hoàn\\nthiện cơ chế …") are plain text whose titles wrap over two lines with no closing punctuation, and the same plain "1." "2." also number Mục đích/Yêu cầu, the targets and Kinh phí. The first two Nơi nhận lines carry "(để báo cáo)" after their ";". Tổ chức thực hiện is per agency (two of the agencies wrap: "Sở Tài\\nchính"); item 9 is a request to the Mặt trận.'
  },
  {
    file: 'plans/ho-chi-minh-172-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '172/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-18',
    place: 'Thành phố Hồ Chí Minh',
    issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    parentIssuer: null,
    title: 'TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ',
    recipientsTo: [],
    references: [
      {number: '1850/QĐ-TTg', date: '2025-08-27', role: 'implements'},
      {number: null, date: null, role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NỘI DUNG', role: 'tasks'},
      {label: 'III', title: 'KINH PHÍ THỰC HIỆN', role: 'funding'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Phổ biến, giáo dục Luật Việc làm và các văn bản qu',
      'Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn,',
      'Xây dựng các văn bản quy phạm pháp luật quy định c',
      'Tổ chức kiểm tra việc thi hành Luật Việc làm và cá'
    ],
    // Four numbered tasks; every "-" line under them is a field (Nội dung thực hiện, Cơ quan
    // thực hiện / chủ trì / phối hợp, Thời gian thực hiện), not a subtask.
    taskCount: 4,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Phổ biến, giáo dục Luật Việc làm và các', lead: ['Sở Nội vụ'], timeline: 'Năm 2025 và các năm tiếp theo'},
      {
        title: 'Tổ chức tập huấn, bồi dưỡng, hướng dẫn c',
        lead: ['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính'],
        support: ['Bảo hiểm xã hội Thành phố', 'Chi nhánh Ngân hàng Chính sách xã hội Thành phố', 'Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)', 'Ủy ban nhân dân xã, phường, đặc khu', 'các cơ quan, đơn vị có liên quan'],
        timeline: 'Năm 2025 và các năm tiếp theo'
      },
      {title: 'Xây dựng các văn bản quy phạm pháp luật', lead: ['Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố']},
      {title: 'Tổ chức kiểm tra việc thi hành Luật Việc', timeline: 'Năm 2026 và các năm tiếp theo'}
    ],
    implementation: ['Sở Nội vụ', 'Các cơ quan, đơn vị được giao chủ trì', 'Thủ trưởng các sở, ban, ngành', 'Ủy ban nhân dân phường, xã, đặc khu'],
    signature: {authority: null, capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Diệu Thúy'},
    recipients: {count: 9, first: 'Thường trực Thành ủy', last: 'Lưu: VT, (VX/MT.Tấn)'},
    enactedBy: null,
    notes:
      'Fields are "-" lines ("- Nội dung thực hiện:", "- Cơ quan thực hiện:", "- Cơ quan chủ trì:", "- Thời gian thực hiện:"), so no "-" here is a subtask; task 1\'s "Cơ quan thực hiện" is a sentence ("Sở Nội vụ chủ trì …; Sở Tư pháp và các sở, ban, ngành … chủ động tổ chức triển khai"), task 3 has only prose. The place wraps ("Thành phố Hồ Chí\\nMinh"); the Luật Việc làm, which the plan carries out, is cited by name only (second reference). No "TM." line.'
  },
  {
    file: 'plans/lai-chau-7360-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '7360/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-19',
    place: 'Lai Châu',
    issuer: 'UỶ BAN NHÂN DÂN TỈNH LAI CHÂU',
    parentIssuer: null,
    title: 'TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LU',
    recipientsTo: [],
    references: [
      {number: '2138/QĐ-TTg', date: '2025-09-27', role: 'implements'},
      {number: null, date: null, role: 'implements'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NỘI DUNG KẾ HOẠCH', role: 'tasks'},
      {label: 'III', title: 'KINH PHÍ BẢO ĐẢM', role: 'funding'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Trên cơ sở tài liệu do Trung ương biên soạn, các c',
      'Rà soát văn bản quy phạm pháp luật',
      'Tham gia góp ý kiến vào dự thảo các văn bản quy đị',
      'Phối hợp kiểm tra việc thi hành Luật và các văn bả',
      'Tổ chức các nội dung hỗ trợ thi hành Luật theo quy',
      'Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn'
    ],
    // 6 numbered tasks + 3.1 and 3.2 + a), b) under each (4) + the four "+" contents of task 5
    // = 16. "- Nội dung:", "- Cơ quan thực hiện/chủ trì/phối hợp:", "- Thời gian thực hiện:" and
    // "- Các nội dung hỗ trợ … bao gồm:" are fields, not tasks.
    taskCount: 16,
    appendixRows: 0,
    sampleTasks: [
      {
        title: 'Trên cơ sở tài liệu do Trung ương biên s',
        lead: ['Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh Truyền hình Lai Châu', 'các sở, ngành có liên quan'],
        support: ['Các sở, ngành', 'Ủy ban nhân dân các xã, phường'],
        timeline: 'Quý IV năm 2025 và các năm tiếp theo'
      },
      {title: 'Nghị định quy định chi tiết thi hành một', lead: ['Sở Khoa học và Công nghệ'], support: ['Các sở, ngành có liên quan', 'UBND các xã, phường'], timeline: 'Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo'},
      {title: 'Phối hợp kiểm tra việc thi hành Luật và', lead: ['Sở Khoa học và Công nghệ'], support: ['Các sở, ngành', 'UBND các xã, phường', 'các cơ quan, tổ chức, cá nhân có liên quan'], timeline: 'Năm 2026 và các năm tiếp theo'},
      {title: 'Tổ chức triển khai thực hiện Chiến lược', timeline: 'sau khi Chiến lược tiêu chuẩn quốc gia được ban hành'}
    ],
    implementation: ['Sở Khoa học và Công nghệ', 'các sở, ngành', 'Ủy ban nhân dân các xã, phường'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Tống Thanh Hải'},
    recipients: {count: 7, first: 'Bộ Khoa học và Công nghệ', last: 'Lưu: VT, Vx3'},
    enactedBy: null,
    notes:
      'Task labels are "**1.****" on a line of their own with the title after "**" on the next line, and task 1 has no title, only a sentence; fields are "-" lines with the agency lists split by ";" ("Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan"). 3.1 a)/b) and 3.2 a)/b) have the same titles with different timelines; task 6 states its time in prose without a label. The number wraps after "Số:"; the Luật sửa đổi … Luật Tiêu chuẩn và quy chuẩn kỹ thuật it carries out is cited by name only; "Nơi nhận:" is italic.'
  },
  {
    file: 'plans/lao-cai-draft-kh-ubnd-chi-thi-11-2026.txt',
    docType: 'ke-hoach',
    number: null,
    symbol: 'KH-UBND',
    date: '2026',
    place: 'Lào Cai',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
    parentIssuer: null,
    title: 'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của',
    recipientsTo: [],
    references: [{number: '11-CT/TU', date: '2026-01-04', role: 'implements'}],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NHIỆM VỤ, GIẢI PHÁP', role: 'tasks'},
      {label: 'III', title: 'KINH PHÍ THỰC HIỆN', role: 'funding'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'},
      {label: 'V', title: 'CHẾ ĐỘ BÁO CÁO', role: 'other'}
    ],
    topTasks: [
      'Công tác tuyên truyền, phổ biến pháp luật về khoán',
      'Hoàn thiện cơ chế, chính sách và cải cách thủ tục',
      'Công tác quy hoạch khoáng sản trên địa bàn tỉnh',
      'Tăng cường trách nhiệm lãnh đạo, chỉ đạo công tác',
      'Công tác đấu giá quyền khai thác khoáng sản và quả',
      'Tăng cường thanh tra, kiểm tra, giám sát và xử lý',
      'Bảo vệ khoáng sản chưa khai thác',
      'Phát huy vai trò của Mặt trận Tổ quốc và Nhân dân'
    ],
    // Section II: 8 numbered groups + their "-" items (3 + 3 + 2 + 4 + 4 + 4 + 3 + 2 = 25) = 33.
    // The appendix table's 14 rows are counted in appendixRows, not here.
    taskCount: 33,
    appendixRows: 14,
    sampleTasks: [
      {title: 'Rà soát, điều chỉnh, cập nhật bổ sung ph', lead: ['Sở Nông nghiệp và Môi trường'], support: ['Các Sở, ban, ngành', 'các cơ quan, đơn vị, địa phương liên quan'], timeline: 'Xong trong tháng 5/2026'},
      {title: 'Yêu cầu các đơn vị lắp đặt và vận hành h', lead: ['Sở Nông nghiệp và Môi trường'], timeline: 'Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030'},
      {title: 'Thực hiện rà soát việc lập, thẩm định, p', lead: ['Sở Công Thương', 'Sở Xây dựng'], support: ['Các Sở, ban, ngành', 'các địa phương liên quan'], timeline: 'Thường xuyên'},
      {title: 'Rà soát, phân loại đội ngũ cán bộ, công', lead: ['Sở Nội vụ'], support: ['Các Sở, ban, ngành', 'các địa phương liên quan'], timeline: 'Hàng năm'},
      {title: 'Xử lý nghiêm và xử lý dứt điểm các hành', lead: ['Công an tỉnh'], support: ['Các Sở, ban, ngành', 'địa phương'], timeline: 'Xong trong Quý II/2026'},
      {title: 'Đẩy nhanh công tác bồi thường, giải phón', lead: ['UBND các xã, phường'], support: ['Các Sở, ban, ngành', 'Các tổ chức, cá nhân hoạt động khoáng sản'], timeline: 'Thường xuyên'}
    ],
    implementation: [
      'Giám đốc các Sở',
      'Thủ trưởng các ban, ngành tỉnh',
      'Chủ tịch Ủy ban nhân dân các xã, phường',
      'Sở Nông nghiệp và Môi trường',
      'Sở Công Thương',
      'Sở Xây dựng',
      'Sở Tài chính',
      'Sở Nội vụ'
    ],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Sinh'},
    recipients: {count: 11, first: 'Bộ Nông nghiệp và Môi trường (để báo cáo)', last: 'Lưu: VT, KT'},
    enactedBy: null,
    notes:
      'Plain text from a DOCX: the header table is one line per row with cells joined by " | " and runs of spaces; number and date are blank in the draft ("Số:           /KH-UBND", "ngày       tháng      năm 2026", so only the year is known); Nơi nhận is one line with " - " separators and shares it with the signature cell. The work is both in section II (8 groups of "-" items, no agencies) and in the 14-row appendix table (TT | task | chủ trì | phối hợp | time | note, a "(1)…(5)" numbering row under the header); table cells list agencies joined by "và"/";". The draft is unsigned but names its signer. Section V (Chế độ báo cáo) follows Tổ chức thực hiện.'
  },
  {
    file: 'plans/nghe-an-1026-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '1026/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-26',
    place: 'Nghệ An',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
    parentIssuer: null,
    title: 'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦ',
    recipientsTo: [],
    references: [{number: '32/CT-TTg', date: '2025-10-21', role: 'implements'}],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'NỘI DUNG TRỌNG TÂM', role: 'tasks'},
      {label: 'III', title: 'PHÂN CÔNG NHIỆM VỤ', role: 'tasks'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Tổ chức rà soát, đánh giá tất cả các nội dung, nhi',
      'Nâng cao vai trò, trách nhiệm của người đứng đầu,',
      'Thường xuyên rà soát, kịp thời tham mưu, trao đổi,',
      'Thực hiện việc kiểm định, kiểm tra an toàn thiết b',
      'Củng cố, kiện toàn Ban Chỉ đạo công tác bảo vệ bí',
      'Bố trí nguồn lực để đầu tư hệ thống trang thiết bị',
      'Công an tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các',
      'Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng'
    ],
    // II: 6 items. III (the work per agency): 6 items + six "-" of Công an tỉnh + two of Bộ Chỉ
    // huy Quân sự tỉnh + three of item 5 = 17. Total 23.
    taskCount: 23,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉn', lead: ['Công an tỉnh'], support: ['Bộ Chỉ huy Quân sự tỉnh', 'sở, ngành có liên quan']},
      {title: 'Phối hợp chặt chẽ với Công an tỉnh và cá', lead: ['Bộ Chỉ huy Quân sự tỉnh'], support: ['Công an tỉnh', 'các cơ quan, đơn vị có liên quan']},
      {title: 'Sở Khoa học và Công nghệ', lead: ['Sở Khoa học và Công nghệ'], support: ['các cơ quan, đơn vị có liên quan']},
      {title: 'Sở Nội vụ', lead: ['Sở Nội vụ'], support: ['các sở, ngành, đơn vị có liên quan']}
    ],
    implementation: ['Giám đốc các Sở', 'Thủ trưởng các ngành, cơ quan cấp tỉnh', 'UBND các xã, phường', 'các cơ quan, đơn vị có liên quan', 'Công an tỉnh'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Bùi Thanh An'},
    recipients: {count: 9, first: 'Văn phòng Chính phủ', last: 'Lưu: VTUB, NC (TP, Vinh)'},
    enactedBy: null,
    notes:
      'Sections I and II are runs of "**1.** sentence" items with no titles; section III "Phân công nhiệm vụ" is the work itself, per agency (lead inherited from the heading, "phối hợp X" is support), and its item 6 is a bare "**6.** Đề nghị …" sentence naming a dozen bodies. Tổ chức thực hiện numbers "**1.**" bold and "2." plain, and item 1 lists bodies in one sentence ("Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, UBND các xã, phường, …"). The first three Nơi nhận lines have no ";" and two end in an italic "(để báo cáo)".'
  },
  {
    file: 'plans/qd-1627-qd-ubnd-2025.md',
    docType: 'ke-hoach',
    number: null,
    symbol: null,
    date: '2025-11-21',
    place: 'Quảng Ngãi',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
    parentIssuer: null,
    title: 'TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN,',
    recipientsTo: [],
    references: [
      {number: null, date: '2025-06-16', role: 'basis'},
      {number: '213/QĐ-TTg', date: '2024-03-01', role: 'basis'},
      {number: '23/CT-TTg', date: '2025-08-26', role: 'basis'},
      {number: '3531/QĐ-BTC', date: '2025-10-17', role: 'basis'},
      {number: '3679/STC-QLGCS', date: '2025-11-05', role: 'basis'}
    ],
    sections: [
      {label: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes'},
      {label: 'II', title: 'PHẠM VI, ĐỐI TƯỢNG', role: 'other'},
      {label: 'III', title: 'NỘI DUNG THỰC HIỆN', role: 'tasks'},
      {label: 'IV', title: 'NHIỆM VỤ CỤ THỂ', role: 'tasks'},
      {label: 'V', title: 'KINH PHÍ THỰC HIỆN', role: 'funding'},
      {label: 'VI', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Thành lập mới hoặc kiện toàn Ban chỉ đạo kiểm kê c',
      'Xây dựng, ban hành kế hoạch kiểm kê của địa phương',
      'Tập huấn, hướng dẫn thực hiện kiểm kê, báo cáo kết',
      'Tổ chức thực hiện kiểm kê, đôn đốc, kiểm tra, giám',
      'Tổng hợp, báo cáo, công bố kết quả Tổng kiểm kê',
      'Nhiệm vụ của thành viên Ban Chỉ đạo'
    ],
    // III: 5 items. IV: "1. Nhiệm vụ của thành viên Ban Chỉ đạo" + 1.1-1.6 (6) + their "-" items
    // (4 + 6 + 2 + 6 + 4 + 2 = 24) + the six "+ Sở …" items under the first "-" of 1.3 = 37.
    // Total 42. The "Thời gian thực hiện/hoàn thành:" paragraphs are fields of the "-" before.
    taskCount: 42,
    appendixRows: 0,
    sampleTasks: [
      {title: 'Tham mưu triển khai thực hiện kế hoạch k', lead: ['Sở Tài chính'], timeline: 'Tháng 11 - 12/2025'},
      {title: 'Phối hợp với các cơ quan chuyên môn có l', lead: ['Sở Tài chính'], support: ['các cơ quan chuyên môn có liên quan'], timeline: 'Tháng 12/2025'},
      {title: 'Thành lập Ban Chỉ đạo tổng kiểm kê tài s', lead: ['Ủy ban nhân dân các phường, xã, đặc khu'], timeline: 'Trước ngày 15/11/2025'},
      {title: 'Thực hiện kiểm kê tài sản thuộc phạm vi', timeline: 'Từ ngày 01/01/2026 đến ngày 31/3/2026'}
    ],
    implementation: ['các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các phường, xã, đặc khu'],
    signature: {authority: null, capacity: null, position: null, name: null},
    recipients: {count: 0, first: '', last: ''},
    enactedBy: {
      number: '1627/QĐ-UBND',
      date: '2025-11-21',
      articles: 2,
      signature: {authority: null, capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Ngọc Sâm'},
      recipientsCount: 10
    },
    notes:
      'A Quyết định of the Chủ tịch (two articles, its own Nơi nhận of ten lines, one a "+ Cổng TTĐT tỉnh" continuation, and a "KT. CHỦ TỊCH" signature) followed by the plan, which has no number, signature or Nơi nhận of its own; the plan\'s bases are the decision\'s italic "Căn cứ" lines (a law by name with its date, and "Theo đề nghị … Công văn số 3679/STC-QLGCS"). Item labels are "**1.\\n**" with the text on the next line; IV assigns the work per member of the steering committee (italic 1.1-1.6 headings), each "-" followed by an unlabelled "Thời gian thực hiện/hoàn thành:" paragraph; several "-" items share their first forty characters (1.2 and 1.4).'
  },
  {
    file: 'plans/qd-2702-qd-ubnd-2025.md',
    docType: 'quyet-dinh',
    number: '2702/QĐ-UBND',
    symbol: 'QĐ-UBND',
    date: '2025-11-18',
    place: 'Quảng Trị',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
    parentIssuer: null,
    title: 'CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC ĐO ĐẠC VÀ B',
    recipientsTo: [],
    references: [
      {number: null, date: '2025-06-16', role: 'basis'},
      {number: '1085/QĐ-TTg', date: '2022-09-15', role: 'basis'},
      {number: '2311/QĐ-BNNMT', date: '2025-06-23', role: 'basis'},
      {number: '602/TTr-SNNMT', date: '2025-11-04', role: 'basis'}
    ],
    sections: [],
    topTasks: [],
    taskCount: 0,
    appendixRows: 0,
    sampleTasks: [],
    implementation: [],
    signature: {authority: null, capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Hoàng Nam'},
    recipients: {count: 0, first: '', last: ''},
    enactedBy: null,
    notes:
      'Not a plan: a Quyết định (three articles) that publishes one internal administrative procedure, whose appendix is a one-row list of procedures and a procedure card (Phần I, Phần II with fields 1-11), so there are no sections, tasks or assignments. The portal wraps it in notices: a copyright banner, "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN", a metadata table repeating number, date and signer, then related documents, "FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN" and account notices, one with a "Kính gửi:" that is not the document\'s. Headings come as "# QUYẾT ĐỊNH"; this copy has no Nơi nhận.'
  },
  {
    file: 'plans/thanh-hoa-235-kh-ubnd-2025.md',
    docType: 'ke-hoach',
    number: '235/KH-UBND',
    symbol: 'KH-UBND',
    date: '2025-11-18',
    place: 'Thanh Hóa',
    issuer: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
    parentIssuer: null,
    title: 'QUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA',
    recipientsTo: [],
    references: [
      {number: '4255/QĐ-BNN-KHCN', date: '2024-12-04', role: 'basis'},
      {number: '223/KH-UBND', date: '2025-10-24', role: 'basis'}
    ],
    sections: [
      {label: 'I', title: 'MỤC TIÊU', role: 'objectives'},
      {label: 'II', title: 'NỘI DUNG KẾ HOẠCH', role: 'tasks'},
      {label: 'III', title: 'KINH PHÍ THỰC HIỆN', role: 'funding'},
      {label: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation'}
    ],
    topTasks: [
      'Quan trắc, cảnh báo môi trường nuôi trồng thủy sản',
      'Thông tin tuyên truyền nâng cao nhận thức về quản',
      'Xây dựng hệ thống quan trắc môi trường phục vụ quả'
    ],
    // 3 numbered items + 1.1-1.3 + a), b) of 1.1 = 8. The "-" and "+" lines are the
    // specification of each monitoring task (điểm quan trắc, sampling sites, thông số, tần
    // suất) or fields (Nội dung, Hình thức, Số lượng), not tasks.
    taskCount: 8,
    appendixRows: 0,
    // No task names an agency (duties are only in IV); timelines are inside the parameter lines.
    sampleTasks: [{title: 'Môi trường ao nuôi tôm', timeline: 'từ tháng 3 đến tháng 10 năm 2026'}],
    implementation: ['Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'UBND các xã, phường', 'Các cơ sở nuôi trồng thủy sản'],
    signature: {authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Mai Xuân Liêm'},
    recipients: {count: 11, first: 'Bộ Nông nghiệp và Môi trường (để b/c)', last: 'Lưu: VT, NNMT'},
    enactedBy: null,
    notes:
      'A technical monitoring plan: section II nests 1 > 1.1 > a) > "-" site > "+" sub-site, and the "-"/"+" lines are sampling specifications rather than tasks; the three appendices are data tables (sites, parameters, coordinates), not task tables, with multi-line header cells, group rows "I"/"II" and sub-rows "*3.1*". The second basis is written "223/KH- UBND" (space inside the symbol). The first Nơi nhận entry wraps over two lines ("(để\\nb/c);"), the second has no ";".'
  }
]
