/**
 * The `kehoach` command line. `run(argv, io)` returns the exit code, so tests can
 * call it in-process: 0 success (warnings allowed), 1 the input has errors, 2 usage.
 */

import {existsSync, statSync} from 'node:fs'
import {basename, extname, join} from 'node:path'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {diagnostic, formatDiagnostic, hasErrors, isoDate, sortDiagnostics, targetDiagnostics, toJson, toYaml, type Diagnostic} from '@kehoach/model'
import {formatOf, load} from './lib/read.js'
import {writeOutput} from './lib/output.js'
import {DEFAULT_MAX_SIZE} from './lib/input.js'

export interface Io {
  stdout: {write(chunk: string): unknown; isTTY?: boolean}
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  stdin?: NodeJS.ReadableStream
}

const VERSION = '0.1.0'

const MAIN_HELP = `kehoach ${VERSION}: đọc, kiểm tra và xuất Kế hoạch triển khai Đề án

Cách dùng: kehoach <lệnh> [tùy chọn]

Lệnh:
  parse <tệp>      Đọc một kế hoạch (YAML, JSON, văn bản .txt, Markdown .md) và in ra mô hình
  validate <tệp…>  Kiểm tra kế hoạch theo lược đồ và quy tắc; in lỗi kèm dòng, cột
  check <tệp…>     Đối chiếu kế hoạch với Đề án: nhóm nhiệm vụ nào có, thiếu, khác, vì sao
  review <tệp…>    Bảng đối chiếu nhiều kế hoạch (tệp, thư mục, mẫu): xlsx, csv, md, docx
  schemes [Đề án]  Liệt kê các Đề án có sẵn, hoặc in toàn bộ dữ liệu một Đề án
  render <tệp>     Xuất kế hoạch ra tệp Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP
  diff <cũ> <mới>  So sánh hai kế hoạch theo từng nhiệm vụ (đánh số lại không phải thay đổi)
  init             Soạn dự thảo kế hoạch của địa phương từ một Đề án (YAML hoặc Markdown)
  web              Mở ứng dụng web trên máy này (văn bản không rời khỏi máy)

Tùy chọn chung:
  -h, --help       In hướng dẫn (kehoach <lệnh> --help cho từng lệnh)
  -v, --version    In phiên bản

Mã thoát: 0 thành công (có thể có cảnh báo), 1 đầu vào có lỗi, 2 dùng sai lệnh.
`

const HELP: Record<string, string> = {
  parse: `Cách dùng: kehoach parse <tệp> [--format json|yaml|md] [--from yaml|json|text|md|news] [-o <tệp ra>]

Đọc một kế hoạch và in ra mô hình chuẩn.
  <tệp>               Tệp đầu vào; "-" để đọc từ đầu vào chuẩn (cần --from)
  -f, --format <f>    Định dạng in ra: json (mặc định, có vị trí nguồn), yaml, md
      --from <f>      Định dạng đầu vào, thay cho đoán theo đuôi tệp
  -o, --output <tệp>  Ghi ra tệp (ghi nguyên tử: lỗi thì không để lại tệp dở)
      --max-size <n>  Kích thước đầu vào tối đa, byte (mặc định ${DEFAULT_MAX_SIZE})
  -q, --quiet         Không in cảnh báo và thông tin, chỉ in lỗi
`,
  validate: `Cách dùng: kehoach validate <tệp…> [--from …] [--max-size <n>] [-q]

Kiểm tra từng kế hoạch: cú pháp, lược đồ JSON, ngày tháng, mã nhiệm vụ, cơ quan chủ trì.
In mỗi vấn đề một dòng: tệp:dòng:cột: lỗi|cảnh báo|thông tin <lý do> [mã quy tắc].
Thoát 1 nếu có lỗi, 0 nếu chỉ có cảnh báo hoặc không có gì.
`
}

