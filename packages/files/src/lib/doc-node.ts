/**
 * Word 97 `.doc` files, read through LibreOffice when it is installed: `soffice --headless
 * --convert-to docx` in a private temporary profile, with a timeout, then the DOCX reader.
 * Node only (it runs a program); the browser build never imports this module.
 */

import {spawn} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
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

export type Converted = {ok: true; docx: Uint8Array} | {ok: false; message: Diagnostic}

/** Convert `.doc` bytes to `.docx` bytes with LibreOffice. Never throws on content. */
export async function convertDoc(bytes: Uint8Array, options?: Readonly<DocOptions> | null): Promise<Converted> {
  const file = options?.file
  const place = {line: 1, column: 1}
  const program = options?.soffice ?? process.env['KEHOACH_SOFFICE'] ?? 'soffice'
  const folder = await mkdtemp(join(tmpdir(), 'kehoach-doc-'))
  try {
    const input = join(folder, 'input.doc')
    await writeFile(input, bytes)
    const profile = pathToFileURL(join(folder, 'profile')).href
    const outcome = await run(
      program,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(folder, 'out'), input],
      options?.timeout ?? 60_000
    )
    if (outcome.code === 'ENOENT') return {ok: false, message: diagnostic('doc-no-converter', null, {file, place})}
    try {
      return {ok: true, docx: new Uint8Array(await readFile(join(folder, 'out', 'input.docx')))}
    } catch {
      const detail =
        outcome.code === null ? 'không có tệp kết quả' : outcome.code === 'timeout' ? `quá ${Math.round((options?.timeout ?? 60_000) / 1000)} giây` : `mã ${String(outcome.code)}`
      return {ok: false, message: diagnostic('doc-conversion-failed', {detail}, {file, place})}
    }
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

/**
 * Run a program in its own process group, so that a timeout kills LibreOffice's launcher and
 * the office process it starts together, and nothing is left running.
 */
function run(program: string, args: string[], timeout: number): Promise<{code: string | number | null}> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (code: string | number | null): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({code})
    }
    const child = spawn(program, args, {detached: true, stdio: 'ignore'})
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      finish('timeout')
    }, timeout)
    child.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'failed'))
    child.on('close', (code) => finish(code === 0 ? null : code))
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
