// The model's fields read from their words: timelines and targets.
import {describe, expect, it} from 'vitest'
import {extractTargets, formatTargetAmount, parseTimeline} from '@kehoach/model'

describe('parseTimeline', () => {
  it.each([
    ['Tháng 6/2024.', {kind: 'period', from: '2024-06-01', to: '2024-06-30'}],
    ['Tháng 13/2024 (no such month: no date at all, an invalid-date of the lint)', {kind: 'unknown'}],
    ['Tháng 2 - tháng 2/2024', {kind: 'period', from: '2024-02-01', to: '2024-02-29'}],
    ['Năm 2024 - 2030', {kind: 'period', from: '2024-01-01', to: '2030-12-31'}],
    ['Hàng năm', {kind: 'recurring', recurrence: {every: 1, unit: 'year'}}],
    ['Hằng quý', {kind: 'recurring', recurrence: {every: 1, unit: 'quarter'}}],
    ['Tối thiểu 05 năm 01 lần', {kind: 'recurring', recurrence: {every: 5, unit: 'year', minimum: true}}],
    ['Quý III/2025', {kind: 'period', from: '2025-07-01', to: '2025-09-30'}],
    ['Trước ngày 30/6/2025', {kind: 'deadline', to: '2025-06-30'}],
    ['Trước tháng 12/2024', {kind: 'deadline', to: '2024-12-31'}],
    ['Chậm nhất quý II/2025', {kind: 'deadline', to: '2025-06-30'}],
    ['Không muộn hơn năm 2026', {kind: 'deadline', to: '2026-12-31'}],
    ['Xong trước 2027', {kind: 'deadline', to: '2027-12-31'}],
    ['Hạn chót năm 2024 - 2025', {kind: 'deadline', to: '2025-12-31'}],
    ['Thường xuyên', {kind: 'ongoing'}],
    ['chưa rõ', {kind: 'unknown'}]
  ])('%s', (text, want) => {
    expect(parseTimeline(text)).toMatchObject(want)
  })

  it('reads a milestone list', () => {
    const timeline = parseTimeline('Kiểm tra: Hàng năm; Sơ kết: Năm 2026; Tổng kết: Năm 2030')
    expect(timeline.kind).toBe('milestones')
    expect(
      timeline.milestones?.map((milestone) => [milestone.label, milestone.timeline.to ?? milestone.timeline.kind])
    ).toEqual([
      ['Kiểm tra', 'recurring'],
      ['Sơ kết', '2026-12-31'],
      ['Tổng kết', '2030-12-31']
    ])
  })
})

describe('target fields', () => {
  it('says an amount one way, for the model’s messages and the coverage findings alike', () => {
    expect(formatTargetAmount({value: 90, unit: '%', comparator: '>='})).toBe('≥ 90%')
    expect(formatTargetAmount({value: 60, max: 75, unit: '%', comparator: '='})).toBe('60-75%')
    expect(
      formatTargetAmount({value: 1, unit: 'tập huấn viên', comparator: '<', per: {value: 80, unit: 'tổ hòa giải'}})
    ).toBe('< 1 tập huấn viên/80 tổ hòa giải')
    expect(formatTargetAmount({value: 5, unit: 'cuộc', comparator: 'toString'})).toBe('5 cuộc')
  })
})

describe('extractTargets', () => {
  it.each([
    ['100% tổ hòa giải được kiện toàn', {value: 100, comparator: '=', unit: '%'}],
    ['ít nhất 10% tổ hòa giải có hỗ trợ', {value: 10, comparator: '>='}],
    ['tỷ lệ hòa giải thành trên 90%', {value: 90, comparator: '>'}],
    ['từ 80% trở lên hòa giải viên', {value: 80, comparator: '>='}],
    ['đạt từ 90% trở lên', {value: 90, comparator: '>='}],
    ['60% - 75% hòa giải viên được tập huấn', {value: 60, max: 75, comparator: '>='}],
    [
      'ít nhất 01 tập huấn viên/80 tổ hòa giải',
      {value: 1, comparator: '>=', unit: 'tập huấn viên', per: {value: 80, unit: 'tổ hòa giải'}}
    ]
  ])('%s', (text, want) => {
    const [found] = extractTargets(text)
    expect(found?.target).toMatchObject(want)
  })

  it('takes the deadline from a lead-in', () => {
    const found = extractTargets(
      'Mục tiêu cụ thể đến 2030: 100% tổ hòa giải được kiện toàn; ít nhất 10% tổ hòa giải có hỗ trợ'
    )
    expect(found.map((item) => item.target.deadline)).toEqual(['2030-12-31', '2030-12-31'])
  })
})

describe('parseTimeline', () => {
  it('reads a range of months that crosses a year, "đến hết" included', () => {
    expect(parseTimeline('từ tháng 11 năm 2025 đến hết tháng 2 năm 2026')).toMatchObject({
      kind: 'period',
      from: '2025-11-01',
      to: '2026-02-28'
    })
    expect(parseTimeline('tháng 6 - tháng 12/2024')).toMatchObject({
      kind: 'period',
      from: '2024-06-01',
      to: '2024-12-31'
    })
  })
})
