// Issue 29: a render of a plan without symbol, place or recipients warns, instead of printing
// "Số: /KH-" and "……," without a word.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from './run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-blank-'))

describe('render of a plan with blanks', () => {
  it('warns for the symbol, the place and the recipients, and still writes the file', async () => {
    const plan = join(dir, 'nhap.yaml')
    writeFileSync(
      plan,
      'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\ntasks:\n  - title: Tập huấn hòa giải viên\n    lead: [Sở Tư pháp]\n'
    )
    const result = await cli('render', plan, '-o', join(dir, 'nhap.docx'))
    expect(result.code).toBe(0)
    expect(result.stderr.match(/\[render-blank\]/gu)?.length).toBe(3)
    expect(result.stderr).toContain('số, ký hiệu')
    expect(result.stderr).toContain('địa danh')
    expect(result.stderr).toContain('nơi nhận')
  })

  it('says nothing of a plan that has them', async () => {
    const plan = join(dir, 'du.yaml')
    writeFileSync(
      plan,
      'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  symbol: KH-UBND\n  place: Sơn Lâm\ntasks:\n  - title: Tập huấn hòa giải viên\n    lead: [Sở Tư pháp]\nrecipients: [Sở Tư pháp, Lưu VT]\n'
    )
    const result = await cli('render', plan, '-o', join(dir, 'du.docx'))
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('render-blank')
  })
})
