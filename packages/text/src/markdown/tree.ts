/**
 * The mdast tree of a Markdown document, parsed block by block.
 *
 * micromark's cost per character grows with the size of the document it is given (its
 * edit maps and subtokenizer rework the whole event list): an ordinary 1 MB plan took some
 * 10 s of CPU in one piece and 1.5 s cut into its top-level blocks. So the document is cut
 * where CommonMark's block structure is provably empty; a run of the plainest lines of
 * kehoach's own form between two cuts is built without micromark (plain.ts), and
 * the rest is parsed, in pieces of at least `PIECE` characters, by the same unified +
 * remark-parse processor; the trees are joined, their positions moved to where each piece
 * starts. The cut points (`markdownCuts`):
 *
 * - a line that starts at column 0 with a character other than a space or tab and that
 *   follows a blank line: a blank line closes every paragraph, block quote and HTML block of
 *   kinds 6 and 7, and a line at column 0 that is no list item closes every list (it cannot be
 *   a lazy continuation after a blank line) and with it whatever the list held; a list item
 *   there ("- ", "* ", "+ ", "1. ", "1) ") after a list item at column 0 (or lines at column 0 right after
 *   one that open no block of their own: a lazy "===", a "---") closes all but the top-level list, which goes on in
 *   the next piece: `markdownBlocks` joins the two lists again (a list of items with blank lines
 *   between them was one piece however long: 1 MB with one link in it, 1.9 s and 420 MB);
 * - an ATX heading at column 0 ("## …") without a blank line before it, unless a line of its run
 *   starts with "<" (an HTML block of kinds 6 and 7 goes on through it): it ends every other block;
 * - the line after closed front matter (a block of its own, at the start);
 * - not inside front matter or a fenced code block that starts at column 0 (the only
 *   blocks that stay open across such a line);
 * - not before the line of the last `]:` (a reference definition, which links anywhere in
 *   the document), and none at all when a `]` follows that line (which could close a
 *   reference to it): past it, no piece can hold a link, a reference or a definition;
 * - and none at all, so the whole document is one piece, when the document may hold what
 *   the rule above cannot follow: an HTML block of kinds 1 to 5 (`<!`, `<?`, `<script`, `<pre`,
 *   `<style`, `<textarea`, which go on across blank lines), a fence that does not start
 *   at column 0 (which may belong to a list item or a quote, and one that a cut closes
 *   ends at a different place from one closed by its container), a fence after a line
 *   of the same run of lines that starts with "<" (which may be HTML, not a fence), or
 *   front matter that is never closed. In a document past `MARKDOWN_LIMITS.whole` (64 KB) that
 *   these would keep whole past it (`keptWhole`), limits.ts reads them as written first
 *   (`markdown-whole`).
 *
 * Beyond the plain lines nothing is read by hand: every other piece is CommonMark as
 * micromark reads it, and `packages/text/test/markdown-tree.test.ts` checks on generated
 * documents that the plan and messages are the same as from the document parsed whole.
 */

import type {List, Nodes, Root, RootContent, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {plainBlocks, textOf} from './plain.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
/** For the pieces after the first, where front matter cannot stand. */
const plain = unified().use(remarkParse)

/** What keeps a document whole: see the module comment. */
const WHOLE = /\]:|<[!?]|<(?:script|pre|style|textarea)|^[ \t>*+\d.)-]+(?:`{3}|~{3})/imu
/**
 * What keeps whole the part up to the last definition: a fence as in {@link WHOLE}, or a line that
 * opens an HTML block of kinds 1 to 5, after any indentation and container markers, and does not
 * close it on the same line (micromark lets one opened in a list item run on past a blank line and
 * a line at column 0: `- <!--`, two blank lines, `I. …` is one comment). One closed on its own line
 * ends there, as a paragraph does (`<!-- ghi chú -->` above a plan made the whole document one
 * piece: 100 KB of items after it took 2.3 s and 415 MB, 1 MB was killed past 2 GB).
 */
const WHOLE_BUT_DEFINITIONS =
  /^[ \t>*+\d.)-]*<(?:!--(?!.*-->)|\?(?!.*\?>)|![A-Za-z](?!.*>)|!\[CDATA\[(?!.*\]\]>)|(?:script|pre|style|textarea)(?:[ \t>]|$)(?!.*<\/(?:script|pre|style|textarea)>))|^[ \t>*+\d.)-]+(?:`{3}|~{3})/imu
