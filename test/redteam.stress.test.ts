// The red team's attacks of issue 27, made again from the issue's descriptions: each runs the
// built CLI in a child process, as a user would, and must hold: at most 2 CPU seconds and 300 MB
// for an input of at most 1 MB, exit 0 or 1 (never a crash), no stack trace, no input changed,
// no partial output, no request leaving the machine, no formula in a table. A table of what each
// attack cost is printed at the end. Needs the built CLI (node scripts/build.mjs) and, for the
// .doc attacks, LibreOffice.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {createServer, type Server} from 'node:http'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {unzipSync} from 'fflate'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {toUnicodeFlood, toUnicodeRepeated} from '../packages/files/test/pdf-hostile.js'
import {dangerousCells, readCsv} from './redteam/csv.js'
import {emptyParagraphsDocx, inflationBombDocx, nestedTablesDocx, numberedDocx} from './redteam/docx.js'
import {CLI, LIMITS, type Run, type RunOptions, runCli, scratch, snapshot} from './redteam/measure.js'
import {
  bigPlan,
  communePlan,
  ESCAPED,
  ESCAPES,
  editedPurposesPlans,
  editedTaskPlans,
  examplePlan,
  reversedTaskPlans,
  sameTitlesPlan,
  yamlOf
} from './redteam/plans.js'
import {
  blankScansPdf,
  contentFloodPdf,
  glyphFloodPdf,
  hugeScanPdf,
  nestedFormsPdf,
  noiseScanPdf,
  onePixelScanPdf,
  repeatedContentPdf,
  repeatedPagePdf,
  ruleFloodPdf,
  scanWithContentPdf,
  sharedGlyphFloodPdf,
  sharedStreamPdf,
  specksScanPdf,
  toUnicodePdf
} from './redteam/pdf.js'
import {zip} from './redteam/zip.js'

const TIMEOUT = 600_000
const folders: string[] = []

interface Row {
  attack: string
  cpu: number
  peakMb: number
  exit: string
  verdict: string
}
const rows: Row[] = []

function folder(name: string): string {
  const dir = scratch(name)
  folders.push(dir)
  return dir
}

/** Write an attack input; the issue's limits are for inputs of at most 1 MB. */
function put(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, data)
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length
  if (size > LIMITS.inputBytes) throw new Error(`attack input ${name} is ${size} bytes, over 1 MB`)
  return path
}

const STACK = [
  /^\s+at\s+\S/mu,
  /RangeError|TypeError|ReferenceError|SyntaxError: /u,
  /lỗi nội bộ/u,
  /FATAL ERROR|Aborted|core dumped/u
]

interface Judge {
  /** Folder whose files are the inputs: none may change. */
  inputs?: {dir: string; before: Record<string, string>}
  /** Output file: absent (or as it was) after a failure; whole after a success. */
  output?: {path: string; kind: 'json' | 'docx' | 'csv'; before?: string}
  /** Exit codes that count as holding; default 0 or 1. */
  exits?: readonly number[]
  /** Skip the CPU and memory limits (a server, measured otherwise). */
  noLimits?: boolean
}

