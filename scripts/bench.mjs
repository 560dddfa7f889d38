// The benchmarks (not timed tests): each section prints our figures against a baseline measured in
// the same run, and the ratio. Nothing fails on a figure; docs/performance.md keeps the results.
//
//   node scripts/bench.mjs [section...]   (pnpm bench builds first and runs every section)
//
// Sections, in the order they run when none is named:
//   goals    issue #18's goal table: whole-process render on this Node and on Node 24 (.ci/node24,
//            installed as .ci/run does when missing), the single executable, warm in-process render
//            and a batch of 50, each against pandoc measured alternately in the same run; peak memory
//            by GNU time. Needs the corpus, pandoc and /usr/bin/time; builds dist/exe when missing.
//   readers  Node's start; render vs pandoc; check of 300 plans vs remark-parse; parseText and
//            coverage in process; the portal plans; render growth with the task count; the PDF text
//            layer vs pdftotext and OCR per page (KEHOACH_BENCH_NO_OCR=1 leaves OCR out); DOCX to
//            text vs mammoth. Whole processes alternate ours and the baseline, median of several.
//   web      the web app in Chromium (/usr/bin/chromium or KEHOACH_CHROMIUM): first-screen bytes,
//            file chosen → coverage shown, against the same read and check in Node in this run.
//
// KEHOACH_BENCH_RUNS sets the runs per figure (median; 9 for goals and readers, 5 for web unless
// set); KEHOACH_CORPUS the corpus folder (../shared/corpus beside the checkout unless set).
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, cpus, loadavg, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {gzipSync} from 'node:zlib'

const root = fileURLToPath(new URL('../', import.meta.url))

// The goal table's warm render runs in a fresh process of the Node under test: this file again.
if (process.argv[2] === '--warm') {
  // In a fresh process of the Node under test: warm render in process (the web app's and batch's path).
  const [, , , load, markdown, out] = process.argv
  const {loadProgram} = await import(pathToFileURL(load).href)
  const cli = await loadProgram()
  const quiet = {stdout: {write: () => true}, stderr: {write: () => true}}
  const render = async () => {
    const started = performance.now()
    if ((await cli.run(['render', markdown, '-o', out, '-q'], quiet)) !== 0) throw new Error('render failed')
    return performance.now() - started
  }
  for (let index = 0; index < 20; index++) await render()
  const samples = []
  for (let index = 0; index < 30; index++) samples.push(await render())
  samples.sort((a, b) => a - b)
  console.log(JSON.stringify({ms: samples[15], kb: process.resourceUsage().maxRSS}))
  process.exit(0)
}

const SECTIONS = {goals, readers, web}
const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !Object.hasOwn(SECTIONS, name))
if (unknown.length > 0) {
  console.error(`bench: no section ${unknown.join(', ')}; the sections are ${Object.keys(SECTIONS).join(', ')}`)
  process.exit(2)
}
for (const name of asked.length > 0 ? asked : Object.keys(SECTIONS)) await SECTIONS[name]()

