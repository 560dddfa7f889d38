// Never throws, never hangs: damaged DOCX bytes and arbitrary text bytes always give a result.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decodeText} from '../src/lib/encoding.js'
import {docxToText, readDocx} from '../src/lib/docx/read.js'
import {abstract, docx, lvl, num, p, table} from './fixture.js'

const runs = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? 1) * 60
const sample = docx({
  numbering: abstract(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.')) + num(1, 0),
  body:
    table([[p('UBND TỈNH'), p('CỘNG HÒA')]], false) +
    p('NHIỆM VỤ', {num: [1, 0]}) +
    p('Tuyên truyền', {num: [1, 1]}) +
    table([[p('TT'), p('Nội dung')]], true)
})

describe('properties', () => {
  it('a DOCX with bytes changed anywhere gives a text layer and diagnostics, never an exception', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({max: sample.length - 1}), fc.integer({min: 0, max: 255})), {
          minLength: 1,
          maxLength: 8
        }),
        (changes) => {
          const bytes = sample.slice()
          for (const [index, value] of changes) bytes[index] = value
          const layer = docxToText(bytes)
          expect(typeof layer.text).toBe('string')
          // One origin per text line (no lines at all only for an empty text).
          if (layer.origins.length === 0) expect(layer.text).toBe('')
          else expect(layer.origins).toHaveLength(layer.text.split('\n').length)
          readDocx(bytes)
        }
      ),
      {numRuns: runs}
    )
  })
  it('a DOCX whose body is arbitrary text inside the XML is read or refused with one diagnostic', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (body) => {
        const layer = docxToText(docx(body))
        if (layer.messages.some((message) => message.fatal)) expect(layer.messages).toHaveLength(1)
      }),
      {numRuns: runs}
    )
  })
  it('any bytes decode to text or to a binary/encoding verdict', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
        const decoded = decodeText(bytes)
        if (decoded.ok) expect(typeof decoded.text).toBe('string')
        else expect(['binary', 'encoding']).toContain(decoded.reason)
      }),
      {numRuns: runs * 3}
    )
  })
})
