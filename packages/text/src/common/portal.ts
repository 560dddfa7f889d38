/**
 * What a legal portal wraps around a document, taken off before the structure reader
 * sees it: emphasis markers (`**bold**`, `*italic*`, also across line breaks and around
 * half a word), heading hashes, backslash escapes, the outer pipes and separator rows of
 * pipe tables, numbering labels left alone on their line by the markers ("**1.\n**Thành
 * lập …"), and the portal's own notices before and after the document.
 *
 * Nothing is rewritten: characters are only dropped, and the offset map of the
 * normalised text is carried through, so every position still points at the original.
 * One pass over the text, so linear in its length.
 */

import type {NormalizedText} from '@kehoach/vietnamese'
import {PORTAL_FURNITURE} from './vocabulary.js'

/** A label alone on its line, which the portal's markers cut from its text. */
const LONE_LABEL = /^(?:[IVXLC]{1,6}|[A-Z]|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]$|^\(\d{1,3}\)$|^[-+•]$|^Số\s*:$/u
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$/u
const QUOC_HIEU = /^CỘNG HÒA\b/u

/** Does this look like a legal portal's export (or a copy with its markup) rather than kehoach's own Markdown? */
export function looksLikePortalExport(text: string): boolean {
  if (/^\uFEFF?---\r?\n/u.test(text)) return false
  let pipes = 0
  let bold = 0
  let lineCount = 0
  let start = 0
  while (start < text.length && lineCount < 120) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end).trim()
    if (line === '|') pipes++
    if (/^\*\*.*(?:CỘNG HÒA|KẾ HOẠCH|QUYẾT ĐỊNH|ỦY BAN|UỶ BAN)/u.test(line)) bold++
    start = end + 1
    lineCount++
  }
  return pipes >= 2 || bold >= 1
}

/** Take the portal's markup and furniture off a normalised text, keeping the offset map. */
export function stripPortalMarkup(source: NormalizedText): NormalizedText {
  const text = source.text
  const lines: Array<{start: number; end: number}> = []
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    lines.push({start, end})
    start = end + 1
  }
  const [first, last] = documentBounds(text, lines)

  // Characters are only dropped, so the output is never longer than the input.
  const out: Output = {units: new Uint16Array(text.length + 1), map: new Int32Array(text.length + 2), size: 0}
  let previousStart = 0
  let previousSize = 0
  let newlineAt = -1
  for (let index = 0; index < lines.length; index++) {
    const {start, end} = lines[index] as {start: number; end: number}
    const lineStart = out.size
    if (index >= first && index < last) cleanLine(text, start, end, source.map, out)
    const size = out.size - lineStart
    // A label the markers left alone on its line goes back in front of its text: the line end
    // between them becomes a space.
    if (
      newlineAt !== -1 &&
      previousSize > 0 &&
      previousSize <= 12 &&
      size > 0 &&
      isLoneLabel(out, previousStart, previousSize) &&
      !isLoneLabel(out, lineStart, Math.min(size, 12))
    ) {
      out.units[newlineAt] = 0x20
    }
    previousStart = lineStart
    previousSize = size
    if (index === lines.length - 1) break
    newlineAt = out.size
    out.units[out.size] = 0x0a
    out.map[out.size] = source.map[end] as number
    out.size++
  }
  out.map[out.size] = source.map[text.length] as number
  let result = ''
  for (let at = 0; at < out.size; at += 8192)
    result += String.fromCharCode.apply(
      null,
      out.units.subarray(at, Math.min(out.size, at + 8192)) as unknown as number[]
    )
  return {text: result, map: out.map.slice(0, out.size + 1), original: source.original, lineStarts: source.lineStarts}
}

interface Output {
  units: Uint16Array
  map: Int32Array
  size: number
}

function isLoneLabel(out: Output, start: number, size: number): boolean {
  return LONE_LABEL.test(
    String.fromCharCode.apply(null, out.units.subarray(start, start + size) as unknown as number[])
  )
}