HELP['check'] = `Cách dùng: kehoach check <tệp|thư mục|mẫu…> [--scheme 315/QĐ-TTg | --scheme-file <tệp>] [--format text|json|md|docx] [-o <tệp ra>] [--strict]

Đối chiếu từng kế hoạch với Đề án nó thực hiện, theo từng nhóm nhiệm vụ: có, một phần,
thiếu, không áp dụng (nhóm của trung ương); nhiệm vụ nào là bằng chứng, vì sao; nhiệm vụ
ngoài Đề án; chỉ tiêu so với Đề án.
  --scheme <số>         Đề án để đối chiếu (mặc định: Đề án kế hoạch ghi là thực hiện)
  --scheme-file <tệp>   Dữ liệu Đề án của bạn (YAML/JSON theo schemas/scheme.schema.json);
                        dùng được nhiều lần; thay Đề án có sẵn cùng số
  -f, --format <f>      text (mặc định, bảng cho màn hình), json, md (Markdown), docx (phụ lục Word, cần -o .docx)
  -o, --output <tệp>    Ghi ra tệp (ghi nguyên tử)
      --from <f>        Định dạng đầu vào, thay cho đoán theo đuôi tệp
      --max-size <n>    Kích thước đầu vào tối đa, byte
  -o -                  In ra màn hình (đầu ra chuẩn)
      --strict          Tất cả hoặc không: có kế hoạch không đối chiếu được thì không ghi báo cáo nào
      --issuer <tên>    Cơ quan gửi phụ lục docx (phần đầu và chữ ký)
  -q, --quiet           Chỉ in lỗi
Nhiều tệp: mỗi kế hoạch một báo cáo (json: một mảng); thư mục được đọc hết các tệp .yaml, .yml,
.json, .txt, .md, .docx, .doc, .pdf bên trong; mẫu (*.txt, **/*.yaml) được tự mở rộng. Kế hoạch không đối chiếu được
(không rõ Đề án, lỗi đọc) được liệt kê kèm lý do, các kế hoạch khác vẫn được báo cáo; mã thoát 1.
Dấu * sau mã nhiệm vụ: nhiệm vụ tự ghi nhóm của Đề án (implements) và nội dung thể hiện nhóm đó.
Dấu † sau nhóm hoặc nhận xét: dữ liệu dựng lại (nhóm, cơ quan chủ trì, thời gian dự kiến), không đọc
được trong Quyết định. Màu chỉ dùng khi in ra màn hình
và biến NO_COLOR không được đặt.
`

HELP['review'] = `Cách dùng: kehoach review <tệp|thư mục|mẫu…> [-o <bảng.xlsx|.csv|.md|.docx>] [--scheme <Đề án>] [--scheme-file <tệp>]

Bảng đối chiếu nhiều kế hoạch: mỗi kế hoạch một dòng (cơ quan ban hành, số, ngày), mỗi nhóm của Đề án
một cột (có / một phần / thiếu / không áp dụng), mức bao phủ, chỉ tiêu thấp hơn hoặc không nêu, số
lưu ý; kế hoạch không đối chiếu được cũng là một dòng, kèm lý do (mã thoát 1).
  -o, --output <tệp>    Định dạng theo đuôi: .xlsx (có màu), .csv, .md, .docx (phụ lục); không có
                        -o (hoặc -o -): bảng trên màn hình
  --scheme <số>         Đề án để đối chiếu mọi kế hoạch (mặc định: Đề án mỗi kế hoạch ghi)
Trên màn hình, một dòng tiến độ cho biết đang đọc tệp nào.
`

HELP['render'] = `Cách dùng: kehoach render <tệp> -o <tệp.docx> [--from …] [--max-size <n>] [-q]
       kehoach render <tệp> <tệp> … -o <thư mục>/

Xuất kế hoạch (YAML, JSON, văn bản .txt, Markdown, DOCX, PDF) ra Word theo thể thức Nghị định
30/2020/NĐ-CP: khổ A4, lề, phông Times New Roman, cỡ chữ từng thành phần, số trang từ trang 2.
  -o, --output <tệp>  Tệp .docx ra (bắt buộc; ghi nguyên tử: lỗi thì không để lại tệp dở); với nhiều
                      tệp vào, một thư mục: mỗi kế hoạch thành <tên>.docx trong đó, trong cùng một lần chạy
`

