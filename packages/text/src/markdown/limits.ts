/**
 * Limits on Markdown constructs whose parsing cost grows faster than the input.
 *
 * micromark (under remark-parse) is quadratic or worse in some constructs: setext
 * underlines, reference definitions and fences across a document; emphasis
 * delimiters, brackets, code-span backticks, `<` and character references (`&amp;`) within one
 * paragraph (or one run of list items); and
 * containers (block quotes, list markers) nested on one line, whose depth also
 * overflows the stack of mdast-util-to-string. No plan needs more than a handful of
 * any of them. One linear pass over the lines counts each construct; past its limit
 * the construct is neutralised with a backslash (so it reads as the literal
 * character, as CommonMark defines an escaped punctuation mark), indentation deeper
 * than 32 columns is cut to 32, and one warning per construct names the first line
 * changed. Text inside front matter and fenced code is left alone.
 *
 * micromark reads each escape at some 6-9 µs, so some floods are read as the words as
 * written instead: a paragraph line at column 0, or a list item line, past an inline limit has every mark of
 * inline syntax escaped (and is then a plain line, built without micromark: plain.ts), and any other line
 * (nested in a list item or a block quote, or indented) is read so from its first container; the
 * rest of a line past the container limit, and a reference definition past its limit, are
 * replaced by a placeholder the parser reads as one word, their text put back in the tree
 * by `restoreLiterals`; past the limit of block quote lines in a file (micromark read each
 * at 0.1-0.4 ms, whatever its depth), a line that starts with ">" has it escaped, and is a
 * plain paragraph line.
 *
 * Each construct has its own detector, one step of `LINE_STEPS` named after its entry in
 * `MARKDOWN_LIMITS`; the detectors only find the spans to change and record them in one shared
 * edit list (edits.ts), applied once at the end. The result keeps a map from each offset of the
 * prepared text to the original, so every position the reader reports stays in the original file.
 */

import type {Nodes} from 'mdast'
import {diagnostic, type Diagnostic} from '@kehoach/model'
import {applyEdits, emptyEdits, escapeRange, insertAt, replaceRange, type Edits} from './edits.js'
import {keptWhole} from './tree.js'

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
  /** Runs of each of `*`, `_`, `[`, `]`, backtick, `<` and `&` (a character reference) in one paragraph. */
  inline: 64,
  /**
   * Lines in a document holding a live `*`, `_`, `[`, `]`, backtick or `<` (which the plain path does not
   * read, so micromark reads the line, at some 100-150 µs): past them such a line is read as written. The
   * corpus's Markdown has at most 136 such lines, kehoach's own Markdown of a corpus plan 53; 1 MB of
   * them took 3-3.9 s, in a list with blank lines 620 MB.
   */
  marked: 4096,
  /** Characters in one run of one of those (a line holding a longer run is read as literal text). */
  run: 256,
  /** Lines without a blank line between them, before a blank line is read (`markdown-long-block`). */
  lines: 1000,
  /**
   * Characters of a document that may be read in one piece (`markdown-whole`): past them, what would
   * keep more in one piece (tree.ts, `keptWhole`) is read as written. `parse` of 32, 64, 128 and 256 KB
   * of short paragraphs in one piece took 0.5, 0.9, 1.4 and 2.1 s of CPU, 1 MB 5-7 s and near 1 GB.
   */
  whole: 65_536,
  /**
   * Units of micromark's work on a document (tree.ts, `ParseBudget`): a character given to it is one, a
   * character of inline syntax 17, a line 33. Past them the pieces left are read as written
   * (`writtenBlocks`). kehoach's own Markdown of any corpus plan gives micromark at most 3.4 KB (the
   * rest is built without it); a plan of nested lists some 90 KB. micromark read 720 KB of list items
   * under lazy lines in 1.8 s, 40 KB of lines such as `1. *a **b [c](d) \`f\` <i>` in 0.6 s.
   */
  parsed: 131_072
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
  inline: 'ký hiệu định dạng trong một đoạn (* _ [ ] ` < &)',
  marked: 'dòng có ký hiệu định dạng (* _ [ ] ` <) trong văn bản',
  parsed: 'cấu trúc Markdown phải phân tích (đơn vị: mỗi ký tự 1, ký hiệu định dạng 17, dòng 33)'
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

