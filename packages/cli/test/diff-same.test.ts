// `kehoach diff a a`: one file named twice, or by two names (`./a`, a symbolic link, a hard link),
// or standard input twice, is read once and is both sides: one model, its diagnostics told once.
import {linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {Readable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '@kehoach/cli'
import {cli} from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'kehoach-diff-same-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

// A plan whose one task has no lead: one warning (task-without-lead) each time it is read.
const text = [
  'ỦY BAN NHÂN DÂN TỈNH A',
  'Số: 1/KH-UBND',
  'KẾ HOẠCH',
  'Triển khai thực hiện Đề án',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'Nâng cao nhận thức.',
  'II. NHIỆM VỤ',
  '1. Tổ chức tuyên truyền pháp luật cho người dân',
  ''
].join('\n')
const plan = join(folder, 'ke-hoach.txt')
writeFileSync(plan, text)
const link = join(folder, 'lien-ket.txt')
symlinkSync(plan, link)
const hard = join(folder, 'cung-tep.txt')
linkSync(plan, hard)

const warnings = (stderr: string) => stderr.split('\n').filter((line) => line.includes('[task-without-lead]'))

describe('diff of one file named twice', () => {
  it('tells a file’s warning once when read once (the plan has one)', async () => {
    const other = join(folder, 'khac.txt')
    writeFileSync(other, text.replace('Tổ chức tuyên truyền', 'Tổ chức phổ biến'))
    // Two files: each is read and tells its own warning.
    expect(warnings((await cli('diff', plan, other)).stderr)).toHaveLength(2)
  })

  it.each([
    ['the same name', () => plan],
    ['./ and the name', () => `./${relative(process.cwd(), plan)}`],
    ['a symbolic link', () => link],
    ['a hard link', () => hard]
  ])('reads it once: %s', async (_, second) => {
    const result = await cli('diff', plan, second())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Không có thay đổi.')
    expect(warnings(result.stderr)).toEqual([expect.stringContaining(`${plan}:`)])
  })

  it('reads it once for --format docx (a refusal or a warning told once)', async () => {
    const out = join(folder, 'so-sanh.docx')
    const result = await cli('diff', plan, link, '--format', 'docx', '-o', out)
    expect(result.code).toBe(0)
    expect(warnings(result.stderr)).toHaveLength(1)
  })

  it('reads standard input once for - -: both sides are what it gave', async () => {
    let stdout = ''
    let stderr = ''
    let made = 0
    const io = {
      stdout: {write: (chunk: string) => ((stdout += chunk), true)},
      stderr: {write: (chunk: string) => ((stderr += chunk), true)},
      get stdin() {
        made++
        return Readable.from([Buffer.from(readFileSync(plan))])
      }
    }
    expect(await run(['diff', '-', '-', '--from', 'text'], io as never)).toBe(0)
    expect(made).toBe(1)
    expect(stdout).toContain('Không có thay đổi.')
    expect(stderr).not.toContain('[input-empty]')
    expect(warnings(stderr)).toHaveLength(1)
  })
})
