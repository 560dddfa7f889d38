// Issue #19: checking many plans, folders and patterns, the review matrix, and outputs.
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {unzipSync, strFromU8} from 'fflate'
import {parse as parseYaml} from 'yaml'
import {pathOf, present} from '../../../test/corpus.js'
import {run} from '@kehoach/cli'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')

const dir = mkdtempSync(join(tmpdir(), 'kehoach-review-'))
const folder = join(dir, 'ke-hoach')
mkdirSync(join(folder, 'con'), {recursive: true})
copyFileSync(example, join(folder, 'ninh-binh.yaml'))
copyFileSync(example, join(folder, 'con', 'ninh-binh-2.yaml'))
writeFileSync(join(folder, 'ghi-chu.txt'), 'Ghi chú họp giao ban: không phải kế hoạch.\n')
writeFileSync(join(folder, 'anh.png'), 'not read')

describe('check over several plans', () => {
  it('reports every plan that can be checked, lists the rest with reasons, exits 1', async () => {
    const out = join(dir, 'bao-cao.json')
    const result = await cli('check', folder, '--format', 'json', '-o', out, '-q')
    expect(result.code).toBe(1)
    const entries = JSON.parse(readFileSync(out, 'utf8')) as Array<{
      scheme?: unknown
      file?: string
      unchecked?: boolean
      reasons?: string[]
    }>
    expect(entries.filter((entry) => entry.scheme)).toHaveLength(2)
    const failed = entries.filter((entry) => entry.unchecked)
    expect(failed.map((entry) => entry.file)).toEqual([join(folder, 'ghi-chu.txt')])
    expect(failed[0]!.reasons!.join(' ')).toMatch(/Không biết kế hoạch thực hiện Đề án nào/u)
  })

  it('--strict keeps the all-or-nothing mode', async () => {
    const out = join(dir, 'strict.json')
    const result = await cli('check', folder, '--format', 'json', '-o', out, '--strict', '-q')
    expect(result.code).toBe(1)
    expect(existsSync(out)).toBe(false)
  })

  it('the text report lists the plans it could not check', async () => {
    const result = await cli('check', folder, '-q')
    expect(result.stdout).toMatch(/Không đối chiếu được 1 kế hoạch:\n {2}.*ghi-chu\.txt: Không biết/u)
  })

  it('expands patterns itself (Windows shells do not)', async () => {
    const result = await cli('check', join(folder, '**', '*.yaml'), '--format', 'json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveLength(2)
    const none = await cli('check', join(folder, '*.docx'))
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/\[input-no-match\]/u)
  })

  it('-o - is stdout', async () => {
    const result = await cli('check', example, '--format', 'md', '-o', '-')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^# Đối chiếu/u)
    expect(existsSync('-')).toBe(false)
  })

  it('a DOCX is never written under another name (.pdf)', async () => {
    for (const argv of [
      ['render', example, '-o', join(dir, 'x.pdf')],
      ['check', example, '--format', 'docx', '-o', join(dir, 'y.pdf')]
    ]) {
      const result = await cli(...argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/\.docx/u)
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)
  })
})

