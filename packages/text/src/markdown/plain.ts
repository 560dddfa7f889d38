/**
 * The mdast nodes of a piece of Markdown that holds only the plainest lines of kehoach's
 * own form, built without micromark, whose cost per line (some 20 to 40 µs here, blank
 * lines included) is most of the time of reading a large plan. A piece is plain when each
 * of its lines is blank or one of:
 *
 * - an ATX heading, "#" to "######", one space and plain text;
 * - a bullet item, "- " and plain text that does not start a block of its own (not a
 *   space, ">", "+", "-", "=", nor digits and "." or ")"), not followed by a paragraph line
 *   (which would be its lazy continuation); its text may hold the simplest emphasis
 *   (`phrasing`: "1. Việc *1*");
 * - a paragraph line: plain text starting at column 0 with such a character, or, in a
 *   paragraph, after spaces (a continuation line, whose indentation is not text), or an
 *   ordered item other than "1." or "1)" (which cannot interrupt a paragraph);
 *
 * where plain text is text without a character that CommonMark's inline syntax reads
 * (``\ ` * _ [ ] < # ~``, and "!" before "[") other than in a backslash escape of ASCII punctuation ("\*",
 * the form limits.ts leaves past a limit), nor a control character or tab; an "&" is plain, a
 * character reference ("&amp;", "&#7871;", "&#x41;") read as micromark reads it (the same decoder,
 * micromark-util-decode-string), any other "&" as itself. Anything else, and so
 * every construct of Markdown beyond these, is left to remark: `plainBlocks` returns
 * undefined. The nodes are those remark makes (the readers use their type, depth, text
 * and the offsets of headings, paragraphs and list items), which
 * `packages/text/test/markdown-tree.test.ts` checks on generated documents.
 */

import type {Heading, List, ListItem, Paragraph, PhrasingContent, RootContent} from 'mdast'
import {decodeString} from 'micromark-util-decode-string'

/**
 * Characters that are inline syntax in a paragraph line (`! # * < [ \\ ] _ \` ~`), and control
 * characters. Not "&": a character reference is read here as micromark reads it (`textOf`).
 */
function isSyntax(code: number): boolean {
  return (
    code <= 0x1f ||
    code === 0x7f ||
    code === 0x21 ||
    code === 0x23 ||
    code === 0x2a ||
    code === 0x3c ||
    (code >= 0x5b && code <= 0x5d) ||
    code === 0x5f ||
    code === 0x60 ||
    code === 0x7e
  )
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  )
}
/** A backslash before ASCII punctuation: the punctuation as text (what limits.ts writes past a limit). */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu
/** What may start a block (an indent, a quote, a list item, a setext underline or rule); the rest of ASCII punctuation is kept out by plain(). */
const STARTS_BLOCK = /^(?:\d{1,9}[.)]|[\s>+\-=])/u
const HEADING = /^(#{1,6}) (.*)$/u

type Point = {line: number; column: number; offset: number}

/**
 * Whether `value` is plain text (see the module comment): not empty, no inline syntax, and a
 * backslash only before ASCII punctuation. One pass: the pattern it replaces
 * (`/^(?:[^…]|\\[!-/:-@[-\`{-~])+$/u`) overflowed the regular-expression stack on a line of millions of characters.
 */
export function plain(value: string): boolean {
  if (value.length === 0) return false
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === 0x5c) {
      if (at + 1 < value.length && isAsciiPunctuation(value.charCodeAt(at + 1))) {
        at++
        continue
      }
      return false
    }
    // A numeric character reference: its "#" is no heading's.
    if (code === 0x26) at += numericReference(value, at)
    // A "!" is syntax only before "[" (an image): "Chú ý!" is words.
    else if (code === 0x21 ? value.charCodeAt(at + 1) === 0x5b : isSyntax(code)) return false
  }
  return true
}

/** The characters after the "&" at `at` of `value` of a numeric reference ("#65;", "#x41;") there, or 0. */
function numericReference(value: string, at: number): number {
  if (value.charCodeAt(at + 1) !== 0x23) return 0
  const x = value.charCodeAt(at + 2) | 0x20
  const hex = x === 0x78
  let end = hex ? at + 3 : at + 2
  const digits = end
  for (; end < value.length && end - digits < (hex ? 6 : 7); end++) {
    const code = value.charCodeAt(end)
    if (!((code >= 0x30 && code <= 0x39) || (hex && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x66))) break
  }
  return end > digits && value.charCodeAt(end) === 0x3b ? end - at : 0
}

const ORDERED = /^(\d{1,9})([.)]) /u

/**
 * The marker of a list item at column 0 and the one space after it: “- ”, “* ”, “+ ”, or a number
 * of up to nine digits and “.” or “)”. `kind` is what an item must share to go on in the same list.
 */
