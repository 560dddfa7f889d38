import {basename} from 'node:path'
import {hasErrors, type Diagnostic} from '@kehoach/model'
import {
  READ_OPTIONS,
  UsageError,
  batchTargets,
  docxTarget,
  emit,
  isDirectory,
  maxSizeOf,
  outputIsInput,
  printMessages,
  stdinFor,
  type Command,
  type Io,
  type Values
} from '../command.js'
import {load} from '../lib/read.js'
import {terminalLine} from '../lib/terminal.js'

export const render: Command = {
  name: 'render',
  synopsis: '<tệp>',
  summary: 'Xuất kế hoạch ra tệp Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP',
  options: {...READ_OPTIONS, output: {type: 'string', short: 'o'}},
  help: `Cách dùng: kehoach render <tệp> -o <tệp.docx> [--from …] [--max-size <n>] [-q]
       kehoach render <tệp|thư mục|mẫu…> … -o <thư mục>/

Xuất kế hoạch (YAML, JSON, văn bản .txt, Markdown, DOCX, PDF) ra Word theo thể thức Nghị định
30/2020/NĐ-CP: khổ A4, lề, phông Times New Roman, cỡ chữ từng thành phần, số trang từ trang 2.
  -o, --output <tệp>  Tệp .docx ra (bắt buộc; ghi nguyên tử: lỗi thì không để lại tệp dở); với nhiều
                      tệp vào, một thư mục: mỗi kế hoạch thành <tên>.docx trong đó, trong cùng một lần chạy
      --from <f>      Định dạng đầu vào, thay cho đoán theo đuôi tệp
      --max-size <n>  Kích thước đầu vào tối đa, byte
  -q, --quiet         Không in cảnh báo, thông tin và dòng tiến độ, chỉ in lỗi
`,
  async run(named, values, io) {
    if (named.length === 0) throw new UsageError('cần ít nhất một tệp kế hoạch. Xem kehoach render --help.')
    const output = values['output']
    if (typeof output !== 'string' || output === '')
      throw new UsageError('cần tệp ra: -o <tệp.docx>, hoặc -o <thư mục>/ cho nhiều tệp.')
    // A pattern (`*.docx`, which cmd.exe and PowerShell do not expand) or a folder names the files
    // inside it, as for parse, check and review.
    let positionals = named
    if (named.some((input) => input !== '-' && (/[*?[]/u.test(input) || isDirectory(input)))) {
      const {expandInputs} = await import('../lib/expand.js')
      const expanded = expandInputs(named)
      printMessages(io, expanded.messages, Boolean(values['quiet']))
      if (expanded.files.length === 0) return 1
      positionals = expanded.files
    }
    const toFolder = positionals.length > 1 || output.endsWith('/') || isDirectory(output)
    if (!toFolder) {
      docxTarget(output)
      const clash = outputIsInput(positionals, output)
      if (clash) return refuse(io, [clash])
      return (await renderOne(positionals[0] as string, output, values, io)) ? 0 : 1
    }
    // Many plans in one process (warm after the first): each to <folder>/<name>.docx.
    if (!isDirectory(output))
      throw new UsageError(`“${output}” không phải thư mục có sẵn; tạo thư mục trước khi xuất nhiều tệp.`)
    if (positionals.includes('-')) throw new UsageError('xuất nhiều tệp không đọc từ đầu vào chuẩn (-).')
    // Every target is known before the first is written: one that is an input, or two inputs with one name, refuse the batch.
    const {targets, messages} = batchTargets(positionals, output, '.docx')
    if (messages.length > 0) return refuse(io, messages)
    const progress = io.stderr.isTTY === true && !values['quiet']
    let failed = 0
    for (const [index, file] of positionals.entries()) {
      if (progress) io.stderr.write(`\r${index + 1}/${positionals.length} ${terminalLine(basename(file))}\u001b[K`)
      const target = targets[index] as string
      if (!(await renderOne(file, target, values, io, progress))) failed++
    }
    if (progress) io.stderr.write(`\r\u001b[K`)
    if (!values['quiet'])
      io.stderr.write(`Đã xuất ${positionals.length - failed}/${positionals.length} kế hoạch vào ${output}.\n`)
    return failed > 0 ? 1 : 0
  }
}

/** Print why nothing was written; exit code 1. */
function refuse(io: Io, messages: Diagnostic[]): number {
  printMessages(io, messages, false)
  return 1
}

/** Read one plan and write its DOCX; false when it could not be read or has errors (nothing is written). */
async function renderOne(file: string, target: string, values: Values, io: Io, clearLine = false): Promise<boolean> {
  if (file === '-' && !values['from'])
    throw new UsageError('đọc từ đầu vào chuẩn (-) cần --from yaml|json|text|md|news.')
  const loaded = await load(file, {
    from: values['from'] as string | undefined,
    maxSize: maxSizeOf(values['max-size']),
    ...stdinFor(io, [file]),
    progress: io.stderr
  })
  if (clearLine && loaded.messages.length > 0) io.stderr.write('\r\u001b[K')
  if (loaded.failed || !('plan' in loaded) || hasErrors(loaded.messages)) {
    printMessages(io, loaded.messages, Boolean(values['quiet']))
    return false
  }
  const {planToDocx, renderDiagnostics} = await import('@kehoach/docx')
  // What the Word file would leave blank ("Số: /KH-", "……,", no Nơi nhận) is said, not printed
  // silently; a plan too long for one (render-too-large) is refused before it is built.
  const rendering = renderDiagnostics(loaded.plan, {file: file === '-' ? undefined : file})
  printMessages(io, [...loaded.messages, ...rendering], Boolean(values['quiet']))
  if (hasErrors(rendering)) return false
  return (await emit(io, target, await planToDocx(loaded.plan))) === 0
}
