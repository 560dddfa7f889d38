// The command line, in-process (run returns the exit code) and once as a real process.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '@kehoach/cli'
import {pathOf, present} from '../../../test/corpus.js'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')

const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('kehoach', () => {
  it('prints help in Vietnamese', async () => {
    const result = await cli('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Cách dùng: kehoach <lệnh>/u)
    expect((await cli('parse', '--help')).stdout).toMatch(/--format json\|yaml\|md/u)
  })

  it('knows its commands from its table: a name on every object (constructor, toString) is no command and no help', async () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const result = await cli(name)
      expect(result).toMatchObject({code: 2, stdout: ''})
      expect(result.stderr).toBe(`kehoach: không có lệnh “${name}”. Xem kehoach --help.\n`)
      expect((await cli('help', name)).stdout).toMatch(/^kehoach \d+\.\d+\.\d+: /u)
    }
  })

  it('parses the example to JSON, YAML and Markdown', async () => {
    const json = await cli('parse', example)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).meta.number).toBe('58/KH-UBND')
    expect((await cli('parse', example, '--format', 'yaml')).stdout).toMatch(/^meta:\n/u)
    expect((await cli('parse', example, '--format', 'md')).stdout).toMatch(/^---\n/u)
  })

  it('validates the example', async () => {
    const result = await cli('validate', example)
    expect(result).toMatchObject({code: 0})
    expect(result.stdout).toMatch(/hợp lệ/u)
  })

  it('prints located Vietnamese diagnostics and exits 1 on errors', async () => {
    const bad = file('bad.yaml', 'meta:\n  issuer: A\ntasks:\n  - title: x\n    chu_tri: Sở Tư pháp\n')
    const result = await cli('validate', bad)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `${bad}:5:5: lỗi Trường “chu_tri” không có trong lược đồ kế hoạch (tasks[0]). [schema-unknown-property]`
    )
  })

  it.each([
    ['a missing file', () => join(dir, 'none.yaml'), /Không tìm thấy tệp/u, 'input-not-found'],
    // A folder is read for the plans inside it (issue 29): an empty one says there are none.
    [
      'an empty directory',
      () => (mkdirSync(join(dir, 'd.yaml'), {recursive: true}), join(dir, 'd.yaml')),
      /thư mục rỗng/u,
      'input-no-match'
    ],
    ['an empty file', () => file('empty.yaml', '  \n'), /Tệp rỗng/u, 'input-empty'],
    ['a binary file', () => file('bin.txt', new Uint8Array([1, 0, 2, 3])), /nhị phân/u, 'input-binary'],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x48, 0xf2, 0x61])), /UTF-8/u, 'input-encoding'],
    ['an unknown extension', () => file('plan.odt', 'x'), /định dạng/u, 'input-format'],
    ['a .docx that is not a zip', () => file('plan.docx', 'x'), /DOCX bị hỏng/u, 'docx-damaged'],
    // The single executable does not carry pdf.js (README, “Single executables”): there a PDF is pdf-no-engine.
    [
      'a damaged PDF (read as one by its first bytes, whatever its name)',
      () => file('scan.txt', '%PDF-1.7\n'),
      /PDF/u,
      process.env.KEHOACH_EXE ? 'pdf-no-engine' : 'pdf-damaged'
    ]
  ])('gives one clear line for %s', async (_, make, pattern, ruleId) => {
    const result = await cli('validate', make())
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr).toContain(`[${ruleId}]`)
  })

  it('reads a DOCX by its bytes, whatever its name, in parse, validate, check, diff and render', async () => {
    const {fromYaml} = await import('@kehoach/model')
    const {planToDocx} = await import('@kehoach/docx')
    const bytes = await planToDocx(fromYaml(readFileSync(example, 'utf8')).plan)
    const docx = file('ke-hoach.docx', bytes)
    const misnamed = file('ke-hoach-docx.txt', bytes)
    for (const path of [docx, misnamed]) {
      const result = await cli('parse', path)
      expect(result.code, result.stderr).toBe(0)
      expect(JSON.parse(result.stdout).meta.number).toBe('58/KH-UBND')
    }
    expect((await cli('validate', docx)).code).toBe(0)
    expect((await cli('check', docx)).code).toBe(0)
    expect((await cli('diff', example, docx)).code).toBe(0)
    expect((await cli('render', docx, '-o', join(dir, 'again.docx'))).code).toBe(0)
  })

  it('reads UTF-16 and TCVN3 text files and says which encoding it found', async () => {
    const text = readFileSync(join(root, 'examples/ninh-binh-315.yaml'), 'utf8')
    const utf16 = file('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const result = await cli('parse', utf16)
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).meta.number).toBe('58/KH-UBND')
    expect(result.stderr).toMatch(/UTF-16 LE.*\[encoding-converted\]/u)
    const tcvn3 = file(
      'tcvn3.yaml',
      Buffer.from(
        'meta:\n  issuer: UBND tØnh Lµo Cai\n  title: KÕ ho¹ch tuyªn truyÒn ph¸p luËt vÒ hßa gi¶i ë c¬ së\ntasks: []\n',
        'latin1'
      )
    )
    const legacy = await cli('parse', tcvn3, '--format', 'yaml')
    expect(legacy.stderr).toMatch(/TCVN3 \(ABC\).*\[encoding-converted\]/u)
    expect(legacy.stdout).toContain('title: Kế hoạch tuyên truyền pháp luật về hòa giải ở cơ sở')
    expect(legacy.stdout).toContain('issuer: UBND tỉnh Lào Cai')
  })

  it('a file that is only the OLE2 magic is a located doc-damaged error, exit 1', async () => {
    const result = await cli(
      'parse',
      file('hong.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    )
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/hong\.doc:1:1: .*\[doc-damaged\]/u)
  })

  it('a Word 97 file without LibreOffice says to save it as .docx', async () => {
    const stub = new Uint8Array(1536)
    stub.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    stub.set([0x3e, 0, 3, 0, 0xfe, 0xff, 9, 0, 6, 0], 0x18)
    const doc = file('cu.doc', stub)
    const saved = process.env['KEHOACH_SOFFICE']
    process.env['KEHOACH_SOFFICE'] = join(dir, 'no-such-soffice')
    try {
      const result = await cli('validate', doc)
      expect(result.code).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/lưu thành \.docx.*\[doc-no-converter\]/u)
    } finally {
      if (saved === undefined) delete process.env['KEHOACH_SOFFICE']
      else process.env['KEHOACH_SOFFICE'] = saved
    }
  })

  it('refuses a file over the size limit', async () => {
    const result = await cli('validate', example, '--max-size', '100')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/vượt giới hạn 100 byte/u)
  })

  it('refuses a YAML plan over 256 KB in one located line, and reads it with a larger --max-size', async () => {
    const big = file(
      'lon.yaml',
      `meta:\n  issuer: UBND tỉnh A\ntasks:\n${'  - title: Tập huấn nghiệp vụ\n'.repeat(9000)}`
    )
    const refused = await cli('validate', big)
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^.*lon\.yaml:\d+:\d+: .*vượt giới hạn 262144 byte.*\[yaml-too-large\]$/u)
    ])
    const read = await cli('validate', big, '--max-size', '1000000')
    expect(read.stderr).not.toMatch(/yaml-too-large/u)
  })

  it.each([
    [['nope']],
    [['parse']],
    [['parse', example, '--format', 'pdf']],
    [['parse', example, '--bogus']],
    [['parse', '-']]
  ])('exits 2 on usage errors: %j', async (argv) => {
    expect((await cli(...argv)).code).toBe(2)
  })

  it('writes -o atomically and leaves no file when the input is bad', async () => {
    const out = join(dir, 'out.json')
    expect((await cli('parse', example, '-o', out)).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).meta.number).toBe('58/KH-UBND')
    const missing = join(dir, 'never.json')
    expect((await cli('parse', join(dir, 'none.yaml'), '-o', missing)).code).toBe(1)
    expect(existsSync(missing)).toBe(false)
  })

  it('runs as a real process from node_modules/.bin', () => {
    const bin = join(root, 'node_modules/.bin/kehoach')
    const out = execFileSync(bin, ['parse', example, '--format', 'yaml'], {encoding: 'utf8'})
    expect(out).toMatch(/number: 58\/KH-UBND/u)
    const bad = spawnSync(bin, ['validate', join(dir, 'none.yaml')], {encoding: 'utf8'})
    expect(bad.status).toBe(1)
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/u)
  })
})

