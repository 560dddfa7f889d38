// What a reviewer reads from `check` and `review` (issue 29, closing check): the scheme's targets
// as the scheme words them, never its internal ids ("MT3.huyen"), and a cited document quoted as
// a whole reference (its kind and number), never a fragment of the sentence around it.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {SCHEMES} from '@kehoach/coverage'
import {pathOf, present} from '../../../test/corpus.js'
import {parts} from '../../../test/ooxml.js'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')
const dir = mkdtempSync(join(tmpdir(), 'kehoach-reviewer-words-'))
const scheme = SCHEMES.find((entry) => entry.id === '315/QĐ-TTg')!

/** The text of a DOCX body, its runs joined, tags dropped. */
function docxText(file: string): string {
  const xml = parts(readFileSync(file))['word/document.xml'] ?? ''
  return xml.replace(/<\/w:p>/gu, '\n').replace(/<[^>]+>/gu, '')
}

/** True when `text` names a target by its id, as a word of its own. */
function namesAnId(text: string): string | undefined {
  return scheme.targets
    .map((target) => target.id)
    .find((id) => new RegExp(`(?<![\\p{L}\\p{N}.])${id.replace(/\./gu, '\\.')}(?![\\p{L}\\p{N}])`, 'u').test(text))
}

describe('check and review show the scheme targets in the scheme’s words', () => {
  it('text, Markdown and DOCX name no target id and print each target’s whole wording', async () => {
    const outputs: Array<[string, string]> = []
    const text = await cli('check', example)
    outputs.push(['text', text.stdout])
    const markdown = await cli('check', example, '--format', 'md')
    outputs.push(['md', markdown.stdout])
    const docx = join(dir, 'check.docx')
    expect((await cli('check', example, '--format', 'docx', '-o', docx)).code).toBe(0)
    outputs.push(['docx', docxText(docx)])
    for (const [format, out] of outputs) {
      expect(namesAnId(out), format).toBeUndefined()
      // Two targets that share their first words ("… tập huấn viên cấp huyện/cấp tỉnh …") are told apart.
      for (const target of scheme.targets)
        expect(out.replace(/\s+/gu, ' '), `${format}: ${target.id}`).toContain(target.text)
    }
  })

  it('JSON keeps the ids as data', async () => {
    const json = await cli('check', example, '--format', 'json')
    const report = JSON.parse(json.stdout) as {targets: Array<{id: string}>}
    expect(report.targets.map((target) => target.id)).toEqual(scheme.targets.map((target) => target.id))
  })

  it('review (text, Markdown, CSV) names no target id', async () => {
    const text = await cli('review', example)
    expect(namesAnId(text.stdout)).toBeUndefined()
    for (const format of ['md', 'csv']) {
      const file = join(dir, `review.${format}`)
      expect((await cli('review', example, '-o', file)).code).toBe(0)
      expect(namesAnId(readFileSync(file, 'utf8')), format).toBeUndefined()
    }
  })
})

describe('a plan implementing a scheme kehoach does not know', () => {
  // A decision cited with its number, then a law cited by name in the same sentence: the name's
  // end is not marked, so what follows "Luật" is not a reference to quote.
  const plan = join(dir, 'luat.md')
  writeFileSync(
    plan,
    [
      'ỦY BAN NHÂN DÂN TỈNH SƠN LÂM',
      '',
      'Số: 12/KH-UBND',
      '',
      'Sơn Lâm, ngày 03 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Triển khai thi hành Luật Đo lường sửa đổi trên địa bàn tỉnh',
      '',
      'Thực hiện Quyết định số 903/QĐ-TTg ngày 02 tháng 02 năm 2026 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đo lường. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai với các nội dung sau:',
      '',
      'I. NHIỆM VỤ',
      '',
      '1. Tuyên truyền nội dung của Luật',
      '',
      '- Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
      ''
    ].join('\n')
  )

  it('quotes the cited decision with its kind and number, and no fragment of the sentence', async () => {
    const result = await cli('check', plan)
    expect(result.code).toBe(1)
    const line = result.stderr.split('\n').find((each) => each.includes('[unknown-scheme]')) ?? ''
    expect(line).toContain('(kế hoạch ghi: Quyết định số 903/QĐ-TTg)')
    expect(line).not.toContain('Ủy ban nhân dân tỉnh ban hành')
  })

  it.skipIf(!present)(
    'the corpus plan of Lai Châu: its decision, not the law’s words run on into the next sentence',
    async () => {
      const file = pathOf('plans/lai-chau-7360-kh-ubnd-2025.md')
      const result = await cli('check', file)
      const line = result.stderr.split('\n').find((each) => each.includes('[unknown-scheme]')) ?? ''
      expect(line).toMatch(/\(kế hoạch ghi: Quyết định số 2138\/QĐ-TTg\)/u)
    }
  )

  it('checked against a chosen scheme, the finding that the plan cites another quotes it whole too', async () => {
    const result = await cli('check', plan, '--scheme', '315/QĐ-TTg', '--format', 'json')
    const report = JSON.parse(result.stdout) as {findings: Array<{ruleId: string; reason: string}>}
    const other = report.findings.find((finding) => finding.ruleId === 'coverage-other-scheme')
    expect(other?.reason).toBe(
      'Kế hoạch ghi thực hiện Quyết định số 903/QĐ-TTg, không phải 315/QĐ-TTg; đang đối chiếu với 315/QĐ-TTg.'
    )
  })
})
