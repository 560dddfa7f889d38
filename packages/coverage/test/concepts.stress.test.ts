// Reading concepts takes time linear in the task (the growth measure of test/growth.ts: CPU time
// from n to 8n repetitions). Timing, so it is in the stress suite (pnpm test:stress), not the
// behaviour suite.
import {describe, expect, it} from 'vitest'
import {completePlan} from '@kehoach/model'
import {findScheme} from '@kehoach/coverage'
import {explainTasks} from '../src/lib/coverage.js'
import {superLinear, type Entry} from '../../../test/growth.js'

const s315 = findScheme('315/QĐ-TTg')!
/** One task whose title is the input, in a plan that implements 315. */
const judge = (title: string) =>
  explainTasks(
    completePlan({
      meta: {issuer: 'Ủy ban nhân dân tỉnh Quảng Trị', date: '2026-01-20', implements: [{number: '315/QĐ-TTg'}]},
      tasks: [{title}]
    }),
    s315
  )

describe('reading concepts takes time linear in the task', () => {
  // A text repeating a term's first word, a whole term, or an exception: each found once per repeat, never again for each other repeat.
  const entry: Entry = [
    'concepts',
    judge,
    ['tổ ', 'tổ hòa giải ', 'hòa giải thương mại ', 'kiện toàn tổ ', 'tổ x hòa ', 'bầu cử bầu '],
    4_096
  ]
  it('grows about as fast as the task', async () => {
    expect(await superLinear(entry)).toEqual([])
  })
})
