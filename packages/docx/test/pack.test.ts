// The DOCX writers pack through an ArrayBuffer, which browsers support (Packer.toBuffer throws
// there); in Node the document part stays byte for byte what Packer.toBuffer wrote.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Packer} from 'docx'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {coverage, findScheme} from '@kehoach/compare'
import {planDocument, planToDocx, redlineDocument, redlineToDocx, reportDocument, reportToDocx} from '@kehoach/docx'
import {parts} from '../../../test/ooxml.js'

const root = new URL('../../../', import.meta.url).pathname
const plan = fromYaml(readFileSync(join(root, 'examples/ninh-binh-315.yaml'), 'utf8')).plan
const changed = {...plan, tasks: plan.tasks.slice(1)}
const report = coverage(plan, findScheme('315/QĐ-TTg')!)

const cases: Array<[string, () => Promise<Uint8Array>, () => Promise<Uint8Array>]> = [
  ['planToDocx', () => planToDocx(plan), () => Packer.toBuffer(planDocument(plan))],
  ['redlineToDocx', () => redlineToDocx(plan, changed, {date: '2026-11-21T08:00:00Z'}), () => Packer.toBuffer(redlineDocument(plan, changed, {date: '2026-11-21T08:00:00Z'}))],
  ['reportToDocx', () => reportToDocx([report]), () => Packer.toBuffer(reportDocument([report]))]
]

describe.each(cases)('%s', (_name, write, before) => {
  it('returns plain bytes, not a Node Buffer (the browser has none)', async () => {
    const bytes = await write()
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.isBuffer(bytes)).toBe(false)
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK')
  })
  it('keeps word/document.xml identical to what Packer.toBuffer wrote', async () => {
    expect(parts(await write())['word/document.xml']).toBe(parts(await before())['word/document.xml'])
  })
})
