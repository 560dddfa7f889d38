// Benchmarks (not timed tests): each prints our figure, a baseline measured in the same run,
// and the ratio. Whole processes are timed as a user runs them, alternating ours and the
// baseline, median of several runs. Run: pnpm bench  (after pnpm install; pandoc for #1).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, cpus, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'packages/cli/bin/kehoach.js')
const work = mkdtempSync(join(tmpdir(), 'kehoach-bench-'))
const corpus = process.env.KEHOACH_CORPUS ?? join(root, '../shared/corpus')
const haveTime = existsSync('/usr/bin/time')
const havePandoc = spawnSync('sh', ['-c', 'command -v pandoc'], {stdio: 'ignore'}).status === 0
const runs = Number(process.env.KEHOACH_BENCH_RUNS ?? 9)

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const fmt = (ms) => `${ms.toFixed(0)} ms`
const mib = (kb) => (kb === null ? '—' : `${(kb / 1024).toFixed(0)} MiB`)

/** Run a command; wall time in ms and peak resident memory in KB (GNU time), failing loudly. */
function measure(command, args, env = process.env) {
  const argv = haveTime ? ['/usr/bin/time', ['-f', '%M', command, ...args]] : [command, args]
  const started = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv[1], {encoding: 'utf8', maxBuffer: 1 << 28, env})
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  const kb = haveTime ? Number(result.stderr.trim().split('\n').at(-1)) : null
  return {ms, kb}
}

function compare(name, ours, baseline, {count = runs} = {}) {
  const a = []
  const b = []
  for (let i = 0; i < count; i++) {
    a.push(measure(...ours))
    b.push(measure(...baseline))
  }
  const time = [median(a.map((x) => x.ms)), median(b.map((x) => x.ms))]
  const memory = haveTime ? [median(a.map((x) => x.kb)), median(b.map((x) => x.kb))] : [null, null]
  console.log(`${name}\n  kehoach  ${fmt(time[0])}  ${mib(memory[0])}\n  baseline ${fmt(time[1])}  ${mib(memory[1])}\n  ratio    ${(time[0] / time[1]).toFixed(2)}× time${memory[0] ? `, ${(memory[0] / memory[1]).toFixed(2)}× memory` : ''}\n`)
  return {time, memory}
}

console.log(`kehoach benchmarks: node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; median of ${runs} alternating runs\n`)

// The plan: the real Vĩnh Phúc plan when the corpus is beside the checkout, else the bundled example.
const source = existsSync(join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt')) ? join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt') : join(root, 'examples/ninh-binh-315.yaml')
const markdown = join(work, 'plan.md')
measure('node', [cli, 'parse', source, '--format', 'md', '-q', '-o', markdown])
console.log(`plan: ${source} as Markdown, ${readFileSync(markdown).length} bytes\n`)

// 0. Node's own start, which every command pays. NODE_EXTRA_CA_CERTS (common behind a proxy)
// makes Node read that certificate file at every start, whether the program uses TLS or not.
const {NODE_EXTRA_CA_CERTS: extraCerts, ...withoutExtraCerts} = process.env
{
  const empty = Array.from({length: runs}, () => measure('node', ['-e', '0']).ms)
  let line = `0. Node's own start (node -e 0): ${fmt(median(empty))}`
  if (extraCerts) {
    line += `; ${fmt(median(Array.from({length: runs}, () => measure('node', ['-e', '0'], withoutExtraCerts).ms)))} without NODE_EXTRA_CA_CERTS, which is set here`
  }
  console.log(`${line}\n`)
}

// 1. render a Markdown plan to DOCX, against pandoc on the same file.
const renderArgs = [cli, 'render', markdown, '-o', join(work, 'a.docx'), '-q']
if (havePandoc) {
  compare('1. render plan.md → plan.docx (whole process) vs pandoc plan.md -o plan.docx', ['node', renderArgs], ['pandoc', [markdown, '-o', join(work, 'b.docx')]])
  if (extraCerts) {
    compare('1b. the same without NODE_EXTRA_CA_CERTS in kehoach\'s environment', ['node', renderArgs, withoutExtraCerts], ['pandoc', [markdown, '-o', join(work, 'b.docx')]])
  }
} else console.log('1. skipped: pandoc is not installed (apt-get install pandoc)\n')