/**
 * The fewest characters in a piece: every parse has a fixed cost (micromark combines its
 * extensions, mdast-util-from-markdown its handlers), so pieces of one block each were slower.
 */
export const PIECE = 4096
/**
 * Past this many characters a run of plain lines is checked first, then built a part at a time,
 * each part ending between two items of one list (`plainParts`): 1 MB of `1. a` lines was one
 * list of 209,504 items, a tree of 111 MB held whole.
 */
export const PLAIN_PART = 65_536
/** The most pieces tried at once as plain lines (`parseMarkdownTree`). */
const GROUP = 64
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/u
/** The characters a list item (LIST_ITEM) starts with. */
const LIST_START = new Set(['-', '+', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
/** An ATX heading's opening: it ends a paragraph, a list, a block quote and indented code (not an HTML block of kinds 6 and 7). */
const ATX = /^#{1,6}(?:[ \t]|$)/u
const FENCE = /^(`{3,}|~{3,})(.*)$/u
/** What a line at column 0 starts with that may open a block other than a paragraph or a rule (`markdownCuts`). */
const LEADS_BLOCK = new Set(['#', '<', '>', '`', '~', '|'])

/**
 * The offsets where the pieces of `text` start, each piece at least `piece` characters
 * long but the last: always 0 first; only 0 when the document stays whole. `text` has
 * "\n" line ends (normalizeText).
 */
export function markdownCuts(text: string, piece = PIECE, why?: {blocks: boolean}): number[] {
  const cuts = [0]
  if (WHOLE_BUT_DEFINITIONS.test(text)) {
    if (why) why.blocks = true
    return cuts
  }
  // Past the line of the last "]:", with no "]" after it (so nothing after it can close a
  // link, a reference or a definition), a piece read without the definitions reads the same.
  let firstCut = 0
  const definition = text.lastIndexOf(']:')
  if (definition !== -1) {
    const lineEnd = text.indexOf('\n', definition)
    if (lineEnd === -1 || text.includes(']', lineEnd)) return cuts
    firstCut = lineEnd + 1
  }
  let offset = 0
  let lineNumber = 0
  let previousBlank = false
  let frontMatter = false
  let fence: {char: string; length: number} | undefined
  // A line of the run of non-blank lines since the last blank line starts with "<" (an HTML block?).
  let htmlRun = false
  // The last run of lines that are not blank starts with a list item at column 0 (after indented code,
  // micromark reads a list item after a blank line as a paragraph: only an item after an item's run is cut before).
  let previousItem = false
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(offset, end)
    const start = offset
    offset = end + 1
    lineNumber++
    if (lineNumber === 1 && /^\uFEFF?---[ \t]*$/u.test(line)) {
      frontMatter = true
      continue
    }
    if (frontMatter) {
      if (/^---[ \t]*$/u.test(line)) {
        frontMatter = false
        // Closed front matter is a block of its own at the start: nothing after it continues it, so
        // the rest is read apart (a list right after it had no cut at all: 1 MB of "1. a" took 34 s).
        if (offset < text.length && offset >= firstCut && offset >= piece) cuts.push(offset)
      }
      previousBlank = false
      continue
    }
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line)
      if (closing && closing[1]?.[0] === fence.char && (closing[1]?.length ?? 0) >= fence.length) fence = undefined
      previousBlank = false
      continue
    }
    const blank = line.length === 0 || /^[ \t]*$/u.test(line)
    if (blank) {
      previousBlank = true
      htmlRun = false
      continue
    }
    const first = line[0] as string
    const atColumn0 = first !== ' ' && first !== '\t'
    // After a blank line, a line at column 0 (a list item too: the list goes on in the next piece,
    // `markdownBlocks` joins them); without one, an ATX heading at column 0 outside an HTML block.
    const item = LIST_START.has(first) && LIST_ITEM.test(line)
    if (
      atColumn0 &&
      ((previousBlank && (!item || previousItem)) || (first === '#' && start > 0 && !htmlRun && ATX.test(line))) &&
      start >= firstCut &&
      start - (cuts.at(-1) as number) >= piece
    )
      cuts.push(start)
    if ((first === '<' || first === ' ') && /^ {0,3}</u.test(line)) htmlRun = true
    // A line at column 0 right after a list item's run (a lazy continuation "===", a paragraph line, a
    // "---") keeps it a list item's run, unless it may open a block of its own that goes on (a heading,
    // then indented code; HTML, a quote, a fence): an item after the next blank line is cut before as
    // after an item (1 MB of "1. a", "===", blank line was one piece: killed past 50 s).
    previousItem = item || (previousItem && !previousBlank && atColumn0 && !LEADS_BLOCK.has(first))
    previousBlank = false
    const opening = first === '`' || first === '~' ? FENCE.exec(line) : null
    if (opening) {
      const marks = opening[1] as string
      // A backtick fence's info string holds no backtick (else the line is a paragraph).
      if (marks[0] === '`' && (opening[2] as string).includes('`')) continue
      if (htmlRun) {
        if (why) why.blocks = true
        return [0]
      }
      fence = {char: marks[0] as string, length: marks.length}
    }
  }
  if (frontMatter) {
    if (why) why.blocks = true
    return [0]
  }
  return cuts
}

