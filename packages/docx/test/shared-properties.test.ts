// Issue 27: a plan of 16,000 paragraphs spent a third of its writing preparing the same run and
// paragraph properties (fonts on four slots, language, sizes, spacing) for XML again and again.
import {readFileSync} from 'node:fs'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {ParagraphProperties, RunProperties} from 'docx'
import {fromYaml, type Task} from '@kehoach/model'
import {planToDocx} from '@kehoach/docx'
import {all, parse, parts} from '../../../test/ooxml.js'

const example = readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('run and paragraph properties', () => {
  it('are prepared once a document for all runs and paragraphs of the same options, and written on each', async () => {
    const {plan} = fromYaml(example)
    const task = plan.tasks[0] as Task
    plan.tasks = Array.from({length: 300}, (_, index) => ({
      ...task,
      id: `III.${index + 1}`,
      label: `${index + 1}.`,
      body: 'Một dòng.\nHai dòng.'
    }))
    const runs = vi.spyOn(RunProperties.prototype, 'prepForXml')
    const paragraphs = vi.spyOn(ParagraphProperties.prototype, 'prepForXml')
    const doc = parse(parts(await planToDocx(plan))['word/document.xml'] as string)
    const written = all(doc, 'r').filter((run) => all(run, 't').length > 0)
    expect(written.length).toBeGreaterThan(1_500)
    expect(runs.mock.calls.length).toBeLessThan(100)
    expect(paragraphs.mock.calls.length).toBeLessThan(100)
    // Each run still carries its own fonts, language and size.
    for (const run of written) {
      expect(all(run, 'rFonts')).toHaveLength(1)
      expect(all(run, 'lang')).toHaveLength(1)
      expect(all(run, 'sz')).toHaveLength(1)
    }
  })
})
