// Hostile and broken inputs: every one gets a plan and diagnostics (or one clear error), exit 0
// or 1, no stack trace, and well under 10 s. Equivalent encodings give the identical plan.
import {randomBytes} from 'node:crypto'
import {spawnSync} from 'node:child_process'
import {chmodSync, createReadStream, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {completePlan, fromYaml, stripPositions} from '@kehoach/model'
import {normalizeString} from '@kehoach/vietnamese'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {run} from '@kehoach/cli'
import {present, read} from './corpus.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'))
const sample = present ? read('vinh-phuc-147-kh-ubnd-2024.txt') : 'II. NHIỆM VỤ\n1. Tổ chức hội thi hòa giải viên giỏi\n- Cơ quan chủ trì: Sở Tư pháp.\n'
const lines = sample.split('\n')

function shuffled<T>(list: readonly T[], seed = 7): T[] {
  const copy = [...list]
  let state = seed
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

const cut = (() => {
  const bytes = Buffer.from(sample)
  const at = bytes.indexOf(Buffer.from('ệ'))
  return bytes.subarray(0, at + 1)
})()

let deepJson = '{"title": "T"}'
for (let i = 0; i < 2000; i++) deepJson = `{"title": "T${i}", "children": [${deepJson}]}`

const HOSTILE: Array<[string, string, string | Uint8Array]> = [
  ['random bytes', 'random.txt', randomBytes(100_000)],
  ['random bytes, no NUL', 'random-nonul.txt', randomBytes(100_000).map((byte) => byte || 1)],
  ['NUL bytes', 'nul.txt', `${sample.slice(0, 500)}\u0000${sample.slice(500)}`],
  ['cut in the middle of a UTF-8 character', 'cut.txt', cut],
  ['every line doubled', 'doubled.txt', lines.flatMap((line) => [line, line]).join('\n')],
  ['lines shuffled', 'shuffled.txt', shuffled(lines).join('\n')],
  ['only headings', 'headings.txt', Array.from({length: 5000}, (_, i) => `${['I', 'II', 'III', 'IV'][i % 4]}. NHIỆM VỤ, GIẢI PHÁP`).join('\n')],
  ['thousands of field lines and no task', 'fields.txt', `II. NHIỆM VỤ\n${'- Cơ quan chủ trì: Sở Tư pháp, UBND các huyện, thành phố.\n'.repeat(20_000)}`],
  ['thousands of nested items', 'nesting.txt', `II. NHIỆM VỤ\n${Array.from({length: 5000}, (_, i) => `${['1.', 'a)', '-', '+', '*'][i % 5]} Nhiệm vụ ${i}`).join('\n')}`],
  ['thousands of nesting levels (Markdown)', 'deep.md', `---\nissuer: A\n---\n\n${Array.from({length: 3000}, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n')}`],
  ['thousands of nesting levels (JSON)', 'deep.json', `{"meta": {"issuer": "A"}, "tasks": [${deepJson}]}`],
  ['a single 2 MB line', 'long.txt', 'Kế hoạch thực hiện Đề án, '.repeat(80_000)],
  ['one agency list of 50,000 commas', 'commas.txt', `II. NHIỆM VỤ\n1. X\n- Cơ quan chủ trì: ${'UBND các huyện, '.repeat(50_000)}`],
  ['an empty file', 'empty.txt', ''],
  ['white space only', 'blank.md', ' \n\t\n  '],
  ['an alias bomb', 'bomb.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`],
  ['a custom YAML tag', 'tag.yaml', 'meta: !!js/function "function () {}"\ntasks: []\n'],
  ['prototype keys', 'proto.yaml', 'meta:\n  issuer: A\n  __proto__: {polluted: true}\n  constructor: {prototype: {polluted: true}}\ntasks: []\n']
]

describe('hostile input', () => {
  it.each(HOSTILE)('%s: a plan or one clear error, exit 0 or 1, no stack trace, under 10 s', async (_, name, content) => {
    const file = join(dir, name)
    writeFileSync(file, content)
    let stderr = ''
    const started = performance.now()
    const code = await run(['parse', file], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    const elapsed = performance.now() - started
    expect([0, 1]).toContain(code)
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/u)
    for (const line of stderr.trim().split('\n').filter(Boolean)) expect(line, line).toMatch(/^.+: (lỗi|cảnh báo|thông tin) .+ \[[a-z-]+\]$/u)
    expect(elapsed).toBeLessThan(10_000)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('non-text input is one clear error', async () => {
    let stderr = ''
    const file = join(dir, 'random.txt')
    await run(['parse', file], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/\[input-binary\]/u)
  })

  // A file that reports no size and never ends was read until memory ran out; reading
  // stops one byte past the limit now.
  it.runIf(existsSync('/dev/zero'))('an endless file (/dev/zero) is too large, at once', async () => {
    let stderr = ''
    const started = performance.now()
    const code = await run(['parse', '/dev/zero', '--from', 'text'], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    expect(code).toBe(1)
    expect(stderr).toMatch(/\[input-too-large\]/u)
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('prototype keys are schema errors, not pollution', () => {
    const {messages} = fromYaml('meta:\n  issuer: A\n  __proto__: {polluted: true}\ntasks: []\n')
    expect(messages.map((message) => message.ruleId)).toEqual(['schema-unknown-property'])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe.runIf(present)('equivalent encodings give the identical plan', () => {
  const reference = JSON.stringify(stripPositions(parseText(sample).plan))
  it.each([
    ['NFD', (text: string) => text.normalize('NFD')],
    ['CRLF', (text: string) => text.replace(/\n/gu, '\r\n')],
    ['a BOM', (text: string) => `\uFEFF${text}`],
    ['non-breaking spaces', (text: string) => text.replace(/ /gu, '\u00A0')],
    ['old tone placement', (text: string) => text.replace(/hòa/gu, 'hoà').replace(/Hòa/gu, 'Hoà')],
    ['all of them', (text: string) => `\uFEFF${text.replace(/hòa/gu, 'hoà').replace(/ /gu, '\u00A0').normalize('NFD').replace(/\n/gu, '\r\n')}`]
  ])('%s', (_, transform) => {
    expect(JSON.stringify(stripPositions(parseText(transform(sample)).plan))).toBe(reference)
  })
})

describe('outputs are written atomically', () => {
  const example = new URL('../examples/ninh-binh-315.yaml', import.meta.url).pathname
  it.each([
    ['render', (input: string, out: string) => ['render', input, '-o', out]],
    ['check', (input: string, out: string) => ['check', input, '--format', 'json', '-o', out]],
    ['check --format docx', (input: string, out: string) => ['check', input, '--format', 'docx', '-o', out]],
    ['diff', (input: string, out: string) => ['diff', example, input, '-o', out]],
    ['diff --format docx', (input: string, out: string) => ['diff', example, input, '--format', 'docx', '-o', out]],
    ['parse', (input: string, out: string) => ['parse', input, '-o', out]]
  ])('a failed %s leaves the existing output untouched and no temporary file', async (_, argv) => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-atomic-'))
    const out = join(folder, 'ket-qua.out')
    writeFileSync(out, 'bản trước')
    const broken = join(folder, 'hong.yaml')
    writeFileSync(broken, 'meta:\n  issuer: A\ntasks:\n  - title: [không phải chuỗi\n')
    const code = await run(argv(broken, out), {stdout: {write: () => true}, stderr: {write: () => true}})
    expect(code).toBe(1)
    const {readFileSync, readdirSync} = await import('node:fs')
    expect(readFileSync(out, 'utf8')).toBe('bản trước')
    expect(readdirSync(folder).sort()).toEqual(['hong.yaml', 'ket-qua.out'])
  })
})

// Hostile outputs (issue #14): every kind of target `-o` can name. Special files are written
// in place and stay what they were; everything that cannot be written is one line naming the
// path, exit 1, and leaves nothing behind; nothing is replaced that should not be.
describe('hostile outputs', () => {
  const example = new URL('../examples/ninh-binh-315.yaml', import.meta.url).pathname
  const isRoot = process.getuid?.() === 0
  const ONE_LINE = /^[^\n]+: lỗi .+ \[output-[a-z-]+\]\n$/u

  async function parseTo(out: string): Promise<{code: number; stderr: string; stdout: string}> {
    let stderr = ''
    let stdout = ''
    const code = await run(['parse', example, '--format', 'yaml', '-o', out], {
      stdout: {write: (chunk: string) => (stdout += chunk)},
      stderr: {write: (chunk: string) => (stderr += chunk)}
    })
    return {code, stderr, stdout}
  }

  // [name, make the target in a fresh folder (returns the path), the rule id expected]
  const REFUSED: Array<[string, (folder: string) => string | undefined, string]> = [
    ['a directory', (folder) => folder, 'output-directory'],
    ['a missing folder', (folder) => join(folder, 'khong-co', 'ra.yaml'), 'output-unwritable'],
    ['a path through a file', (folder) => (writeFileSync(join(folder, 'tep'), 'x'), join(folder, 'tep', 'ra.yaml')), 'output-unwritable'],
    ['an empty name', () => '', 'output-unwritable'],
    ['a name over the length limit', (folder) => join(folder, `${'k'.repeat(256)}.yaml`), 'output-unwritable'],
    // Through a link of our own: an old build that replaced special files then replaces only the link, never /dev/full.
    ['a full disk (a link to /dev/full)', (folder) => (existsSync('/dev/full') ? (symlinkSync('/dev/full', join(folder, 'day')), join(folder, 'day')) : undefined), 'output-unwritable'],
    ['a read-only file', (folder) => {
      const path = join(folder, 'chi-doc.yaml')
      writeFileSync(path, 'bản trước', {mode: 0o444})
      return path
    }, 'output-read-only'],
    ['a read-only folder', (folder) => {
      if (isRoot) return undefined
      const inner = join(folder, 'khoa')
      mkdirSync(inner, {mode: 0o555})
      return join(inner, 'ra.yaml')
    }, 'output-unwritable'],
    ['an immutable file', (folder) => {
      const path = join(folder, 'bat-bien.yaml')
      writeFileSync(path, 'bản trước')
      const result = spawnSync('chattr', ['+i', path])
      return result.status === 0 ? path : undefined
    }, 'output-unwritable']
  ]

  it.each(REFUSED)('%s: one line naming the path, exit 1, nothing changed, no temporary file', async (_, make, rule) => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const target = make(folder)
    if (target === undefined) return // not possible on this machine (root, no chattr, no /dev/full)
    const before = readdirSync(folder).sort()
    const content = existsSync(target) && statSync(target).isFile() ? readFileSync(target, 'utf8') : undefined
    const kind = existsSync(target) ? lstatSync(target).isSymbolicLink() : undefined
    try {
      const {code, stderr} = await parseTo(target)
      expect(code).toBe(1)
      expect(stderr).toMatch(ONE_LINE)
      expect(stderr).toContain(`[${rule}]`)
      if (target !== '') expect(stderr).toContain(target.length > 200 ? target.slice(0, 40) : target)
      expect(readdirSync(folder).sort()).toEqual(before)
      if (content !== undefined) expect(readFileSync(target, 'utf8')).toBe(content)
      if (kind !== undefined) expect(lstatSync(target).isSymbolicLink()).toBe(kind)
    } finally {
      spawnSync('chattr', ['-i', target])
    }
  })

  it('a name at the length limit is written (the temporary name does not grow with it)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const target = join(folder, `${'k'.repeat(250)}.yaml`)
    const {code, stderr} = await parseTo(target)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(readFileSync(target, 'utf8')).toMatch(/^meta:/u)
  })

  it('a symbolic link to a character device (/dev/null) stays a link to that device', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const link = join(folder, 'null')
    symlinkSync('/dev/null', link)
    const {code, stderr} = await parseTo(link)
    expect([code, stderr]).toEqual([0, ''])
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(statSync(link).isCharacterDevice()).toBe(true)
    expect(readdirSync(folder)).toEqual(['null'])
  })

  it('a symbolic link to /dev/stdout is written through, not replaced', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const link = join(folder, 'stdout')
    symlinkSync('/dev/stdout', link)
    const captured = join(folder, 'captured.yaml')
    // The built CLI (\`pnpm test\` builds first) with its standard output in a file: what it writes to the link lands there.
    const bin = new URL('../packages/cli/bin/kehoach.js', import.meta.url).pathname
    const child = spawnSync(process.execPath, [bin, 'parse', example, '--format', 'yaml', '-o', link], {stdio: ['ignore', openSync(captured, 'w'), 'pipe']})
    expect(child.status, String(child.stderr)).toBe(0)
    expect(readFileSync(captured, 'utf8')).toMatch(/^meta:/u)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
  })

  it.runIf(existsSync('/usr/bin/mkfifo'))('a FIFO is written in place and stays a FIFO', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const fifo = join(folder, 'ong')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const reading = new Promise<string>((done, fail) => {
      let text = ''
      createReadStream(fifo, 'utf8').on('data', (chunk) => (text += chunk)).on('end', () => done(text)).on('error', fail)
    })
    const {code, stderr} = await parseTo(fifo)
    expect([code, stderr]).toEqual([0, ''])
    expect(await reading).toMatch(/^meta:/u)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('-o - writes to standard output', async () => {
    const {code, stdout, stderr} = await parseTo('-')
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toMatch(/^meta:/u)
    expect(existsSync('-')).toBe(false)
  })

  it('init -o onto a dangling symbolic link is refused without --force', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const link = join(folder, 'du-thao.yaml')
    symlinkSync(join(folder, 'khong-co.yaml'), link)
    let stderr = ''
    const code = await run(['init', '--scheme', '315/QĐ-TTg', '--issuer', 'Ủy ban nhân dân tỉnh Lào Cai', '-o', link], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    expect(code).toBe(1)
    expect(stderr).toContain('[output-exists]')
    expect(existsSync(join(folder, 'khong-co.yaml'))).toBe(false)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
  })

  it('a temporary file left by a killed run is removed by the next write into that folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    // A process id that is not running: a child that has already exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
    const stale = join(folder, `.kehoach-${dead}-0123456789ab.tmp`)
    const foreign = join(folder, '.khac.tmp')
    writeFileSync(stale, 'dở dang')
    writeFileSync(foreign, 'của người khác')
    const {code} = await parseTo(join(folder, 'ra.yaml'))
    expect(code).toBe(0)
    expect(readdirSync(folder).sort()).toEqual(['.khac.tmp', 'ra.yaml'])
  })

  it('an existing output keeps its permissions', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-out-'))
    const target = join(folder, 'ra.yaml')
    writeFileSync(target, 'bản trước', {mode: 0o640})
    chmodSync(target, 0o640)
    const {code} = await parseTo(target)
    expect(code).toBe(0)
    expect(statSync(target).mode & 0o777).toBe(0o640)
  })
})

// The start-up code cache (packages/cli/bin/load.js) in hostile hands: whoever can write beside
// the bundle (the cache, its old key file) but not the bundle itself must not get code run,
// and nothing in the cache's place may stop or hang a command. Each case loads a copy of the
// built bundle in a child process, bounded by a timeout, and runs `--version`.
describe('hostile start-up code cache', () => {
  const dist = new URL('../packages/cli/dist/', import.meta.url).pathname
  const loader = new URL('../packages/cli/bin/load.js', import.meta.url).href
  const version = (): string => readFileSync(new URL('../packages/cli/package.json', import.meta.url), 'utf8').match(/"version": "([^"]+)"/u)?.[1] ?? '?'

  /** FNV-1a over 32-bit words, as the old loader's key recorded: anyone can compute it. */
  function fnv(bytes: Uint8Array): number {
    const copy = new Uint8Array(bytes)
    const words = new Int32Array(copy.buffer, 0, copy.byteLength >>> 2)
    let hash = 0x811c9dc5 | 0
    for (const word of words) hash = Math.imul(hash ^ word, 16777619)
    for (let index = words.length * 4; index < copy.byteLength; index++) hash = Math.imul(hash ^ (copy[index] ?? 0), 16777619)
    return hash >>> 0
  }

  function copyBuild(): string {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-cache-'))
    for (const name of readdirSync(dist).filter((name) => name.startsWith('kehoach.cjs'))) writeFileSync(join(folder, name), readFileSync(join(dist, name)))
    return join(folder, 'kehoach.cjs')
  }

  function start(bundle: string, env: Record<string, string> = {}): {status: number | null; cache?: string; out?: string; stderr: string} {
    const script = `import(${JSON.stringify(loader)}).then(async ({loadBundle}) => { const loaded = loadBundle({bundle: ${JSON.stringify(bundle)}}); let out = ''; await loaded.exports.run(['--version'], {stdout: {write: (c) => (out += c)}, stderr: {write: () => true}}); process.stdout.write(JSON.stringify({cache: loaded.cache, out})) })`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', timeout: 20_000, env: {...process.env, ...env}})
    const parsed = child.status === 0 ? (JSON.parse(child.stdout) as {cache: string; out: string}) : {}
    return {status: child.status, ...parsed, stderr: child.stderr}
  }

  it('a crafted cache of the same length, with a key that matches it, runs no foreign code', async () => {
    const bundle = copyBuild()
    const {Script} = await import('node:vm')
    const {createRequire} = await import('node:module')
    const text = readFileSync(bundle, 'utf8')
    const seal = text.lastIndexOf('\n//# kehoach-code-cache ')
    const source = seal === -1 ? text : text.slice(0, seal)
    const foreign = source.replace(/VERSION = "\d+\.\d+\.\d+"/u, 'VERSION = "6.6.6"')
    expect(foreign.length).toBe(source.length)
    // The attacker compiles and runs the foreign program, then keeps V8's cache of it.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${foreign}\n})`, {filename: bundle})
    const module = {exports: {} as {run: (argv: string[], io: unknown) => Promise<number>}}
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
    await module.exports.run(['--version'], {stdout: {write: () => true}, stderr: {write: () => true}})
    const data = script.createCachedData()
    writeFileSync(`${bundle}.cache`, data)
    // ...and rewrites the old key file, which only checksummed what the attacker wrote.
    const bytes = readFileSync(bundle)
    writeFileSync(`${bundle}.cache.json`, JSON.stringify({bundle: fnv(bytes), size: bytes.byteLength, node: process.version, arch: process.arch, v8: process.versions.v8, checksum: fnv(data)}))
    const result = start(bundle)
    expect(result.status, result.stderr).toBe(0)
    expect(result.out).toBe(`${version()}\n`)
    expect(result.cache).toBe('damaged')
  })

  // [name, put it in place (false: not possible here), whether the cache may still be used]
  const PLACED: Array<[string, (path: string) => boolean, boolean?]> = [
    ['a key file holding null', (path) => (writeFileSync(`${path}.json`, 'null'), true), true],
    ['a key file holding an array', (path) => (writeFileSync(`${path}.json`, '[1,2]'), true), true],
    ['a FIFO in the cache’s place', (path) => (rmSync(path, {force: true}), spawnSync('mkfifo', [path]).status === 0)],
    ['a symbolic link to /dev/zero in the cache’s place', (path) => (rmSync(path, {force: true}), symlinkSync('/dev/zero', path), existsSync('/dev/zero'))],
    ['a directory in the cache’s place', (path) => (rmSync(path, {force: true}), mkdirSync(path), true)],
    ['an empty cache', (path) => (writeFileSync(path, ''), true)],
    ['a truncated cache', (path) => (writeFileSync(path, readFileSync(path).subarray(0, 1000)), true)]
  ]

  it.each(PLACED)('%s: every command still runs, promptly', (_, place, usable) => {
    const bundle = copyBuild()
    if (!place(`${bundle}.cache`)) return // not possible here (no mkfifo, no /dev/zero)
    const started = performance.now()
    const result = start(bundle)
    expect(result.status, result.stderr).toBe(0)
    expect(result.out).toBe(`${version()}\n`)
    if (!usable) expect(result.cache).not.toBe('used')
    expect(performance.now() - started).toBeLessThan(15_000)
  })

  it('KEHOACH_NO_CACHE=1 skips the cache', () => {
    const bundle = copyBuild()
    expect(start(bundle).cache).toBe('used')
    const result = start(bundle, {KEHOACH_NO_CACHE: '1'})
    expect([result.cache, result.out]).toEqual(['none', `${version()}\n`])
  })
})

// Markdown floods (issue #14): constructs that made remark's time grow faster than the file
// (40 KB of setext headings took 21 s) or overflowed the stack (50 KB of ">"). Each is built
// by repeating its unit to the size; each must read to a plan, with a located warning where a
// limit was reached, and no slower than a few times an ordinary Markdown file of that size
// (docs/robustness.md has the numbers for 1 MB; scripts/markdown-floods.mjs measures them).
describe('Markdown floods', () => {
  const SIZE = 30_000
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
  const FLOODS: Array<[string, () => string, boolean]> = [
    ['setext headings', () => fill('a\n=\n'), true],
    ['setext headings with ---', () => fill('Tiêu đề\n---\n'), true],
    ['emphasis delimiters', () => fill('*a _b '), true],
    ['strong delimiters', () => fill('** '), true],
    ['one run of 30,000 "*"', () => fill('*'), false],
    ['unclosed links', () => fill('[a](b '), true],
    ['brackets', () => fill('[ '), true],
    ['one run of 30,000 "["', () => fill('['), false],
    ['images', () => fill('!['), true],
    ['reference definitions', () => fill('[a]: b\n'), true],
    ['references to definitions', () => `${'[a]: b\n'.repeat(500)}${fill('[a] ')}`, true],
    ['a table', () => fill('| a | b |\n|---|---|\n'), false],
    ['one line of ">"', () => fill('>'), true],
    ['one line of "> "', () => fill('> '), true],
    ['quotes nested ever deeper', () => Array.from({length: SIZE / 60}, (_, i) => `${'>'.repeat(i % 60)} a`).join('\n'), true],
    ['quote lines', () => fill('> a\n'), true],
    ['quotes in paragraphs', () => fill('>> a\n\n'), true],
    ['list markers on one line', () => fill('1. - * + '), true],
    ['code-span backticks', () => fill('`a ``'), true],
    ['fences', () => fill('```\n'), true],
    ['HTML blocks', () => fill('<div>\n'), true]
  ]
  it.each(FLOODS)('%s: a plan, no stack trace, promptly', (_, make, limited) => {
    const text = make()
    const started = performance.now()
    const {plan, messages} = fromMarkdown(text, {file: 'lu.md'})
    expect(plan).toBeDefined()
    expect(performance.now() - started).toBeLessThan(10_000)
    const warnings = messages.filter((message) => message.ruleId === 'markdown-flood')
    if (limited) {
      expect(warnings.length).toBeGreaterThan(0)
      for (const warning of warnings) expect(warning.place).toMatchObject({line: expect.any(Number), column: 1})
    }
  })

  it('the reader sees the neutralised characters as text, and positions stay in the original', () => {
    const text = `---\nissuer: A\n---\n\n## II. NHIỆM VỤ\n\n### 1. ${'[a'.repeat(70)}x\n\n- Cơ quan chủ trì: Sở Tư pháp\n`
    const {plan, messages} = fromMarkdown(text)
    expect(plan.tasks[0]?.title).toBe(`${'[a'.repeat(70)}x`)
    expect(messages.find((message) => message.ruleId === 'markdown-flood')?.place).toMatchObject({line: 7})
    expect(plan.tasks[0]?.lead).toEqual(['Sở Tư pháp'])
    const position = plan.tasks[0]?.position
    expect(text.slice(position?.start.offset, position?.end.offset)).toMatch(/^### 1\. (?:\[a)+x$/u)
  })
})

// Markdown content (issue #14): front matter goes through the same safe YAML path as a YAML
// plan, and raw HTML stays text: the writer escapes it, the reader keeps it as it stands.
describe('Markdown content', () => {
  it.each([
    ['a JavaScript function tag', 'meta: !!js/function "function () {}"', 'yaml-tag'],
    ['a custom tag on a field', 'issuer: !custom A', 'yaml-tag'],
    ['a duplicate key', 'issuer: A\nissuer: B', 'yaml-duplicate-key'],
    ['a syntax error', 'issuer: [A', 'yaml-syntax']
  ])('front matter with %s is refused as a YAML plan would be, at its line', (_, yaml, rule) => {
    const text = `\n---\n${yaml}\n---\n\n## II. NHIỆM VỤ\n\n### 1. Tập huấn\n`.slice(1)
    const {plan, messages} = fromMarkdown(text, {file: 'a.md'})
    const message = messages.find((item) => item.ruleId === rule)
    expect(message, JSON.stringify(messages)).toBeDefined()
    const line = message?.place && 'start' in message.place ? message.place.start.line : message?.place?.line
    expect(line).toBeGreaterThanOrEqual(2)
    expect(line).toBeLessThanOrEqual(1 + yaml.split('\n').length)
    expect(plan.tasks.map((task) => task.title)).toEqual(['Tập huấn'])
  })

  const HTML = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<!-- ghi chú -->', '<a href="javascript:alert(1)">x</a>', '<b>đậm</b>']
  it.each(HTML)('%s in a title, an agency and a body is written as text and read back as the same text', (raw) => {
    // Every reader normalises text (typographic quotes): the plan holds the normalised form.
    const html = normalizeString(raw)
    const plan = completePlan({
      meta: {issuer: `Ủy ban nhân dân tỉnh ${html}`, title: `Kế hoạch ${html}`},
      tasks: [{title: `Tập huấn ${html}`, lead: [`Sở ${html}`], body: `${html} cho hòa giải viên`}]
    })
    const markdown = toMarkdown(plan)
    const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5)
    expect(body).not.toMatch(/(?<!\\)<[a-z!/]/iu)
    const {plan: back} = fromMarkdown(markdown)
    expect(back.meta.title).toBe(`Kế hoạch ${html}`)
    expect(back.meta.issuer).toBe(`Ủy ban nhân dân tỉnh ${html}`)
    expect(back.tasks[0]?.title).toBe(`Tập huấn ${html}`)
    expect(back.tasks[0]?.lead).toEqual([`Sở ${html}`])
    expect(back.tasks[0]?.body).toBe(`${html} cho hòa giải viên`)
  })

  it('an HTML block in a hand-written file is kept as literal text, not dropped', () => {
    const {plan} = fromMarkdown('## II. NHIỆM VỤ\n\n### 1. Tập huấn\n\n<div onclick="alert(1)">Nội dung</div>\n\n- Cơ quan chủ trì: Sở Tư pháp\n')
    expect(plan.tasks[0]?.body).toBe(normalizeString('<div onclick="alert(1)">Nội dung</div>'))
    expect(plan.tasks[0]?.lead).toEqual(['Sở Tư pháp'])
  })
})
