import {hasErrors, toYaml, type Plan} from '@kehoach/model'
import {jsonChunks, jsonListChunks} from '../lib/json-chunks.js'
import {
  READ_OPTIONS,
  UsageError,
  emit,
  isDirectory,
  maxSizeOf,
  outputIsInput,
  printMessages,
  stdinFor,
  type Command
} from '../command.js'
import {DEFAULT_MAX_SIZE} from '../lib/input.js'
import {load} from '../lib/read.js'

export const parse: Command = {
  name: 'parse',
  synopsis: '<tệp|thư mục…>',
  summary: 'Đọc một kế hoạch (YAML, JSON, văn bản .txt, Markdown .md) và in ra mô hình',
  options: {...READ_OPTIONS, format: {type: 'string', short: 'f'}, output: {type: 'string', short: 'o'}},
  help: `Cách dùng: kehoach parse <tệp|thư mục|mẫu…> [--format json|yaml|md] [--from yaml|json|text|md|news] [-o <tệp ra>]

Đọc một kế hoạch và in ra mô hình chuẩn.
  <tệp>               Tệp đầu vào; "-" để đọc từ đầu vào chuẩn (cần --from). Thư mục được đọc
                      hết các tệp kế hoạch bên trong (liên kết được theo một lần), mẫu được tự mở
                      rộng; nhiều kế hoạch in ra một danh sách (json, yaml; không in được md)
  -f, --format <f>    Định dạng in ra: json (mặc định, có vị trí nguồn), yaml, md
      --from <f>      Định dạng đầu vào, thay cho đoán theo đuôi tệp
  -o, --output <tệp>  Ghi ra tệp (ghi nguyên tử: lỗi thì không để lại tệp dở)
      --max-size <n>  Kích thước đầu vào tối đa, byte (mặc định ${DEFAULT_MAX_SIZE}; YAML/JSON 262144)
  -q, --quiet         Không in cảnh báo và thông tin, chỉ in lỗi
`,
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp đầu vào. Xem kehoach parse --help.')
    const format = (values['format'] as string | undefined) ?? 'json'
    if (!['json', 'yaml', 'md'].includes(format))
      throw new UsageError(`--format phải là json, yaml hoặc md, không phải “${format}”.`)
    if (positionals.includes('-') && !values['from'])
      throw new UsageError('đọc từ đầu vào chuẩn (-) cần --from yaml|json|text|md|news.')
    const {expandInputs} = await import('../lib/expand.js')
    // One file named: its plan, as before. A folder, a pattern or several files: a list of plans.
    const single =
      positionals.length === 1 && !isDirectory(positionals[0] as string) && !/[*?[]/u.test(positionals[0] as string)
    const expanded = single ? {files: positionals, messages: []} : expandInputs(positionals)
    if (!single && format === 'md')
      throw new UsageError('nhiều kế hoạch chỉ in được dạng danh sách: --format json hoặc yaml.')
    const output = values['output'] as string | undefined
    const clash = outputIsInput(expanded.files, output)
    if (clash) {
      printMessages(io, [clash], false)
      return 1
    }
    printMessages(io, expanded.messages, Boolean(values['quiet']))
    const plans: Plan[] = []
    // A folder or pattern that gave nothing fails; a FIFO skipped in one is only told.
    let failed = hasErrors(expanded.messages)
    let unread = false
    for (const file of expanded.files) {
      const loaded = await load(file, {
        from: values['from'] as string | undefined,
        maxSize: maxSizeOf(values['max-size']),
        ...stdinFor(io, [file]),
        progress: io.stderr
      })
      printMessages(io, loaded.messages, Boolean(values['quiet']))
      if (loaded.failed || !('plan' in loaded)) {
        failed = unread = true
        continue
      }
      if (hasErrors(loaded.messages)) failed = true
      plans.push(loaded.plan)
    }
    if (single && unread) return 1
    // A plan with errors is still printed (the errors are on stderr, the exit code says so);
    // it is never written over a file with -o.
    if (failed && typeof output === 'string' && output !== '-') return 1
    // JSON in pieces: a large plan's text is never held whole.
    let text: string | Iterable<string>
    if (format === 'json') text = single ? jsonChunks(plans[0] as Plan) : jsonListChunks(plans)
    else if (format === 'yaml')
      text = single
        ? toYaml(plans[0] as Plan)
        : plans
            .map((plan) =>
              toYaml(plan)
                .replace(/^(?=.)/gmu, '  ')
                .replace(/^ {2}/u, '- ')
            )
            .join('')
    else {
      const {toMarkdown} = await import('@kehoach/text')
      text = toMarkdown(plans[0] as Plan)
    }
    const written = await emit(io, output, text, {
      kind: format === 'json' ? 'json' : format === 'yaml' ? 'yaml' : 'text'
    })
    return failed ? 1 : written
  }
}