/** Issue #18's goal table, for docs/performance.md. */
async function goals() {
  const runs = Number(process.env.KEHOACH_BENCH_RUNS ?? 9)
  const corpus = process.env.KEHOACH_CORPUS ?? join(root, '../shared/corpus')
  const source = join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt')
  if (!existsSync(source)) {
    console.log(`goal table skipped: the corpus (${source}) is not beside the checkout\n`)
    return
  }
  if (spawnSync('sh', ['-c', 'command -v pandoc'], {stdio: 'ignore'}).status !== 0 || !existsSync('/usr/bin/time')) {
    console.log('goal table skipped: it needs pandoc and GNU time (apt-get install pandoc time)\n')
    return
  }

  const work = mkdtempSync(join(tmpdir(), 'kehoach-goals-'))
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

  /** Node binaries to compare: this one and Node 24 (installed into .ci/node24 when missing). */
  const nodes = [process.execPath]
  if (!process.versions.node.startsWith('24.')) {
    const bin = join(root, '.ci', 'node24', 'node_modules', 'node', 'bin', 'node')
    if (!existsSync(bin))
      execFileSync(
        'npm',
        [
          'install',
          '--prefix',
          join(root, '.ci', 'node24'),
          '--no-save',
          '--no-audit',
          '--no-fund',
          '--loglevel=error',
          'node@24'
        ],
        {stdio: 'inherit'}
      )
    nodes.push(bin)
  }
  const exe = join(root, 'dist', 'exe', 'kehoach-linux-x64')
  if (!existsSync(exe)) execFileSync(process.execPath, [join(root, 'scripts', 'build-exe.mjs')], {stdio: 'inherit'})

  // One copy of the CLI per Node.
  const installs = nodes.map((node) => {
    const version = execFileSync(node, ['-p', 'process.version'], {encoding: 'utf8'}).trim()
    const folder = join(work, `cli-${version}`)
    for (const part of ['bin', 'dist'])
      cpSync(join(root, 'packages', 'cli', part), join(folder, part), {recursive: true})
    return {node, version, launcher: join(folder, 'bin', 'kehoach.js'), load: join(folder, 'bin', 'load.js')}
  })

  // The Vĩnh Phúc plan as Markdown, and 50 plans for the batch (the same plan, each its own file).
  const markdown = join(work, 'vinh-phuc.md')
  execFileSync(process.execPath, [installs[0].launcher, 'parse', source, '--format', 'md', '-q', '-o', markdown])
  const batch = join(work, 'batch')
  mkdirSync(batch)
  const plans = Array.from({length: 50}, (_, index) => {
    const file = join(batch, `ke-hoach-${String(index + 1).padStart(2, '0')}.md`)
    writeFileSync(file, readFileSync(markdown))
    return file
  })

  /** Wall time (ms) and peak resident set (KiB) of one process. */
  function measure(argv) {
    const started = process.hrtime.bigint()
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {encoding: 'utf8', maxBuffer: 1 << 26})
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`)
    return {ms, kb: Number(result.stderr.trim().split('\n').at(-1))}
  }

  /** Alternate the commands `count` times; median time and memory of each. */
  function alternate(commands, count) {
    const samples = commands.map(() => [])
    for (let round = 0; round < count; round++) commands.forEach((argv, index) => samples[index].push(measure(argv)))
    return samples.map((list) => ({
      ms: median(list.map((sample) => sample.ms)),
      kb: median(list.map((sample) => sample.kb))
    }))
  }

  console.log(
    `goal table (issue #18): ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, load ${loadavg()[0].toFixed(1)}; median of ${runs} alternating runs; Node ${installs.map((install) => install.version).join(', ')}`
  )
  console.log(`plan: ${markdown} (${readFileSync(markdown).length} bytes)\n`)

  // One render per Node first, which fills Node's compile cache for the runs that count.
  for (const install of installs)
    execFileSync(install.node, [install.launcher, 'render', markdown, '-q', '-o', join(work, 'warm.docx')])
  const pandocOne = ['pandoc', markdown, '-o', join(work, 'pandoc.docx')]
  const single = alternate(
    [
      ...installs.map((install) => [
        install.node,
        install.launcher,
        'render',
        markdown,
        '-q',
        '-o',
        join(work, `${install.version}.docx`)
      ]),
      [exe, 'render', markdown, '-q', '-o', join(work, 'exe.docx')],
      pandocOne
    ],
    runs
  )
  const pandoc = single.at(-1)
  const warm = installs.map((install) => {
    const samples = Array.from({length: 3}, () =>
      JSON.parse(
        execFileSync(
          install.node,
          [
            fileURLToPath(import.meta.url),
            '--warm',
            install.load,
            markdown,
            join(work, `warm-${install.version}.docx`)
          ],
          {encoding: 'utf8'}
        )
      )
    )
    return {ms: median(samples.map((sample) => sample.ms)), kb: median(samples.map((sample) => sample.kb))}
  })
  for (const name of [...installs.map((install) => `out-${install.version}`), 'out-exe']) mkdirSync(join(work, name))
  const pandocLoop = [
    'sh',
    '-c',
    'for f in "$@"; do pandoc "$f" -o "${f%.md}.pandoc.docx" || exit 1; done',
    'pandoc-loop',
    ...plans
  ]
  const batches = alternate(
    [
      ...installs.map((install) => [
        install.node,
        install.launcher,
        'render',
        ...plans,
        '-q',
        '-o',
        join(work, `out-${install.version}`) + '/'
      ]),
      [exe, 'render', ...plans, '-q', '-o', join(work, 'out-exe') + '/'],
      pandocLoop
    ],
    Math.max(3, Math.round(runs / 3))
  )
  const pandocBatch = batches.at(-1)
  rmSync(work, {recursive: true, force: true})

  const ms = (value) => `${Math.round(value)} ms`
  const mib = (kb) => `${Math.round(kb / 1024)} MiB`
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`
  console.log(
    `pandoc: one render ${ms(pandoc.ms)}, ${mib(pandoc.kb)}; 50 runs ${ms(pandocBatch.ms)}, at most ${mib(pandocBatch.kb)}`
  )
  const header = `| figure | goal | ${installs.map((install) => `Node ${install.version.slice(1)}`).join(' | ')} |`
  const rows = [
    [
      'whole-process render of the Vĩnh Phúc Markdown vs pandoc (npm install: the launcher, bundle and Node’s compile cache)',
      '≤ 2.0×',
      installs.map((_, index) => `${ratio(single[index].ms, pandoc.ms)} (${ms(single[index].ms)} / ${ms(pandoc.ms)})`)
    ],
    [
      'the same, the Linux single executable (Node 24 inside, whatever runs the bench)',
      '≤ 1.5×',
      installs.map(() => `${ratio(single[installs.length].ms, pandoc.ms)} (${ms(single[installs.length].ms)})`)
    ],
    [
      'render warm in one process vs pandoc’s whole process',
      '≤ 0.3×',
      warm.map((figure) => `${ratio(figure.ms, pandoc.ms)} (${figure.ms.toFixed(1)} ms)`)
    ],
    [
      'batch render of 50 plans in one command vs 50 pandoc runs',
      '≤ 0.5×',
      installs.map(
        (_, index) =>
          `${ratio(batches[index].ms, pandocBatch.ms)} (${ms(batches[index].ms)} / ${ms(pandocBatch.ms)}); executable ${ratio(batches[installs.length].ms, pandocBatch.ms)}`
      )
    ],
    [
      'peak memory vs pandoc’s: render / executable / warm process / batch',
      '≤ 1.3×',
      installs.map(
        (_, index) =>
          `${ratio(single[index].kb, pandoc.kb)} (${mib(single[index].kb)}) / ${ratio(single[installs.length].kb, pandoc.kb)} (${mib(single[installs.length].kb)}) / ${ratio(warm[index].kb, pandoc.kb)} (${mib(warm[index].kb)}) / ${ratio(batches[index].kb, pandocBatch.kb)} (${mib(batches[index].kb)})`
      )
    ]
  ]
  console.log(`\n${header}\n|---|---|${installs.map(() => '---|').join('')}`)
  for (const [figure, goal, cells] of rows) console.log(`| ${figure} | ${goal} | ${cells.join(' | ')} |`)
  console.log('')
}

/** The readers, writers and coverage, numbered as docs/performance.md numbers them. */
async function readers() {
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
    console.log(
      `${name}\n  kehoach  ${fmt(time[0])}  ${mib(memory[0])}\n  baseline ${fmt(time[1])}  ${mib(memory[1])}\n  ratio    ${(time[0] / time[1]).toFixed(2)}× time${memory[0] ? `, ${(memory[0] / memory[1]).toFixed(2)}× memory` : ''}\n`
    )
    return {time, memory}
  }

  console.log(
    `reader and writer benchmarks: node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; median of ${runs} alternating runs\n`
  )

  // The plan: the real Vĩnh Phúc plan when the corpus is beside the checkout, else the bundled example.
  const source = existsSync(join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt'))
    ? join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt')
    : join(root, 'examples/ninh-binh-315.yaml')
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
    compare(
      '1. render plan.md → plan.docx (whole process) vs pandoc plan.md -o plan.docx',
      ['node', renderArgs],
      ['pandoc', [markdown, '-o', join(work, 'b.docx')]]
    )
    if (extraCerts) {
      compare(
        "1b. the same without NODE_EXTRA_CA_CERTS in kehoach's environment",
        ['node', renderArgs, withoutExtraCerts],
        ['pandoc', [markdown, '-o', join(work, 'b.docx')]]
      )
    }
  } else console.log('1. skipped: pandoc is not installed (apt-get install pandoc)\n')

  // 2. check 300 plan files, against a Node script that only runs remark-parse over them. The
  // files are the real plans in turn, each with its task titles made unique, so no cache helps.
  const text = readFileSync(source.endsWith('.txt') ? source : markdown, 'utf8')
  const extension = source.endsWith('.txt') ? 'txt' : 'md'
  const others = ['ha-noi-183-kh-ubnd-2025.news.txt', 'bac-giang-2363-kh-ubnd-2019.news.txt']
    .map((name) => join(corpus, name))
    .filter((file) => extension === 'txt' && existsSync(file))
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
  compare(
    `2. check ${files.length} plans --format json (whole process) vs remark-parse over the same files`,
    ['node', [cli, 'check', ...files, '--format', 'json', '-q', '-o', join(work, 'report.json')]],
    ['node', [remarkScript, ...files]],
    {count: Math.max(3, Math.round(runs / 3))}
  )

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
      console.log(
        `3b. reading the ${texts.length} portal plans in process (warm, ${size} characters)\n  parseText       ${ours.toFixed(1)} ms\n  remark-parse    ${theirs.toFixed(1)} ms\n  ratio           ${(ours / theirs).toFixed(2)}×\n`
      )
    }
  }

  // 4. How render grows with the number of tasks (the 2,000-task YAML is some 600 KB, over the 256 KB
  // that YAML plan data is held to unless --max-size raises it).
  console.log('4. render a generated plan of N tasks (whole process); the baseline is the 10-task plan in this run')
  let first
  const yaml = createRequire(join(root, 'packages/model/package.json'))('yaml')
  for (const count of [10, 100, 500, 2000]) {
    const tasks = Array.from({length: count}, (_, index) => ({
      title: `Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở, đợt ${index + 1}`,
      lead: ['Sở Tư pháp'],
      support: ['Ủy ban nhân dân các xã, phường', 'Các cơ quan, tổ chức có liên quan'],
      timeline: 'Hằng năm'
    }))
    const file = join(work, `tasks-${count}.yaml`)
    writeFileSync(
      file,
      yaml.stringify({
        meta: {
          issuer: 'Ủy ban nhân dân tỉnh Ninh Bình',
          number: '1/KH-UBND',
          date: '2026-01-15',
          title: 'Kế hoạch thử'
        },
        tasks
      })
    )
    const samples = Array.from({length: 3}, () =>
      measure('node', [
        cli,
        'render',
        file,
        '-o',
        join(work, `tasks-${count}.docx`),
        '-q',
        '--max-size',
        String(4 << 20)
      ])
    )
    const ms = median(samples.map((x) => x.ms))
    first ??= ms
    console.log(
      `  ${String(count).padStart(5)} tasks  ${fmt(ms)}  ${mib(haveTime ? median(samples.map((x) => x.kb)) : null)}  ${(ms / first).toFixed(2)}× the 10-task render`
    )
  }

  // 5. Reading a PDF's text layer (whole process), against poppler's pdftotext on the same file;
  // then the same reading warm in one process, and OCR seconds per scanned page.
  {
    const pdf = join(corpus, 'files/lao-cai-qd-1696-qd-ubnd-2026.pdf')
    const scan = join(corpus, 'files/cuc-hoa-chat-cv-813-scanned.pdf')
    const havePdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], {stdio: 'ignore'}).status === 0
    const files = pathToFileURL(join(root, 'packages/files/dist/lib/pdf/read.js')).href
    const reader = join(work, 'read-pdf.mjs')
    writeFileSync(
      reader,
      `import {readFileSync} from 'node:fs'\nimport {readPdfText} from '${files}'\nconst layer = await readPdfText(readFileSync(process.argv[2]), {ocr: false})\nprocess.stdout.write(layer.text)\n`
    )
    if (!existsSync(pdf)) console.log('5. skipped: the corpus PDFs are not beside the checkout\n')
    else {
      if (havePdftotext)
        compare(
          '5. PDF text layer → text, lao-cai-qd-1696 (3 pages; whole process) vs pdftotext -layout',
          ['node', [reader, pdf]],
          ['pdftotext', ['-layout', pdf, join(work, 'b.txt')]],
          {count: Math.min(runs, 5)}
        )
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
        console.log(
          `6. OCR of a scan (cuc-hoa-chat-cv-813, 300 dpi, tesseract.js + vie): ${((performance.now() - started) / 1000 / pages).toFixed(1)} s per page over ${pages} pages, engine start included\n`
        )
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
    console.log(
      `\n7. DOCX to text in process (warm, ${what}, ${bytes.length} bytes)\n  docxToText              ${ours.toFixed(1)} ms\n  mammoth.extractRawText  ${theirs.toFixed(1)} ms\n  ratio                   ${(ours / theirs).toFixed(2)}×\n`
    )
  }
}

/** The web app in Chromium (benchmark 6). */
async function web() {
  const corpus = process.env.KEHOACH_CORPUS ?? join(root, '../shared/corpus')
  const chromiumPath = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium'
  const runs = Number(process.env.KEHOACH_BENCH_RUNS ?? 5)
  const work = mkdtempSync(join(tmpdir(), 'kehoach-bench-web-'))
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

  if (!existsSync(chromiumPath)) {
    console.log(`6. web app: skipped, no Chromium at ${chromiumPath} (apt-get install chromium)`)
    return
  }
  if (!existsSync(join(root, 'packages/web/dist/index.html')))
    throw new Error('packages/web/dist is missing: run pnpm build first')

  // The plans: Vĩnh Phúc from the corpus (when it is there) and 2,000 generated tasks as kehoach Markdown.
  const {findScheme} = await import(join(root, 'packages/coverage/dist/index.js'))
  const plans = []
  const vinhPhuc = join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt')
  if (existsSync(vinhPhuc)) plans.push({name: 'Vĩnh Phúc 147/KH-UBND (.txt)', file: vinhPhuc})
  {
    // As benchmark 4 writes them: the authoring YAML, each task with its lead, support and timeline.
    const yaml = createRequire(join(root, 'packages/model/package.json'))('yaml')
    const titles = findScheme('315/QĐ-TTg').groups.map((group) => group.title)
    const tasks = Array.from({length: 2000}, (_, index) => ({
      title: `${titles[index % titles.length]}, đợt ${Math.floor(index / titles.length) + 1}`,
      lead: ['Sở Tư pháp'],
      support: ['Ủy ban nhân dân các xã, phường', 'Các cơ quan, tổ chức có liên quan'],
      timeline: 'Hằng năm'
    }))
    const file = join(work, 'ke-hoach-2000-nhiem-vu.yaml')
    const meta = {
      issuer: 'Ủy ban nhân dân tỉnh Ninh Bình',
      number: '2000/KH-UBND',
      date: '2026-01-15',
      title: 'Kế hoạch thử',
      implements: [{number: '315/QĐ-TTg', date: '2024-04-17'}]
    }
    writeFileSync(file, yaml.stringify({meta, tasks}))
    plans.push({name: 'generated, 2,000 tasks (.yaml)', file})
  }

  // Baseline: the same read and check in a fresh Node process (modules loaded first, not timed).
  function nodeBaseline(file) {
    const script = `
      const {readFileSync} = await import('node:fs')
      const {coverage, findScheme} = await import(${JSON.stringify(join(root, 'packages/coverage/dist/index.js'))})
      const {fromMarkdown, parseText} = await import(${JSON.stringify(join(root, 'packages/text/dist/index.js'))})
      const {fromYaml} = await import(${JSON.stringify(join(root, 'packages/model/dist/index.js'))})
      const once = () => {
        const t = performance.now()
        const text = readFileSync(${JSON.stringify(file)}, 'utf8')
        const file = ${JSON.stringify(file)}
        const plan = (file.endsWith('.yaml') ? fromYaml : file.endsWith('.md') ? fromMarkdown : parseText)(text).plan
        coverage(plan, findScheme(plan.meta.implements[0]?.number ?? '315') ?? findScheme('315'))
        return performance.now() - t
      }
      const cold = once()
      const warm = Array.from({length: 5}, once).sort((a, b) => a - b)[2]
      console.log(JSON.stringify({cold, warm}))`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(result.stderr)
    return JSON.parse(result.stdout)
  }

  const server = spawn(
    process.execPath,
    [join(root, 'packages/cli/bin/kehoach.js'), 'web', '--port', '0', '--no-open'],
    {stdio: ['ignore', 'pipe', 'inherit']}
  )
  try {
    const origin = await new Promise((resolve, reject) => {
      let out = ''
      server.stdout.on('data', (chunk) => {
        out += chunk
        const found = /http:\/\/127\.0\.0\.1:\d+\//u.exec(out)
        if (found) resolve(found[0])
      })
      server.once('exit', (code) => reject(new Error(`kehoach web exited ${code}`)))
    })
    const {chromium} = createRequire(join(root, 'packages/web/package.json'))('playwright-core')
    const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})

    /** A fresh page with the app loaded; `warm`: after the worker's warm-up (data-engine="ready"), else as soon as the scheme list is there. */
    async function ready(record, warm = false) {
      const context = await browser.newContext({viewport: {width: 1366, height: 768}})
      if (record) context.on('response', (response) => record.push(response))
      const page = await context.newPage()
      await page.goto(origin)
      await page
        .getByRole('navigation', {name: 'Màn hình'})
        .getByRole('button', {name: 'Kiểm tra', exact: true})
        .click()
      await page.waitForFunction(() => document.querySelectorAll('#scheme option').length > 1)
      if (warm) await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready')
      await page.getByRole('navigation', {name: 'Màn hình'}).getByRole('button', {name: 'Mở', exact: true}).click()
      return {context, page}
    }

    // First load: every response of the first screen, its worker included; gzip as a server would send it.
    const responses = []
    const first = await ready(responses)
    let raw = 0
    let gzip = 0
    const parts = []
    for (const response of responses) {
      const body = await response.body()
      const packed = gzipSync(body, {level: 9}).length
      raw += body.length
      gzip += packed
      parts.push(`${new URL(response.url()).pathname.replace(/^.*\//u, '') || 'index.html'} ${kb(packed)}`)
    }
    await first.context.close()
    const assets = join(root, 'packages/web/dist/assets')
    const loaded = new Set(responses.map((response) => new URL(response.url()).pathname.replace(/^.*\//u, '')))
    const later = readdirSync(assets)
      .filter((name) => !loaded.has(name))
      .map((name) => `${name} ${kb(gzipSync(readFileSync(join(assets, name)), {level: 9}).length)}`)
    console.log(
      `6. web app (Chromium ${browser.version()})\n  first screen     ${kb(gzip)} gzip (${kb(raw)} raw), ${responses.length} requests: ${parts.join(', ')}\n  loaded on demand (gzip): ${later.join(', ')}`
    )

    for (const plan of plans) {
      const measureOpen = async (warm) => {
        const times = []
        for (let index = 0; index < runs; index++) {
          const {context, page} = await ready(undefined, warm)
          await page.setInputFiles('#files', plan.file)
          await page.locator('[data-summary]').first().waitFor({timeout: 120_000})
          await page.waitForFunction(() => performance.getEntriesByName('kehoach:coverage-shown').length > 0)
          times.push(
            await page.evaluate(() => [
              performance.measure('open', 'kehoach:file-chosen', 'kehoach:coverage-shown').duration,
              performance.measure('read', 'kehoach:file-chosen', 'kehoach:file-read').duration
            ])
          )
          await context.close()
        }
        return {total: median(times.map((pair) => pair[0])), worker: median(times.map((pair) => pair[1]))}
      }
      const warm = await measureOpen(true)
      const cold = await measureOpen(false)
      const node = nodeBaseline(plan.file)
      console.log(
        `  ${plan.name}: file chosen → coverage on screen (median of ${runs}, each in a fresh page)\n` +
          `    browser, engine warmed  ${warm.total.toFixed(0)} ms, of which ${warm.worker.toFixed(0)} ms until the worker's answer (the app warms its worker while it waits for a file)\n` +
          `    browser, file at once   ${cold.total.toFixed(0)} ms, of which ${cold.worker.toFixed(0)} ms until the worker's answer (chosen before the warm-up)\n` +
          `    Node, same read+check   ${node.cold.toFixed(0)} ms cold, ${node.warm.toFixed(0)} ms warm (no rendering)\n` +
          `    ratio                   ${(warm.total / node.warm).toFixed(2)}× of Node warm, ${(cold.total / node.cold).toFixed(2)}× of Node cold`
      )
    }
    await browser.close()
  } finally {
    server.kill('SIGTERM')
  }
}
