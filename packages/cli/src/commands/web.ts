import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {HELP_OPTION, UsageError, type Command} from '../command.js'

export const web: Command = {
  name: 'web',
  synopsis: '',
  summary: 'Mở ứng dụng web trên máy này (văn bản không rời khỏi máy)',
  options: {...HELP_OPTION, port: {type: 'string'}, 'no-open': {type: 'boolean'}, dir: {type: 'string'}},
  help: `Cách dùng: kehoach web [--port <n>] [--no-open] [--dir <thư mục>]

Phục vụ ứng dụng web (mở, kiểm tra, rà soát nhiều, so sánh, soạn thảo) tại http://127.0.0.1:<n>/
và mở trình duyệt. Mọi xử lý diễn ra trong trình duyệt: văn bản không được gửi đi đâu. Chạy đến khi
bấm Ctrl+C.
  --port <n>        Cổng (mặc định 8147; 0: một cổng còn trống)
  --no-open         Không mở trình duyệt
  --dir <thư mục>   Thư mục ứng dụng đã build (mặc định packages/web/dist)
Không có Node (bản chạy một tệp): mở tệp kehoach.html, cả ứng dụng trong một tệp, bằng trình duyệt.
`,
  async run(positionals, values, io) {
    if (positionals.length > 0) throw new UsageError(`thừa đối số “${positionals[0]}”. Xem kehoach web --help.`)
    const port = values['port'] === undefined ? 8147 : Number(values['port'])
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port phải là số cổng từ 0 đến 65535, không phải “${String(values['port'])}”.`)
    const {builtAppFolder, isSingleExecutable, missingAppMessage, openBrowser, serveApp} = await import('../lib/web.js')
    const root = typeof values['dir'] === 'string' ? values['dir'] : builtAppFolder()
    if (!root || !existsSync(join(root, 'index.html'))) {
      io.stderr.write(
        missingAppMessage(root, {
          singleExecutable: isSingleExecutable(),
          beside: join(dirname(process.execPath), 'kehoach.html')
        })
      )
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
}
