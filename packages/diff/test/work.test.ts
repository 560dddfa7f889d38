// The diff's work per item, not per pair (issue 27, third round: two 1 MB plans of 8,000 tasks took
// 1.9-2.6 s): each text is normalised once in a diff, each task's features are found once, and the
// aligner looks each feature's weight up once, not once for every pair of items that shares it.
// Counted, not timed: the normaliser and the feature finder of @kehoach/vietnamese are wrapped
// (vi.mock: this file is in vitest.config.ts's ISOLATED), the weights are a counting subclass.
import {describe, expect, it, vi} from 'vitest'
import {completePlan, type Plan} from '@kehoach/model'
import {featuresOf} from '@kehoach/vietnamese'
import {diffPlans} from '@kehoach/diff'
import {alignOneToOne, scorer} from '../src/lib/align.js'
import {similarity, Weights} from '../src/lib/weights.js'

const calls = vi.hoisted(() => ({normalised: new Map<string, number>(), features: new Map<string, number>()}))

vi.mock('@kehoach/vietnamese', async (importOriginal) => {
  const original = await importOriginal<typeof import('@kehoach/vietnamese')>()
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  return {
    ...original,
    normalizeString: (value: string) => {
      count(calls.normalised, value)
      return original.normalizeString(value)
    },
    featuresOf: (text: string) => {
      count(calls.features, text)
      return original.featuresOf(text)
    }
  }
})

const UNITS = ['Sở Tư pháp', 'Sở Nội vụ', 'Công an tỉnh']

/** A plan of `count` tasks with every text field; `edited` changes a few titles, bodies and timelines. */
function planOf(count: number, edited: boolean): Plan {
  return completePlan({
    meta: {issuer: 'Ủy ban nhân dân tỉnh Thử', number: '3/KH-UBND', date: '2026-03-02', title: 'Kế hoạch thử'},
    tasks: Array.from({length: count}, (_, index) => ({
      title: `Tổ chức tập huấn việc số ${index} cho hòa giải viên${edited && index % 5 === 0 ? ' ở cơ sở' : ''}`,
      body: `Nội dung tập huấn đợt ${index}${edited && index % 7 === 0 ? ', có kiểm tra' : ''}.`,
      lead: [UNITS[index % UNITS.length] as string],
      timeline: edited && index % 3 === 0 ? `Quý ${(index % 4) + 1} năm 2027` : `Quý ${(index % 4) + 1} năm 2026`,
      output: `Báo cáo kết quả đợt ${index}`,
      children: [{title: `Chuẩn bị tài liệu đợt ${index}`}, {title: `Mời giảng viên đợt ${index}`}]
    }))
  })
}

describe('a diff does its work once per text, not once per pair', () => {
  const before = planOf(30, false)
  const after = planOf(30, true)

  it('normalises each text it compares once (the titles were normalised four times, each token of a changed field once per pair)', () => {
    calls.normalised.clear()
    const report = diffPlans(before, after)
    expect(report.summary.changed).toBeGreaterThan(10)
    const repeated = [...calls.normalised].filter(([, times]) => times > 1)
    expect(repeated).toEqual([])
  })

  it("finds each task's features once (they were found for the weights and again for the alignment)", () => {
    calls.features.clear()
    diffPlans(before, after)
    // 30 tasks with two subtasks each, in each version.
    expect([...calls.features.values()].reduce((sum, times) => sum + times, 0)).toBe(2 * 90)
  })
})

describe('edited paragraphs are paired on features found once', () => {
  const purposes = (count: number, stem: string) =>
    Array.from({length: count}, (_, index) => `Nâng cao chất lượng công tác ${stem} số ${index} trên địa bàn tỉnh.`)
  const planWith = (list: string[]) =>
    completePlan({meta: {issuer: 'Ủy ban nhân dân tỉnh Thử'}, purposes: list, tasks: []})

  it("each paragraph's features once (they were found again for every pair of a removed and an added paragraph)", () => {
    const before = planWith(purposes(40, 'hòa giải'))
    const after = planWith(purposes(40, 'hoà giải viên'))
    calls.features.clear()
    const report = diffPlans(before, after)
    expect(report.changes[0]?.fields?.filter((field) => field.field === 'text')).toHaveLength(40)
    expect([...calls.features.values()].reduce((sum, times) => sum + times, 0)).toBe(80)
  })
})

/** Weights that count how often a feature's weight is asked for. */
class Counting extends Weights {
  asked = 0
  override of(feature: string): number {
    this.asked++
    return super.of(feature)
  }
}

describe('the aligner', () => {
  it('asks for each feature weight once, not once per pair that shares it (200 × 200 identical titles)', () => {
    const items = Array.from({length: 200}, () => featuresOf('Tổ chức tập huấn kỹ năng hòa giải cho hòa giải viên'))
    const weights = new Counting(items)
    const size = (items[0] as Set<string>).size
    const alignment = alignOneToOne(items, items, weights)
    expect(alignment.pairs.map((pair) => pair.left === pair.right)).toEqual(items.map(() => true))
    // Each distinct feature once; scoring 40,000 pairs feature by feature asked 40,000 × size and more.
    expect(weights.asked).toBe(size)
  })
})

describe('the scorer', () => {
  it("gives similarity's score to the last bit, for every pair (ties between candidates must not move)", () => {
    const syllables = ['tổ', 'chức', 'tập', 'huấn', 'hòa', 'giải', 'viên', 'cơ', 'sở', 'kiểm', 'tra', 'năm', '2026']
    // Texts of 1 to 12 syllables picked by a fixed rule, repeats and all.
    const texts = Array.from({length: 60}, (_, index) =>
      Array.from({length: 1 + (index % 12)}, (_, at) => syllables[(index * 7 + at * at * 3) % syllables.length]).join(
        ' '
      )
    )
    const features = texts.map((text) => featuresOf(text))
    const left = features.slice(0, 30)
    const right = features.slice(30)
    const weights = new Weights(features)
    const score = scorer(left, right, weights)
    for (const [i, a] of left.entries())
      for (const [j, b] of right.entries()) expect(score(i, j)).toBe(similarity(a, b, weights).score)
    // Asked out of order too: the marks of an item scored earlier do not leak.
    for (let j = right.length - 1; j >= 0; j--)
      for (let i = left.length - 1; i >= 0; i -= 3)
        expect(score(i, j)).toBe(similarity(left[i] as Set<string>, right[j] as Set<string>, weights).score)
  })
})
