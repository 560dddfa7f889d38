import {HELP_OPTION, UsageError, choice, maxSizeOf, printMessages, type Command} from '../command.js'
import {forStdout, terminalLine} from '../lib/terminal.js'

export const schemes: Command = {
  name: 'schemes',
  synopsis: '[Đề án]',
  summary: 'Liệt kê các Đề án có sẵn, hoặc in toàn bộ dữ liệu một Đề án',
  options: {
    ...HELP_OPTION,
    format: {type: 'string', short: 'f'},
    'scheme-file': {type: 'string', multiple: true},
    'max-size': {type: 'string'}
  },
  help: `Cách dùng: kehoach schemes [<Đề án>] [--format text|json|yaml] [--scheme-file <tệp>]

Không có <Đề án>: liệt kê các Đề án có sẵn. Có <Đề án> (ví dụ 315/QĐ-TTg hoặc 315): in toàn bộ
dữ liệu của Đề án (mặc định YAML), để sửa hoặc bổ sung rồi dùng lại bằng --scheme-file.
  -f, --format <f>       text, json hoặc yaml
      --scheme-file <tệp> Dữ liệu Đề án của bạn (dùng được nhiều lần), thay Đề án có sẵn cùng số
      --max-size <n>     Kích thước tối đa của tệp Đề án, byte
`,
  async run(positionals, values, io) {
    if (positionals.length > 1) throw new UsageError('chỉ nhận một Đề án. Xem kehoach schemes --help.')
    const format = choice(
      values['format'],
      ['text', 'json', 'yaml'] as const,
      positionals.length === 1 ? 'yaml' : 'text',
      '--format'
    )
    const {schemes} = await import('../lib/check.js')
    const result = await schemes({
      ...(positionals[0] ? {id: positionals[0]} : {}),
      format,
      schemeFiles: (values['scheme-file'] as string[] | undefined) ?? [],
      ...(values['max-size'] !== undefined ? {maxSize: maxSizeOf(values['max-size']) as number} : {})
    })
    printMessages(io, result.messages, false)
    if (result.usage) {
      io.stderr.write(`kehoach schemes: ${terminalLine(result.usage)}\n`)
      return 2
    }
    // A scheme file's words drive no terminal either.
    io.stdout.write(forStdout(String(result.output), format))
    return result.code
  }
}
