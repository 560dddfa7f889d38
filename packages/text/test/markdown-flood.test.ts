// Issue 27: a flood of short Markdown paragraphs past MAX_ITEMS is refused before the Markdown is
// parsed (it was refused only after micromark had parsed them all), at the line the parsed count named.
import {describe, expect, it, vi} from 'vitest'
import {fromMarkdown} from '@kehoach/text'
import {MAX_ITEMS} from '../src/common/assemble.js'

const parsed = vi.hoisted(() => ({blocks: 0}))
vi.mock('../src/markdown/tree.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/markdown/tree.js')>()
  return {
    ...original,
    markdownBlocks: (...args: Parameters<typeof original.markdownBlocks>) => {
      parsed.blocks++
      return original.markdownBlocks(...args)
    }
  }
})

/** The line of the one `too-many-paragraphs` error of a refused document, and whether the parser ran. */
function refusal(text: string): {line: number | undefined; parsed: boolean} {
  parsed.blocks = 0
  const result = fromMarkdown(text)
  expect(result.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['too-many-paragraphs', true]])
  expect(result.plan.tasks).toEqual([])
  const place = result.messages[0]?.place
  return {line: place && 'start' in place ? place.start.line : undefined, parsed: parsed.blocks > 0}
}

const paragraph = 'Đoạn [a] văn.\n\n'

describe('short paragraphs past the limit', () => {
  it('are refused before parsing, at the paragraph past the limit', () => {
    expect(refusal(paragraph.repeat(MAX_ITEMS + 1))).toEqual({line: 2 * MAX_ITEMS + 1, parsed: false})
    // CRLF line ends and blank lines of spaces separate paragraphs as well.
    expect(refusal('Đoạn [a] văn.\r\n \t\r\n'.repeat(MAX_ITEMS + 1))).toEqual({line: 2 * MAX_ITEMS + 1, parsed: false})
  })

  it('a title, front matter and a list item count as blocks, as the parsed count had them', () => {
    // The title is a block of its own: the paragraph past the limit is the MAX_ITEMS-th.
    expect(refusal(`# Kế hoạch thử\n\n${paragraph.repeat(MAX_ITEMS)}`)).toEqual({
      line: 2 * MAX_ITEMS + 1,
      parsed: false
    })
    expect(refusal(`---\ntitle: Kế hoạch\n---\n\n${paragraph.repeat(MAX_ITEMS)}`)).toEqual({
      line: 2 * MAX_ITEMS + 3,
      parsed: false
    })
    expect(refusal(`# Kế hoạch thử\n\n1. a\n\n${paragraph.repeat(MAX_ITEMS)}`)).toEqual({
      line: 2 * MAX_ITEMS + 1,
      parsed: false
    })
  })

  it('indented lines and lines without a blank line before them start no block: such a text is parsed', () => {
    // One paragraph of many lines, and an indented code block whose lines blank lines separate.
    for (const text of ['Đoạn văn.\n'.repeat(MAX_ITEMS + 1), `Đoạn văn.\n\n${'    mã\n\n'.repeat(MAX_ITEMS + 1)}`]) {
      parsed.blocks = 0
      const read = fromMarkdown(text)
      expect(parsed.blocks).toBeGreaterThan(0)
      expect(read.messages.some((message) => message.ruleId === 'too-many-paragraphs')).toBe(false)
    }
  })
})