/**
 * What keeps more than the first `size` characters of `text` in one piece (`markdownCuts`): a
 * block that goes on across blank lines (`blocks`: an HTML block of kinds 1 to 5, a fence not at
 * column 0 or after a line that starts with "<", front matter never closed), or a reference
 * definition (`definitions`: a "]:" past `size`, or a "]" after the last one). limits.ts reads
 * them as written in such a document, so that it can be cut (micromark read 1 MB in one piece in
 * 5-7 s and near 1 GB).
 */
export function keptWhole(text: string, size: number): {blocks: boolean; definitions: boolean} {
  const why = {blocks: false}
  if (text.length <= size) return {blocks: false, definitions: false}
  const definition = text.lastIndexOf(']:')
  const lineEnd = definition === -1 ? -1 : text.indexOf('\n', definition)
  const definitions = definition !== -1 && (lineEnd === -1 || lineEnd >= size || text.includes(']', lineEnd))
  markdownCuts(text.replaceAll(']:', '] '), 0, why)
  return {blocks: why.blocks, definitions}
}

/**
 * How to cut: pieces of at least `piece` characters (`Infinity`: whole), whether plain pieces
 * skip remark, and the characters past which a plain run is built in parts (`PLAIN_PART`).
 */
export interface TreeOptions {
  piece?: number
  plain?: boolean
  part?: number
  /** The work micromark may do on the document (`ParseBudget`); none: no limit. */
  budget?: ParseBudget
}

/**
 * What micromark may still read of a document, in units of its work: a character is one, a
 * character of inline syntax (`* _ [ ] \` < & !`) {@link MARK_WEIGHT} more (micromark read 40 KB of lines
 * such as `1. *a **b [c](d) \`f\` <i>` in some 0.6 s, 720 KB of list items without them in 1.8 s). A
 * piece that would take more than is `left` is read as written (`writtenBlocks`), and so is every
 * piece after it: `over` is where the first starts.
 */
export interface ParseBudget {
  left: number
  over?: number
}

/** The extra units of a character of inline syntax in a `ParseBudget`. */
export const MARK_WEIGHT = 16
/** The extra units of a line in a `ParseBudget`. */
export const LINE_WEIGHT = 32

/** Lists that go on the list before them: a plain run built in parts cut it between two of its items. */
const continued = new WeakSet<List>()

/**
 * Parse `text` (with "\n" line ends) into one mdast tree: cut at every place `markdownCuts`
 * allows, each plain block run built by `plainBlocks`, and the rest given to remark in
 * pieces of at least `piece` characters (`Infinity`: the whole text to remark at once).
 */
export function parseMarkdownTree(text: string, options: TreeOptions = {}): Root {
  const children: RootContent[] = []
  for (const block of markdownBlocks(text, options)) {
    const last = children.at(-1)
    if (block.type === 'list' && continued.has(block) && last?.type === 'list') {
      for (const item of block.children) last.children.push(item)
      if (last.position && block.position) last.position.end = block.position.end
    } else children.push(block)
  }
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(text)}}
}