describe('targets: one source of truth', () => {
  it('a drafter who lowers a target in the words is checked on the words', async () => {
    const draft = join(dir, 'du-thao.yaml')
    expect(
      (
        await cli(
          'init',
          '--scheme',
          '315/QĐ-TTg',
          '--issuer',
          'Ủy ban nhân dân tỉnh Lào Cai',
          '--date',
          '2026-03-02',
          '-o',
          draft
        )
      ).code
    ).toBe(0)
    const text = readFileSync(draft, 'utf8')
    expect(text).not.toMatch(/^targets:/mu)
    writeFileSync(draft, text.replace('đạt từ 85% trở lên', 'đạt từ 80% trở lên'))
    const report = JSON.parse((await cli('check', draft, '--format', 'json')).stdout) as {
      targets: Array<{id: string; status: string}>
    }
    expect(report.targets.find((target) => target.id === 'MT8')?.status).toBe('weaker')
  })

  it('a YAML plan that states targets and words that disagree is an error', async () => {
    const plan = join(dir, 'hai-noi.yaml')
    writeFileSync(
      plan,
      [
        'meta:',
        '  issuer: Ủy ban nhân dân tỉnh Lào Cai',
        '  implements: [{number: 315/QĐ-TTg, date: 2024-04-17}]',
        'objectives:',
        '  - Tỷ lệ hòa giải thành đạt từ 80% trở lên.',
        'targets:',
        '  - {text: Tỷ lệ hòa giải thành đạt từ 85% trở lên, value: 85, unit: "%", comparator: ">="}',
        'tasks: [{title: Tuyên truyền, lead: [Sở Tư pháp]}]'
      ].join('\n')
    )
    const validate = await cli('validate', plan)
    expect(validate.code).toBe(1)
    expect(validate.stderr).toMatch(/hai-noi\.yaml:7:\d+: lỗi .*\[targets-disagree\]/u)
    expect(validate.stderr).toMatch(/\[targets-unstated\]/u)
    const check = await cli('check', plan)
    expect(check.code).toBe(1)
    expect(check.stderr).toMatch(/\[targets-disagree\]/u)
  })
})

describe('init', () => {
  it('quotes implements values, so that YAML 1.1 readers keep them as strings', async () => {
    const result = await cli(
      'init',
      '--scheme',
      '315',
      '--issuer',
      'Ủy ban nhân dân tỉnh Lào Cai',
      '--date',
      '2026-03-02'
    )
    expect(result.stdout).toMatch(/implements:\n\s+- "315:1"/u)
    expect(parseYaml(result.stdout, {version: '1.1'}).tasks[0].implements).toEqual(['315:1'])
    // The plan's own references stay plain YAML.
    expect(result.stdout).toMatch(/^ {2}implements:\n {4}- text: Quyết định số 315\/QĐ-TTg/mu)
  })

  it('warns at once about a merged province', async () => {
    const result = await cli(
      'init',
      '--scheme',
      '315',
      '--issuer',
      'Ủy ban nhân dân tỉnh Bắc Giang',
      '--date',
      '2026-03-02'
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/\[reform-merged-province\]/u)
  })

  it('drafts for a Sở and a commune', async () => {
    const department = parseYaml(
      (await cli('init', '--scheme', '315', '--issuer', 'Sở Tư pháp tỉnh Lào Cai', '--date', '2026-03-02')).stdout
    )
    expect(department.meta.parentIssuer).toBe('Ủy ban nhân dân tỉnh Lào Cai')
    expect(department.signature).toMatchObject({authority: null, capacity: 'KT. GIÁM ĐỐC'})
    expect(department.meta.symbol).toBe('KH-STP')
    const commune = parseYaml(
      (await cli('init', '--scheme', '315', '--issuer', 'Ủy ban nhân dân xã Bản Lầu', '--date', '2026-03-02')).stdout
    )
    expect(commune.recipients.join('; ')).not.toContain('Bộ Tư pháp')
  })
})

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/u, '')
  for (let at = 0; at < body.length; at++) {
    const char = body[at] as string
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') (cell += '"'), at++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[at + 1] === '\n') at++
      row.push(cell), rows.push(row), (row = []), (cell = '')
    } else cell += char
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row)
  return rows
}

