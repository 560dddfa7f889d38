import {describe, expect, it} from 'vitest'
import {completePlan, type Plan} from '@kehoach/model'
import {parseText} from '@kehoach/text'
import {featuresOf} from '@kehoach/vietnamese'
import {Weights} from '../src/lib/weights.js'
import {diffPlans} from '@kehoach/diff'
import {alignOneToOne} from '../src/lib/align.js'
import {wordDiff} from '../src/lib/diff.js'
import {present, read} from '../../../test/corpus.js'
import {vinhPhucVersion2} from '../../../test/versions.js'

describe.runIf(present)('two versions of the Vĩnh Phúc plan', () => {
  const text = read('vinh-phuc-147-kh-ubnd-2024.txt')
  const before = parseText(text).plan
  const after = parseText(present ? vinhPhucVersion2(text) : text).plan

  it('are exactly four changes: a lead replaced, a task removed, a milestone moved, a task added', () => {
    const report = diffPlans(before, after)
    expect(report.changes.map((change) => [change.kind, change.old ?? null, change.new ?? null])).toEqual([
      ['changed', 'II.3.b.1', 'II.3.b.1'],
      ['removed', 'II.8', null],
      ['changed', 'II.9.a', 'II.8.a'],
      ['added', null, 'II.9']
    ])
    const [lead, removed, milestone, added] = report.changes
    expect(lead?.fields).toEqual([
      {field: 'lead', old: ['Sở Tư pháp'], new: ['Sở Nội vụ'], removed: ['Sở Tư pháp'], added: ['Sở Nội vụ']}
    ])
    expect(removed?.task?.title).toBe('Tổ chức hội thi hòa giải viên giỏi trên địa bàn tỉnh')
    expect(milestone?.fields?.[0]).toMatchObject({
      field: 'timeline',
      milestones: [{label: 'Sơ kết', old: 'Năm 2026', new: 'Năm 2027'}]
    })
    expect(added?.task).toMatchObject({
      title: 'Ứng dụng trí tuệ nhân tạo hỗ trợ hòa giải viên tra cứu pháp luật',
      lead: ['Sở Tư pháp']
    })
    expect(report.renumbered).toEqual([{old: 'II.9', new: 'II.8'}])
    expect(report.summary).toMatchObject({added: 1, removed: 1, changed: 2})
  })

  it('sees nothing in a copy re-wrapped, re-encoded (NFD, CRLF, BOM, NBSP) and with old tone marks', () => {
    const noisy =
      '\uFEFF' +
      text
        .replace(/hòa/gu, 'hoà')
        .replace(/ /gu, (space, offset: number) => (offset % 7 === 0 ? '\u00A0' : space))
        .normalize('NFD')
        .replace(/\n/gu, '\r\n')
    const report = diffPlans(before, parseText(noisy).plan)
    expect(report.changes).toEqual([])
    expect(report.renumbered).toEqual([])
  })

  it('is empty for the same plan', () => {
    expect(diffPlans(before, before).changes).toEqual([])
  })
})

