/**
 * What a command of the `kehoach` command line is: one row of the command table (its name,
 * its line in the main help, its options, its help text and what it does), and what the
 * commands share: usage errors, reading option values, printing diagnostics and writing a result.
 */

import {statSync} from 'node:fs'
import {basename, extname, join, resolve} from 'node:path'
import type {ParseArgsConfig} from 'node:util'
import {diagnostic, formatDiagnostic, sortDiagnostics, type Diagnostic} from '@kehoach/model'
import {batches, writeOutput, type Content} from './lib/output.js'
import {withFlag} from './lib/flags.js'
import {forStdout, terminalLine, type PrintedKind} from './lib/terminal.js'

export interface Io {
  stdout: {write(chunk: string): unknown; isTTY?: boolean}
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  stdin?: NodeJS.ReadableStream
}

/**
 * `{stdin: io.stdin}` when one of `files` is `-` (standard input), else nothing. Reading the `stdin`
 * of `process` makes Node's stream for descriptor 0 (5-10 ms at a command's start: the stream
 * modules, a pipe or file handle), which a command on named files never reads.
 */
export function stdinFor(io: Io, files: readonly string[]): {stdin?: NodeJS.ReadableStream} {
  if (!files.includes('-')) return {}
  const stdin = io.stdin
  return stdin ? {stdin} : {}
}

/** Option values as `node:util` `parseArgs` gives them. */
export type Values = Record<string, string | boolean | undefined | Array<string | boolean>>

export interface Command {
  /** The word after `kehoach`. */
  name: string
  /** What follows the name in the main help ("<tệp>", "[Đề án]"), and the one-line summary after it. */
  synopsis: string
  summary: string
  /** The options `parseArgs` accepts (strict: any other option is a usage error). */
  options: NonNullable<ParseArgsConfig['options']>
  /** `kehoach <name> --help`. */
  help: string
  /** Run with the parsed arguments; resolves to the exit code. Throws `UsageError` for misuse. */
  run(positionals: string[], values: Values, io: Io): Promise<number>
}

/** Wrong use of a command: printed as "kehoach <lệnh>: <message>", exit code 2. */
export class UsageError extends Error {}

/** `-h` and the options of the commands that read plans. */
export const HELP_OPTION = {help: {type: 'boolean', short: 'h'}} as const satisfies Command['options']
export const READ_OPTIONS = {
  ...HELP_OPTION,
  from: {type: 'string'},
  'max-size': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'}
} as const satisfies Command['options']

/**
 * Lines printed of one rule's warnings and notes for one file. A generated plan of 7,600 tasks
 * without a lead printed 9,835 lines; past this many, one line says how many more there are (one
 * more is printed as it is). Errors are all printed, and `validate`, whose output they are, prints
 * every one (`every`).
 */
const MESSAGES_A_RULE = 50

export function printMessages(io: Io, messages: Diagnostic[], quiet: boolean, every = false): void {
  const printed = new Map<string, number>()
  const left = new Map<string, Diagnostic[]>()
  const print = (message: Diagnostic): void => {
    io.stderr.write(terminalLine(formatDiagnostic(withFlag(message))) + '\n')
  }
  for (const message of sortDiagnostics([...messages])) {
    if (quiet && message.fatal !== true) continue
    if (!every && message.fatal !== true) {
      const key = `${message.file ?? ''}\u0000${message.ruleId}`
      const count = (printed.get(key) ?? 0) + 1
      printed.set(key, count)
      if (count > MESSAGES_A_RULE) {
        const more = left.get(key)
        if (more) more.push(message)
        else left.set(key, [message])
        continue
      }
    }
    print(message)
  }
  for (const more of left.values()) {
    const first = more[0] as Diagnostic
    if (more.length === 1) print(first)
    else {
      const parameters = {count: more.length, rule: first.ruleId, limit: MESSAGES_A_RULE}
      print(diagnostic('messages-elided', parameters, first.file ? {file: first.file} : null))
    }
  }
}

export function maxSizeOf(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const size = Number(value)
  if (!Number.isInteger(size) || size <= 0)
    throw new UsageError(`--max-size phải là số byte nguyên dương, không phải “${String(value)}”.`)
  return size
}

