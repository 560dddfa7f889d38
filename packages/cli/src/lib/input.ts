/**
 * Reading input files safely: a missing file, a directory, a file over the size limit each
 * get one clear diagnostic; a binary, non-UTF-8 or empty file gets one from `readText` of
 * @kehoach/files, which decodes text files for the CLI and the web app alike.
 */

import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import {diagnostic, type Diagnostic} from '@kehoach/model'
import {readText, type TextResult} from '@kehoach/files'

/** Default largest input, in bytes (20 MiB): plans are tens of kilobytes. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024

/** Bytes of an input file, or the diagnostic that says why there are none. */
export type BytesResult = {ok: true; bytes: Uint8Array} | {ok: false; message: Diagnostic}

/** Read a file (or standard input for "-") as text, with every failure turned into a diagnostic. */
export async function readInput(
  file: string,
  options?: Readonly<{maxSize?: number; stdin?: NodeJS.ReadableStream}> | null
): Promise<TextResult> {
  const bytes = await readBytes(file, options)
  return bytes.ok ? readText(bytes.bytes, file) : bytes
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
      if (size > maxSize)
        return {ok: false, message: diagnostic('input-too-large', {size: `> ${maxSize}`, limit: maxSize}, {file: '-'})}
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
    if (info.size > maxSize)
      return {ok: false, message: diagnostic('input-too-large', {size: info.size, limit: maxSize}, {file})}
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
    if (length > maxSize)
      return {ok: false, message: diagnostic('input-too-large', {size: `> ${maxSize}`, limit: maxSize}, {file})}
    return {ok: true, bytes: buffer.subarray(0, length)}
  } catch (error) {
    return unreadable(file, error)
  } finally {
    closeSync(descriptor)
  }
}

function unreadable(file: string, error: unknown): {ok: false; message: Diagnostic} {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return {ok: false, message: diagnostic('input-not-found', {file}, {file})}
  if (code === 'EISDIR') return {ok: false, message: diagnostic('input-directory', {file}, {file})}
  return {ok: false, message: diagnostic('input-unreadable', {file, detail: code ?? String(error)}, {file})}
}