/**
 * The top-level blocks of `parseMarkdownTree`'s tree, one at a time: each piece is parsed when the
 * blocks before it have been taken, so a reader that lets each block go once read never holds the
 * tree of the whole document (1 MB of `1. [a](` lines made a tree of 73 MB). A long plain list may
 * come as several lists, each after the first going on the one before it: its `start` is the
 * number of its first item in the whole list (`parseMarkdownTree` joins them again).
 */
export function* markdownBlocks(text: string, options: TreeOptions = {}): Generator<RootContent, void, undefined> {
  let previous: RootContent | undefined
  for (const block of pieceBlocks(text, options)) {
    if (block.type === 'list' && previous?.type === 'list' && goesOn(text, previous, block)) {
      // Its items are numbered on from that list's.
      if (previous.ordered && typeof previous.start === 'number')
        block.start = previous.start + previous.children.length
      continued.add(block)
    }
    previous = block
    yield block
  }
}

/**
 * Whether `list` goes on the list `previous` before it: only blank lines between them, and items of
 * the same kind (bullet, or the delimiter after the number). Two such lists are one in CommonMark,
 * so they came from two pieces, cut before an item after a blank line (`markdownCuts`).
 */
function goesOn(text: string, previous: List, list: List): boolean {
  const end = previous.position?.end.offset
  const start = list.position?.start.offset
  if (end === undefined || start === undefined || list.ordered !== previous.ordered) return false
  if (!/^[ \t\n]*$/u.test(text.slice(end, start))) return false
  const kind = (node: List): string => {
    const at = node.children[0]?.position?.start.offset ?? 0
    return node.ordered ? (/^\d{1,9}([.)])/u.exec(text.slice(at, at + 11))?.[1] ?? '') : (text[at] ?? '')
  }
  return kind(previous) === kind(list)
}

/** The blocks of `markdownBlocks`, a list cut between two pieces coming as two lists. */
function* pieceBlocks(text: string, options: TreeOptions = {}): Generator<RootContent, void, undefined> {
  const piece = options.piece ?? PIECE
  const cuts = piece === Number.POSITIVE_INFINITY ? [0] : markdownCuts(text, options.plain === false ? piece : 0)
  // kehoach's own way (not a test's reading by remark alone): closed front matter is built by hand.
  const own = options.plain !== false && piece !== Number.POSITIVE_INFINITY
  if (cuts.length === 1 && (!own || WHOLE.test(text))) {
    const front = own ? frontMatterBlock(text) : undefined
    if (!front) {
      yield* (processor.parse(text) as Root).children
      return
    }
    yield front.node
    for (const child of (plain.parse(text.slice(front.next)) as Root).children) {
      shift(child, front.next, front.lines)
      yield child
    }
    return
  }
  let line = 1
  let lineAt = 0
  const lineOf = (offset: number): number => {
    for (let at = text.indexOf('\n', lineAt); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++
    lineAt = offset
    return line
  }
  // Text waiting for remark: [pending, from), starting on line pendingLine.
  let pending = -1
  let pendingLine = 1
  const budget = options.budget
  function* flush(to: number): Generator<RootContent, void, undefined> {
    if (pending === -1) return
    let from = pending
    let at = pendingLine - 1
    pending = -1
    if (from === 0 && own) {
      const front = frontMatterBlock(text)
      if (front && front.next <= to) {
        yield front.node
        from = front.next
        at = front.lines
        if (from >= to) return
      }
    }
    if (budget) {
      const work = budget.over === undefined ? parseWork(text, from, to) : 0
      if (budget.over !== undefined || work > budget.left) {
        budget.over ??= from
        yield* writtenBlocks(text, from, to, at + 1)
        return
      }
      budget.left -= work
    }
    const tree = (from === 0 ? processor : plain).parse(text.slice(from, to)) as Root
    for (const child of tree.children) {
      if (from > 0) shift(child, from, at)
      yield child
    }
  }
  // Up to GROUP pieces are tried as one run of plain lines (the same blocks as piece by piece, as a
  // cut stands after a blank line before a line that is no list item); when that fails, piece by
  // piece up to the end of the group.
  let single = 0
  for (let index = 0; index < cuts.length; index++) {
    const from = cuts[index] as number
    const here = lineOf(from)
    if (options.plain !== false && index >= single && index + 1 < cuts.length) {
      const last = Math.min(index + GROUP, cuts.length)
      const blocks = plainRun(text, from, cuts[last] ?? text.length, here, options.part ?? PLAIN_PART)
      if (blocks) {
        yield* flush(from)
        yield* blocks
        index = last - 1
        continue
      }
      single = last
    }
    const to = cuts[index + 1] ?? text.length
    const blocks = options.plain === false ? undefined : plainRun(text, from, to, here, options.part ?? PLAIN_PART)
    if (blocks) {
      yield* flush(from)
      yield* blocks
      continue
    }
    if (pending === -1) {
      pending = from
      pendingLine = here
    }
    if (to - pending >= piece) yield* flush(to)
  }
  yield* flush(text.length)
}

/** The blocks of a run of plain lines (`plainBlocks`), past `part` characters checked first and then built in parts. */
function plainRun(
  text: string,
  from: number,
  to: number,
  line: number,
  part: number
): Iterable<RootContent> | undefined {
  if (to - from <= part) return plainBlocks(text, from, to, line)
  const check = {part, cuts: []}
  return plainBlocks(text, from, to, line, check) ? plainParts(text, from, to, line, check.cuts) : undefined
}

/**
 * The blocks of a run of plain lines already checked, a part at a time, cut at `cuts`: each an
 * item that follows an item of its own list, which the next part's first list goes on.
 */
function* plainParts(
  text: string,
  from: number,
  to: number,
  line: number,
  cuts: readonly number[]
): Generator<RootContent> {
  let number = line
  let previous: RootContent | undefined
  for (let index = 0; index <= cuts.length; index++) {
    const start = index === 0 ? from : (cuts[index - 1] as number)
    const end = cuts[index] ?? to
    const blocks = plainBlocks(text, start, end, number) ?? []
    const first = blocks[0]
    if (index > 0 && first?.type === 'list' && previous?.type === 'list') {
      // Its items are numbered on from that list's.
      if (previous.ordered && typeof previous.start === 'number')
        first.start = previous.start + previous.children.length
      continued.add(first)
    }
    previous = blocks.at(-1)
    yield* blocks
    for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) number++
  }
}