HELP['init'] = `Cách dùng: kehoach init --scheme <Đề án> --issuer <cơ quan ban hành> [--date YYYY-MM-DD] [-o <tệp.yaml|tệp.md>] [--force]

Soạn dự thảo kế hoạch đầy đủ từ Đề án, theo cấp của cơ quan ban hành (tỉnh, Sở, xã): phần đầu,
căn cứ, mục đích, yêu cầu, chỉ tiêu (viết một lần, bằng lời), mỗi nhóm nhiệm vụ của cấp đó một nhiệm
vụ (cơ quan chủ trì, phối hợp, thời gian dự kiến), kinh phí, tổ chức thực hiện, nơi nhận và khối chữ
ký của cơ quan đó. Từ 01/7/2025 không giao việc cho cấp huyện.
  --scheme <số>        Đề án, ví dụ 315/QĐ-TTg
  --scheme-file <tệp>  Dữ liệu Đề án của bạn (có thể dùng nhiều lần)
  --issuer <tên>       Cơ quan ban hành, ví dụ "Ủy ban nhân dân tỉnh Ninh Bình"
  --date <ngày>        Ngày dự kiến ban hành (mặc định hôm nay)
  -o, --output <tệp>   Ghi ra tệp: .md cho Markdown, còn lại YAML; không có thì in ra màn hình
  --force              Ghi đè tệp đã có
`

HELP['diff'] = `Cách dùng: kehoach diff <tệp cũ> <tệp mới> [--format text|json|md|docx] [-o <tệp ra>] [--author <tên>]

So sánh hai phiên bản của một kế hoạch, hoặc hai kế hoạch, theo từng nhiệm vụ: nhiệm vụ được ghép
theo nội dung, không theo số thứ tự (bỏ nhiệm vụ 8 thì nhiệm vụ 9 thành 8: đánh số lại, không phải
thay đổi). Báo: thêm, bỏ, sửa (từng chữ ở tên và nội dung; cơ quan chủ trì, phối hợp như tập hợp;
thời gian, từng mốc), phần đầu, chỉ tiêu, kinh phí, tổ chức thực hiện, nơi nhận.
  -f, --format <f>     text (mặc định), json, md, docx (bản mới với các thay đổi được theo dõi
                       của Word: chấp nhận hoặc từ chối từng thay đổi; cần -o)
  -o, --output <tệp>   Ghi ra tệp (ghi nguyên tử)
      --author <tên>   Người sửa ghi trong các thay đổi của bản docx (mặc định kehoach)
      --from <f>       Định dạng đầu vào của cả hai tệp
`

HELP['schemes'] = `Cách dùng: kehoach schemes [<Đề án>] [--format text|json|yaml] [--scheme-file <tệp>]

Không có <Đề án>: liệt kê các Đề án có sẵn. Có <Đề án> (ví dụ 315/QĐ-TTg hoặc 315): in toàn bộ
dữ liệu của Đề án (mặc định YAML), để sửa hoặc bổ sung rồi dùng lại bằng --scheme-file.
`

HELP['web'] = `Cách dùng: kehoach web [--port <n>] [--no-open] [--dir <thư mục>]

Phục vụ ứng dụng web (mở, kiểm tra, rà soát nhiều, so sánh, soạn thảo) tại http://127.0.0.1:<n>/
và mở trình duyệt. Mọi xử lý diễn ra trong trình duyệt: văn bản không được gửi đi đâu. Chạy đến khi
bấm Ctrl+C.
  --port <n>        Cổng (mặc định 8147; 0: một cổng còn trống)
  --no-open         Không mở trình duyệt
  --dir <thư mục>   Thư mục ứng dụng đã build (mặc định packages/web/dist)
`

const COMMON: ParseArgsConfig['options'] = {
  help: {type: 'boolean', short: 'h'},
  from: {type: 'string'},
  'max-size': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'}
}

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  parse: {...COMMON, format: {type: 'string', short: 'f'}, output: {type: 'string', short: 'o'}},
  validate: {...COMMON},
  check: {
    ...COMMON,
    format: {type: 'string', short: 'f'},
    output: {type: 'string', short: 'o'},
    scheme: {type: 'string'},
    'scheme-file': {type: 'string', multiple: true},
    strict: {type: 'boolean'},
    issuer: {type: 'string'}
  },
  review: {
    ...COMMON,
    output: {type: 'string', short: 'o'},
    scheme: {type: 'string'},
    'scheme-file': {type: 'string', multiple: true}
  },
  render: {...COMMON, output: {type: 'string', short: 'o'}},
  diff: {...COMMON, format: {type: 'string', short: 'f'}, output: {type: 'string', short: 'o'}, author: {type: 'string'}},
  init: {
    help: {type: 'boolean', short: 'h'},
    scheme: {type: 'string'},
    'scheme-file': {type: 'string', multiple: true},
    issuer: {type: 'string'},
    date: {type: 'string'},
    output: {type: 'string', short: 'o'},
    force: {type: 'boolean'}
  },
  web: {help: {type: 'boolean', short: 'h'}, port: {type: 'string'}, 'no-open': {type: 'boolean'}, dir: {type: 'string'}},
  schemes: {help: {type: 'boolean', short: 'h'}, format: {type: 'string', short: 'f'}, 'scheme-file': {type: 'string', multiple: true}, 'max-size': {type: 'string'}}
}

