// Hostile and broken inputs: every one gets a plan and diagnostics (or one clear error), exit 0
// or 1, no stack trace (the large ones, the floods and the 10 s limit: robustness.stress.test.ts).
// Equivalent encodings give the identical plan.
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {completePlan, fromYaml, stripPositions} from '@kehoach/model'
import {normalizeString} from '@kehoach/vietnamese'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {run} from '@kehoach/cli'
import {present} from './corpus.js'
import {HOSTILE, SMALL_HOSTILE, sample} from './hostile-inputs.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'))

describe('hostile input', () => {
  it.each(SMALL_HOSTILE)('%s: a plan or one clear error, exit 0 or 1, no stack trace', async (_, name, content) => {
    const file = join(dir, name)
    writeFileSync(file, content)
    let stderr = ''
    const code = await run(['parse', file], {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (stderr += chunk)}
    })
    expect([0, 1]).toContain(code)
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/u)
    for (const line of stderr.trim().split('\n').filter(Boolean))
      expect(line, line).toMatch(/^.+: (lỗi|cảnh báo|thông tin) .+ \[[a-z-]+\]$/u)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('non-text input is one clear error', async () => {
    let stderr = ''
    // Its own file: the cases above write theirs, but the tests may run in another order (--sequence.shuffle).
    const file = join(dir, 'random-bytes.txt')
    writeFileSync(file, HOSTILE.find(([, name]) => name === 'random.txt')![2])
    await run(['parse', file], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/\[input-binary\]/u)
  })

  // A file that reports no size and never ends was read until memory ran out; reading
  // stops one byte past the limit now.
  it.runIf(existsSync('/dev/zero'))('an endless file (/dev/zero) is too large, at once', async () => {
    let stderr = ''
    const code = await run(['parse', '/dev/zero', '--from', 'text'], {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (stderr += chunk)}
    })
    expect(code).toBe(1)
    expect(stderr).toMatch(/\[input-too-large\]/u)
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
    [
      'all of them',
      (text: string) =>
        `\uFEFF${text.replace(/hòa/gu, 'hoà').replace(/ /gu, '\u00A0').normalize('NFD').replace(/\n/gu, '\r\n')}`
    ]
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
    [
      'a path through a file',
      (folder) => (writeFileSync(join(folder, 'tep'), 'x'), join(folder, 'tep', 'ra.yaml')),
      'output-unwritable'
    ],
    ['an empty name', () => '', 'output-unwritable'],
    ['a name over the length limit', (folder) => join(folder, `${'k'.repeat(256)}.yaml`), 'output-unwritable'],
    // Through a link of our own: an old build that replaced special files then replaces only the link, never /dev/full.
    [
      'a full disk (a link to /dev/full)',
      (folder) =>
        existsSync('/dev/full') ? (symlinkSync('/dev/full', join(folder, 'day')), join(folder, 'day')) : undefined,
      'output-unwritable'
    ],
    [
      'a read-only file',
      (folder) => {
        const path = join(folder, 'chi-doc.yaml')
        writeFileSync(path, 'bản trước', {mode: 0o444})
        return path
      },
      'output-read-only'
    ],
    [
      'a read-only folder',
      (folder) => {
        if (isRoot) return undefined
        const inner = join(folder, 'khoa')
        mkdirSync(inner, {mode: 0o555})
        return join(inner, 'ra.yaml')
      },
      'output-unwritable'
    ],
    [
      'an immutable file',
      (folder) => {
        const path = join(folder, 'bat-bien.yaml')
        writeFileSync(path, 'bản trước')
        const result = spawnSync('chattr', ['+i', path])
        return result.status === 0 ? path : undefined
      },
      'output-unwritable'
    ]
  ]

  it.each(REFUSED)(
    '%s: one line naming the path, exit 1, nothing changed, no temporary file',
    async (_, make, rule) => {
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
    }
  )

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
    const child = spawnSync(process.execPath, [bin, 'parse', example, '--format', 'yaml', '-o', link], {
      stdio: ['ignore', openSync(captured, 'w'), 'pipe']
    })
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
      createReadStream(fifo, 'utf8')
        .on('data', (chunk) => (text += chunk))
        .on('end', () => done(text))
        .on('error', fail)
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
    const code = await run(['init', '--scheme', '315/QĐ-TTg', '--issuer', 'Ủy ban nhân dân tỉnh Lào Cai', '-o', link], {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (stderr += chunk)}
    })
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

describe('Markdown floods', () => {
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

  const HTML = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<!-- ghi chú -->',
    '<a href="javascript:alert(1)">x</a>',
    '<b>đậm</b>'
  ]
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
    const {plan} = fromMarkdown(
      '## II. NHIỆM VỤ\n\n### 1. Tập huấn\n\n<div onclick="alert(1)">Nội dung</div>\n\n- Cơ quan chủ trì: Sở Tư pháp\n'
    )
    expect(plan.tasks[0]?.body).toBe(normalizeString('<div onclick="alert(1)">Nội dung</div>'))
    expect(plan.tasks[0]?.lead).toEqual(['Sở Tư pháp'])
  })
})
