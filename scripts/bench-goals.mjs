// The first part of `pnpm bench`: issue #18's goal table, measured on the machine's Node and on
// Node 24 (the npm registry's, in .ci/node24, as .ci/run installs it), with pandoc measured in the
// same run, alternating. Prints the figures and the table for docs/performance.md. A benchmark,
// not a test: nothing fails on a missed goal.
//
//   node scripts/bench-goals.mjs            (after pnpm build; builds dist/exe when it is missing)
//   KEHOACH_BENCH_RUNS=9                    whole-process runs per figure (median); batches a third of it
//
// Each Node runs its own copy of the CLI (bin + dist), with Node's compile cache (kept per Node
// version) filled by one render before the runs that count, as an install that has run once has. Whole processes are timed from spawn to exit and their peak
// memory is GNU time's maximum resident set size; for 50 pandoc runs it is the largest of them.
// The warm in-process figure loads the bundle once in a fresh process, renders 20 times to warm up,
// then times 30 renders (median), and reports that process's peak resident set.
import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))

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

const runs = Number(process.env.KEHOACH_BENCH_RUNS ?? 9)
const corpus = process.env.KEHOACH_CORPUS ?? join(root, '../shared/corpus')
const source = join(corpus, 'vinh-phuc-147-kh-ubnd-2024.txt')
if (!existsSync(source)) {
  console.log(`goal table skipped: the corpus (${source}) is not beside the checkout\n`)
  process.exit(0)
}
if (spawnSync('sh', ['-c', 'command -v pandoc'], {stdio: 'ignore'}).status !== 0 || !existsSync('/usr/bin/time')) {
  console.log('goal table skipped: it needs pandoc and GNU time (apt-get install pandoc time)\n')
  process.exit(0)
}

const work = mkdtempSync(join(tmpdir(), 'kehoach-goals-'))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Node binaries to compare: this one and Node 24 (installed into .ci/node24 when missing). */
const nodes = [process.execPath]
if (!process.versions.node.startsWith('24.')) {
  const bin = join(root, '.ci', 'node24', 'node_modules', 'node', 'bin', 'node')
  if (!existsSync(bin)) execFileSync('npm', ['install', '--prefix', join(root, '.ci', 'node24'), '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'node@24'], {stdio: 'inherit'})
  nodes.push(bin)
}
const exe = join(root, 'dist', 'exe', 'kehoach-linux-x64')
if (!existsSync(exe)) execFileSync(process.execPath, [join(root, 'scripts', 'build-exe.mjs')], {stdio: 'inherit'})

// One copy of the CLI per Node.
const installs = nodes.map((node) => {
  const version = execFileSync(node, ['-p', 'process.version'], {encoding: 'utf8'}).trim()
  const folder = join(work, `cli-${version}`)
  for (const part of ['bin', 'dist']) cpSync(join(root, 'packages', 'cli', part), join(folder, part), {recursive: true})
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
  return samples.map((list) => ({ms: median(list.map((sample) => sample.ms)), kb: median(list.map((sample) => sample.kb))}))
}

console.log(`goal table (issue #18): ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, load ${loadavg()[0].toFixed(1)}; median of ${runs} alternating runs; Node ${installs.map((install) => install.version).join(', ')}`)
console.log(`plan: ${markdown} (${readFileSync(markdown).length} bytes)\n`)

// One render per Node first, which fills Node's compile cache for the runs that count.
for (const install of installs) execFileSync(install.node, [install.launcher, 'render', markdown, '-q', '-o', join(work, 'warm.docx')])
const pandocOne = ['pandoc', markdown, '-o', join(work, 'pandoc.docx')]
const single = alternate([...installs.map((install) => [install.node, install.launcher, 'render', markdown, '-q', '-o', join(work, `${install.version}.docx`)]), [exe, 'render', markdown, '-q', '-o', join(work, 'exe.docx')], pandocOne], runs)
const pandoc = single.at(-1)
const warm = installs.map((install) => {
  const samples = Array.from({length: 3}, () => JSON.parse(execFileSync(install.node, [fileURLToPath(import.meta.url), '--warm', install.load, markdown, join(work, `warm-${install.version}.docx`)], {encoding: 'utf8'})))
  return {ms: median(samples.map((sample) => sample.ms)), kb: median(samples.map((sample) => sample.kb))}
})
for (const name of [...installs.map((install) => `out-${install.version}`), 'out-exe']) mkdirSync(join(work, name))
const pandocLoop = ['sh', '-c', 'for f in "$@"; do pandoc "$f" -o "${f%.md}.pandoc.docx" || exit 1; done', 'pandoc-loop', ...plans]
const batches = alternate([...installs.map((install) => [install.node, install.launcher, 'render', ...plans, '-q', '-o', join(work, `out-${install.version}`) + '/']), [exe, 'render', ...plans, '-q', '-o', join(work, 'out-exe') + '/'], pandocLoop], Math.max(3, Math.round(runs / 3)))
const pandocBatch = batches.at(-1)
rmSync(work, {recursive: true, force: true})

const ms = (value) => `${Math.round(value)} ms`
const mib = (kb) => `${Math.round(kb / 1024)} MiB`
const ratio = (a, b) => `${(a / b).toFixed(2)}×`
console.log(`pandoc: one render ${ms(pandoc.ms)}, ${mib(pandoc.kb)}; 50 runs ${ms(pandocBatch.ms)}, at most ${mib(pandocBatch.kb)}`)
const header = `| figure | goal | ${installs.map((install) => `Node ${install.version.slice(1)}`).join(' | ')} |`
const rows = [
  ['whole-process render of the Vĩnh Phúc Markdown vs pandoc (npm install: the launcher, bundle and Node’s compile cache)', '≤ 2.0×', installs.map((_, index) => `${ratio(single[index].ms, pandoc.ms)} (${ms(single[index].ms)} / ${ms(pandoc.ms)})`)],
  ['the same, the Linux single executable (Node 24 inside, whatever runs the bench)', '≤ 1.5×', installs.map(() => `${ratio(single[installs.length].ms, pandoc.ms)} (${ms(single[installs.length].ms)})`)],
  ['render warm in one process vs pandoc’s whole process', '≤ 0.3×', warm.map((figure) => `${ratio(figure.ms, pandoc.ms)} (${figure.ms.toFixed(1)} ms)`)],
  ['batch render of 50 plans in one command vs 50 pandoc runs', '≤ 0.5×', installs.map((_, index) => `${ratio(batches[index].ms, pandocBatch.ms)} (${ms(batches[index].ms)} / ${ms(pandocBatch.ms)}); executable ${ratio(batches[installs.length].ms, pandocBatch.ms)}`)],
  ['peak memory vs pandoc’s: render / executable / warm process / batch', '≤ 1.3×', installs.map((_, index) => `${ratio(single[index].kb, pandoc.kb)} (${mib(single[index].kb)}) / ${ratio(single[installs.length].kb, pandoc.kb)} (${mib(single[installs.length].kb)}) / ${ratio(warm[index].kb, pandoc.kb)} (${mib(warm[index].kb)}) / ${ratio(batches[index].kb, pandocBatch.kb)} (${mib(batches[index].kb)})`)]
]
console.log(`\n${header}\n|---|---|${installs.map(() => '---|').join('')}`)
for (const [figure, goal, cells] of rows) console.log(`| ${figure} | ${goal} | ${cells.join(' | ')} |`)
console.log('')