const INLINE = new Set(['*', '_', '[', ']', '`', '<', '&'])
/** Whether a line holds one of INLINE. */
const INLINE_MARK = /[*_[\]`<&]/u
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
      node.value = node.value.replace(
        PLACEHOLDER,
        (_, high: string, low: string) =>
          literals[(high.charCodeAt(0) - 0xe001) * DIGITS + low.charCodeAt(0) - 0xe001] ?? ''
      )
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

/** A live mark the plain path does not read (`MARKDOWN_LIMITS.marked`): one of them not after an odd run of backslashes. */
const MARKED = new Set(['*', '_', '[', ']', '`', '<'])

/** Whether `body` holds a mark of MARKED not escaped. */
function liveMark(body: string): boolean {
  let backslashes = 0
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string
    if (char === '\\') backslashes++
    else {
      if (backslashes % 2 === 0 && MARKED.has(char)) return true
      backslashes = 0
    }
  }
  return false
}

/**
 * `MARKDOWN_LIMITS.marked`: whether `body` (a line that stands where it is read, not a thematic break)
 * holds a live mark past the document's budget of such lines; each line that holds one is counted.
 */
function pastMarked(scan: Scan, body: string): boolean {
  if (scan.markedLine === scan.lineNumber) return scan.counts.marked > MARKDOWN_LIMITS.marked
  if (!INLINE_MARK.test(body) || !liveMark(body)) return false
  scan.markedLine = scan.lineNumber
  if (++scan.counts.marked <= MARKDOWN_LIMITS.marked) return false
  over(scan, 'marked', scan.lineNumber)
  return true
}

/** What the scan knows across lines. */
interface Scan {
  input: string
  /** The number of the line being scanned, and of the last line counted for `MARKDOWN_LIMITS.marked`. */
  lineNumber: number
  markedLine: number
  edits: Edits
  counts: Record<Construct, number>
  /** The first line past each construct's limit. */
  first: Partial<Record<Construct, number>>
  /** The first line indented past `MARKDOWN_LIMITS.indent`, and the first that starts a block past `MARKDOWN_LIMITS.lines`; 0 for none. */
  deepIndent: number
  longBlock: number
  /** The text of lines read as written, each replaced by its placeholder; none where the input holds one already. */
  literals: string[]
  placeholders: boolean
  inFrontMatter: boolean
  fence: {char: string; length: number} | undefined
  previousText: boolean
  /** Inline constructs counted in the current paragraph. */
  inline: Record<string, number>
  /** Non-blank lines since the last blank line; the first line given a blank line before it. */
  run: number
  /** Whether the last non-blank line was a quote line read as written (past the quote limit). */
  previousLiteral: boolean
  /** List nesting in the current run of lines: the shape of the last list line and the changes so far. */
  listShape: string
  nestingChanges: number
  afterBlank: boolean
  /** Whether the blocks that keep a document whole are read as written (`MARKDOWN_LIMITS.whole`), and the first line changed so. */
  wholeBlocks: boolean
  firstWhole: number
}

/** What the scan knows of one line; the steps fill it in order. */
interface Line {
  text: string
  /** Offset of the line in the input, and its number from 1. */
  start: number
  number: number
  /** Where the scan stands in the line (past the indentation, then past the containers). */
  at: number
  /** Columns of indentation, and its length in characters. */
  columns: number
  indent: number
  /** Containers opened at the line start. */
  depth: number
  /** Where a block quote line past the quote limit starts, read as written from its ">" on; -1 for none. */
  literalAt: number
  /** What replaces the line's start up to the end of its first marker, when it is read as written. */
  literalMarker: string
  literalEnd: number
  /** The list markers that open on the line, when its first container is a list item, and the first of them. */
  listMarkers: number
  firstList: {at: number; end: number} | undefined
  /** Whether the rest of the line went behind a placeholder (past the container limit). */
  written: boolean
  literal: boolean
  /** The line from its first non-container character after up to three spaces, and its offset in the input. */
  body: string
  bodyStart: number
  /** Where the inline scan starts in `body` (past a mark escaped by a block limit). */
  scanFrom: number
}

/** One step of the scan of a line: true when the line is done. */
type Step = (scan: Scan, line: Line) => boolean

/**
 * Front matter is left alone: a first line "---" and the lines up to the next "---", as
 * remark-frontmatter reads it. Never closed, it is no front matter (every limit was skipped: 1 MB of
 * emphasis after a "---" line was killed past 40 s), and in a document read in pieces (`wholeBlocks`) its "---"
 * is read as written, since remark would keep it whole.
 */
