// The diff's work on two large plans (the second red team: two 1 MB text plans took 11-16 s, a
// 1 MB plan of 7,000 sibling tasks against itself past 120 s and 1.7 GB). CPU time, as test/growth.ts.
import {describe, expect, it} from 'vitest'
import {completePlan, type Plan} from '@kehoach/model'
import {parseText} from '@kehoach/text'
import {diffPlans, wordChanges} from '@kehoach/diff'
import {cpuTime, LIMIT, superLinear} from '../../../test/growth.js'

/** A word of letters only for `value`: numbers alone do not tell tasks apart. */
const word = (value: number) =>
  Array.from(value.toString(26).padStart(2, '0'), (digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join(
    ''
  )

function planOf(count: number): Plan {
  return completePlan({
    meta: {issuer: 'Ủy ban nhân dân tỉnh Thử', number: '6/KH-UBND', date: '2026-05-04', title: 'Kế hoạch thử'},
    tasks: Array.from({length: count}, (_, index) => ({
      title: `Phổ biến ${word(index)} ${word((index * 7919) % 9973)}`,
      lead: ['Sở Tư pháp']
    }))
  })
}

describe('diff of large plans', () => {
  it(`sibling tasks: the time grows less than ${LIMIT}× from 1,500 to 12,000 (in the square: 64×)`, async () => {
    const small = planOf(1500)
    const large = planOf(12_000)
    const smallMs = Math.min(
      ...(await Promise.all([0, 1].map(async () => (await cpuTime(() => diffPlans(small, small))).ms)))
    )
    const {ms: largeMs} = await cpuTime(() => diffPlans(large, large))
    expect(largeMs / smallMs).toBeLessThan(LIMIT)
  })

  it('a 1 MB text plan of 7,000 sibling tasks against itself: under 10 s of CPU (past 120 s and 1.7 GB before)', async () => {
    const tasks = Array.from(
      {length: 7000},
      (_, index) =>
        `${index + 1}. Tổ chức việc ${word(index)} ở cơ sở\n- Cơ quan chủ trì: Sở Tư pháp; Sở Nội vụ; Sở Tài chính.\n- Thời gian thực hiện: Năm 2026.\n`
    ).join('')
    const text = `ỦY BAN NHÂN DÂN\nTỈNH THỬ\nSố: 7/KH-UBND\n\nKẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n${tasks}`
    expect(text.length).toBeGreaterThan(500_000)
    const plan = parseText(text).plan
    const {ms, value} = await cpuTime(() => diffPlans(plan, plan))
    expect(value.changes).toEqual([])
    expect(ms).toBeLessThan(10_000)
  })

  it('word by word: two texts that differ everywhere grow linearly', async () => {
    const entry = [
      'wordChanges',
      (input: string) => wordChanges(input, input.replace(/a/gu, 'ă')),
      ['a ', 'ba ca, ']
    ] as const
    expect(await superLinear(entry)).toEqual([])
  })
})