/** One of `allowed`, `fallback` when the option is not given; anything else is a usage error. */
export function choice<T extends string>(value: unknown, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option} phải là ${allowed.join(', ')}, không phải “${String(value)}”.`)
}

export function useColour(io: Io, toFile: boolean): boolean {
  return !toFile && io.stdout.isTTY === true && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb'
}

/** A Word file is never written under the name of another document format (.pdf, .doc, .odt, …): it would open as neither. */
export function docxTarget(output: string | undefined): void {
  if (output && /\.(?:pdf|doc|docm|odt|rtf|txt|md|html?|json|ya?ml|xlsx?|csv)$/iu.test(output))
    throw new UsageError(
      `tệp ra của định dạng docx phải có đuôi .docx, không phải “${output}” (kehoach không xuất PDF; mở tệp .docx bằng Word hoặc LibreOffice để in ra PDF).`
    )
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Write a command's result to `-o <file>` (`-o -` is standard output) or standard
 * output. A file that cannot be written is one diagnostic line and exit code 1.
 */
export async function emit(
  io: Io,
  output: string | undefined,
  content: Content,
  options?: Readonly<{overwrite?: boolean; kind?: PrintedKind; colour?: boolean}>
): Promise<number> {
  if (output === undefined || output === '-') {
    // A Word file's bytes are not for a terminal: they would print as noise and escape sequences.
    if (content instanceof Uint8Array && io.stdout.isTTY === true) {
      io.stderr.write(`${terminalLine(formatDiagnostic(withFlag(diagnostic('output-terminal', {}))))}\n`)
      return 1
    }
    // A document's words drive no terminal: control characters and escape sequences do not get through.
    const kind = options?.kind ?? 'text'
    for (const batch of batches(content))
      io.stdout.write(
        typeof batch === 'string'
          ? forStdout(batch, kind, {colour: options?.colour === true})
          : (batch as unknown as string)
      )
    return 0
  }
  const problem = await writeOutput(output, content, options)
  if (!problem) return 0
  io.stderr.write(terminalLine(formatDiagnostic(withFlag(problem))) + '\n')
  return 1
}

/** The same file on disk (device and inode, through links), or the same path when neither exists yet. */
function sameFile(a: string, b: string): boolean {
  if (a === '-' || b === '-') return false
  try {
    const left = statSync(a)
    const right = statSync(b)
    return left.dev === right.dev && left.ino === right.ino
  } catch {
    return resolve(a) === resolve(b)
  }
}

/**
 * Whether two input names are one input, to be read once: both `-` (standard input, which a second
 * read would find empty), or one file on disk by two names (the same name, `./a`, a link, a hard link).
 */
export function sameInput(a: string, b: string): boolean {
  return a === '-' || b === '-' ? a === b : sameFile(a, b)
}

/**
 * `output-is-input` when `output` is one of `inputs` (the same file, by any path or link):
 * writing it would destroy what is being read. Checked before anything is read or written.
 */
export function outputIsInput(inputs: readonly string[], output: string | undefined): Diagnostic | undefined {
  if (output === undefined || output === '-' || output === '') return undefined
  const input = inputs.find((each) => sameFile(each, output))
  return input === undefined ? undefined : diagnostic('output-is-input', {file: output, input}, {file: output})
}

/** How two output names are compared: the same on a case-insensitive, normalising file system (Windows, macOS). */
const nameKey = (path: string): string => resolve(path).normalize('NFC').toLowerCase()

/**
 * The output of each input in a batch written to `folder` (`<folder>/<name><extension>`), or the
 * diagnostics that refuse the batch before anything is written: a target that is an input
 * (`output-is-input`) or two inputs that give one target (`output-collision`).
 */
export function batchTargets(
  inputs: readonly string[],
  folder: string,
  extension: string
): {targets: string[]; messages: Diagnostic[]} {
  const targets = inputs.map((file) => join(folder, `${basename(file, extname(file))}${extension}`))
  const messages: Diagnostic[] = []
  const seen = new Map<string, number>()
  for (const [index, target] of targets.entries()) {
    const clash = outputIsInput(inputs, target)
    if (clash) messages.push(clash)
    const key = nameKey(target)
    const first = seen.get(key)
    if (first === undefined) seen.set(key, index)
    else
      messages.push(
        diagnostic(
          'output-collision',
          {file: target, input: inputs[first] as string, other: inputs[index] as string},
          {file: target}
        )
      )
  }
  return {targets, messages}
}
