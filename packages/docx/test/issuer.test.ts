// Issue #19: legal bases beside a preamble, signature blocks and headers by issuer, a draft's symbol.
import {describe, expect, it} from 'vitest'
import {completePlan, fromYaml, type Plan} from '@kehoach/model'
import {draftPlan, findScheme} from '@kehoach/coverage'
import {planToDocx} from '@kehoach/docx'
import {all, first, parse, parts, runStyle, textOf} from '../../../test/ooxml.js'

async function lines(plan: Plan): Promise<string[]> {
  const doc = parse(parts(await planToDocx(plan))['word/document.xml'] as string)
  return all(doc, 'p').map(textOf)
}

async function tables(plan: Plan): Promise<string[][]> {
  const doc = parse(parts(await planToDocx(plan))['word/document.xml'] as string)
  return all(doc, 'tbl').map((table) =>
    all(table, 'p')
      .map(textOf)
      .filter((text) => text.trim() !== '')
  )
}

const s315 = findScheme('315')!

describe('legal bases in the DOCX', () => {
  it('are printed "Căn cứ …" one per line before the preamble, the last before it with ";"', async () => {
    const yaml = [
      'meta:',
      '  issuer: Ủy ban nhân dân tỉnh Ninh Bình',
      '  date: 2026-01-15',
      '  basis:',
      '    - text: Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013',
      '    - text: Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ',
      '      number: 15/2014/NĐ-CP',
      '      date: 2014-02-27',
      'preamble:',
      '  - "Thực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"',
      'tasks: [{title: Tuyên truyền, lead: [Sở Tư pháp]}]'
    ].join('\n')
    const {plan, messages} = fromYaml(yaml)
    // A basis of words alone (a law has no number) is valid.
    expect(messages).toEqual([])
    expect(plan.meta.basis[0]).toMatchObject({number: null, date: null})
    const text = await lines(plan)
    const law = text.indexOf('Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;')
    const decree = text.indexOf('Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ;')
    const preamble = text.findIndex((line) => line.startsWith('Thực hiện Quyết định số 315/QĐ-TTg'))
    expect(law).toBeGreaterThan(0)
    expect([law < decree, decree < preamble]).toEqual([true, true])
  })

  it('a basis the preamble already cites is not printed twice', async () => {
    const plan = completePlan({
      meta: {
        issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
        basis: [
          {text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', number: '57-NQ/TW', date: '2024-12-22'}
        ]
      },
      preamble: ['Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;'],
      tasks: [{title: 'Tuyên truyền'}]
    })
    expect((await lines(plan)).filter((line) => line.includes('57-NQ/TW'))).toHaveLength(1)
  })
})

describe('signature blocks and headers by issuer', () => {
  it('a Sở signs as its director, never "TM.", under its parent body in the header', async () => {
    const plan = completePlan({
      meta: {issuer: 'Sở Tư pháp tỉnh Lào Cai', date: '2026-03-02'},
      tasks: [{title: 'Tuyên truyền'}],
      signature: {authority: null, capacity: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: null}
    })
    const [header, closing] = await tables(plan)
    expect(header!.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'SỞ TƯ PHÁP'])
    expect(closing!.join(' | ')).not.toContain('TM.')
    expect(closing!.slice(-2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
  })

  it("a Sở with no signature block gets KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; a people's committee keeps TM. / CHỦ TỊCH", async () => {
    const department = (
      await tables(completePlan({meta: {issuer: 'Sở Tư pháp tỉnh Lào Cai'}, tasks: [{title: 'Tuyên truyền'}]}))
    )[1]!
    expect(department.slice(-2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
    const committee = (
      await tables(completePlan({meta: {issuer: 'Ủy ban nhân dân tỉnh Lào Cai'}, tasks: [{title: 'Tuyên truyền'}]}))
    )[1]!
    expect(committee.slice(-2)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])
  })

  it('a draft with no number keeps its symbol', async () => {
    const draft = draftPlan(s315, {issuer: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2026-03-02'})
    const [header] = await tables(draft)
    expect(header).toContain('Số:       /KH-UBND')
  })
})

describe('init drafts per issuer level', () => {
  it('a Sở: its parent in the header, KT. GIÁM ĐỐC, its own units lead', () => {
    const draft = draftPlan(s315, {issuer: 'Sở Tư pháp tỉnh Lào Cai', date: '2026-03-02'})
    expect(draft.meta.parentIssuer).toBe('Ủy ban nhân dân tỉnh Lào Cai')
    expect(draft.signature).toMatchObject({authority: null, capacity: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC'})
    expect(draft.tasks.every((task) => task.lead.includes('Các phòng, đơn vị thuộc Sở'))).toBe(true)
    expect(draft.recipients[0]).toBe('UBND tỉnh Lào Cai (để báo cáo)')
  })

  it('a commune: the commune leads, no province-level groups or targets, no Bộ Tư pháp among the recipients', () => {
    const draft = draftPlan(s315, {issuer: 'Ủy ban nhân dân xã Bản Lầu', date: '2026-03-02'})
    expect(draft.signature).toMatchObject({authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH'})
    expect(draft.tasks.flatMap((task) => task.lead)).not.toContain('Sở Tư pháp')
    expect(draft.tasks.map((task) => task.title).join('\n')).not.toMatch(/tập huấn viên cấp tỉnh/u)
    expect(draft.objectives.map((item) => item.text).join('\n')).not.toMatch(/tập huấn viên|được chọn làm điểm/u)
    expect(draft.recipients.join('; ')).not.toContain('Bộ Tư pháp')
    expect(draft.meta.title).toMatch(/xã Bản Lầu$/u)
  })

  it("a commune's draft checks as complete: the province-level groups do not apply to it", async () => {
    const {coverage} = await import('@kehoach/coverage')
    const draft = draftPlan(s315, {issuer: 'Ủy ban nhân dân xã Bản Lầu', date: '2026-03-02'})
    const report = coverage(draft, s315)
    expect(report.summary).toMatchObject({missing: 0, partial: 0})
    expect(
      report.items
        .filter((item) => item.findings.some((entry) => entry.ruleId === 'coverage-province-level'))
        .map((item) => item.id)
    ).toEqual(['2', '4'])
    // A province's plan still needs them.
    const province = draftPlan(s315, {issuer: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2026-03-02'})
    province.tasks = province.tasks.filter((task) => !task.implements?.includes('315:2'))
    expect(coverage(province, s315).items.find((item) => item.id === '2')?.status).toBe('missing')
  })

  it('a 2026 draft does not say "thị trấn"', () => {
    const draft = draftPlan(s315, {issuer: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2026-03-02'})
    expect(JSON.stringify(draft)).not.toContain('thị trấn')
  })
})

describe('runs of the signature block', () => {
  it('are bold', async () => {
    const doc = parse(
      parts(await planToDocx(completePlan({meta: {issuer: 'Sở Tư pháp tỉnh Lào Cai'}, tasks: [{title: 'x'}]})))[
        'word/document.xml'
      ] as string
    )
    const closing = all(doc, 'tbl')[1]!
    const director = all(closing, 'p').find((p) => textOf(p) === 'PHÓ GIÁM ĐỐC')!
    expect(runStyle(director).bold).toBe(true)
    expect(first(closing, 'p')).toBeDefined()
  })
})

describe('the coverage annex (check --format docx)', () => {
  it('is a Phụ lục with a header, plain labels, the reconstructed note and a signature block', async () => {
    const {coverage} = await import('@kehoach/coverage')
    const {coverageToDocx} = await import('@kehoach/docx')
    const plan = draftPlan(s315, {issuer: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2026-03-02'})
    const xml = parts(await coverageToDocx([coverage(plan, s315)], {issuer: 'Sở Tư pháp tỉnh Lào Cai'}))[
      'word/document.xml'
    ] as string
    // The result column is coloured where a reader looks first.
    expect(xml).toContain('w:fill="C6EFCE"')
    const doc = parse(xml)
    const text = all(doc, 'p').map(textOf)
    const joined = text.join('\n')
    expect(text).toContain('PHỤ LỤC')
    expect(joined).not.toMatch(/MT\d|\(\d\.\d\d\)|điểm \d/u)
    expect(joined).toMatch(/† Dựng lại/u)
    const tablesText = all(doc, 'tbl').map((table) => all(table, 'p').map(textOf).filter(Boolean))
    expect(tablesText[0]!.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'SỞ TƯ PHÁP'])
    expect(tablesText.at(-1)!.slice(-2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
  })
})

describe('an annex sent by a named body (check --format docx, review -o .docx)', () => {
  const headerOf = async (bytes: Uint8Array) =>
    all(all(parse(parts(bytes)['word/document.xml'] as string), 'tbl')[0]!, 'p')
      .map(textOf)
      .filter(Boolean)
  const table = {
    caption: 'Đề án 315/QĐ-TTg',
    head: ['Kế hoạch', '1'],
    rows: [['a', 'có']],
    statusColumns: [1, 2] as const
  }

  it.each([
    ['Sở Tư pháp tỉnh Sơn Lâm', '/BC-STP', 'Sơn Lâm, ngày'],
    ['Sở Văn hóa, Thể thao và Du lịch thành phố Hải Cảng', '/BC-SVHTTDL', 'Hải Cảng, ngày'],
    ['Ủy ban nhân dân tỉnh Sơn Lâm', '/BC-UBND', 'Sơn Lâm, ngày'],
    ['Ủy ban nhân dân xã Bản Mây', '/BC-UBND', 'Bản Mây, ngày']
  ])('%s: the symbol has its initials and the date line its place', async (issuer, symbol, place) => {
    const {coverage} = await import('@kehoach/coverage')
    const {coverageToDocx, matrixToDocx} = await import('@kehoach/docx')
    const plan = draftPlan(s315, {issuer: 'Ủy ban nhân dân tỉnh Sơn Lâm', date: '2026-03-02'})
    for (const bytes of [
      await coverageToDocx([coverage(plan, s315)], {issuer}),
      await matrixToDocx([table], {title: 'Kết quả', issuer})
    ]) {
      const header = (await headerOf(bytes)).join('\n')
      expect(header).toContain(symbol)
      expect(header).toMatch(new RegExp(`^${place}`, 'mu'))
      expect(header).not.toMatch(/BC-$|……,/mu)
    }
  })

  it('without an issuer, leaves the place and the symbol to fill in', async () => {
    const {matrixToDocx} = await import('@kehoach/docx')
    const header = (await headerOf(await matrixToDocx([table], {title: 'Kết quả'}))).join('\n')
    expect(header).toMatch(/^……, ngày/mu)
  })
})
