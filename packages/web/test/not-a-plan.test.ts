// Issue #28: the app's check of a document that is not a plan says what it is, with no table.
import {describe, expect, it} from 'vitest'
import {emptyPlan} from '@kehoach/model'
import {checkPlan} from '../src/engine.js'

const citing315 = {docType: 'quyet-dinh' as const, number: '315/QĐ-TTg', date: '2024-04-17'}

describe('checkPlan on a document that is not a plan', () => {
  it('tells a report or a letter that cites the scheme, even with tasks and a chosen scheme', () => {
    for (const [docType, kind] of [
      ['bao-cao', 'báo cáo'],
      ['cong-van', 'công văn'],
      ['quyet-dinh', 'quyết định']
    ] as const) {
      const plan = emptyPlan()
      plan.meta.docType = docType
      plan.meta.implements.push(citing315)
      plan.tasks.push({
        id: '1',
        title: 'Tập huấn cho hòa giải viên',
        lead: [],
        support: [],
        timeline: null,
        outputs: [],
        children: []
      } as never)
      for (const choice of [{kind: 'auto'}, {kind: 'bundled', id: '315/QĐ-TTg'}] as const) {
        expect(checkPlan(plan, [], choice as never)).toEqual({
          ok: false,
          reason: `Văn bản này là ${kind}, không phải kế hoạch; không đối chiếu với Đề án.`
        })
      }
    }
  })

  it('still checks a plan', () => {
    const plan = emptyPlan()
    plan.meta.implements.push(citing315)
    plan.tasks.push({
      id: '1',
      title: 'Tập huấn kỹ năng cho hòa giải viên ở cơ sở',
      lead: [],
      support: [],
      timeline: null,
      outputs: [],
      children: []
    } as never)
    expect(checkPlan(plan, [], {kind: 'auto'} as never).ok).toBe(true)
  })
})
