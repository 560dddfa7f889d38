/**
 * The `kehoach` command line. `run(argv, io)` returns the exit code, so tests can
 * call it in-process: 0 success (warnings allowed), 1 the input has errors, 2 usage, 3 a defect of
 * kehoach itself (one line; `KEHOACH_DEBUG=1` adds the stack).
 * This module only dispatches: each command (its options, help and work) is a module of
 * `commands/`, and the main help is made from the table below.
 */

import {parseArgs} from 'node:util'
import {UsageError, type Command, type Io} from './command.js'
import {terminalLine} from './lib/terminal.js'
import {check} from './commands/check.js'
import {diff} from './commands/diff.js'
import {init} from './commands/init.js'
import {parse} from './commands/parse.js'
import {render} from './commands/render.js'
import {review} from './commands/review.js'
import {schemes} from './commands/schemes.js'
import {validate} from './commands/validate.js'
import {web} from './commands/web.js'

export type {Io} from './command.js'

const VERSION = '0.1.0'

/** Every command, in the order the main help lists them. */
const COMMANDS: readonly Command[] = [parse, validate, check, review, schemes, render, diff, init, web]
const BY_NAME = new Map(COMMANDS.map((command) => [command.name, command]))

/** The width of the first column of the main help: the longest command and synopsis, then two spaces. */
const COLUMN =
  COMMANDS.reduce((widest, command) => Math.max(widest, `${command.name} ${command.synopsis}`.trimEnd().length), 0) + 2
const row = (left: string, right: string) => `  ${left.padEnd(COLUMN)}${right}\n`

const MAIN_HELP =
  `kehoach ${VERSION}: đọc, kiểm tra và xuất Kế hoạch triển khai Đề án\n\n` +
  'Cách dùng: kehoach <lệnh> [tùy chọn]\n\n' +
  'Lệnh:\n' +
  COMMANDS.map((command) => row(`${command.name} ${command.synopsis}`.trimEnd(), command.summary)).join('') +
  '\nTùy chọn chung:\n' +
  row('-h, --help', 'In hướng dẫn (kehoach <lệnh> --help cho từng lệnh)') +
  row('-v, --version', 'In phiên bản') +
  '\nMã thoát: 0 thành công (có thể có cảnh báo), 1 đầu vào có lỗi, 2 dùng sai lệnh, 3 lỗi của chính kehoach.\n'

/** Run the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = process): Promise<number> {
  if (io === process) {
    endQuietlyOnClosedPipe()
    keepYoungGenerationSmall()
  }
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write((rest[0] && BY_NAME.get(rest[0])?.help) || MAIN_HELP)
    return name === undefined ? 2 : 0
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  const command = BY_NAME.get(name)
  if (!command) {
    io.stderr.write(`kehoach: không có lệnh “${name}”. Xem kehoach --help.\n`)
    return 2
  }
  try {
    const {values, positionals} = parseArgs({
      args: [...rest],
      options: command.options,
      allowPositionals: true,
      strict: true
    })
    if (values['help']) {
      io.stdout.write(command.help)
      return 0
    }
    return await command.run(positionals, values, io)
  } catch (error) {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`kehoach ${name}: ${terminalLine(localiseArgError(error as Error))}\n`)
      return 2
    }
    io.stderr.write(internalError(name, error))
    return 3
  }
}

/**
 * `kehoach parse big.yaml | head`: when the reader of standard output (or error) closes its end,
 * a write fails with EPIPE, which Node raises as an unhandled 'error' event with a stack trace. A
 * closed pipe is not an error: nobody is left to read, so the process ends at once, with exit code
 * 0 (as a shell's own commands do when SIGPIPE is ignored and they stop writing).
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0)
      throw error
    })
  }
}

/**
 * V8 doubles its young generation each time a scavenge leaves it full (`--semi-space-growth-factor`,
 * 2), and Node 24 lets it reach 3 × 32 MB on a machine with memory to spare: reading a large plan,
 * which makes millions of short-lived objects, peaked 100-150 MB higher on Node 24 than on Node 20
 * for the same work (docs/robustness.md). A factor of 1 keeps the young generation at its first size;
 * the scavenges it adds cost little next to the reading (the 1 MB Markdown floods and the render of a
 * 0.85 MB plan: 340-390 MB → 210-260 MB on Node 24, about the same CPU time). This flag is read each
 * time V8 decides to grow the space, so setting it once the process has started takes effect, as
 * `--max-semi-space-size` does not. Only the command line sets it: a program that embeds the packages
 * keeps its own settings.
 */
function keepYoungGenerationSmall(): void {
  // Loaded here, not at the top: the single executable's check workers load this bundle too, and
  // node:v8 loaded in a worker of a startup snapshot aborts (Node 24: shutdown_wrap_template).
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1')
}

/**
 * The one line for a defect of kehoach itself, which no input should reach: what failed, and what
 * to do. The stack only with `KEHOACH_DEBUG=1`, for whoever mends it.
 */
function internalError(name: string, error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const stack = process.env['KEHOACH_DEBUG'] && error instanceof Error && error.stack ? `${error.stack}\n` : ''
  return (
    `kehoach ${name}: lỗi nội bộ của kehoach (không phải lỗi của tệp): ${what.split('\n')[0]}. ` +
    'Xin báo lỗi kèm tệp đầu vào; KEHOACH_DEBUG=1 in thêm vết ngăn xếp.\n' +
    stack
  )
}

/** node:util's argument errors, matched by `code`, in Vietnamese. */
function localiseArgError(error: Error): string {
  const option = /'([^']+)'/.exec(error.message)?.[1]
  const code = (error as {code?: string}).code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `tùy chọn không hợp lệ “${option ?? error.message}”.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `tùy chọn ${option ?? ''} cần một giá trị.`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `thừa đối số “${option ?? ''}”.`
  return error.message
}
