// Benchmark of the web app (part of `pnpm bench`): the bytes of the first screen (gzip), and
// the time from choosing a file to seeing its coverage, in Debian's Chromium, for the Vĩnh
// Phúc plan and a generated plan of 2,000 tasks; the same read and check in Node in this run
// is the baseline. Needs a build (pnpm build) and /usr/bin/chromium (or KEHOACH_CHROMIUM).
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'

const root = new URL('..', import.meta.url).pathname
const corpus = process.env.KEHOACH_CORPUS ?? join(root, '../shared/corpus')
const chromiumPath = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium'
const runs = Number(process.env.KEHOACH_BENCH_RUNS ?? 5)
const work = mkdtempSync(join(tmpdir(), 'kehoach-bench-web-'))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

if (!existsSync(chromiumPath)) {
  console.log(`6. web app: skipped, no Chromium at ${chromiumPath} (apt-get install chromium)`)
  process.exit(0)
}
if (!existsSync(join(root, 'packages/web/dist/index.html'))) throw new Error('packages/web/dist is missing: run pnpm build first')

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
  const meta = {issuer: 'Ủy ban nhân dân tỉnh Ninh Bình', number: '2000/KH-UBND', date: '2026-01-15', title: 'Kế hoạch thử', implements: [{number: '315/QĐ-TTg', date: '2024-04-17'}]}
  writeFileSync(file, yaml.stringify({meta, tasks}))
  plans.push({name: 'generated, 2,000 tasks (.yaml)', file})
}

// Baseline: the same read and check in a fresh Node process (modules loaded first, not timed).
function nodeBaseline(file) {
  const script = `
    const {readFileSync} = await import('node:fs')
    const {coverage, findScheme} = await import(${JSON.stringify(join(root, 'packages/coverage/dist/index.js'))})
    const {fromMarkdown, looksLikePortalExport, parseText} = await import(${JSON.stringify(join(root, 'packages/text/dist/index.js'))})
    const {fromYaml} = await import(${JSON.stringify(join(root, 'packages/model/dist/index.js'))})
    const once = () => {
      const t = performance.now()
      const text = readFileSync(${JSON.stringify(file)}, 'utf8')
      const file = ${JSON.stringify(file)}
      const plan = (file.endsWith('.yaml') ? fromYaml : file.endsWith('.md') && !looksLikePortalExport(text) ? fromMarkdown : parseText)(text).plan
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

const server = spawn(process.execPath, [join(root, 'packages/cli/bin/kehoach.js'), 'web', '--port', '0', '--no-open'], {stdio: ['ignore', 'pipe', 'inherit']})
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
    await page.getByRole('navigation', {name: 'Màn hình'}).getByRole('button', {name: 'Kiểm tra', exact: true}).click()
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
  console.log(`6. web app (Chromium ${browser.version()})\n  first screen     ${kb(gzip)} gzip (${kb(raw)} raw), ${responses.length} requests: ${parts.join(', ')}\n  loaded on demand (gzip): ${later.join(', ')}`)

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