describe('kehoach check and schemes', () => {
  it('lists the bundled schemes, and prints one as YAML to edit', async () => {
    const list = await cli('schemes')
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^315\/QĐ-TTg +2024-2030 +10 nhóm/mu)
    expect(list.stdout).toMatch(/^428\/QĐ-TTg +2019-2022 +6 nhóm/mu)
    const one = await cli('schemes', '315')
    expect(one.stdout).toMatch(/^id: 315\/QĐ-TTg\n/u)
    // What it prints is a valid scheme file.
    const edited = file(
      '315-sua.yaml',
      one.stdout.replace(
        'title: Tổ chức hội thi hòa giải viên giỏi',
        'title: Tổ chức hội thi hòa giải viên giỏi các cấp'
      )
    )
    const check = await cli('check', example, '--scheme-file', edited, '--format', 'json')
    expect(check.code).toBe(0)
    expect(JSON.parse(check.stdout).items.find((item: {id: string}) => item.id === '9').title).toBe(
      'Tổ chức hội thi hòa giải viên giỏi các cấp'
    )
    expect((await cli('schemes', '999')).code).toBe(2)
  })

  it('checks the example against the scheme it implements, as text, JSON and Markdown', async () => {
    const text = await cli('check', example)
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/đối chiếu với Đề án 315\/QĐ-TTg/u)
    expect(text.stdout).not.toMatch(/\u001B\[/u)
    expect(text.stdout).toMatch(/Tổng hợp: 9 nhóm phải có: 9 có, 0 một phần, 0 thiếu/u)
    const json = JSON.parse((await cli('check', example, '--format', 'json')).stdout)
    expect(json.scheme.id).toBe('315/QĐ-TTg')
    expect(json.summary).toMatchObject({applicable: 9, covered: 9})
    const md = await cli('check', example, '--format', 'md')
    expect(md.stdout).toMatch(/^# Đối chiếu kế hoạch với Đề án\n/u)
    expect(md.stdout).toMatch(/\| Nhóm \| Tên nhóm trong Đề án \| Trạng thái \|/u)
  })

  it('several plans give a JSON array, one report each', async () => {
    const json = JSON.parse((await cli('check', example, example, '--format', 'json')).stdout)
    expect(Array.isArray(json)).toBe(true)
    expect(json).toHaveLength(2)
  })

  it('an unknown scheme is an error that names the known ones', async () => {
    const usage = await cli('check', example, '--scheme', '1371/QĐ-TTg')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(
      /không biết Đề án “1371\/QĐ-TTg”.*315\/QĐ-TTg \(2024-2030\), 428\/QĐ-TTg \(2019-2022\)/u
    )
    const plan = file(
      'khac.yaml',
      'meta:\n  issuer: UBND tỉnh A\n  implements: [{number: 1371/QĐ-TTg, date: 2021-08-03}]\ntasks: [{title: Tuyên truyền}]\n'
    )
    const cited = await cli('check', plan)
    expect(cited.code).toBe(1)
    expect(cited.stderr).toMatch(
      /khac\.yaml:2:3: lỗi Không biết kế hoạch thực hiện Đề án nào \(kế hoạch ghi: 1371\/QĐ-TTg\).*\[unknown-scheme\]/u
    )
  })

  it('a broken scheme file stops with a located error and writes nothing', async () => {
    const broken = file('hong.yaml', 'id: 1/QĐ-TTg\ngroups: [\n')
    const out = join(dir, 'report.json')
    const result = await cli('check', example, '--scheme-file', broken, '-o', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/hong\.yaml:\d+:\d+: lỗi .*\[yaml-syntax\]/u)
    expect(existsSync(out)).toBe(false)
  })

  it('writes the report with -o', async () => {
    const out = join(dir, 'bao-cao.md')
    expect((await cli('check', example, '--format', 'md', '-o', out)).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/### Chỉ tiêu/u)
  })

  it('writes no Word file to a terminal: render -o - is refused there, written to a pipe', async () => {
    const terminal = () => {
      const io = {
        written: [] as unknown[],
        errors: '',
        stdout: {isTTY: true, write: (chunk: unknown) => io.written.push(chunk)},
        stderr: {write: (chunk: string) => (io.errors += chunk)}
      }
      return io
    }
    const tty = terminal()
    expect(await run(['render', example, '-o', '-'], tty)).toBe(1)
    expect(tty.written).toEqual([])
    expect(tty.errors).toMatch(/\[output-terminal\]/u)
    // Piped, the bytes are written as they are.
    const piped = {...terminal(), stdout: {isTTY: false, write: (chunk: unknown) => piped.written.push(chunk)}}
    expect(await run(['render', example, '-o', '-'], piped)).toBe(0)
    expect(piped.written.length).toBeGreaterThan(0)
  })

  it('colours only a terminal, and never with NO_COLOR', async () => {
    let stdout = ''
    const io = {stdout: {isTTY: true, write: (chunk: string) => (stdout += chunk)}, stderr: {write: () => true}}
    const saved = process.env['NO_COLOR']
    delete process.env['NO_COLOR']
    await run(['check', example], io)
    expect(stdout).toMatch(/\u001B\[32m/u)
    stdout = ''
    process.env['NO_COLOR'] = '1'
    await run(['check', example], io)
    expect(stdout).not.toMatch(/\u001B\[/u)
    if (saved === undefined) delete process.env['NO_COLOR']
    else process.env['NO_COLOR'] = saved
  })
})

describe.runIf(present)('kehoach check on the real documents', () => {
  it('does not take Bạc Liêu’s Công văn 428/STP for Quyết định 428/QĐ-TTg, nor a Party directive for a scheme', async () => {
    // The Party directive's plan is a plan whose scheme kehoach does not know: exit 1.
    const party = await cli('check', pathOf('ha-noi-chi-thi-15-ct-tu-plan-2022.news.txt'), '-q')
    expect(party.code).toBe(1)
    expect(party.stderr).toMatch(/\[unknown-scheme\]/u)
    expect(party.stdout).toBe('')
    // Bạc Liêu's Công văn is no plan at all (issue #28): told so, no table, exit 0.
    const letter = await cli('check', pathOf('bac-lieu-428-stp-pbgdpl-2023.news.txt'))
    expect(letter.code).toBe(0)
    expect(letter.stderr).toMatch(/là công văn, không phải kế hoạch.*\[not-a-plan\]/u)
    expect(letter.stdout).not.toMatch(/428\/QĐ-TTg/u)
    expect(letter.stdout).toMatch(
      /^Không phải kế hoạch \(1 văn bản\):\n {2}.*bac-lieu-428-stp-pbgdpl-2023\.news\.txt: công văn, .*số 428\/STP-PBGDPL/u
    )
  })

  it('reviews three provinces in one run, each against the scheme it cites', async () => {
    const files = [
      'vinh-phuc-147-kh-ubnd-2024.txt',
      'ha-noi-183-kh-ubnd-2025.news.txt',
      'bac-giang-2363-kh-ubnd-2019.news.txt'
    ].map(pathOf)
    const result = await cli('check', ...files, '--format', 'json', '-q')
    expect(result.code).toBe(0)
    const reports = JSON.parse(result.stdout) as Array<{
      scheme: {id: string}
      plan: {number: string}
      summary: {covered: number; partial: number}
    }>
    expect(
      reports.map((report) => [report.plan.number, report.scheme.id, report.summary.covered, report.summary.partial])
    ).toEqual([
      ['147/KH-UBND', '315/QĐ-TTg', 8, 1],
      ['183/KH-UBND', '315/QĐ-TTg', 9, 0],
      ['2363/KH-UBND', '428/QĐ-TTg', 5, 0]
    ])
  })
})

describe('kehoach render and check --format docx', () => {
  it('renders the example to a .docx (a zip with word/document.xml), atomically', async () => {
    const out = join(dir, 'ke-hoach.docx')
    const result = await cli('render', example, '-o', out)
    expect(result.code).toBe(0)
    const bytes = readFileSync(out)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true)
  })

  it('needs -o, and leaves no file when the plan has errors', async () => {
    expect((await cli('render', example)).code).toBe(2)
    const broken = file(
      'hong-render.yaml',
      'meta:\n  issuer: UBND tỉnh A\ntasks:\n  - title: A\n    chu_tri: [Sở Tư pháp]\n'
    )
    const out = join(dir, 'hong.docx')
    const result = await cli('render', broken, '-o', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/\[schema-unknown-property\]/u)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).filter((name) => name.includes('hong.docx'))).toEqual([])
  })

  it('repairs UTF-8 that was once read as Windows-1252 (“á»¦y ban”) and says so', async () => {
    const good =
      'ỦY BAN NHÂN DÂN TỈNH A\nSố: 1/KH-UBND\nKẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n1. Tập huấn hòa giải viên.\n- Cơ quan chủ trì: Sở Tư pháp\n'
    // The UTF-8 bytes read as Windows-1252 (Node's own decoder) and saved again as UTF-8.
    const input = file('sai-ma.txt', new TextDecoder('windows-1252').decode(Buffer.from(good, 'utf8')))
    const result = await cli('parse', input)
    expect(result.stderr).toContain('[input-mojibake]')
    const plan = JSON.parse(result.stdout)
    expect(plan.meta.number).toBe('1/KH-UBND')
    expect(plan.tasks[0]).toMatchObject({title: 'Tập huấn hòa giải viên.', lead: ['Sở Tư pháp']})
  })

  it('renders many plans into a folder in one run, and says which could not be read', async () => {
    const folder = join(dir, 'lo')
    mkdirSync(folder)
    const text = file(
      'ban-text.md',
      readFileSync(example, 'utf8').length > 0 ? (await cli('parse', example, '--format', 'md')).stdout : ''
    )
    const broken = file(
      'hong-lo.yaml',
      'meta:\n  issuer: UBND tỉnh A\ntasks:\n  - title: A\n    chu_tri: [Sở Tư pháp]\n'
    )
    const result = await cli('render', example, text, broken, '-o', `${folder}/`)
    expect(result.code).toBe(1)
    expect(readdirSync(folder).sort()).toEqual(['ban-text.docx', 'ninh-binh-315.docx'])
    expect(readFileSync(join(folder, 'ninh-binh-315.docx')).subarray(0, 2).toString()).toBe('PK')
    expect(result.stderr).toMatch(/\[schema-unknown-property\]/u)
    expect(result.stderr).toContain('Đã xuất 2/3 kế hoạch')
    expect((await cli('render', example, text, '-o', join(dir, 'khong-co-thu-muc'))).code).toBe(2)
  })

  it('does not clobber an existing output when rendering fails', async () => {
    const out = file('giu-nguyen.docx', 'bản cũ')
    const result = await cli('render', join(dir, 'khong-co.yaml'), '-o', out)
    expect(result.code).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('bản cũ')
  })

  it('writes a coverage report as DOCX', async () => {
    const out = join(dir, 'bao-cao.docx')
    expect((await cli('check', example, '--format', 'docx', '-o', out)).code).toBe(0)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    expect((await cli('check', example, '--format', 'docx')).code).toBe(2)
  })
})

