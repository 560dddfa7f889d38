// A defect of kehoach itself, which no input should reach, still ends in one line and exit 3.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {run} from '@kehoach/cli'

vi.mock('@kehoach/text', async (original) => ({
  ...(await original<typeof import('@kehoach/text')>()),
  parseText: () => {
    throw new RangeError('Maximum call stack size exceeded')
  }
}))

const file = join(mkdtempSync(join(tmpdir(), 'kehoach-internal-')), 'ke-hoach.txt')
writeFileSync(file, 'KẾ HOẠCH\nI. MỤC ĐÍCH\n')

function capture() {
  const out = {stdout: '', stderr: ''}
  return {
    out,
    io: {
      stdout: {write: (text: string) => ((out.stdout += text), true)},
      stderr: {write: (text: string) => ((out.stderr += text), true)}
    }
  }
}

describe('an internal error', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is one line naming the error, exit 3, no stack trace', async () => {
    vi.stubEnv('KEHOACH_DEBUG', '')
    const {out, io} = capture()
    expect(await run(['parse', file], io as never)).toBe(3)
    expect(out.stderr).toBe(
      'kehoach parse: lỗi nội bộ của kehoach (không phải lỗi của tệp): RangeError: Maximum call stack size exceeded. ' +
        'Xin báo lỗi kèm tệp đầu vào; KEHOACH_DEBUG=1 in thêm vết ngăn xếp.\n'
    )
    expect(out.stdout).toBe('')
  })

  it('adds the stack with KEHOACH_DEBUG=1', async () => {
    vi.stubEnv('KEHOACH_DEBUG', '1')
    const {out, io} = capture()
    expect(await run(['parse', file], io as never)).toBe(3)
    expect(out.stderr).toMatch(
      /^kehoach parse: lỗi nội bộ[^\n]*\nRangeError: Maximum call stack size exceeded\n\s+at /u
    )
  })
})