function frontMatter(scan: Scan, line: Line): boolean {
  if (line.number === 1 && /^\uFEFF?---[ \t]*\r?$/u.test(line.text)) {
    if (/^---[ \t]*\r?$/mu.test(scan.input.slice(line.text.length + 1))) {
      scan.inFrontMatter = true
      return true
    }
    if (!scan.wholeBlocks) return false
    scan.firstWhole ||= 1
    insertAt(scan.edits, line.start + line.text.indexOf('-'), '\\')
    scan.previousText = true
    return true
  }
  if (!scan.inFrontMatter) return false
  if (/^---[ \t]*\r?$/u.test(line.text)) scan.inFrontMatter = false
  return true
}

/** An empty line (many in a flood of short paragraphs): what the checks below make of it. */
function emptyLine(scan: Scan, line: Line): boolean {
  if (line.text.length !== 0) return false
  scan.previousText = false
  if (!scan.fence) {
    scan.inline = {}
    scan.run = 0
    scan.afterBlank = true
  }
  return true
}

/** `MARKDOWN_LIMITS.indent`: indentation deeper than the limit is cut to it. */
function indentation(scan: Scan, line: Line): boolean {
  const text = line.text
  let at = 0
  let columns = 0
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) {
    columns += text[at] === '\t' ? 4 - (columns % 4) : 1
    at++
  }
  line.at = at
  line.columns = columns
  line.indent = at
  if (columns > MARKDOWN_LIMITS.indent && at < text.length && !scan.fence) {
    scan.deepIndent ||= line.number
    replaceRange(scan.edits, line.start, line.start + at, ' '.repeat(MARKDOWN_LIMITS.indent))
  }
  return false
}

/** Where the container marker at `rest` of `text` ends (">", "-", "+", "*", "1." or "1)"), or -1. */
function markerEndAt(text: string, rest: number): number {
  const char = text[rest]
  if (char === '>') return rest + 1
  if ((char === '-' || char === '+' || char === '*') && (text[rest + 1] === ' ' || text[rest + 1] === '\t'))
    return rest + 1
  if (char !== undefined && char >= '0' && char <= '9') {
    const ordered = /^\d{1,9}[.)](?=[ \t])/u.exec(text.slice(rest, rest + 11))
    if (ordered) return rest + ordered[0].length
  }
  return -1
}

/**
 * `MARKDOWN_LIMITS.containers` and `MARKDOWN_LIMITS.quotes`: the containers opened at the line
 * start, counted; past the container limit the rest of the line is read as written, past the
 * quote limit a block quote line is.
 */
function containers(scan: Scan, line: Line): boolean {
  const {text, start} = line
  for (;;) {
    let spaces = 0
    while (spaces < 3 && text[line.at + spaces] === ' ') spaces++
    const rest = line.at + spaces
    const char = text[rest]
    const markerEnd = markerEndAt(text, rest)
    if (markerEnd === -1 || scan.fence) break
    // A block quote at the line start (not indented code): counted, and past the limit read as written.
    if (char === '>' && line.depth === 0 && line.columns < 4) {
      if (scan.counts.quotes >= MARKDOWN_LIMITS.quotes) {
        over(scan, 'quotes', line.number)
        line.literalAt = rest
        line.at = rest
        break
      }
      scan.counts.quotes++
    }
    if (char !== '>' && (line.depth === 0 || line.firstList)) {
      line.firstList ??= {at: rest, end: markerEnd}
      line.listMarkers++
    }
    line.depth++
    if (line.depth > MARKDOWN_LIMITS.containers) {
      scan.counts.containers++
      over(scan, 'containers', line.number)
      // The rest of the line, from this marker, is the words as written: a placeholder for
      // the parser, whose cost per escape was many times the line's length (literal.ts).
      const written = text.slice(rest).replace(/[ \t\r]+$/u, '')
      if (scan.placeholders) {
        replaceRange(scan.edits, start + rest, start + rest + written.length, placeholder(scan.literals.length))
        scan.literals.push(written.replace(ESCAPE, '$1'))
        line.written = true
        break
      }
      // Escape the marker's last character: "\>", "\-", "1\.".
      insertAt(scan.edits, start + markerEnd - 1, '\\')
      line.at = markerEnd
      break
    }
    line.at = markerEnd
    if (text[line.at] === ' ' || text[line.at] === '\t') line.at++
  }
  return false
}

/**
 * `MARKDOWN_LIMITS.nesting`: a list line of another indentation or number of markers than the
 * list line before it, or one that opens a list inside its own item (“- - a”, which nests and
 * closes again by itself), is a change; past the limit the line is read as written from its first
 * marker. A line at column 0 after a blank line that is no list item ends every list: a new run.
 * (A line indented past the indentation limit has its indentation replaced already, and is left be.)
 */
