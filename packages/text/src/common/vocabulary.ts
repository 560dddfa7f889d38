/**
 * The words plans use for their parts: section headings, field labels, markers.
 * Data, not code: a variant a province uses is a new row here, not a new branch.
 */

import {FIELD_LABELS, type FieldKind, type SectionRole} from '@kehoach/model'

export type {FieldKind} from '@kehoach/model'

/** Field labels ("- Cơ quan chủ trì: …") and what they fill: the model's wording table (wording.ts), read here. */
export {FIELD_LABELS} from '@kehoach/model'

const FIELD_PATTERN = new RegExp(
  `^(${FIELD_LABELS.map(([label]) => label.replace(/[,]/g, ',?')).join('|')})\\s*:\\s*`,
  'iu'
)

/** Each label without its commas, to the kind of its first row in `FIELD_LABELS`. */
const FIELD_KINDS = new Map<string, FieldKind>()
for (const [label, kind] of FIELD_LABELS) {
  const key = label.replace(/,/g, '')
  if (!FIELD_KINDS.has(key)) FIELD_KINDS.set(key, kind)
}

/** A field line's kind and value, or undefined when the text is not a field. */
export function fieldOf(text: string): {kind: FieldKind; label: string; value: string} | undefined {
  const match = FIELD_PATTERN.exec(text)
  if (!match) return undefined
  const label = (match[1] as string).toLocaleLowerCase('vi').replace(/,?\s+/g, ' ')
  const kind = FIELD_KINDS.get(label.replace(/,/g, ''))
  if (!kind) return undefined
  return {kind, label: match[1] as string, value: text.slice(match[0].length).trim()}
}

/**
 * Section heading words and the role of the section. First match wins; a heading that matches
 * none holds the plan's work ("tasks") when it has items, which is what plans put under
 * headings of their own making.
 */
export const SECTION_ROLES: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  [/^mục đích|^yêu cầu|^quan điểm/u, 'purposes'],
  // "CHỈ TIÊU, NHIỆM VỤ": targets and the tasks that reach them, one area after another; a section of tasks.
  [/^(?:mục tiêu|chỉ tiêu)(?!.*(?:nhiệm vụ|giải pháp))/u, 'objectives'],
  [/^kinh phí|^nguồn kinh phí/u, 'funding'],
  [/^tổ chức thực hiện|^trách nhiệm|^phân công/u, 'implementation'],
  // Requests to bodies the issuer does not direct, slogans, and an account of the situation or of
  // results so far: not the plan's work, unless the heading also names the tasks.
  [/^(?:kiến nghị|đề nghị|khẩu hiệu|đánh giá|tình hình|kết quả|thiệt hại)(?!.*(?:nhiệm vụ|giải pháp))/u, 'other'],
  [/nhiệm vụ|giải pháp|nội dung|hoạt động|lộ trình|công việc/u, 'tasks'],
  [
    /^đối tượng|^phạm vi|khen thưởng|^chế độ (?:thông tin,? )?báo cáo|^thông tin,? báo cáo|^thủ tục|^số lượng|^thời gian|^địa điểm|^thành phần|^nguyên tắc|^tiêu chí|^giải thích/u,
    'other'
  ]
]

/** The role a section heading names, or undefined when the table does not know it. */
export function sectionRoleOf(title: string): SectionRole | undefined {
  const lower = title.toLocaleLowerCase('vi').trim()
  for (const [pattern, role] of SECTION_ROLES) if (pattern.test(lower)) return role
  return undefined
}

/** Sub-headings inside "MỤC ĐÍCH, YÊU CẦU". */
export function purposeBucketOf(title: string): 'purposes' | 'requirements' | 'objectives' | undefined {
  const lower = title
    .toLocaleLowerCase('vi')
    .replace(/[.:]+$/u, '')
    .trim()
  if (/^mục đích/u.test(lower)) return 'purposes'
  if (/^yêu cầu/u.test(lower)) return 'requirements'
  if (/^mục tiêu/u.test(lower)) return 'objectives'
  return undefined
}

/** Words that end a line in the middle of a phrase: the next line continues it even when it starts with a capital. */
export const JOINING_WORDS = new Set([
  'của',
  'và',
  'với',
  'các',
  'cho',
  'tại',
  'theo',
  'về',
  'là',
  'số',
  'ngày',
  'năm',
  'tháng',
  'trên',
  'trong',
  'từ',
  'đến',
  'được',
  'hoặc',
  'những',
  'một',
  'do',
  'bởi',
  'như',
  'gồm',
  'thuộc',
  'vào',
  'tỉnh',
  'thành',
  'huyện',
  'xã',
  'phường',
  'đề',
  'án',
  'quyết',
  'định',
  'kế',
  'hoạch',
  'luật',
  'sở',
  'ban',
  'ủy',
  'hội',
  'đoàn',
  'quốc',
  'nhân',
  'dân',
  'cấp',
  'tại'
])

