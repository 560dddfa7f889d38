/**
 * Diagnostics: problems in a user's content, as data (never exceptions).
 *
 * Every diagnostic has a stable English kebab-case `ruleId`, a Vietnamese `reason`
 * made from the catalog below (templates with named slots, no concatenation), and
 * a `place` in the ORIGINAL source. `fatal: true` is an error (unusable input),
 * `false` a warning, `undefined` information. docs/rules.md documents every rule.
 */

import type {Point, Position} from './types.js'

export interface Diagnostic {
  reason: string
  ruleId: RuleId
  source: 'kehoach'
  /** Path of the file the problem is in, when known. */
  file?: string
  place?: Position | Point
  fatal?: boolean | undefined
  url?: string
  expected?: string[]
  actual?: string
  note?: string
}

export type Severity = 'error' | 'warning' | 'info'

interface RuleDefinition {
  severity: Severity
  /** Vietnamese message; `{name}` slots are filled from the parameters. */
  message: string
}

/** The catalog of every rule: severity and Vietnamese message template. */
export const RULES = {
  // Reading a file at all.
  'input-not-found': {severity: 'error', message: 'Không tìm thấy tệp “{file}”.'},
  'input-directory': {severity: 'error', message: '“{file}” là một thư mục, không phải tệp.'},
  'input-empty': {severity: 'error', message: 'Tệp rỗng: không có nội dung nào để đọc.'},
  'input-binary': {
    severity: 'error',
    message: 'Tệp có vẻ là tệp nhị phân (có byte NUL ở vị trí {offset}), không phải văn bản.'
  },
  'input-encoding': {severity: 'error', message: 'Tệp không phải văn bản UTF-8 hợp lệ (byte sai ở vị trí {offset}).'},
  'input-too-large': {
    severity: 'error',
    message:
      'Tệp lớn {size} byte, vượt giới hạn {limit} byte; tệp kế hoạch chỉ vài chục kilobyte, hãy kiểm tra đúng tệp chưa.'
  },
  'input-unreadable': {severity: 'error', message: 'Không đọc được tệp “{file}”: {detail}.'},
  'output-exists': {
    severity: 'error',
    message: 'Tệp “{file}” đã có; không ghi đè (chọn tên khác, hoặc cho phép ghi đè).'
  },
  'output-unwritable': {severity: 'error', message: 'Không ghi được tệp “{file}”: {detail}; không có gì bị thay đổi.'},
  'output-terminal': {
    severity: 'error',
    message: 'Không in tệp Word ra màn hình: hãy ghi ra một tệp .docx.'
  },
  'output-directory': {severity: 'error', message: '“{file}” là một thư mục; cần tên một tệp để ghi ra.'},
  'output-read-only': {
    severity: 'error',
    message: 'Tệp “{file}” chỉ cho đọc; không ghi đè (đổi quyền của tệp hoặc chọn tên khác).'
  },
  'output-is-input': {
    severity: 'error',
    message:
      'Tệp ra “{file}” cũng là tệp vào “{input}”; không ghi đè tệp đang đọc (chọn tên hoặc thư mục khác); không có gì được ghi.'
  },
  'output-collision': {
    severity: 'error',
    message:
      'Hai tệp vào “{input}” và “{other}” cùng cho ra “{file}”; không tệp nào được ghi (đổi tên một tệp, hoặc xuất từng tệp ra một tên riêng).'
  },
  'input-no-match': {
    severity: 'error',
    message:
      'Không có tệp kế hoạch nào ở “{input}” (thư mục rỗng hoặc mẫu không khớp tệp nào; đọc các đuôi .yaml, .yml, .json, .txt, .md, .docx, .doc, .pdf).'
  },
  'input-special-file': {
    severity: 'warning',
    message:
      'Bỏ qua “{file}” trong “{input}”: đây là {kind}, không phải tệp thường; khi đọc cả thư mục hoặc một mẫu chỉ đọc tệp thường (muốn đọc nó, ghi riêng tên nó).'
  },
  'input-truncated': {
    severity: 'warning',
    message: 'Tệp bị cắt giữa một ký tự (byte {offset} trên {size}); đã đọc phần còn nguyên.'
  },
  'markdown-deep-nesting': {
    severity: 'warning',
    message: 'Danh sách lồng quá sâu từ dòng {line}; đã giới hạn thụt đầu dòng ở {columns} cột.'
  },
  'input-too-deep': {
    severity: 'error',
    message: 'Dữ liệu lồng nhau quá {limit} cấp (từ dòng {line}); không kế hoạch nào lồng sâu như vậy, đã từ chối đọc.'
  },
  'input-mojibake': {
    severity: 'warning',
    message:
      'Văn bản bị sai mã (UTF-8 bị đọc thành Windows-1252, như “{sample}”); đã sửa {count} chỗ, chỗ đầu tiên ở dòng {line}.'
  },
  'markdown-flood': {
    severity: 'warning',
    message: 'Quá nhiều {construct} (hơn {limit}) từ dòng {line}; phần vượt được đọc như chữ thường.'
  },
  'markdown-long-block': {
    severity: 'warning',
    message:
      'Khối Markdown dài hơn {limit} dòng liền nhau không có dòng trống (từ dòng {line}); đã tách thành các đoạn {limit} dòng.'
  },
  'markdown-whole': {
    severity: 'warning',
    message:
      'Văn bản Markdown dài hơn {size} KB có {construct} (từ dòng {line}) buộc phải đọc liền một khối; đã đọc chúng như chữ thường để đọc văn bản từng phần.'
  },
  'input-format': {
    severity: 'error',
    message:
      'Không biết đọc tệp “{file}” theo định dạng nào; hãy lưu tệp với một trong các đuôi .yaml, .yml, .json, .txt, .md, .docx, .doc, .pdf.'
  },
  // Files as they arrive: DOCX, Word 97 and text encodings.
  'docx-damaged': {severity: 'error', message: 'Tệp DOCX bị hỏng hoặc không phải tệp DOCX ({detail}).'},
  'docx-limit': {severity: 'error', message: 'Tệp DOCX vượt giới hạn an toàn: {detail}; đã từ chối đọc.'},
  'docx-doctype': {
    severity: 'error',
    message: 'Phần “{part}” của tệp DOCX có khai báo <!DOCTYPE> (Word không bao giờ ghi); đã từ chối đọc.'
  },
  'docx-too-deep': {severity: 'error', message: 'Phần “{part}” của tệp DOCX lồng quá {limit} cấp; đã từ chối đọc.'},
  'docx-tracked-changes': {
    severity: 'warning',
    message:
      'Tệp có thay đổi được theo dõi ({insertions} chỗ thêm, {deletions} chỗ xóa); đã đọc như khi chấp nhận mọi thay đổi.'
  },
  'docx-comments': {severity: 'info', message: 'Tệp có {count} nhận xét (comment); đã bỏ qua, không đưa vào nội dung.'},
  'docx-footnotes': {
    severity: 'info',
    message: 'Tệp có {count} chú thích (footnote, endnote); không đưa vào nội dung chính.'
  },
  'doc-converted': {severity: 'info', message: 'Tệp Word 97 (.doc) đã được LibreOffice chuyển sang .docx để đọc.'},
  'doc-no-converter': {
    severity: 'error',
    message:
      'Tệp Word 97 (.doc) cần LibreOffice (soffice) để đọc; hãy mở tệp trong Word và lưu thành .docx rồi đọc lại.'
  },
  'doc-not-word97': {
    severity: 'error',
    message:
      'Tệp .doc này không phải Word 97 mà là {kind}; chỉ tệp Word 97 thật mới được chuyển đổi (mở tệp bằng Word hoặc LibreOffice rồi lưu thành .docx để đọc).'
  },
  'doc-damaged': {
    severity: 'error',
    message: 'Tệp Word 97 (.doc) bị hỏng ({detail}); không đọc được. Hãy mở tệp trong Word và lưu thành .docx.'
  },
  'doc-conversion-failed': {
    severity: 'error',
    message: 'LibreOffice không chuyển được tệp .doc ({detail}); hãy lưu tệp thành .docx rồi đọc lại.'
  },
  'encoding-converted': {
    severity: 'warning',
    message: 'Văn bản dùng bảng mã {encoding}; đã chuyển sang Unicode ({detail}).'
  },
  // PDF files (packages/files): damaged or locked files, limits, broken text layers, OCR.
  'pdf-damaged': {severity: 'error', message: 'Tệp PDF bị hỏng hoặc không phải PDF ({detail}); không đọc được.'},
  'pdf-encrypted': {severity: 'error', message: 'Tệp PDF được mã hóa bằng mật khẩu; không đọc được nội dung.'},
  'pdf-no-engine': {severity: 'error', message: 'Không nạp được bộ đọc PDF pdf.js ({detail}); không đọc được tệp PDF.'},
  'pdf-no-pages': {severity: 'error', message: 'Tệp PDF không có trang nào.'},
  'pdf-page-limit': {
    severity: 'warning',
    message: 'Tệp PDF có {pages} trang, vượt giới hạn {limit} trang; chỉ đọc {limit} trang đầu.'
  },
  'pdf-page-unreadable': {
    severity: 'warning',
    message: 'Không đọc được trang {page} của tệp PDF ({detail}); đã bỏ qua trang này.'
  },
  'pdf-text-limit': {severity: 'warning', message: 'Trang {page} có hơn {limit} ký tự; chỉ đọc {limit} ký tự đầu.'},
  'pdf-document-text-limit': {
    severity: 'warning',
    message: 'Tệp PDF có hơn {limit} ký tự, giới hạn của một tệp; chỉ đọc đến trang {page}, không đọc các trang sau.'
  },
  'pdf-page-work-limit': {
    severity: 'warning',
    message:
      'Trang {page} lồng nhau quá nhiều (hơn {limit} khối chữ, như hình vẽ lồng trong hình vẽ); chỉ đọc phần đầu của trang.'
  },
  'pdf-content-work-limit': {
    severity: 'warning',
    message:
      'Nội dung các trang của tệp PDF cần nhiều việc hơn mọi kế hoạch (hơn {limit} {what}); chỉ đọc đến trang {page}, không đọc các trang sau.'
  },
  'pdf-page-drawing-limit': {
    severity: 'warning',
    message:
      'Trang {page} có hơn {limit} lệnh vẽ (như hình vẽ lồng trong hình vẽ); chỉ dùng {limit} lệnh đầu để tìm bảng, dấu chữ ký số và ảnh quét của trang.'
  },
  'pdf-page-image-limit': {
    severity: 'warning',
    message: 'Trang {page} vẽ hơn {limit} {what}; không giải mã ảnh của trang này, không nhận dạng ký tự trang này.'
  },
  'pdf-page-repeated': {
    severity: 'warning',
    message:
      'Cây trang của tệp PDF nêu lại trang {first} ở vị trí trang {page} (cây trang hỏng); không đọc từ trang {page}.'
  },
  'pdf-text-repaired': {
    severity: 'info',
    message:
      'Lớp chữ của trang {page} sai mã ({count} phông không có bảng mã Unicode); đã sửa theo bảng mã của phông (Times New Roman theo số hiệu nét chữ, Mac Roman đọc nhầm thay cho Windows-1252, hoặc mã TCVN3 của phông .VnTime).'
  },
  'pdf-text-garbled': {
    severity: 'warning',
    message:
      'Lớp chữ của trang {page} sai mã (phông không có bảng mã Unicode, ví dụ “{sample}”); đã đọc trang bằng nhận dạng ký tự (OCR).'
  },
  'pdf-text-garbled-kept': {
    severity: 'warning',
    message:
      'Lớp chữ của trang {page} sai mã (phông không có bảng mã Unicode, ví dụ “{sample}”) và nhận dạng ký tự (OCR) đã tắt; văn bản của trang có thể không đọc được.'
  },
  'pdf-ocr': {
    severity: 'info',
    message:
      'Trang {page} là ảnh quét, không có lớp chữ; đã đọc bằng nhận dạng ký tự (OCR), có thể đọc sai số hiệu và chữ viết tay.'
  },
  'pdf-ocr-repeated': {
    severity: 'info',
    message:
      'Trang {page} có đúng ảnh của trang {first} đã nhận dạng ký tự (OCR); trang này và các trang lặp lại ảnh của một trang trước đó dùng lại chữ đã nhận dạng, không nhận dạng lại.'
  },
  'pdf-ocr-off': {
    severity: 'warning',
    message: 'Trang {page} là ảnh quét, không có lớp chữ, và nhận dạng ký tự (OCR) đã tắt; trang này không có nội dung.'
  },
  'pdf-ocr-failed': {
    severity: 'warning',
    message: 'Không nhận dạng được ký tự trang {page} ({detail}); trang này không có nội dung.'
  },
  'pdf-ocr-timeout': {
    severity: 'warning',
    message: 'Nhận dạng ký tự trang {page} quá {seconds} giây; đã bỏ qua trang này.'
  },
  'pdf-ocr-blank': {severity: 'info', message: 'Trang {page} là ảnh quét trống; trang này không có nội dung.'},
  'pdf-ocr-page-limit': {
    severity: 'warning',
    message:
      'Đã xét {limit} trang cần nhận dạng ký tự (OCR, kể cả trang trống), giới hạn của một tệp; không nhận dạng các trang từ trang {page}.'
  },
  'pdf-ocr-dots-limit': {
    severity: 'warning',
    message:
      '{count} trang cần nhận dạng ký tự (OCR) là những chấm rời, không giống chữ; không nhận dạng các trang sau trang {page}.'
  },
  'pdf-ocr-pixel-limit': {
    severity: 'warning',
    message:
      'Ảnh các trang cần nhận dạng ký tự (OCR) vượt {limit} điểm ảnh, giới hạn của một tệp; không nhận dạng các trang từ trang {page}.'
  },
  'pdf-ocr-size-limit': {
    severity: 'warning',
    message:
      'Tệp chỉ {size} byte mà ảnh các trang cần nhận dạng ký tự (OCR) đã vượt {limit} điểm ảnh, hơn 1000 điểm ảnh cho mỗi byte của tệp; một bản quét thật cần ít điểm ảnh cho mỗi byte hơn nhiều (tệp này có lẽ vẽ một ảnh trên nhiều trang). Không nhận dạng các trang từ trang {page}.'
  },
  'pdf-ocr-budget': {
    severity: 'warning',
    message: 'Đã hết {seconds} giây dành cho nhận dạng ký tự của cả tệp; không đọc các trang từ trang {page}.'
  },
  // YAML and JSON.
  'yaml-syntax': {severity: 'error', message: 'Lỗi cú pháp YAML: {detail}.'},
  'yaml-duplicate-key': {severity: 'error', message: 'Khóa “{key}” bị lặp trong cùng một đối tượng YAML.'},
  'yaml-alias-limit': {
    severity: 'error',
    message: 'Tệp YAML dùng quá nhiều bí danh (alias), có thể là “bom bí danh”; đã từ chối đọc.'
  },
  'yaml-tag': {severity: 'error', message: 'Thẻ YAML “{tag}” không được hỗ trợ; chỉ dùng lược đồ YAML lõi.'},
  'yaml-complex-key': {
    severity: 'error',
    message: 'Khóa YAML phải là một giá trị đơn (chuỗi hoặc số), không phải danh sách, đối tượng hay bí danh.'
  },
  'yaml-multiple-documents': {
    severity: 'error',
    message: 'Tệp có nhiều tài liệu YAML; mỗi tệp chỉ được chứa một kế hoạch.'
  },
  'yaml-too-large': {
    severity: 'error',
    message:
      'Văn bản YAML/JSON lớn {size} byte, vượt giới hạn {limit} byte cho dữ liệu kế hoạch (một kế hoạch thật chỉ 10-100 KB); đã từ chối đọc.'
  },
  'json-syntax': {severity: 'error', message: 'Lỗi cú pháp JSON: {detail}.'},
  // Schema.
  'schema-required': {severity: 'error', message: 'Thiếu trường bắt buộc “{property}” trong {path}.'},
  'schema-unknown-property': {
    severity: 'error',
    message: 'Trường “{property}” không có trong lược đồ {schema} ({path}).'
  },
  'schema-type': {severity: 'error', message: '{path} phải có kiểu {expected}; viết như: {example}.'},
  'schema-enum': {severity: 'error', message: '{path} phải là một trong các giá trị: {expected}.'},
  'schema-pattern': {severity: 'error', message: '{path} không đúng dạng yêu cầu ({detail}).'},
  'schema-invalid': {severity: 'error', message: '{path} không hợp lệ: {detail}.'},
  'schema-more-errors': {
    severity: 'error',
    message: 'Còn {count} lỗi lược đồ khác không được liệt kê (chỉ liệt kê {shown} lỗi đầu tiên).'
  },
  // Meaning of the content.
  'invalid-date': {
    severity: 'error',
    message:
      'Ngày tháng “{value}” không có trong lịch (ngày, tháng hoặc quý không tồn tại); không ghi nhận thời điểm này.'
  },
  'duplicate-task-id': {severity: 'error', message: 'Mã nhiệm vụ “{id}” bị trùng.'},
  'duplicate-group-id': {severity: 'error', message: 'Mã nhóm nhiệm vụ “{id}” của Đề án bị trùng.'},
  'scheme-too-large': {
    severity: 'error',
    message:
      'Tệp Đề án có hơn {limit} từ trong các cụm từ nhận diện (terms, except, keywords), gấp nhiều lần một Đề án thật (Đề án 315 có {real}); đã từ chối đọc từ cụm từ này.'
  },
  'unknown-concept': {
    severity: 'error',
    message: 'Khái niệm “{name}” chưa được khai báo trong mục concepts của Đề án.'
  },
  'task-without-lead': {
    severity: 'warning',
    message: 'Nhiệm vụ {id} chưa có cơ quan chủ trì; ghi “Cơ quan chủ trì: …” để giao việc.'
  },
  'agency-fragment': {
    severity: 'warning',
    message:
      '“{name}” không phải tên một cơ quan mà là phần tên bị tách ở dấu phẩy; đã đọc lại danh sách là {list}. Nếu đúng, viết cả tên trong ngoặc kép ("UBND các xã, phường").'
  },
  'reform-district-level': {
    severity: 'warning',
    message: 'Kế hoạch ngày {date} (sau 01/7/2025, không còn cấp huyện) vẫn giao việc cho “{agency}” ({where}).'
  },
  'reform-merged-province': {
    severity: 'warning',
    message: 'Kế hoạch ngày {date} (sau 01/7/2025) nêu “{name}”: tỉnh {province} đã hợp nhất vào {into}.'
  },
  'timeline-unparsed': {severity: 'info', message: 'Không phân tích được thời gian “{text}”; giữ nguyên văn bản.'},
  // Readers of real documents.
  'unrecognised-line': {severity: 'warning', message: 'Không nhận ra dòng này; đã ghép vào {node} như văn bản.'},
  'orphan-field': {severity: 'warning', message: 'Trường “{field}” không thuộc nhiệm vụ nào; đã bỏ qua.'},
  'missing-header': {severity: 'info', message: 'Không thấy phần đầu văn bản (tên cơ quan, số, ngày ban hành).'},
  'no-tasks': {severity: 'warning', message: 'Không tìm thấy nhiệm vụ nào trong văn bản.'},
  'too-many-tasks': {
    severity: 'warning',
    message:
      'Văn bản có hơn {limit} mục nhiệm vụ, nhiều hơn mọi kế hoạch; từ dòng này, các mục được giữ nguyên văn làm nội dung của nhiệm vụ trước.'
  },
  'too-many-paragraphs': {
    severity: 'error',
    message:
      'Văn bản có hơn {limit} đoạn (tiêu đề, dòng đánh số, gạch đầu dòng, đoạn văn), gấp nhiều lần mọi kế hoạch; đã từ chối đọc từ đoạn này.'
  },
  'too-many-sections': {
    severity: 'warning',
    message:
      'Văn bản có hơn {limit} phần (I., II., …), nhiều hơn mọi kế hoạch; từ dòng này, các tiêu đề phần được giữ nguyên văn như một dòng chữ.'
  },
  'too-many-targets': {
    severity: 'warning',
    message: 'Văn bản nêu hơn {limit} chỉ tiêu có số liệu; chỉ tách {limit} chỉ tiêu đầu, câu chữ vẫn giữ nguyên.'
  },
  'numbering-gap': {severity: 'warning', message: 'Số thứ tự không liền mạch: sau “{previous}” là “{actual}”.'},
  'ignored-tail': {
    severity: 'info',
    message: 'Bỏ qua phần không thuộc bài viết từ dòng {line} (tin khác, chân trang).'
  },
  'not-a-plan': {
    severity: 'warning',
    message: 'Văn bản này là {kind}, không phải kế hoạch; không đối chiếu với Đề án.'
  },
  'unknown-scheme': {
    severity: 'error',
    message:
      'Không biết kế hoạch thực hiện Đề án nào (kế hoạch ghi: {cited}). Chọn Đề án để đối chiếu, hoặc nạp tệp dữ liệu Đề án của bạn; các Đề án đã biết: {known}.'
  },
  // Coverage of a plan against its national scheme (findings in a coverage report).
  'coverage-explicit': {severity: 'info', message: 'Nhiệm vụ {task} ghi rõ là thực hiện nhóm {group} của Đề án.'},
  'coverage-explicit-unsupported': {
    severity: 'warning',
    message:
      'Nhiệm vụ {task} ghi là thực hiện nhóm {group} của Đề án, nhưng nội dung của nó không thể hiện nhóm này; không tính là bằng chứng.'
  },
  'coverage-matched': {
    severity: 'info',
    message:
      'Nhiệm vụ {task} tương ứng với nhóm này (điểm {score}): có {percent} từ ngữ của tên nhóm ({phrases}); cụm từ đặc trưng: {keywords}.'
  },
  'coverage-weak': {
    severity: 'warning',
    message:
      'Chỉ khớp một phần với nhiệm vụ {task} (điểm {score}): có {percent} từ ngữ của tên nhóm ({phrases}); cụm từ đặc trưng: {keywords}.'
  },
  'coverage-nested': {
    severity: 'info',
    message: 'Nhiệm vụ {task} chỉ là một hoạt động bên trong nhiệm vụ {parent}, không phải một nhiệm vụ riêng.'
  },
  'coverage-merged': {severity: 'info', message: 'Nhiệm vụ {task} gộp nhóm này với nhóm {groups} của Đề án.'},
  'coverage-by-children': {severity: 'info', message: 'Cả {count} nhiệm vụ con của nhóm đều có trong kế hoạch.'},
  'coverage-by-children-partial': {
    severity: 'warning',
    message: 'Kế hoạch có {covered}/{count} nhiệm vụ con của nhóm.'
  },
  'coverage-missing': {
    severity: 'warning',
    message: 'Kế hoạch không có nhiệm vụ nào tương ứng với nhóm {group} của Đề án.'
  },
  'coverage-central': {
    severity: 'info',
    message: 'Nhóm {group} do cơ quan trung ương thực hiện; kế hoạch của địa phương không phải có.'
  },
  'coverage-province-level': {
    severity: 'info',
    message: 'Nhóm {group} do cấp tỉnh thực hiện; kế hoạch của cấp xã không phải có.'
  },
  'coverage-central-present': {
    severity: 'info',
    message: 'Kế hoạch vẫn có nhiệm vụ {task} tương ứng với nhóm của trung ương này.'
  },
  'coverage-lead-differs': {
    severity: 'warning',
    message: 'Cơ quan chủ trì nhiệm vụ {task} là {actual}, không phải {expected} như dự kiến.'
  },
  'coverage-lead-absent': {severity: 'info', message: 'Nhiệm vụ {task} không nêu cơ quan chủ trì.'},
  'coverage-no-lead': {
    severity: 'warning',
    message:
      'Nhóm {group}: các nhiệm vụ thực hiện nhóm này chưa có cơ quan chủ trì; nhóm chỉ tính là thực hiện một phần.'
  },
  'coverage-timeline-late': {
    severity: 'warning',
    message: 'Thời gian thực hiện nhiệm vụ {task} (“{timeline}”) kéo dài quá năm {end}, năm cuối của Đề án.'
  },
  'coverage-timeline-early': {
    severity: 'warning',
    message: 'Thời gian thực hiện nhiệm vụ {task} (“{timeline}”) bắt đầu trước năm {start}, năm ban hành Đề án.'
  },
  'coverage-other-scheme': {
    severity: 'warning',
    message: 'Kế hoạch ghi thực hiện {cited}, không phải {scheme}; đang đối chiếu với {scheme}.'
  },
  'coverage-reference-date': {
    severity: 'warning',
    message: 'Kế hoạch dẫn {scheme} với ngày {cited}; ngày ban hành là {date}.'
  },
  'coverage-before-scheme': {
    severity: 'warning',
    message:
      'Kế hoạch ngày {date} có trước Đề án {scheme} (ban hành ngày {schemeDate}): kế hoạch không thể thực hiện một Đề án chưa có; kiểm tra Đề án được chọn hoặc ngày của kế hoạch.'
  },
  'coverage-period': {
    severity: 'warning',
    message: 'Kỳ kế hoạch {from}-{to} nằm ngoài giai đoạn {schemeFrom}-{schemeTo} của Đề án.'
  },
  'coverage-summary-form': {
    severity: 'info',
    message: 'Văn bản là bản tin tóm tắt: cơ quan chủ trì, thời gian và nhiều chi tiết có thể đã bị lược bỏ.'
  },
  'coverage-no-tasks': {severity: 'warning', message: 'Kế hoạch không có nhiệm vụ nào để đối chiếu.'},
  'coverage-no-subject': {
    severity: 'info',
    message:
      'Nhiệm vụ {task} có từ ngữ giống nhóm {groups} của Đề án nhưng không nói về {subject} (trong nhiệm vụ, đề mục trên nó hay tên kế hoạch): không tính cho nhóm nào.'
  },
  'coverage-other-subject': {
    severity: 'info',
    message:
      'Nhiệm vụ {task} có từ ngữ giống nhóm {groups} của Đề án nhưng nói về {other}, không phải về {subject}: không tính cho nhóm nào.'
  },
  'targets-disagree': {
    severity: 'error',
    message:
      'Chỉ tiêu “{target}” ({amount}) trong danh sách chỉ tiêu không khớp với lời văn của kế hoạch ({written}); sửa một nơi, hoặc bỏ danh sách chỉ tiêu để chỉ tiêu được đọc từ lời văn.'
  },
  'targets-unstated': {
    severity: 'error',
    message:
      'Lời văn của kế hoạch nêu chỉ tiêu “{target}” ({amount}) nhưng danh sách chỉ tiêu không có; bỏ danh sách chỉ tiêu để chỉ tiêu được đọc từ lời văn, hoặc bổ sung.'
  },
  'target-met': {severity: 'info', message: 'Chỉ tiêu của kế hoạch (“{plan}”) bằng chỉ tiêu của Đề án.'},
  'target-stronger': {
    severity: 'info',
    message: 'Chỉ tiêu của kế hoạch (“{plan}”) cao hơn chỉ tiêu của Đề án ({scheme}).'
  },
  'target-weaker': {
    severity: 'warning',
    message: 'Chỉ tiêu của kế hoạch (“{plan}”) thấp hơn chỉ tiêu của Đề án ({scheme}).'
  },
  'target-later': {
    severity: 'warning',
    message: 'Hạn của chỉ tiêu trong kế hoạch ({planDeadline}) muộn hơn hạn của Đề án ({deadline}).'
  },
  'target-missing': {severity: 'info', message: 'Kế hoạch không nêu chỉ tiêu này.'},
  'target-central': {
    severity: 'info',
    message: 'Chỉ tiêu của cơ quan trung ương; kế hoạch của địa phương không phải có.'
  },
  'target-district-level': {
    severity: 'info',
    message: 'Chỉ tiêu của cấp huyện; từ ngày 01/7/2025 không còn cấp huyện nên kế hoạch không phải có.'
  },
  'target-province-level': {severity: 'info', message: 'Chỉ tiêu của cấp tỉnh; kế hoạch của cấp xã không phải có.'},
  'coverage-too-large': {
    severity: 'error',
    message:
      'Kế hoạch có {tasks} nhiệm vụ, Đề án {scheme} có {groups} nhóm: quá {limit} cặp nhiệm vụ và nhóm để so từng cặp; không đối chiếu kế hoạch này.'
  },
  'coverage-words-too-large': {
    severity: 'error',
    message:
      'Kế hoạch có {tasks} nhiệm vụ, Đề án {scheme} có {words} từ nhận diện (terms, keywords): quá {limit} lượt tìm một từ trong một nhiệm vụ; không đối chiếu kế hoạch này.'
  },
  'messages-elided': {
    severity: 'info',
    message:
      'Còn {count} thông báo “{rule}” khác của tệp này không in ra (mỗi loại in {limit} thông báo đầu); lệnh kehoach validate in đủ.'
  },
  'render-too-large': {
    severity: 'error',
    message:
      'Kế hoạch có {count} đoạn, quá {limit} đoạn mà một bản Word được dựng (kế hoạch dài nhất của bộ mẫu có {longest}); không xuất bản Word. Giới hạn bị vượt từ nhiệm vụ này.'
  },
  'review-cell-cut': {
    severity: 'warning',
    message:
      'Ô {cell} (cột “{column}”) dài {length} ký tự, quá {limit} ký tự mà một ô Excel chứa được; trong bảng XLSX ô được cắt còn {limit} ký tự, ký tự cuối là “…”.'
  },
  'render-blank': {
    severity: 'warning',
    message: 'Kế hoạch chưa có {part}; bản Word để trống chỗ này ({shown}). Ghi {fix} để điền.'
  },
  'diff-alignment-bounded': {
    severity: 'info',
    message:
      'Danh sách {before} nhiệm vụ cùng cấp ở bản cũ và {after} ở bản mới quá dài để so từng cặp (quá {limit} cặp): mỗi nhiệm vụ chỉ được so với các nhiệm vụ ở gần chỗ của nó; nhiệm vụ chuyển đi xa được báo là bỏ và thêm.'
  },
  'diff-paragraphs-bounded': {
    severity: 'info',
    message:
      '{part}: {before} đoạn bỏ và {after} đoạn thêm, quá nhiều để so từng cặp (quá {limit} cặp): mỗi đoạn bỏ chỉ được so với các đoạn thêm ở gần chỗ của nó; đoạn sửa ở xa được báo là bỏ và thêm.'
  }
} as const satisfies Record<string, RuleDefinition>

