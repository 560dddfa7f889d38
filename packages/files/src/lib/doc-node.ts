/**
 * Word 97 `.doc` files, read through LibreOffice when it is installed: `soffice --headless
 * --convert-to docx` in a private temporary profile, with a timeout, then the DOCX reader.
 * Node only (it runs a program); the browser build never imports this module.
 *
 * A document must never make the machine reach the network (a linked picture or stylesheet
 * at an `http://` address tells its author the file was opened, and reaches internal hosts):
 *
 * - only an OLE2 compound file (what Word 97 writes) goes to LibreOffice; HTML, RTF, ODT, flat
 *   ODT or anything else named `.doc` is refused by its first bytes (`doc-not-word97`), and an
 *   empty file is `input-empty`;
 * - LibreOffice runs with a fresh profile whose settings never update links or fields, block
 *   links from untrusted places, run no macros, and send every HTTP, HTTPS and FTP request to a
 *   proxy at 127.0.0.1:9 (the discard port, where nothing answers);
 * - where the platform allows it (Linux with `unshare`), it runs in a network namespace of its
 *   own, with no network at all;
 * - it runs in its own process group under `timeout`, so a hang ends even if this process is
 *   killed (and at once, where `setpriv --pdeathsig` is there); on this process's exit, SIGINT,
 *   SIGTERM or SIGHUP the group is killed and the copy of the document in the temporary folder
 *   is removed.
 */

import {spawn, spawnSync} from 'node:child_process'
import {accessSync, constants, rmSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {diagnostic, emptyPlan, type Diagnostic, type ReadResult} from '@kehoach/model'
import {readDocx, type DocxOptions} from './docx/read.js'

export interface DocOptions extends DocxOptions {
  /** The LibreOffice program (default `soffice`, or the `KEHOACH_SOFFICE` environment variable). */
  soffice?: string
  /** Longest conversion, in milliseconds (60 s). */
  timeout?: number
}

/** True when the bytes start like an OLE2 compound file (Word 97 `.doc`, among others). */
export function isOle2(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  return bytes.length >= 8 && magic.every((byte, index) => bytes[index] === byte)
}

/**
 * Why bytes that start with the OLE2 magic cannot be a compound file, in Vietnamese, or undefined when
 * the header holds. A compound file is a header sector (512 bytes, or 4096 in version 4) with byte
 * order FFFE and a sector size of 2^9 or 2^12, then at least a sector of its allocation table and
 * one of its directory. LibreOffice turns such a stub into an empty document, so it is not given one.
 */
export function ole2Damage(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 512) return `${bytes.length} byte, ít hơn phần đầu 512 byte của tệp Word 97`
  const version = view.getUint16(0x1a, true)
  const shift = view.getUint16(0x1e, true)
  if (view.getUint16(0x1c, true) !== 0xfffe || !((version === 3 && shift === 9) || (version === 4 && shift === 12)))
    return 'phần đầu tệp Word 97 không hợp lệ'
  if (bytes.length < 3 * 2 ** shift) return `${bytes.length} byte, thiếu bảng cấp phát và thư mục của tệp Word 97`
  return undefined
}

/** What a file that is not OLE2 is, in Vietnamese, by its first bytes (for `doc-not-word97`). */
export function kindOfBytes(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/u, '')
    .trimStart()
  const lower = head.toLowerCase()
  if (lower.startsWith('{\\rtf')) return 'văn bản RTF'
  if (head.startsWith('PK\u0003\u0004')) {
    const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
    if (text.includes('opendocument')) return 'tài liệu OpenDocument (ODT)'
    if (text.includes('word/')) return 'tài liệu Word (.docx)'
    return 'tệp nén ZIP'
  }
  if (head.startsWith('%PDF-')) return 'tệp PDF'
  if (lower.startsWith('<?xml') || lower.startsWith('<office:')) {
    return lower.includes('office:document')
      ? 'tài liệu OpenDocument phẳng (FODT)'
      : lower.includes('w:worddocument')
        ? 'tài liệu Word 2003 XML'
        : 'tệp XML'
  }
  if (lower.startsWith('<') || lower.includes('<html')) return 'trang HTML'
  if (lower.startsWith('mime-version:')) return 'trang web lưu một tệp (MHT)'
  return 'văn bản thường hoặc một định dạng khác'
}

export type Converted = {ok: true; docx: Uint8Array} | {ok: false; message: Diagnostic}