/** The lines [first, last) that hold the document itself: from its header to the portal's notices after it. */
function documentBounds(text: string, lines: ReadonlyArray<{start: number; end: number}>): [number, number] {
  let first = 0
  let last = lines.length
  const rawText = (index: number) => {
    const line = lines[index] as {start: number; end: number}
    return text.slice(line.start, line.end).trim()
  }
  const lineText = (index: number) =>
    rawText(index)
      .replace(/[*#\\]/gu, '')
      .trim()
  // The document starts with the cell before the Quốc hiệu (the issuer), when notices come first.
  let quocHieu = -1
  for (let index = 0; index < lines.length; index++) {
    if (QUOC_HIEU.test(lineText(index))) {
      quocHieu = index
      break
    }
  }
  if (quocHieu > 0) {
    let index = quocHieu - 1
    while (index >= 0 && (lineText(index) === '|' || lineText(index) === '')) index--
    let cellStart = index
    let taken = 0
    // The issuer's cell goes back to the "|" that opens the header row (blank lines and lines of
    // markers alone, "**", are inside it).
    while (index >= 0 && lineText(index) !== '|' && taken < 8) {
      if (lineText(index) !== '') cellStart = index
      index--
      taken++
    }
    // Only cut when the portal's notices come first: a copy that starts with its header keeps all.
    if (cellStart > 0 && hasNotices(0, cellStart, lineText)) first = cellStart
  }
  for (let index = first; index < lines.length; index++) {
    const line = lineText(index)
    if (line && PORTAL_FURNITURE.some((pattern) => pattern.test(line))) {
      last = index
      break
    }
  }
  return [first, last]
}

function hasNotices(from: number, to: number, lineText: (index: number) => string): boolean {
  for (let index = from; index < to; index++) {
    const line = lineText(index)
    if (line && (PORTAL_FURNITURE.some((pattern) => pattern.test(line)) || PORTAL_SUMMARY.test(line))) return true
  }
  return false
}

/** The portal's summary table before a document: "Số hiệu:", "Loại văn bản:", "Nơi ban hành:" … */
const PORTAL_SUMMARY =
  /^(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng)\s*:/u

/** One line without its markup, appended to `out` (original offsets through `sourceMap`). */
function cleanLine(text: string, start: number, end: number, sourceMap: Int32Array, out: Output): void {
  let from = start
  let to = end
  while (from < to && text.charCodeAt(from) === 0x20) from++
  while (to > from && text.charCodeAt(to - 1) === 0x20) to--
  const lineStart = out.size
  // Nothing but markers: an empty line.
  if (onlyMarkers(text, from, to)) return
  const head = text.slice(from, Math.min(to, from + 8))
  if (head.startsWith('|') || head.startsWith(':') || head.startsWith('-')) {
    if (to - from < 4096 && TABLE_SEPARATOR.test(text.slice(from, to))) return
  }
  // A heading's hashes.
  const hashes = /^#{1,6}\s+/u.exec(head)
  if (hashes) from += hashes[0].length
  // A pipe table row: its outer pipes go, its inner ones stay (" | " between cells).
  if (
    to - from > 2 &&
    text.charCodeAt(from) === 0x7c &&
    text.charCodeAt(to - 1) === 0x7c &&
    text.indexOf('|', from + 1) < to - 1
  ) {
    from++
    to--
  }
  const emit = (code: number, at: number) => {
    // Dropping a marker can leave two spaces, or a space at the line start.
    if (code === 0x20 && (out.size === lineStart || out.units[out.size - 1] === 0x20)) return
    out.units[out.size] = code
    out.map[out.size] = sourceMap[at] as number
    out.size++
  }
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x5c /* \ */ && at + 1 < to && isAsciiPunctuation(text.charCodeAt(at + 1))) continue
    if (code === 0x2a /* * */ || code === 0x5f /* _ */) {
      let run = at
      while (run + 1 < to && text.charCodeAt(run + 1) === code) run++
      const length = run - at + 1
      const before = at === from ? 0x20 : text.charCodeAt(at - 1)
      const after = run + 1 >= to ? 0x20 : text.charCodeAt(run + 1)
      if (code === 0x5f && length < 2) {
        emit(code, at)
        continue
      }
      // "* " opening a line is a bullet; a lone "*" between spaces stays as written.
      if (length === 1 && before === 0x20 && after === 0x20 && (out.size > lineStart || at + 1 < to)) {
        emit(code, at)
        continue
      }
      at = run
      continue
    }
    emit(code, at)
  }
  while (out.size > lineStart && out.units[out.size - 1] === 0x20) out.size--
}

function onlyMarkers(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code !== 0x2a && code !== 0x23 && code !== 0x5f && code !== 0x20) return false
  }
  return true
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  )
}