/** The units of `ParseBudget` that micromark would spend on `text` from `from` to `to`. */
function parseWork(text: string, from: number, to: number): number {
  let marks = 0
  let lines = 0
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x0a) lines++
    // * _ [ ] ` < & !
    else if (
      code === 0x2a ||
      code === 0x5f ||
      code === 0x5b ||
      code === 0x5d ||
      code === 0x60 ||
      code === 0x3c ||
      code === 0x26 ||
      code === 0x21
    )
      marks++
  }
  return to - from + MARK_WEIGHT * marks + LINE_WEIGHT * lines
}

const ATX_LINE = /^ {0,3}(#{1,6})(?:[ \t]+|$)/u

/** The paragraphs `writtenBlocks` made: their lines are read as a text plan's lines are (fields and all). */
export const writtenParagraphs = new WeakSet<RootContent>()

/** A line of indented code without its first four columns of indentation (a tab reaching past them is kept as spaces). */
function codeLine(line: string): string {
  let columns = 0
  let at = 0
  for (; at < line.length && columns < 4; at++) columns += line[at] === '\t' ? 4 - (columns % 4) : 1
  return ' '.repeat(columns - 4) + line.slice(at)
}
const FENCE_LINE = /^---[ \t]*$/u

/**
 * Closed front matter at the start of `text`, as remark-frontmatter reads it (a `---` line first, the
 * next `---` line closing it, spaces or tabs after either), built without micromark: it read such a
 * block at some 20 µs and 7 KB a line (1 MB of blank lines in front matter took 12-17 s and 2 GB before
 * the YAML's size was looked at). `next` is where the line after it starts, `lines` its lines. None
 * with a byte order mark (micromark counts its offsets without it).
 */
export function frontMatterBlock(text: string): {node: Yaml; next: number; lines: number} | undefined {
  const first = text.indexOf('\n')
  if (!text.startsWith('---') || first === -1 || !FENCE_LINE.test(text.slice(0, first))) return undefined
  let lines = 2
  for (let start = first + 1; ; lines++) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (text.charCodeAt(start) === 0x2d && FENCE_LINE.test(text.slice(start, end))) {
      const node: Yaml = {
        type: 'yaml',
        value: text.slice(first + 1, Math.max(first + 1, start - 1)),
        position: {start: {line: 1, column: 1, offset: 0}, end: {line: lines, column: end - start + 1, offset: end}}
      }
      return {node, next: newline === -1 ? text.length : newline + 1, lines}
    }
    if (newline === -1) return undefined
    start = newline + 1
  }
}

