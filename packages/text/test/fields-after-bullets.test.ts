// Issue 29: fields written after several bullets ("- a", "- b", then "Đơn vị thực hiện: ….
// Đơn vị phối hợp: …. Thời gian: …") belong to the task above the bullets, not to its last bullet.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {agencyName} from '@kehoach/vietnamese'
import {parseText} from '@kehoach/text'

const text = readFileSync(new URL('fixtures/fields-after-bullets.txt', import.meta.url), 'utf8')

describe('fields after several bullets', () => {
  const {plan} = parseText(text, {file: 'fields-after-bullets.txt'})
  const task = plan.tasks[0]!

  it('belong to the task above the bullets', () => {
    expect(task.lead.map(agencyName)).toEqual(['Sở Tư pháp'])
    expect(task.support.map(agencyName)).toEqual(['Hội Luật gia tỉnh'])
    expect(task.timeline).toMatchObject({kind: 'recurring'})
  })

  it('leave the bullets as the task’s items, without fields', () => {
    expect(task.children.map((child) => child.label)).toEqual(['-', '-'])
    for (const child of task.children) {
      expect(child.lead).toEqual([])
      expect(child.timeline).toBeNull()
    }
  })

  it('a single bullet with its own fields keeps them', () => {
    expect(plan.tasks[1]!.lead.map(agencyName)).toEqual(['Sở Tư pháp'])
  })
})