describe('kehoach init', () => {
  it('writes a draft that validates, and never overwrites without --force', async () => {
    const out = join(dir, 'du-thao.yaml')
    const first = await cli(
      'init',
      '--scheme',
      '315/QĐ-TTg',
      '--issuer',
      'Ủy ban nhân dân tỉnh Ninh Bình',
      '--date',
      '2026-01-15',
      '-o',
      out
    )
    expect(first.code).toBe(0)
    const written = readFileSync(out, 'utf8')
    expect(written).toMatch(/^meta:\n {2}docType: ke-hoach\n {2}issuer: Ủy ban nhân dân tỉnh Ninh Bình\n/u)
    expect((await cli('validate', out)).stdout).toMatch(/hợp lệ/u)
    const again = await cli('init', '--scheme', '315', '--issuer', 'Ủy ban nhân dân tỉnh Lào Cai', '-o', out)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/đã có; không ghi đè .*\[output-exists\]/u)
    expect(readFileSync(out, 'utf8')).toBe(written)
    expect(
      (
        await cli(
          'init',
          '--scheme',
          '315',
          '--issuer',
          'Ủy ban nhân dân tỉnh Lào Cai',
          '--date',
          '2026-01-15',
          '-o',
          out,
          '--force'
        )
      ).code
    ).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/Lào Cai/u)
  })

  it('writes Markdown for .md, and the draft checks, renders and reads back', async () => {
    const out = join(dir, 'du-thao.md')
    expect(
      (
        await cli(
          'init',
          '--scheme',
          '315',
          '--issuer',
          'Ủy ban nhân dân thành phố Hải Phòng',
          '--date',
          '2026-02-10',
          '-o',
          out
        )
      ).code
    ).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/- Nhóm nhiệm vụ Đề án: 315:1/u)
    const check = JSON.parse((await cli('check', out, '--format', 'json')).stdout)
    expect(check.summary).toMatchObject({applicable: 9, covered: 9})
    expect((await cli('render', out, '-o', join(dir, 'du-thao.docx'))).code).toBe(0)
  })

  it('refuses a bad date, an unknown scheme, a missing issuer', async () => {
    expect((await cli('init', '--scheme', '315', '--issuer', 'UBND tỉnh A', '--date', '15/01/2026')).code).toBe(2)
    expect((await cli('init', '--scheme', '315', '--issuer', 'UBND tỉnh A', '--date', '2026-02-30')).code).toBe(2)
    expect((await cli('init', '--scheme', '999', '--issuer', 'UBND tỉnh A')).stderr).toMatch(
      /315\/QĐ-TTg, 428\/QĐ-TTg/u
    )
    expect((await cli('init', '--scheme', '315')).code).toBe(2)
  })
})