// 2. check 300 plan files, against a Node script that only runs remark-parse over them. The
// files are the real plans in turn, each with its task titles made unique, so no cache helps.
const text = readFileSync(source.endsWith('.txt') ? source : markdown, 'utf8')
const extension = source.endsWith('.txt') ? 'txt' : 'md'
const others = ['ha-noi-183-kh-ubnd-2025.news.txt', 'bac-giang-2363-kh-ubnd-2019.news.txt'].map((name) => join(corpus, name)).filter((file) => extension === 'txt' && existsSync(file))
const texts = [text, ...others.map((file) => readFileSync(file, 'utf8'))]
const files = Array.from({length: 300}, (_, index) => {
  const file = join(work, `plan-${String(index).padStart(3, '0')}.${extension}`)
  const variant = (texts[index % texts.length] ?? text).replace(/^(\d+\.|[a-zđ]\)) (.+)$/gmu, `$1 $2 (${index})`)
  writeFileSync(file, variant)
  return file
})
const readers = createRequire(join(root, 'packages/text/package.json'))
const remarkScript = join(work, 'remark-only.mjs')
writeFileSync(
  remarkScript,
  `import {readFileSync} from 'node:fs'\nimport {unified} from ${JSON.stringify(pathToFileURL(readers.resolve('unified')).href)}\nimport remarkParse from ${JSON.stringify(pathToFileURL(readers.resolve('remark-parse')).href)}\nconst processor = unified().use(remarkParse)\nfor (const file of process.argv.slice(2)) processor.parse(readFileSync(file, 'utf8'))\n`
)
compare(`2. check ${files.length} plans --format json (whole process) vs remark-parse over the same files`, ['node', [cli, 'check', ...files, '--format', 'json', '-q', '-o', join(work, 'report.json')]], ['node', [remarkScript, ...files]], {count: Math.max(3, Math.round(runs / 3))})

// 3. In-process throughput: the plain-text reader against remark-parse on the same text (warm).
{
  const {fromMarkdown, parseText} = await import(pathToFileURL(join(root, 'packages/text/dist/index.js')).href)
  const {coverage, findScheme} = await import(pathToFileURL(join(root, 'packages/coverage/dist/index.js')).href)
  const {unified} = await import(pathToFileURL(readers.resolve('unified')).href)
  const remarkParse = (await import(pathToFileURL(readers.resolve('remark-parse')).href)).default
  const processor = unified().use(remarkParse)
  const time = (fn, n = 50, warmUp = 50) => {
    for (let i = 0; i < warmUp; i++) fn()
    const samples = []
    for (let i = 0; i < n; i++) {
      const started = performance.now()
      fn()
      samples.push(performance.now() - started)
    }
    return median(samples)
  }
  const ours = time(() => parseText(text))
  const theirs = time(() => processor.parse(text))
  const plan = parseText(text).plan
  const scheme = findScheme('315')
  // Steady state: after enough runs for V8 to optimise the scoring code.
  const check = time(() => coverage(plan, scheme), 400, 500)
  // Coverage as a batch sees it: every plan of benchmark 2 once, in this process, JIT warm-up included.
  const plans = files.map((file) => (extension === 'md' ? fromMarkdown : parseText)(readFileSync(file, 'utf8')).plan)
  const started = performance.now()
  for (const each of plans) coverage(each, findScheme(each.meta.implements[0]?.number ?? '315') ?? scheme)
  const batch = (performance.now() - started) / plans.length
  console.log(
    `3. reading one plan in process (warm, ${text.length} characters)\n  parseText       ${ours.toFixed(2)} ms (${(text.length / 1024 / ours).toFixed(1)} MB/s)\n  remark-parse    ${theirs.toFixed(2)} ms\n  ratio           ${(ours / theirs).toFixed(2)}×\n  coverage        ${check.toFixed(3)} ms for this plan against 315 (steady state, median)\n                  ${batch.toFixed(3)} ms per plan over the ${plans.length} plans of benchmark 2 (each once, from cold)\n`
  )
}

// 3b. Real plans as a legal portal publishes them (../shared/corpus/plans): the structure reader on
// each whole export (markup, notices, appendix tables) against remark-parse on the same text (warm).
{
  const plansFolder = join(corpus, 'plans')
  if (existsSync(plansFolder)) {
    const {parseText} = await import(pathToFileURL(join(root, 'packages/text/dist/index.js')).href)
    const {unified} = await import(pathToFileURL(readers.resolve('unified')).href)
    const remarkParse = (await import(pathToFileURL(readers.resolve('remark-parse')).href)).default
    const processor = unified().use(remarkParse)
    const texts = readdirSync(plansFolder).map((name) => readFileSync(join(plansFolder, name), 'utf8'))
    const total = (fn) => {
      for (let i = 0; i < 10; i++) for (const text of texts) fn(text)
      const samples = []
      for (let i = 0; i < 15; i++) {
        const started = performance.now()
        for (const text of texts) fn(text)
        samples.push(performance.now() - started)
      }
      return median(samples)
    }
    const ours = total((text) => parseText(text))
    const theirs = total((text) => processor.parse(text))
    const size = texts.reduce((sum, text) => sum + text.length, 0)
    console.log(`3b. reading the ${texts.length} portal plans in process (warm, ${size} characters)\n  parseText       ${ours.toFixed(1)} ms\n  remark-parse    ${theirs.toFixed(1)} ms\n  ratio           ${(ours / theirs).toFixed(2)}×\n`)
  }
}

