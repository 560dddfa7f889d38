/**
 * OCR of page images with tesseract.js and the Vietnamese model from the npm registry
 * (`@tesseract.js-data/vie`), fully offline: the worker script, the WebAssembly core and the
 * trained data are all taken from node_modules; nothing is fetched at run time.
 */

import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {Fragment} from '../pdf/fragments.js'

/** Words below this confidence (0-100) are dropped: seals, signatures, scribbles. */
const MIN_CONFIDENCE = 30

/** A recogniser of page images; one per file, ended with `terminate`. */
export interface OcrEngine {
  /** Words of an image as fragments, in points (`pointsPerPixel` converts). */
  recognize(image: Uint8Array, pointsPerPixel: number): Promise<Fragment[]>
  terminate(): Promise<void>
}

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

interface RecognizedLine {
  bbox: Box
  baseline?: {y0: number; y1: number}
  words: Array<{text: string; bbox: Box; confidence?: number}>
}

interface RecognizedBlock {
  paragraphs: Array<{lines: RecognizedLine[]}>
}

/** Paths of tesseract.js's Node worker, its core and the Vietnamese data, from node_modules. */
export function tesseractPaths(): {workerPath: string; corePath: string; langPath: string} {
  // import.meta.url is undefined when this module is bundled to CommonJS (the CLI bundle).
  const require = createRequire(typeof import.meta.url === 'string' ? import.meta.url : __filename)
  const tesseract = dirname(require.resolve('tesseract.js/package.json'))
  const core = dirname(createRequire(join(tesseract, 'package.json')).resolve('tesseract.js-core/package.json'))
  const vie = dirname(require.resolve('@tesseract.js-data/vie/package.json'))
  return {
    workerPath: join(tesseract, 'src', 'worker-script', 'node', 'index.js'),
    corePath: core,
    langPath: join(vie, '4.0.0_best_int')
  }
}

/** Starts a tesseract.js worker with the Vietnamese model. */
export async function createOcr(): Promise<OcrEngine> {
  const {default: Tesseract} = await import('tesseract.js')
  const worker = await Tesseract.createWorker('vie', 1, {...tesseractPaths(), cacheMethod: 'none', gzip: true})
  return {
    async recognize(image, pointsPerPixel) {
      const result = await worker.recognize(Buffer.from(image), {}, {text: false, blocks: true})
      const blocks = (result.data.blocks ?? []) as unknown as RecognizedBlock[]
      const fragments: Fragment[] = []
      for (const block of blocks) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines)
            for (const each of lineFragments(line, pointsPerPixel)) fragments.push(each)
        }
      }
      return fragments
    },
    async terminate() {
      await worker.terminate()
    }
  }
}

/** A recognised line's words, on the line's baseline, sized from the line's height. */
function lineFragments(line: RecognizedLine, scale: number): Fragment[] {
  const bottom =
    line.baseline && Number.isFinite(line.baseline.y0) ? (line.baseline.y0 + line.baseline.y1) / 2 : line.bbox.y1
  const size = Math.max(1, (line.bbox.y1 - line.bbox.y0) * 0.75 * scale)
  const result: Fragment[] = []
  for (const word of line.words) {
    const text = word.text.normalize('NFC').trim()
    // Words read from a seal, a signature or handwriting come back with confidence near 0.
    if (text === '' || (word.confidence ?? 100) < MIN_CONFIDENCE) continue
    result.push({text, x0: word.bbox.x0 * scale, x1: word.bbox.x1 * scale, y: bottom * scale, size, kind: 'glyph'})
  }
  return result
}
