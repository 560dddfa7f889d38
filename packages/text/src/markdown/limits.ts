/**
 * Limits on Markdown constructs whose parsing cost grows faster than the input.
 *
 * micromark (under remark-parse) is quadratic or worse in some constructs: setext
 * underlines, reference definitions and fences across a document; emphasis
 * delimiters, brackets, code-span backticks and `<` within one paragraph; and
 * containers (block quotes, list markers) nested on one line, whose depth also
 * overflows the stack of mdast-util-to-string. No plan needs more than a handful of
 * any of them. One linear pass over the lines counts each construct; past its limit
 * the construct is neutralised with a backslash (so it reads as the literal
 * character, as CommonMark defines an escaped punctuation mark), indentation deeper
 * than 32 columns is cut to 32, and one warning per construct names the first line
 * changed. Text inside front matter and fenced code is left alone.
 *
 * micromark reads each escape at some 6-9 µs, so some floods are read as the words as
 * written instead: a paragraph line at column 0 past an inline limit has every mark of
 * inline syntax escaped (and is then a plain line, built without micromark: plain.ts); the
 * rest of a line past the container limit, and a reference definition past its limit, are
 * replaced by a placeholder the parser reads as one word, their text put back in the tree
 * by `restoreLiterals`; past the limit of block quote lines in a file (micromark read each
 * at 0.1-0.4 ms, whatever its depth), a line that starts with ">" has it escaped, and is a
 * plain paragraph line.
 *
 * The result keeps a map from each offset of the prepared text to the original, so
 * every position the reader reports stays in the original file.
 */

import type {Nodes} from 'mdast'
import {diagnostic, type Diagnostic} from '@kehoach/model'

/** The limits, each documented in docs/robustness.md. */
export const MARKDOWN_LIMITS = {
  /** Deepest indentation kept, in columns. */
  indent: 32,
  /** Block quotes and list markers opened on one line. */
  containers: 16,
  /** Lines in block quotes (a line whose containers hold a ">") in a document. */
  quotes: 256,
  /**
   * Changes of list nesting (a list line whose indentation or number of list markers differs from
   * the list line before it, or that holds more than one marker) in one run of lines that no blank
   * line followed by an unindented line other than a list item ends.
   */
  nesting: 256,
  /** Setext underlines ("===" or "---" under a line of text) in a document. */
  setext: 64,
  /** Reference definitions ("[x]: url") in a document. */
  definitions: 64,
  /** Fenced code blocks (opening and closing fences) in a document. */
  fences: 256,
  /** HTML blocks (lines starting with "<") in a document. */
  htmlBlocks: 256,
  /** Runs of each of `*`, `_`, `[`, `]`, backtick and `<` in one paragraph. */
  inline: 64,
  /** Characters in one run of one of those (a line holding a longer run is read as literal text). */
  run: 256,
  /** Lines without a blank line between them, before a blank line is read (`markdown-long-block`). */
  lines: 1000
} as const

/** What each construct is called in the warning (Vietnamese, for the catalog's {construct} slot). */
const NAMES = {
  containers: 'trích dẫn và danh sách lồng nhau trên một dòng',
  quotes: 'dòng trích dẫn (>)',
  nesting: 'lần đổi mức lồng của danh sách liền nhau',
  setext: 'dòng gạch dưới tiêu đề (=== hoặc ---)',
  definitions: 'định nghĩa liên kết “[x]: …”',
  fences: 'khối mã (```)',
  htmlBlocks: 'khối HTML',
  inline: 'ký hiệu định dạng trong một đoạn (* _ [ ] ` <)'
} as const

type Construct = keyof typeof NAMES

export interface PreparedMarkdown {
  /** The text for the Markdown parser. */
  text: string
  /** `map[i]` is the offset in the original of `text[i]`; `map[text.length]` is the original's length. */
  map: Int32Array
  messages: Diagnostic[]
  /** The text of each line part read as written, behind its placeholder in `text` (see `restoreLiterals`). */
  literals: string[]
}

