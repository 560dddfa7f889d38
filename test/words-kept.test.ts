// Issue 29: a plan that was read is written with its words as written, everywhere: DOCX,
// Markdown and the redline's base. The agency fields and "Tổ chức thực hiện" items of a
// plan in our own words.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml, stripPositions, type Plan} from '@kehoach/model'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {planToDocx, redlineToDocx} from '@kehoach/docx'
import {all, parse, parts, textOf} from './ooxml.js'

const words = readFileSync(new URL('../packages/text/test/fixtures/words-kept.txt', import.meta.url), 'utf8')

/** The paragraphs of a DOCX as text, deleted runs left out (what "accept all changes" leaves). */
async function paragraphsOf(bytes: Uint8Array): Promise<string[]> {
  const xml = (parts(bytes)['word/document.xml'] as string).replace(/<w:del\b[\s\S]*?<\/w:del>/gu, '')
  return all(parse(xml), 'p').map(textOf)
}

const WRITTEN = [
  'Cơ quan chủ trì: Ủy ban nhân dân tỉnh (Sở Tư pháp tham mưu UBND tỉnh)',
  'Cơ quan phối hợp: Sở Nội vụ; Sở Tài chính; Công an tỉnh',
  'Cơ quan chủ trì: Sở Tư pháp và Sở Nội vụ',
  '1. Sở Tư pháp: Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này.'
]

describe('words kept on the way out', () => {
  const {plan} = parseText(words, {file: 'words-kept.txt'})

  it('the reader keeps the fields as written beside their agencies', () => {
    expect(plan.tasks[0]).toMatchObject({leadText: 'Ủy ban nhân dân tỉnh (Sở Tư pháp tham mưu UBND tỉnh)'})
    // Words that are the list's own wording ("A; B; C") are not kept twice.
    expect(plan.tasks[0]?.supportText).toBeUndefined()
    expect(plan.tasks[1]).toMatchObject({lead: ['Sở Tư pháp', 'Sở Nội vụ'], leadText: 'Sở Tư pháp và Sở Nội vụ'})
    expect(plan.implementation[0]).toMatchObject({agency: 'Sở Tư pháp', inline: true})
  })

  it('DOCX', async () => {
    const paragraphs = await paragraphsOf(await planToDocx(plan))
    for (const line of WRITTEN)
      expect(
        paragraphs.some((each) => each.includes(line)),
        line
      ).toBe(true)
  })

  it('Markdown, and reading it back gives the same plan', () => {
    const markdown = toMarkdown(plan)
    for (const line of WRITTEN.slice(0, 3)) expect(markdown).toContain(line)
    expect(markdown).toContain('Sở Tư pháp: Chủ trì, theo dõi')
    const back = fromMarkdown(markdown).plan
    expect(
      stripPositions(back).tasks.map((task) => [task.lead, task.leadText, task.support, task.supportText])
    ).toEqual(stripPositions(plan).tasks.map((task) => [task.lead, task.leadText, task.support, task.supportText]))
  })

  it('the redline base: unchanged agencies keep their words', async () => {
    const after: Plan = structuredClone(plan)
    after.tasks[1]!.title = 'Tổ chức tập huấn chuyên sâu cho hòa giải viên'
    const paragraphs = await paragraphsOf(await redlineToDocx(plan, after))
    for (const line of WRITTEN)
      expect(
        paragraphs.some((each) => each.includes(line)),
        line
      ).toBe(true)
  })

  it('an edit of the structure alone is written as the structure says', async () => {
    const after: Plan = structuredClone(plan)
    after.tasks[1]!.lead = ['Sở Tư pháp']
    const paragraphs = await paragraphsOf(await planToDocx(after))
    expect(paragraphs).toContain('- Cơ quan chủ trì: Sở Tư pháp.')
    expect(toMarkdown(after)).toContain('Cơ quan chủ trì: Sở Tư pháp\n')
  })

  it('a YAML plan with the words beside the list writes the words', async () => {
    const yaml =
      'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\ntasks:\n  - title: Tập huấn\n    lead: [Sở Tư pháp, Sở Nội vụ]\n    leadText: Sở Tư pháp và Sở Nội vụ\n'
    const read = fromYaml(yaml)
    expect(read.messages.filter((message) => message.fatal)).toEqual([])
    const paragraphs = await paragraphsOf(await planToDocx(read.plan))
    expect(paragraphs.some((each) => each.includes('Cơ quan chủ trì: Sở Tư pháp và Sở Nội vụ.'))).toBe(true)
  })
})
