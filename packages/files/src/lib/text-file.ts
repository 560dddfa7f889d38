/**
 * The text of a text file, decoded the one way every reader of text files takes it: UTF-8 (a
 * binary, wrongly encoded or empty file gets one located diagnostic; a file cut in the middle
 * of its last character is read up to it, with a warning); UTF-32 and UTF-16 with a byte order mark,
 * Windows-1258, TCVN3 and VNI converted with a warning that names the encoding; UTF-8 that was
 * once read as Windows-1252 ("á»¦y ban") put back, with a warning.
 */

import {diagnostic, type Diagnostic} from '@kehoach/model'
import {firstInvalidUtf8, repairMojibake} from './mojibake.js'

/** A decoded text and at most one warning about how it was decoded, or the diagnostic that says why there is no text. */
export type TextResult = {ok: true; text: string; warning?: Diagnostic} | {ok: false; message: Diagnostic}

/** Check raw bytes as UTF-8: binary (NUL), invalid UTF-8 and emptiness. */
function decodeUtf8(bytes: Uint8Array, file: string): TextResult {
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

// Characters that never occur in Unicode Vietnamese text but are letters in TCVN3 or VNI.
const LEGACY_SIGNS = /[¡-¬®µ-¹»-¾ÆÇËÎÏÑÖ×ØÜÞßåæçëîïñö÷øûüþ\u00AD]/u

/**
 * The UTF-32 or UTF-16 byte order mark the bytes start with. UTF-32's are checked first: its
 * little-endian mark, FF FE 00 00, starts like UTF-16's (a UTF-16 text does not start with U+0000).
 */
export function byteOrderMark(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | 'utf-16le' | 'utf-16be' | undefined {
  const [a, b, c, d] = bytes
  if (bytes.length >= 4 && a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le'
  if (bytes.length >= 4 && a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be'
  if (a === 0xff && b === 0xfe) return 'utf-16le'
  if (a === 0xfe && b === 0xff) return 'utf-16be'
  return undefined
}

/**
 * The text of a text file's bytes (see the module's comment). The legacy decoders load only
 * for a file that needs them. Never throws on content.
 */
export async function readText(bytes: Uint8Array, file: string): Promise<TextResult> {
  const plain = byteOrderMark(bytes) ? undefined : decodeUtf8(bytes, file)
  if (plain && (plain.ok ? !LEGACY_SIGNS.test(plain.text) : plain.message.ruleId !== 'input-encoding'))
    return plain.ok ? repaired(plain, file) : plain
  const {decodeText} = await import('./encoding.js')
  const decoded = decodeText(bytes, {file})
  if (!decoded.ok) return plain ?? {ok: false, message: diagnostic('input-encoding', {offset: decoded.offset}, {file})}
  if (decoded.text.trim().length === 0) return {ok: false, message: diagnostic('input-empty', null, {file})}
  const warning = decoded.messages[0]
  // Not a legacy encoding after all: maybe UTF-8 read once as Windows-1252.
  if (!warning) return repaired({ok: true, text: decoded.text}, file)
  return {ok: true, text: decoded.text, warning}
}

/** UTF-8 that was once read as Windows-1252 and saved again ("á»¦y ban"), put back where the bytes allow, with a warning. */
function repaired(input: Extract<TextResult, {ok: true}>, file: string): TextResult {
  const {text, messages} = repairMojibake(input.text, {file})
  const warning = input.warning ?? messages[0]
  return warning ? {ok: true, text, warning} : {ok: true, text}
}
