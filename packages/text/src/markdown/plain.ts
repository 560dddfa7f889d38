/**
 * The mdast nodes of a piece of Markdown that holds only the plainest lines of kehoach's
 * own form, built without micromark, whose cost per line (some 20 to 40 µs here, blank
 * lines included) is most of the time of reading a large plan. A piece is plain when each
 * of its lines is blank or one of:
 *
 * - an ATX heading, "#" to "######", one space and plain text;
 * - a bullet item, "- " and plain text that does not start a block of its own (not a
 *   space, ">", "+", "-", "=", nor digits and "." or ")"), not followed by a paragraph line
 *   (which would be its lazy continuation);
 * - a paragraph line: plain text starting at column 0 with such a character, or, in a
 *   paragraph, after spaces (a continuation line, whose indentation is not text);
 *
 * where plain text is text without a character that CommonMark's inline syntax reads
 * (``\ ` * _ [ ] < ! & # ~``) other than in a backslash escape of ASCII punctuation ("\*",
 * the form markdown-limits.ts leaves past a limit), nor a control character or tab. Anything else, and so
 * every construct of Markdown beyond these, is left to remark: `plainBlocks` returns
 * undefined. The nodes are those remark makes (the readers use their type, depth, text
 * and the offsets of headings, paragraphs and list items), which
 * `packages/text/test/markdown-tree.test.ts` checks on generated documents.
 */

import type {Heading, List, ListItem, Paragraph, RootContent} from 'mdast'

const PLAIN = /^(?:[^\x00-\x1f\x7f!#&*<[\\\]_`~]|\\[!-/:-@[-`{-~])+$/u
/** A backslash before ASCII punctuation: the punctuation as text (what markdown-limits.ts writes past a limit). */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu
/** What may start a block (an indent, a quote, a list item, a setext underline or rule); the rest of ASCII punctuation is kept out by PLAIN. */
const STARTS_BLOCK = /^(?:\d{1,9}[.)]|[\s>+\-=])/u
const HEADING = /^(#{1,6}) (.*)$/u

type Point = {line: number; column: number; offset: number}

/**
 * The blocks of `text` from `from` to `to` (whole lines, the first numbered `line`), or
 * undefined when a line is not one of the plain forms above.
 */
export function plainBlocks(text: string, from: number, to: number, line: number): RootContent[] | undefined {
  const blocks: RootContent[] = []
  let list: List | undefined
  let paragraph: Paragraph | undefined
  let previous: 'blank' | 'item' | 'other' = 'blank'
  let offset = from
  for (let number = line; offset < to; number++) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 || newline > to ? to : newline
    const start = offset
    offset = end + 1
    const content = text.slice(start, end)
    const point = (at: number): Point => ({line: number, column: at - start + 1, offset: at})
    if (/^[ \t]*$/u.test(content)) {
      paragraph = undefined
      previous = 'blank'
      continue
    }
    const heading = HEADING.exec(content)
    if (heading) {
      // Only spaces and tabs are trimmed, as in CommonMark (a no-break space stays).
      const value = (heading[2] as string).replace(/^[ \t]+|[ \t]+$/gu, '')
      if (value === '' || !PLAIN.test(value)) return undefined
      const at = start + content.indexOf(value, (heading[1] as string).length)
      const node: Heading = {
        type: 'heading',
        depth: (heading[1] as string).length as Heading['depth'],
        children: [{type: 'text', value: value.replace(ESCAPE, '$1'), position: {start: point(at), end: point(at + value.length)}}],
        position: {start: point(start), end: point(end)}
      }
      blocks.push(node)
      list = undefined
      paragraph = undefined
      previous = 'other'
      continue
    }
    if (content.startsWith('- ')) {
      const value = content.slice(2)
      if (!PLAIN.test(value) || STARTS_BLOCK.test(value) || value !== value.trim()) return undefined
      const body: Paragraph = {type: 'paragraph', children: [{type: 'text', value: value.replace(ESCAPE, '$1'), position: {start: point(start + 2), end: point(end)}}], position: {start: point(start + 2), end: point(end)}}
      const item: ListItem = {type: 'listItem', spread: false, checked: null, children: [body], position: {start: point(start), end: point(end)}}
      // A blank line after an item leaves the list open: the next item belongs to it.
      if (list && (previous === 'item' || previous === 'blank')) {
        list.children.push(item)
        if (list.position) list.position.end = point(end)
      } else {
        list = {type: 'list', ordered: false, start: null, spread: false, children: [item], position: {start: point(start), end: point(end)}}
        blocks.push(list)
      }
      paragraph = undefined
      previous = 'item'
      continue
    }
    // A paragraph goes on in a line indented by spaces, whose indentation is not its text.
    const indent = paragraph && content.startsWith(' ') ? /^ +/u.exec(content)?.[0].length ?? 0 : 0
    const value = indent > 0 ? content.slice(indent) : content
    if (!PLAIN.test(value) || STARTS_BLOCK.test(value) || value !== value.trimEnd()) return undefined
    // A paragraph line right after an item would continue the item's paragraph (lazily).
    if (previous === 'item') return undefined
    list = undefined
    if (paragraph) {
      const child = paragraph.children[0]
      if (child?.type !== 'text' || !child.position || !paragraph.position) return undefined
      child.value += `\n${value.replace(ESCAPE, '$1')}`
      child.position.end = point(end)
      paragraph.position.end = point(end)
    } else {
      paragraph = {type: 'paragraph', children: [{type: 'text', value: content.replace(ESCAPE, '$1'), position: {start: point(start), end: point(end)}}], position: {start: point(start), end: point(end)}}
      blocks.push(paragraph)
    }
    previous = 'other'
  }
  return blocks
}
