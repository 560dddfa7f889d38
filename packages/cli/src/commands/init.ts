import {diagnostic, formatDiagnostic, hasErrors} from '@kehoach/model'
import {withFlag} from '../lib/flags.js'
import {readIsoDate} from '../lib/iso-date.js'
import {HELP_OPTION, UsageError, emit, outputIsInput, printMessages, type Command} from '../command.js'

export const init: Command = {
  name: 'init',
  synopsis: '',
  summary: 'Soạn dự thảo kế hoạch của địa phương từ một Đề án (YAML hoặc Markdown)',
  options: {
    ...HELP_OPTION,
    scheme: {type: 'string'},
    'scheme-file': {type: 'string', multiple: true},
    issuer: {type: 'string'},
    date: {type: 'string'},
    output: {type: 'string', short: 'o'},
    force: {type: 'boolean'}
  },
  help: `Cách dùng: kehoach init --scheme <Đề án> --issuer <cơ quan ban hành> [--date YYYY-MM-DD] [-o <tệp.yaml|tệp.md>] [--force]

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
`,
  async run(positionals, values, io) {
    if (positionals.length > 0) throw new UsageError(`thừa đối số “${positionals[0]}”. Xem kehoach init --help.`)
    const schemeName = values['scheme']
    const issuer = values['issuer']
    if (typeof schemeName !== 'string' || typeof issuer !== 'string' || issuer.trim() === '')
      throw new UsageError('cần --scheme và --issuer. Xem kehoach init --help.')
    const date = values['date']
    const real = typeof date === 'string' && readIsoDate(date) !== null
    if (date !== undefined && !real) {
      throw new UsageError(`--date phải là ngày dạng YYYY-MM-DD, không phải “${String(date)}”.`)
    }
    const output = typeof values['output'] === 'string' ? values['output'] : undefined
    // --force overwrites a draft, never the scheme file it is drafted from.
    const clash = outputIsInput((values['scheme-file'] as string[] | undefined) ?? [], output)
    if (clash) {
      printMessages(io, [clash], false)
      return 1
    }
    if (output !== undefined && output !== '-' && !values['force']) {
      // Anything at the path counts, a dangling symbolic link too: the check is repeated when writing.
      const {lstat} = await import('node:fs/promises')
      if (
        await lstat(output).then(
          () => true,
          () => false
        )
      ) {
        io.stderr.write(formatDiagnostic(withFlag(diagnostic('output-exists', {file: output}, {file: output}))) + '\n')
        return 1
      }
    }
    const {draftPlan, findScheme} = await import('@kehoach/coverage')
    const {loadSchemes} = await import('../lib/check.js')
    const {schemes, messages} = await loadSchemes((values['scheme-file'] as string[] | undefined) ?? [])
    printMessages(io, messages, false)
    if (hasErrors(messages)) return 1
    const scheme = findScheme(schemeName, schemes)
    if (!scheme) {
      const known = schemes.map((item) => item.id).join(', ')
      throw new UsageError(`không biết Đề án “${schemeName}”. Các Đề án đã biết: ${known}.`)
    }
    const plan = draftPlan(scheme, {issuer: issuer.trim(), ...(typeof date === 'string' ? {date} : {})})
    const {draftText} = await import('../lib/init.js')
    const {text, messages: warnings} = await draftText(plan, Boolean(output && /\.(?:md|markdown)$/iu.test(output)))
    printMessages(io, warnings, false)
    return emit(io, output, text, {overwrite: Boolean(values['force'])})
  }
}
