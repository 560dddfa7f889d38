// The .docx bytes: Node's zlib deflates docx's own parts; the unzipped parts must be the very
// bytes docx's packer writes, so an upgrade of docx that changes its internals shows here.
import {readFileSync} from 'node:fs'
import {unzipSync} from 'fflate'
import {Packer} from 'docx'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {planDocument} from '../src/lib/plan.js'
import {packDocument} from '../src/lib/pack.js'

const example = fromYaml(readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')).plan

describe('packing a document', () => {
  it('gives the same parts, in the same order, as docx’s own packer', async () => {
    const ours = unzipSync(await packDocument(planDocument(example)))
    const theirs = unzipSync(new Uint8Array(await Packer.toBuffer(planDocument(example))))
    expect(Object.keys(ours)).toEqual(Object.keys(theirs))
    for (const [path, bytes] of Object.entries(theirs)) {
      // docx stamps the creation time into docProps/core.xml; everything else is byte for byte.
      if (path === 'docProps/core.xml') continue
      expect(Buffer.from(ours[path] as Uint8Array).equals(Buffer.from(bytes)), path).toBe(true)
    }
    expect(new TextDecoder().decode(ours['word/document.xml'])).toContain('Ninh Bình')
  })
})