/**
 * The blocks of `text` from `from` to `to` (starting on line `line`) read as written, past the
 * document's `ParseBudget`: each run of lines between blank lines is one paragraph of those lines,
 * their indentation dropped, their escapes and character references read as in a plain line
 * (`textOf`), every other mark of Markdown kept as a character; a line at column 0 to 3 that starts
 * with "#" to "######" and a space is a heading of that depth, as CommonMark reads it. Front matter at
 * the start of the document is still read as front matter. Linear in the text.
 */
export function writtenBlocks(text: string, from: number, to: number, line: number): RootContent[] {
  const blocks: RootContent[] = []
  let number = line
  const start = from
  const point = (offset: number, lineNumber: number, lineStart: number) => ({
    line: lineNumber,
    column: offset - lineStart + 1,
    offset
  })
  type At = {line: number; column: number; offset: number}
  // The block open: a paragraph, or indented code (which blank lines do not close), and its lines.
  let open: 'paragraph' | 'code' | undefined
  let lines: string[] = []
  let blanks = 0
  let first: At | undefined
  let last: At | undefined
  const close = (): void => {
    if (open && first && last) {
      const position = {start: first, end: last}
      if (open === 'code') blocks.push({type: 'code', value: lines.join('\n'), position})
      else {
        const value = textOf(lines.join('\n'))
        const paragraph: RootContent = {
          type: 'paragraph',
          children: [{type: 'text', value, position: {start: {...first}, end: {...last}}}],
          position
        }
        writtenParagraphs.add(paragraph)
        blocks.push(paragraph)
      }
    }
    open = undefined
    lines = []
    blanks = 0
    first = undefined
    last = undefined
  }
  for (let next = start; next < to; number++) {
    const lineStart = next
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 || newline > to ? to : newline
    next = lineEnd + 1
    const at = (offset: number): At => point(offset, number, lineStart)
    let body = lineStart
    let columns = 0
    for (; body < lineEnd && (text[body] === ' ' || text[body] === '\t'); body++)
      columns += text[body] === '\t' ? 4 - (columns % 4) : 1
    let end = lineEnd
    while (end > body && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--
    if (end === body) {
      if (open === 'code') blanks++
      else close()
      continue
    }
    // Indented by four columns or more where no paragraph is open: indented code, to its last such line.
    if (columns >= 4 && open !== 'paragraph') {
      if (open !== 'code') {
        open = 'code'
        first = at(lineStart)
      }
      for (; blanks > 0; blanks--) lines.push('')
      lines.push(codeLine(text.slice(lineStart, end)))
      last = at(end)
      continue
    }
    if (open === 'code') close()
    const heading = text.charCodeAt(body) === 0x23 ? ATX_LINE.exec(text.slice(lineStart, end)) : null
    if (heading) {
      close()
      const depth = (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6
      const contentAt = lineStart + heading[0].length
      const words = text.slice(contentAt, end).replace(/(?:^|[ \t]+)#+$/u, '')
      blocks.push({
        type: 'heading',
        depth,
        children: words
          ? [{type: 'text', value: textOf(words), position: {start: at(contentAt), end: at(contentAt + words.length)}}]
          : [],
        position: {start: at(body), end: at(end)}
      })
      continue
    }
    open = 'paragraph'
    lines.push(text.slice(body, end))
    first ??= at(body)
    last = at(end)
  }
  close()
  return blocks
}

function endPoint(text: string): {line: number; column: number; offset: number} {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) line++
  return {line, column: text.length - text.lastIndexOf('\n'), offset: text.length}
}

/** Move the positions of `node` and all it holds by `offset` characters and `lines` lines. */
function shift(node: Nodes, offset: number, lines: number): void {
  const stack: Nodes[] = [node]
  for (let current = stack.pop(); current; current = stack.pop()) {
    const position = current.position
    if (position) {
      position.start = {
        ...position.start,
        line: position.start.line + lines,
        offset: (position.start.offset ?? 0) + offset
      }
      position.end = {...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset}
    }
    if ('children' in current) for (const child of current.children) stack.push(child)
  }
}