function nesting(scan: Scan, line: Line): boolean {
  const {firstList} = line
  if (firstList && !scan.fence && line.depth <= MARKDOWN_LIMITS.containers && line.columns <= MARKDOWN_LIMITS.indent) {
    const shape = `${line.indent}:${line.listMarkers}`
    if ((scan.listShape !== '' && shape !== scan.listShape) || line.listMarkers > 1) scan.nestingChanges++
    scan.listShape = shape
    if (scan.nestingChanges > MARKDOWN_LIMITS.nesting) {
      scan.counts.nesting++
      over(scan, 'nesting', line.number)
      line.literalAt = firstList.at
      line.literalEnd = firstList.end
      const marker = line.text.slice(firstList.at, firstList.end)
      line.literalMarker = `${marker.slice(0, -1)}\\${marker.slice(-1)}`
      line.at = firstList.at
    }
  } else if (!firstList && !scan.fence && line.indent === 0 && scan.afterBlank && line.text !== '\r') {
    scan.listShape = ''
    scan.nestingChanges = 0
  }
  scan.afterBlank = false
  return false
}

/** A line whose rest went behind a placeholder is text, and done. */
function writtenLine(scan: Scan, line: Line): boolean {
  if (!line.written) return false
  scan.previousText = true
  scan.previousLiteral = false
  return true
}

/** Inside a fence only its closing line matters. */
function insideFence(scan: Scan, line: Line): boolean {
  const fence = scan.fence
  if (!fence) return false
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/u.exec(line.text.slice(line.at))
  if (closing && closing[1]?.[0] === fence.char && (closing[1]?.length ?? 0) >= fence.length) scan.fence = undefined
  scan.previousText = false
  return true
}

/** A line blank after its containers ends the paragraph. */
function blankLine(scan: Scan, line: Line): boolean {
  if (!/^[ \t]*\r?$/u.test(line.text.slice(line.at))) return false
  scan.previousText = false
  scan.inline = {}
  scan.run = 0
  scan.afterBlank = true
  return true
}

/**
 * Whether the text of `line` after its containers stands where the plain path reads it (plain.ts):
 * a line at column 0 outside any container, or a list item at column 0 with one marker and one
 * space after it. Elsewhere (in a block quote, in a list item nested on the line, indented) its
 * inline syntax, escaped or not, is left to micromark.
 */
function plainPlace(line: Line): boolean {
  if (line.depth === 0) return line.at === 0
  const {firstList} = line
  return (
    line.depth === 1 &&
    firstList !== undefined &&
    firstList.at === 0 &&
    line.text[firstList.end] === ' ' &&
    line.text[firstList.end + 1] !== ' ' &&
    line.text[firstList.end + 1] !== '\t'
  )
}

/**
 * `MARKDOWN_LIMITS.inline` and `MARKDOWN_LIMITS.run` in a line whose text stands elsewhere than the
 * plain path reads (`plainPlace`): one that floods is read as written from its first container, as a
 * line past the nesting limit is (its indentation dropped, its first marker escaped: "\- - \[a\](",
 * "\> 1. \[a\](", a paragraph line at column 0), so `inlineFlood` escapes its inline syntax and
 * the plain path builds it. micromark read 1 MB of one such line ("- - [a](", "> 1. [a](",
 * " [a](") in 2-7 s and up to 1.5 GB, every mark escaped or not.
 */
function placedFlood(scan: Scan, line: Line): boolean {
  if (line.literalAt !== -1 || plainPlace(line)) return false
  let from = line.at
  for (let spaces = 0; spaces < 3 && line.text[from] === ' '; spaces++) from++
  const body = line.text.slice(from)
  if (!INLINE_MARK.test(body) || isThematicBreak(body)) return false
  if (!floods(body, scan.inline) && !pastMarked(scan, body)) return false
  const first = line.indent
  const end = line.depth === 0 ? first : markerEndAt(line.text, first)
  if (end === -1) return false
  // The indentation past the limit, cut already, goes with the rest of it.
  if (line.columns > MARKDOWN_LIMITS.indent && scan.edits.at.at(-1) === line.start) {
    scan.edits.at.pop()
    scan.edits.end.pop()
    scan.edits.text.pop()
    scan.edits.escapes.pop()
  }
  const marker = line.text.slice(first, end)
  line.literalAt = first
  line.literalEnd = end
  line.literalMarker = marker === '' ? '' : `${marker.slice(0, -1)}\\${marker.slice(-1)}`
  line.at = end
  return false
}