describe('aligning tasks', () => {
  const plan = (titles: Array<string | {title: string; lead?: string[]; timeline?: string; body?: string}>): Plan =>
    completePlan({
      meta: {issuer: 'UBND tỉnh A'},
      tasks: titles.map((title) => (typeof title === 'string' ? {title, lead: ['Sở Tư pháp']} : title))
    })

  it('pairs by content, not number: a deletion renumbers the rest without noise', () => {
    const report = diffPlans(
      plan(['Tổ chức hội thi hòa giải viên giỏi', 'Kiểm tra, sơ kết việc thực hiện Đề án', 'Truyền thông về hòa giải']),
      plan(['Kiểm tra, sơ kết việc thực hiện Đề án', 'Truyền thông về hòa giải'])
    )
    expect(report.changes.map((change) => change.kind)).toEqual(['removed'])
    expect(report.renumbered).toEqual([
      {old: 'I.2', new: 'I.1'},
      {old: 'I.3', new: 'I.2'}
    ])
  })

  it('a reordered list is renumbered, not changed', () => {
    const report = diffPlans(
      plan(['Tổ chức hội thi hòa giải viên giỏi', 'Truyền thông về hòa giải']),
      plan(['Truyền thông về hòa giải', 'Tổ chức hội thi hòa giải viên giỏi'])
    )
    expect(report.changes).toEqual([])
    expect(report.renumbered).toHaveLength(2)
  })

  it('reports a title edit word by word, on syllables', () => {
    const report = diffPlans(
      plan(['Tổ chức hội thi hòa giải viên giỏi cấp tỉnh']),
      plan(['Tổ chức hội thi hòa giải viên giỏi cấp tỉnh năm 2026'])
    )
    expect(report.changes[0]?.fields?.[0]).toMatchObject({
      field: 'title',
      words: [
        {op: 'equal', text: 'Tổ chức hội thi hòa giải viên giỏi cấp tỉnh'},
        {op: 'insert', text: 'năm 2026'}
      ]
    })
  })

  it('compares agencies as sets: abbreviations and order are not changes', () => {
    const before = plan([{title: 'Truyền thông', lead: ['Sở Tư pháp', 'UBND các huyện, thành phố']}])
    const after = plan([{title: 'Truyền thông', lead: ['Ủy ban nhân dân các huyện, thành phố', 'STP']}])
    expect(diffPlans(before, after).changes).toEqual([])
  })

  it('tells header, recipients and funding changes', () => {
    const a = completePlan({
      meta: {issuer: 'UBND tỉnh A', number: '1/KH-UBND'},
      tasks: [],
      recipients: ['Như trên', 'Lưu: VT'],
      funding: ['Ngân sách tỉnh.']
    })
    const b = completePlan({
      meta: {issuer: 'UBND tỉnh A', number: '2/KH-UBND'},
      tasks: [],
      recipients: ['Như trên', 'Sở Tư pháp', 'Lưu: VT'],
      funding: ['Ngân sách tỉnh và xã hội hóa.']
    })
    const report = diffPlans(a, b)
    expect(report.changes.map((change) => change.scope)).toEqual(['meta', 'funding', 'recipients'])
    expect(report.changes[2]?.fields?.[0]).toMatchObject({added: ['Sở Tư pháp'], removed: []})
    expect(report.changes[1]?.fields?.[0]?.words).toEqual([
      {op: 'equal', text: 'Ngân sách tỉnh'},
      {op: 'insert', text: 'và xã hội hóa'},
      {op: 'equal', text: '.'}
    ])
  })

  it('the aligner is one-to-one and breaks ties by position', () => {
    const features = ['kiểm tra', 'kiểm tra', 'hội thi'].map((text) => featuresOf(text))
    const weights = new Weights(features)
    const {pairs} = alignOneToOne(features, features, weights)
    expect(pairs.map((pair) => [pair.left, pair.right])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2]
    ])
  })

  it('wordDiff ignores case of quotes and normalisation', () => {
    const words = wordDiff('Đề án “Nâng cao” hoà giải', 'Đề án "Nâng cao" hòa giải')
    expect(words.map((word) => word.op)).toEqual(['equal'])
  })
})

describe('spellings that are the same words', () => {
  it('"Hàng năm" and "Hằng năm" are no change', async () => {
    const {completePlan} = await import('@kehoach/model')
    const {diffPlans} = await import('@kehoach/diff')
    const a = completePlan({
      meta: {issuer: 'x'},
      tasks: [{title: 'Tổ chức tập huấn hàng năm', lead: ['Sở Tư pháp'], timeline: 'Hàng năm'}]
    })
    const b = completePlan({
      meta: {issuer: 'x'},
      tasks: [{title: 'Tổ chức tập huấn hằng năm', lead: ['Sở Tư pháp'], timeline: 'Hằng năm'}]
    })
    expect(diffPlans(a, b).changes).toEqual([])
    const c = completePlan({
      meta: {issuer: 'x'},
      tasks: [{title: 'Tổ chức tập huấn hằng năm', lead: ['Sở Tư pháp'], timeline: 'Hằng quý'}]
    })
    expect(diffPlans(a, c).changes).toHaveLength(1)
  })
})

describe('dates in the diff as a person reads them', () => {
  it('a changed date is written 15/1/2026 → 1/2/2026, never ISO', async () => {
    const {completePlan} = await import('@kehoach/model')
    const {diffPlans, diffToText, diffToMarkdown} = await import('@kehoach/diff')
    const a = completePlan({meta: {issuer: 'x', date: '2026-01-15'}, tasks: [{title: 'Tổ chức tập huấn'}]})
    const b = completePlan({meta: {issuer: 'x', date: '2026-02-01'}, tasks: [{title: 'Tổ chức tập huấn'}]})
    const report = diffPlans(a, b)
    for (const text of [diffToText(report), diffToMarkdown(report)]) {
      expect(text).toMatch(/15\/1\/2026.*1\/2\/2026/u)
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/u)
    }
  })
})
