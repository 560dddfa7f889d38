// Word 97 through LibreOffice, with stand-in programs: missing, failing, and hanging (the whole
// process group is killed at the timeout, so nothing is left running).
import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDoc} from '@kehoach/files/node'
import {convertDoc, isOle2} from '../src/lib/doc-node.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-doc-test-'))
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])

function script(name: string, body: string): string {
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

/** A process that runs (a killed one may linger as a zombie until something reaps it). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('Word 97 files', () => {
  it('knows an OLE2 file by its first bytes', () => {
    expect(isOle2(OLE2)).toBe(true)
    expect(isOle2(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(false)
  })
  it('without LibreOffice: one diagnostic that says to save as .docx', async () => {
    const {plan, messages} = await readDoc(OLE2, {file: 'cu.doc', soffice: join(dir, 'no-such-program')})
    expect(messages.map((message) => message.ruleId)).toEqual(['doc-no-converter'])
    expect(messages[0]?.reason).toMatch(/lưu thành \.docx/u)
    expect(plan.tasks).toEqual([])
  })
  it('a converter that fails gives doc-conversion-failed', async () => {
    const result = await convertDoc(OLE2, {soffice: script('fails.sh', 'exit 3')})
    expect(result.ok ? 'ok' : result.message.ruleId).toBe('doc-conversion-failed')
    expect(result.ok ? '' : result.message.reason).toMatch(/mã 3/u)
  })
  it('a converter that hangs is killed with everything it started', async () => {
    const pidFile = join(dir, 'grandchild.pid')
    const hangs = script('hangs.sh', `sleep 30 &\necho $! > ${pidFile}\nwait`)
    const result = await convertDoc(OLE2, {soffice: hangs, timeout: 1500})
    expect(result.ok ? '' : result.message.reason).toMatch(/quá 2 giây/u)
    expect(existsSync(pidFile)).toBe(true)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(alive(grandchild)).toBe(false)
  })
})
