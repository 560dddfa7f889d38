/**
 * PDF → portal text (and a plan): the text layer read with pdf.js (legacy build, no worker
 * download), lines rebuilt from glyph positions; pages with no text layer (scans) or with a
 * garbled one read by OCR. Never throws on content: damaged, encrypted and oversized files and
 * every limit reached are diagnostics.
 */

import {diagnostic, type Diagnostic, type MessageParameters, type ReadResult, type RuleId} from '@kehoach/model'
import {parseText} from '@kehoach/text'
import type {Origin, TextLayer} from '../layer.js'
import type {OcrEngine} from '../ocr/tesseract.js'
import {itemFragments, type Fragment} from './fragments.js'
import {garbleScore, isGarbled, repairFonts} from './garbled.js'
import {buildLines, dropFurniture, dropRunning, pageText, type OutputLine} from './layout.js'
import {findTables, inTable, rulesOf, tableLines} from './table.js'
import {
  type FileOperators,
  type OperatorWatch,
  type PdfDocument,
  type PdfPage,
  Reopening,
  watchOperators
} from './work.js'

export interface PdfOptions {
  /** Path of the file, for diagnostics. */
  file?: string
  /** Pages read at most; default 500. */
  maxPages?: number
  /** Characters read at most on one page; default 200,000. */
  maxPageCharacters?: number
  /**
   * Characters read at most in the whole file; default 500,000: 81 times the largest PDF of the
   * corpus (6,132 in 3 pages, 2,353 on its fullest page), some 200 pages of plan. Past it the page
   * is cut where the budget ends and the pages after it are not read (`pdf-document-text-limit`):
   * 40 pages drawing one shared stream of 250,000 glyphs, each cut at `maxPageCharacters`, read 8
   * million characters (18-19 s, 500 MB).
   */
  maxCharacters?: number
  /**
   * Pieces of text pdf.js may hand over for one page; default 1,000. It hands one over before
   * each form XObject it enters, so this bounds the work of nested forms (a page of a plan
   * needs a few; 3 KB of forms nested 30 deep draw a word 2^30 times).
   */
  maxPageChunks?: number
  /**
   * Operators one operator list of a page may have (read for its tables, signature stamps and
   * images, and to draw it for OCR); default 20,000. A page of a plan has a few thousand (1,600
   * at most in the corpus); each drawing of a form XObject is at least two, so this also bounds
   * forms drawn in forms, which cost pdf.js some 36 µs a drawing. 100,000 table rules cost 1.8 s
   * and 363 MB with no limit, 1.4 s and 306 MB at 50,000, 0.94 s and 221 MB at 20,000.
   */
  maxPageOperators?: number
  /**
   * Work pdf.js may do on the content of the file's pages, counted inside pdf.js (our patch of
   * pdfjs-dist, `patches/`) over the whole file, in each copy of it the reader opens: operators
   * read, glyphs shown, bytes of content streams decoded, and the most times one page's `Contents`
   * may name a stream it named already. Past any of them the page is read up to there and the
   * pages after it are not (`pdf-content-work-limit`). The corpus's PDFs use at most 3,518
   * operators, 4,837 glyphs and 55 KB of content on a page, 10,057, 12,780 and 160 KB in a file,
   * and name no stream twice; docs/robustness.md has the attacks these stop. Images pdf.js decodes
   * are counted too (`images`, `pixels` in the file; `pageImages`, `pagePixels` in one operator list
   * of a page, past which the page's images are not decoded: `pdf-page-image-limit`). The reader
   * counts its own work over the file too (`listed`, `rules`, `fragments`; docs/pdf.md), stopping
   * the same way: pages sharing one content stream each cost its whole work again; and all of it
   * weighed together by its cost (`work`, `WORK_WEIGHTS`), as a file can keep each kind just under
   * its own budget. pdf.js counts an inline image as eight operators (it parses each whole). Fonts too:
   * `pageFonts` selected in one operator list or text layer of a page, `fonts` loaded in the file
   * (past either, `pdf-content-work-limit` as for the others).
   */
  maxContentWork?: Partial<ContentWork>
  /** Seconds one page's text layer may take; default 30. */
  pageSeconds?: number
  /** Read scanned and garbled pages by OCR; default true. */
  ocr?: boolean
  /** Seconds OCR of one page may take; default 60. */
  ocrPageSeconds?: number
  /** Seconds OCR of the whole file may take; default 300. */
  ocrTotalSeconds?: number
  /** Resolution pages are drawn at for OCR, in dots per inch; default 300 (capped at 12 million pixels a page: A4 at 300 dpi is 8.7 million). */
  ocrDpi?: number
  /**
   * Pages needing OCR (scanned or garbled) looked at in one file, blank or not; default 50 (25
   * times the corpus's scan of 2 pages). The pages from there on are not looked at
   * (`pdf-ocr-page-limit`): 500 blank scanned pages, each told blank from its preview, took 5.3 s.
   */
  maxOcrPages?: number
  /**
   * Pixels of the page images given to OCR in one file. The page that would pass it and the pages
   * after it are not read by OCR. By default it follows the file's size: `OCR_PIXELS_PER_BYTE`
   * (1,000) for each byte of the file, at least one page's worth (12 million; the first page is
   * read whatever it is drawn at), at most 350 million (40 A4 pages drawn at 300 dpi, 20 times the
   * corpus's scan of 2 pages, 17.4 million); stopped by the file's size it is `pdf-ocr-size-limit`,
   * by the 350 million `pdf-ocr-pixel-limit`. Given, it replaces all of that (`pdf-ocr-pixel-limit`):
   * the way to read a real scan compressed past 1,000 pixels a byte.
   */
  maxOcrPixels?: number
  /** Another OCR engine (tests, or a browser's); default tesseract.js with the Vietnamese model. */
  ocrEngine?: () => Promise<OcrEngine>
  /**
   * Called before each page read by OCR (seconds a page), with the page's number and the number of
   * pages read: the CLI shows "trang n/N" on a terminal. Default: nothing.
   */
  onProgress?: ((progress: {page: number; pages: number}) => void) | undefined
}

/** The budget of `maxContentWork`; each count is over the whole file but `pageImages` and `pagePixels`. */
export interface ContentWork {
  operators: number
  glyphs: number
  bytes: number
  repeats: number
  /** Images pdf.js decodes in the file (the images of pages drawn for OCR, or looked at for it). */
  images: number
  /** Pixels of the images pdf.js decodes in the file, their masks' with them. */
  pixels: number
  /** Images pdf.js decodes for one operator list of a page: past it the page's images are not decoded (`pdf-page-image-limit`). */
  pageImages: number
  /** Pixels of the images pdf.js decodes for one operator list of a page (`pdf-page-image-limit`). */
  pagePixels: number
  /**
   * Operators of the operator lists the reader asks pdf.js for (a page's tables, signature stamps,
   * images, and its drawing for OCR), all pages and lists together: counted by the reader as pdf.js
   * hands them over, not inside pdf.js.
   */
  listed: number
  /** Rules (table borders) the reader finds in the pages' operator lists and looks for tables among, all pages together. */
  rules: number
  /** Fragments of text (characters, spaces, stamps) of the text layer the reader lays out into lines, all pages together. */
  fragments: number
  /** Fonts pdf.js loads in the file: each font dictionary is parsed on its own, its program with it. */
  fonts: number
  /** Fonts one operator list or text layer of a page selects, loaded already or not. */
  pageFonts: number
  /**
   * The reader's own work over the whole file in one currency, each kind weighed by what it costs
   * (`WORK_WEIGHTS`, about a microsecond of CPU a unit): operators listed, rules looked at,
   * fragments laid out, and the pieces of text pdf.js hands over (one at least for each form
   * XObject with text it enters). Each kind has its own budget above; this one stops a file that
   * keeps every kind just under its own and adds their costs up.
   */
  work: number
}

/** Largest image pdf.js decodes, in pixels (a 600 dpi A4 scan is 35 million). */
const MAX_PIXELS = 40_000_000

/**
 * Image pixels pdf.js decodes for one operator list of a page (one bit a pixel counts an eighth): A3
 * at 300 dpi is 17.4 million, A4 at 450 dpi 19.6 million. Drawn, an image costs about 50 ms and
 * 8 bytes a million pixels: 40 million in RGB took 2.2 s and 545 MB, 20 million 1.3 s and 331 MB.
 */
const MAX_PAGE_PIXELS = 20_000_000

/**
 * Fonts one page selects: a page of a plan selects a handful (9 at most in the corpus). One page
 * selecting 2,500 font dictionaries took 3.6-4.0 s and 490 MB (each loads the standard font it
 * names again), 8.5-9.3 s when they shared one garbage embedded TrueType program (parsed again for
 * each dictionary): 1.4-3.5 ms a font.
 */
const MAX_PAGE_FONTS = 100

/** Fonts loaded in one file: fonts are shared between pages, and the corpus's PDFs load 14 at most. */
const MAX_FONTS = 300

/**
 * Images: a scanned page has one image (a compressed scan two or three layers), a page of text a
 * logo or a seal; the corpus's scan decodes 17.4 million pixels in its 2 pages. A page of 1,000
 * distinct images took 4.4 s and 814 MB (pdf.js decodes them as it lists the page's operators);
 * pixels cost pdf.js about 10 ms a million (a grey image becomes RGB, 3 bytes a pixel).
 */
