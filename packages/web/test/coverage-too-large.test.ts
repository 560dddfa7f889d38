// Issue 27: the app checks a plan against its scheme under the CLI's bound (coverage-too-large): past
// 20,000 pairs of a task and a group the plan is not checked, with the rule's own message, the same
// rule and words as `kehoach check` (packages/cli/test/coverage-size.test.ts); under it, it is checked.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {emptyPlan, type Plan} from '@kehoach/model'
import {checkPlan, loadScheme, openText} from '../src/engine.js'

const root = new URL('../../../', import.meta.url).pathname
const citing315 = {docType: 'quyet-dinh' as const, number: '315/QĐ-TTg', date: '2024-04-17'}

/** A plan citing the 315 scheme with `count` training tasks. */
function planOf(count: number): Plan {
  const plan = emptyPlan()
  plan.meta.implements.push(citing315)
  for (let index = 1; index <= count; index++)
    plan.tasks.push({
      id: String(index),
      title: `Tập huấn hòa giải viên đợt ${index}`,
      lead: [],
      support: [],
      timeline: null,
      outputs: [],
      children: []
    } as never)
  return plan
}

describe('the app’s check of too many pairs of tasks and groups', () => {
  it('refuses 2,001 tasks against the bundled scheme’s 10 groups, with the rule’s message', () => {
    expect(checkPlan(planOf(2001), [], {kind: 'auto'})).toEqual({
      ok: false,
      reason:
        'Kế hoạch có 2001 nhiệm vụ, Đề án 315/QĐ-TTg có 10 nhóm: quá 20000 cặp nhiệm vụ và nhóm để so từng cặp; không đối chiếu kế hoạch này.'
    })
    expect(checkPlan(planOf(2001), [], {kind: 'bundled', id: '315/QĐ-TTg'}).ok).toBe(false)
  })

  it('counts the tasks under tasks', () => {
    const plan = planOf(1001)
    for (const task of plan.tasks) (task.children as unknown[]).push({...task, children: []})
    const outcome = checkPlan(plan, [], {kind: 'auto'})
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.reason).toMatch(/^Kế hoạch có 2002 nhiệm vụ, .*có 10 nhóm: quá 20000 cặp/u)
  })

  // The 315 scheme with 400 more groups: 410 groups, the CLI's test's scheme file.
  const bundled = readFileSync(`${root}packages/coverage/schemes/315-qd-ttg.yaml`, 'utf8')
  const extra = Array.from(
    {length: 400},
    (_, index) =>
      `  - id: "${index + 100}"\n    title: Nhóm thêm số ${index + 1}\n    scope: all\n    provenance: {status: secondary, source: x}\n    keywords: [tập huấn số ${index + 1}]\n`
  ).join('')
  const custom = loadScheme('nhieu-nhom.yaml', bundled.replace(/^targets:/mu, `${extra}targets:`)).scheme

  it('refuses a scheme file’s 410 groups against 49 tasks, checks 48 (19,680 pairs)', () => {
    expect(custom).toBeDefined()
    const choice = {kind: 'custom' as const, scheme: custom as NonNullable<typeof custom>}
    const over = checkPlan(planOf(49), [], choice)
    expect(over).toEqual({
      ok: false,
      reason:
        'Kế hoạch có 49 nhiệm vụ, Đề án 315/QĐ-TTg có 410 nhóm: quá 20000 cặp nhiệm vụ và nhóm để so từng cặp; không đối chiếu kế hoạch này.'
    })
    const under = checkPlan(planOf(48), [], choice)
    expect(under.ok).toBe(true)
  })

  it('refuses it when a file is opened: the plan is read, the check says why not', async () => {
    const lines = Array.from({length: 2001}, (_, index) => `${index + 1}. Tập huấn hòa giải viên đợt ${index + 1}`)
    const text = `KẾ HOẠCH\nThực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024\n\nII. NHIỆM VỤ\n${lines.join('\n')}\n`
    const opened = await openText('ke-hoach.txt', text, 'text', {kind: 'auto'})
    expect(opened.status).toBe('plan')
    expect(opened.check).toEqual({
      ok: false,
      reason:
        'Kế hoạch có 2001 nhiệm vụ, Đề án 315/QĐ-TTg có 10 nhóm: quá 20000 cặp nhiệm vụ và nhóm để so từng cặp; không đối chiếu kế hoạch này.'
    })
  })
})