/**
 * The settings of LibreOffice's private profile: never update links or fields when loading,
 * block links from untrusted places, no macros, no update check, and every request through a
 * proxy on the discard port (nothing answers there).
 */
export const OFFICE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${[
  ['/org.openoffice.Office.Writer/Content/Update', 'Link', '0'],
  ['/org.openoffice.Office.Writer/Content/Update', 'Field', 'false'],
  ['/org.openoffice.Office.Writer/Content/Update', 'Chart', 'false'],
  ['/org.openoffice.Office.Common/Security/Scripting', 'BlockUntrustedRefererLinks', 'true'],
  ['/org.openoffice.Office.Common/Security/Scripting', 'MacroSecurityLevel', '3'],
  ['/org.openoffice.Office.Common/Security/Scripting', 'DisableMacrosExecution', 'true'],
  ['/org.openoffice.Office.Common/Misc', 'UseLocking', 'false'],
  [
    "/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments",
    'AutoCheckEnabled',
    'false'
  ],
  ['/org.openoffice.Inet/Settings', 'ooInetProxyType', '1'],
  ['/org.openoffice.Inet/Settings', 'ooInetHTTPProxyName', '127.0.0.1'],
  ['/org.openoffice.Inet/Settings', 'ooInetHTTPProxyPort', '9'],
  ['/org.openoffice.Inet/Settings', 'ooInetHTTPSProxyName', '127.0.0.1'],
  ['/org.openoffice.Inet/Settings', 'ooInetHTTPSProxyPort', '9'],
  ['/org.openoffice.Inet/Settings', 'ooInetFTPProxyName', '127.0.0.1'],
  ['/org.openoffice.Inet/Settings', 'ooInetFTPProxyPort', '9'],
  ['/org.openoffice.Inet/Settings', 'ooInetNoProxy', '']
]
  .map(
    ([path, name, value]) =>
      `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`
  )
  .join('\n')}