const INLINE = new Set(['*', '_', '[', ']', '`', '<'])
/** Whether a line holds one of INLINE. */
const INLINE_MARK = /[*_[\]`<]/u
/** What CommonMark's inline syntax reads besides: escaped on a flooded line (plain.ts reads none of them unescaped). */
const LITERAL = new Set(['*', '_', '[', ']', '`', '<', '!', '#', '&', '~', '\\'])
/** A backslash before ASCII punctuation: the punctuation as text. */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu
/** Unicode's private use area, whose characters stand for the literal parts of a line. */
const PRIVATE_USE = /[\uE000-\uF8FF]/u
const DIGITS = 0xf8ff - 0xe001 + 1
const PLACEHOLDER = /\uE000([\uE001-\uF8FF])([\uE001-\uF8FF])/gu

/** The placeholder of literal number `index`: U+E000 and two private use characters counting it (to 40 million). */
function placeholder(index: number): string {
  return `\uE000${String.fromCharCode(0xe001 + Math.floor(index / DIGITS), 0xe001 + (index % DIGITS))}`
}

/**
 * Put the literal text back where `limitMarkdown` left a placeholder, in every node's `value`
 * (a placeholder is plain text to the parser: it lands in a text node, or code or HTML).
 */
export function restoreLiterals(root: Nodes, literals: readonly string[]): void {
  if (literals.length === 0) return
  const stack: Nodes[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node && node.value.includes('\uE000')) {
      node.value = node.value.replace(PLACEHOLDER, (_, high: string, low: string) => literals[(high.charCodeAt(0) - 0xe001) * DIGITS + low.charCodeAt(0) - 0xe001] ?? '')
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/**
 * A thematic break of "*" or "_" (a long run of them is a rule, not a flood): three or more of one
 * of them from the line's start, with spaces or tabs between, and an optional "\r" at the end. What
 * `/^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$/u` matched, in one pass (the pattern overflowed the
 * regular-expression stack on a line of millions of "*").
 */
export function isThematicBreak(body: string): boolean {
  const mark = body[0]
  if (mark !== '*' && mark !== '_') return false
  const end = body.endsWith('\r') ? body.length - 1 : body.length
  let marks = 0
  for (let at = 0; at < end; at++) {
    const char = body[at]
    if (char === mark) marks++
    else if (char !== ' ' && char !== '\t') return false
  }
  return marks >= 3
}
/** ASCII punctuation, which a backslash escapes. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/u

/**
 * Whether the inline constructs of `body` (one line, none of it escaped by the limits) take
 * a count of `inline` (the paragraph's so far) past the limit, or hold a run of one of them
 * longer than `MARKDOWN_LIMITS.run`. Counts as the scan in `limitMarkdown` does.
 */
function floods(body: string, inline: Record<string, number>): boolean {
  const counts: Record<string, number> = {}
  let backslashes = 0
  let run = 0
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string
    if (char === '\\') {
      backslashes++
      run = 0
      continue
    }
    const escaped = backslashes % 2 === 1
    backslashes = 0
    if (escaped || !INLINE.has(char)) {
      run = 0
      continue
    }
    // Counted as the scan below counts: the rest of a run (after an escaped mark too) is not a new construct.
    if (index > 0 && body[index - 1] === char) {
      if (++run > MARKDOWN_LIMITS.run) return true
      continue
    }
    run = 1
    const count = (counts[char] ?? 0) + 1
    counts[char] = count
    if (count + (inline[char] ?? 0) > MARKDOWN_LIMITS.inline) return true
  }
  return false
}

/** Prepare `input` for the Markdown parser: see the module comment. Linear in the input's length. */
export function limitMarkdown(input: string, file?: string): PreparedMarkdown {
  // Edits, in order of their original offset: replace [editAt, editEnd) by editText (an insertion when they are equal).
  const editAt: number[] = []
  const editEnd: number[] = []
  const editText: string[] = []
  // Whether the edit escapes each character of its range: "\\x" pairs, each mapped to its character.
  const editEscapes: boolean[] = []
  const insert = (offset: number, text: string): void => {
    editAt.push(offset)
    editEnd.push(offset)
    editText.push(text)
    editEscapes.push(false)
  }
  const replace = (from: number, to: number, text: string): void => {
    editAt.push(from)
    editEnd.push(to)
    editText.push(text)
    editEscapes.push(false)
  }
  /** A backslash before each character of [from, to): one edit, mapped as inserts before each would be. */
  const escape = (from: number, to: number): void => {
    let text = ''
    for (let index = from; index < to; index++) text += `\\${input[index] as string}`
    editAt.push(from)
    editEnd.push(to)
    editText.push(text)
    editEscapes.push(true)
  }

  const counts: Record<Construct, number> = {containers: 0, quotes: 0, nesting: 0, setext: 0, definitions: 0, fences: 0, htmlBlocks: 0, inline: 0}
  const first: Partial<Record<Construct, number>> = {}
  let deepIndent = 0
  const over = (construct: Construct, line: number): void => {
    first[construct] ??= line
  }

  // The text of lines read as written, each replaced by its placeholder; none where the input holds one already.
  const literals: string[] = []
  const placeholders = !PRIVATE_USE.test(input)
  let fenceOrText = false
  let offset = 0
  let lineNumber = 0
  let inFrontMatter = false
  let fence: {char: string; length: number} | undefined
  let previousText = false
  let inline: Record<string, number> = {}
  // Non-blank lines since the last blank line; the first line given a blank line before it.
  let run = 0
  let longBlock = 0
  // Whether the last non-blank line was a quote line read as written (past the quote limit).
  let previousLiteral = false
  // List nesting in the current run of lines: the shape of the last list line and the changes so far.
  let listShape = ''
  let nestingChanges = 0
  let afterBlank = true
  while (offset <= input.length) {
    const newline = input.indexOf('\n', offset)
    const end = newline === -1 ? input.length : newline
    lineNumber++
    const line = input.slice(offset, end)
    const lineStart = offset
    offset = end + 1
    if (lineNumber === 1 && /^\uFEFF?---[ \t]*\r?$/u.test(line)) {
      inFrontMatter = true
      continue
    }
    if (inFrontMatter) {
      if (/^(?:---|\.\.\.)[ \t]*\r?$/u.test(line)) inFrontMatter = false
      continue
    }
    // An empty line (many in a flood of short paragraphs): what the checks below make of it.
    if (line.length === 0) {
      previousText = false
      if (!fence) {
        inline = {}
        run = 0
        afterBlank = true
      }
      continue
    }
    // Indentation deeper than the limit.
    let at = 0
    let columns = 0
    while (at < line.length && (line[at] === ' ' || line[at] === '\t')) {
      columns += line[at] === '\t' ? 4 - (columns % 4) : 1
      at++
    }
    if (columns > MARKDOWN_LIMITS.indent && at < line.length && !fence) {
      deepIndent ||= lineNumber
      replace(lineStart, lineStart + at, ' '.repeat(MARKDOWN_LIMITS.indent))
    }
    // Containers opened at the line start.
    let depth = 0
    // Where a block quote line past the quote limit starts, read as written from its ">" on.
    let literalAt = -1
    // What replaces the line's start up to the end of its first marker, when it is read as written.
    let literalMarker = '\\>'
    let literalEnd = -1
    // The list markers that open on the line, when its first container is a list item, and the first of them.
    let listMarkers = 0
    let firstList: {at: number; end: number} | undefined
    const indent = at
    for (;;) {
      let spaces = 0
      while (spaces < 3 && line[at + spaces] === ' ') spaces++
      const rest = at + spaces
      const char = line[rest]
      let markerEnd = -1
      if (char === '>') markerEnd = rest + 1
      else if ((char === '-' || char === '+' || char === '*') && (line[rest + 1] === ' ' || line[rest + 1] === '\t')) markerEnd = rest + 1
      else if (char !== undefined && char >= '0' && char <= '9') {
        const ordered = /^\d{1,9}[.)](?=[ \t])/u.exec(line.slice(rest, rest + 11))
        if (ordered) markerEnd = rest + ordered[0].length
      }
      if (markerEnd === -1 || fence) break
      // A block quote at the line start (not indented code): counted, and past the limit read as written.
      if (char === '>' && depth === 0 && columns < 4) {
        if (counts.quotes >= MARKDOWN_LIMITS.quotes) {
          over('quotes', lineNumber)
          literalAt = rest
          at = rest
          break
        }
        counts.quotes++
      }
      if (char !== '>' && (depth === 0 || firstList)) {
        firstList ??= {at: rest, end: markerEnd}
        listMarkers++
      }
      depth++
      if (depth > MARKDOWN_LIMITS.containers) {
        counts.containers++
        over('containers', lineNumber)
        // The rest of the line, from this marker, is the words as written: a placeholder for
        // the parser, whose cost per escape was many times the line's length (literal.ts).
        const written = line.slice(rest).replace(/[ \t\r]+$/u, '')
        if (placeholders) {
          replace(lineStart + rest, lineStart + rest + written.length, placeholder(literals.length))
          literals.push(written.replace(ESCAPE, '$1'))
          fenceOrText = true
          break
        }
        // Escape the marker's last character: "\>", "\-", "1\.".
        insert(lineStart + markerEnd - 1, '\\')
        at = markerEnd
        break
      }
      at = markerEnd
      if (line[at] === ' ' || line[at] === '\t') at++
    }
    // List nesting: a list line of another indentation or number of markers than the list line
    // before it, or one that opens a list inside its own item (“- - a”, which nests and closes again
    // by itself), is a change; past the limit the line is read as written from its first marker. A
    // line at column 0 after a blank line that is no list item ends every list: a new run. (A line
    // indented past the indentation limit has its indentation replaced already, and is left be.)
    if (firstList && !fence && depth <= MARKDOWN_LIMITS.containers && columns <= MARKDOWN_LIMITS.indent) {
      const shape = `${indent}:${listMarkers}`
      if ((listShape !== '' && shape !== listShape) || listMarkers > 1) nestingChanges++
      listShape = shape
      if (nestingChanges > MARKDOWN_LIMITS.nesting) {
        counts.nesting++
        over('nesting', lineNumber)
        literalAt = firstList.at
        literalEnd = firstList.end
        const marker = line.slice(firstList.at, firstList.end)
        literalMarker = `${marker.slice(0, -1)}\\${marker.slice(-1)}`
        at = firstList.at
      }
    } else if (!firstList && !fence && indent === 0 && afterBlank && line !== '\r') {
      listShape = ''
      nestingChanges = 0
    }
    afterBlank = false
    if (fenceOrText) {
      fenceOrText = false
      previousText = true
      previousLiteral = false
      continue
    }
    const content = line.slice(at)
    const contentStart = lineStart + at
    // Inside a fence: only its closing line matters.
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/u.exec(content)
      if (closing && closing[1]?.[0] === fence.char && (closing[1]?.length ?? 0) >= fence.length) fence = undefined
      previousText = false
      continue
    }
    if (/^[ \t]*\r?$/u.test(content)) {
      previousText = false
      inline = {}
      run = 0
      afterBlank = true
      continue
    }
    // A block of more lines than any plan has: a blank line before the next line that starts a
    // paragraph at column 0, or a quote line read as written, so that the parser can read the file
    // in pieces (tree.ts); no quote is that long (MARKDOWN_LIMITS.quotes). A quote line read as
    // written gets one too after a line of another kind (else it would be a lazy continuation of
    // the quote before it), and loses its indentation and trailing spaces: "\> …", a paragraph
    // line of the plain form (plain.ts), built without micromark.
    const literal = literalAt !== -1
    const long = ++run > MARKDOWN_LIMITS.lines && ((depth === 0 && at === 0) || literal)
    if (long) longBlock ||= lineNumber
    if (long || (literal && run > 1 && !previousLiteral)) {
      insert(lineStart, '\n')
      run = 1
      previousText = false
      inline = {}
    }
    previousLiteral = literal
    if (literal) replace(lineStart, literalEnd === -1 ? lineStart + literalAt + 1 : lineStart + literalEnd, literalMarker)
    let lead = 0
    while (lead < 3 && content[lead] === ' ') lead++
    const body = content.slice(lead)
    const bodyStart = contentStart + lead
    let scanFrom = 0
    if (previousText && (body[0] === '=' || body[0] === '-') && /^(?:=+|-+)[ \t]*\r?$/u.test(body)) {
      if (++counts.setext > MARKDOWN_LIMITS.setext) {
        over('setext', lineNumber)
        insert(bodyStart, '\\')
        // Escaped, the line is text of the paragraph, which goes on: the next "=" line
        // would underline it ("=\n=\n=" past the limit was all headings, in quadratic time).
        continue
      }
      previousText = false
      inline = {}
      continue
    }
    const opening = body[0] === '`' || body[0] === '~' ? /^(`{3,}|~{3,})/u.exec(body) : null
    if (opening) {
      if (++counts.fences > MARKDOWN_LIMITS.fences) {
        over('fences', lineNumber)
        // Every mark of the fence: a live "``" left after "\`" would open a code span.
        const marks = (opening[1] as string).length
        escape(bodyStart, bodyStart + marks)
        scanFrom = marks
      } else {
        fence = {char: body[0] as string, length: (opening[1] as string).length}
        previousText = false
        continue
      }
    } else if (body[0] === '[' && /^\[[^\]\n]{0,999}\]:/u.test(body)) {
      if (++counts.definitions > MARKDOWN_LIMITS.definitions) {
        over('definitions', lineNumber)
        // The line as written, behind a placeholder: no "]:" left to keep the document whole (tree.ts).
        if (placeholders) {
          const written = body.replace(/[ \t\r]+$/u, '')
          replace(bodyStart, bodyStart + written.length, placeholder(literals.length))
          literals.push(written.replace(ESCAPE, '$1'))
          previousText = true
          continue
        }
        insert(bodyStart, '\\')
        scanFrom = 1
      }
    } else if (body.startsWith('<')) {
      if (++counts.htmlBlocks > MARKDOWN_LIMITS.htmlBlocks) {
        over('htmlBlocks', lineNumber)
        insert(bodyStart, '\\')
        scanFrom = 1
      }
    }
    // A paragraph line at column 0 on which an inline construct passes its limit is a flood:
    // every character of inline syntax on it is escaped, so that it reads as the words as
    // written and is built without micromark (plain.ts), which read such a line whole, in time
    // and memory many times its length. Other lines keep their first constructs live.
    // (A line without any of the inline characters has nothing to count.)
    const hasMarks = INLINE_MARK.test(body)
    if (hasMarks && ((depth === 0 && at === 0) || literal) && scanFrom === 0 && !isThematicBreak(body) && floods(body, inline)) {
      counts.inline++
      over('inline', lineNumber)
      // An ATX heading stays a heading.
      const heading = /^#{1,6}(?=[ \t]|\r?$)/u.exec(body)?.[0].length ?? 0
      for (let index = heading; index < body.length; index++) {
        const char = body[index] as string
        // An escape ("\*") already reads as the character.
        if (char === '\\' && ESCAPABLE.test(body[index + 1] ?? '')) index++
        else if (LITERAL.has(char)) insert(bodyStart + index, '\\')
      }
      // Trailing spaces would keep it off the plain path (two make a hard break).
      const trailing = /[ \t]+(?=\r?$)/u.exec(body)
      if (trailing) replace(bodyStart + trailing.index, bodyStart + trailing.index + trailing[0].length, '')
      previousText = true
      continue
    }
    // Inline constructs, counted per paragraph by runs ("____" in a form to fill is one); an
    // escaped character does not count; every character of a run past the limit is escaped.
    let backslashes = 0
    let runOver = false
    for (let index = hasMarks ? 0 : body.length; index < body.length; index++) {
      const char = body[index] as string
      if (char === '\\') {
        backslashes++
        runOver = false
        continue
      }
      const escaped = backslashes % 2 === 1
      backslashes = 0
      if (escaped || index < scanFrom || !INLINE.has(char)) {
        runOver = false
        continue
      }
      if (index > 0 && body[index - 1] === char && index - 1 >= scanFrom) {
        if (runOver) insert(bodyStart + index, '\\')
        continue
      }
      const count = (inline[char] ?? 0) + 1
      inline[char] = count
      runOver = count > MARKDOWN_LIMITS.inline
      if (runOver) {
        counts.inline++
        over('inline', lineNumber)
        insert(bodyStart + index, '\\')
      }
    }
    if (literal) {
      const trailing = /[ \t]+(?=\r?$)/u.exec(body)
      if (trailing) replace(bodyStart + trailing.index, bodyStart + trailing.index + trailing[0].length, '')
    }
    previousText = body[0] !== '#' || !/^#{1,6}(?:[ \t]|\r?$)/u.test(body)
  }
  const parts: string[] = []
  let size = input.length
  for (let index = 0; index < editAt.length; index++) size += (editText[index] as string).length - ((editEnd[index] as number) - (editAt[index] as number))
  const map = new Int32Array(size + 1)
  let copied = 0
  let written = 0
  for (let index = 0; index <= editAt.length; index++) {
    const at = index < editAt.length ? (editAt[index] as number) : input.length
    parts.push(input.slice(copied, at))
    for (let offset = copied; offset < at; offset++) map[written++] = offset
    if (index === editAt.length) break
    const text = editText[index] as string
    parts.push(text)
    if (editEscapes[index]) for (let pair = 0; pair < text.length; pair++) map[written + pair] = at + (pair >> 1)
    else if (text.length === 1) map[written] = at
    else map.fill(at, written, written + text.length)
    written += text.length
    copied = editEnd[index] as number
  }
  map[size] = input.length
  const text = parts.join('')
  const messages: Diagnostic[] = []
  if (longBlock > 0) messages.push(diagnostic('markdown-long-block', {limit: MARKDOWN_LIMITS.lines, line: longBlock}, {place: {line: longBlock, column: 1}, file}))
  if (deepIndent > 0) messages.push(diagnostic('markdown-deep-nesting', {line: deepIndent, columns: MARKDOWN_LIMITS.indent}, {place: {line: deepIndent, column: 1}, file}))
  for (const construct of Object.keys(NAMES) as Construct[]) {
    const line = first[construct]
    if (line === undefined) continue
    messages.push(diagnostic('markdown-flood', {construct: NAMES[construct], limit: MARKDOWN_LIMITS[construct], line}, {place: {line, column: 1}, file}))
  }
  return {text, map, messages, literals}
}
