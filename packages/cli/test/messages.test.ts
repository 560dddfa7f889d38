// What a person reads from the command line (issue 29, "Messages"): verdicts on stdout and problems
// on stderr, folders read for their plans (links followed once), a closed pipe ends quietly, and the
// catalog's words name no command-line flag (the terminal adds how to do it on the command line).
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RULES, diagnostic} from '@kehoach/model'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')
const dir = mkdtempSync(join(tmpdir(), 'kehoach-messages-'))

describe('validate and parse', () => {
  it('validate prints its verdict on stdout and its problems on stderr', async () => {
    const good = await cli('validate', example)
    expect(good).toMatchObject({code: 0, stdout: `${example}: hợp lệ\n`, stderr: ''})
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'meta:\n  issuer: A\ntasks:\n  - title: x\n    chu_tri: Sở Tư pháp\n')
    const result = await cli('validate', bad)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('[schema-unknown-property]')
  })

  it('validate and parse read the plans inside a folder, following links once (a link to a parent does not loop)', async () => {
    const folder = join(dir, 'plans')
    mkdirSync(join(folder, 'sub'), {recursive: true})
    copyFileSync(example, join(folder, 'a.yaml'))
    copyFileSync(example, join(folder, 'sub', 'b.yaml'))
    const outside = join(dir, 'outside')
    mkdirSync(outside, {recursive: true})
    copyFileSync(example, join(outside, 'c.yaml'))
    symlinkSync(outside, join(folder, 'linked'))
    symlinkSync('..', join(folder, 'sub', 'up'))
    symlinkSync(folder, join(folder, 'self'))
    const validate = await cli('validate', folder)
    expect(validate.code).toBe(0)
    expect(validate.stdout.split('\n').filter(Boolean)).toEqual([
      `${join(folder, 'a.yaml')}: hợp lệ`,
      `${join(folder, 'linked', 'c.yaml')}: hợp lệ`,
      `${join(folder, 'sub', 'b.yaml')}: hợp lệ`
    ])
    const parse = await cli('parse', folder)
    expect(parse.code).toBe(0)
    const plans = JSON.parse(parse.stdout) as Array<{meta: {number: string}}>
    expect(plans.map((plan) => plan.meta.number)).toEqual(['58/KH-UBND', '58/KH-UBND', '58/KH-UBND'])
    const yaml = await cli('parse', folder, '-f', 'yaml')
    expect(yaml.code).toBe(0)
    expect(yaml.stdout.match(/^- meta:$/gmu)).toHaveLength(3)
    const empty = join(dir, 'empty')
    mkdirSync(empty, {recursive: true})
    expect((await cli('validate', empty)).stderr).toContain('[input-no-match]')
  })

  it('a closed pipe ends quietly: parse big.yaml | head exits 0 with nothing on stderr', () => {
    // A plan whose JSON is far larger than a pipe's buffer.
    const tasks = Array.from(
      {length: 1500},
      (_, index) =>
        `  - title: Nhiệm vụ số ${index + 1} về tuyên truyền, phổ biến pháp luật cho người dân ở cơ sở\n    lead: [Sở Tư pháp]\n`
    ).join('')
    const big = join(dir, 'big.yaml')
    writeFileSync(big, `meta:\n  issuer: Ủy ban nhân dân tỉnh A\n  date: 2026-01-15\ntasks:\n${tasks}`)
    const bin = join(root, 'packages/cli/bin/kehoach.js')
    const result = spawnSync(
      'bash',
      ['-c', `node "${bin}" parse "${big}" | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`],
      {encoding: 'utf8'}
    )
    expect(result.stderr).toBe('exit=0\n')
  })
})