class UsageError extends Error {}

function printMessages(io: Io, messages: Diagnostic[], quiet: boolean): void {
  for (const message of sortDiagnostics([...messages])) {
    if (quiet && message.fatal !== true) continue
    io.stderr.write(formatDiagnostic(message) + '\n')
  }
}

function maxSizeOf(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const size = Number(value)
  if (!Number.isInteger(size) || size <= 0) throw new UsageError(`--max-size phải là số byte nguyên dương, không phải “${String(value)}”.`)
  return size
}

/** Run the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = process): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write((rest[0] && HELP[rest[0]]) || MAIN_HELP)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  const options = OPTIONS[command]
  if (!options) {
    io.stderr.write(`kehoach: không có lệnh “${command}”. Xem kehoach --help.\n`)
    return 2
  }
  try {
    const {values, positionals} = parseArgs({args: [...rest], options, allowPositionals: true, strict: true})
    if (values['help']) {
      io.stdout.write(HELP[command] ?? MAIN_HELP)
      return 0
    }
    if (command === 'parse') return await parseCommand(positionals, values, io)
    if (command === 'check') return await checkCommand(positionals, values, io)
    if (command === 'review') return await reviewCommand(positionals, values, io)
    if (command === 'schemes') return await schemesCommand(positionals, values, io)
    if (command === 'render') return await renderCommand(positionals, values, io)
    if (command === 'init') return await initCommand(positionals, values, io)
    if (command === 'diff') return await diffCommand(positionals, values, io)
    if (command === 'web') return await webCommand(positionals, values, io)
    return await validateCommand(positionals, values, io)
  } catch (error) {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`kehoach ${command}: ${localiseArgError(error as Error)}\n`)
      return 2
    }
    throw error
  }
}

function localiseArgError(error: Error): string {
  const option = /'([^']+)'/.exec(error.message)?.[1]
  const code = (error as {code?: string}).code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `tùy chọn không hợp lệ “${option ?? error.message}”.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `tùy chọn ${option ?? ''} cần một giá trị.`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `thừa đối số “${option ?? ''}”.`
  return error.message
}

/**
 * Write a command's result to `-o <file>` (`-o -` is standard output) or standard
 * output. A file that cannot be written is one diagnostic line and exit code 1.
 */
async function emit(io: Io, output: string | undefined, content: string | Uint8Array, options?: Readonly<{overwrite?: boolean}>): Promise<number> {
  if (output === undefined || output === '-') {
    io.stdout.write(content as string)
    return 0
  }
  const problem = await writeOutput(output, content, options)
  if (!problem) return 0
  io.stderr.write(formatDiagnostic(problem) + '\n')
  return 1
}

type Values = Record<string, string | boolean | undefined | Array<string | boolean>>

async function parseCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('cần đúng một tệp đầu vào. Xem kehoach parse --help.')
  const file = positionals[0] as string
  if (file === '-' && !values['from']) throw new UsageError('đọc từ đầu vào chuẩn (-) cần --from yaml|json|text|md|news.')
  const format = (values['format'] as string | undefined) ?? 'json'
  if (!['json', 'yaml', 'md'].includes(format)) throw new UsageError(`--format phải là json, yaml hoặc md, không phải “${format}”.`)
  const loaded = await load(file, {from: values['from'] as string | undefined, maxSize: maxSizeOf(values['max-size']), stdin: io.stdin})
  printMessages(io, loaded.messages, Boolean(values['quiet']))
  if (loaded.failed || !('plan' in loaded)) return 1
  // A plan with errors is still printed (the errors are on stderr, the exit code says so);
  // it is never written over a file with -o.
  const failed = hasErrors(loaded.messages)
  if (failed && typeof values['output'] === 'string' && values['output'] !== '-') return 1
  let output: string
  if (format === 'json') output = toJson(loaded.plan)
  else if (format === 'yaml') output = toYaml(loaded.plan)
  else {
    const {toMarkdown} = await import('@kehoach/readers')
    output = toMarkdown(loaded.plan)
  }
  const written = await emit(io, values['output'] as string | undefined, output)
  return failed ? 1 : written
}