describe('kehoach diff', () => {
  const v1 = file(
    'v1.yaml',
    'meta:\n  issuer: Ủy ban nhân dân tỉnh A\n  number: 1/KH-UBND\ntasks:\n  - title: Tổ chức hội thi hòa giải viên giỏi\n    lead: [Sở Tư pháp]\n  - title: Kiểm tra, sơ kết việc thực hiện Đề án\n    lead: [Sở Tư pháp]\n    timeline: "Kiểm tra: Hằng năm; Sơ kết: Năm 2026"\n'
  )
  const v2 = file(
    'v2.md',
    '---\nissuer: Ủy ban nhân dân tỉnh A\nnumber: 1/KH-UBND\n---\n\n## I. NHIỆM VỤ\n\n### 1. Kiểm tra, sơ kết việc thực hiện Đề án\n\n- Cơ quan chủ trì: Sở Nội vụ\n- Thời gian thực hiện:\n  + Kiểm tra: Hằng năm\n  + Sơ kết: Năm 2027\n'
  )

  it('compares YAML with Markdown, task by task, in text, JSON and Markdown', async () => {
    const text = await cli('diff', v1, v2)
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/2 thay đổi: 0 thêm, 1 bỏ, 1 sửa; 1 nhiệm vụ đánh số lại\./u)
    expect(text.stdout).toMatch(/Cơ quan chủ trì: \[-Sở Tư pháp-\]; \{\+Sở Nội vụ\+\}/u)
    expect(text.stdout).toMatch(/Sơ kết: \[-Năm 2026-\] → \{\+Năm 2027\+\}/u)
    const json = JSON.parse((await cli('diff', v1, v2, '--format', 'json')).stdout)
    expect(json.changes.map((change: {kind: string}) => change.kind)).toEqual(['removed', 'changed'])
    expect(json.renumbered).toEqual([{old: 'I.2', new: 'I.1'}])
    expect((await cli('diff', v1, v2, '--format', 'md')).stdout).toMatch(/^# So sánh kế hoạch\n/u)
  })

  it('writes a redline DOCX with tracked changes', async () => {
    const out = join(dir, 'redline.docx')
    expect((await cli('diff', v1, v2, '--format', 'docx', '-o', out, '--author', 'Sở Tư pháp')).code).toBe(0)
    const bytes = readFileSync(out)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect((await cli('diff', v1, v2, '--format', 'docx')).code).toBe(2)
  })

  it('needs two inputs that read', async () => {
    expect((await cli('diff', v1)).code).toBe(2)
    expect((await cli('diff', v1, join(dir, 'khong-co.yaml'))).code).toBe(1)
  })
})

describe('kehoach check on a large batch (worker threads in the bundled CLI)', () => {
  it('gives the same reports, in the same order, as one thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-batch-'))
    const source = readFileSync(example, 'utf8')
    const files = Array.from({length: 60}, (_, index) => {
      const path = join(folder, `ke-hoach-${String(index).padStart(2, '0')}.yaml`)
      writeFileSync(path, source.replace('58/KH-UBND', `${index + 1}/KH-UBND`))
      return path
    })
    const bundled = spawnSync(
      process.execPath,
      [join(root, 'packages/cli/bin/kehoach.js'), 'check', ...files, '--format', 'json', '-q'],
      {encoding: 'utf8', maxBuffer: 1 << 26}
    )
    expect(bundled.status, bundled.stderr).toBe(0)
    const inProcess = await cli('check', ...files, '--format', 'json', '-q')
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(inProcess.stdout))
    expect(
      JSON.parse(bundled.stdout)
        .map((report: {plan: {number: string}}) => report.plan.number)
        .slice(0, 3)
    ).toEqual(['1/KH-UBND', '2/KH-UBND', '3/KH-UBND'])
  })
})
