import {terminalLine} from '../lib/terminal.js'
import {
  READ_OPTIONS,
  UsageError,
  choice,
  docxTarget,
  emit,
  maxSizeOf,
  outputIsInput,
  printMessages,
  stdinFor,
  useColour,
  type Command
} from '../command.js'

export const check: Command = {
  name: 'check',
  synopsis: '<tệp…>',
  summary: 'Đối chiếu kế hoạch với Đề án: nhóm nhiệm vụ nào có, thiếu, khác, vì sao',
  options: {
    ...READ_OPTIONS,
    format: {type: 'string', short: 'f'},
    output: {type: 'string', short: 'o'},
    scheme: {type: 'string'},
    'scheme-file': {type: 'string', multiple: true},
    strict: {type: 'boolean'},
    issuer: {type: 'string'}
  },
  help: `Cách dùng: kehoach check <tệp|thư mục|mẫu…> [--scheme 315/QĐ-TTg | --scheme-file <tệp>] [--format text|json|md|docx] [-o <tệp ra>] [--strict]

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
Văn bản không phải kế hoạch (công văn, báo cáo, tờ trình, quyết định không ban hành kế hoạch…)
không được đối chiếu: được liệt kê riêng kèm cơ quan, số, ngày; không làm mã thoát thành 1.
Dấu * sau mã nhiệm vụ: nhiệm vụ tự ghi nhóm của Đề án (implements) và nội dung thể hiện nhóm đó.
Dấu † sau nhóm hoặc nhận xét: dữ liệu dựng lại (nhóm, cơ quan chủ trì, thời gian dự kiến), không đọc
được trong Quyết định. Màu chỉ dùng khi in ra màn hình
và biến NO_COLOR không được đặt.
`,
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp kế hoạch. Xem kehoach check --help.')
    const format = choice(values['format'], ['text', 'json', 'md', 'docx'] as const, 'text', '--format')
    const output = typeof values['output'] === 'string' ? values['output'] : undefined
    if (format === 'docx' && !output) throw new UsageError('--format docx cần tệp ra: -o <tệp.docx>.')
    if (format === 'docx') docxTarget(output)
    const {expandInputs} = await import('../lib/expand.js')
    const clash = outputIsInput(
      [...expandInputs(positionals).files, ...((values['scheme-file'] as string[] | undefined) ?? [])],
      output
    )
    if (clash) {
      printMessages(io, [clash], false)
      return 1
    }
    const colour = useColour(io, output !== undefined && output !== '-')
    const {check} = await import('../lib/check.js')
    const result = await check({
      files: positionals,
      ...(typeof values['scheme'] === 'string' ? {scheme: values['scheme']} : {}),
      schemeFiles: (values['scheme-file'] as string[] | undefined) ?? [],
      format,
      ...(typeof values['from'] === 'string' ? {from: values['from']} : {}),
      ...(values['max-size'] !== undefined ? {maxSize: maxSizeOf(values['max-size']) as number} : {}),
      colour,
      ...stdinFor(io, positionals),
      ...(values['strict'] ? {strict: true} : {}),
      ...(typeof values['issuer'] === 'string' ? {issuer: values['issuer']} : {})
    })
    printMessages(io, result.messages, Boolean(values['quiet']))
    if (result.usage) {
      io.stderr.write(`kehoach check: ${terminalLine(result.usage)}\n`)
      return 2
    }
    // Every plan that could be checked is reported, and the rest listed with their reasons;
    // the exit code says that some failed. --strict writes nothing unless all could be checked.
    if (result.output.length > 0) {
      const written = await emit(io, output, result.output, {kind: format === 'json' ? 'json' : 'text', colour})
      if (written !== 0) return written
    }
    return result.code
  }
}