function itemMarker(
  content: string
): {length: number; kind: string; number: number | null; interrupts: boolean} | undefined {
  const first = content[0]
  if ((first === '-' || first === '*' || first === '+') && content[1] === ' ')
    return {length: 2, kind: first, number: null, interrupts: true}
  if (first === undefined || first < '0' || first > '9') return undefined
  const ordered = ORDERED.exec(content)
  // Only “1.” or “1)” interrupts a paragraph (micromark: the one digit 1, so not “01.”).
  return ordered
    ? {
        length: ordered[0].length,
        kind: ordered[2] as string,
        number: Number.parseInt(ordered[1] as string, 10),
        interrupts: ordered[1] === '1'
      }
    : undefined
}

/**
 * The text of plain `value`: its escapes and character references read, in one pass from the left
 * as micromark reads them ("\\&amp;" is "&amp;"; "&foo;", which names no character, stays).
 */
export function textOf(value: string): string {
  // Without a reference, escapes alone: micromark's decoder calls back for each one, and 1 MB of
  // "\\[" (the form limits.ts leaves) then peaked at 390 MB where this pattern peaks at 257 MB.
  if (!value.includes('&')) return value.includes('\\') ? value.replace(ESCAPE, '$1') : value
  return decodeString(value)
}

/** A letter or digit: neither whitespace nor punctuation to CommonMark's flanking rules. */
const WORD = /[\p{L}\p{N}]/u
/** What may follow a closing delimiter that is then only right-flanking: the end, a space, or this punctuation. */
const AFTER_CLOSER = new Set([' ', '.', ',', ';', ':', ')'])

/**
 * The phrasing of an item's one line `value`, which starts at offset `at`: plain text (`plain`)
 * and emphasis or strong emphasis of the simplest form, `*x*`, `_x_`, `**x**` or `__x__`, where
 * the opening run follows the start or a space and comes before a letter or digit, `x` is plain
 * text without a backslash that ends with a letter or digit, and the closing run, as long as the
 * opening one, is followed by the end, a space or one of `. , ; : )`. Such an opening run is
 * only left-flanking and such a closing run only right-flanking, with no other delimiter between
 * them, so CommonMark reads exactly that emphasis. Undefined for anything else (left to remark):
 * micromark read 1 MB of items such as "1. Việc *1*" in some 3.5 s.
 */
function phrasing(value: string, at: number, point: (offset: number) => Point): PhrasingContent[] | undefined {
  if (!value.includes('*') && !value.includes('_'))
    return plain(value)
      ? [{type: 'text', value: textOf(value), position: {start: point(at), end: point(at + value.length)}}]
      : undefined
  const nodes: PhrasingContent[] = []
  let textStart = 0
  const pushText = (end: number): boolean => {
    if (end === textStart) return true
    const slice = value.slice(textStart, end)
    if (!plain(slice)) return false
    nodes.push({type: 'text', value: textOf(slice), position: {start: point(at + textStart), end: point(at + end)}})
    return true
  }
  let index = 0
  while (index < value.length) {
    const mark = value[index]
    if ((mark !== '*' && mark !== '_') || (index > 0 && value[index - 1] === '\\')) {
      index++
      continue
    }
    const size = value[index + 1] === mark ? 2 : 1
    const inner = index + size
    const close = value.indexOf(size === 2 ? mark + mark : mark, inner)
    const after = close + size
    const content = close === -1 ? '' : value.slice(inner, close)
    if (
      (index > 0 && value[index - 1] !== ' ') ||
      !WORD.test(value[inner] ?? '') ||
      close === -1 ||
      !WORD.test(value[close - 1] ?? '') ||
      content.includes('\\') ||
      !plain(content) ||
      (after < value.length && !AFTER_CLOSER.has(value[after] as string))
    )
      return undefined
    if (!pushText(index)) return undefined
    const child: PhrasingContent = {
      type: 'text',
      value: textOf(content),
      position: {start: point(at + inner), end: point(at + close)}
    }
    nodes.push({
      type: size === 2 ? 'strong' : 'emphasis',
      children: [child],
      position: {start: point(at + index), end: point(at + after)}
    })
    index = after
    textStart = after
  }
  if (!pushText(value.length)) return undefined
  return nodes
}