/**
 * `MARKDOWN_LIMITS.lines`: a block of more lines than any plan has gets a blank line before the
 * next line that starts a paragraph at column 0, or a list item at column 0 read as written, or a
 * quote line read as written, so that the
 * parser can read the file in pieces (tree.ts); no quote is that long (MARKDOWN_LIMITS.quotes). A
 * quote line read as written gets one too after a line of another kind (else it would be a lazy
 * continuation of the quote before it), and loses its indentation and trailing spaces: "\> …", a
 * paragraph line of the plain form (plain.ts), built without micromark.
 */
function longBlock(scan: Scan, line: Line): boolean {
  const past = ++scan.run > MARKDOWN_LIMITS.lines
  // A list item at column 0 past the limit, in a run that holds inline syntax, is read as written
  // too ("1\. a"): no blank line can end a list before a list item, so without it a list of
  // 125,000 "1. [a](" was one piece, which micromark read in 27 s and 3 GB. (A list of plain
  // lines, kehoach's own form, is built without micromark and left whole.)
  const {firstList} = line
  const cutList =
    past &&
    line.literalAt === -1 &&
    firstList !== undefined &&
    firstList.at === 0 &&
    line.depth === 1 &&
    !scan.fence &&
    Object.keys(scan.inline).length > 0
  if (cutList) {
    const marker = line.text.slice(firstList.at, firstList.end)
    line.literalAt = firstList.at
    line.literalEnd = firstList.end
    line.literalMarker = `${marker.slice(0, -1)}\\${marker.slice(-1)}`
    line.at = firstList.at
  }
  const literal = line.literalAt !== -1
  line.literal = literal
  const long = past && ((line.depth === 0 && line.at === 0) || literal)
  if (long) scan.longBlock ||= line.number
  if (long || (literal && scan.run > 1 && !scan.previousLiteral)) {
    insertAt(scan.edits, line.start, '\n')
    scan.run = 1
    scan.previousText = false
    // The inline constructs go on being counted across a cut of the scan's own: micromark reads each
    // live one at a cost that grows with the list (64 live links in each 1,000 items took 24 s a MB),
    // and the first live line of a piece of escaped lines kept the whole piece off the plain path
    // (1 MB of lines "[a](b) [c](d)", or "> " and them, 5-6 s, every 1,000 lines 32 of them live).
  }
  scan.previousLiteral = literal
  if (literal)
    replaceRange(
      scan.edits,
      line.start,
      line.literalEnd === -1 ? line.start + line.literalAt + 1 : line.start + line.literalEnd,
      line.literalMarker
    )
  let lead = 0
  while (lead < 3 && line.text[line.at + lead] === ' ') lead++
  line.body = line.text.slice(line.at + lead)
  line.bodyStart = line.start + line.at + lead
  return false
}

/** `MARKDOWN_LIMITS.setext`: past the limit an underline is escaped. */
function setext(scan: Scan, line: Line): boolean {
  const body = line.body
  if (!scan.previousText || (body[0] !== '=' && body[0] !== '-') || !/^(?:=+|-+)[ \t]*\r?$/u.test(body)) return false
  if (++scan.counts.setext > MARKDOWN_LIMITS.setext) {
    over(scan, 'setext', line.number)
    insertAt(scan.edits, line.bodyStart, '\\')
    // Escaped, the line is text of the paragraph, which goes on: the next "=" line
    // would underline it ("=\n=\n=" past the limit was all headings, in quadratic time).
    return true
  }
  scan.previousText = false
  scan.inline = {}
  return true
}

