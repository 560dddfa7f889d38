// Issue 29: targets are said once, in the words, in every form (YAML, Markdown, the web
// editor's drafts); what the words say is what `check` compares.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {coverage, draftPlan, findScheme} from '@kehoach/coverage'
import {fromYaml, toYaml} from '@kehoach/model'
import {fromMarkdown, toMarkdown} from '@kehoach/text'
import {draftText} from '../packages/cli/src/lib/init.js'

const example = readFileSync(new URL('../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')
const scheme = findScheme('315/QĐ-TTg')!

/** The plan's rate target (tỷ lệ hòa giải thành) as `check` reads it. */
function rateOf(text: string, read: (text: string) => ReturnType<typeof fromMarkdown>) {
  const {plan, messages} = read(text)
  return {
    values: plan.targets
      .filter((target) => /hòa giải thành/u.test(target.text) && !/điểm/u.test(target.text))
      .map((target) => target.value),
    messages
  }
}

describe('targets said once', () => {
  it('Markdown written from a read plan has no targets list: editing the words changes what is checked', () => {
    const {plan} = fromYaml(example)
    const markdown = toMarkdown(plan)
    expect(markdown).not.toMatch(/^targets:/mu)
    const edited = markdown.replace('đạt từ 85% trở lên', 'đạt từ 80% trở lên')
    expect(edited).not.toBe(markdown)
    expect(rateOf(edited, (text) => fromMarkdown(text)).values).toEqual([80])
  })

  it('YAML written from a plan whose targets are its words has no targets list', () => {
    const {plan} = fromYaml(example)
    const yaml = toYaml(plan)
    expect(yaml).not.toMatch(/^targets:/mu)
    expect(rateOf(yaml.replace('đạt từ 85% trở lên', 'đạt từ 80% trở lên'), (text) => fromYaml(text)).values).toEqual([
      80
    ])
  })

  it('an init draft in Markdown: lowering 85% to 75% in the words is what check reads', async () => {
    const plan = draftPlan(scheme, {issuer: 'Ủy ban nhân dân tỉnh Ninh Bình', date: '2026-03-02'})
    const {text} = await draftText(plan, true)
    expect(text).not.toMatch(/^targets:/mu)
    // Only the front matter a person needs: nothing empty, null or default.
    const front = text.slice(0, text.indexOf('\n---', 4))
    expect(front).not.toMatch(/: null$|: \[\]$|^docType: ke-hoach$/mu)
    const edited = text.replace('đạt từ 85% trở lên', 'đạt từ 75% trở lên')
    expect(edited).not.toBe(text)
    const read = fromMarkdown(edited)
    const report = coverage(read.plan, scheme)
    expect(report.targets.filter((target) => target.status === 'weaker').length).toBeGreaterThan(0)
  })

  it('an old draft with `targets: []` reads its targets from the words', () => {
    const {plan} = fromYaml(example)
    const markdown = toMarkdown(plan).replace(/^---\n/u, '---\ntargets: []\n')
    expect(rateOf(markdown, (text) => fromMarkdown(text)).values).toEqual([85])
    expect(rateOf(`targets: []\n${example}`, (text) => fromYaml(text)).values).toEqual([85])
  })

  it('Markdown whose front matter targets disagree with its words is an error, as in YAML', () => {
    const {plan} = fromYaml(example)
    const markdown = toMarkdown({...plan, targets: plan.targets.map((target) => ({...target, position: undefined}))})
    const front = markdown.replace(
      /^---\n/u,
      `---\ntargets:\n  - {text: "tỷ lệ hòa giải thành 85%", value: 85, unit: "%", comparator: ">="}\n`
    )
    const {messages} = fromMarkdown(front.replace('đạt từ 85% trở lên', 'đạt từ 80% trở lên'))
    expect(messages.map((message) => message.ruleId)).toContain('targets-disagree')
  })
})