/** Roman numerals accepted as section labels. */
export const ROMAN_NUMERALS = [
  'XVIII',
  'XVII',
  'XVI',
  'XIII',
  'XII',
  'XIV',
  'XIX',
  'XV',
  'XI',
  'XX',
  'VIII',
  'VII',
  'III',
  'II',
  'IV',
  'IX',
  'VI',
  'V',
  'X',
  'I'
]

/** The Vietnamese alphabet of list letters: a) b) c) d) đ) e) g) h) i) k) …; đ) follows d). */
export const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ')

/** Signature-block prefixes (quyền hạn ký). */
export const SIGNING_AUTHORITY = /^(TM\.|T\/M|KT\.|K\/T|Q\.|TL\.|T\/L|TUQ\.)\s*/u

/** Job titles that stand alone in a signature block. */
export const SIGNER_TITLES =
  /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG)(?:\s+THƯỜNG TRỰC)?$/u

/** Lines after which a news article's own text has ended (page furniture). */
export const NEWS_FURNITURE =
  /^(?:tin đọc nhiều|tin cùng chuyên mục|tin khác|tin liên quan|bài viết liên quan|các tin đã đưa|các tin khác|xem theo ngày|xem thêm|mở zalo|chia sẻ bài viết|bình luận|từ khóa|tags?:)/iu

/**
 * Lines a legal portal puts after (or around) the document: its rights notice, its
 * "amended by" panel, its attachment list, its loading and account notices. The first
 * one after the header ends the document.
 */
export const PORTAL_FURNITURE: readonly RegExp[] = [
  /^Bản dịch này thuộc quyền sở hữu/iu,
  /^THƯ VIỆN PHÁP LUẬT\s+has the copyright/u,
  /has the copyright on this translation/iu,
  /^CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN$/u,
  /^FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN$/u,
  /^Đang tải văn bản\.*$/u,
  /^Văn bản này đang có hiệu lực|^Văn bản gốc$|^Lược đồ$|^Văn bản liên quan$/iu,
  /^Thưa Quý khách,?$/iu,
  /^Cảm ơn đã dùng\b/iu
]

export type AppendixColumn = 'number' | 'task' | 'lead' | 'support' | 'time' | 'product' | 'note'

/** Column headers of an appendix task table ("TT | Nhiệm vụ | Cơ quan chủ trì | …") and what each column holds. First match wins. */
export const APPENDIX_COLUMNS: ReadonlyArray<readonly [RegExp, AppendixColumn]> = [
  [/^(?:s?tt|số tt|số thứ tự)$/u, 'number'],
  [/chủ trì|người thực hiện|đơn vị thực hiện|trách nhiệm thực hiện/u, 'lead'],
  [/phối hợp/u, 'support'],
  [/thời gian|thời hạn|tiến độ|lộ trình/u, 'time'],
  [/sản phẩm|kết quả/u, 'product'],
  [/ghi chú/u, 'note'],
  [/nhiệm vụ|nội dung|hoạt động|công việc|giải pháp/u, 'task']
]

/** Words that make a phrase an agency (a body, its head, or a group of them). */
export const AGENCY_NOUN =
  /(?<![\p{L}])(?:Sở|(?<!cơ )sở|Ủy ban|UBND|cơ quan|Cơ quan|đơn vị|Đơn vị|Thủ trưởng|Giám đốc|Chủ tịch|Ban|Công an|Bộ|Hội|Đoàn|Mặt trận|Trung tâm|Báo|Đài|Văn phòng|[Pp]hòng|Thanh tra|Kho bạc|Thuế|ngành|địa phương|Ngân hàng|tổ chức|doanh nghiệp|[Tt]hành viên)(?![\p{L}])/u

/** Lower-case words an agency's name is made of, besides its capitalised words: a subject made of these ends at its first verb. */
export const AGENCY_WORDS: ReadonlySet<string> = new Set([
  'các',
  'và',
  'cấp',
  'tỉnh',
  'thành',
  'phố',
  'huyện',
  'xã',
  'phường',
  'đặc',
  'khu',
  'thị',
  'trấn',
  'quận',
  'liên',
  'quan',
  'có',
  'ngành',
  'đơn',
  'vị',
  'cơ',
  'ban',
  'sở',
  'địa',
  'phương',
  'nhân',
  'dân',
  'ủy',
  'trưởng',
  'đốc',
  'tịch',
  'thủ',
  'chủ',
  'giám',
  'đoàn',
  'thể',
  'hội',
  'tổ',
  'chức',
  'trực',
  'thuộc',
  'những',
  'mọi',
  'toàn',
  'thể',
  'trung',
  'ương',
  'doanh',
  'nghiệp',
  'nhà',
  'nước',
  'lực',
  'lượng',
  'vũ',
  'trang',
  'chính',
  'trị',
  'xã',
  'hội',
  'cùng',
  'khác',
  'được',
  'giao',
  'văn',
  'phòng',
  'mặt',
  'trận',
  'quốc',
  'việt',
  'nam',
  'ubnd',
  'hđnd',
  'mttq',
  'chi',
  'cục',
  'phòng',
  'trung',
  'tâm',
  'người',
  'đứng',
  'đầu',
  'trì',
  'nhánh',
  'khu',
  'vực',
  'cung',
  'cấp',
  'dịch',
  'vụ',
  'chi',
  'trả',
  'dọc',
  'đóng',
  'trên',
  'bàn',
  'hàng',
  'thương',
  'mại',
  'thông',
  'tấn',
  'báo',
  'chí',
  'năng',
  // A village and its kinds: "Ban Công tác Mặt trận các thôn", "… các bản, ấp".
  'thôn',
  'bản',
  'ấp',
  'buôn',
  'làng',
  'xóm',
  'tiểu',
  'thành',
  'viên',
  'trong'
])

