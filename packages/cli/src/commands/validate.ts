import {hasErrors, targetDiagnostics} from '@kehoach/model'
import {READ_OPTIONS, UsageError, maxSizeOf, printMessages, stdinFor, type Command} from '../command.js'
import {formatOf, load} from '../lib/read.js'
import {terminalLine} from '../lib/terminal.js'

export const validate: Command = {
  name: 'validate',
  synopsis: '<tệp|thư mục|mẫu…>',
  summary: 'Kiểm tra kế hoạch theo lược đồ và quy tắc; in lỗi kèm dòng, cột',
  options: {...READ_OPTIONS},
  help: `Cách dùng: kehoach validate <tệp|thư mục|mẫu…> [--from …] [--max-size <n>] [-q]

Kiểm tra từng kế hoạch: cú pháp, lược đồ JSON, ngày tháng, mã nhiệm vụ, cơ quan chủ trì.
Thư mục được đọc hết các tệp kế hoạch bên trong (cả thư mục con, liên kết được theo một lần);
mẫu (*.yaml, **/*.md) được tự mở rộng.
Kết luận “<tệp>: hợp lệ” in ra đầu ra chuẩn; mỗi vấn đề một dòng ở đầu ra lỗi chuẩn:
tệp:dòng:cột: lỗi|cảnh báo|thông tin <lý do> [mã quy tắc].
Thoát 1 nếu có lỗi, 0 nếu chỉ có cảnh báo hoặc không có gì.
      --from <f>       Định dạng đầu vào, thay cho đoán theo đuôi tệp
      --max-size <n>   Kích thước đầu vào tối đa, byte
  -q, --quiet          Không in cảnh báo và thông tin, chỉ in lỗi
`,
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp. Xem kehoach validate --help.')
    const {expandInputs} = await import('../lib/expand.js')
    const expanded = expandInputs(positionals)
    printMessages(io, expanded.messages, Boolean(values['quiet']))
    // A folder or pattern that gave nothing fails; a FIFO skipped in one is only told.
    let failed = hasErrors(expanded.messages)
    for (const file of expanded.files) {
      const loaded = await load(file, {
        from: values['from'] as string | undefined,
        maxSize: maxSizeOf(values['max-size']),
        ...stdinFor(io, [file]),
        progress: io.stderr
      })
      // An authoring file (YAML, JSON) that states targets twice must state them alike.
      const format = formatOf(file, values['from'] as string | undefined)
      if ('plan' in loaded && (format === 'yaml' || format === 'json'))
        for (const each of targetDiagnostics(loaded.plan, {file})) loaded.messages.push(each)
      printMessages(io, loaded.messages, Boolean(values['quiet']), true)
      if (loaded.failed || hasErrors(loaded.messages)) failed = true
      else if (!values['quiet']) io.stdout.write(`${terminalLine(file)}: hợp lệ\n`)
    }
    return failed ? 1 : 0
  }
}
