// Issue 29: the web app's review downloads have columns per scheme, as the CLI writes them.
import {describe, expect, it} from 'vitest'
import {STATUS_NAMES, coverage, findScheme} from '@kehoach/coverage'
import type {MatrixTable} from '@kehoach/docx'
import {fromYaml} from '@kehoach/model'
import {annexTables, matrixTable} from '../src/matrix.js'

const plan315 = fromYaml(
  'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  number: 21/KH-UBND\n  date: 2026-03-10\ntasks:\n  - title: Kiện toàn tổ hòa giải ở cơ sở\n    lead: [Sở Tư pháp]\n'
).plan
const plan428 = fromYaml(
  'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  number: 30/KH-UBND\n  date: 2026-04-02\ntasks:\n  - title: Tuyên truyền, phổ biến pháp luật\n    lead: [Sở Tư pháp]\n'
).plan

describe('the web review matrix', () => {
  const r315 = coverage(plan315, findScheme('315/QĐ-TTg')!)
  const r428 = coverage(plan428, findScheme('428/QĐ-TTg')!)
  const table = matrixTable(
    [
      {name: 'a.yaml', report: r315},
      {name: 'b.yaml', report: r428}
    ],
    [
      {
        name: 'c.txt',
        plan: {...plan315, meta: {...plan315.meta, number: '9/KH-UBND'}},
        reason: 'Không tìm thấy nhiệm vụ nào.'
      }
    ]
  )
  const [head, row315, row428, failed] = table as [string[], unknown[], unknown[], unknown[]]

  it('has one column per group of each scheme, labelled as the scheme labels it', () => {
    expect(head).toContain('315/QĐ-TTg Nhóm 1')
    expect(head).toContain('428/QĐ-TTg Nhóm (i)')
    expect(head).toContain('428/QĐ-TTg Nhóm (vi)')
    expect(head.filter((title) => title.startsWith('428/QĐ-TTg Nhóm')).length).toBe(r428.items.length)
  })

  it("leaves a plan's cells empty under another scheme's groups", () => {
    const at = head.indexOf('428/QĐ-TTg Nhóm (i)')
    expect(row315[at]).toBe('')
    expect(row428[at]).not.toBe('')
    expect(row428[head.indexOf('315/QĐ-TTg Nhóm 7')]).toBe('')
  })

  it('writes dates as dd/mm/yyyy, the targets, and what was read of a file that could not be checked', () => {
    expect(row315[head.indexOf('Ngày')]).toBe('10/3/2026')
    expect(row315[head.indexOf('Chỉ tiêu thấp hơn hoặc không nêu')]).toMatch(/không nêu/u)
    expect(failed[head.indexOf('Số')]).toBe('9/KH-UBND')
    expect(failed[head.indexOf('Ngày')]).toBe('10/3/2026')
  })
})

describe('spreadsheet rows', () => {
  it('are as tall as their most wrapped cell', async () => {
    const {rowHeight} = await import('../src/matrix.js')
    expect(rowHeight(['Tệp', 'Chỉ tiêu thấp hơn hoặc không nêu'], [36, 16])).toBe(45)
    expect(rowHeight(['a', 'b'], [10, 10])).toBe(15)
  })

  it('are never taller than Excel lets a row be (409 points)', async () => {
    const {rowHeight} = await import('../src/matrix.js')
    expect(rowHeight(['x'.repeat(10_000)], [10])).toBe(409)
    expect(rowHeight([`${'a\n'.repeat(26)}a`], [10])).toBe(405)
  })
})

describe('the review annex (DOCX), as the CLI writes it', () => {
  const r315 = coverage(plan315, findScheme('315/QĐ-TTg')!)
  const r428 = coverage(plan428, findScheme('428/QĐ-TTg')!)
  const tables = annexTables(
    [
      {name: 'a.yaml', report: r315},
      {name: 'b.yaml', report: r428}
    ],
    [
      {
        name: 'c.txt',
        plan: {...plan315, meta: {...plan315.meta, number: '9/KH-UBND'}},
        reason: 'Không tìm thấy nhiệm vụ nào.'
      }
    ]
  )

  it('is one table per scheme, its groups titled as the scheme labels them, then the files not checked', () => {
    expect(tables.map((table) => table.caption)).toEqual([
      'Đề án 315/QĐ-TTg',
      'Đề án 428/QĐ-TTg',
      'Các tệp không đối chiếu được'
    ])
    const [t315, t428, failed] = tables as [MatrixTable, MatrixTable, MatrixTable]
    expect(t315.head.slice(0, 4)).toEqual(['Kế hoạch', 'Số', 'Ngày', '1'])
    expect(t428.head).toContain('(iii)')
    expect(t315.rows).toEqual([
      [
        'Ủy ban nhân dân tỉnh Sơn Lâm',
        '21/KH-UBND',
        '10/3/2026',
        ...r315.items.map((item) => STATUS_NAMES[item.status]),
        `${Math.round(r315.summary.coverage * 100)}%`,
        expect.stringMatching(/không nêu/u),
        expect.any(String)
      ]
    ])
    expect(t315.note).toMatch(/^Các nhóm nhiệm vụ của Đề án: 1 – Thực hiện chỉ đạo điểm; 2 – /u)
    expect(failed.rows).toEqual([
      ['c.txt', 'Ủy ban nhân dân tỉnh Sơn Lâm', '9/KH-UBND', '10/3/2026', 'Không tìm thấy nhiệm vụ nào.']
    ])
  })
})