describe('kehoach review', () => {
  it('a folder with a non-plan in it: plans as rows, groups as columns, the non-plan with its reason', async () => {
    const result = await cli('review', folder, '-q')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Kế hoạch\s+1 2 3 4 5 6 7 8 9 10\s+Bao phủ/u)
    expect(result.stdout).toMatch(/Ủy ban nhân dân tỉnh Ninh Bình 58\/KH-UBND 15\/1\/2026\s+✓ ✓ ✓ ✓ – ✓/u)
    expect(result.stdout).toMatch(/Không đối chiếu được 1 tệp:\n  .*ghi-chu\.txt: Không biết/u)
  })

  it('writes CSV, Markdown, XLSX and DOCX, the format from the extension', async () => {
    for (const name of ['m.csv', 'm.md', 'm.xlsx', 'm.docx'])
      expect((await cli('review', folder, '-q', '-o', join(dir, name))).code, name).toBe(1)
    const csv = parseCsv(readFileSync(join(dir, 'm.csv'), 'utf8'))
    expect(csv[0]!.slice(0, 6)).toEqual(['Tệp', 'Cơ quan ban hành', 'Số', 'Ngày', 'Nhóm 1', 'Nhóm 2'])
    expect(csv[1]!.slice(1, 9)).toEqual([
      'Ủy ban nhân dân tỉnh Ninh Bình',
      '58/KH-UBND',
      '15/1/2026',
      'có',
      'có',
      'có',
      'có',
      'không áp dụng'
    ])
    expect(csv.at(-1)!.at(-1)).toMatch(/^Không biết kế hoạch/u)
    // The cells themselves are compared through LibreOffice Calc below; here the sheet's parts.
    const xlsx = unzipSync(new Uint8Array(readFileSync(join(dir, 'm.xlsx'))))
    const strings = strFromU8(xlsx['xl/sharedStrings.xml'] as Uint8Array)
    for (const value of ['Ủy ban nhân dân tỉnh Ninh Bình', '58/KH-UBND', 'không áp dụng', 'Nhóm 10'])
      expect(strings).toContain(value)
    expect(strFromU8(xlsx['xl/worksheets/sheet1.xml'] as Uint8Array)).toMatch(/state="frozen"/u)
    // Row heights for wrapped cells (the two-line header), and printed landscape (issue 29).
    expect(strFromU8(xlsx['xl/worksheets/sheet1.xml'] as Uint8Array)).toMatch(
      /<row r="1"[^>]*ht="30"[^>]*customHeight="1"/u
    )
    expect(strFromU8(xlsx['xl/worksheets/sheet1.xml'] as Uint8Array)).toMatch(
      /<pageSetup[^>]*orientation="landscape" fitToWidth="1" fitToHeight="0"/u
    )
    expect(strFromU8(xlsx['xl/workbook.xml'] as Uint8Array)).toContain('<definedName name="_xlnm.Print_Titles"')
    expect(strFromU8(xlsx['xl/styles.xml'] as Uint8Array)).toMatch(/C6EFCE/u)
    expect(readFileSync(join(dir, 'm.md'), 'utf8')).toMatch(/\| Tệp \| Cơ quan ban hành \| Số \| Ngày \| Nhóm 1 \|/u)
    const docx = strFromU8(
      unzipSync(new Uint8Array(readFileSync(join(dir, 'm.docx'))))['word/document.xml'] as Uint8Array
    )
    expect(docx).toContain('PHỤ LỤC')
    expect(docx).toContain('C6EFCE')
    expect((await cli('review', folder, '-o', join(dir, 'm.pdf'))).code).toBe(2)
  })

  it('in the terminal, a row without a number shows its file name', async () => {
    const drafts = join(dir, 'du-thao')
    mkdirSync(drafts, {recursive: true})
    for (const name of ['du-thao-1.yaml', 'du-thao-2.yaml'])
      writeFileSync(join(drafts, name), readFileSync(example, 'utf8').replace(/^ {2}number: .*$/mu, '  number: null'))
    const result = await cli('review', drafts, '-q')
    expect(result.stdout).toContain('Ủy ban nhân dân tỉnh Ninh Bình du-thao-1.yaml')
    expect(result.stdout).toContain('Ủy ban nhân dân tỉnh Ninh Bình du-thao-2.yaml')
  })

  it('the DOCX annex is landscape, one table per scheme with short group titles, signed by --issuer', async () => {
    const mixed = join(dir, 'hai-de-an')
    mkdirSync(mixed, {recursive: true})
    copyFileSync(example, join(mixed, 'ninh-binh.yaml'))
    writeFileSync(
      join(mixed, 'pho-bien.yaml'),
      'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  number: 30/KH-UBND\n  date: 2026-04-02\n  implements:\n    - number: 428/QĐ-TTg\n      date: 2023-04-18\ntasks:\n  - title: Tuyên truyền, phổ biến pháp luật\n    lead: [Sở Tư pháp]\n'
    )
    const out = join(dir, 'phu-luc.docx')
    expect((await cli('review', mixed, '-q', '--issuer', 'Sở Tư pháp tỉnh Sơn Lâm', '-o', out)).code).toBe(0)
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml'] as Uint8Array)
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/u)
    expect(xml).toContain('Đề án 315/QĐ-TTg')
    expect(xml).toContain('Đề án 428/QĐ-TTg')
    // Two matrix tables besides the header and signature tables; group titles are the scheme's labels.
    expect(xml.match(/<w:tbl>/gu)?.length).toBe(4)
    expect(xml).toContain('<w:t xml:space="preserve">(iii)</w:t>')
    expect(xml).not.toContain('Nhóm 1<')
    expect(xml).toContain('SỞ TƯ PHÁP')
    expect(xml).toContain('GIÁM ĐỐC')
  })

  const calc =
    spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0 &&
    (spawnSync('dpkg', ['-s', 'libreoffice-calc-nogui']).status === 0 ||
      spawnSync('dpkg', ['-s', 'libreoffice-calc']).status === 0)
  if (!calc && process.env['CI'])
    throw new Error('CI needs LibreOffice Calc (libreoffice-calc-nogui): .ci/run installs it')
  it.runIf(calc)(
    'the CSV and the XLSX open in LibreOffice Calc with the same cells',
    async () => {
      const out = join(dir, 'calc')
      const profile = `-env:UserInstallation=file://${dir}/profile`
      const csvFilter = 'Text - txt - csv (StarCalc)'
      // Every column read as text, so that Calc keeps what the file says (no date or percent guessing).
      const textColumns = Array.from({length: 30}, (_, index) => `${index + 1}/2`).join('/')
      const fromXlsx = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          profile,
          '--convert-to',
          `csv:${csvFilter}:44,34,76`,
          '--outdir',
          join(out, 'x'),
          join(dir, 'm.xlsx')
        ],
        {encoding: 'utf8', timeout: 120_000}
      )
      expect(fromXlsx.status, fromXlsx.stderr).toBe(0)
      const fromCsv = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          profile,
          `--infilter=${csvFilter}:44,34,76,1,${textColumns}`,
          '--convert-to',
          `csv:${csvFilter}:44,34,76`,
          '--outdir',
          join(out, 'c'),
          join(dir, 'm.csv')
        ],
        {encoding: 'utf8', timeout: 120_000}
      )
      expect(fromCsv.status, fromCsv.stderr).toBe(0)
      const ours = parseCsv(readFileSync(join(dir, 'm.csv'), 'utf8'))
      const trim = (rows: string[][]) => rows.map((row) => row.slice(0, ours[0]!.length))
      expect(trim(parseCsv(readFileSync(join(out, 'x', 'm.csv'), 'utf8')))).toEqual(ours)
      expect(trim(parseCsv(readFileSync(join(out, 'c', 'm.csv'), 'utf8')))).toEqual(ours)
    },
    240_000
  )
})