export type RuleId = keyof typeof RULES

export type MessageParameters = Readonly<Record<string, string | number>>

/**
 * Each template cut at its slots, made on first use: text, slot name, text, …, text. Filling the
 * pieces costs a fraction of a regular-expression replace with a callback, which was most of the
 * time of counting 100,000 schema errors.
 */
const TEMPLATE_PIECES = new Map<RuleId, string[]>()

function piecesOf(ruleId: RuleId): string[] {
  let pieces = TEMPLATE_PIECES.get(ruleId)
  if (pieces === undefined) {
    pieces = RULES[ruleId].message.split(/\{(\w+)\}/)
    TEMPLATE_PIECES.set(ruleId, pieces)
  }
  return pieces
}

/** Fill a rule's Vietnamese template. Unknown slots are left visible so a missing parameter shows. */
export function reasonOf(ruleId: RuleId, parameters?: MessageParameters | null): string {
  const pieces = piecesOf(ruleId)
  let reason = pieces[0] as string
  for (let at = 1; at < pieces.length; at += 2) {
    const name = pieces[at] as string
    reason += (parameters && name in parameters ? String(parameters[name]) : `{${name}}`) + (pieces[at + 1] as string)
  }
  return reason
}

export interface DiagnosticOptions {
  place?: Position | Point | undefined
  file?: string | undefined
  expected?: string[]
  actual?: string
  note?: string
  /** Override the rule's severity. */
  severity?: Severity
}

