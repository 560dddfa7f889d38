// The DOCX reader on real files (../shared/corpus/files) and on what `render` writes.
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fromYaml, type Task} from '@kehoach/model'
import {planToDocx} from '@kehoach/docx'
import {docxToText, readDocx} from '../src/lib/docx/read.js'
import {readDoc} from '@kehoach/files/node'
import {convertDoc} from '../src/lib/doc-node.js'
import {pathOf, present, read} from '../../../test/corpus.js'

const bytes = (name: string): Uint8Array => readFileSync(pathOf(`files/${name}`))
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], {stdio: 'ignore', timeout: 20_000})
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!present)('real DOCX files', () => {
  const draft = 'lao-cai-ubnd-kh-chi-thi-11-draft-2026.docx'
  it('the header table in reading order, no drawing offsets, body labels as Word shows them', () => {
    const layer = docxToText(bytes(draft))
    const lines = layer.text.split('\n')
    expect(lines.slice(0, 8).map((line) => line.replace(/\s+/gu, ' '))).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      '|',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số: /KH-UBND',
      '|',
      'Lào Cai, ngày tháng năm 2026'
    ])
    expect(lines.filter((line) => /^[IV]+\. /u.test(line))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      'V. CHẾ ĐỘ BÁO CÁO'
    ])
    expect(
      lines
        .filter((line) => /^\d+\. /u.test(line))
        .map((line) => line.split(' ')[0])
        .slice(0, 10)
    ).toEqual(['1.', '2.', '1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.'])
    expect(layer.text).not.toMatch(/\d{7,}/u)
  })
  it('the footnote comes back apart from the body', () => {
    const layer = docxToText(bytes(draft))
    expect(layer.notes).toHaveLength(1)
    expect(layer.notes[0]?.text).toMatch(/^Đặc biệt: Luật Địa chất và khoáng sản/u)
    expect(layer.text).not.toContain('Đặc biệt: Luật Địa chất')
    expect(layer.messages.map((message) => message.ruleId)).toEqual(['docx-footnotes'])
  })
  it('the appendix table rows are the rows of the portal text taken from it', () => {
    const rows = (text: string): string[] =>
      text
        .split('\n')
        .filter((line) => line.includes(' | '))
        .map((line) => line.replace(/\s+/gu, ' ').trim())
    const portal = rows(read('plans/lao-cai-draft-kh-ubnd-chi-thi-11-2026.txt')).filter(
      (line) => !/Nơi nhận|CỘNG HÒA|KH-UBND/u.test(line)
    )
    expect(portal.length).toBeGreaterThan(10)
    expect(rows(docxToText(bytes(draft)).text)).toEqual(portal)
  })
  it.each(['lao-cai-sct-kh-2242-2026.docx', 'lao-cai-sct-kh-3898-2026.docx'])(
    '%s: header cells, labels and the task table',
    (name) => {
      const lines = docxToText(bytes(name)).text.split('\n')
      expect(lines.slice(0, 7)).toEqual([
        'UBND TỈNH LÀO CAI',
        '|',
        'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        '|',
        'SỞ CÔNG THƯƠNG',
        '|',
        'Độc lập - Tự do - Hạnh phúc'
      ])
      expect(lines.filter((line) => /^[IV]+\. /u.test(line))).toEqual([
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. NỘI DUNG',
        'III. TỔ CHỨC THỰC HIỆN'
      ])
      expect(lines).toContain('TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú')
      expect(lines.some((line) => /^1\. \| Rà soát việc đáp ứng/u.test(line))).toBe(true)
      expect(lines.join('\n')).not.toMatch(/\d{7,}/u)
    }
  )
  it('the plan reader gets the header and the tasks, with positions in paragraphs', () => {
    const {plan} = readDocx(bytes(draft), {file: draft})
    expect(plan.meta.issuer).toBe('Ủy ban nhân dân tỉnh Lào Cai')
    expect(plan.tasks.map((task) => task.title.slice(0, 30))).toContain('Công tác tuyên truyền, phổ biế')
    // "II. NHIỆM VỤ" is paragraph 26 of the document; its first task the next one.
    expect(plan.tasks[0]?.position?.start.line).toBeGreaterThan(20)
  })
  it.skipIf(!hasSoffice)('a Word 97 .doc through LibreOffice: header cells, labels, plan', async () => {
    const converted = await convertDoc(bytes('bct-tt-15-2026.doc'))
    if (!converted.ok) throw new Error(converted.message.reason)
    const lines = docxToText(converted.docx).text.split('\n')
    expect(lines.slice(0, 10)).toEqual([
      'BỘ CÔNG THƯƠNG',
      '-------',
      '|',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      'Số: 15/2026/TT-BCT',
      '|',
      'Hà Nội, ngày 25 tháng 3 năm 2026'
    ])
    expect(lines.filter((line) => /^[a-zđ]\) /u.test(line)).map((line) => line.slice(0, 2))).toEqual(
      expect.arrayContaining(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)'])
    )
    const {plan, messages} = await readDoc(bytes('bct-tt-15-2026.doc'), {file: 'bct-tt-15-2026.doc'})
    expect(messages[0]?.ruleId).toBe('doc-converted')
    expect(plan.meta.number).toMatch(/15\/2026/u)
  })
})