async function validateCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp. Xem kehoach validate --help.')
  let failed = false
  for (const file of positionals) {
    const loaded = await load(file, {from: values['from'] as string | undefined, maxSize: maxSizeOf(values['max-size']), stdin: io.stdin})
    // An authoring file (YAML, JSON) that states targets twice must state them alike.
    const format = formatOf(file, values['from'] as string | undefined)
    if ('plan' in loaded && (format === 'yaml' || format === 'json')) loaded.messages.push(...targetDiagnostics(loaded.plan, {file}))
    printMessages(io, loaded.messages, Boolean(values['quiet']))
    if (loaded.failed || hasErrors(loaded.messages)) failed = true
    else if (!values['quiet']) io.stderr.write(`${file}: hợp lệ\n`)
  }
  return failed ? 1 : 0
}

function choice<T extends string>(value: unknown, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option} phải là ${allowed.join(', ')}, không phải “${String(value)}”.`)
}

function useColour(io: Io, toFile: boolean): boolean {
  return !toFile && io.stdout.isTTY === true && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb'
}

async function checkCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp kế hoạch. Xem kehoach check --help.')
  const format = choice(values['format'], ['text', 'json', 'md', 'docx'] as const, 'text', '--format')
  const output = typeof values['output'] === 'string' ? values['output'] : undefined
  if (format === 'docx' && !output) throw new UsageError('--format docx cần tệp ra: -o <tệp.docx>.')
  if (format === 'docx') docxTarget(output)
  const {check} = await import('./lib/check.js')
  const result = await check({
    files: positionals,
    ...(typeof values['scheme'] === 'string' ? {scheme: values['scheme']} : {}),
    schemeFiles: (values['scheme-file'] as string[] | undefined) ?? [],
    format,
    ...(typeof values['from'] === 'string' ? {from: values['from']} : {}),
    ...(values['max-size'] !== undefined ? {maxSize: maxSizeOf(values['max-size']) as number} : {}),
    colour: useColour(io, output !== undefined && output !== '-'),
    ...(io.stdin ? {stdin: io.stdin} : {}),
    ...(values['strict'] ? {strict: true} : {}),
    ...(typeof values['issuer'] === 'string' ? {issuer: values['issuer']} : {})
  })
  printMessages(io, result.messages, Boolean(values['quiet']))
  if (result.usage) {
    io.stderr.write(`kehoach check: ${result.usage}\n`)
    return 2
  }
  // Every plan that could be checked is reported, and the rest listed with their reasons;
  // the exit code says that some failed. --strict writes nothing unless all could be checked.
  if (result.output.length > 0) {
    const written = await emit(io, output, result.output)
    if (written !== 0) return written
  }
  return result.code
}

/** A Word file is never written under the name of another document format (.pdf, .doc, .odt, …): it would open as neither. */
function docxTarget(output: string | undefined): void {
  if (output && /\.(?:pdf|doc|docm|odt|rtf|txt|md|html?|json|ya?ml|xlsx?|csv)$/iu.test(output)) throw new UsageError(`tệp ra của định dạng docx phải có đuôi .docx, không phải “${output}” (kehoach không xuất PDF; mở tệp .docx bằng Word hoặc LibreOffice để in ra PDF).`)
}

async function reviewCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp hoặc thư mục kế hoạch. Xem kehoach review --help.')
  const output = typeof values['output'] === 'string' ? values['output'] : undefined
  const {review, reviewFormatOf} = await import('./lib/review.js')
  const format = reviewFormatOf(output)
  if (!format) throw new UsageError(`không biết xuất bảng ra “${String(output)}”: dùng đuôi .xlsx, .csv, .md hoặc .docx.`)
  const result = await review({
    inputs: positionals,
    format,
    ...(typeof values['scheme'] === 'string' ? {scheme: values['scheme']} : {}),
    schemeFiles: (values['scheme-file'] as string[] | undefined) ?? [],
    ...(typeof values['from'] === 'string' ? {from: values['from']} : {}),
    ...(values['max-size'] !== undefined ? {maxSize: maxSizeOf(values['max-size']) as number} : {}),
    progress: io.stderr.isTTY === true ? (done, total, file) => io.stderr.write(`\r\u001B[2K${done}/${total} ${file}`) : null,
    colour: useColour(io, output !== undefined && output !== '-')
  })
  if (io.stderr.isTTY === true) io.stderr.write('\r\u001B[2K')
  printMessages(io, result.messages, Boolean(values['quiet']))
  if (result.usage) {
    io.stderr.write(`kehoach review: ${result.usage}\n`)
    return 2
  }
  const written = await emit(io, output, result.output)
  return written !== 0 ? written : result.code
}

async function schemesCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length > 1) throw new UsageError('chỉ nhận một Đề án. Xem kehoach schemes --help.')
  const format = choice(values['format'], ['text', 'json', 'yaml'] as const, positionals.length === 1 ? 'yaml' : 'text', '--format')
  const {schemes} = await import('./lib/check.js')
  const result = await schemes({
    ...(positionals[0] ? {id: positionals[0]} : {}),
    format,
    schemeFiles: (values['scheme-file'] as string[] | undefined) ?? [],
    ...(values['max-size'] !== undefined ? {maxSize: maxSizeOf(values['max-size']) as number} : {})
  })
  printMessages(io, result.messages, false)
  if (result.usage) {
    io.stderr.write(`kehoach schemes: ${result.usage}\n`)
    return 2
  }
  io.stdout.write(String(result.output))
  return result.code
}

async function renderCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp kế hoạch. Xem kehoach render --help.')
  const output = values['output']
  if (typeof output !== 'string' || output === '') throw new UsageError('cần tệp ra: -o <tệp.docx>, hoặc -o <thư mục>/ cho nhiều tệp.')
  const toFolder = positionals.length > 1 || output.endsWith('/') || isDirectory(output)
  if (!toFolder) {
    docxTarget(output)
    return (await renderOne(positionals[0] as string, output, values, io)) ? 0 : 1
  }
  // Many plans in one process (warm after the first): each to <folder>/<name>.docx.
  if (!isDirectory(output)) throw new UsageError(`“${output}” không phải thư mục có sẵn; tạo thư mục trước khi xuất nhiều tệp.`)
  const progress = io.stderr.isTTY === true && !values['quiet']
  let failed = 0
  for (const [index, file] of positionals.entries()) {
    if (file === '-') throw new UsageError('xuất nhiều tệp không đọc từ đầu vào chuẩn (-).')
    if (progress) io.stderr.write(`\r${index + 1}/${positionals.length} ${basename(file)}\u001b[K`)
    const target = join(output, `${basename(file, extname(file))}.docx`)
    if (!(await renderOne(file, target, values, io, progress))) failed++
  }
  if (progress) io.stderr.write(`\r\u001b[K`)
  if (!values['quiet']) io.stderr.write(`Đã xuất ${positionals.length - failed}/${positionals.length} kế hoạch vào ${output}.\n`)
  return failed > 0 ? 1 : 0
}

/** Read one plan and write its DOCX; false when it could not be read or has errors (nothing is written). */
async function renderOne(file: string, target: string, values: Values, io: Io, clearLine = false): Promise<boolean> {
  if (file === '-' && !values['from']) throw new UsageError('đọc từ đầu vào chuẩn (-) cần --from yaml|json|text|md|news.')
  const loaded = await load(file, {from: values['from'] as string | undefined, maxSize: maxSizeOf(values['max-size']), stdin: io.stdin})
  if (clearLine && loaded.messages.length > 0) io.stderr.write('\r\u001b[K')
  printMessages(io, loaded.messages, Boolean(values['quiet']))
  if (loaded.failed || !('plan' in loaded) || hasErrors(loaded.messages)) return false
  const {planToDocx} = await import('@kehoach/docx')
  return (await emit(io, target, await planToDocx(loaded.plan))) === 0
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

async function initCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`thừa đối số “${positionals[0]}”. Xem kehoach init --help.`)
  const schemeName = values['scheme']
  const issuer = values['issuer']
  if (typeof schemeName !== 'string' || typeof issuer !== 'string' || issuer.trim() === '') throw new UsageError('cần --scheme và --issuer. Xem kehoach init --help.')
  const date = values['date']
  const real = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(date) && isoDate(...(date.split('-').map(Number) as [number, number, number])) === date
  if (date !== undefined && !real) {
    throw new UsageError(`--date phải là ngày dạng YYYY-MM-DD, không phải “${String(date)}”.`)
  }
  const output = typeof values['output'] === 'string' ? values['output'] : undefined
  if (output !== undefined && output !== '-' && !values['force']) {
    // Anything at the path counts, a dangling symbolic link too: the check is repeated when writing.
    const {lstat} = await import('node:fs/promises')
    if (await lstat(output).then(() => true, () => false)) {
      io.stderr.write(formatDiagnostic(diagnostic('output-exists', {file: output}, {file: output})) + '\n')
      return 1
    }
  }
  const {draftPlan, findScheme} = await import('@kehoach/coverage')
  const {loadSchemes} = await import('./lib/check.js')
  const {schemes, messages} = await loadSchemes((values['scheme-file'] as string[] | undefined) ?? [])
  printMessages(io, messages, false)
  if (hasErrors(messages)) return 1
  const scheme = findScheme(schemeName, schemes)
  if (!scheme) {
    const known = schemes.map((item) => item.id).join(', ')
    throw new UsageError(`không biết Đề án “${schemeName}”. Các Đề án đã biết: ${known}.`)
  }
  const plan = draftPlan(scheme, {issuer: issuer.trim(), ...(typeof date === 'string' ? {date} : {})})
  const {draftText} = await import('./lib/init.js')
  const {text, messages: warnings} = await draftText(plan, Boolean(output && /\.(?:md|markdown)$/iu.test(output)))
  printMessages(io, warnings, false)
  return emit(io, output, text, {overwrite: Boolean(values['force'])})
}

async function diffCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length !== 2) throw new UsageError('cần đúng hai tệp: bản cũ và bản mới. Xem kehoach diff --help.')
  const format = choice(values['format'], ['text', 'json', 'md', 'docx'] as const, 'text', '--format')
  const output = typeof values['output'] === 'string' ? values['output'] : undefined
  if (format === 'docx' && !output) throw new UsageError('--format docx cần tệp ra: -o <tệp.docx>.')
  if (format === 'docx') docxTarget(output)
  const [oldFile, newFile] = positionals as [string, string]
  const options = {from: values['from'] as string | undefined, maxSize: maxSizeOf(values['max-size']), stdin: io.stdin}
  const before = await load(oldFile, options)
  const after = await load(newFile, options)
  printMessages(io, [...before.messages, ...after.messages], Boolean(values['quiet']))
  if (before.failed || after.failed || !('plan' in before) || !('plan' in after) || hasErrors(before.messages) || hasErrors(after.messages)) return 1
  const compare = await import('@kehoach/diff')
  let result: string | Uint8Array
  if (format === 'docx') {
    const {redlineToDocx} = await import('@kehoach/docx')
    result = await redlineToDocx(before.plan, after.plan, typeof values['author'] === 'string' ? {author: values['author']} : null)
  } else {
    const report = compare.diffPlans(before.plan, after.plan, {oldFile, newFile})
    result =
      format === 'json'
        ? JSON.stringify(report, null, 2) + '\n'
        : format === 'md'
          ? compare.diffToMarkdown(report)
          : compare.diffToText(report, {colour: useColour(io, output !== undefined)})
  }
  return emit(io, output, result)
}

async function webCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`thừa đối số “${positionals[0]}”. Xem kehoach web --help.`)
  const port = values['port'] === undefined ? 8147 : Number(values['port'])
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port phải là số cổng từ 0 đến 65535, không phải “${String(values['port'])}”.`)
  const {builtAppFolder, openBrowser, serveApp} = await import('./lib/web.js')
  const root = typeof values['dir'] === 'string' ? values['dir'] : builtAppFolder()
  if (!root || !existsSync(join(root, 'index.html'))) {
    io.stderr.write(`kehoach web: không thấy ứng dụng đã build${root ? ` trong ${root}` : ''}; chạy pnpm build trước.\n`)
    return 1
  }
  const {server, url} = await serveApp({root, port})
  io.stdout.write(`Ứng dụng web: ${url} (chỉ trên máy này; Ctrl+C để dừng)\n`)
  if (!values['no-open']) await openBrowser(url)
  await new Promise<void>((done) => {
    const stop = () => {
      server.close(() => done())
      server.closeAllConnections()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
