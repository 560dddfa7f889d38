import {terminalLine} from '../lib/terminal.js'
import {
  READ_OPTIONS,
  UsageError,
  emit,
  maxSizeOf,
  outputIsInput,
  printMessages,
  useColour,
  type Command
} from '../command.js'

export const review: Command = {
  name: 'review',
  synopsis: '<tệp…>',
  summary: 'Bảng đối chiếu nhiều kế hoạch (tệp, thư mục, mẫu): xlsx, csv, md, docx',
  options: {
    ...READ_OPTIONS,
    output: {type: 'string', short: 'o'},
    scheme: {type: 'string'},
    'scheme-file': {type: 'string', multiple: true},
    issuer: {type: 'string'}
  },
  help: `Cách dùng: kehoach review <tệp|thư mục|mẫu…> [-o <bảng.xlsx|.csv|.md|.docx>] [--scheme <Đề án>] [--scheme-file <tệp>] [--issuer <cơ quan>]

Bảng đối chiếu nhiều kế hoạch: mỗi kế hoạch một dòng (cơ quan ban hành, số, ngày), mỗi nhóm của Đề án
một cột (có / một phần / thiếu / không áp dụng), mức bao phủ, chỉ tiêu thấp hơn hoặc không nêu, số
lưu ý; kế hoạch không đối chiếu được cũng là một dòng, kèm lý do (mã thoát 1). Văn bản không phải kế
hoạch (công văn, báo cáo…) là một dòng “không phải kế hoạch”, kèm cơ quan, số, ngày (mã thoát vẫn 0).
  -o, --output <tệp>    Định dạng theo đuôi: .xlsx (có màu), .csv, .md, .docx (phụ lục); không có
                        -o (hoặc -o -): bảng trên màn hình
  --scheme <số>         Đề án để đối chiếu mọi kế hoạch (mặc định: Đề án mỗi kế hoạch ghi)
  --scheme-file <tệp>   Dữ liệu Đề án của bạn (dùng được nhiều lần), thay Đề án có sẵn cùng số
  --issuer <tên>        Cơ quan gửi phụ lục docx (phần đầu và chữ ký)
  --from <f>            Định dạng đầu vào, thay cho đoán theo đuôi tệp
  --max-size <n>        Kích thước tối đa của mỗi tệp vào, byte
  -q, --quiet           Chỉ in lỗi
Trên màn hình, một dòng tiến độ cho biết đang đọc tệp nào.
`,
  async run(positionals, values, io) {
    if (positionals.length === 0)
      throw new UsageError('cần ít nhất một tệp hoặc thư mục kế hoạch. Xem kehoach review --help.')
    const output = typeof values['output'] === 'string' ? values['output'] : undefined
    const {diagnosticsByFile, review, reviewFormatOf} = await import('../lib/review.js')
    const format = reviewFormatOf(output)
    if (!format)
      throw new UsageError(`không biết xuất bảng ra “${String(output)}”: dùng đuôi .xlsx, .csv, .md hoặc .docx.`)
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
    const result = await review({
      inputs: positionals,
      format,
      ...(typeof values['scheme'] === 'string' ? {scheme: values['scheme']} : {}),
      schemeFiles: (values['scheme-file'] as string[] | undefined) ?? [],
      ...(typeof values['issuer'] === 'string' ? {issuer: values['issuer']} : {}),
      ...(typeof values['from'] === 'string' ? {from: values['from']} : {}),
      ...(values['max-size'] !== undefined ? {maxSize: maxSizeOf(values['max-size']) as number} : {}),
      progress:
        io.stderr.isTTY === true
          ? (done, total, file) => io.stderr.write(`\r\u001B[2K${done}/${total} ${terminalLine(file)}`)
          : null,
      colour
    })
    if (io.stderr.isTTY === true) io.stderr.write('\r\u001B[2K')
    // Each file's diagnostics under its name, in the order the files were read.
    io.stderr.write(diagnosticsByFile(result.messages, Boolean(values['quiet'])))
    if (result.usage) {
      io.stderr.write(`kehoach review: ${terminalLine(result.usage)}\n`)
      return 2
    }
    const written = await emit(io, output, result.output, {colour})
    return written !== 0 ? written : result.code
  }
}
