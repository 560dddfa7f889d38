// The web app and the CLI write the same plan as the same YAML (issue 29, closing check): a list
// item's `label` before its `text`, whichever reader made the plan, and a cited document quoted whole.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {emptyPlan} from '@kehoach/model'
import {toMarkdown} from '@kehoach/text'
import {fromYaml} from '@kehoach/model'
import {checkPlan, editDraft, exportPlan, openText} from '../src/engine.js'
import {cli} from '../../cli/test/run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')

describe('YAML from the web app and from the CLI', () => {
  it('the bundled example opened in the app gives the YAML `kehoach parse -f yaml` prints', async () => {
    const text = readFileSync(example, 'utf8')
    const printed = await cli('parse', example, '--format', 'yaml')
    expect(printed.code).toBe(0)
    const opened = await openText('ninh-binh-315.yaml', text, 'yaml', {kind: 'auto'})
    expect(exportPlan(opened.plan!, 'yaml')).toBe(printed.stdout)
  })

  it('edited as Markdown in the draft editor, the example still gives that YAML', async () => {
    const printed = await cli('parse', example, '--format', 'yaml')
    const markdown = toMarkdown(fromYaml(readFileSync(example, 'utf8'), {file: example}).plan)
    const draft = editDraft(markdown, 'md', '315/QĐ-TTg')
    expect(exportPlan(draft.plan, 'yaml')).toBe(printed.stdout)
  })
})

describe('the app’s check of a plan implementing a scheme it does not know', () => {
  it('quotes the cited decision with its kind and number, not the sentence around a law’s name', () => {
    const plan = emptyPlan()
    plan.meta.implements.push(
      {
        docType: 'quyet-dinh',
        number: '903/QĐ-TTg',
        date: '2026-02-02',
        text: 'Quyết định số 903/QĐ-TTg ngày 02 tháng 02 năm 2026 của Thủ tướng Chính phủ'
      },
      {docType: 'luat', number: null, date: null, text: 'Luật Đo lường. Ủy ban nhân dân tỉnh ban hành Kế hoạch'}
    )
    plan.tasks.push({id: '1', title: 'Tuyên truyền nội dung của Luật', lead: [], support: [], items: []} as never)
    const outcome = checkPlan(plan, [], {kind: 'auto'})
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.reason).toContain('(kế hoạch ghi: Quyết định số 903/QĐ-TTg)')
  })
})