/**
 * Where docs/rules.md is published; each diagnostic's `url` is this plus `#rule-id`, an
 * absolute address that works wherever the diagnostic is shown (an editor, a web page, a log).
 */
export const RULES_URL = 'https://github.com/kehoach/kehoach/blob/main/docs/rules.md'

/** The absolute address of a rule's row in docs/rules.md. */
export function ruleUrl(ruleId: RuleId): string {
  return `${RULES_URL}#${ruleId}`
}

/** Make a diagnostic for `ruleId` with its catalog message. */
export function diagnostic(
  ruleId: RuleId,
  parameters?: MessageParameters | null,
  options?: Readonly<DiagnosticOptions> | null
): Diagnostic {
  const severity = options?.severity ?? RULES[ruleId].severity
  const result: Diagnostic = {
    reason: reasonOf(ruleId, parameters),
    ruleId,
    source: 'kehoach',
    fatal: severity === 'error' ? true : severity === 'warning' ? false : undefined,
    url: ruleUrl(ruleId)
  }
  if (options?.place) result.place = options.place
  if (options?.file) result.file = options.file
  if (options?.expected) result.expected = options.expected
  if (options?.actual !== undefined) result.actual = options.actual
  if (options?.note) result.note = options.note
  return result
}

/** A diagnostic's severity from `fatal`; coverage findings have the same field and the same mapping. */
export function severityOf(message: Readonly<Pick<Diagnostic, 'fatal'>>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

const LABELS: Record<Severity, string> = {error: 'lỗi', warning: 'cảnh báo', info: 'thông tin'}

/** `file:line:col: lỗi|cảnh báo|thông tin <reason> [rule-id]`, one line. */
export function formatDiagnostic(message: Diagnostic, file?: string): string {
  const where = file ?? message.file ?? '-'
  const point = message.place ? ('start' in message.place ? message.place.start : message.place) : undefined
  const location = point ? `${where}:${point.line}:${point.column}` : where
  return `${location}: ${LABELS[severityOf(message)]} ${message.reason} [${message.ruleId}]`
}

/** True when any diagnostic is an error. */
export function hasErrors(messages: readonly Diagnostic[]): boolean {
  return messages.some((message) => message.fatal === true)
}

/** Sort by place (line, column), then by rule id; messages without a place come first. */
export function sortDiagnostics(messages: Diagnostic[]): Diagnostic[] {
  const key = (message: Diagnostic) => {
    const point = message.place ? ('start' in message.place ? message.place.start : message.place) : undefined
    return point ? point.line * 1e6 + point.column : 0
  }
  return messages.sort((a, b) => key(a) - key(b) || a.ruleId.localeCompare(b.ruleId))
}