describe.runIf(present)('check over the corpus, as docs/cli.md shows', () => {
  it('the plans that cite no known scheme are listed, the others reported', async () => {
    // A plan that implements a Party directive cites no known scheme (Bạc Liêu's Công văn, once here, is no plan: issue #28).
    const files = ['vinh-phuc-147-kh-ubnd-2024.txt', 'ha-noi-chi-thi-15-ct-tu-plan-2022.news.txt'].map(pathOf)
    const out = join(dir, 'corpus.json')
    const result = await cli('check', ...files, '--format', 'json', '-o', out, '-q')
    expect(result.code).toBe(1)
    const entries = JSON.parse(readFileSync(out, 'utf8')) as Array<{plan?: {number: string}; unchecked?: boolean}>
    expect(entries.map((entry) => entry.plan?.number ?? (entry.unchecked ? 'unchecked' : '?'))).toEqual([
      '147/KH-UBND',
      'unchecked'
    ])
  })
})

describe('review on a terminal', () => {
  it('draws a progress line on standard error, only on a terminal', async () => {
    let tty = ''
    await run(['review', folder, '-q'], {
      stdout: {write: () => true},
      stderr: {isTTY: true, write: (chunk: string) => (tty += chunk)}
    })
    expect(tty).toMatch(/\r\u001B\[2K1\/3 .*ninh-binh-2\.yaml/u)
    let plain = ''
    await run(['review', folder, '-q'], {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (plain += chunk)}
    })
    expect(plain).not.toContain('\r')
  })
})

