import {describe, expect, it} from 'vitest'
import {emptyPlan, type Plan, type Task} from '@kehoach/model'
import {reformDiagnostics} from '../src/lib/reform.js'

const task = (id: string, title: string, lead: string[], support: string[]): Task =>
  ({id, label: `${id}.`, title, lead, support, children: []}) as unknown as Task

describe('reformDiagnostics', () => {
  it('says where district-level work is assigned: a task’s lead or supporting bodies, its title, or Tổ chức thực hiện', () => {
    const plan: Plan = {
      ...emptyPlan(),
      tasks: [task('1', 'Tập huấn cho hòa giải viên cấp huyện', ['UBND các huyện'], ['Phòng Tư pháp'])],
      implementation: [{agency: 'UBND các huyện, thị xã', text: 'Triển khai.'}] as Plan['implementation']
    }
    plan.meta = {...plan.meta, date: '2025-08-01'}
    expect(reformDiagnostics(plan).map((message) => message.reason)).toEqual([
      'Kế hoạch ngày 2025-08-01 (sau 01/7/2025, không còn cấp huyện) vẫn giao việc cho “UBND các huyện” (chủ trì nhiệm vụ 1).',
      'Kế hoạch ngày 2025-08-01 (sau 01/7/2025, không còn cấp huyện) vẫn giao việc cho “Phòng Tư pháp” (phối hợp nhiệm vụ 1).',
      'Kế hoạch ngày 2025-08-01 (sau 01/7/2025, không còn cấp huyện) vẫn giao việc cho “cấp huyện” (tên nhiệm vụ 1).',
      'Kế hoạch ngày 2025-08-01 (sau 01/7/2025, không còn cấp huyện) vẫn giao việc cho “UBND các huyện, thị xã” (phần Tổ chức thực hiện).'
    ])
  })

  it('writes a task id as it is, whatever characters it holds', () => {
    const plan: Plan = {...emptyPlan(), tasks: [task("$&$'", 'Việc', ['UBND các huyện'], [])]}
    plan.meta = {...plan.meta, date: '2025-08-01'}
    expect(reformDiagnostics(plan)[0]?.reason).toContain("(chủ trì nhiệm vụ $&$').")
  })
})