/** Whether `content` is empty or only spaces and tabs. */
function blank(content: string): boolean {
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

/** What `plainBlocks` gives when it only checks a run: where it may be cut between two items of one list. */
export interface PlainCheck {
  /** The fewest characters between two cuts. */
  part: number
  /** Filled in: the offsets of the item lines, each at least `part` after the last, that follow an item of their own list. */
  cuts: number[]
}

/**
 * The blocks of `text` from `from` to `to` (whole lines, the first numbered `line`), or
 * undefined when a line is not one of the plain forms above. With `check`, only whether they
 * are plain (an empty list when they are), list items not kept, and where the run may be cut.
 */
export function plainBlocks(
  text: string,
  from: number,
  to: number,
  line: number,
  check?: PlainCheck
): RootContent[] | undefined {
  const blocks: RootContent[] = []
  const keep = (block: RootContent): void => {
    if (!check) blocks.push(block)
  }
  let lastCut = from
  let list: List | undefined
  let paragraph: Paragraph | undefined
  // The open paragraph's source, [paragraphStart, paragraphEnd), and whether a line of it is indented.
  let paragraphStart = 0
  let paragraphEnd = 0
  let indented = false
  // A paragraph's text is taken from the source when it ends: one string, not one a line.
  const close = (): void => {
    const child = paragraph?.children[0]
    if (child?.type === 'text') {
      const value = text.slice(paragraphStart, paragraphEnd)
      child.value = textOf(indented ? value.replace(/\n +/gu, '\n') : value)
    }
    paragraph = undefined
    indented = false
  }
  let previous: 'blank' | 'item' | 'other' = 'blank'
  /** What makes an item belong to the open list: its bullet (“-”, “*”, “+”) or its number's delimiter (“.”, “)”). */
  let listKind = ''
  let offset = from
  for (let number = line; offset < to; number++) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 || newline > to ? to : newline
    const start = offset
    offset = end + 1
    const content = text.slice(start, end)
    const point = (at: number): Point => ({line: number, column: at - start + 1, offset: at})
    if (blank(content)) {
      close()
      previous = 'blank'
      continue
    }
    const heading = content[0] === '#' ? HEADING.exec(content) : null
    if (heading) {
      // Only spaces and tabs are trimmed, as in CommonMark (a no-break space stays).
      const value = (heading[2] as string).replace(/^[ \t]+|[ \t]+$/gu, '')
      if (value === '' || !plain(value)) return undefined
      const at = start + content.indexOf(value, (heading[1] as string).length)
      const node: Heading = {
        type: 'heading',
        depth: (heading[1] as string).length as Heading['depth'],
        children: [{type: 'text', value: textOf(value), position: {start: point(at), end: point(at + value.length)}}],
        position: {start: point(start), end: point(end)}
      }
      keep(node)
      list = undefined
      close()
      previous = 'other'
      continue
    }
    const marker = itemMarker(content)
    // An ordered item that cannot interrupt the open paragraph is a line of it ("1001. a" read as
    // written, then "1002. a": limits.ts cuts a long run of items so).
    const continues = marker !== undefined && !marker.interrupts && previous === 'other' && paragraph !== undefined
    if (marker && !continues) {
      const value = content.slice(marker.length)
      if (STARTS_BLOCK.test(value) || value !== value.trim()) return undefined
      const span = {start: point(start + marker.length), end: point(end)}
      let body: Paragraph
      if (plain(value)) {
        // The paragraph and its text span the same characters: one position object for both, as in a
        // paragraph below (less memory on a flood of short lines).
        body = {type: 'paragraph', children: [{type: 'text', value: textOf(value), position: span}], position: span}
      } else {
        const children = phrasing(value, start + marker.length, point)
        if (!children) return undefined
        body = {type: 'paragraph', children, position: span}
      }
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        checked: null,
        children: [body],
        position: {start: point(start), end: point(end)}
      }
      // A blank line after an item leaves the list open: the next item of the same kind belongs to it.
      if (list && listKind === marker.kind && (previous === 'item' || previous === 'blank')) {
        if (!check) list.children.push(item)
        else if (previous === 'item' && start - lastCut >= check.part) {
          check.cuts.push(start)
          lastCut = start
        }
        if (list.position) list.position.end = point(end)
      } else {
        list = {
          type: 'list',
          ordered: marker.number !== null,
          start: marker.number,
          spread: false,
          children: [item],
          position: {start: point(start), end: point(end)}
        }
        listKind = marker.kind
        keep(list)
      }
      close()
      previous = 'item'
      continue
    }
    // A paragraph goes on in a line indented by spaces, whose indentation is not its text.
    const indent = paragraph && content.startsWith(' ') ? (/^ +/u.exec(content)?.[0].length ?? 0) : 0
    const value = indent > 0 ? content.slice(indent) : content
    if (!plain(value) || (!continues && STARTS_BLOCK.test(value)) || value !== value.trimEnd()) return undefined
    // A paragraph line right after an item would continue the item's paragraph (lazily).
    if (previous === 'item') return undefined
    list = undefined
    if (paragraph?.position) {
      // Its text's position too (one object).
      paragraph.position.end = point(end)
      indented ||= indent > 0
    } else {
      const span = {start: point(start), end: point(end)}
      paragraph = {type: 'paragraph', children: [{type: 'text', value: '', position: span}], position: span}
      keep(paragraph)
      paragraphStart = start
    }
    paragraphEnd = end
    previous = 'other'
  }
  close()
  return blocks
}
