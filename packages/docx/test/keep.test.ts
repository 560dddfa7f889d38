// Issue 29: the signature block never stands alone on the last page: the closing words are kept with it.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {planToDocx} from '@kehoach/docx'
import {all, parse, parts, textOf} from '../../../test/ooxml.js'

const example = readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')

describe('the signature block', () => {
  it('is kept with the closing words before it', async () => {
    const {plan} = fromYaml(example)
    expect(plan.closing.length).toBeGreaterThan(0)
    const doc = parse(parts(await planToDocx(plan))['word/document.xml'] as string)
    const body = all(doc, 'body')[0]!
    const paragraphs = Array.from(body.childNodes).filter((node) => (node as Element).localName === 'p') as Element[]
    const closing = paragraphs.filter((p) => plan.closing.some((item) => textOf(p).startsWith(item.text.slice(0, 30))))
    expect(closing.length).toBe(plan.closing.length)
    for (const p of closing) expect(all(p, 'keepNext').length, textOf(p)).toBe(1)
  })
})