/**
 * The words a task starts with when it says what someone does ("Tổ chức hội nghị", "Rà soát,
 * sửa đổi …", "Không sử dụng …"): one or two syllables, lower case. A list of "-" items none
 * of which starts so (sampling sites, parameters, figures) specifies its task instead.
 */
export const TASK_VERBS: ReadonlySet<string> = new Set([
  'tổ chức',
  'thực hiện',
  'phối hợp',
  'nghiên cứu',
  'tăng cường',
  'xây dựng',
  'rà soát',
  'đẩy mạnh',
  'kiên quyết',
  'nâng cao',
  'tiếp tục',
  'phát huy',
  'huy động',
  'bảo đảm',
  'đảm bảo',
  'triển khai',
  'tuyên truyền',
  'tham mưu',
  'tổng hợp',
  'bồi dưỡng',
  'bố trí',
  'khai thác',
  'lồng ghép',
  'củng cố',
  'kiểm soát',
  'phổ biến',
  'khuyến khích',
  'hình thành',
  'thường xuyên',
  'hướng dẫn',
  'ứng dụng',
  'thành lập',
  'đôn đốc',
  'chủ trì',
  'chỉ đạo',
  'lựa chọn',
  'tập trung',
  'hoàn thiện',
  'ban hành',
  'đầu tư',
  'nâng cấp',
  'phát triển',
  'tạo',
  'kết nối',
  'số hóa',
  'hợp tác',
  'mời',
  'chia sẻ',
  'tham gia',
  'đề nghị',
  'ra mắt',
  'cập nhật',
  'phụ trách',
  'phân công',
  'làm',
  'cử',
  'chuẩn bị',
  'báo cáo',
  'đề xuất',
  'kiểm tra',
  'tập huấn',
  'hỗ trợ',
  'đánh giá',
  'giám sát',
  'quản lý',
  'vận động',
  'biên soạn',
  'phát hành',
  'cung cấp',
  'thu thập',
  'theo dõi',
  'sơ kết',
  'tổng kết',
  'khen thưởng',
  'quán triệt',
  'duy trì',
  'điều tra',
  'khảo sát',
  'giới thiệu',
  'xử lý',
  'ngăn chặn',
  'phòng ngừa',
  'đấu tranh',
  'không',
  'chỉ',
  'quan trắc',
  'đào tạo',
  'sửa đổi',
  'bổ sung',
  'tuyển chọn',
  'thẩm định',
  'phê duyệt',
  'phát động',
  'vận hành',
  'chuyển đổi',
  'kiện toàn',
  'sắp xếp',
  'bảo vệ',
  'tăng',
  'giảm',
  'mở',
  'xác định',
  'tranh thủ',
  'gắn',
  'phân bổ',
  'sử dụng',
  'áp dụng',
  'tận dụng',
  'ưu tiên',
  'thúc đẩy',
  'đổi mới',
  'cải thiện',
  'cải cách',
  'hiện đại hóa',
  'chuẩn hóa',
  'đa dạng hóa',
  'tích cực',
  'chủ động',
  'kịp thời',
  'nghiêm túc',
  'định kỳ',
  'hằng năm',
  'hàng năm',
  'trực tiếp',
  'phấn đấu',
  'đăng ký',
  'cấp',
  'thu hồi',
  'công khai',
  'rút kinh nghiệm',
  'lập',
  'thiết lập',
  'truyền thông',
  'thông tin',
  'tiếp nhận',
  'giải quyết',
  'thanh tra',
  'rà soát',
  'học tập',
  'tổ chức thực hiện',
  'tiến hành',
  'đưa',
  'ký kết',
  'phát hiện',
  'tham dự',
  'hoàn thành',
  'nắm',
  'bám sát',
  'lãnh đạo',
  'giao',
  'yêu cầu',
  'tích hợp',
  'chuyển giao',
  'hiện thực hóa'
])

/** Does `text` start with one of {@link TASK_VERBS}? */
export function startsWithTaskVerb(text: string): boolean {
  const words = /^(\p{L}+)(?:[\s,]+(\p{L}+))?/u.exec(text)
  if (!words) return false
  const first = (words[1] as string).toLocaleLowerCase('vi')
  return (
    TASK_VERBS.has(first) ||
    (words[2] !== undefined && TASK_VERBS.has(`${first} ${(words[2] as string).toLocaleLowerCase('vi')}`))
  )
}
