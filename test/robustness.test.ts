// Hostile and broken inputs: every one gets a plan and diagnostics (or one clear error), exit 0
// or 1, no stack trace, and well under 10 s. Equivalent encodings give the identical plan.
import {randomBytes} from 'node:crypto'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromYaml, stripPositions} from '@kehoach/model'
import {parseText} from '@kehoach/readers'
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
