import {hasErrors, toYaml} from '@kehoach/model'
import {jsonChunks} from '../lib/json-chunks.js'
import {READ_OPTIONS, UsageError, emit, maxSizeOf, printMessages, type Command} from '../command.js'
import {DEFAULT_MAX_SIZE} from '../lib/input.js'
import {load} from '../lib/read.js'

export const parse: Command = {
  name: 'parse',
  synopsis: '<tệp>',
  summary: 'Đọc một kế hoạch (YAML, JSON, văn bản .txt, Markdown .md) và in ra mô hình',
  options: {...READ_OPTIONS, format: {type: 'string', short: 'f'}, output: {type: 'string', short: 'o'}},
  help: `Cách dùng: kehoach parse <tệp> [--format json|yaml|md] [--from yaml|json|text|md|news] [-o <tệp ra>]

Đọc một kế hoạch và in ra mô hình chuẩn.
  <tệp>               Tệp đầu vào; "-" để đọc từ đầu vào chuẩn (cần --from)
  -f, --format <f>    Định dạng in ra: json (mặc định, có vị trí nguồn), yaml, md
      --from <f>      Định dạng đầu vào, thay cho đoán theo đuôi tệp
  -o, --output <tệp>  Ghi ra tệp (ghi nguyên tử: lỗi thì không để lại tệp dở)
      --max-size <n>  Kích thước đầu vào tối đa, byte (mặc định ${DEFAULT_MAX_SIZE})
  -q, --quiet         Không in cảnh báo và thông tin, chỉ in lỗi
`,
  async run(positionals, values, io) {
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
    // JSON in pieces: a large plan's text is never held whole.
    let output: string | Iterable<string>
    if (format === 'json') output = jsonChunks(loaded.plan)
    else if (format === 'yaml') output = toYaml(loaded.plan)
    else {
      const {toMarkdown} = await import('@kehoach/text')
      output = toMarkdown(loaded.plan)
    }
    const written = await emit(io, values['output'] as string | undefined, output)
    return failed ? 1 : written
  }
}