const CONTENT_WORK: ContentWork = {
  // The corpus's PDFs read 10,057 at most; at 1,000,000, 500 pages of 480 inline images took 2.7-3.8 s.
  operators: 400_000,
  glyphs: 1_000_000,
  bytes: 32 * 1024 * 1024,
  repeats: 10,
  images: 2_000,
  pixels: 200_000_000,
  pageImages: 200,
  pagePixels: MAX_PAGE_PIXELS,
  listed: 100_000,
  rules: 50_000,
  fragments: 200_000,
  fonts: MAX_FONTS,
  pageFonts: MAX_PAGE_FONTS,
  work: 600_000
}

/**
 * What one of each kind of the reader's work weighs in `ContentWork.work`: about the microseconds
 * of CPU it cost, measured on 500 pages sharing one stream (Node 24, a loaded 2-core machine). An
 * operator listed is handed over by copying (5-7 µs, its rule's table look included for a rule);
 * a fragment is laid out into lines (3-5 µs); a piece of text costs pdf.js a copy of its items
 * from its worker side, and each form XObject with text it enters hands one over (50-80 µs: 90,000
 * forms of one letter took 5-6 s under every other budget).
 */
export const WORK_WEIGHTS = {listed: 6, rules: 4, fragments: 4, chunks: 80} as const

/**
 * Image pixels decoded in a file, for each byte of it, past the 200 million of `CONTENT_WORK`: a
 * page read by OCR is decoded twice (once to tell it a scan, once drawn), 17.4 million pixels for an
 * A4 page at 300 dpi, so a fixed 200 million stopped a real scan at its eleventh page, where OCR's
 * own pixels (`maxOcrPixels`) allow 40. A real scan stores its pixels: a grey or colour page at 300 dpi
 * is hundreds of kilobytes, a black-and-white page (counted an eighth) tens; 200 a byte reads every
 * page of either, and leaves a file of 1 MB where it was.
 */
const PIXELS_PER_BYTE = 200

/**
 * Past this size the file-wide counts of the work a file's pages cost (operators, glyphs, listed
 * operators, rules, fragments, the weighed work) grow with the file: each budget is what a file of
 * this size may spend (the 2 s bound holds for a file of 1 MB or less), and a longer real plan is a
 * larger file. Sixty pages of the corpus's letter of Lào Cai (9.2 MB) spend 860,000 units of weighed
 * work, and stopped at page 52 under a fixed 600,000.
 */
const SCALED_FROM = 1_000_000

/**
 * The budget of `maxContentWork` for a file of `size` bytes, each count unless given: its pixels follow
 * the size, and past `SCALED_FROM` bytes so do the file-wide counts of work (linear in the file).
 */
export function contentBudget(size: number, given?: Partial<ContentWork>): ContentWork {
  const scale = Math.max(1, size / SCALED_FROM)
  const grown = (count: number) => Math.round(count * scale)
  return {
    ...CONTENT_WORK,
    operators: grown(CONTENT_WORK.operators),
    glyphs: grown(CONTENT_WORK.glyphs),
    listed: grown(CONTENT_WORK.listed),
    rules: grown(CONTENT_WORK.rules),
    fragments: grown(CONTENT_WORK.fragments),
    work: grown(CONTENT_WORK.work),
    pixels: Math.max(CONTENT_WORK.pixels, PIXELS_PER_BYTE * size),
    ...given
  }
}

/**
 * What the `opening`th opening of a copy of the file (from 0) may spend: the count lives in the
 * document pdf.js opened, and a document stopped at a page's limit is opened afresh, so each
 * opening gets half what the one before got, and all of them together at most twice the budget.
 */
function workOf(budget: ContentWork, opening: number): Omit<ContentWork, ReaderWork> {
  const share = (count: number) => Math.floor(count / 2 ** opening)
  return {
    operators: share(budget.operators),
    glyphs: share(budget.glyphs),
    bytes: share(budget.bytes),
    repeats: budget.repeats,
    images: share(budget.images),
    pixels: share(budget.pixels),
    pageImages: budget.pageImages,
    pagePixels: budget.pagePixels,
    fonts: share(budget.fonts),
    pageFonts: budget.pageFonts
  }
}

/**
 * The characters of text pdf.js may build (our patch, counted as each glyph's Unicode is added,
 * before it is), in one page's text layer or annotations (`pageCharacters`: one past the page's
 * limit, so the reader still sees the page go on and cuts it with `pdf-text-limit` as before) and in
 * the whole opening of the file (`characters`: twice what the reader reads at most, the page past
 * its characters included; halved at each opening, as `workOf`). A ToUnicode map may give one glyph
 * hundreds of characters: 100,000 glyphs of 256 built 25.6 million characters before the reader cut
 * the page at 200,000 (1.2-1.3 s, 663 MB).
 */