describe.skipIf(!present)('real DOCX files with every XML part indented, one element a line', () => {
  // Whitespace between elements is in no XML budget but counts in the bytes of all parts read
  // (16 MiB): indented, the largest file of the corpus reads 0.93 MB instead of 0.65 MB.
  const PARTS = [
    'word/document.xml',
    'word/styles.xml',
    'word/numbering.xml',
    'word/footnotes.xml',
    'word/endnotes.xml'
  ]
  /** `xml` with a line end and two spaces a level before every tag that follows a tag, but inside no text element. */
  function indent(xml: string): string {
    let depth = 0
    let previous: 'tag' | 'text' | 'text-open' = 'text'
    let out = ''
    for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/gu)) {
      if (!token.startsWith('<')) {
        out += token
        previous = 'text'
        continue
      }
      const closing = token.startsWith('</')
      if (closing) depth--
      if (previous === 'tag' && !token.startsWith('<?')) out += `\n${'  '.repeat(Math.max(0, depth))}`
      out += token
      const opening = !closing && !token.startsWith('<?') && !token.endsWith('/>')
      if (opening) depth++
      previous = opening && /^<w:(t|delText|instrText)[\s>]/u.test(token) ? 'text-open' : 'tag'
    }
    return out
  }
  const files = present ? readdirSync(pathOf('files')).filter((name) => name.endsWith('.docx')) : []
  it.each(files)('%s reads as written', (name) => {
    const original = bytes(name)
    const parts = unzipSync(original)
    let added = 0
    for (const part of PARTS) {
      const data = parts[part]
      if (!data) continue
      const xml = strFromU8(data)
      const indented = indent(xml)
      added += indented.length - xml.length
      parts[part] = strToU8(indented)
    }
    expect(added).toBeGreaterThan(10_000)
    const before = docxToText(original)
    const after = docxToText(zipSync(parts))
    expect(after.messages).toEqual(before.messages)
    expect(after.text).toBe(before.text)
    expect(after.notes).toEqual(before.notes)
  })
})

describe('reading back what render writes', () => {
  const examples = readdirSync(new URL('../../../examples/', import.meta.url)).filter((name) => name.endsWith('.yaml'))
  const flat = (tasks: Task[]): Task[] => tasks.flatMap((task) => [task, ...flat(task.children ?? [])])
  it.each(examples)('%s → planToDocx → readDocx keeps the header, title and tasks', async (name) => {
    const {plan} = fromYaml(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'))
    const back = readDocx(await planToDocx(plan)).plan
    for (const field of ['issuer', 'number', 'place', 'date', 'title'] as const)
      expect(back.meta[field], field).toEqual(plan.meta[field])
    const [before, after] = [flat(plan.tasks), flat(back.tasks)]
    expect(after.map((task) => task.title)).toEqual(before.map((task) => task.title))
    expect(after.map((task) => task.timeline?.text)).toEqual(before.map((task) => task.timeline?.text))
    // Lead agencies go through the text reader's agency splitting, as with portal text.
    const leads = after.filter(
      (task, index) => JSON.stringify(task.lead) === JSON.stringify(before[index]?.lead)
    ).length
    expect(leads).toBeGreaterThanOrEqual(before.length - 2)
  })
})