/** What broke in one run, in a few words each. */
function common(run: Run, judge: Judge = {}): string[] {
  const failures: string[] = []
  if (!judge.noLimits) {
    if (!(run.cpu <= LIMITS.cpuSeconds)) failures.push(`cpu ${run.cpu.toFixed(1)} s`)
    if (!(run.peakMb <= LIMITS.peakMb)) failures.push(`peak ${Math.round(run.peakMb)} MB`)
  }
  if (run.signal) failures.push(`killed (${run.signal})`)
  else if (!(judge.exits ?? [0, 1]).includes(run.exit ?? -1)) failures.push(`exit ${run.exit}`)
  const printed = `${run.stdout}\n${run.stderr}`
  const trace = STACK.find((pattern) => pattern.test(printed))
  if (trace) failures.push(`stack trace: ${(printed.match(trace)?.[0] ?? '').trim().slice(0, 40)}`)
  if (judge.inputs) {
    const after = snapshot(judge.inputs.dir)
    for (const [name, hash] of Object.entries(judge.inputs.before))
      if (after[name] !== hash) failures.push(`input ${name} ${after[name] ? 'changed' : 'removed'}`)
  }
  if (judge.output) failures.push(...partial(run, judge.output))
  return failures
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

function partial(run: Run, output: NonNullable<Judge['output']>): string[] {
  const exists = existsSync(output.path)
  if (run.exit !== 0) {
    if (output.before === undefined && exists) return ['partial output left']
    if (output.before !== undefined && (!exists || hashOf(output.path) !== output.before)) return ['output clobbered']
    return []
  }
  if (!exists) return ['exit 0 without output']
  try {
    const bytes = readFileSync(output.path)
    if (output.kind === 'json') JSON.parse(bytes.toString('utf8'))
    if (output.kind === 'docx' && !unzipSync(bytes)['word/document.xml']) throw new Error('no document.xml')
    if (output.kind === 'csv') readCsv(bytes.toString('utf8'))
  } catch {
    return ['output incomplete']
  }
  return []
}

/**
 * Attacks that do not hold the goal of 2 CPU seconds and 300 MB yet (docs/robustness.md, issue 27:
 * what is left): each is held to an interim bound instead, so that it cannot grow worse unseen, and
 * its row says it is over the goal. Remove an entry when its attack holds the goal.
 */
const NOT_YET: Readonly<Record<string, {cpuSeconds: number; peakMb: number}>> = {}

/**
 * Every attack is held to the goal's 300 MB, and to its 2 CPU seconds with room for a slower or
 * busier machine than the one it was measured on (CPU time still grows with a shared core's caches
 * and clock): over 2 s its row says "over the goal", and past 3 s it fails. Memory is held to the
 * goal itself since the command line keeps V8's young generation at its first size (run.ts): on
 * Node 24 every attack peaked at 60-275 MB (7/12/2026), the render of the 0.85 MB plan 205-210 MB.
 */
const ROOM = {cpuSeconds: 3, peakMb: 300}

/** The failures of an attack judged by its interim bound (NOT_YET), or the goal with ROOM, instead of the goal alone. */
function interim(name: string, run: Run | undefined, failures: string[]): {failures: string[]; over: string[]} {
  const bound = NOT_YET[name] ?? ROOM
  if (!run) return {failures, over: []}
  const over = failures.filter((failure) => /^(?:cpu|peak) /u.test(failure))
  const rest = failures.filter((failure) => !over.includes(failure))
  if (run.cpu > bound.cpuSeconds) rest.push(`cpu ${run.cpu.toFixed(1)} s, over its bound of ${bound.cpuSeconds} s`)
  if (run.peakMb > bound.peakMb) rest.push(`peak ${Math.round(run.peakMb)} MB, over its bound of ${bound.peakMb} MB`)
  return {failures: rest, over}
}

/** One attack: `body` runs it and returns its run and what broke; the row goes in the table. */
function attack(name: string, body: () => Promise<{run?: Run; failures: string[]}>): void {
  test(
    name,
    async () => {
      const measured = await body()
      const run = measured.run
      const {failures, over} = interim(name, run, measured.failures)
      rows.push({
        attack: name,
        cpu: run?.cpu ?? Number.NaN,
        peakMb: run?.peakMb ?? Number.NaN,
        exit: run ? (run.signal ?? String(run.exit)) : '-',
        verdict:
          failures.length > 0
            ? `BREAKS: ${failures.join('; ')}`
            : over.length > 0
              ? `over the goal, within its bound: ${over.join('; ')}`
              : 'holds'
      })
      expect(failures).toEqual([])
    },
    TIMEOUT
  )
}

/** `parse <file> -o out.json` on one generated input, judged by the common rules. */
function parseAttack(name: string, file: string, data: () => string | Uint8Array, options: RunOptions = {}): void {
  attack(name, async () => {
    const dir = folder('parse')
    const input = put(dir, file, data())
    const before = snapshot(dir)
    const out = join(dir, 'out', 'plan.json')
    mkdirSync(join(dir, 'out'))
    const run = await runCli(['parse', input, '-o', out], {cwd: dir, ...options})
    return {run, failures: common(run, {inputs: {dir, before}, output: {path: out, kind: 'json'}})}
  })
}

afterAll(() => {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const table = [
    line(['attack', 'CPU s', 'peak MB', 'exit', 'verdict']),
    line(['---', '---:', '---:', '---', '---']),
    ...rows.map((row) =>
      line([
        row.attack,
        Number.isNaN(row.cpu) ? '-' : row.cpu.toFixed(2),
        Number.isNaN(row.peakMb) ? '-' : String(Math.round(row.peakMb)),
        row.exit,
        row.verdict
      ])
    )
  ].join('\n')
  const held = rows.filter((row) => row.verdict === 'holds').length
  console.log(`\nRed team, issue 27: ${held}/${rows.length} attacks hold\n${table}\n`)
  if (process.env.REDTEAM_TABLE) writeFileSync(process.env.REDTEAM_TABLE, `${table}\n`)
  for (const dir of folders) rmSync(dir, {recursive: true, force: true})
})

describe('DOCX', () => {
  const level = (start: string, format: string, text: string) =>
    `<w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>`
  parseAttack('docx: numbering w:start 2000000000, upperLetter', 'numbering.docx', () =>
    numberedDocx(level('2000000000', 'upperLetter', '%1.'), 200)
  )
  parseAttack('docx: lvlText "%1" x 100, decimal', 'lvltext.docx', () =>
    numberedDocx(level('1', 'decimal', '%1'.repeat(100)), 2000)
  )
  parseAttack('docx: lvlText "%1" x 100, upperLetter from 100000', 'lvltext-letter.docx', () =>
    numberedDocx(level('100000', 'upperLetter', '%1'.repeat(100)), 2000)
  )
  parseAttack('docx: w:start of 301 digits, decimal', 'digits.docx', () =>
    numberedDocx(level(`9${'9'.repeat(300)}`, 'decimal', '%1.'), 200)
  )
  parseAttack('docx: w:start of 301 digits, upperLetter', 'digits-letter.docx', () =>
    numberedDocx(level(`9${'9'.repeat(300)}`, 'upperLetter', '%1.'), 20)
  )
  parseAttack('docx: 60 MiB of empty paragraphs, compressed 150x', 'empty-paragraphs.docx', () =>
    emptyParagraphsDocx((60 * 1024 * 1024) / 6)
  )
  parseAttack('docx: entry declared 4 KB (both headers) inflating to 960 MiB', 'bomb.docx', () =>
    inflationBombDocx(960)
  )
  parseAttack('docx: entry declared 4 KB (central directory) inflating to 960 MiB', 'bomb-central.docx', () =>
    inflationBombDocx(960, 4096, 'central')
  )
  parseAttack('docx: entry declared 4 KB (local header) inflating to 960 MiB', 'bomb-local.docx', () =>
    inflationBombDocx(960, 4096, 'local')
  )
  parseAttack('docx: tables nested 100000 deep, compressed 150x', 'nested-tables.docx', () => nestedTablesDocx(100_000))
})

describe('PDF', () => {
  parseAttack('pdf: form XObjects nested 30 deep (2^30 draws)', 'forms.pdf', () => nestedFormsPdf(30))
  parseAttack('pdf: one page of 2 M glyphs', 'glyphs.pdf', () => glyphFloodPdf(20_000, 100))
  // Found by the helper that bounded the file's characters (7/12/2026): 18-19 s and 500 MB before.
  parseAttack('pdf: 40 pages sharing one stream of 250,000 glyphs', 'shared-glyphs.pdf', () =>
    sharedGlyphFloodPdf(40, 2500, 100)
  )
  parseAttack('pdf: page tree naming one page 100000 times', 'pages.pdf', () => repeatedPagePdf(100_000))
  // A second tester's (issue 27), stopped by the count of work inside pdf.js (maxContentWork, our
  // patch of pdfjs-dist); before it, Node 24: 8.2-9.4 s, 3.8-4.3 s, 4.3-5.3 s, 29-31 s, 2.5 s, 9 s,
  // killed at 90 s, 12 s and 2.3 GB, 1.6-2 s and 350 MB, 1.6-1.8 s and 349 MB.
  parseAttack('pdf: 10 pages whose Contents names one 30,000-glyph stream 100 times', 'contents-array.pdf', () =>
    sharedStreamPdf(10, 100, 100)
  )
  parseAttack('pdf: 40 pages sharing one stream of 300,000 glyphs drawn over one another', 'shared-40.pdf', () =>
    sharedStreamPdf(40, 1000)
  )
  parseAttack('pdf: 400 pages sharing one stream of 30,000 glyphs', 'shared-400.pdf', () => sharedStreamPdf(400, 100))
  parseAttack('pdf: 400 pages sharing one stream of 300,000 glyphs', 'shared-400-big.pdf', () =>
    sharedStreamPdf(400, 1000)
  )
  parseAttack('pdf: 10 million q Q in 11 KB', 'qq-10.pdf', () => contentFloodPdf(10, 'q Q '))
  parseAttack('pdf: 100 million q Q (400 MiB inflated)', 'qq-400.pdf', () => contentFloodPdf(400, 'q Q '))
  parseAttack('pdf: a content stream inflating to 1000 MiB of spaces', 'flate-1g.pdf', () => contentFloodPdf(1000, ' '))
  parseAttack('pdf: 100 MiB of comment lines', 'comments.pdf', () => contentFloodPdf(100, `%${'x'.repeat(1000)}\n`))
  parseAttack('pdf: 100k table rules (re operators)', 'rules.pdf', () => ruleFloodPdf(100_000))
  parseAttack('pdf: 14400 pt scanned page (OCR)', 'huge-scan.pdf', () => hugeScanPdf(), {cpuCap: 20})
  parseAttack('pdf: 1-pixel-high scanned page (OCR)', 'pixel.pdf', () => onePixelScanPdf(), {cpuCap: 20})
  // Found by a second tester (issue 27): 22-24 s and 460 MB in tesseract before a page of dots was told from writing.
  parseAttack('pdf: one A4 page of random black and white dots (OCR)', 'noise.pdf', () => noiseScanPdf(), {cpuCap: 30})
  // Found by a third tester (issue 27): 30-42 s and 371-383 MB in tesseract; only the rows were looked at.
  parseAttack('pdf: one A4 page of specks one pixel high at 150 dpi (OCR)', 'specks.pdf', () => specksScanPdf(), {
    cpuCap: 60
  })
  parseAttack('pdf: 500 blank scanned pages (OCR)', 'blank.pdf', () => blankScansPdf(500), {cpuCap: 20})
  // Found by a tester who had not seen the fixes (7/12/2026): pdf.js cloned its text state onto a
  // chain of the states saved before (quadratic), kept every state an unclosed q saved, and its canvas
  // walked the saved states at each operator. Before: 3.5-5 s (10,000 q, 709 B), over 40 s (25,000),
  // 1.4-1.8 s and 538 MB (900,000), 2.6 s (q BT … ET x 5,000), 8.3 s (q x 28 Q x 28, 900,000 operators),
  // 12.8 s (a scanned page and 19,000 q).
  parseAttack('pdf: 25,000 unclosed q', 'q-25k.pdf', () => repeatedContentPdf('q ', 25_000))
  parseAttack('pdf: 900,000 unclosed q', 'q-900k.pdf', () => repeatedContentPdf('q ', 900_000))
  parseAttack('pdf: q BT /F1 10 Tf 10 10 Td (a) Tj ET x 5,000', 'q-text.pdf', () =>
    repeatedContentPdf('q BT /F1 10 Tf 10 10 Td (a) Tj ET ', 5000)
  )
  parseAttack('pdf: 28 q then 28 Q, 16,000 times', 'q-28.pdf', () =>
    repeatedContentPdf(`${'q '.repeat(28)}${'Q '.repeat(28)}`, 16_000)
  )
  parseAttack('pdf: a scanned page and 19,000 unclosed q', 'q-scan.pdf', () => scanWithContentPdf('q ', 19_000), {
    cpuCap: 20
  })
  // The same tester's: one string of 8 million glyphs (426-490 MB: pdf.js held each byte as a string
  // and expanded the string into glyphs before counting them), and ToUnicode maps that give a byte
  // 4,000 characters (318-322 MB); then ours: a map of 65,536 codes to 4,000 characters (934 B:
  // 6 s, 1.27 GB), one of 16 million codes (killed at 60 s, 1.8 GB), 40 fonts sharing such a map
  // (9.6 s, 1.2 GB).
  parseAttack('pdf: one Tj of 8 million glyphs', 'one-string.pdf', () =>
    repeatedContentPdf(`BT /F1 1 Tf 0 0 Td (${'a'.repeat(8_000_000)}) Tj ET`, 1)
  )
  const wide = `<${'0041'.repeat(4000)}>`
  parseAttack('pdf: ToUnicode giving 100 bytes 4,000 characters each, 300,000 bytes shown', 'tounicode.pdf', () =>
    toUnicodePdf(
      `100 beginbfrange ${Array.from({length: 100}, (_, code) => `<${code.toString(16).padStart(2, '0')}> <${code.toString(16).padStart(2, '0')}> ${wide}`).join(' ')} endbfrange`,
      Buffer.from(Array.from({length: 100}, (_, code) => code))
        .toString('latin1')
        .replace(/[\\()]/gu, '\\$&')
        .repeat(3000)
    )
  )
  parseAttack('pdf: ToUnicode range of 65,536 codes to 4,000 characters', 'tounicode-range.pdf', () =>
    toUnicodePdf(`1 beginbfrange <0000> <FFFF> ${wide} endbfrange`, 'a')
  )
  parseAttack('pdf: ToUnicode range of 16 million codes', 'tounicode-16m.pdf', () =>
    toUnicodePdf('1 beginbfrange <00000000> <00FFFFFF> <0041> endbfrange', 'a')
  )
  // 65,536 entries of 250 characters each (under the 512-byte cap), inflating to 66 MB of hex from
  // 445 KB, one page showing 60,000 of them: 1.8-2.0 s and 340-390 MB (the map's text parsed whole);
  // a ToUnicode stream is now read to its first 4 MiB.
  parseAttack('pdf: ToUnicode map of 65,536 entries of 250 characters, 60,000 shown', 'tounicode-flood.pdf', () =>
    toUnicodeFlood(65_536, 250, 60_000)
  )
  parseAttack('pdf: 40 fonts sharing a ToUnicode range of 65,536 codes to 4,000 characters', 'tounicode-40.pdf', () =>
    toUnicodePdf(`1 beginbfrange <0000> <FFFF> ${wide} endbfrange`, 'a', 40)
  )
  // A fifth blind tester's: ToUnicode destinations of 256 characters shown 100,000 times, 25.6
  // million characters built by pdf.js before the page was cut at 200,000: 1.6-1.9 s, 663-677 MB.
  parseAttack('pdf: ToUnicode destinations of 256 characters shown 100,000 times', 'tounicode-repeated.pdf', () =>
    toUnicodeRepeated(256, 50_000)
  )
  // Found by a second tester (issue 27): 5.3 s while blank pages were not counted toward maxOcrPages.
  parseAttack(
    'pdf: 800 blank scanned pages of 1240 x 1754 pixels (OCR)',
    'blank-a4.pdf',
    () => blankScansPdf(800, 1240, 1754),
    {cpuCap: 20}
  )
})

describe('Markdown', () => {
  const fill = (head: string, line: string, tail = '') =>
    head +
    line.repeat(Math.floor((LIMITS.inputBytes - 1024 - Buffer.byteLength(head + tail)) / Buffer.byteLength(line))) +
    tail
  parseAttack('md: 1 MB of "1. [a](" lines', 'links.md', () => fill('', '1. [a](\n'))
  parseAttack('md: "1. a" lines after front matter', 'front.md', () =>
    fill('---\ntitle: Kế hoạch thử\n---\n\n', '1. a\n')
  )
  // Found by the helper that bounded the items (7/12/2026): past 2 GB and 1.5 GB before the list item
  // lines were counted ahead of the parser.
  parseAttack('md: "1. a" lines after an HTML comment', 'comment.md', () => fill('<!-- x -->\n', '1. a\n'))
  parseAttack('md: 1 MB of empty list items ("-" lines)', 'dashes.md', () => fill('', '-\n'))
  // A third tester's 1 MB of "[" and backtick runs of every length (7/12/2026): read as written past the run limit,
  // escaped "\[" by "\[", 257-273 MB; when the plain path read every escape through micromark's
  // decoder (a call back for each) they peaked at 390-395 MB.
  parseAttack('md: 1 MB of "[" after front matter', 'brackets.md', () => fill('---\ntitle: Kế hoạch thử\n---\n\n', '['))
  parseAttack(
    'md: one list item of backtick runs of every length, 1 to 1,399, after front matter',
    'backticks.md',
    () => {
      let runs = ''
      for (let length = 1; length < 1400; length++) runs += `${'`'.repeat(length)}a`
      return `---\ntitle: Kế hoạch thử\n---\n\n1. ${runs}\n`
    }
  )

  // Found by a second tester who had not seen the fixes (7/12/2026): one list item line escaped the
  // inline limits, which held only for paragraph lines at column 0 (876 KB of "- ![a](": killed past 60 s).
  const front = '---\ntitle: Kế hoạch thử\n---\n\n## II. NHIỆM VỤ\n\n'
  parseAttack('md: one list item line of "- ![a](" after front matter', 'item-images.md', () => fill(front, '- ![a]('))
  parseAttack('md: one list item line of "1. [a](" without front matter', 'item-links.md', () =>
    fill('# KẾ HOẠCH\n\n## II. NHIỆM VỤ\n\n', '1. [a](')
  )
  parseAttack('md: one list item line of words and "* _ [ ] ( )" and backticks', 'item-words.md', () => {
    const words = ['hòa', 'giải', 'viên', 'cơ', 'sở', 'Sở', 'Tư', 'pháp', '*', '_', '[', ']', '(', ')', '`']
    let seed = 11
    let text = `${front}1.`
    while (text.length < 700_000) {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
      text += ` ${words[(seed >>> 16) % words.length]}`
    }
    return text
  })
  // The same tester: character references were not counted as inline syntax (5.2-5.6 s, 0.83 GB).
  parseAttack('md: list items of character references after front matter', 'entities.md', () =>
    fill(front, '- &#x1F600;&amp;&#0;&#xFFFFFFFF;&nbsp;\n')
  )
  // The same tester: a document that something keeps whole (a definition at its end, a fence not at
  // column 0, an HTML block left open) was parsed by micromark in one piece (1 MB: 5-7 s, near 1 GB).
  parseAttack('md: list items of reference links, then their definitions', 'references.md', () => {
    const count = 28_000
    const items = Array.from({length: count}, (_, index) => `- [x${index}][r${index}]\n`).join('')
    const definitions = Array.from({length: count}, (_, index) => `[r${index}]: /u${index}\n`).join('')
    return `${front}${items}${definitions}`
  })
  parseAttack('md: paragraphs with "[a]", one definition at the end', 'definition.md', () =>
    fill(front, 'Đoạn [a] văn bản thường của kế hoạch.\n\n', '[a]: /u\n')
  )
  // The same tester: short paragraphs with a "[" were refused only after they were parsed (2.0-2.35 s);
  // now counted as blocks before parsing (issue 27's last round: 0.13-0.21 s, 78-80 MB).
  parseAttack('md: 1 MB of short paragraphs with "[", past the limit', 'short-paragraphs.md', () =>
    fill('# Kế hoạch thử\n\n', 'Đoạn [a] văn.\n\n')
  )
  parseAttack('md: a fence not at column 0, then paragraphs', 'fence.md', () =>
    fill(' ```\n```\n\n', 'Đoạn văn bản thường của kế hoạch năm nay.\n\n')
  )
  parseAttack('md: an HTML comment left open in a list item, then paragraphs', 'open-comment.md', () =>
    fill('- <!--\n\n', 'Đoạn văn bản thường của kế hoạch năm nay.\n\n')
  )
  // Found by the helper that fixed the above (7/12/2026): a first line "---" never closed was taken
  // for front matter by the limits, and every limit skipped (killed past 40 s).
  parseAttack('md: front matter never closed, then lines of emphasis and links', 'open-front.md', () =>
    fill('---\ntitle: Kế hoạch thử\n\n', `${'*a _b [c](d `e` '.repeat(40)}\n`)
  )
  // Found by a third tester who had not seen the fixes (issue 27, blind27 #1): a line whose text stands
  // where the plain path does not read it (a list item nested on the line, a block quote, an indented
  // line) was escaped but still read by micromark, escape by escape (1 MB: 2.2-4.75 s, 400-894 MB);
  // and past 1,000 lines the counts began again, so 32 live lines of each piece kept it from the plain path.
  for (const [index, [shape, unit]] of (
    [
      ['"- - [a]("', '- - [a]('],
      ['"- 1. [a](b "', '- 1. [a](b '],
      ['"1. - [a]("', '1. - [a]('],
      ['"> 1. [a]("', '> 1. [a]('],
      ['"- 1. ![a]("', '- 1. ![a]('],
      ['"- 1. <a "', '- 1. <a '],
      ['"- 1. *a "', '- 1. *a '],
      ['"- 1. `a"', '- 1. `a'],
      ['"> [a]("', '> [a]('],
      ['" [a](" (indented)', ' [a]('],
      ['"- # [a]("', '- # [a]('],
      ['"* * [a]("', '* * [a](']
    ] as const
  ).entries()) {
    const file = `nested-${index}.md`
    parseAttack(`md: one line of ${shape} repeated`, file, () => fill('', unit))
    parseAttack(`md: one line of ${shape} repeated, after front matter`, `fm-${file}`, () => fill(front, unit))
  }
  // Indented code (in a list item, a block quote, or after a tab) was read by micromark no cheaper (5-9 s, up to 1.7 GB).
  for (const [index, head] of ['-     ', '>     ', '\t'].entries())
    parseAttack(`md: one line of "[a](" after ${JSON.stringify(head)}`, `code-${index}.md`, () => fill(head, '[a]('))
  parseAttack('md: 1 MB of paragraph lines "[a](b) [c](d)"', 'paragraph-links.md', () => fill('', '[a](b) [c](d)\n'))
  parseAttack('md: 1 MB of quote lines "> [a](b) [c](d)"', 'quote-links.md', () => fill('', '> [a](b) [c](d)\n'))
  parseAttack('md: 1 MB of quote lines "> *a* *b* *c*"', 'quote-stars.md', () => fill('', '> *a* *b* *c*\n'))
  // Character references in list items, each line under the item limit and each run under the inline
  // limit (a blank line, or a heading, every 8 items): none of them was plain, so micromark read the
  // list whole, blank lines and all (5-6.3 s, up to 1.15 GB), or piece by piece under headings (4.7-5.5 s).
  // Now the plain path reads references as micromark does (0.4-0.55 s, 130-150 MB).
  const references = ['&amp;', '&#x41;', '&nbsp;', '&#65;', '&lt;', '&foo;', '&#7871;', '&gt;', '&quot;', '&X;']
  /** `head`, then lines `line(0)`, `line(1)`, …, a blank line before every 8th, to 1 MB. */
  const every = (head: string, line: (index: number) => string) => {
    let text = head
    for (let index = 0; ; index++) {
      const next = `${index % 8 === 0 ? '\n' : ''}${line(index)}\n`
      if (Buffer.byteLength(text + next) > LIMITS.inputBytes - 1024) return text
      text += next
    }
  }
  const refs = (index: number, count: number) =>
    Array.from({length: count}, (_, at) => references[(index + at) % references.length]).join('')
  for (const [name, file, make] of [
    ['bullets of references, a blank line every 8', 'refs-loose.md', () => every('', (i) => `- ${refs(i, 7)}`)],
    [
      'ordered items of references and words, a blank line every 8, after front matter',
      'refs-ordered.md',
      () => every('---\ntitle: Kế hoạch\n---\n\n', (i) => `${(i % 8) + 1}. việc ${refs(i, 2)} và ${refs(i + 5, 2)}`)
    ],
    [
      'items nested by turns, of references',
      'refs-nested.md',
      () => every('', (i) => `${i % 2 ? '  - ' : '- '}${refs(i, 7)}`)
    ],
    [
      'items of references under a heading every 8, after front matter',
      'refs-headings.md',
      () => every('---\ntitle: Kế hoạch\n---\n\n', (i) => `${i % 8 === 0 ? `## Mục ${i}\n\n` : ''}- ${refs(i, 8)}`)
    ],
    [
      'items of unknown names ("&foo;") and a bare "&"',
      'refs-unknown.md',
      () => every('', (i) => `- &foo;&bar; Sở KH&CN &x; A & B số ${i}`)
    ]
  ] as const) {
    parseAttack(`md: ${name}`, file, make)
  }
  // Inline marks in short items with blank lines between them, or under a heading every 8 items (the
  // inline limit begins again at each blank line): micromark read every line, and a list with blank
  // lines in one piece (1 MB: 2-3.5 s, up to 660 MB). Now a list is cut between its items, a heading
  // ends a piece, a lone "!" is words, and past 4,096 lines holding marks the rest are read as written.
  for (const [name, file, make] of [
    [
      'items of inline marks, a blank line after each',
      'marks-loose.md',
      () => every('', (i) => `- Mục [a] <b> a * b việc số ${i}\n`)
    ],
    [
      'items of inline marks under a heading every 8, after front matter',
      'marks-headings.md',
      () =>
        every(
          '---\ntitle: Kế hoạch\n---\n\n',
          (i) => `${i % 8 === 0 ? `## Mục ${i}\n\n` : ''}- Mục [a] <b> a * b việc số ${i}`
        )
    ],
    [
      'items of inline marks, a heading without a blank line every 8',
      'marks-tight-headings.md',
      () => every('', (i) => `${i % 8 === 0 ? `## Mục ${i}\n` : ''}- Mục [a] <b> a * b việc số ${i}`)
    ],
    [
      'items "- Chú ý! …", a blank line after each',
      'bang-loose.md',
      () => every('', (i) => `- Chú ý! việc của kế hoạch số ${i}\n`)
    ],
    [
      'a list with blank lines, one link in its first item',
      'one-link-loose.md',
      () => every('', (i) => `- Mục ${i === 0 ? '[a](b)' : 'a'} việc của kế hoạch số ${i}\n`)
    ]
  ] as const) {
    parseAttack(`md: ${name}`, file, make)
  }
  // Found by a fourth tester (7/12/2026): list items with a line under them ("===", a lazy continuation,
  // not a setext heading, so the setext limit never counted it) and a blank line between them were
  // never cut (a list item after a blank line was cut before only after a list item): 300 KB 1.7-2.2 s,
  // 1 MB killed past 53 s. Cut between the items since, as after an item, but each was still read by
  // micromark (2.0-4.3 s); now micromark's work over the document is bounded (`MARKDOWN_LIMITS.parsed`).
  parseAttack('md: list items with "===" under them and "2." and "---" between them', 'setext-items.md', () =>
    fill(
      '---\ntitle: Kế hoạch thử\n---\n',
      '1. Tổ chức tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở\n===\n\n2.\n---\n'
    )
  )
  // The same tester, what was left over 2 s: dense inline syntax in items with blank lines (4.1 s), list
  // items under lazy lines (4.5 s), HTML blocks (3.6-6.2 s: a line past the limit of HTML blocks, its
  // "<" escaped, was never counted among the lines of inline syntax, so every one went to micromark).
  parseAttack('md: items of every inline construct, a blank line after each', 'dense-inline.md', () =>
    fill('', '1. *a **b [c](d) `f` <i> x_y_ ![e](g)\n\n')
  )
  parseAttack('md: items under a lazy line, "---" after every second', 'lazy-items.md', () =>
    fill('', '1. việc một chữ chữ chữ chữ chữ chữ\n===\n\n2. việc hai chữ chữ chữ chữ chữ chữ\n---\n')
  )
  parseAttack('md: HTML tables, one a line, a blank line after each', 'html-tables.md', () =>
    fill('', '<table><tr><td>x</td></tr></table>\n\n')
  )
  parseAttack('md: lines of inline HTML after an HTML block each', 'html-inline.md', () =>
    fill('', "<a href='x'>chữ chữ chữ chữ chữ chữ chữ chữ</a> chữ\n\n")
  )
  // A fifth tester, blind to the fixes (8/12/2026): closed front matter went whole to micromark
  // (remark-frontmatter) before its YAML's size was looked at, at some 20 µs and 7 KB a line: 1 MB of
  // blank lines in it took 12-17 s and 2 GB, of "a" lines 7.5-9.8 s. Now built without micromark.
  parseAttack('md: front matter of 1 MB of blank lines', 'front-blank.md', () => fill('---\n', '\n', '---\n'))
  parseAttack('md: front matter of 1 MB of "a" lines', 'front-lines.md', () => fill('---\n', 'a\n', '---\n'))
  parseAttack('md: front matter of 1 MB of marks', 'front-marks.md', () => fill('---\n', '*_[`<&\n', '---\n'))
  parseAttack('md: nested list items of three levels', 'nested-levels.md', () =>
    fill('', '- việc chữ chữ chữ\n  - chủ trì chữ chữ chữ\n    - phối hợp chữ chữ chữ\n')
  )
  // A plan of 4,400 tasks whose agency lines hold quotes and references: 2.5-2.9 s in micromark; now
  // read on the plain path (0.7 s). Rendered, a plan of 1,100 tasks of 13 such agencies each (the
  // 4,400 tasks are past what a Word file is built of, render-too-large).
  const referencePlan = (tasks: number, agencies: number) => {
    let text = '---\ntitle: Kế hoạch thử\n---\n\n# KẾ HOẠCH\n\n## II. NHIỆM VỤ, GIẢI PHÁP\n\n'
    for (let n = 1; n <= tasks; n++) {
      const lead = Array.from({length: agencies}, (_, at) => `Sở Khoa học &amp; Công nghệ "Tỉnh ${n}.${at}"`)
      const task = `### ${n}. Nhiệm vụ triển khai “chuyển đổi số” số ${n}\n\n- Cơ quan chủ trì: ${lead.join('; ')}\n- Cơ quan phối hợp: Sở Ki&#7871;n trúc, “Ban &amp; ngành” &#7871;\n- Thời gian: 2026\n\n`
      if (Buffer.byteLength(text + task) > 1_000_000) return text
      text += task
    }
    return text
  }
  parseAttack('md: a plan of 4,400 tasks with quotes and references in its agency lines', 'refs-plan.md', () =>
    referencePlan(Number.POSITIVE_INFINITY, 1)
  )
  for (const command of ['check', 'render'] as const)
    attack(`${command}: a Markdown plan of tasks with quotes and references in its agency lines`, async () => {
      const dir = folder(`refs-${command}`)
      const input = put(
        dir,
        'plan.md',
        command === 'check' ? referencePlan(Number.POSITIVE_INFINITY, 1) : referencePlan(1_100, 13)
      )
      const before = snapshot(dir)
      const out = join(dir, 'plan.docx')
      const run = await runCli(command === 'check' ? ['check', input] : ['render', input, '-o', out], {cwd: dir})
      const failures = common(run, {
        inputs: {dir, before},
        ...(command === 'render' ? {output: {path: out, kind: 'docx' as const}} : {})
      })
      if (command === 'render' && run.exit !== 0) failures.push(`render exit ${run.exit}: ${run.stderr.slice(0, 200)}`)
      return {run, failures}
    })
  // A fifth tester, blind to the fixes (8/12/2026): a scheme file's phrases were counted by nothing, and
  // each is looked for in every task: 9,074 three-word terms (250 KB) and a plan of 2,000 tasks (770 KB)
  // checked in 3.9 s. A scheme past 4,000 words of phrases is refused (scheme-too-large).
  attack('check: a scheme file of 9,000 three-word terms, a plan of 2,000 tasks, 1 MB together', async () => {
    const dir = folder('scheme-terms')
    const words = ['hòa', 'giải', 'viên', 'tập', 'huấn', 'cơ', 'sở', 'pháp', 'luật', 'tổ', 'thôn', 'xã']
    let seed = 7
    const word = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
      return words[(seed >>> 16) % words.length]
    }
    const terms = Array.from({length: 9000}, () => `      - "${word()} ${word()} ${word()}"\n`).join('')
    const scheme = put(
      dir,
      'de-an.yaml',
      `id: "999/QĐ-TTg"\nshort: "999"\ndocType: quyet-dinh\nissuer: Thủ tướng Chính phủ\ndate: 2024-01-01\ntitle: Đề án thử\nperiod: {from: 2024, to: 2030}\nprovenance: {status: confirmed, source: s}\nconcepts:\n  c:\n    source: s\n    terms:\n${terms}subject: [c]\ngroups:\n  - id: "1"\n    title: Nhóm 1\n    scope: all\n    provenance: {status: confirmed, source: s}\n    concepts: [[c]]\n    keywords: [tập huấn]\n`
    )
    let plan =
      'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 999/QĐ-TTg\nII. NHIỆM VỤ\n'
    for (let n = 1; n <= 2000; n++)
      plan += `${n}. Tổ chức tập huấn ${word()} ${word()} ${word()} ${word()} cho hòa giải viên ở cơ sở thôn xã số ${n}\n- Cơ quan chủ trì: Sở Tư pháp\n- Cơ quan phối hợp: Ủy ban nhân dân các huyện, thành phố\n- Thời gian thực hiện: năm 2025\n`
    const input = put(dir, 'plan.txt', plan)
    const before = snapshot(dir)
    const run = await runCli(['check', '--scheme-file', scheme, input], {cwd: dir})
    const failures = common(run, {inputs: {dir, before}})
    if (!run.stderr.includes('scheme-too-large')) failures.push('no scheme-too-large')
    return {run, failures}
  })
  attack('render: a 0.85 MB plan to DOCX', async () => {
    const dir = folder('render-big')
    const input = put(dir, 'big.yaml', bigPlan(0.85 * 1024 * 1024))
    const before = snapshot(dir)
    const out = join(dir, 'big.docx')
    // A YAML plan over 256 KB is refused at once (yaml-too-large, issue 25) unless --max-size raises
    // the limit: the attack is the render of one that a user let in.
    const refused = await runCli(['render', input, '-o', out], {cwd: dir})
    const failures = common(refused, {inputs: {dir, before}, output: {path: out, kind: 'docx'}})
    if (refused.exit !== 1 || !refused.stderr.includes('yaml-too-large'))
      failures.push('a YAML plan over 256 KB was not refused as yaml-too-large')
    // Its 2,400 tasks make some 10,000 paragraphs: past what any plan's Word file holds, so it is
    // refused before the Word file is built (render-too-large), where it took 1.4-1.6 s and 205-261 MB.
    const run = await runCli(['render', input, '--max-size', '2000000', '-o', out], {cwd: dir})
    failures.push(...common(run, {inputs: {dir, before}, output: {path: out, kind: 'docx'}}))
    if (run.exit !== 1 || !run.stderr.includes('[render-too-large]'))
      failures.push('a plan of 10,000 paragraphs was not refused as render-too-large')
    return {run, failures}
  })
  // The second tester's 1 MB text plan of 7,600 tasks (21,000 paragraphs): 2.3-2.6 s and 346 MB to
  // render before render-too-large, which refuses it once it is read.
  attack('render: a 1 MB text plan of 7,600 tasks', async () => {
    const dir = folder('render-many')
    let text = 'KẾ HOẠCH\nThử một kế hoạch dài\n\nI. NHIỆM VỤ\n'
    for (let n = 1, bytes = Buffer.byteLength(text); ; n++) {
      const task = `${n}. Nhiệm vụ số ${n}\n- Cơ quan chủ trì: Sở Tư pháp; Sở Nội vụ.\n- Thời gian thực hiện: Năm 2026.\n`
      bytes += Buffer.byteLength(task)
      if (bytes > 1_000_000) break
      text += task
    }
    const input = put(dir, 'many.txt', text)
    const before = snapshot(dir)
    const out = join(dir, 'many.docx')
    const run = await runCli(['render', input, '-o', out], {cwd: dir})
    const failures = common(run, {inputs: {dir, before}, output: {path: out, kind: 'docx'}})
    if (run.exit !== 1 || !run.stderr.includes('[render-too-large]'))
      failures.push('a plan of 21,000 paragraphs was not refused as render-too-large')
    if (existsSync(out)) failures.push('a refused render left a file')
    return {run, failures}
  })
  // Just under the limit and 1 MB: 1,950 tasks of a 500-character title, 5,850 paragraphs, rendered
  // (1.2 s, 178 MB on Node 24 alone).
  attack('render: a 1 MB text plan of 1,950 long tasks, under the limit', async () => {
    const dir = folder('render-long')
    const words = 'tổ chức triển khai tuyên truyền phổ biến pháp luật cho cán bộ và nhân dân trên địa bàn'.split(' ')
    let text = 'KẾ HOẠCH\nThử một kế hoạch dài\n\nI. NHIỆM VỤ\n'
    for (let n = 1; n <= 1950; n++) {
      const title = Array.from({length: 70}, (_, k) => words[(n + k) % words.length]).join(' ')
      text += `${n}. Nhiệm vụ ${title}\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: Năm 2026.\n`
    }
    const input = put(dir, 'long.txt', text)
    const before = snapshot(dir)
    const out = join(dir, 'long.docx')
    const run = await runCli(['render', input, '-o', out], {cwd: dir})
    const failures = common(run, {inputs: {dir, before}, output: {path: out, kind: 'docx'}})
    if (Buffer.byteLength(text) < 900_000 || Buffer.byteLength(text) > 1_048_576)
      failures.push(`the plan is ${Buffer.byteLength(text)} bytes, not about 1 MB`)
    if (run.exit !== 0 || !existsSync(out)) failures.push('a plan under the limit was not rendered')
    return {run, failures}
  })
})

// Issue 27, third round (the diff's helper, 7/12/2026): `diff` of two 1 MB plans took 1.9-2.6 s (two
// 8,000-task plans, one an edited copy of the other; 9,000 identical titles; a plan and itself
// reversed), and a plan of 2,000 edited purposes 20.9 s (every removed paragraph's features found
// again for every added one): each text is now normalised once per diff, each feature weighed once,
// and edited paragraphs past 250,000 pairs are compared near their place (diff-paragraphs-bounded).
describe('diff of large plans', () => {
  /** `diff old new` (to standard output, as a user reads it, or `-o` for JSON), with what it must say. */
  function diffAttack(
    name: string,
    plans: () => [string, string],
    format: 'text' | 'md' | 'json',
    expected: {summary: string; note?: string}
  ): void {
    attack(name, async () => {
      const dir = folder('diff')
      const [before, after] = plans()
      const oldFile = put(dir, 'old.txt', before)
      const newFile = put(dir, 'new.txt', after)
      const inputs = {dir, before: snapshot(dir)}
      const out = join(dir, 'diff.json')
      const run = await runCli(['diff', oldFile, newFile, '-f', format, ...(format === 'json' ? ['-o', out] : [])], {
        cwd: dir
      })
      const failures = common(run, format === 'json' ? {inputs, output: {path: out, kind: 'json'}} : {inputs})
      if (run.exit !== 0) failures.push(`exit ${run.exit}`)
      const said =
        format === 'json' && existsSync(out)
          ? (({added, removed, changed, renumbered}) =>
              `${added + removed + changed} ${added} ${removed} ${changed} ${renumbered}`)(
              JSON.parse(readFileSync(out, 'utf8')).summary
            )
          : run.stdout
      if (!said.includes(expected.summary)) failures.push(`not "${expected.summary}"`)
      if (expected.note && !run.stderr.includes(`[${expected.note}]`)) failures.push(`no ${expected.note}`)
      return {run, failures}
    })
  }
  const edited = () => editedTaskPlans(8000)
  const changes = '226 thay đổi: 27 thêm, 38 bỏ, 161 sửa; 7625 nhiệm vụ đánh số lại.'
  diffAttack('diff: two 1 MB plans of 8,000 tasks, one edited, as text', edited, 'text', {summary: changes})
  diffAttack('diff: two 1 MB plans of 8,000 tasks, one edited, as Markdown', edited, 'md', {summary: changes})
  diffAttack('diff: two 1 MB plans of 8,000 tasks, one edited, as JSON', edited, 'json', {
    summary: '226 27 38 161 7625'
  })
  diffAttack(
    'diff: a plan of 9,000 identical task titles and itself',
    () => [sameTitlesPlan(9000), sameTitlesPlan(9000)],
    'text',
    {summary: 'Không có thay đổi.', note: 'diff-alignment-bounded'}
  )
  // Tasks moved further than the band are a removal and an addition (docs/rules.md, diff-alignment-bounded).
  diffAttack('diff: a plan of 9,000 tasks and the same tasks in reverse order', () => reversedTaskPlans(9000), 'md', {
    summary: 'thay đổi',
    note: 'diff-alignment-bounded'
  })
  diffAttack('diff: two 1 MB plans of 15,000 purposes, every one edited', () => editedPurposesPlans(15_000), 'text', {
    summary: '1 thay đổi: 0 thêm, 0 bỏ, 1 sửa',
    note: 'diff-paragraphs-bounded'
  })
})

describe('batch render', () => {
  attack('render in/*.docx -o in/: inputs unchanged', async () => {
    const dir = folder('batch-in')
    const source = put(dir, 'plan.yaml', yamlOf(examplePlan()))
    mkdirSync(join(dir, 'in'))
    for (const name of ['a', 'b']) {
      const made = await runCli(['render', source, '-o', join(dir, 'in', `${name}.docx`)], {cwd: dir, cpuCap: 60})
      if (made.exit !== 0) return {run: made, failures: [`setup: render exit ${made.exit}`]}
    }
    const before = snapshot(dir)
    const run = await runCli(['render', 'in/a.docx', 'in/b.docx', '-o', 'in/'], {cwd: dir})
    return {run, failures: common(run, {inputs: {dir, before}})}
  })
  attack('render a/plan.yaml b/plan.yaml -o out/: one output name', async () => {
    const dir = folder('batch-same')
    const plan = examplePlan()
    put(dir, 'a/plan.yaml', yamlOf(plan))
    plan.meta.number = '59/KH-UBND'
    put(dir, 'b/plan.yaml', yamlOf(plan))
    mkdirSync(join(dir, 'out'))
    const before = snapshot(dir)
    const run = await runCli(['render', 'a/plan.yaml', 'b/plan.yaml', '-o', 'out/'], {cwd: dir})
    const failures = common(run, {inputs: {dir, before}})
    const written = readdirSync(join(dir, 'out'))
    const said = `${run.stdout}\n${run.stderr}`
    if (run.exit === 0) {
      // Distinct names, each said in the output.
      if (written.length !== 2) failures.push(`exit 0 with ${written.length} file(s) for 2 plans`)
      for (const name of written) if (!said.includes(name)) failures.push(`${name} not said`)
    } else if (written.length > 0) failures.push(`refused but wrote ${written.join(', ')}`)
    return {run, failures}
  })
})

describe('.doc and LibreOffice', () => {
  let server: Server
  let port = 0
  const requests: string[] = []
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`)
      response.end('')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  /** Stop any LibreOffice the run left behind: only processes that name our private TMPDIR. */
  function stopLeftovers(tmp: string): number {
    let stopped = 0
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8')
        if (command.includes(tmp) || environ.includes(`TMPDIR=${tmp}\0`)) {
          process.kill(Number(pid), 'SIGKILL')
          stopped++
        }
      } catch {}
    }
    return stopped
  }

  function docAttack(
    name: string,
    file: string,
    data: () => string | Uint8Array,
    judge: {nonZero?: boolean; noRequest?: boolean}
  ) {
    attack(name, async () => {
      const dir = folder('doc')
      const tmp = folder('doc-tmp')
      const input = put(dir, file, data())
      const before = snapshot(dir)
      const seen = requests.length
      const out = join(dir, 'out.json')
      const run = await runCli(['parse', input, '-o', out], {cwd: dir, cpuCap: 60, env: {TMPDIR: tmp}})
      // A fetch may come late, from a LibreOffice still running.
      await new Promise((done) => setTimeout(done, 1500))
      const left = stopLeftovers(tmp)
      const failures = common(run, {inputs: {dir, before}, output: {path: out, kind: 'json'}})
      if (judge.noRequest) for (const request of requests.slice(seen)) failures.push(`request seen: ${request}`)
      if (judge.nonZero && run.exit === 0) failures.push('exit 0')
      if (left > 0) failures.push(`${left} LibreOffice process(es) left running`)
      // A copy of the document left in the temp folder (a LibreOffice profile may stay).
      const copies = Object.entries(snapshot(tmp)).filter(([, hash]) => Object.values(before).includes(hash))
      if (copies.length > 0 && readFileSync(input).length > 0) failures.push(`copy left in temp: ${copies[0]?.[0]}`)
      return {run, failures}
    })
  }

  const url = (path: string) => `http://127.0.0.1:${port}/${path}`
  docAttack(
    '.doc that is HTML with a stylesheet and image on 127.0.0.1',
    'html.doc',
    () =>
      `<html><head><meta charset="utf-8"><link rel="stylesheet" href="${url('style.css')}"></head><body>` +
      `<img src="${url('logo.png')}"><p>ỦY BAN NHÂN DÂN XÃ AN PHÚ</p><p>KẾ HOẠCH</p><p>Tập huấn hòa giải viên năm 2027</p></body></html>`,
    {noRequest: true}
  )
  docAttack(
    '.doc that is flat ODT with an image on 127.0.0.1',
    'flat.doc',
    () =>
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>' +
      '<text:p>KẾ HOẠCH tập huấn hòa giải viên năm 2027</text:p>' +
      `<text:p><draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:href="${url('flat.png')}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>` +
      `<text:section text:name="s"><text:section-source xlink:href="${url('section.odt')}"/></text:section>` +
      '</office:text></office:body></office:document>',
    {noRequest: true}
  )
  docAttack(
    '.doc that is a zipped ODT with an image on 127.0.0.1',
    'odt.doc',
    () => {
      const ns =
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
      return zip([
        {name: 'mimetype', data: 'application/vnd.oasis.opendocument.text'},
        {
          name: 'META-INF/manifest.xml',
          data:
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
        },
        {
          name: 'content.xml',
          data:
            `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns} office:version="1.3"><office:body><office:text>` +
            '<text:p>KẾ HOẠCH tập huấn hòa giải viên năm 2027</text:p>' +
            `<text:p><draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:href="${url('odt.png')}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>` +
            '</office:text></office:body></office:document-content>'
        }
      ])
    },
    {noRequest: true}
  )
  docAttack('empty .doc exits non-zero', 'empty.doc', () => '', {nonZero: true})
  docAttack(
    'RTF of 900 KB named .doc ends fast',
    'rtf.doc',
    () => {
      const paragraph = '\\pard Nhi\\u7879?m v\\u7909? t\\u7853?p hu\\u7845?n h\\u242?a gi\\u7843?i vi\\u234?n \\par\n'
      let body = ''
      while (body.length < 900 * 1024) body += paragraph
      return `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n${body}}`
    },
    {}
  )
})

describe('tables and text', () => {
  attack('review -o x.csv: formulas and a bare CR', async () => {
    const dir = folder('csv')
    const first = examplePlan()
    first.meta.issuer = '=HYPERLINK("http://127.0.0.1:9/x","Ủy ban")'
    first.meta.number = '=1+2'
    put(dir, 'a.yaml', yamlOf(first))
    const second = examplePlan()
    second.meta.issuer = 'Ủy ban nhân dân\rtỉnh An Hòa,=1+2'
    second.meta.number = '@SUM(1+1)'
    put(dir, 'b.yaml', yamlOf(second))
    const third = examplePlan()
    third.meta.issuer = '\t+Ủy ban nhân dân tỉnh Bắc An'
    third.meta.number = '-2+3'
    put(dir, 'c.yaml', yamlOf(third))
    const before = snapshot(dir)
    const out = join(dir, 'x.csv')
    const run = await runCli(['review', 'a.yaml', 'b.yaml', 'c.yaml', '-o', out], {cwd: dir})
    const failures = common(run, {inputs: {dir, before}, output: {path: out, kind: 'csv'}})
    if (existsSync(out)) {
      const table = readCsv(readFileSync(out, 'utf8')).filter((row) => row.some((cell) => cell !== ''))
      for (const cell of dangerousCells(table)) failures.push(`formula cell ${JSON.stringify(cell.slice(0, 24))}`)
      if (table.length !== 4) failures.push(`${table.length} rows for a header and 3 plans`)
    } else failures.push('no csv')
    return {run, failures}
  })

  attack('text: "XÃ"+NBSP and "PHÍ"+NBSP give the plan of plain spaces', async () => {
    const dir = folder('nbsp')
    const plain = put(dir, 'plain.txt', communePlan(' '))
    const nbsp = put(dir, 'nbsp.txt', communePlan('\u00a0'))
    const before = snapshot(dir)
    const want = await runCli(['parse', plain, '--format', 'yaml'], {cwd: dir})
    const run = await runCli(['parse', nbsp, '--format', 'yaml'], {cwd: dir})
    const failures = common(run, {inputs: {dir, before}})
    if (want.exit !== 0) failures.push(`plain text exit ${want.exit}`)
    if (run.stdout !== want.stdout) {
      const a = want.stdout.split('\n')
      const b = run.stdout.split('\n')
      const at = a.findIndex((line, i) => line !== b[i])
      failures.push(
        `plan differs at "${(b[at] ?? '').trim().slice(0, 40)}" (want "${(a[at] ?? '').trim().slice(0, 40)}")`
      )
    }
    return {run, failures}
  })

  attack('-o to a regular file under /dev/shm is replaced, not appended', async () => {
    if (!existsSync('/dev/shm')) return {failures: ['no /dev/shm on this machine']}
    const dir = folder('shm')
    const input = put(dir, 'plan.yaml', yamlOf(examplePlan()))
    const reference = join(dir, 'reference.json')
    const made = await runCli(['parse', input, '-o', reference], {cwd: dir})
    const target = join('/dev/shm', `redteam-${process.pid}-${Date.now()}.json`)
    writeFileSync(target, `${'{"old": "nội dung cũ"}\n'.repeat(2000)}`)
    try {
      const run = await runCli(['parse', input, '-o', target], {cwd: dir})
      const failures = common(run)
      if (made.exit !== 0) failures.push(`reference exit ${made.exit}`)
      else if (readFileSync(target, 'utf8') !== readFileSync(reference, 'utf8'))
        failures.push('file not replaced (appended or mixed)')
      return {run, failures}
    } finally {
      rmSync(target, {force: true})
    }
  })
})

describe('terminal escapes', () => {
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u
  function escaped(): string {
    const plan = examplePlan()
    plan.meta.title = `${ESCAPES.clear}Kế hoạch ${ESCAPES.link}${ESCAPES.bell}`
    plan.meta.issuer = `Ủy ban nhân dân tỉnh ${ESCAPES.csi8}Ninh Bình${ESCAPES.bell}`
    plan.tasks[0].title = `${ESCAPED}Ban hành Kế hoạch ${ESCAPES.link}`
    plan.tasks.push({
      label: `${plan.tasks.length + 1}.`,
      title: `Nhiệm vụ mới ${ESCAPED}`,
      lead: [{name: `Sở ${ESCAPES.clear}Tư pháp`}],
      timeline: `Năm 2027${ESCAPES.bell}`
    })
    return yamlOf(plan)
  }
  function verdict(run: Run, dir: string, before: Record<string, string>): string[] {
    const failures = common(run, {inputs: {dir, before}})
    for (const [stream, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr]
    ] as const) {
      const found = [...new Set(text.match(new RegExp(CONTROL.source, 'gu')) ?? [])]
      if (found.length > 0)
        failures.push(
          `control ${found.map((c) => `U+${c.codePointAt(0)?.toString(16).padStart(4, '0')}`).join(' ')} in ${stream}`
        )
    }
    return failures
  }
  for (const [command, args] of [
    ['check', ['check', 'escaped.yaml']],
    ['diff', ['diff', 'plain.yaml', 'escaped.yaml']],
    ['review', ['review', 'plain.yaml', 'escaped.yaml']]
  ] as const) {
    attack(`escapes: ${command} prints no control characters`, async () => {
      const dir = folder('esc')
      put(dir, 'plain.yaml', yamlOf(examplePlan()))
      put(dir, 'escaped.yaml', escaped())
      const before = snapshot(dir)
      const run = await runCli([...args], {cwd: dir})
      return {run, failures: verdict(run, dir, before)}
    })
  }
  attack('escapes: diagnostics print no control characters', async () => {
    const dir = folder('esc-diag')
    const text = communePlan()
      .replace('Số: 12/KH-UBND', `Số: 12/KH-UBND${ESCAPES.clear}`)
      .replace('II. NHIỆM VỤ', `II. NHIỆM VỤ\n${ESCAPES.link} dòng lạ ${ESCAPES.bell}\n+++ ${ESCAPES.csi8}`)
    put(dir, 'plan.txt', text)
    const plan = examplePlan()
    plan.meta.date = `ngày ${ESCAPES.clear}mai${ESCAPES.bell}`
    plan.meta[`khóa${ESCAPES.link}`] = 'x'
    put(dir, 'bad.yaml', yamlOf(plan))
    const before = snapshot(dir)
    const parsed = await runCli(['parse', 'plan.txt', '-o', 'out.json'], {cwd: dir})
    const run = await runCli(['validate', 'bad.yaml', 'plan.txt'], {cwd: dir})
    const failures = [
      ...verdict(parsed, dir, before).map((failure) => `parse: ${failure}`),
      ...verdict(run, dir, before)
    ]
    if (!/bad\.yaml/u.test(run.stdout + run.stderr)) failures.push('validate said nothing about bad.yaml')
    rmSync(join(dir, 'out.json'), {force: true})
    return {run, failures}
  })
})

describe('web', () => {
  attack('web --dir: a symbolic link out of the folder is not served', async () => {
    const outside = folder('web-outside')
    const secret = 'BÍ MẬT: không được phục vụ ra ngoài thư mục'
    writeFileSync(join(outside, 'secret.txt'), secret)
    const dir = folder('web-app')
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kehoach</title>')
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'))
    symlinkSync(outside, join(dir, 'assets'))
    const failures: string[] = []
    let base = ''
    const served: string[] = []
    const run = await runCli(['web', '--port', '0', '--no-open', '--dir', dir], {
      cwd: dir,
      cpuCap: 60,
      wallSeconds: 60,
      onStdout: (_chunk, stop) => {
        if (base) return
        const found = /http:\/\/127\.0\.0\.1:\d+\//u.exec(_chunk)
        if (!found) return
        base = found[0]
        void (async () => {
          try {
            const index = await fetch(base)
            if (index.status !== 200) failures.push(`index.html: ${index.status}`)
            for (const path of [
              'leak.txt',
              'assets/secret.txt',
              'assets%2fsecret.txt',
              '..%2f' + 'web-outside/secret.txt'
            ]) {
              const response = await fetch(base + path)
              const body = await response.text()
              if (body.includes('BÍ MẬT')) served.push(path)
            }
          } catch (error) {
            failures.push(`request failed: ${(error as Error).message}`)
          } finally {
            stop()
          }
        })()
      }
    })
    if (!base) failures.push('server did not say its address')
    for (const path of served) failures.push(`served /${path} from outside`)
    failures.push(
      ...common(run, {noLimits: true, exits: [0, 1, 130, 143]}).filter((failure) => !failure.startsWith('killed'))
    )
    return {run, failures}
  })
})

// Fail loudly, not with a confusing table, when the CLI has not been built.
beforeAll(() => {
  const probe = spawnSync(process.execPath, [CLI, '--version'], {encoding: 'utf8'})
  if (probe.status !== 0) throw new Error(`the built CLI does not run (node scripts/build.mjs first): ${probe.stderr}`)
})