/** `MARKDOWN_LIMITS.fences`: past the limit an opening fence is escaped, every mark of it. */
function fenceOpening(scan: Scan, line: Line): boolean {
  const body = line.body
  const opening = body[0] === '`' || body[0] === '~' ? /^(`{3,}|~{3,})/u.exec(body) : null
  if (!opening) return false
  const marks = (opening[1] as string).length
  if (++scan.counts.fences > MARKDOWN_LIMITS.fences || scan.wholeBlocks) {
    if (scan.wholeBlocks) scan.firstWhole ||= line.number
    else over(scan, 'fences', line.number)
    // Every mark of the fence: a live "``" left after "\`" would open a code span.
    escapeRange(scan.edits, scan.input, line.bodyStart, line.bodyStart + marks)
    line.scanFrom = marks
    return false
  }
  scan.fence = {char: body[0] as string, length: marks}
  scan.previousText = false
  return true
}

/** `MARKDOWN_LIMITS.definitions`: past the limit a reference definition is read as written. */
function definition(scan: Scan, line: Line): boolean {
  const body = line.body
  if (body[0] !== '[' || !/^\[[^\]\n]{0,999}\]:/u.test(body)) return false
  if (++scan.counts.definitions <= MARKDOWN_LIMITS.definitions) return false
  over(scan, 'definitions', line.number)
  // The line as written, behind a placeholder: no "]:" left to keep the document whole (tree.ts).
  if (scan.placeholders) {
    const written = body.replace(/[ \t\r]+$/u, '')
    replaceRange(scan.edits, line.bodyStart, line.bodyStart + written.length, placeholder(scan.literals.length))
    scan.literals.push(written.replace(ESCAPE, '$1'))
    scan.previousText = true
    return true
  }
  insertAt(scan.edits, line.bodyStart, '\\')
  line.scanFrom = 1
  return false
}

/** `MARKDOWN_LIMITS.htmlBlocks`: past the limit a line's opening "<" is escaped. */
function htmlBlock(scan: Scan, line: Line): boolean {
  if (!line.body.startsWith('<')) return false
  const past = ++scan.counts.htmlBlocks > MARKDOWN_LIMITS.htmlBlocks
  // `MARKDOWN_LIMITS.whole`: one that goes on across blank lines (kinds 1 to 5) is read as written.
  const whole = !past && scan.wholeBlocks && OPEN_HTML.test(line.body)
  if (past || whole) {
    if (whole) scan.firstWhole ||= line.number
    else over(scan, 'htmlBlocks', line.number)
    insertAt(scan.edits, line.bodyStart, '\\')
    line.scanFrom = 1
  }
  return false
}

/** An HTML block of kinds 1 to 5 that its line does not close (what keeps a document whole: tree.ts). */
const OPEN_HTML =
  /^<(?:!--(?!.*-->)|\?(?!.*\?>)|![A-Za-z](?!.*>)|!\[CDATA\[(?!.*\]\]>)|(?:script|pre|style|textarea)(?:[ \t>]|\r?$)(?!.*<\/(?:script|pre|style|textarea)>))/iu

/** Drop the trailing spaces of `line`'s body. */
function trimTrailing(scan: Scan, line: Line): void {
  const trailing = /[ \t]+(?=\r?$)/u.exec(line.body)
  if (trailing)
    replaceRange(scan.edits, line.bodyStart + trailing.index, line.bodyStart + trailing.index + trailing[0].length, '')
}

/**
 * Whether `line` opens list items and nothing else (no block quote) and its text starts right after
 * its markers (not the indented code of an item): its text is a paragraph line, as one at column 0 is.
 */
function itemLine(line: Line): boolean {
  const first = line.body[0]
  return line.firstList !== undefined && line.depth === line.listMarkers && first !== ' ' && first !== '\t'
}

/**
 * `MARKDOWN_LIMITS.inline` and `MARKDOWN_LIMITS.run`: a paragraph line at column 0, or the text of a
 * list item line after its markers (`itemLine`: one item of 876 KB of "![a](" was read in minutes), on which an
 * inline construct passes its limit is a flood: every character of inline syntax on it is escaped,
 * so that it reads as the words as written and is built without micromark (plain.ts), which read
 * such a line whole, in time and memory many times its length. Other lines keep their first
 * constructs live. (A line without any of the inline characters has nothing to count.)
 */
function inlineFlood(scan: Scan, line: Line): boolean {
  const body = line.body
  if (
    !INLINE_MARK.test(body) ||
    !((line.depth === 0 && line.at === 0) || line.literal || itemLine(line)) ||
    isThematicBreak(body)
  )
    return false
  // What an earlier step escaped (an HTML block's "<", a fence's marks, a definition's "[") is left as it is.
  const from = line.scanFrom
  // Past the document's budget of lines read by micromark, a line that holds a live mark is read as written.
  const marked = pastMarked(scan, from === 0 ? body : body.slice(from))
  if (!marked && (from !== 0 || !floods(body, scan.inline))) return false
  if (!marked) {
    scan.counts.inline++
    over(scan, 'inline', line.number)
  }
  // An ATX heading at column 0 stays a heading; in a list item, or after an escaped marker, its "#" is text.
  const column0 = line.depth === 0 && (!line.literal || line.literalMarker === '')
  const heading = column0 ? (/^#{1,6}(?=[ \t]|\r?$)/u.exec(body)?.[0].length ?? 0) : 0
  for (let index = Math.max(heading, from); index < body.length; index++) {
    const char = body[index] as string
    // An escape ("\*") already reads as the character.
    if (char === '\\' && ESCAPABLE.test(body[index + 1] ?? '')) index++
    else if (LITERAL.has(char)) insertAt(scan.edits, line.bodyStart + index, '\\')
  }
  // Trailing spaces would keep it off the plain path (two make a hard break).
  trimTrailing(scan, line)
  scan.previousText = true
  return true
}

/**
 * `MARKDOWN_LIMITS.inline`: inline constructs, counted per paragraph by runs ("____" in a form to
 * fill is one); an escaped character does not count; every character of a run past the limit is escaped.
 */
function inlineRuns(scan: Scan, line: Line): boolean {
  const {body, scanFrom} = line
  const inline = scan.inline
  let backslashes = 0
  let runOver = false
  for (let index = INLINE_MARK.test(body) ? 0 : body.length; index < body.length; index++) {
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
      if (runOver) insertAt(scan.edits, line.bodyStart + index, '\\')
      continue
    }
    const count = (inline[char] ?? 0) + 1
    inline[char] = count
    runOver = count > MARKDOWN_LIMITS.inline
    if (runOver) {
      scan.counts.inline++
      over(scan, 'inline', line.number)
      insertAt(scan.edits, line.bodyStart + index, '\\')
    }
  }
  return false
}

/** The end of a line read to its end: a quote line read as written loses its trailing spaces; a heading ends the paragraph. */
function lineEnd(scan: Scan, line: Line): boolean {
  if (line.literal) trimTrailing(scan, line)
  scan.previousText = line.body[0] !== '#' || !/^#{1,6}(?:[ \t]|\r?$)/u.test(line.body)
  return true
}

/** The steps of the scan of each line, in order; the first that is done with the line ends it. */
const LINE_STEPS: readonly Step[] = [
  frontMatter,
  emptyLine,
  indentation,
  containers,
  nesting,
  writtenLine,
  insideFence,
  blankLine,
  placedFlood,
  longBlock,
  setext,
  fenceOpening,
  definition,
  htmlBlock,
  inlineFlood,
  inlineRuns,
  lineEnd
]

function over(scan: Scan, construct: Construct, line: number): void {
  scan.first[construct] ??= line
}

function newLine(text: string, start: number, number: number): Line {
  return {
    text,
    start,
    number,
    at: 0,
    columns: 0,
    indent: 0,
    depth: 0,
    literalAt: -1,
    literalMarker: '\\>',
    literalEnd: -1,
    listMarkers: 0,
    firstList: undefined,
    written: false,
    literal: false,
    body: '',
    bodyStart: 0,
    scanFrom: 0
  }
}

/** The warnings of a scan: one per limit passed, at the first line it changed. */
function limitMessages(scan: Scan, file: string | undefined): Diagnostic[] {
  const messages: Diagnostic[] = []
  const {longBlock, deepIndent, first} = scan
  if (longBlock > 0)
    messages.push(
      diagnostic(
        'markdown-long-block',
        {limit: MARKDOWN_LIMITS.lines, line: longBlock},
        {place: {line: longBlock, column: 1}, file}
      )
    )
  if (deepIndent > 0)
    messages.push(
      diagnostic(
        'markdown-deep-nesting',
        {line: deepIndent, columns: MARKDOWN_LIMITS.indent},
        {place: {line: deepIndent, column: 1}, file}
      )
    )
  for (const construct of Object.keys(NAMES) as Construct[]) {
    const line = first[construct]
    if (line === undefined) continue
    messages.push(
      diagnostic(
        'markdown-flood',
        {construct: NAMES[construct], limit: MARKDOWN_LIMITS[construct], line},
        {place: {line, column: 1}, file}
      )
    )
  }
  return messages
}

/**
 * Prepare `input` for the Markdown parser: see the module comment. Linear in the input's length.
 * A document that would be read whole past `MARKDOWN_LIMITS.whole` characters (`keptWhole`) is
 * scanned again with the blocks that keep it whole read as written, and then has each "]:" left
 * (a reference definition, which links anywhere) read as written: `markdown-whole`, at the first line changed.
 */
export function limitMarkdown(input: string, file?: string): PreparedMarkdown {
  let prepared = scanMarkdown(input, file, false)
  const whole = keptWhole(prepared.text, MARKDOWN_LIMITS.whole)
  if (whole.blocks) prepared = scanMarkdown(input, file, true)
  if (whole.definitions || (whole.blocks && keptWhole(prepared.text, MARKDOWN_LIMITS.whole).definitions))
    prepared = withoutDefinitions(prepared, input, file)
  return prepared
}

/** The warning that the pieces of a document from `line` on were read as written, past `MARKDOWN_LIMITS.parsed`. */
export function parsedFlood(line: number, file: string | undefined): Diagnostic {
  return diagnostic(
    'markdown-flood',
    {construct: NAMES.parsed, limit: MARKDOWN_LIMITS.parsed, line},
    {place: {line, column: 1}, file}
  )
}

/** The line number (from 1) of `offset` in `input`. */
function lineAt(input: string, offset: number): number {
  let line = 1
  for (let at = input.indexOf('\n'); at !== -1 && at < offset; at = input.indexOf('\n', at + 1)) line++
  return line
}

/** The warning that a document was read in pieces by reading `construct` as written, from `line`. */
function wholeMessage(construct: string, line: number, file: string | undefined): Diagnostic {
  return diagnostic(
    'markdown-whole',
    {construct, size: MARKDOWN_LIMITS.whole / 1024, line},
    {place: {line, column: 1}, file}
  )
}

/**
 * `prepared` with each "]:" after the front matter read as written: its "]" behind a placeholder (the
 * parser reads no definition, no link to one, and no cut is held back), or, in a document that holds a
 * private use character, its ":" escaped. Edits of the prepared text, their map composed with its own.
 */
function withoutDefinitions(prepared: PreparedMarkdown, input: string, file: string | undefined): PreparedMarkdown {
  const {text, map} = prepared
  const edits = emptyEdits()
  const literals = [...prepared.literals]
  const placeholders = !PRIVATE_USE.test(input)
  const frontMatterEnd = /^\uFEFF?---[ \t]*\r?\n/u.test(input) ? frontMatterLength(text) : 0
  let first = -1
  for (let at = text.indexOf(']:', frontMatterEnd); at !== -1; at = text.indexOf(']:', at + 2)) {
    if (first === -1) first = map[at] as number
    if (placeholders) {
      replaceRange(edits, at, at + 1, placeholder(literals.length))
      literals.push(']')
    } else insertAt(edits, at + 1, '\\')
  }
  if (first === -1) return prepared
  const applied = applyEdits(text, edits)
  const composed = new Int32Array(applied.map.length)
  for (let index = 0; index < composed.length; index++) composed[index] = map[applied.map[index] as number] as number
  const messages = [...prepared.messages, wholeMessage(WHOLE_NAMES.definitions, lineAt(input, first), file)]
  return {text: applied.text, map: composed, messages, literals}
}

/** Where closed front matter at the start of `text` ends (0: none). */
function frontMatterLength(text: string): number {
  const close = /^---[ \t]*\r?$/mu
  const rest = text.slice(text.indexOf('\n') + 1)
  const found = close.exec(rest)
  return found ? text.indexOf('\n') + 1 + found.index + found[0].length : 0
}

/** What `markdown-whole` names (Vietnamese, for the catalog's {construct} slot). */
const WHOLE_NAMES = {
  blocks: 'khối mã (```), khối HTML hoặc phần đầu (---) kéo dài qua dòng trống',
  definitions: 'định nghĩa liên kết “[x]: …”'
} as const

