// The command line, in-process (run returns the exit code) and once as a real process.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '@kehoach/cli'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk)}})
  return {code, stdout, stderr}
}

const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('kehoach', () => {
  it('prints help in Vietnamese', async () => {
    const result = await cli('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Cách dùng: kehoach <lệnh>/u)
    expect((await cli('parse', '--help')).stdout).toMatch(/--format json\|yaml\|md/u)
  })

  it('parses the example to JSON, YAML and Markdown', async () => {
    const json = await cli('parse', example)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).meta.number).toBe('58/KH-UBND')
    expect((await cli('parse', example, '--format', 'yaml')).stdout).toMatch(/^meta:\n/u)
    expect((await cli('parse', example, '--format', 'md')).stdout).toMatch(/^---\n/u)
  })

  it('validates the example', async () => {
    const result = await cli('validate', example)
    expect(result).toMatchObject({code: 0})
    expect(result.stderr).toMatch(/hợp lệ/u)
  })

  it('prints located Vietnamese diagnostics and exits 1 on errors', async () => {
    const bad = file('bad.yaml', 'meta:\n  issuer: A\ntasks:\n  - title: x\n    chu_tri: Sở Tư pháp\n')
    const result = await cli('validate', bad)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${bad}:5:5: lỗi Trường “chu_tri” không có trong lược đồ kế hoạch (tasks[0]). [schema-unknown-property]`)
  })

  it.each([
    ['a missing file', () => join(dir, 'none.yaml'), /Không tìm thấy tệp/u, 'input-not-found'],
    ['a directory', () => (mkdirSync(join(dir, 'd.yaml'), {recursive: true}), join(dir, 'd.yaml')), /là một thư mục/u, 'input-directory'],
    ['an empty file', () => file('empty.yaml', '  \n'), /Tệp rỗng/u, 'input-empty'],
    ['a binary file', () => file('bin.txt', new Uint8Array([1, 0, 2, 3])), /nhị phân/u, 'input-binary'],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x48, 0xf2, 0x61])), /UTF-8/u, 'input-encoding'],
    ['an unknown extension', () => file('plan.docx', 'x'), /định dạng/u, 'input-format']
  ])('gives one clear line for %s', async (_, make, pattern, ruleId) => {
    const result = await cli('validate', make())
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr).toContain(`[${ruleId}]`)
  })

  it('refuses a file over the size limit', async () => {
    const result = await cli('validate', example, '--max-size', '100')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/vượt giới hạn 100 byte/u)
  })

  it.each([
    [['nope']],
    [['parse']],
    [['parse', example, '--format', 'pdf']],
    [['parse', example, '--bogus']],
    [['parse', '-']]
  ])('exits 2 on usage errors: %j', async (argv) => {
    expect((await cli(...argv)).code).toBe(2)
  })

  it('writes -o atomically and leaves no file when the input is bad', async () => {
    const out = join(dir, 'out.json')
    expect((await cli('parse', example, '-o', out)).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).meta.number).toBe('58/KH-UBND')
    const missing = join(dir, 'never.json')
    expect((await cli('parse', join(dir, 'none.yaml'), '-o', missing)).code).toBe(1)
    expect(existsSync(missing)).toBe(false)
  })

  it('runs as a real process from node_modules/.bin', () => {
    const bin = join(root, 'node_modules/.bin/kehoach')
    const out = execFileSync(bin, ['parse', example, '--format', 'yaml'], {encoding: 'utf8'})
    expect(out).toMatch(/number: 58\/KH-UBND/u)
    const bad = spawnSync(bin, ['validate', join(dir, 'none.yaml')], {encoding: 'utf8'})
    expect(bad.status).toBe(1)
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/u)
  })
})