function textCharacters(
  maxCharacters: number,
  maxPageCharacters: number,
  opening: number
): {characters: number; pageCharacters: number} {
  return {
    characters: Math.floor((2 * (maxCharacters + maxPageCharacters + 1)) / 2 ** opening),
    pageCharacters: maxPageCharacters + 1
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

/** How many times the images of a page of only images may cover it for the page to be drawn for OCR. */
const MAX_IMAGE_COVER = 8

/** Largest page image OCR is given, in pixels: 14400 pt pages drawn at 40 million took 820 MB under OCR. */
const MAX_OCR_PIXELS = 12_000_000
/** Pixels of page images OCR may read in one file at most, whatever its size (`maxOcrPixels`): 40 A4 pages at 300 dpi. */
const MAX_FILE_OCR_PIXELS = 350_000_000
/**
 * Pixels of page images OCR may read for each byte of the file (`maxOcrPixels` not given; at least
 * `MAX_OCR_PIXELS`, at most `MAX_FILE_OCR_PIXELS`). A real scan stores its pixels, and cannot be
 * that small: the corpus's scan is 304 KB for 2 A4 pages at 300 dpi (about 57 pixels a byte), and
 * black-and-white office scans (CCITT G4, JBIG2) hold an A4 page at 300 dpi (8.7 million pixels)
 * in 5-60 KB (150-1,700 a byte). A file drawing one image on many pages gives far more: a tester's
 * 11 KB of 60 pages of one striped image is 32,000 a byte, and OCR read 40 of them (44 s of CPU,
 * 530 MB) before the 350 million stopped it; at 1,000 a byte it reads one.
 */
const OCR_PIXELS_PER_BYTE = 1_000
/** A page of more than this area, in square points (four A4 pages), is drawn for OCR with fewer pixels (`ocrPixels`). */
const LARGE_PAGE_AREA = 4 * 595 * 842
/** The fewest pixels a large page is drawn at for OCR: tesseract took 514 MB on a 14400 pt page at 12 million, 266 MB at 3 million. */
const MIN_LARGE_OCR_PIXELS = 3_000_000

/**
 * The most pixels a page of `area` square points is drawn at for OCR: `MAX_OCR_PIXELS` up to four
 * A4 pages (an A3 scan at 250 dpi), then fewer in proportion to the area, down to
 * `MIN_LARGE_OCR_PIXELS`: such a page is already drawn under 150 dpi, and its text, read at all,
 * is large.
 */
function ocrPixels(area: number): number {
  if (area <= LARGE_PAGE_AREA) return MAX_OCR_PIXELS
  return Math.max(MIN_LARGE_OCR_PIXELS, Math.floor((MAX_OCR_PIXELS * LARGE_PAGE_AREA) / area))
}

/** Smallest side of a page image OCR is given, in pixels: tesseract crashes on an image 1 pixel high. */
const MIN_OCR_SIDE = 16

/**
 * How many times its images' own resolution a page of only images is drawn at for OCR, at most
 * (and never past `ocrDpi`): a scan of 38 dpi or more is drawn at 300 dpi as before (tesseract reads
 * a scan of 87 dpi from the corpus better at 300 than at 260), but an image of 8 × 8 pixels stretched
 * over a page 14,400 pt square is not drawn at 3 million pixels for tesseract to look for text in
 * what holds none (1.7-2.2 s).
 */
const OCR_UPSCALE = 8

/** Resolution of the preview that tells a blank scanned page from one with something on it. */
const PREVIEW_DPI = 30

/** A page image that OCR must not be given; its message is the diagnostic's detail. */
class Unreadable extends Error {}

/** A page image of dots, not writing (`looksLikeNoise`). */
class Dots extends Unreadable {}

/**
 * Pages of dots after which a file's other pages are not drawn for OCR: each is drawn at 300 dpi
 * before it is told to be dots (about 0.2 s), and a blind tester's 667 KB file of 200 such pages
 * took 8.1-8.6 s. A scan of a plan has none.
 */
const MAX_DOT_PAGES = 5

/** A page image past the pixels OCR may read in one file (`maxOcrPixels`). */
class OverPixels extends Error {}

class Timeout extends Error {}

function within<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${seconds} s`)), seconds * 1000)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

/** Reads a PDF's text into portal text with an origin (page, line on the page, x) for every line. */
export async function readPdfText(bytes: Uint8Array, options?: Readonly<PdfOptions> | null): Promise<TextLayer> {
  const file = options?.file
  const messages: Diagnostic[] = []
  const lines: OutputLine[] = []
  let form: TextLayer['form'] = 'document'
  const note = (ruleId: RuleId, parameters: MessageParameters | null, page?: number) => {
    const place = page === undefined ? {line: lines.length + 1, column: 1} : {line: lines.length + 1, column: 1, page}
    messages.push(diagnostic(ruleId, parameters, {place, file}))
  }
  const done = (): TextLayer => {
    const kept = dropRunning(lines)
    return {
      text: kept.map((line) => line.text.normalize('NFC')).join('\n'),
      origins: kept.map((line) => line.origin),
      messages,
      form
    }
  }

  let pdfjs: PdfJs
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  } catch (error) {
    // The single executable does not carry pdf.js (packages/cli/bin/exe-main.cjs), nor does an install without it.
    note('pdf-no-engine', {detail: detailOf(error)})
    return done()
  }
  const assets = await nodeAssets()
  const budget = contentBudget(bytes.length, options?.maxContentWork)
  const maxPages = options?.maxPages ?? 500
  const maxCharacters = options?.maxCharacters ?? 500_000
  const maxPageCharacters = options?.maxPageCharacters ?? 200_000
  const open = async (maxImageSize: number, opening: number, undecodedImages = false): Promise<PdfDocument> => {
    // Read by our patch of pdf.js (patches/pdfjs-dist@…): getDocument hands it to the evaluator.
    // `pages`: pdf.js checks that the tree holds the last page read, not the last it claims (it
    // walked and parsed all 50,000 pages of a file to read 500). `undecodedImages`: the images are
    // listed (and counted against the limits) but not decoded. `pageCharacters`, `characters`: the
    // characters of text pdf.js builds (textCharacters).
    const contentWork = {
      contentBudget: {
        ...workOf(budget, opening),
        ...textCharacters(maxCharacters, maxPageCharacters, opening),
        pages: maxPages,
        ...(undecodedImages ? {undecodedImages} : {})
      }
    }
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes over (detaches) the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
      maxImageSize,
      ...assets,
      ...contentWork
    })
    return within(task.promise, options?.pageSeconds ?? 30).catch(async (error: unknown) => {
      await task.destroy().catch(() => undefined)
      throw error
    })
  }
  // The text layer is read with images left out (decoding them is most of the work); pages that
  // need OCR are drawn from a second copy opened with them. Each is stopped (destroyed) when a
  // page reaches a limit, and opened again for the next page.
  let first: PdfDocument
  try {
    first = await open(0, 0)
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'PasswordException') note('pdf-encrypted', null)
    else note('pdf-damaged', {detail: detailOf(error)})
    return done()
  }
  const text = new Reopening((opening) => open(0, opening), first)
  // With OCR off, the copy with images only tells which pages without text draw images (a scan,
  // `pdf-ocr-off`): the operator list says so before any image is decoded, so pdf.js lists them
  // undecoded (decoding them was most of the cost of 500 scanned pages: 1.9-2.1 s and 420 MB).
  const images = new Reopening((opening) => open(MAX_PIXELS, opening, options?.ocr === false))
  const maxOperators = options?.maxPageOperators ?? 20_000
  const seconds = options?.pageSeconds ?? 30
  /** The operators of the lists of all pages, both copies together (`maxContentWork.listed`). */
  const listed: FileOperators = {limit: budget.listed, spent: 0, cut: false}
  /** The rules looked at for tables, all pages together (`maxContentWork.rules`). */
  const ruled = {limit: budget.rules, spent: 0, cut: false}
  /** The fragments of text laid out into lines, all pages together (`maxContentWork.fragments`). */
  let fragmentsSpent = 0
  /** The pieces of text pdf.js handed over, all pages together (weighed in `maxContentWork.work`). */
  let chunksSpent = 0
  /** The reader's work so far in `maxContentWork.work`'s currency. */
  const weighed = () =>
    WORK_WEIGHTS.listed * listed.spent +
    WORK_WEIGHTS.rules * ruled.spent +
    WORK_WEIGHTS.fragments * fragmentsSpent +
    WORK_WEIGHTS.chunks * chunksSpent
  /** How many more of `kind` the file's weighed work has room for. */
  const room = (kind: keyof typeof WORK_WEIGHTS) =>
    Math.max(0, Math.floor((budget.work - weighed()) / WORK_WEIGHTS[kind]))
  /** Whether the listed operators' and the rules' limits are now the weighed work's, not their own. */
  let listedByWork = false
  let rulesByWork = false
  /** Listed operators and rules are bounded by their own budgets and by what the weighed work leaves. */
  const share = () => {
    const listedRoom = listed.spent + room('listed')
    listedByWork = listedRoom < budget.listed
    listed.limit = Math.min(budget.listed, listedRoom)
    const rulesRoom = ruled.spent + room('rules')
    rulesByWork = rulesRoom < budget.rules
    ruled.limit = Math.min(budget.rules, rulesRoom)
  }
  /** The budget and its words for `pdf-content-work-limit` when `kind` ran out (its own, or the weighed work). */
  const ranOut = (kind: 'listed' | 'rules', page: number) => {
    const byWork = kind === 'listed' ? listedByWork : rulesByWork
    const limit = byWork ? budget.work : kind === 'listed' ? budget.listed : budget.rules
    note('pdf-content-work-limit', {page, limit, what: WORK_WORDS[byWork ? 'work' : kind]}, page)
  }
  /** A page of the copy with images, its operator lists bounded. */
  const imagePage = async (number: number): Promise<{drawn: PdfPage; watch: OperatorWatch}> => {
    const drawn = await images.page(number)
    return {drawn, watch: watchOperators(drawn, maxOperators, () => images.stop(), pdfjs.OPS, listed)}
  }

  /** Notes `pdf-content-work-limit` at `page` if `error` is pdf.js running out of `maxContentWork`. */
  const outOfWork = (error: unknown, page: number): boolean => {
    const over = workLimit(error)
    if (over) note('pdf-content-work-limit', {page, limit: over.limit, what: WORK_WORDS[over.work]}, page)
    return over !== undefined
  }
  /** Notes `pdf-page-image-limit` at `page` if `error` is pdf.js past a page's images or their pixels. */
  const overImages = (error: unknown, page: number): boolean => {
    const over = pageImageLimit(error)
    if (over) note('pdf-page-image-limit', {page, limit: over.limit, what: PAGE_IMAGE_WORDS[over.work]}, page)
    return over !== undefined
  }

  // The OCR engine is started when a page image is ready for it, not before: starting tesseract
  // (0.6-0.8 s of CPU) for a file whose pages are all blank or dots was most of what it cost.
  let ocr: Promise<OcrEngine> | undefined
  /** Pages whose OCR was given up (timed out): a page's work still running after it starts no engine. */
  let ocrAttempt = 0
  let finished = false
  const engineFor = (attempt: number): Promise<OcrEngine> => {
    if (finished || attempt !== ocrAttempt) return Promise.reject(new Timeout('page given up'))
    if (ocr) return ocr
    const starting = (options?.ocrEngine ?? defaultEngine)()
    ocr = starting
    // An engine that failed to start is tried again on the next page, as before.
    starting.catch(() => {
      if (ocr === starting) ocr = undefined
    })
    return starting
  }
  const stopEngine = async () => {
    const running = ocr
    ocr = undefined
    await running?.then((engine) => engine.terminate()).catch(() => undefined)
  }
  const ocrStarted = Date.now()
  let ocrOver = false
  let dotPages = 0
  let ocrPages = 0
  // Bounded by the file's size unless the caller says otherwise (OCR_PIXELS_PER_BYTE).
  const bySize = Math.max(MAX_OCR_PIXELS, OCR_PIXELS_PER_BYTE * bytes.length)
  const sizeLimited = options?.maxOcrPixels === undefined && bySize < MAX_FILE_OCR_PIXELS
  const maxOcrPixels = options?.maxOcrPixels ?? Math.min(MAX_FILE_OCR_PIXELS, bySize)
  let ocrPixelsSpent = 0
  // Words of each page image recognised in the file, by what was drawn (`imagesKey`) and by the
  // image given to the engine (`drawnKey`): a page drawing the same is given them, not read again.
  const recognised = new Map<string, {page: number; words: Fragment[]}>()
  let repeatNoted = false
  // One canvas for every preview: each new one is native memory the collector does not see.
  let preview: Canvas | undefined
  try {
    const pageCount = first.numPages
    if (pageCount === 0) {
      note('pdf-no-pages', null)
      return done()
    }
    if (pageCount > maxPages) note('pdf-page-limit', {pages: pageCount, limit: maxPages})
    const seen = new Map<string, number>()
    /** Characters the file may still have read. */
    let characterBudget = maxCharacters
    let budgetNoted = false
    for (let number = 1; number <= Math.min(pageCount, maxPages); number++) {
      // The file's listed operators or rules ran out on the page before (noted there): no page after it is read.
      if (listed.cut || ruled.cut) break
      if (characterBudget <= 0) {
        // Spent exactly by the pages before: this page is the first not read.
        if (!budgetNoted) note('pdf-document-text-limit', {limit: maxCharacters, page: number - 1}, number)
        break
      }
      let page: PdfPage
      let fragments: Fragment[]
      let cut: TextCut
      let characters: number
      let geometry: {page: number; width: number; height: number}
      let transform: number[]
      let operators: () => Promise<OperatorList>
      let drawing: OperatorWatch
      let overNoted = false
      /**
       * True, with `pdf-page-drawing-limit` noted once for the page, if `watch` reached its limit;
       * `pdf-content-work-limit` if the file's listed operators ran out (the page is the last read).
       */
      const over = (watch: OperatorWatch): boolean => {
        if (watch.cut && !overNoted) {
          if (watch.file) ranOut('listed', number)
          else note('pdf-page-drawing-limit', {page: number, limit: watch.limit}, number)
          overNoted = true
        }
        return watch.cut
      }
      share()
      try {
        page = await within(text.page(number), seconds)
        // A page tree is a tree: a page named twice is a damaged or hostile tree, and each
        // further page costs pdf.js a walk of the whole tree (one page 100,000 times: 7.7 s).
        const key = `${page.ref?.num ?? number} ${page.ref?.gen ?? 0}`
        const first = seen.get(key)
        if (first !== undefined) {
          note('pdf-page-repeated', {page: number, first}, number)
          break
        }
        seen.set(key, number)
        const viewport = page.getViewport({scale: 1})
        geometry = {page: number, width: viewport.width, height: viewport.height}
        transform = viewport.transform
        const current = page
        drawing = watchOperators(current, maxOperators, () => text.stop(), pdfjs.OPS, listed)
        operators = once(() => current.getOperatorList({annotationMode: pdfjs.AnnotationMode.ENABLE}))
        const limits = {
          characters: Math.min(maxPageCharacters, characterBudget),
          chunks: options?.maxPageChunks ?? 1000,
          fileChunks: room('chunks'),
          work: budget.work,
          deadline: Date.now() + seconds * 1000
        }
        let chunks: number
        ;({fragments, cut, characters, chunks} = await within(
          textFragments(pdfjs, page, viewport.transform, operators, limits, () => text.stop()),
          seconds
        ))
        chunksSpent += chunks
      } catch (error) {
        text.stop()
        if (outOfWork(error, number)) break
        note('pdf-page-unreadable', {page: number, detail: detailOf(error)}, number)
        continue
      }
      characterBudget -= characters
      /** The file's characters are spent: this page is the last one read. */
      const lastPage = cut?.kind === 'characters' && cut.limit < maxPageCharacters && characterBudget <= 0
      if (lastPage) {
        note('pdf-document-text-limit', {limit: maxCharacters, page: number}, number)
        budgetNoted = true
      } else if (cut?.kind === 'characters') note('pdf-text-limit', {page: number, limit: cut.limit}, number)
      if (cut?.kind === 'chunks') note('pdf-page-work-limit', {page: number, limit: cut.limit}, number)
      if (cut?.kind === 'work') {
        // The file's work is spent: what the page gave until then is kept, and no page after it is read.
        note('pdf-content-work-limit', {page: number, limit: cut.limit, what: WORK_WORDS[cut.work]}, number)
        for (const each of await layoutPage(pdfjs, fragments, geometry, transform, undefined)) lines.push(each)
        break
      }
      const fragmentsLeft = Math.max(0, budget.fragments - fragmentsSpent)
      const fragmentsRoom = Math.min(fragmentsLeft, room('fragments'))
      if (fragments.length > fragmentsRoom) {
        // The file's fragments (or its weighed work) are spent: the page keeps those within them (in the order drawn), and no page after it is read.
        fragments = fragments.slice(0, fragmentsRoom)
        const own = fragmentsRoom === fragmentsLeft
        note(
          'pdf-content-work-limit',
          {page: number, limit: own ? budget.fragments : budget.work, what: WORK_WORDS[own ? 'fragments' : 'work']},
          number
        )
        for (const each of await layoutPage(pdfjs, fragments, geometry, transform, undefined)) lines.push(each)
        break
      }
      fragmentsSpent += fragments.length
      share()
      const glyphs = fragments.filter((fragment) => fragment.kind !== 'space')
      const textOf = (pieces: readonly Fragment[]) => pieces.map((fragment) => fragment.text).join('')
      let score = garbleScore(textOf(fragments))
      if (isGarbled(score)) {
        // Try the fonts' own code maps first; OCR only if the page is still not Vietnamese.
        const trial = fragments.map((fragment) => ({...fragment}))
        const fonts = repairFonts(trial)
        const repairedScore = garbleScore(textOf(trial))
        if (fonts.length > 0 && !isGarbled(repairedScore)) {
          fragments = trial
          score = repairedScore
          note('pdf-text-repaired', {page: number, count: fonts.length}, number)
        }
      }
      const garbled = isGarbled(score)
      let scanned = false
      // Once OCR reads no more pages (a limit reached), a page without text is not listed with its
      // images to be told a scan: pdf.js decoding them was most of the time of 500 blank scanned
      // pages past maxOcrPages (2.0-2.9 s) and of 200 pages of dots past the dots limit.
      if (glyphs.length === 0 && !ocrOver) {
        let watch: OperatorWatch | undefined
        let looked: PdfPage | undefined
        try {
          scanned = await within(
            imagePage(number).then(({drawn, watch: watched}) => {
              watch = watched
              looked = drawn
              return hasImages(pdfjs, drawn)
            }),
            seconds
          )
        } catch (error) {
          // pdf.js may still be at work on it (a time limit stops the wait, not the work).
          images.stop()
          if (outOfWork(error, number)) break
          if (overImages(error, number)) continue
          if (!(watch && over(watch))) note('pdf-page-unreadable', {page: number, detail: detailOf(error)}, number)
          continue
        }
        // A page drawing more than the limit is not drawn again for OCR.
        if (watch && over(watch)) continue
        // A page without images is not read by OCR: the list its copy's page holds is let go
        // (500 pages of 9,500 rules held 600 MB).
        if (!scanned) looked?.cleanup()
      }
      if (garbled && options?.ocr === false) note('pdf-text-garbled-kept', {page: number, sample: score.sample}, number)
      if (scanned && options?.ocr === false) note('pdf-ocr-off', {page: number}, number)
      if ((garbled || scanned) && options?.ocr !== false) {
        // Counted before a scanned page is told blank or not: past the budget, not even its preview is drawn.
        const maxOcrPages = options?.maxOcrPages ?? 50
        if (!ocrOver && ++ocrPages > maxOcrPages) {
          note('pdf-ocr-page-limit', {limit: maxOcrPages, page: number}, number)
          ocrOver = true
        }
        if (scanned && !garbled && !ocrOver) {
          // 500 blank scanned pages took past 60 s of OCR: a blank page is told from a small preview.
          let watch: OperatorWatch | undefined
          try {
            const {drawn, watch: watched} = await within(imagePage(number), seconds)
            watch = watched
            // A page that is only images is told from their own pixels; any other is drawn small.
            let blank = await within(imagesBlank(pdfjs, drawn), seconds)
            if (over(watched)) continue
            if (blank === undefined) {
              const shown = await within(drawPage(drawn, PREVIEW_DPI, preview), seconds)
              preview = shown.canvas
              if (over(watched)) continue
              blank = isBlank(shown)
            }
            if (blank) {
              note('pdf-ocr-blank', {page: number}, number)
              // What pdf.js keeps of each page (its images, its operators) is let go: 500 blank pages held 730 MB.
              drawn.cleanup()
              page.cleanup()
              continue
            }
          } catch (error) {
            images.stop()
            if (outOfWork(error, number)) break
            if (overImages(error, number)) continue
            if (!(watch && over(watch))) note('pdf-page-unreadable', {page: number, detail: detailOf(error)}, number)
            continue
          }
        }
        const toldOcr = messages.length
        if (garbled) note('pdf-text-garbled', {page: number, sample: score.sample}, number)
        else if (!ocrOver) note('pdf-ocr', {page: number}, number)
        const budget = options?.ocrTotalSeconds ?? 300
        const spent = (Date.now() - ocrStarted) / 1000
        if (ocrOver || spent >= budget) {
          if (!ocrOver) note('pdf-ocr-budget', {seconds: budget, page: number}, number)
          ocrOver = true
          if (garbled)
            for (const each of pageText(dropFurniture(buildLines(fragments), geometry), geometry)) lines.push(each)
          continue
        }
        let watch: OperatorWatch | undefined
        try {
          options?.onProgress?.({page: number, pages: Math.min(pageCount, maxPages)})
          const attempt = ocrAttempt
          const ocrSeconds = Math.min(options?.ocrPageSeconds ?? 60, budget - spent)
          const read = await within(
            (async (): Promise<{words: Fragment[]; first?: number}> => {
              const {drawn, watch: watched} = await imagePage(number)
              watch = watched
              const dpi = options?.ocrDpi ?? 300
              // A page that is only images is drawn at no more than eight times their own resolution.
              const images = await imageDensity(pdfjs, drawn)
              // A scan covers its page about once (strips, or two or three layers of a compressed
              // scan); drawn many times over, or from millions of pixels, it is not a scan, and
              // drawing it cost more than reading a page (a blind tester's page drawing one image
              // 300 times: 12 s; 1,000 images: 27 s and 2.1 GB).
              if (images && (images.cover > MAX_IMAGE_COVER || images.pixels > MAX_PIXELS))
                throw new Unreadable(
                  `trang vẽ ảnh phủ trang ${Math.round(images.cover)} lần, ${Math.round(images.pixels / 1e6)} triệu điểm ảnh: không phải bản quét`
                )
              const density = images?.density
              const at = density === undefined ? dpi : Math.min(dpi, density * 72 * OCR_UPSCALE)
              // A page of only images drawing what a page before it drew (one image object on
              // many pages, or the same pixels stored again) is that page's image: its words are
              // given again, and it is not drawn, so its pixels are not counted (the blind
              // tester's one scan image on 50 pages was read 19 times, 74-76 s).
              // Hashing is skipped where nothing could match: a page before any recognised, with
              // no page after it (a single A4 RGB scan's pixels are 26 MB to hash).
              const keyed = recognised.size > 0 || number < Math.min(pageCount, maxPages)
              const key = images && keyed ? await imagesKey(pdfjs, drawn, at) : undefined
              const known = key === undefined ? undefined : recognised.get(key)
              if (known) {
                drawn.cleanup()
                return {words: known.words, first: known.page}
              }
              const size = drawSize(drawn, at)
              const pixels = size.width * size.height
              // The file's size always lets one page through: a page is drawn at up to MAX_OCR_PIXELS,
              // a few thousand more with its sides rounded up. A page past the budget is not drawn
              // (the tester's 11 KB file drew its second A4 page, 0.17 s and a 35 MB canvas, to refuse it).
              if (ocrPixelsSpent + pixels > maxOcrPixels && !(sizeLimited && ocrPixelsSpent === 0))
                throw new OverPixels()
              // The images pdf.js decoded for the list above are let go: drawing decodes them again.
              drawn.cleanup()
              const {canvas, pointsPerPixel} = await drawPage(drawn, at)
              if (watched.cut) throw new Unreadable('drawing limit')
              ocrPixelsSpent += pixels
              if (canvas.width < MIN_OCR_SIDE || canvas.height < MIN_OCR_SIDE)
                throw new Unreadable(`ảnh trang chỉ ${canvas.width}×${canvas.height} điểm ảnh, quá nhỏ để nhận dạng`)
              // Specks are counted in the image's own pixels: drawn larger, each would be fewer changes a pixel.
              if (looksLikeNoise(canvas, density === undefined ? 1 : 1 / (pointsPerPixel * density)))
                throw new Dots('ảnh trang là những chấm rời (nhiễu hoặc ảnh chụp), không giống chữ: không nhận dạng')
              const image = ocrImage(canvas)
              // A page of only images is known by what it draws; the image drawn is hashed for the others.
              const drawnKey =
                keyed && key === undefined
                  ? await imageKey(image, canvas.width, canvas.height, pointsPerPixel)
                  : undefined
              // The canvas (35 MB for A4 at 300 dpi) is let go now, not when the collector comes to
              // it: the corpus's scan peaked at 403 MB with it held through tesseract's work, 370-374 without.
              canvas.width = 1
              canvas.height = 1
              // Any other page is drawn; one whose image is the same as a page's read before
              // (the same bytes, size and scale) is given that page's words. It was drawn: its
              // pixels stay counted, as drawing it was its cost.
              const again = drawnKey === undefined ? undefined : recognised.get(drawnKey)
              if (again) return {words: again.words, first: again.page}
              const engine = await engineFor(attempt)
              const words = await engine.recognize(image, pointsPerPixel)
              for (const each of [key, drawnKey]) if (each !== undefined) recognised.set(each, {page: number, words})
              return {words}
            })(),
            ocrSeconds
          )
          form = 'ocr'
          // Copies: the words of a page image may be given to several pages.
          const words = read.words.map((word) => ({...word}))
          if (read.first !== undefined && !repeatNoted) {
            note('pdf-ocr-repeated', {page: number, first: read.first}, number)
            repeatNoted = true
          }
          for (const each of pageText(dropFurniture(buildLines(words), geometry), geometry)) lines.push(each)
        } catch (error) {
          if (outOfWork(error, number)) {
            images.stop()
            break
          }
          if (watch && over(watch)) {
            // Drawn only in part: nothing to give OCR.
          } else if (pageImageLimit(error)) {
            // Its images were not all decoded: the page is not read by OCR, and its pdf-ocr is taken back.
            images.stop()
            if (!garbled) messages.splice(toldOcr, 1)
            overImages(error, number)
          } else if (error instanceof OverPixels) {
            // The page is not read by OCR after all: its pdf-ocr is taken back.
            if (!garbled) messages.splice(toldOcr, 1)
            if (sizeLimited) note('pdf-ocr-size-limit', {size: bytes.length, limit: maxOcrPixels, page: number}, number)
            else note('pdf-ocr-pixel-limit', {limit: maxOcrPixels, page: number}, number)
            ocrOver = true
          } else if (error instanceof Timeout) {
            note(
              'pdf-ocr-timeout',
              {page: number, seconds: Math.round(Math.min(options?.ocrPageSeconds ?? 60, budget - spent))},
              number
            )
            // The engine may still be busy with the page, and pdf.js drawing it: start both anew for the next.
            ocrAttempt++
            await stopEngine()
            images.stop()
          } else {
            note(
              'pdf-ocr-failed',
              {page: number, detail: error instanceof Unreadable ? error.message : detailOf(error)},
              number
            )
            if (error instanceof Dots && ++dotPages >= MAX_DOT_PAGES) {
              note('pdf-ocr-dots-limit', {count: dotPages, page: number}, number)
              ocrOver = true
            }
          }
          if (garbled)
            for (const each of pageText(dropFurniture(buildLines(fragments), geometry), geometry)) lines.push(each)
        }
        continue
      }
      let laidOut = true
      try {
        // A page whose text was cut short has had its document stopped: its tables are not looked for.
        for (const each of await within(
          layoutPage(pdfjs, fragments, geometry, transform, cut ? undefined : operators, ruled),
          seconds
        ))
          lines.push(each)
      } catch (error) {
        text.stop()
        if (outOfWork(error, number)) {
          // Its tables were being looked for: the page is laid out without them, and is the last read.
          for (const each of await layoutPage(pdfjs, fragments, geometry, transform, undefined)) lines.push(each)
          break
        }
        note('pdf-page-unreadable', {page: number, detail: detailOf(error)}, number)
        laidOut = false
      }
      over(drawing)
      if (ruled.cut && !drawing.file) ranOut('rules', number)
      // What pdf.js keeps of the page is let go, unless its document was stopped (destroyed) already.
      if (laidOut && !cut && !drawing.cut) page.cleanup()
    }
  } finally {
    finished = true
    await stopEngine()
    await text.close()
    await images.close()
  }
  return done()
}

type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => (promise ??= make())
}

/**
 * A text-layer page into lines: ruled tables (looked for only when several lines split into cells)
 * one line per row, the rest by baseline.
 */
async function layoutPage(
  pdfjs: PdfJs,
  fragments: Fragment[],
  geometry: {page: number; width: number; height: number},
  transform: number[],
  operators: (() => Promise<OperatorList>) | undefined,
  ruled?: {limit: number; spent: number; cut: boolean}
): Promise<OutputLine[]> {
  let lines = buildLines(fragments)
  if (operators && lines.filter((line) => line.cells.length >= 2).length >= 3) {
    const rules = rulesOf(await operators(), pdfjs.OPS, transform)
    // Past the file's rules the page's tables are not looked for, and it is the last page read.
    if (ruled && ruled.spent + rules.length > ruled.limit) ruled.cut = true
    if (ruled) ruled.spent += rules.length
    const tables = ruled?.cut ? [] : findTables(rules)
    if (tables.length > 0) {
      const outside = fragments.filter((fragment) => !tables.some((table) => inTable(table, fragment)))
      lines = buildLines(outside)
      for (const table of tables)
        for (const each of tableLines(
          table,
          fragments.filter((fragment) => inTable(table, fragment))
        ))
          lines.push(each)
      lines.sort((left, right) => left.y - right.y)
    }
  }
  return pageText(dropFurniture(lines, geometry), geometry)
}

async function defaultEngine(): Promise<OcrEngine> {
  const {createOcr} = await import('../ocr/tesseract.js')
  return createOcr()
}

/** In Node, pdf.js reads the standard fonts and CMaps from node_modules (a browser build sets its own). */
async function nodeAssets(): Promise<{standardFontDataUrl?: string; cMapUrl?: string}> {
  if (typeof process === 'undefined' || !process.versions?.node) return {}
  try {
    const {createRequire} = await import('node:module')
    const {dirname, join} = await import('node:path')
    // import.meta.url is undefined when this module is bundled to CommonJS (the CLI bundle).
    const base = typeof import.meta.url === 'string' ? import.meta.url : __filename
    const root = dirname(createRequire(base).resolve('pdfjs-dist/package.json'))
    return {standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/'}
  } catch {
    // Without them pdf.js still reads text; it only draws non-embedded fonts with a fallback.
    return {}
  }
}

/** Why a page's text was cut short, if it was. */
type TextCut = {kind: 'characters'; limit: number} | {kind: 'chunks'; limit: number} | WorkCut | undefined

/** The budget of `maxContentWork` that ran out, and its size. */
interface WorkCut {
  kind: 'work'
  work: FileWork
  limit: number
}

/** The budget pdf.js ran out of, from the error our patch of it raises (`content work limit: glyphs 2000000`). */
function workLimit(error: unknown): WorkCut | undefined {
  const found =
    /^content work limit: (operators|glyphs|bytes|repeats|images|pixels|fonts|pageFonts|characters) (\d+)$/u.exec(
      error instanceof Error ? error.message : ''
    )
  return found ? {kind: 'work', work: found[1] as FileWork, limit: Number(found[2])} : undefined
}

/** The budgets of `maxContentWork` over the whole file, and the characters of text pdf.js builds in it (`textCharacters`). */
type FileWork = Exclude<keyof ContentWork, PageImageWork> | 'characters'
/** The budgets of `maxContentWork` the reader counts itself (pdf.js is not given them). */
type ReaderWork = 'listed' | 'rules' | 'fragments' | 'work'
/** The budgets of `maxContentWork` for one page's images. */
type PageImageWork = 'pageImages' | 'pagePixels'

/** The page's image budget pdf.js ran out of (`content work limit: pagePixels 40000000`). */
function pageImageLimit(error: unknown): {work: PageImageWork; limit: number} | undefined {
  const found = /^content work limit: (pageImages|pagePixels) (\d+)$/u.exec(error instanceof Error ? error.message : '')
  return found ? {work: found[1] as PageImageWork, limit: Number(found[2])} : undefined
}

/** What each budget of `maxContentWork` counts, in the warning. */
const WORK_WORDS: Record<FileWork, string> = {
  operators: 'lệnh vẽ',
  glyphs: 'ký tự được vẽ',
  bytes: 'byte nội dung trang',
  repeats: 'lần một trang nêu lại một luồng nội dung',
  images: 'ảnh được giải mã',
  pixels: 'điểm ảnh được giải mã',
  listed: 'lệnh vẽ trong danh sách lệnh đọc để tìm bảng, ảnh và dấu số',
  rules: 'đường kẻ xét để tìm bảng',
  fragments: 'ký tự và khoảng trắng được xếp thành dòng',
  fonts: 'phông chữ được nạp',
  pageFonts: 'phông chữ trên một trang',
  characters: 'ký tự chữ pdf.js dựng từ bảng mã Unicode của phông',
  work: 'đơn vị việc của trình đọc tính gộp (lệnh vẽ trong danh sách lệnh, đường kẻ, ký tự xếp thành dòng, phần chữ pdf.js trao)'
}

/** What each budget of a page's images counts, in `pdf-page-image-limit`. */
const PAGE_IMAGE_WORDS: Record<PageImageWork, string> = {
  pageImages: 'ảnh',
  pagePixels: 'điểm ảnh'
}

interface TextLimits {
  characters: number
  chunks: number
  /** Pieces of text the file's weighed work (`maxContentWork.work`) still has room for: past them, a `WorkCut`. */
  fileChunks: number
  /** The file's weighed work (`maxContentWork.work`), for the cut's warning. */
  work: number
  /** `Date.now()` after which reading stops with a `Timeout`. */
  deadline: number
}

/**
 * The page's text layer as fragments, plus the numbers and dates signing software stamps into
 * signature fields; `stop` stops the page's document when its text is cut short (the stamps are
 * then not read).
 */
async function textFragments(
  pdfjs: PdfJs,
  page: PdfPage,
  transform: number[],
  operators: () => Promise<OperatorList>,
  limits: TextLimits,
  stop: () => void
): Promise<{fragments: Fragment[]; cut: TextCut; characters: number; chunks: number}> {
  const {items, cut, characters, chunks} = await textItems(page, limits, stop)
  const fragments: Fragment[] = []
  for (const item of items) {
    for (const each of itemFragments({
      str: item.str,
      transform: pdfjs.Util.transform(transform, item.transform),
      width: item.width,
      fontName: item.fontName
    }))
      fragments.push(each)
  }
  if (!cut) for (const each of await stampFragments(pdfjs, page, transform, fragments, operators)) fragments.push(each)
  return {fragments, cut, characters, chunks}
}

interface TextItem {
  str: string
  transform: number[]
  width: number
  fontName: string
}

/**
 * The page's text items, read as pdf.js streams them and stopped at the limits: at a limit, `stop`
 * stops the page's document, which ends pdf.js's task for certain (cancelling the stream ended it
 * only if pdf.js was then waiting for its pieces to be read: `work.ts`).
 */
async function textItems(
  page: PdfPage,
  limits: TextLimits,
  stop: () => void
): Promise<{items: TextItem[]; cut: TextCut; characters: number; chunks: number}> {
  const reader = page.streamTextContent().getReader()
  const items: TextItem[] = []
  let characters = 0
  let chunks = 0
  let cut: TextCut
  let late = false
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>
    try {
      next = await reader.read()
    } catch (error) {
      const over = workLimit(error)
      if (!over) throw error
      cut = over
      break
    }
    const {value, done} = next
    if (done) return {items, cut, characters, chunks}
    chunks++
    if (chunks > limits.fileChunks) {
      // The file's weighed work has no room for this piece: the page keeps what came before it.
      cut = {kind: 'work', work: 'work', limit: limits.work}
      break
    }
    for (const item of value.items) {
      // pdf.js stopped building the page's text at its characters (`textCharacters`): the page goes on.
      if ('textCut' in item) {
        cut ??= {kind: 'characters', limit: limits.characters}
        break
      }
      if (!('str' in item) || item.str === '') continue
      if (characters + item.str.length > limits.characters) {
        cut = {kind: 'characters', limit: limits.characters}
        items.push({...item, str: item.str.slice(0, limits.characters - characters)})
        characters = limits.characters
        break
      }
      characters += item.str.length
      items.push(item)
    }
    if (!cut && chunks >= limits.chunks) cut = {kind: 'chunks', limit: limits.chunks}
    late = Date.now() > limits.deadline
    if (cut || late) break
  }
  reader.releaseLock()
  stop()
  if (late && !cut) throw new Timeout('page')
  return {items, cut, characters, chunks}
}

const STAMP_TEXT = /^[\d\s./-]{1,24}$/u

/** Short numeric texts drawn in signature widgets (the number and date a clerk's signing software fills in). */
async function stampFragments(
  pdfjs: PdfJs,
  page: PdfPage,
  transform: number[],
  text: readonly Fragment[],
  operators: () => Promise<OperatorList>
): Promise<Fragment[]> {
  const annotations = (await page.getAnnotations({intent: 'display'})) as Array<{
    subtype?: string
    fieldType?: string
    hasAppearance?: boolean
    rect?: number[]
  }>
  // Only a field the size of a few words can hold a stamped number or date; the operator list it
  // takes to read one decodes the page's images too, so pages without one skip it.
  const small = (rect: number[] | undefined) =>
    rect !== undefined &&
    Math.abs((rect[3] ?? 0) - (rect[1] ?? 0)) <= 40 &&
    Math.abs((rect[2] ?? 0) - (rect[0] ?? 0)) <= 200
  if (
    !annotations.some(
      (annotation) =>
        annotation.subtype === 'Widget' &&
        annotation.fieldType === 'Sig' &&
        annotation.hasAppearance &&
        small(annotation.rect)
    )
  )
    return []
  const list = await operators()
  const {OPS} = pdfjs
  const result: Fragment[] = []
  let rect: number[] | undefined
  let characters = ''
  let advance = 0
  let fontSize = 0
  list.fnArray.forEach((operator, index) => {
    const args = list.argsArray[index] as unknown[]
    if (operator === OPS.beginAnnotation) {
      rect = args[1] as number[]
      characters = ''
      advance = 0
    } else if (operator === OPS.setFont && rect) fontSize = Math.abs(Number(args[1]) || 0)
    else if (operator === OPS.showText && rect) {
      for (const glyph of (args[0] as Array<number | {unicode?: string; width?: number}>) ?? []) {
        if (typeof glyph === 'number') continue
        characters += glyph.unicode ?? ''
        advance += ((glyph.width ?? 0) * fontSize) / 1000
      }
    } else if (operator === OPS.endAnnotation && rect) {
      const value = characters.trim()
      if (value !== '' && STAMP_TEXT.test(value)) {
        const [x0, y0, x1, y1] = pdfjs.Util.normalizeRect([
          ...apply(transform, rect[0] ?? 0, rect[1] ?? 0),
          ...apply(transform, rect[2] ?? 0, rect[3] ?? 0)
        ]) as [number, number, number, number]
        const width = Math.min(advance || (x1 - x0) / 2, x1 - x0)
        const center = (x0 + x1) / 2
        // The baseline of the text line the stamp sits in, else a third above the field's bottom.
        const inside = text.filter((fragment) => fragment.kind === 'glyph' && fragment.y >= y0 && fragment.y <= y1)
        const middle = (y0 + y1) / 2
        const y =
          inside.length > 0
            ? inside.reduce(
                (best, fragment) => (Math.abs(fragment.y - middle) < Math.abs(best - middle) ? fragment.y : best),
                inside[0]?.y ?? middle
              )
            : y1 - (y1 - y0) / 3
        result.push({
          text: value,
          x0: center - width / 2,
          x1: center + width / 2,
          y,
          size: fontSize || (y1 - y0) / 2,
          kind: 'stamp'
        })
      }
      rect = undefined
    }
  })
  return result
}

function apply(matrix: number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = matrix
  return [a * x + c * y + e, b * x + d * y + f]
}

async function hasImages(pdfjs: PdfJs, page: PdfPage): Promise<boolean> {
  const {OPS} = pdfjs
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat
  ])
  const list = await page.getOperatorList()
  return list.fnArray.some((operator) => images.has(operator))
}

/** Operators that draw nothing of their own: a page of only these and images is its images. */
function quietOperators(pdfjs: PdfJs): ReadonlySet<number> {
  const {OPS} = pdfjs
  return new Set([OPS.save, OPS.restore, OPS.transform, OPS.dependency])
}

/**
 * Whether a page that draws only images (a scan) is blank, told from the images' own pixels as
 * pdf.js decoded them, before anything is drawn: blank when every image has fewer than 1 in 5,000
 * pixels darker than light grey, the rule `isBlank` applies to a preview. Undefined, for the
 * preview to tell, when the page draws anything else (text, paths, masks, a graphics state that
 * could blend or darken) or an image pdf.js does not hand over as RGB or RGBA pixels. Drawing the
 * preview was most of the work on 500 blank scans (2.1-3 s); the image at its own resolution also
 * shows small or faint text that a 30 dpi preview averages into the white around it.
 */
async function imagesBlank(pdfjs: PdfJs, page: PdfPage): Promise<boolean | undefined> {
  const quiet = quietOperators(pdfjs)
  const list = await page.getOperatorList()
  let images = 0
  for (let index = 0; index < list.fnArray.length; index++) {
    const operator = list.fnArray[index] as number
    if (quiet.has(operator)) continue
    if (operator !== pdfjs.OPS.paintImageXObject) return undefined
    const id: unknown = list.argsArray[index]?.[0]
    if (typeof id !== 'string') return undefined
    // An image used on many pages is kept with the document's objects ("g_…"), the rest with the page's.
    const store = id.startsWith('g_') ? page.commonObjs : page.objs
    const image: unknown = await new Promise((resolve) => store.get(id, resolve))
    const dark = darkPixels(pdfjs, image)
    if (dark === undefined) return undefined
    if (dark.dark * 5000 >= dark.pixels) return false
    images++
  }
  return images > 0 ? true : undefined
}

/**
 * Of a page of only images: the most image pixels it has per point (the densest image, along its
 * denser side), from the sizes the operator list gives and the transforms before each image; how
 * many times the images cover the page (their areas summed, over the page's), and their pixels
 * summed. Undefined when the page draws anything but images (text, paths, masks), or none.
 */
async function imageDensity(
  pdfjs: PdfJs,
  page: PdfPage
): Promise<{density: number; cover: number; pixels: number} | undefined> {
  const {OPS} = pdfjs
  const list = await page.getOperatorList()
  const view = page.getViewport({scale: 1})
  const area = Math.max(1, view.width * view.height)
  let matrix = [1, 0, 0, 1, 0, 0]
  const saved: number[][] = []
  let density: number | undefined
  let cover = 0
  let pixels = 0
  for (let index = 0; index < list.fnArray.length; index++) {
    const operator = list.fnArray[index] as number
    const args = list.argsArray[index] as unknown[] | null
    if (operator === OPS.save) saved.push(matrix)
    else if (operator === OPS.restore) matrix = saved.pop() ?? [1, 0, 0, 1, 0, 0]
    else if (operator === OPS.transform) {
      const [a, b, c, d, e, f] = (args ?? []) as number[]
      matrix = multiply(matrix, [a ?? 1, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0])
    } else if (operator === OPS.paintImageXObject) {
      const width = args?.[1]
      const height = args?.[2]
      if (typeof width !== 'number' || typeof height !== 'number') return undefined
      // The image's unit square on the page: its sides are the matrix's columns, in points.
      const across = Math.hypot(matrix[0] as number, matrix[1] as number)
      const down = Math.hypot(matrix[2] as number, matrix[3] as number)
      if (!(across > 0 && down > 0)) return undefined
      density = Math.max(density ?? 0, width / across, height / down)
      cover +=
        Math.abs((matrix[0] as number) * (matrix[3] as number) - (matrix[1] as number) * (matrix[2] as number)) / area
      pixels += width * height
    } else if (operator !== OPS.dependency) return undefined
  }
  return density === undefined ? undefined : {density, cover, pixels}
}

/**
 * What a page of only images draws at `dpi`, as a key: the page's size and orientation, and each
 * operator of its list with its arguments, an image by its size, kind and a SHA-256 of its pixels
 * as pdf.js decoded them (never by its object id, which differs between pages for the same image
 * object until pdf.js caches it for the document, and between two objects holding the same
 * pixels). Two pages with one key are drawn the same, pixel for pixel. Undefined when the page
 * draws anything but images, an image pdf.js does not hand over as pixels, or no hash is to hand
 * (`crypto.subtle`, in Node and in a browser's secure context).
 */
async function imagesKey(pdfjs: PdfJs, page: PdfPage, dpi: number): Promise<string | undefined> {
  const {OPS} = pdfjs
  const list = await page.getOperatorList()
  const view = page.getViewport({scale: 1})
  const parts: unknown[] = [dpi, view.width, view.height, view.transform]
  for (let index = 0; index < list.fnArray.length; index++) {
    const operator = list.fnArray[index] as number
    const args = list.argsArray[index] as unknown[] | null
    if (operator === OPS.dependency) continue
    if (operator === OPS.save || operator === OPS.restore) parts.push(operator)
    else if (operator === OPS.transform) parts.push(operator, args)
    else if (operator === OPS.paintImageXObject) {
      const id: unknown = args?.[0]
      if (typeof id !== 'string') return undefined
      const store = id.startsWith('g_') ? page.commonObjs : page.objs
      const image: unknown = await new Promise((resolve) => store.get(id, resolve))
      if (image === null || typeof image !== 'object') return undefined
      const {width, height, kind, data} = image as {width?: unknown; height?: unknown; kind?: unknown; data?: unknown}
      if (!(data instanceof Uint8ClampedArray || data instanceof Uint8Array)) return undefined
      const hash = await sha256(data)
      if (hash === undefined) return undefined
      parts.push(operator, args?.[1], args?.[2], width, height, kind, data.length, hash)
    } else return undefined
  }
  return `images ${JSON.stringify(parts)}`
}

/** A page image as given to the engine, as a key: its size, the points a pixel stands for, a SHA-256 of its bytes. */
async function imageKey(
  image: Uint8Array,
  width: number,
  height: number,
  pointsPerPixel: number
): Promise<string | undefined> {
  const hash = await sha256(image)
  return hash === undefined ? undefined : `drawn ${width} ${height} ${pointsPerPixel} ${image.length} ${hash}`
}

/** The SHA-256 of `bytes` in hex, or undefined where Web Crypto is missing. */
async function sha256(bytes: Uint8Array | Uint8ClampedArray): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return undefined
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** The matrix of `inner` applied in the space of `outer` (PDF's `cm`: inner × outer). */
function multiply(outer: readonly number[], inner: readonly number[]): number[] {
  const [a, b, c, d, e, f] = outer as [number, number, number, number, number, number]
  const [g, h, i, j, k, l] = inner as [number, number, number, number, number, number]
  return [g * a + h * c, g * b + h * d, i * a + j * c, i * b + j * d, k * a + l * c + e, k * b + l * d + f]
}

/**
 * The pixels of a decoded image darker than light grey (a channel under 160) on white, and all
 * its pixels; undefined for an image that is not black and white (one bit a pixel, as pdf.js
 * hands over CCITT and 1-bit scans), RGB or RGBA pixels of the size it says.
 */
function darkPixels(pdfjs: PdfJs, image: unknown): {dark: number; pixels: number} | undefined {
  if (image === null || typeof image !== 'object') return undefined
  const {width, height, kind, data} = image as {width?: unknown; height?: unknown; kind?: unknown; data?: unknown}
  if (typeof width !== 'number' || typeof height !== 'number') return undefined
  if (!(data instanceof Uint8ClampedArray || data instanceof Uint8Array)) return undefined
  const pixels = width * height
  if (!(pixels > 0)) return undefined
  if (kind === pdfjs.ImageKind.GRAYSCALE_1BPP) {
    const black = blackBits(data, width, height)
    return black === undefined ? undefined : {dark: black, pixels}
  }
  const stride = kind === pdfjs.ImageKind.RGB_24BPP ? 3 : kind === pdfjs.ImageKind.RGBA_32BPP ? 4 : 0
  if (stride === 0 || data.length < pixels * stride) return undefined
  let dark = 0
  const end = pixels * stride
  if (stride === 3) {
    for (let at = 0; at < end; at += 3)
      if ((data[at] as number) < 160 || (data[at + 1] as number) < 160 || (data[at + 2] as number) < 160) dark++
  } else {
    // A pixel partly transparent shows the white page through it: its colour on white.
    for (let at = 0; at < end; at += 4) {
      const alpha = data[at + 3] as number
      const clear = 255 - alpha
      const on = (value: number) => (value * alpha) / 255 + clear
      if (on(data[at] as number) < 160 || on(data[at + 1] as number) < 160 || on(data[at + 2] as number) < 160) dark++
    }
  }
  return {dark, pixels}
}

/** Zero bits of each byte (a 0 is a black pixel of a 1-bit image, as pdf.js draws it). */
const ZERO_BITS = Uint8Array.from({length: 256}, (_, byte) => 8 - byte.toString(2).replace(/0/gu, '').length)

/**
 * The black pixels of a 1-bit image, rows padded to whole bytes, the first pixel in the high bit;
 * undefined when the data is shorter than its size.
 */
function blackBits(data: Uint8Array | Uint8ClampedArray, width: number, height: number): number | undefined {
  const row = (width + 7) >> 3
  if (data.length < row * height) return undefined
  const padding = row * 8 - width
  let black = 0
  for (let y = 0; y < height; y++) {
    const start = y * row
    for (let at = start; at < start + row; at++) black += ZERO_BITS[data[at] as number] as number
    // The bits past the row's last pixel are not pixels: each of them counted as black if zero.
    const last = data[start + row - 1] as number
    black -= ZERO_BITS[(last | (0xff << padding)) & 0xff] as number
  }
  return black
}

type Canvas = import('@napi-rs/canvas').Canvas

/** Draws a page with @napi-rs/canvas (Node), at `dpi` or at most `ocrPixels` of its area. */
async function drawPage(page: PdfPage, dpi: number, reuse?: Canvas): Promise<{canvas: Canvas; pointsPerPixel: number}> {
  const {createCanvas} = await import('@napi-rs/canvas')
  const {scale, width, height} = drawSize(page, dpi)
  const viewport = page.getViewport({scale})
  let canvas = reuse ?? createCanvas(width, height)
  if (canvas.width !== width || canvas.height !== height) canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport
  }).promise
  return {canvas, pointsPerPixel: 1 / scale}
}

/** The scale and the size in pixels `drawPage` draws a page at for `dpi`. */
function drawSize(page: PdfPage, dpi: number): {scale: number; width: number; height: number} {
  const base = page.getViewport({scale: 1})
  let scale = dpi / 72
  const most = ocrPixels(base.width * base.height)
  if (base.width * base.height * scale * scale > most) scale = Math.sqrt(most / (base.width * base.height))
  const viewport = page.getViewport({scale})
  return {scale, width: Math.max(1, Math.ceil(viewport.width)), height: Math.max(1, Math.ceil(viewport.height))}
}

/**
 * The page image handed to tesseract. A page drawn in grey only (every pixel's red, green and blue
 * the same, as in any scan in grey or black and white) is given as an 8-bit grey PGM of those
 * values, any other as the canvas's PNG. Tesseract reads the grey PGM exactly as it read the PNG
 * (its grey image and its black-and-white threshold come out the same when the three colours are
 * equal) and has one channel to look at, not four: one A4 page in grey at 300 dpi, read through the
 * command line, took 2.7-3.0 s of CPU and 420-490 MB as a PNG (0.3 s of it the PNG's compression,
 * 1.1 s tesseract's), 1.8-1.9 s and 312 MB as a PGM (tesseract 0.5 s). A page with any colour
 * stays a PNG: as grey, the corpus's scan read one word more; as a raw colour image (PPM, PAM) it
 * read the same but held 140 MB more in copies.
 */
export function ocrImage(canvas: Canvas): Uint8Array {
  const data = canvas.data()
  const head = new TextEncoder().encode(`P5\n${canvas.width} ${canvas.height}\n255\n`)
  const image = new Uint8Array(head.length + canvas.width * canvas.height)
  image.set(head)
  // The page is drawn on opaque white: each pixel's premultiplied colour is its colour.
  for (let at = 0, to = head.length; at + 2 < data.length; at += 4, to++) {
    const red = data[at] as number
    if (red !== data[at + 1] || red !== data[at + 2]) return canvas.toBuffer('image/png')
    image[to] = red
  }
  return image
}

/**
 * Nothing drawn on it: fewer than 1 in 5,000 pixels darker than light grey (a scanner's specks).
 * The canvas's own RGBA pixels (`data()`), not `getImageData`, which took 3 ms to copy a 30 dpi
 * A4 preview (1.5 s of 500 blank pages); the page is drawn on opaque white, so every pixel is
 * opaque and its premultiplied colour is its colour.
 */
export function isBlank({canvas}: {canvas: Canvas}): boolean {
  const data = canvas.data()
  let dark = 0
  for (let at = 0; at + 2 < data.length; at += 4)
    if ((data[at] as number) < 160 || (data[at + 1] as number) < 160 || (data[at + 2] as number) < 160) dark++
  return dark * 5000 < canvas.width * canvas.height
}

/**
 * Whether a page image drawn for OCR is dots, not writing: black-and-white changes on more than
 * `NOISE_CHANGES` of the image's own pixels along a row or down a column, or dark runs of less than
 * `NOISE_RUN` drawn pixels on average either way where some ink is. Every fourth row and every fourth
 * column is looked at. `scale` is the drawn pixels to one of the image's own (a page of only images
 * drawn larger than they are): a speck of one pixel drawn two wide makes half the changes a drawn
 * pixel, so the changes are counted `scale` times (never less than once, at most `NOISE_SCALE`); the
 * runs stay in drawn pixels (at 300 dpi, the size of the speck on paper). Tesseract spent 22-24 s and 460 MB on one A4
 * page of random dots at 300 dpi (0.43 changes a pixel), 30-42 s and 371-383 MB on one at 150 dpi of
 * specks one pixel high and 4-24 wide (0.05 changes along its rows, 0.23 down its columns, drawn at
 * 300 dpi: 0.10 and 0.46 in its own pixels). The corpus's scanned Công văn (87 dpi drawn at 300,
 * `scale` 3.5) has 0.021-0.023 along its rows and 0.015-0.016 down its columns (0.07-0.08 and 0.05-0.06
 * in its own pixels), dark runs of 5.7-5.8 and 8.3-8.4 drawn pixels: a scan of dense text under about
 * 50 dpi may be told as dots. A photograph screened into dots is refused too.
 */
export function looksLikeNoise(canvas: Canvas, scale = 1): boolean {
  const data = canvas.data()
  const {width, height} = canvas
  const times = Math.min(Math.max(1, scale), NOISE_SCALE)
  return dotted(rowInk(data, width, height), times) || dotted(columnInk(data, width, height), times)
}

/** What the lines looked at hold: black-and-white changes, dark pixels, dark runs, pixels looked at. */
interface Ink {
  changes: number
  dark: number
  runs: number
  looked: number
}

/** Whether a pixel of RGBA `data` at byte `at` is dark (luminance under a half). */
const inkedAt = (data: Uint8Array, at: number): boolean =>
  (data[at] as number) * 77 + (data[at + 1] as number) * 151 + (data[at + 2] as number) * 28 < 128 * 256

/** The ink of every fourth row of a canvas's RGBA pixels, each read along its length. */
function rowInk(data: Uint8Array, width: number, height: number): Ink {
  const ink: Ink = {changes: 0, dark: 0, runs: 0, looked: 0}
  for (let row = 0; row < height; row += 4) {
    let before = false
    for (let x = 0, at = row * width * 4; x < width; x++, at += 4) {
      const inked = inkedAt(data, at)
      if (inked) {
        ink.dark++
        if (!before) ink.runs++
      }
      if (x > 0 && inked !== before) ink.changes++
      before = inked
    }
    ink.looked += width
  }
  return ink
}

/**
 * The ink of every fourth column of a canvas's RGBA pixels, each read down its length; the columns
 * are walked together row by row, in the order the pixels are stored (one column at a time, a row
 * apart each step, took 0.1 s on an A4 page at 300 dpi, most of it waiting for memory).
 */
function columnInk(data: Uint8Array, width: number, height: number): Ink {
  const ink: Ink = {changes: 0, dark: 0, runs: 0, looked: 0}
  const columns = Math.ceil(width / 4)
  const before = new Uint8Array(columns)
  for (let y = 0; y < height; y++) {
    for (let column = 0, at = y * width * 4; column < columns; column++, at += 16) {
      const inked = inkedAt(data, at)
      const was = before[column] === 1
      if (inked) {
        ink.dark++
        if (!was) ink.runs++
      }
      if (y > 0 && inked !== was) ink.changes++
      before[column] = inked ? 1 : 0
    }
  }
  ink.looked = columns * height
  return ink
}

/** Whether lines with `ink` are dots, their changes counted `times` times (see looksLikeNoise). */
function dotted(ink: Ink, times: number): boolean {
  const {changes, dark, runs, looked} = ink
  if (looked === 0) return false
  return changes * times > NOISE_CHANGES * looked || (dark >= 0.02 * looked && dark < NOISE_RUN * runs)
}

/** Black-and-white changes an image pixel along a row or a column past which a page image is dots (see looksLikeNoise). */
const NOISE_CHANGES = 0.15

/**
 * The most times a change is counted for an image drawn larger than it is (see looksLikeNoise): an
 * image coarser than 75 dpi drawn at 300 is looked at as if it were of 75 dpi. Lines of writing
 * scanned at 39 dpi are three of its pixels high every eight (0.2 changes an own pixel down a
 * column): counted 7.75 times they would be dots, counted 4 times they are 0.1.
 */
const NOISE_SCALE = 4

/** Average dark run, in pixels, under which a page image with ink is dots (see looksLikeNoise). */
const NOISE_RUN = 1.5

function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/\s+/gu, ' ').slice(0, 120) || 'lỗi không rõ'
}

/** Reads a PDF into a plan: the text layer through `parseText`, each Point given the page its line is on. */
export async function readPdf(bytes: Uint8Array, options?: Readonly<PdfOptions> | null): Promise<ReadResult> {
  const layer = await readPdfText(bytes, options)
  const result = parseText(layer.text, {file: options?.file, form: 'plan'})
  addPages(result.plan, layer.origins)
  for (const message of result.messages) addPages(message, layer.origins)
  if (layer.form === 'ocr') result.plan.meta.form = 'ocr'
  return {plan: result.plan, messages: [...layer.messages, ...result.messages]}
}

/** Gives every Point ({line, column}) under `node` the page its text line is on. */
function addPages(node: unknown, origins: readonly Origin[]): void {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) addPages(child, origins)
    return
  }
  const record = node as Record<string, unknown>
  if (typeof record.line === 'number' && typeof record.column === 'number') {
    const page = origins[record.line - 1]?.page
    if (page !== undefined) record.page = page
    return
  }
  for (const value of Object.values(record)) addPages(value, origins)
}
