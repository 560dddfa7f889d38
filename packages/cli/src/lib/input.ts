/**
 * Reading input files safely: a missing file, a directory, a file over the size
 * limit, a binary or non-UTF-8 file and an empty file each get one clear diagnostic.
 */

import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import {diagnostic, firstInvalidUtf8, repairMojibake, type Diagnostic} from '@kehoach/model'

/** Default largest input, in bytes (20 MiB): plans are tens of kilobytes. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024

export type InputResult = {ok: true; text: string; warning?: Diagnostic} | {ok: false; message: Diagnostic}

/** Check raw bytes: binary (NUL), invalid UTF-8 and emptiness. */
export function decodeInput(bytes: Uint8Array, file: string): InputResult {
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, message: diagnostic('input-binary', {offset: nul}, {file})}
  let text: string
  let warning: Diagnostic | undefined
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    // A file cut in the middle of its last character: read what is whole, and say so.
    if (!truncatedAt(bytes, offset)) return {ok: false, message: diagnostic('input-encoding', {offset}, {file})}
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes.subarray(0, offset))
    warning = diagnostic('input-truncated', {offset, size: bytes.length}, {file})
  }
  if (text.trim().length === 0) return {ok: false, message: diagnostic('input-empty', null, {file})}
  return warning ? {ok: true, text, warning} : {ok: true, text}
}

/** True when the bytes from `offset` to the end are the start of one multi-byte character, cut off. */
function truncatedAt(bytes: Uint8Array, offset: number): boolean {
  const lead = bytes[offset]
  if (lead === undefined) return false
  const length = lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0
  if (length === 0 || offset + length <= bytes.length) return false
  for (let k = offset + 1; k < bytes.length; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) return false
  return true
}


/** Bytes of an input file, or the diagnostic that says why there are none. */
export type BytesResult = {ok: true; bytes: Uint8Array} | {ok: false; message: Diagnostic}

/** Read a file (or standard input for "-") as text, with every failure turned into a diagnostic. */
export async function readInput(
  file: string,
  options?: Readonly<{maxSize?: number; stdin?: NodeJS.ReadableStream}> | null
): Promise<InputResult> {
  const bytes = await readBytes(file, options)
  return bytes.ok ? decodeAnyText(bytes.bytes, file) : bytes
}

// Characters that never occur in Unicode Vietnamese text but are letters in TCVN3 or VNI.
const LEGACY_SIGNS = /[¡-¬®µ-¹»-¾ÆÇËÎÏÑÖ×ØÜÞßåæçëîïñö÷øûüþ\u00AD]/u

/**
 * Text in any encoding a Vietnamese file arrives in: UTF-8 as `decodeInput` reads it; UTF-16
 * with a byte order mark, Windows-1258, TCVN3 and VNI through `@kehoach/files` (loaded only
 * for such files), with a warning naming the encoding found.
 */
export async function decodeAnyText(bytes: Uint8Array, file: string): Promise<InputResult> {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  const plain = utf16 ? undefined : decodeInput(bytes, file)
  if (plain && (plain.ok ? !LEGACY_SIGNS.test(plain.text) : plain.message.ruleId !== 'input-encoding')) return plain.ok ? repaired(plain, file) : plain
  const {decodeText} = await import('@kehoach/files')
  const decoded = decodeText(bytes, {file})
  if (!decoded.ok) return plain ?? {ok: false, message: diagnostic('input-encoding', {offset: decoded.offset}, {file})}
  if (decoded.text.trim().length === 0) return {ok: false, message: diagnostic('input-empty', null, {file})}
  const warning = decoded.messages[0]
  // Not a legacy encoding after all: maybe UTF-8 read once as Windows-1252.
  if (!warning) return repaired({ok: true, text: decoded.text}, file)
  return {ok: true, text: decoded.text, warning}
}

/** UTF-8 that was once read as Windows-1252 and saved again ("á»¦y ban"), put back where the bytes allow, with a warning. */
function repaired(input: Extract<InputResult, {ok: true}>, file: string): InputResult {
  const {text, messages} = repairMojibake(input.text, {file})
  const warning = input.warning ?? messages[0]
  return warning ? {ok: true, text, warning} : {ok: true, text}
}

/** Read a file (or standard input for "-") as bytes, under the size limit. */
export async function readBytes(
  file: string,
  options?: Readonly<{maxSize?: number; stdin?: NodeJS.ReadableStream}> | null
): Promise<BytesResult> {
  const maxSize = options?.maxSize ?? DEFAULT_MAX_SIZE
  if (file === '-') {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of options?.stdin ?? process.stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buffer.length
      if (size > maxSize) return {ok: false, message: diagnostic('input-too-large', {size: `> ${maxSize}`, limit: maxSize}, {file: '-'})}
      chunks.push(buffer)
    }
    return {ok: true, bytes: Buffer.concat(chunks)}
  }
  // Synchronous on purpose: one open file descriptor for the size check and the read (no
  // window between them), no thread-pool round trips per file, and a read bounded by
  // the limit even for files that report no size (/dev/zero, /proc files).
  let descriptor: number
  try {
    descriptor = openSync(file, 'r')
  } catch (error) {
    return unreadable(file, error)
  }
  try {
    const info = fstatSync(descriptor)
    if (info.isDirectory()) return {ok: false, message: diagnostic('input-directory', {file}, {file})}
    if (info.size > maxSize) return {ok: false, message: diagnostic('input-too-large', {size: info.size, limit: maxSize}, {file})}
    let buffer = Buffer.allocUnsafe(Math.min(maxSize + 1, info.size > 0 ? info.size + 1 : 64 * 1024))
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > maxSize) break
        const bigger = Buffer.allocUnsafe(Math.min(maxSize + 1, length * 2))
        buffer.copy(bigger, 0, 0, length)
        buffer = bigger
      }
      const read = readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > maxSize) return {ok: false, message: diagnostic('input-too-large', {size: `> ${maxSize}`, limit: maxSize}, {file})}
    return {ok: true, bytes: buffer.subarray(0, length)}
  } catch (error) {
    return unreadable(file, error)
  } finally {
    closeSync(descriptor)
  }
}

function unreadable(file: string, error: unknown): {ok: false; message: Diagnostic} {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, message: diagnostic('input-not-found', {file}, {file})}
  if (code === 'EISDIR') return {ok: false, message: diagnostic('input-directory', {file}, {file})}
  return {ok: false, message: diagnostic('input-unreadable', {file, detail: code ?? String(error)}, {file})}
}