</oor:items>
`

/** The program's path: as given when it names a file, else found on PATH (with PATHEXT's endings on Windows); undefined when it cannot be run. */
export function findProgram(program: string): string | undefined {
  const runnable = (path: string): boolean => {
    try {
      accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  }
  const endings =
    process.platform === 'win32'
      ? ['', ...(process.env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
      : ['']
  const named = (path: string): string | undefined => endings.map((ending) => path + ending).find(runnable)
  if (program.includes('/') || program.includes('\\')) return named(program)
  for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
    const found = folder ? named(join(folder, program)) : undefined
    if (found) return found
  }
  return undefined
}

let isolation: string[] | undefined

/**
 * The command that runs a program without network, once found: `unshare -n` (as root),
 * `unshare -rn` (in a user namespace), or nothing where neither works (another platform, or a
 * kernel that forbids namespaces). Before it, `setpriv --pdeathsig TERM` where there is one: if
 * this process dies without cleaning up (SIGKILL, or a batch's worker thread when the process
 * ends), `timeout` below gets SIGTERM and passes it to LibreOffice's whole process group.
 */
export function isolationPrefix(): string[] {
  if (isolation) return isolation
  const works = (command: string, args: string[]): boolean => {
    if (process.platform !== 'linux') return false
    const result = spawnSync(command, [...args, 'true'], {stdio: 'ignore', timeout: 5000})
    return result.status === 0
  }
  const parent = works('setpriv', ['--pdeathsig', 'TERM']) ? ['setpriv', '--pdeathsig', 'TERM'] : []
  const network = works('unshare', ['-n'])
    ? ['unshare', '-n']
    : works('unshare', ['-r', '-n'])
      ? ['unshare', '-r', '-n']
      : []
  isolation = [...parent, ...network]
  return isolation
}

let timeoutWorks: boolean | undefined

/** True when coreutils' `timeout` (with `-k`) runs here: not Windows, whose `timeout.exe` only waits. */
function hasTimeout(): boolean {
  timeoutWorks ??=
    process.platform !== 'win32' &&
    spawnSync('timeout', ['-k', '1', '5', 'true'], {stdio: 'ignore', timeout: 5000}).status === 0
  return timeoutWorks
}

/** Convert `.doc` bytes to `.docx` bytes with LibreOffice. Never throws on content. */
export async function convertDoc(bytes: Uint8Array, options?: Readonly<DocOptions> | null): Promise<Converted> {
  const file = options?.file
  const place = {line: 1, column: 1}
  if (bytes.length === 0 || bytes.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09))
    return {ok: false, message: diagnostic('input-empty', null, {file, place})}
  if (!isOle2(bytes))
    return {ok: false, message: diagnostic('doc-not-word97', {kind: kindOfBytes(bytes)}, {file, place})}
  const damage = ole2Damage(bytes)
  if (damage) return {ok: false, message: diagnostic('doc-damaged', {detail: damage}, {file, place})}
  const program = findProgram(options?.soffice ?? process.env['KEHOACH_SOFFICE'] ?? 'soffice')
  if (!program) return {ok: false, message: diagnostic('doc-no-converter', null, {file, place})}
  const timeout = options?.timeout ?? 60_000
  const folder = await mkdtemp(join(tmpdir(), 'kehoach-doc-'))
  const cleanup = guard(folder)
  try {
    const input = join(folder, 'input.doc')
    await writeFile(input, bytes)
    await mkdir(join(folder, 'profile', 'user'), {recursive: true})
    await mkdir(join(folder, 'tmp'))
    await writeFile(join(folder, 'profile', 'user', 'registrymodifications.xcu'), OFFICE_SETTINGS)
    const profile = pathToFileURL(join(folder, 'profile')).href
    const office = [
      program,
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'docx',
      '--outdir',
      join(folder, 'out'),
      input
    ]
    const limit = hasTimeout() ? ['timeout', '-k', '2', String(Math.ceil(timeout / 1000) + 1)] : []
    const [command, ...args] = [...isolationPrefix(), ...limit, ...office] as [string, ...string[]]
    // LibreOffice's own temporary files (lu<pid>….tmp) go in our folder, removed with it: in the
    // system's, an interrupted conversion left them behind.
    const temporary = join(folder, 'tmp')
    const env = {...process.env, TMPDIR: temporary, TMP: temporary, TEMP: temporary}
    const outcome = await run(command, args, timeout, cleanup, env)
    try {
      return {ok: true, docx: new Uint8Array(await readFile(join(folder, 'out', 'input.docx')))}
    } catch {
      const detail =
        outcome.code === null
          ? 'không có tệp kết quả'
          : outcome.code === 'timeout'
            ? `quá ${Math.round(timeout / 1000)} giây`
            : `mã ${String(outcome.code)}`
      return {ok: false, message: diagnostic('doc-conversion-failed', {detail}, {file, place})}
    }
  } finally {
    cleanup.release()
    await rm(folder, {recursive: true, force: true})
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

interface Guard {
  /** The process group to kill when this process ends first. */
  group?: number
  release(): void
}

/**
 * While a conversion runs: on this process's exit or a signal that ends it, kill LibreOffice's
 * process group and remove the temporary folder (the copy of the document), then let the
 * signal do what it would have done.
 */
function guard(folder: string): Guard {
  const state: Guard = {release}
  const kill = (): void => {
    if (state.group !== undefined) {
      try {
        process.kill(-state.group, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    rmSync(folder, {recursive: true, force: true})
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    kill()
    release()
    // Nobody else listens: end as the signal would have ended this process.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  }
  process.on('exit', kill)
  for (const signal of SIGNALS) process.on(signal, onSignal)
  function release(): void {
    process.off('exit', kill)
    for (const signal of SIGNALS) process.off(signal, onSignal)
  }
  return state
}

/**
 * Run a program in its own process group, so that a timeout kills LibreOffice's launcher and
 * the office process it starts together, and nothing is left running.
 */
function run(
  program: string,
  args: string[],
  timeout: number,
  guarded: Guard,
  env: NodeJS.ProcessEnv
): Promise<{code: string | number | null}> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (code: string | number | null): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({code})
    }
    const child = spawn(program, args, {detached: true, stdio: 'ignore', env})
    if (child.pid !== undefined) guarded.group = child.pid
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      finish('timeout')
    }, timeout)
    child.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'failed'))
    child.on('close', (code) => {
      // What the launcher left behind in its group goes with it.
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Nothing left.
      }
      finish(code === 0 ? null : code)
    })
  })
}

/** Read a Word 97 plan: LibreOffice to DOCX, then `readDocx`; positions are the converted document's paragraphs. */
export async function readDoc(bytes: Uint8Array, options?: Readonly<DocOptions> | null): Promise<ReadResult> {
  const converted = await convertDoc(bytes, options)
  if (!converted.ok) return {plan: emptyPlan(), messages: [converted.message]}
  const result = readDocx(converted.docx, options)
  const note = diagnostic('doc-converted', null, {file: options?.file, place: {line: 1, column: 1}})
  return {plan: result.plan, messages: [note, ...result.messages]}
}
