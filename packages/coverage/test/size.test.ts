// Issue 27: `coverage` bounds its own work. Past 20,000 pairs of a task (at any level) and a group
// (sub-groups too) it refuses the plan before any work, with the rule coverage-too-large, so the
// CLI's check and review and the web app share one limit and one message.
import {describe, expect, it} from 'vitest'
import {emptyPlan, type Plan} from '@kehoach/model'
import {coverage, findScheme, readScheme} from '@kehoach/coverage'

function planOf(count: number): Plan {
  const plan = emptyPlan()
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

describe('coverage past its bound', () => {
  const scheme = findScheme('315/QĐ-TTg')
  if (!scheme) throw new Error('the 315 scheme is bundled')

  it('throws a RangeError carrying the located diagnostic, its reason as the message', () => {
    const plan = planOf(2001)
    plan.meta.position = {start: {line: 1, column: 1}, end: {line: 1, column: 9}}
    let thrown: unknown
    try {
      coverage(plan, scheme, {file: 'ke-hoach.txt'})
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RangeError)
    const message =
      'Kế hoạch có 2001 nhiệm vụ, Đề án 315/QĐ-TTg có 10 nhóm: quá 20000 cặp nhiệm vụ và nhóm để so từng cặp; không đối chiếu kế hoạch này.'
    expect((thrown as Error).message).toBe(message)
    expect((thrown as {diagnostic: unknown}).diagnostic).toMatchObject({
      ruleId: 'coverage-too-large',
      fatal: true,
      reason: message,
      file: 'ke-hoach.txt',
      place: plan.meta.position
    })
  })

  it('counts sub-tasks, and reports at 20,000 pairs exactly', () => {
    const plan = planOf(1000)
    for (const task of plan.tasks) (task.children as unknown[]).push({...task, id: `${task.id}.1`, children: []})
    expect(coverage(plan, scheme).items.length).toBeGreaterThan(0)
    plan.tasks.push({...(plan.tasks[0] as object), id: '1001', children: []} as never)
    expect(() => coverage(plan, scheme)).toThrow(/^Kế hoạch có 2001 nhiệm vụ/u)
  })
})

describe('coverage past the words of a scheme', () => {
  // A fifth blind tester: a scheme file's phrases were counted by nothing; 9,074 three-word terms
  // against 2,000 tasks took 3.9 s. Tasks times the words of the phrases are bounded at 3 million.
  const terms = '      - hòa giải viên\n'.repeat(1300)
  const {scheme} = readScheme(
    `id: "999/QĐ-TTg"\nshort: "999"\ndocType: quyet-dinh\nissuer: TTg\ndate: 2024-01-01\ntitle: T\nperiod: {from: 2024, to: 2030}\nprovenance: {status: confirmed, source: s}\nconcepts:\n  c:\n    source: s\n    terms:\n${terms}groups:\n  - {id: "1", title: A, scope: all, provenance: {status: confirmed, source: s}, concepts: [[c]], keywords: [tập huấn]}\n`
  )
  if (!scheme) throw new Error('the scheme reads')

  it('3,902 words: 768 tasks are checked, 769 refused with coverage-words-too-large', () => {
    expect(coverage(planOf(768), scheme).items).toHaveLength(1)
    let thrown: unknown
    try {
      coverage(planOf(769), scheme, {file: 'k.txt'})
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RangeError)
    expect((thrown as {diagnostic: {ruleId: string; reason: string}}).diagnostic).toMatchObject({
      ruleId: 'coverage-words-too-large',
      reason:
        'Kế hoạch có 769 nhiệm vụ, Đề án 999/QĐ-TTg có 3902 từ nhận diện (terms, keywords): quá 3000000 lượt tìm một từ trong một nhiệm vụ; không đối chiếu kế hoạch này.'
    })
  })

  it('the 315 scheme against 2,000 tasks (the pairs allow no more) is within it', () => {
    const scheme315 = findScheme('315/QĐ-TTg')
    if (!scheme315) throw new Error('the 315 scheme is bundled')
    expect(coverage(planOf(2000), scheme315).items.length).toBeGreaterThan(0)
  })
})