describe('review on a terminal: diagnostics and unchecked rows (issue 29)', () => {
  const own = mkdtempSync(join(tmpdir(), 'kehoach-review-29-'))
  const first = join(own, 'a.yaml')
  const second = join(own, 'b.yaml')
  const third = join(own, 'c.yaml')
  writeFileSync(
    first,
    'meta:\n  issuer: Ủy ban nhân dân tỉnh An Giang\n  number: 7/KH-UBND\n  date: 2026-03-02\ntasks:\n  - title: Tổ chức hội thi hòa giải viên giỏi\n    lead: [Sở Tư pháp]\n    timeline: "Trước ngày 31/4/2026"\n'
  )
  writeFileSync(
    second,
    'meta:\n  issuer: Ủy ban nhân dân tỉnh Đồng Tháp\n  number: 9/KH-UBND\n  date: 2026-04-01\ntasks:\n  - title: Kiểm tra việc thực hiện\n    lead: Sở Tư pháp\n'
  )
  writeFileSync(
    third,
    'meta:\n  issuer: Ủy ban nhân dân tỉnh Cà Mau\n  number: 12/KH-UBND\n  date: 2026-05-04\ntasks:\n  - title: Kiểm tra việc thực hiện\n    lead: [Sở Tư pháp]\n'
  )

  async function reviewed(): Promise<{code: number; stdout: string; stderr: string}> {
    let stdout = ''
    let stderr = ''
    const code = await run(['review', first, second, third], {
      stdout: {write: (chunk: string) => (stdout += chunk)},
      stderr: {write: (chunk: string) => (stderr += chunk)}
    })
    return {code, stdout, stderr}
  }

  it("groups each file's diagnostics under its name, in the order the files were read", async () => {
    const {code, stderr} = await reviewed()
    expect(code).toBe(1)
    const lines = stderr.trimEnd().split('\n')
    const at = (file: string) => lines.indexOf(`${file}:`)
    expect(at(first)).toBeGreaterThanOrEqual(0)
    expect(at(second)).toBeGreaterThan(at(first))
    expect(lines[at(first) + 1]).toMatch(/^ {2}8:\d+: lỗi .*\[invalid-date\]$/u)
    expect(lines[at(second) + 1]).toMatch(/^ {2}7:\d+: lỗi .*\[schema-type\]$/u)
  })

  it('still shows the issuer, number and date read of a file that could not be checked', async () => {
    const {stdout} = await reviewed()
    expect(stdout).toContain(`${first} (Ủy ban nhân dân tỉnh An Giang, số 7/KH-UBND, ngày 2/3/2026): `)
    expect(stdout).toContain(`${third} (Ủy ban nhân dân tỉnh Cà Mau, số 12/KH-UBND, ngày 4/5/2026): `)
  })
})