describe('words a civil servant reads', () => {
  it('no rule message names a command-line flag or an English key', () => {
    for (const [ruleId, rule] of Object.entries(RULES)) {
      expect(rule.message, ruleId).not.toMatch(/(?:^|[\s(“])--?[a-z]/u)
      expect(rule.message.replace(/\{\w+\}/gu, '{}'), ruleId).not.toMatch(
        /\b(?:targets|scheme|lead|support|timeline)\b/u
      )
    }
  })

  it('an unknown scheme says to choose one, and the terminal adds how on the command line', async () => {
    const reason = diagnostic('unknown-scheme', {cited: 'không ghi', known: '315/QĐ-TTg'}).reason
    expect(reason).toMatch(/Chọn Đề án/u)
    const plan = join(dir, 'no-scheme.yaml')
    writeFileSync(plan, readFileSync(example, 'utf8').replace(/ {2}implements:\n(?: {4}.*\n)+/u, ''))
    const result = await cli('check', plan)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Chọn Đề án.*--scheme.*\[unknown-scheme\]/u)
  })

  it('a list written as one value shows the fix (lead: [Sở Tư pháp])', async () => {
    const plan = join(dir, 'lead.yaml')
    writeFileSync(
      plan,
      'meta:\n  issuer: Ủy ban nhân dân tỉnh A\ntasks:\n  - title: Tuyên truyền\n    lead: Sở Tư pháp\n'
    )
    const result = await cli('validate', plan)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('lead: [Sở Tư pháp]')
  })
})

describe('a long OCR run', () => {
  it('shows page n of N on a terminal, and nothing on a pipe or a log', async () => {
    const {ocrProgress} = await import('../src/lib/read.js')
    let written = ''
    const terminal = {write: (chunk: string) => (written += chunk), isTTY: true}
    const shown = ocrProgress(terminal, 'scan.pdf')
    shown.onProgress?.({page: 2, pages: 7})
    expect(written).toBe('\r\u001B[2KNhận dạng ký tự (OCR) trang 2/7: scan.pdf')
    shown.done()
    expect(written.endsWith('\r\u001B[2K')).toBe(true)
    let piped = ''
    const quiet = ocrProgress({write: (chunk: string) => (piped += chunk)}, 'scan.pdf')
    expect(quiet.onProgress).toBeUndefined()
    quiet.done()
    expect(piped).toBe('')
  })
})

// Issue 27: a generated plan of 7,600 tasks without a lead printed 9,835 warning lines under
// `diff`; past 50 of one rule for one file, one line counts the rest (validate prints them all).
describe('many warnings of one rule', () => {
  const file = join(dir, 'khong-chu-tri.txt')
  const tasks = Array.from({length: 60}, (_, index) => `${index + 1}. Tập huấn đợt ${index + 1}\n`).join('')
  writeFileSync(file, `KẾ HOẠCH\nTập huấn hòa giải viên\n\nI. NHIỆM VỤ\n${tasks}`)

  it('parse prints 50 and one line for the other 10', async () => {
    const result = await cli('parse', file, '-f', 'json', '-o', join(dir, 'khong-chu-tri.json'))
    expect(result.code).toBe(0)
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(lines.filter((line) => line.endsWith('[task-without-lead]'))).toHaveLength(50)
    const summary = lines.filter((line) => line.endsWith('[messages-elided]'))
    expect(summary).toEqual([
      `${file}: thông tin Còn 10 thông báo “task-without-lead” khác của tệp này không in ra (mỗi loại in 50 thông báo đầu); lệnh kehoach validate in đủ. [messages-elided]`
    ])
    // The 50 printed are the first 50 in the file.
    expect(lines.find((line) => line.endsWith('[task-without-lead]'))).toMatch(/:5:1: /u)
  })

  it('validate prints all 60', async () => {
    const result = await cli('validate', file)
    expect(result.stderr.match(/\[task-without-lead\]/gu)).toHaveLength(60)
    expect(result.stderr).not.toContain('messages-elided')
  })
})

it('51 warnings of one rule are all printed, with no line counting one', async () => {
  const file = join(dir, 'nam-muoi-mot.txt')
  const tasks = Array.from({length: 51}, (_, index) => `${index + 1}. Tập huấn đợt ${index + 1}\n`).join('')
  writeFileSync(file, `KẾ HOẠCH\nTập huấn hòa giải viên\n\nI. NHIỆM VỤ\n${tasks}`)
  const result = await cli('parse', file, '-f', 'json', '-o', join(dir, 'nam-muoi-mot.json'))
  expect(result.stderr.match(/\[task-without-lead\]/gu)).toHaveLength(51)
  expect(result.stderr).not.toContain('messages-elided')
})
