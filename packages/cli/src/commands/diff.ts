import {hasErrors} from '@kehoach/model'
import {
  READ_OPTIONS,
  UsageError,
  choice,
  docxTarget,
  emit,
  maxSizeOf,
  outputIsInput,
  printMessages,
  sameInput,
  stdinFor,
  useColour,
  type Command
} from '../command.js'
import {load} from '../lib/read.js'

export const diff: Command = {
  name: 'diff',
  synopsis: '<cũ> <mới>',
  summary: 'So sánh hai kế hoạch theo từng nhiệm vụ (đánh số lại không phải thay đổi)',
  options: {
    ...READ_OPTIONS,
    format: {type: 'string', short: 'f'},
    output: {type: 'string', short: 'o'},
    author: {type: 'string'}
  },
  help: `Cách dùng: kehoach diff <tệp cũ> <tệp mới> [--format text|json|md|docx] [-o <tệp ra>] [--author <tên>]

So sánh hai phiên bản của một kế hoạch, hoặc hai kế hoạch, theo từng nhiệm vụ: nhiệm vụ được ghép
theo nội dung, không theo số thứ tự (bỏ nhiệm vụ 8 thì nhiệm vụ 9 thành 8: đánh số lại, không phải
thay đổi). Báo: thêm, bỏ, sửa (từng chữ ở tên và nội dung; cơ quan chủ trì, phối hợp như tập hợp;
thời gian, từng mốc), phần đầu, chỉ tiêu, kinh phí, tổ chức thực hiện, nơi nhận.
  -f, --format <f>     text (mặc định), json, md, docx (bản mới với các thay đổi được theo dõi
                       của Word: chấp nhận hoặc từ chối từng thay đổi; cần -o)
  -o, --output <tệp>   Ghi ra tệp (ghi nguyên tử)
      --author <tên>   Người sửa ghi trong các thay đổi của bản docx (mặc định kehoach)
      --from <f>       Định dạng đầu vào của cả hai tệp
      --max-size <n>   Kích thước tối đa của mỗi tệp vào, byte
  -q, --quiet          Không in cảnh báo và thông tin, chỉ in lỗi
`,
  async run(positionals, values, io) {
    if (positionals.length !== 2) throw new UsageError('cần đúng hai tệp: bản cũ và bản mới. Xem kehoach diff --help.')
    const format = choice(values['format'], ['text', 'json', 'md', 'docx'] as const, 'text', '--format')
    const output = typeof values['output'] === 'string' ? values['output'] : undefined
    if (format === 'docx' && !output) throw new UsageError('--format docx cần tệp ra: -o <tệp.docx>.')
    if (format === 'docx') docxTarget(output)
    const [oldFile, newFile] = positionals as [string, string]
    const clash = outputIsInput(positionals, output)
    if (clash) {
      printMessages(io, [clash], false)
      return 1
    }
    const options = {
      from: values['from'] as string | undefined,
      maxSize: maxSizeOf(values['max-size']),
      ...stdinFor(io, positionals),
      progress: io.stderr
    }
    // One file named twice (`a a`, `a ./a`, a link to it, `- -`) is read once and is both sides:
    // one model, its diagnostics told once, standard input not read again (it would be empty).
    const same = sameInput(oldFile, newFile)
    const before = await load(oldFile, options)
    const after = same ? before : await load(newFile, options)
    printMessages(io, same ? before.messages : [...before.messages, ...after.messages], Boolean(values['quiet']))
    if (
      before.failed ||
      after.failed ||
      !('plan' in before) ||
      !('plan' in after) ||
      hasErrors(before.messages) ||
      hasErrors(after.messages)
    )
      return 1
    const compare = await import('@kehoach/diff')
    const colour = useColour(io, output !== undefined)
    let result: string | Uint8Array
    if (format === 'docx') {
      const {redlineToDocx, renderDiagnostics} = await import('@kehoach/docx')
      // A plan too long for a Word file (render-too-large) is refused before the redline is built.
      const tooLarge = [
        ...renderDiagnostics(before.plan, {file: oldFile === '-' ? undefined : oldFile}),
        ...(same ? [] : renderDiagnostics(after.plan, {file: newFile === '-' ? undefined : newFile}))
      ].filter((message) => message.fatal === true)
      if (tooLarge.length > 0) {
        printMessages(io, tooLarge, false)
        return 1
      }
      result = await redlineToDocx(
        before.plan,
        after.plan,
        typeof values['author'] === 'string' ? {author: values['author']} : null
      )
    } else {
      const report = compare.diffPlans(before.plan, after.plan, {oldFile, newFile})
      if (report.messages) printMessages(io, report.messages, Boolean(values['quiet']))
      result =
        format === 'json'
          ? JSON.stringify(report, null, 2) + '\n'
          : format === 'md'
            ? compare.diffToMarkdown(report)
            : compare.diffToText(report, {colour})
    }
    return emit(io, output, result, {kind: format === 'json' ? 'json' : 'text', colour})
  }
}
