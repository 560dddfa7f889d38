// A blind tester (issue 27): U+FFFE and U+FFFF in a valid UTF-8 text plan, or a control character
// from a JSON escape, went into word/document.xml and docProps/core.xml as they were; the file was
// not XML (Word would not open it, and kehoach's own reader refused it), and render said exit 0.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {unzipSync, strFromU8} from 'fflate'
import {describe, expect, it} from 'vitest'
import {cli} from './run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-characters-'))
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u

describe('characters XML cannot hold', () => {
  it('become U+FFFD in the Word file, which reads back', async () => {
    const plan = join(dir, 'ky-tu.txt')
    writeFileSync(
      plan,
      'KẾ HOẠCH\nTập huấn hòa giải viên \uFFFE năm 2026\n\nI. NHIỆM VỤ\n1. Tập huấn \uFFFF kỹ năng \u0001 hòa giải\n- Cơ quan chủ trì: Sở Tư pháp.\n'
    )
    const out = join(dir, 'ky-tu.docx')
    expect((await cli('render', plan, '-o', out, '-q')).code).toBe(0)
    const parts = unzipSync(readFileSync(out))
    for (const name of ['word/document.xml', 'docProps/core.xml']) {
      const xml = strFromU8(parts[name] as Uint8Array)
      expect(NOT_XML.test(xml), name).toBe(false)
    }
    expect(strFromU8(parts['word/document.xml'] as Uint8Array)).toContain('Tập huấn \uFFFD kỹ năng')
    const back = await cli('parse', out, '-f', 'json')
    expect(back.code).toBe(0)
    expect(back.stderr).not.toContain('docx-damaged')
    expect(JSON.parse(back.stdout).tasks[0].title).toContain('Tập huấn \uFFFD kỹ năng')
  })

  it('from a JSON escape too, in the words and in the title the file properties hold', async () => {
    const plan = join(dir, 'ky-tu.json')
    writeFileSync(
      plan,
      JSON.stringify({
        meta: {issuer: 'Ủy ban nhân dân tỉnh Sơn Lâm', title: 'Kế hoạch \uFFFE thử \uFFFF'},
        tasks: [{title: 'Tập huấn \u0007 hòa giải viên', lead: ['Sở Tư pháp']}]
      })
    )
    const out = join(dir, 'ky-tu-json.docx')
    expect((await cli('render', plan, '-o', out, '-q')).code).toBe(0)
    const parts = unzipSync(readFileSync(out))
    expect(NOT_XML.test(strFromU8(parts['word/document.xml'] as Uint8Array))).toBe(false)
    expect(strFromU8(parts['docProps/core.xml'] as Uint8Array)).toContain('Kế hoạch \uFFFD thử \uFFFD')
    expect((await cli('parse', out, '-f', 'json')).stderr).not.toContain('docx-damaged')
  })
})
