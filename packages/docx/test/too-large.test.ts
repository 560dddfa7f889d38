// Issue 27: a generated 1 MB text plan of 7,600 tasks (21,000 paragraphs) took 2.3-2.6 s and 346 MB
// to render, all of it in building the Word file whole. `renderDiagnostics` refuses a plan longer
// than any real one (`render-too-large`) before it is built; the CLI, the web app and `diff -f docx`
// ask it first.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml, type Plan, type Task} from '@kehoach/model'
import {renderDiagnostics} from '@kehoach/docx'

const example = readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')

/** The example with `count` tasks of a title, a lead and a timeline line each (3 paragraphs). */
function withTasks(count: number): Plan {
  const {plan} = fromYaml(example)
  const task = plan.tasks[0] as Task
  plan.tasks = Array.from({length: count}, (_, index) => ({
    ...task,
    id: `III.${index + 1}`,
    label: `${index + 1}.`,
    title: `Nhiệm vụ số ${index + 1}`,
    body: null,
    support: [],
    supportText: null,
    output: null,
    children: [],
    position: {start: {line: index + 10, column: 1}, end: {line: index + 10, column: 20}}
  }))
  return plan
}

describe('render-too-large', () => {
  it('refuses a plan of more than 6,000 paragraphs, at the task that passes them', () => {
    const messages = renderDiagnostics(withTasks(2100), {file: 'lon.txt'})
    expect(messages.map((message) => message.ruleId)).toEqual(['render-too-large'])
    const [message] = messages
    expect(message?.fatal).toBe(true)
    expect(message?.file).toBe('lon.txt')
    expect(message?.reason).toMatch(/^Kế hoạch có \d+ đoạn, quá 6000 đoạn/u)
    // The count holds the tasks' 6,300 lines and the rest of the example's body.
    expect(Number(/có (\d+) đoạn/u.exec(message?.reason ?? '')?.[1])).toBeGreaterThan(6300)
    // 3 lines a task, after some tens of paragraphs before the tasks: the task near the 2,000th.
    const line = message?.place && 'start' in message.place ? message.place.start.line : 0
    expect(line - 10).toBeGreaterThan(1950)
    expect(line - 10).toBeLessThan(2000)
  })

  // A blind tester's DOCX of 29,500 plain paragraphs (the preamble of a plan with no tasks): 3.7 s, 410 MB.
  it('counts the text before the tasks too, and says where it passes the limit', () => {
    const {plan} = fromYaml(example)
    plan.preamble = Array.from({length: 6100}, (_, index) => ({
      text: `Đoạn ${index + 1} của phần mở đầu.`,
      position: {start: {line: index + 1, column: 1}, end: {line: index + 1, column: 30}}
    }))
    const [message, ...rest] = renderDiagnostics(plan)
    expect(rest).toEqual([])
    expect(message?.ruleId).toBe('render-too-large')
    const line = message?.place && 'start' in message.place ? message.place.start.line : 0
    expect(line).toBeGreaterThan(5950)
    expect(line).toBeLessThanOrEqual(6000)
  })

  it('lets a plan of 1,900 such tasks through, and the example', () => {
    expect(renderDiagnostics(withTasks(1900)).map((message) => message.ruleId)).not.toContain('render-too-large')
    expect(renderDiagnostics(fromYaml(example).plan)).toEqual([])
  })
})