// 4. How render grows with the number of tasks.
console.log('4. render a generated plan of N tasks (whole process)')
const yaml = createRequire(join(root, 'packages/model/package.json'))('yaml')
for (const count of [10, 100, 500, 2000]) {
  const tasks = Array.from({length: count}, (_, index) => ({
    title: `Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở, đợt ${index + 1}`,
    lead: ['Sở Tư pháp'],
    support: ['Ủy ban nhân dân các xã, phường', 'Các cơ quan, tổ chức có liên quan'],
    timeline: 'Hằng năm'
  }))
  const file = join(work, `tasks-${count}.yaml`)
  writeFileSync(file, yaml.stringify({meta: {issuer: 'Ủy ban nhân dân tỉnh Ninh Bình', number: '1/KH-UBND', date: '2026-01-15', title: 'Kế hoạch thử'}, tasks}))
  const samples = Array.from({length: 3}, () => measure('node', [cli, 'render', file, '-o', join(work, `tasks-${count}.docx`), '-q']))
  console.log(`  ${String(count).padStart(5)} tasks  ${fmt(median(samples.map((x) => x.ms)))}  ${mib(haveTime ? median(samples.map((x) => x.kb)) : null)}`)
}

// 5. Reading a PDF's text layer (whole process), against poppler's pdftotext on the same file;
// then the same reading warm in one process, and OCR seconds per scanned page.
{
  const pdf = join(corpus, 'files/lao-cai-qd-1696-qd-ubnd-2026.pdf')
  const scan = join(corpus, 'files/cuc-hoa-chat-cv-813-scanned.pdf')
  const havePdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], {stdio: 'ignore'}).status === 0
  const files = pathToFileURL(join(root, 'packages/files/dist/lib/pdf/read.js')).href
  const reader = join(work, 'read-pdf.mjs')
  writeFileSync(reader, `import {readFileSync} from 'node:fs'\nimport {readPdfText} from '${files}'\nconst layer = await readPdfText(readFileSync(process.argv[2]), {ocr: false})\nprocess.stdout.write(layer.text)\n`)
  if (!existsSync(pdf)) console.log('5. skipped: the corpus PDFs are not beside the checkout\n')
  else {
    if (havePdftotext) compare('5. PDF text layer → text, lao-cai-qd-1696 (3 pages; whole process) vs pdftotext -layout', ['node', [reader, pdf]], ['pdftotext', ['-layout', pdf, join(work, 'b.txt')]], {count: Math.min(runs, 5)})
    else console.log('5. pdftotext is not installed (apt-get install poppler-utils): our time only\n')
    const {readPdfText} = await import(files)
    const bytes = readFileSync(pdf)
    await readPdfText(bytes, {ocr: false})
    const samples = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      await readPdfText(bytes, {ocr: false})
      samples.push(performance.now() - started)
    }
    console.log(`  warm, in one process: ${fmt(median(samples))} per read of the same file\n`)
    if (existsSync(scan) && !process.env.KEHOACH_BENCH_NO_OCR) {
      const started = performance.now()
      const layer = await readPdfText(readFileSync(scan))
      const pages = new Set(layer.origins.map((origin) => origin.page)).size
      console.log(`6. OCR of a scan (cuc-hoa-chat-cv-813, 300 dpi, tesseract.js + vie): ${((performance.now() - started) / 1000 / pages).toFixed(1)} s per page over ${pages} pages, engine start included\n`)
    }
  }
}

// 7. Reading a DOCX to text in process (warm): our reader (labels, tables, positions) against
// mammoth's extractRawText (no labels, no positions) on the same file.
{
  const draft = join(corpus, 'files/lao-cai-ubnd-kh-chi-thi-11-draft-2026.docx')
  const {docxToText} = await import(pathToFileURL(join(root, 'packages/files/dist/lib/docx/read.js')).href)
  const mammoth = createRequire(join(root, 'package.json'))('mammoth')
  let bytes
  let what
  if (existsSync(draft)) {
    bytes = readFileSync(draft)
    what = draft
  } else {
    const {planToDocx} = await import(pathToFileURL(join(root, 'packages/docx/dist/index.js')).href)
    const {fromYaml} = await import(pathToFileURL(join(root, 'packages/model/dist/index.js')).href)
    bytes = await planToDocx(fromYaml(readFileSync(join(root, 'examples/ninh-binh-315.yaml'), 'utf8')).plan)
    what = 'examples/ninh-binh-315.yaml rendered to DOCX'
  }
  const timeAsync = async (fn, n = 20, warmUp = 10) => {
    for (let i = 0; i < warmUp; i++) await fn()
    const samples = []
    for (let i = 0; i < n; i++) {
      const started = performance.now()
      await fn()
      samples.push(performance.now() - started)
    }
    return median(samples)
  }
  const ours = await timeAsync(() => docxToText(bytes))
  const theirs = await timeAsync(() => mammoth.extractRawText({buffer: Buffer.from(bytes)}))
  console.log(`\n7. DOCX to text in process (warm, ${what}, ${bytes.length} bytes)\n  docxToText              ${ours.toFixed(1)} ms\n  mammoth.extractRawText  ${theirs.toFixed(1)} ms\n  ratio                   ${(ours / theirs).toFixed(2)}×\n`)
}
