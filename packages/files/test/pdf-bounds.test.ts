// The PDF reader's bounds on hostile files, small versions built here (pdf-hostile.ts): the
// work stops at a count, with one warning on the page, never a stack trace. The full-size
// attacks and their timings are in pdf-bounds.stress.test.ts.
import {describe, expect, it} from 'vitest'
import {readPdfText} from '@kehoach/files'
import {manyGlyphs, nestedForms, repeatedPage} from './pdf-hostile.js'

const rules = (layer: {messages: Array<{ruleId: string; place?: unknown}>}) => layer.messages.map((message) => [message.ruleId, (message.place as {page?: number} | undefined)?.page])

describe('PDF work bounds', () => {
  it('forms nested in forms: the page stops at maxPageChunks pieces, with pdf-page-work-limit', async () => {
    const layer = await readPdfText(nestedForms(10), {maxPageChunks: 50, ocr: false})
    expect(rules(layer)).toEqual([['pdf-page-work-limit', 1]])
    // Each drawing of the word is a piece (all at one place, so the letters pile up); what came
    // before the limit is kept, far fewer than the 512 drawings.
    const drawn = layer.text.split('M').length - 1
    expect(drawn).toBeGreaterThan(0)
    expect(drawn).toBeLessThanOrEqual(50)
  })

  it('the same nesting under the limit reads every drawing', async () => {
    const layer = await readPdfText(nestedForms(4), {maxPageChunks: 50, ocr: false})
    expect(rules(layer)).toEqual([])
    expect(layer.text.split('M').length - 1).toBe(8)
  })

  it('a page of more characters than the limit stops reading there, with pdf-text-limit', async () => {
    const layer = await readPdfText(manyGlyphs(5000), {maxPageCharacters: 1200, ocr: false})
    expect(rules(layer)).toEqual([['pdf-text-limit', 1]])
    expect(layer.text.replace(/\s/gu, '').length).toBe(1200)
  })

  it('a page tree naming one page again: pdf-page-repeated, the page read once', async () => {
    const layer = await readPdfText(repeatedPage(50), {ocr: false})
    expect(rules(layer)).toEqual([['pdf-page-repeated', 2]])
    expect(layer.text).toBe('Noi dung')
  })
})