function scanMarkdown(input: string, file: string | undefined, wholeBlocks: boolean): PreparedMarkdown {
  const scan: Scan = {
    input,
    lineNumber: 0,
    markedLine: 0,
    edits: emptyEdits(),
    counts: {
      containers: 0,
      quotes: 0,
      nesting: 0,
      setext: 0,
      definitions: 0,
      fences: 0,
      htmlBlocks: 0,
      inline: 0,
      marked: 0,
      parsed: 0
    },
    first: {},
    deepIndent: 0,
    longBlock: 0,
    literals: [],
    placeholders: !PRIVATE_USE.test(input),
    inFrontMatter: false,
    fence: undefined,
    previousText: false,
    inline: {},
    run: 0,
    previousLiteral: false,
    listShape: '',
    nestingChanges: 0,
    afterBlank: true,
    wholeBlocks,
    firstWhole: 0
  }
  let offset = 0
  let number = 0
  while (offset <= input.length) {
    const newline = input.indexOf('\n', offset)
    const end = newline === -1 ? input.length : newline
    const line = newLine(input.slice(offset, end), offset, ++number)
    scan.lineNumber = number
    offset = end + 1
    for (const step of LINE_STEPS) if (step(scan, line)) break
  }
  const {text, map} = applyEdits(input, scan.edits)
  const messages = limitMessages(scan, file)
  if (scan.firstWhole > 0) messages.push(wholeMessage(WHOLE_NAMES.blocks, scan.firstWhole, file))
  return {text, map, messages, literals: scan.literals}
}
