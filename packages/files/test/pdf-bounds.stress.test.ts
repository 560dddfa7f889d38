// The large PDF attacks of the third hostile round, each bounded to 2 s of CPU in the reader
// (building the file is not counted). Run by `pnpm test:stress`, not by the everyday suite.
import {rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {LIMITS, runCli, scratch} from '../../../test/redteam/measure.js'
import {createCanvas} from '@napi-rs/canvas'
import {createOcr} from '../src/lib/ocr/tesseract.js'
import {readPdfText} from '../src/lib/pdf/read.js'
import {pdfOf, streamOf} from './pdf-make.js'
import {
  bilevelPages,
  imagePages,
  inflatingImage,
  inlineImages,
  manyFonts,
  manyGlyphs,
  manyRules,
  mixedPages,
  nestedForms,
  objectStreamPages,
  rawImagePage,
  repeatedPage,
  ruledPages,
  scannedPages,
  sharedContentPages,
  textStripes,
  toUnicodeFlood,
  toUnicodePage,
  toUnicodeRepeated
} from './pdf-hostile.js'

/** Lines of writing from afar on an A4 scan of 2480 × 3508 pixels (`bytes` a pixel in its data). */
const scanStripes = (bytes: number) => (y: number, at: number) => {
  const x = Math.floor(at / bytes)
  return y > 200 && y < 3300 && y % 24 < 8 && x > 200 && x < 2280 && x % 16 < 11 ? 0 : 255
}

async function cpu<T>(run: () => Promise<T>): Promise<{result: T; seconds: number}> {
  const before = process.cpuUsage()
  const result = await run()
  const used = process.cpuUsage(before)
  return {result, seconds: (used.user + used.system) / 1e6}
}

/** Numbers in [0, 1) from `seed`, the same on every run (a linear congruential generator). */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const rules = (layer: {messages: Array<{ruleId: string}>}) => [
  ...new Set(layer.messages.map((message) => message.ruleId))
]

describe('PDF attacks at full size', () => {
  it.each([
    ['form XObjects nested 30 deep (3 KB)', () => nestedForms(30), ['pdf-page-work-limit']],
    // No text: the text layer is cheap, and the forms are drawn for the page's images (until killed before).
    ['form XObjects nested 30 deep drawing a line', () => nestedForms(30, '0 0 1 1 re f'), ['pdf-page-drawing-limit']],
    [
      'rows of cells over form XObjects nested 30 deep (drawn when tables are looked for)',
      () =>
        nestedForms(
          30,
          '0 0 1 1 re f',
          [700, 680, 660].flatMap((y) => [60, 250, 450].map((x) => `BT /F1 10 Tf ${x} ${y} Td (o) Tj ET`)).join('\n')
        ),
      ['pdf-page-drawing-limit']
    ],
    // Cut at 200,000 characters (maxPageCharacters); its fragments then weigh more than the file's
    // weighed work (maxContentWork.work, 4 each of 600,000): the page keeps those within it.
    ['a page of 2 million glyphs', () => manyGlyphs(2_000_000), ['pdf-text-limit', 'pdf-content-work-limit']],
    ['a page tree naming one page 100,000 times', () => repeatedPage(100_000), ['pdf-page-limit', 'pdf-page-repeated']],
    ['a page of 100,000 rules under rows of cells', () => manyRules(100_000), ['pdf-page-drawing-limit']],
    [
      'a scanned page 1 pixel high, with the real OCR engine',
      () => scannedPages(1, [595, 0.2], [8, 1], 'black'),
      ['pdf-ocr', 'pdf-ocr-failed']
    ],
    // A second tester's 11 KB file of 60 pages of one striped image: OCR read 40 of them (43.7-44.9 s
    // through the command line) before 350 million pixels stopped it; then the file's size allowed
    // one page; now the first page is read and the next 49 drawing the same are given its words.
    [
      '60 A4 pages of one image of lines of stripes (a small file), with the real OCR engine',
      () => {
        const bytes = scannedPages(60, [595, 842], [320, 452], textStripes)
        expect(bytes.length).toBeLessThanOrEqual(20 * 1024)
        return bytes
      },
      ['pdf-ocr', 'pdf-ocr-repeated', 'pdf-ocr-page-limit']
    ],
    [
      'a scanned page of 14,400 pt, with the real OCR engine (3.59 s at 12 million pixels)',
      () => scannedPages(1, [14400, 14400], [8, 8], 'black'),
      ['pdf-ocr']
    ],
    // A second blind tester: pdf.js decoded every image while it listed the page (4.4 s, 814 MB).
    [
      'a page of 1,000 distinct images of 750,000 pixels (962 KB; 9.3 s, 2.7 GB before)',
      () => imagePages(1, 1000, {pixels: [750, 1000]}),
      ['pdf-page-image-limit']
    ],
    [
      'a 1 × 1 image with a soft mask of 42 million pixels',
      () => imagePages(1, 1, {pixels: [1, 1], smask: [6500, 6500]}),
      ['pdf-page-image-limit']
    ],
    ['10,000 distinct inline images on a page', () => inlineImages(10_000), ['pdf-page-image-limit']],
    // 918 KB inflating to 900 MB: 8.7 s, 2.2 GB through the command line before; 256 MB here.
    [
      'an image of 100 × 100 pixels whose stream inflates to 256 MB, with the real OCR engine',
      () => inflatingImage([100, 100], 256 * 1024 * 1024),
      ['pdf-ocr']
    ],
    [
      'an image of 19.7 million RGB pixels declared over 4 bytes, with the real OCR engine (9-10 s before)',
      () => rawImagePage('/Width 4440 /Height 4440 /ColorSpace /DeviceRGB /BitsPerComponent 8', '\x00\x00\x00\x00'),
      ['pdf-ocr']
    ],
    // A blind tester (blind3, D4): pages sharing one stream, each page costing its whole work again;
    // the reader's own operator lists, rules and fragments are now counted over the file too.
    [
      '500 pages sharing one stream of 9,500 filled rules (81 KB; 4.4-5.4 s, 610-655 MB before)',
      () =>
        sharedContentPages(
          500,
          Array.from({length: 9500}, (_, index) => `50 ${50 + (index % 700)} 400 0.5 re f`).join('\n')
        ),
      ['pdf-content-work-limit']
    ],
    [
      '50 pages sharing 6,000 horizontal and 6,000 vertical stroked lines (66 KB; 3.2-3.9 s, 475-487 MB before)',
      () =>
        sharedContentPages(
          50,
          `0.1 w\n${Array.from({length: 6000}, (_, i) => `0 ${(i * 0.14).toFixed(2)} m 595 ${(i * 0.14).toFixed(2)} l S`).join('\n')}\n${Array.from({length: 6000}, (_, i) => `${(i * 0.099).toFixed(2)} 0 m ${(i * 0.099).toFixed(2)} 842 l S`).join('\n')}`
        ),
      ['pdf-content-work-limit']
    ],
    [
      '500 pages sharing one stream of 6,300 placed words (114 KB; 2.0-2.2 s before)',
      () =>
        sharedContentPages(
          500,
          `BT /F1 8 Tf ${Array.from({length: 6300}, (_, i) => `1 0 0 1 ${i % 500} ${(i * 7) % 800} Tm (word${i}) Tj`).join('\n')} ET`
        ),
      ['pdf-content-work-limit']
    ],
    // A fourth blind tester: 500 pages sharing one stream that mixes every kind of work, each kind
    // under its own budget and their costs added up (the tester's 120 KB: 3.3 s). The reader's work
    // is now weighed in one currency over the file (maxContentWork.work), and pdf.js counts an inline
    // image as eight operators of a file's 400,000.
    [
      '500 pages sharing one stream of rules, inline and XObject images, forms and text (98 KB; 4.4-4.9 s before)',
      () => mixedPages(500, {filled: 40, stroked: 40, inline: 100, images: 30, forms: 100}),
      ['pdf-content-work-limit']
    ],
    [
      '500 pages sharing one stream of 180 form XObjects with a letter each (97 KB; 5.7-6.4 s before)',
      () => mixedPages(500, {forms: 180}),
      ['pdf-content-work-limit']
    ],
    [
      '500 pages sharing one stream of a word and 480 inline images (99 KB; 2.4-2.7 s before, no message)',
      () => mixedPages(500, {inline: 480, words: 1}),
      ['pdf-content-work-limit']
    ],
    // A third blind tester: one page selecting 2,500 font dictionaries took 3.6-4.0 s and 490 MB
    // through the command line, 8.5-9.3 s when they shared one garbage TrueType program.
    ['one page selecting 2,500 fonts', () => manyFonts(1, 2500), ['pdf-content-work-limit']],
    [
      'one page selecting 2,500 fonts sharing one garbage embedded TrueType program of 20 KB',
      () =>
        manyFonts(
          1,
          2500,
          `\x00\x01\x00\x00${String.fromCharCode(...Array.from({length: 20_000}, (_, at) => (at * 151 + 7) % 256))}`
        ),
      ['pdf-content-work-limit']
    ],
    [
      'one page selecting 2,500 fonts sharing one ToUnicode map',
      () => toUnicodePage('1 beginbfrange <61> <62> <0041> endbfrange', 'ab', 2500),
      ['pdf-content-work-limit']
    ],
    // 66 MB of hex inflated from a 321 KB map, each entry at the 512-byte cap: 1.8-2 s and 390 MB
    // through the command line (4.8 s unloaded by the brief's count); the map is now read to 4 MiB.
    [
      'a ToUnicode map of 65,536 entries of 250 characters, 60,000 of them shown',
      () => toUnicodeFlood(65_536, 250, 60_000),
      []
    ],
    // A fifth blind tester: ToUnicode destinations of 256 characters, one string of 50,000 codes
    // shown a byte a glyph, built 25.6 million characters in pdf.js before the reader cut the page
    // at 200,000 (1.6-1.9 s, 663-677 MB through the command line: the test below). pdf.js now stops
    // building a page's text one character past the page's limit.
    [
      'ToUnicode destinations of 256 characters shown 100,000 times',
      () => toUnicodeRepeated(256, 50_000),
      ['pdf-text-limit', 'pdf-content-work-limit']
    ],
    // Pages past the 500 read still cost the walk of the page tree to its last page and a push of
    // every kid for each page read: 50,000 pages in object streams took 9.2-11.2 s.
    ['5,000 pages in an object stream', () => objectStreamPages(5000), ['pdf-page-limit']],
    ['50,000 pages in an object stream', () => objectStreamPages(50_000), ['pdf-page-limit']]
  ] as const)('%s: ≤ 3 s of CPU (goal 2 s), warnings, no throw', {timeout: 120_000}, async (_, make, want) => {
    const bytes = make()
    expect(bytes.length).toBeLessThan(1024 * 1024)
    // A first read loads pdf.js; the second is the one measured.
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    const {result, seconds} = await cpu(() => readPdfText(bytes))
    expect(rules(result)).toEqual(want)
    // The goal is 2 s; the bound leaves room for a slower or busier machine than the one measured on
    // (CPU time grows with a shared core's caches and clock). docs/robustness.md has the figures.
    expect(seconds).toBeLessThan(3)
  })

  // Each blank page costs its page and text layer; a page that is only images is told blank from
  // their own pixels, not drawn (the 30 dpi preview was most of the 2.1-3 s through the command line;
  // now about 1.1 s, past 60 s before any of this).
  it('500 blank scanned pages: no OCR, ≤ 2 s of CPU (fails past 3 s: room for a loaded machine)', {
    timeout: 120_000
  }, async () => {
    const bytes = scannedPages(500)
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    // Blank pages count toward maxOcrPages (50 by default): raised here, so that all 500 are told blank.
    const {result, seconds} = await cpu(() => readPdfText(bytes, {maxOcrPages: 500}))
    expect(rules(result)).toEqual(['pdf-ocr-blank'])
    expect(result.messages).toHaveLength(500)
    expect(seconds).toBeLessThan(3)
  })

  // A blind tester's file of 200 A4 pages scanned at 150 dpi, each its own image of specks one pixel
  // high (667 KB): 2.6-3.1 s even after five pages of dots stopped OCR, as the OCR engine was started
  // for nothing and every later page was listed with its image decoded; now 1.2-1.7 s through the CLI.
  it('200 pages of specks, each its own image: five told dots, the rest not looked at, ≤ 2 s of CPU (fails past 3 s)', {
    timeout: 120_000
  }, async () => {
    const [w, h] = [1240, 1754]
    const row = w >> 3
    const bytes = bilevelPages(200, [595, 842], [w, h], (page) => {
      const next = seeded(11 + page)
      const rows = Array.from({length: 24}, () =>
        Array.from({length: row}, () => [0xff, 0xff, 0xff, 0xf0, 0x0f, 0x00][Math.floor(next() * 6)] as number)
      )
      const data = new Uint8Array(row * h)
      for (let y = 0; y < h; y++) data.set(rows[y % 24] as number[], y * row)
      return data
    })
    expect(bytes.length).toBeLessThan(1024 * 1024)
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    const {result, seconds} = await cpu(() => readPdfText(bytes))
    expect(rules(result)).toEqual(['pdf-ocr', 'pdf-ocr-failed', 'pdf-ocr-dots-limit'])
    expect(result.messages.at(-1)?.place).toMatchObject({page: 5})
    expect(seconds).toBeLessThan(3)
  })

  // 500 A4 pages scanned in black and white at 150 dpi, each its own blank image (a speck apart):
  // 2.0-2.9 s with maxOcrPages, every page after the 50th listed with its image decoded; now about 1.1 s.
  it('500 blank scanned pages, each its own image, by default: 50 told blank, the rest cost their text only, ≤ 2 s of CPU', {
    timeout: 120_000
  }, async () => {
    const [w, h] = [1240, 1754]
    const bytes = bilevelPages(500, [595, 842], [w, h], (page) => {
      const data = new Uint8Array((w >> 3) * h).fill(0xff)
      data[page] = 0xfe
      return data
    })
    expect(bytes.length).toBeLessThan(1024 * 1024)
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    const {result, seconds} = await cpu(() => readPdfText(bytes))
    expect(rules(result)).toEqual(['pdf-ocr-blank', 'pdf-ocr-page-limit'])
    expect(result.messages.at(-1)?.place).toMatchObject({page: 51})
    expect(seconds).toBeLessThan(3)
  })

  // 500 A4 pages scanned in black and white at 150 dpi, each its own image of lines of writing (602 KB),
  // read with OCR off (as the web app reads): every page is told a scan (pdf-ocr-off) from its operator
  // list alone. Its images were decoded all the same: 1.9-2.1 s and 420 MB through a Node process, over
  // the 300 MB bound; now 0.7-1.1 s and 160 MB (docs/robustness.md). In this process 0.78-0.96 s of
  // CPU before, 0.50-0.57 s after: the bound here guards the time; pdf-bounds.test.ts tells decoding.
  it('500 scanned pages, each its own image, with OCR off: pdf-ocr-off on each, no image decoded, ≤ 2 s of CPU (fails past 3 s)', {
    timeout: 120_000
  }, async () => {
    const [w, h] = [1240, 1754]
    const row = w >> 3
    const bytes = bilevelPages(500, [595, 842], [w, h], (page) => {
      const data = new Uint8Array(row * h).fill(0xff)
      for (let y = 100; y < 1650; y++)
        if (y % 24 < 8) for (let at = 12; at < row - 12; at++) data[y * row + at] = at % 5 === 0 ? 0xff : 0x00
      data[page] = 0x0f
      return data
    })
    expect(bytes.length).toBeLessThan(1024 * 1024)
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    const {result, seconds} = await cpu(() => readPdfText(bytes, {ocr: false}))
    expect(rules(result)).toEqual(['pdf-ocr-off'])
    expect(result.messages).toHaveLength(500)
    expect(seconds).toBeLessThan(3)
  })

  it('800 blank scanned pages by default: 50 told blank, then pdf-ocr-page-limit and no page looked at', {
    timeout: 120_000
  }, async () => {
    const bytes = scannedPages(800)
    const {result, seconds} = await cpu(() => readPdfText(bytes))
    expect(rules(result)).toEqual(['pdf-page-limit', 'pdf-ocr-blank', 'pdf-ocr-page-limit'])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-ocr-blank')).toHaveLength(50)
    expect(seconds).toBeLessThan(3)
  })

  // A blind tester drew the corpus scan's page image (680 × 960, colour JPEG) on 50 pages of a 165 KB
  // file: OCR read 19 of them, 4 s each, before the file's size stopped it (74-76 s of CPU, 456 MB).
  // The same here with an image made in the test: the first page is read, the other 49 draw the same
  // image object and are given its words without being drawn.
  // OCR of one page: tesseract's recognition, 4-5 s on a real scan (docs/robustness.md: still over the
  // goal). This synthetic A4 scan of 16 bits a component costs 2.2-2.7 s of CPU in this process, and
  // passed 3 s once in CI (8/12/2026): held to an interim bound, so that it cannot grow worse unseen.
  it('an A4 scan of 16 bits a component in RGB, with the real OCR engine: ≤ 5 s of CPU (over the goal: OCR), warnings, no throw', {
    timeout: 120_000
  }, async () => {
    const bytes = imagePages(1, 1, {
      pixels: [2480, 3508],
      bits: 16,
      space: '/DeviceRGB',
      components: 3,
      ink: scanStripes(6)
    })
    expect(bytes.length).toBeLessThan(1024 * 1024)
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    const {result, seconds} = await cpu(() => readPdfText(bytes))
    expect(rules(result)).toEqual(['pdf-ocr'])
    expect(seconds).toBeLessThan(5)
  })

  it('one colour JPEG page image on 50 pages, with the real OCR engine: recognised once, ≤ 3 s of CPU', {
    timeout: 120_000
  }, async () => {
    const canvas = createCanvas(680, 960)
    const context = canvas.getContext('2d')
    context.fillStyle = '#f4f1ea'
    context.fillRect(0, 0, 680, 960)
    context.fillStyle = '#202428'
    for (let y = 80; y < 880; y += 24) for (let x = 60; x < 620; x += 30) context.fillRect(x, y, 22, 8)
    const jpeg = canvas.toBuffer('image/jpeg')
    let data = ''
    for (let at = 0; at < jpeg.length; at += 8192) data += String.fromCharCode(...jpeg.subarray(at, at + 8192))
    const kids = Array.from({length: 50}, (_, index) => `${5 + index} 0 R`).join(' ')
    const objects = [
      '',
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${kids}] /Count 50 >>`,
      `<< /Type /XObject /Subtype /Image /Width 680 /Height 960 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${data.length} >>\nstream\n${data}\nendstream`,
      streamOf('q 595 0 0 842 0 0 cm /Im Do Q')
    ]
    for (let index = 0; index < 50; index++)
      objects.push(
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im 3 0 R >> >> /Contents 4 0 R >>'
      )
    // The tester's file was 165 KB, which let OCR read 19 A4 pages (1,000 pixels a byte): a stream
    // nothing names, of bytes at random, makes this one as large.
    const next = seeded(57)
    let padding = ''
    while (padding.length < 160_000 - jpeg.length) padding += String.fromCharCode(Math.floor(next() * 256))
    objects.push(streamOf(padding))
    const bytes = pdfOf(objects)
    expect(bytes.length).toBeGreaterThan(160_000)
    expect(bytes.length).toBeLessThan(1024 * 1024)
    let calls = 0
    const ocrEngine = async () => {
      const real = await createOcr()
      return {
        recognize(image: Uint8Array, pointsPerPixel: number) {
          calls++
          return real.recognize(image, pointsPerPixel)
        },
        terminate: () => real.terminate()
      }
    }
    await readPdfText(bytes, {maxPages: 1, ocr: false})
    const {result, seconds} = await cpu(() => readPdfText(bytes, {ocrEngine}))
    expect(rules(result)).toEqual(['pdf-ocr', 'pdf-ocr-repeated'])
    expect(result.messages.filter((message) => message.ruleId === 'pdf-ocr')).toHaveLength(50)
    expect(calls).toBe(1)
    expect(seconds).toBeLessThan(3)
  })
})

// A blind tester (blind3): 500 pages of 3,000 rules each ended, two runs in three, in Node's
// "UnhandledPromiseRejection: Page was destroyed" and exit 1. The file's listed operators ran out in
// the middle of a page's list, the reader stopped the document, and pdf.js's worker side rejected
// the promise its stream had for back-pressure (`ready`) with nothing waiting on it. Our patch of
// pdf.js marks it handled. Four reads, so that the race is met (the tester's file failed 2 in 3).
describe('a document stopped in the middle of a list', () => {
  it('leaves no promise rejected unhandled', {timeout: 120_000}, async () => {
    const unhandled: string[] = []
    const listen = (reason: unknown) => unhandled.push(String(reason))
    process.on('unhandledRejection', listen)
    try {
      for (let run = 0; run < 4; run++) {
        const layer = await readPdfText(ruledPages(40, 3000))
        expect(layer.messages.map((message) => message.ruleId)).toContain('pdf-content-work-limit')
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      process.off('unhandledRejection', listen)
    }
    expect(unhandled).toEqual([])
  })
})

// Memory, measured on the built command line in a child process (as issue 27 measures it): the
// text pdf.js builds is held at once (its items, their joined strings, the bidi pass's arrays), so
// the peak is the point. A fifth blind tester's ToUnicode destinations of 256 characters shown a
// byte a glyph: 663-677 MB before (25.6 million characters built, cut at 200,000 by the reader).
describe('memory of the text pdf.js builds', () => {
  it('ToUnicode destinations of 256 characters shown 100,000 times: under 300 MB', {timeout: 120_000}, async () => {
    const dir = scratch('tounicode')
    try {
      const input = join(dir, 'tounicode.pdf')
      writeFileSync(input, toUnicodeRepeated(256, 50_000))
      const run = await runCli(['parse', input, '-f', 'json'], {cwd: dir})
      expect(run.exit).toBe(0)
      expect(run.stderr).toContain('[pdf-text-limit]')
      expect(run.peakMb).toBeLessThan(LIMITS.peakMb)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
