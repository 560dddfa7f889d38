// Issue 29: targets that cannot apply to a plan are "không áp dụng", not "không nêu".
import {describe, expect, it} from 'vitest'
import {coverage, findScheme} from '@kehoach/coverage'
import {fromYaml} from '@kehoach/model'

const scheme = findScheme('315/QĐ-TTg')!
const planOf = (issuer: string, date: string) =>
  fromYaml(
    `meta:\n  issuer: ${issuer}\n  date: ${date}\ntasks:\n  - title: Kiện toàn tổ hòa giải ở cơ sở\n    lead: [Sở Tư pháp]\n`
  ).plan
const statusOf = (report: ReturnType<typeof coverage>, id: string) => report.targets.find((target) => target.id === id)

describe('targets that cannot apply', () => {
  it('a district-level ratio in a plan issued after 1/7/2025', () => {
    const target = statusOf(coverage(planOf('Ủy ban nhân dân tỉnh Sơn Lâm', '2026-03-10'), scheme), 'MT3.huyen')
    expect(target?.status).toBe('not-applicable')
    expect(target?.findings.map((finding) => finding.ruleId)).toEqual(['target-district-level'])
  })

  it('the same ratio before the reform is still asked for', () => {
    expect(statusOf(coverage(planOf('Ủy ban nhân dân tỉnh Sơn Lâm', '2024-05-10'), scheme), 'MT3.huyen')?.status).toBe(
      'missing'
    )
  })

  it("province targets in a commune's plan", () => {
    const report = coverage(planOf('Ủy ban nhân dân xã Tân Lập', '2026-03-10'), scheme)
    expect(statusOf(report, 'MT3.tinh')?.status).toBe('not-applicable')
    expect(statusOf(report, 'MT3.tinh')?.findings.map((finding) => finding.ruleId)).toEqual(['target-province-level'])
    // A target every level reaches is still asked of the commune.
    expect(statusOf(report, 'MT5')?.status).toBe('missing')
  })
})

describe('a task with no lead agency', () => {
  const yaml = (lead: string) =>
    `meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  date: 2026-03-10\ntasks:\n  - title: Tổ chức hội thi hòa giải viên giỏi cấp tỉnh\n${lead}    implements: ["315:9"]\n`
  it('is a warning of the lint', () => {
    const {messages} = fromYaml(yaml(''))
    const message = messages.find((each) => each.ruleId === 'task-without-lead')
    expect(message?.fatal).toBe(false)
  })

  it('is not said of a task whose one "-" item carries the lead (the fields written under the item)', () => {
    const text = `meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  date: 2026-03-10\ntasks:\n  - title: Kiện toàn tổ hòa giải\n    children:\n      - label: '-'\n        title: Rà soát, bổ sung hòa giải viên\n        lead: [Sở Tư pháp]\n`
    expect(fromYaml(text).messages.filter((each) => each.ruleId === 'task-without-lead')).toEqual([])
  })

  it('leaves the group it covers at most "một phần"', () => {
    const without = coverage(fromYaml(yaml('')).plan, scheme).items.find((item) => item.id === '9')
    const with_ = coverage(fromYaml(yaml('    lead: [Sở Tư pháp]\n')).plan, scheme).items.find(
      (item) => item.id === '9'
    )
    expect(with_?.status).toBe('covered')
    expect(without?.status).toBe('partial')
    expect(without?.findings.map((finding) => finding.ruleId)).toContain('coverage-no-lead')
  })
})
