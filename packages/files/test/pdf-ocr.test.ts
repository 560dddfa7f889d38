// OCR of a scanned dispatch (two pages, no text layer) with tesseract.js and the Vietnamese
// model from node_modules: nothing is downloaded. About 10-30 s on two shared cores.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readPdfText} from '../src/lib/pdf/read.js'
import {parseText} from '@kehoach/text'
import {pathOf, present} from '../../../test/corpus.js'

const scan = () => new Uint8Array(readFileSync(pathOf('files/cuc-hoa-chat-cv-813-scanned.pdf')))

describe.runIf(present)('Cục Hóa chất 813/HC-CNHC (a scan)', () => {
  it('reads both pages by OCR and says so, page by page', {timeout: 240_000}, async () => {
    const layer = await readPdfText(scan(), {file: 'cv-813.pdf'})
    expect(layer.form).toBe('ocr')
    expect(
      layer.messages.map((message) => [message.ruleId, (message.place as {page?: number}).page, message.file])
    ).toEqual([
      ['pdf-ocr', 1, 'cv-813.pdf'],
      ['pdf-ocr', 2, 'cv-813.pdf']
    ])
    const lines = layer.text.split('\n')
    // The header, in the layout-table form: the issuer's cell, then the motto's.
    expect(lines[0]).toBe('BỘ CÔNG THƯƠNG')
    expect(lines[1]).toMatch(/^CỤC HÓA CH.T$/u)
    expect(lines).toContain('|')
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    // The number's symbol and the date (the handwritten "813" and "22" are beyond OCR).
    expect(lines.find((line) => line.includes('/HC-CNHC'))).toMatch(/^Số: .*\/HC-CNHC$/iu)
    expect(lines.find((line) => line.startsWith('Hà Nội, ngày'))).toMatch(/tháng 4 năm 2026$/u)
    // Words of the body, on both pages.
    expect(layer.text).toContain('Cục Hải quan')
    expect(layer.text).toContain('Công văn số 13821/CHQ-GSQL ngày 16 tháng 3 năm 2026')
    expect(layer.text).toContain('Luật Hóa chất')
    expect(layer.origins.some((origin) => origin.page === 2)).toBe(true)
    // Each line keeps its indentation for the structure reader.
    const heading = lines.findIndex((line) => line.startsWith('1. Về công bố mục đích sử dụng hóa chất'))
    const next = layer.origins[heading + 1]
    expect(layer.origins[heading]?.x).toBeGreaterThan((next?.x ?? 0) + 15)

    // And the structure reader makes an official letter of it: the unit under its ministry, the
    // subject, the symbol of an unreadable number, the month of a blank day, Kính gửi (OCR drops
    // the accent: "Kinh gửi"), the recipients and the signer, past the stamp's debris.
    const {plan} = parseText(layer.text, {file: 'cv-813.pdf', form: 'plan'})
    expect(plan.meta).toMatchObject({
      docType: 'cong-van',
      number: null,
      symbol: 'HC-CNHC',
      partialDate: '2026-04',
      place: 'Hà Nội',
      parentIssuer: 'Bộ Công Thương',
      recipientsTo: ['Cục Hải quan']
    })
    expect(plan.meta.title).toBe('V/v trao đổi về một số quy định trong lĩnh vực hóa chất')
    expect(plan.recipients[0]).toBe('Như trên')
    expect(plan.recipients.at(-1)).toBe('Lưu: VT, CNHC')
    expect(plan.signature).toMatchObject({capacity: 'KT. CỤC TRƯỞNG', name: 'Huy Nam Sơn'})
  })
})
