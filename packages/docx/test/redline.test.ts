import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseText} from '@kehoach/text'
import {planToDocx, redlineToDocx} from '@kehoach/docx'
import type {Element} from '@xmldom/xmldom'
import {all, attr, parse, parts, textOf} from '../../../test/ooxml.js'
import {present, read} from '../../../test/corpus.js'
import {vinhPhucVersion2} from '../../../test/versions.js'

const deletedText = (node: Element) =>
  all(node, 'delText')
    .map((t) => t.textContent ?? '')
    .join('')
const insertedText = (node: Element) => all(node, 'ins').map(textOf).join('')

/** The text of each paragraph once every change is accepted: deletions gone, insertions kept, deleted paragraph marks merged away. */
function accepted(body: Element): string[] {
  return all(body, 'p')
    .filter((p) => {
      const mark = all(p, 'pPr')[0]
      const deletedMark = mark ? all(mark, 'del').length > 0 : false
      return !(deletedMark && textOf(p) === '')
    })
    .map(textOf)
}

/** …and once every change is rejected: insertions gone, deletions back. */
function rejected(body: Element): string[] {
  return all(body, 'p')
    .filter((p) => {
      const mark = all(p, 'pPr')[0]
      return !(mark && all(mark, 'ins').length > 0)
    })
    .map((p) => {
      let text = ''
      for (const node of all(p, 'r')) {
        const parent = node.parentNode as Element | null
        if (parent?.localName === 'ins') continue
        text +=
          parent?.localName === 'del'
            ? all(node, 'delText')
                .map((t) => t.textContent ?? '')
                .join('')
            : all(node, 't')
                .map((t) => t.textContent ?? '')
                .join('')
      }
      return text
    })
}

describe.runIf(present)('the redline of the Vĩnh Phúc plan, version 2 against version 1', async () => {
  const text = read('vinh-phuc-147-kh-ubnd-2024.txt')
  const before = parseText(text).plan
  const after = parseText(present ? vinhPhucVersion2(text) : text).plan
  const bytes = await redlineToDocx(before, after, {author: 'Sở Tư pháp', date: '2026-11-21T08:00:00Z'})
  const files = parts(bytes)
  const doc = parse(files['word/document.xml'] as string)
  const body = all(doc, 'body')[0]!

  it('holds real tracked changes with author, date and unique ids; settings turn tracking on', () => {
    const changes = [...all(doc, 'ins'), ...all(doc, 'del')]
    expect(changes.length).toBeGreaterThan(5)
    const ids = changes.map((node) => attr(node, 'id'))
    expect(new Set(ids).size).toBe(ids.length)
    for (const node of changes) {
      expect(attr(node, 'author')).toBe('Sở Tư pháp')
      expect(attr(node, 'date')).toBe('2026-11-21T08:00:00Z')
    }
    expect(files['word/settings.xml']).toMatch(/<w:trackRevisions\/>/u)
  })

  it('shows the four changes: agency replaced, task deleted, milestone moved, task inserted', () => {
    const paragraphs = all(body, 'p')
    const lead = paragraphs.find((p) => insertedText(p).includes('Sở Nội vụ'))!
    expect(deletedText(lead)).toBe('Sở Tư pháp')
    expect(textOf(lead)).toMatch(/^- Cơ quan chủ trì: /u)
    const removedTitle = paragraphs.find((p) => deletedText(p).includes('Tổ chức hội thi hòa giải viên giỏi'))!
    expect(textOf(removedTitle)).toBe('')
    const milestone = paragraphs.find((p) => textOf(p).startsWith('+ Sơ kết:'))!
    expect(deletedText(milestone)).toMatch(/2026/u)
    expect(insertedText(milestone)).toMatch(/2027/u)
    const added = paragraphs.find((p) => insertedText(p).includes('Ứng dụng trí tuệ nhân tạo'))!
    expect(added).toBeDefined()
    // Nothing else is marked: every other paragraph has no change in it.
    const marked = paragraphs.filter((p) => all(p, 'ins').length + all(p, 'del').length > 0)
    const allowed = (p: Element) => [lead, milestone].includes(p) || deletedText(p) !== '' || insertedText(p) !== ''
    expect(marked.every(allowed)).toBe(true)
    const touched = marked.filter((p) => ![lead, milestone].includes(p))
    // The removed task (title, lead, support, timeline) and the added one (title, lead, timeline).
    expect(touched.length).toBe(4 + 3)
  })

  it('accepting every change gives the new version, rejecting every change the old one', async () => {
    const plainNew = parse(parts(await planToDocx(after))['word/document.xml'] as string)
    expect(accepted(body)).toEqual(all(all(plainNew, 'body')[0]!, 'p').map(textOf))
    const plainOld = parse(parts(await planToDocx(before))['word/document.xml'] as string)
    const oldTexts = new Set(
      all(plainOld, 'p')
        .map(textOf)
        .map((line) => line.replace(/^\d+\. /u, ''))
    )
    // Rejecting restores the old task lines (the renumbered task keeps its new number, which is not a change).
    for (const line of rejected(body)) expect(oldTexts.has(line.replace(/^\d+\. /u, '')), line).toBe(true)
  })

  const clients = spawnSync('sh', ['-c', 'command -v soffice'], {stdio: 'ignore'}).status === 0
  it.runIf(clients)(
    'opens in LibreOffice',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'kehoach-redline-'))
      const file = join(dir, 'redline.docx')
      writeFileSync(file, bytes)
      const result = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file
        ],
        {encoding: 'utf8', timeout: 120_000}
      )
      expect(result.status, result.stderr).toBe(0)
      const pdf = execFileSync('pdftotext', [join(dir, 'redline.pdf'), '-'], {encoding: 'utf8'}).replace(/\s+/gu, '')
      expect(pdf).toContain('SởNộivụ')
      expect(pdf).toContain('Ứngdụngtríthuệ'.replace('thuệ', 'tuệ'))
    },
    180_000
  )
})
