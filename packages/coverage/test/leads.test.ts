import {describe, expect, it} from 'vitest'
import {completePlan, fromYaml, toYaml, type Plan} from '@kehoach/model'
import {coverage, draftPlan, findScheme, type CoverageReport} from '@kehoach/coverage'

const s315 = findScheme('315/QĐ-TTg')!
const status9 = (report: CoverageReport) => report.items.find((entry) => entry.id === '9')?.status
const leadRules = (report: CoverageReport) =>
  report.items.flatMap((entry) => entry.findings).filter((entry) => entry.ruleId === 'coverage-lead-differs')

function plan(issuer: string, tasks: unknown[]): Plan {
  return completePlan({
    meta: {issuer, number: '5/KH-STP', date: '2026-02-10', implements: [{number: '315/QĐ-TTg', date: '2024-04-17'}]},
    tasks
  })
}

describe('a province gives the communes their share', () => {
  const province = 'Ủy ban nhân dân tỉnh Quảng Trị'

  it.each([['UBND các xã, phường'], ['Ủy ban nhân dân cấp xã'], ['UBND các xã, phường, đặc khu']])(
    'the tổ hòa giải consolidated by %s: no lead finding (the scheme expects the communes in group 3)',
    (lead) => {
      const report = coverage(
        plan(province, [{title: 'Kiện toàn các tổ hòa giải sau khi sáp nhập thôn', lead: [lead]}]),
        s315
      )
      expect(report.items.find((entry) => entry.id === '3')?.status).toBe('covered')
      expect(leadRules(report)).toEqual([])
    }
  )

  it('a group that does not expect the communes, or another body leading group 3, is still named', () => {
    const contest = coverage(
      plan(province, [{title: 'Tổ chức hội thi hòa giải viên giỏi cấp tỉnh', lead: ['UBND các xã, phường']}]),
      s315
    )
    expect(leadRules(contest).length).toBe(1)
    const police = coverage(
      plan(province, [{title: 'Kiện toàn các tổ hòa giải sau khi sáp nhập thôn', lead: ['Công an tỉnh']}]),
      s315
    )
    expect(leadRules(police).length).toBe(1)
  })

  it('a body whose name only shares a word with the tổ hòa giải is not drawn into their work', () => {
    const report = coverage(
      plan(province, [
        {title: 'Kiện toàn các tổ hòa giải sau khi sáp nhập thôn', lead: ['Tổ công tác liên ngành của tỉnh']}
      ]),
      s315
    )
    expect(leadRules(report).length).toBe(1)
  })
})

describe('findings that fit the issuer', () => {
  it.each([
    ['Phòng Phổ biến, giáo dục pháp luật'],
    ['Văn phòng Sở'],
    ['Thanh tra Sở'],
    ['Trung tâm Trợ giúp pháp lý nhà nước'],
    ['Các phòng, đơn vị thuộc Sở']
  ])('in a Sở Tư pháp’s own plan, %s is the Sở', (unit) => {
    const report = coverage(
      plan('Sở Tư pháp tỉnh Quảng Trị', [{title: 'Tổ chức hội thi hòa giải viên giỏi cấp tỉnh', lead: [unit]}]),
      s315
    )
    expect(status9(report)).toBe('covered')
    expect(leadRules(report)).toEqual([])
  })

  it('in another Sở’s plan, its own unit is that Sở, not Sở Tư pháp', () => {
    const report = coverage(
      plan('Sở Nội vụ tỉnh Quảng Trị', [
        {title: 'Tổ chức hội thi hòa giải viên giỏi cấp tỉnh', lead: ['Văn phòng Sở']}
      ]),
      s315
    )
    expect(leadRules(report).length).toBe(1)
  })

  it('in a province’s plan a Phòng is not the Sở', () => {
    const report = coverage(
      plan('Ủy ban nhân dân tỉnh Quảng Trị', [
        {title: 'Tổ chức hội thi hòa giải viên giỏi cấp tỉnh', lead: ['Phòng Phổ biến, giáo dục pháp luật']}
      ]),
      s315
    )
    expect(leadRules(report).length).toBe(1)
  })

  it.each([['Công chức Tư pháp - Hộ tịch'], ['UBND xã'], ['Chủ tịch UBND xã'], ['Ủy ban nhân dân phường']])(
    'in a commune’s plan, %s is the expected lead',
    (lead) => {
      const report = coverage(
        plan('Ủy ban nhân dân xã Tân Phú', [{title: 'Tổ chức hội thi hòa giải viên giỏi', lead: [lead]}]),
        s315
      )
      expect(status9(report)).toBe('covered')
      expect(leadRules(report)).toEqual([])
    }
  )

  it('in a commune’s plan another body leading is named against the commune, not Sở Tư pháp', () => {
    const report = coverage(
      plan('Ủy ban nhân dân xã Tân Phú', [{title: 'Tổ chức hội thi hòa giải viên giỏi', lead: ['Công an xã']}]),
      s315
    )
    const found = leadRules(report)
    expect(found.length).toBe(1)
    expect(found[0]?.reason).toContain('công chức Tư pháp - Hộ tịch')
    expect(found[0]?.reason).not.toContain('Sở Tư pháp')
  })

  it.each([
    [
      'Ủy ban nhân dân xã Tân Phú',
      'Cán bộ Đồn Biên phòng tham gia cùng tổ hòa giải ở các bản khi được mời',
      'Đồn Biên phòng Tân Phú'
    ],
    [
      'Ủy ban nhân dân xã Tân Phú',
      'Công an xã cử người đi cùng tổ hòa giải đến vụ việc có nguy cơ xô xát',
      'Công an xã'
    ],
    [
      'Ủy ban nhân dân tỉnh Quảng Trị',
      'Mời luật gia, hội viên Hội Luật gia tham gia hỗ trợ các tổ hòa giải',
      'Hội Luật gia tỉnh'
    ]
  ])('in %s’s plan, the body a task draws into hòa giải leads it with no finding: “%s”', (issuer, title, lead) => {
    const report = coverage(plan(issuer, [{title, lead: [lead]}]), s315)
    expect(report.items.find((entry) => entry.id === '7')?.status).toBe('covered')
    expect(leadRules(report)).toEqual([])
  })

  it('a body leading work it is not drawn into is still named: the police consolidating the tổ hòa giải', () => {
    const report = coverage(
      plan('Ủy ban nhân dân xã Tân Phú', [
        {title: 'Kiện toàn các tổ hòa giải ở thôn sau sáp nhập', lead: ['Công an xã']}
      ]),
      s315
    )
    expect(leadRules(report).map((entry) => entry.task)).toEqual(['I.1'])
  })

  it.each([
    ['Ủy ban nhân dân tỉnh Lào Cai'],
    ['Sở Tư pháp tỉnh Lào Cai'],
    ['Ủy ban nhân dân xã Bản Lầu'],
    ['Ủy ban nhân dân phường Yên Bái']
  ])('`init`’s own draft for %s checks with no lead finding, as written and read back from YAML', (issuer) => {
    const draft = draftPlan(s315, {issuer, date: '2026-03-02'})
    expect(coverage(draft, s315).items.filter((entry) => entry.status === 'covered').length).toBeGreaterThanOrEqual(6)
    expect(leadRules(coverage(draft, s315))).toEqual([])
    expect(leadRules(coverage(fromYaml(toYaml(draft)).plan, s315))).toEqual([])
  })
})
