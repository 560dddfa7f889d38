// Hostile input, third round (issue 27): outputs that would destroy inputs, tables that would run
// formulas, and what a document's words may print to a terminal.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {spawn, spawnSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {beforeAll, describe, expect, it} from 'vitest'
import {terminalText} from '../src/lib/terminal.js'
import {serveApp} from '../src/lib/web.js'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')

const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, content)
  return path
}

describe('an output never destroys an input', () => {
  it('render in/*.docx -o in/ refuses before writing anything, and the inputs are unchanged', async () => {
    const folder = join(dir, 'vao')
    mkdirSync(folder)
    const rendered = join(dir, 'mau.docx')
    expect((await cli('render', example, '-o', rendered)).code).toBe(0)
    copyFileSync(rendered, join(folder, 'a.docx'))
    copyFileSync(rendered, join(folder, 'b.docx'))
    const before = readFileSync(join(folder, 'a.docx'))
    const result = await cli('render', join(folder, 'a.docx'), join(folder, 'b.docx'), '-o', `${folder}/`)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('[output-is-input]')
    expect(result.stderr).not.toContain('Đã xuất')
    expect(readFileSync(join(folder, 'a.docx')).equals(before)).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(['a.docx', 'b.docx'])
  })

  it('two inputs with one name are refused before either is written', async () => {
    const yaml = readFileSync(example, 'utf8')
    const a = file('hai/a/plan.yaml', yaml)
    const b = file('hai/b/plan.yaml', yaml)
    const out = join(dir, 'hai/ra')
    mkdirSync(out)
    const result = await cli('render', a, b, '-o', `${out}/`)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/ra\/plan\.docx: lỗi .*\[output-collision\]/u)
    expect(readdirSync(out)).toEqual([])
  })

  it('a single output that is an input (by any path or link) is refused: render, parse, check, review, diff, init', async () => {
    const yaml = readFileSync(example, 'utf8')
    const plan = file('mot/plan.yaml', yaml)
    const link = join(dir, 'mot/link.md')
    symlinkSync(plan, link)
    const cases: string[][] = [
      ['parse', plan, '-f', 'yaml', '-o', plan],
      ['parse', plan, '-f', 'md', '-o', link],
      ['check', join(dir, 'mot'), '--format', 'md', '-o', link],
      ['review', join(dir, 'mot/*.yaml'), '-o', link],
      ['diff', plan, plan, '-f', 'md', '-o', link]
    ]
    for (const argv of cases) {
      const result = await cli(...argv)
      expect(result.code, argv.join(' ')).toBe(1)
      expect(result.stderr, argv.join(' ')).toContain('[output-is-input]')
      expect(readFileSync(plan, 'utf8'), argv.join(' ')).toBe(yaml)
    }
    const scheme = file('mot/de-an.yaml', readFileSync(join(root, 'packages/coverage/schemes/315-qd-ttg.yaml'), 'utf8'))
    const init = await cli(
      'init',
      '--scheme',
      '315/QĐ-TTg',
      '--issuer',
      'Ủy ban nhân dân tỉnh A',
      '--scheme-file',
      scheme,
      '-o',
      scheme,
      '--force'
    )
    expect(init.code).toBe(1)
    expect(init.stderr).toContain('[output-is-input]')
    expect(readFileSync(scheme, 'utf8')).toBe(
      readFileSync(join(root, 'packages/coverage/schemes/315-qd-ttg.yaml'), 'utf8')
    )
    if (!existsSync(join(dir, 'mau.docx')))
      expect((await cli('render', example, '-o', join(dir, 'mau.docx'))).code).toBe(0)
    const docx = file('mot/x.docx', readFileSync(join(dir, 'mau.docx')))
    const result = await cli('render', docx, '-o', docx)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('[output-is-input]')
    expect(readFileSync(docx).equals(readFileSync(join(dir, 'mau.docx')))).toBe(true)
  })
})

describe('files named .doc', () => {
  it('an empty .doc is input-empty, and a web page named .doc is refused by its bytes; exit 1, one line each', async () => {
    for (const [name, content, rule] of [
      ['rong.doc', '', 'input-empty'],
      ['trang.doc', '<html><body><img src="http://127.0.0.1:9/a.png"><p>KẾ HOẠCH</p></body></html>', 'doc-not-word97'],
      ['rtf.doc', '{\\rtf1\\ansi KẾ HOẠCH}', 'doc-not-word97']
    ] as const) {
      const result = await cli('parse', file(name, content))
      expect(result.code, name).toBe(1)
      expect(result.stdout, name).toBe('')
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1)
      expect(result.stderr, name).toContain(`[${rule}]`)
    }
  })
})

describe('review tables run no formula and gain no row', () => {
  it('review -o x.csv: an issuer =HYPERLINK(…), a number =1+2 and a carriage return in a plan are text, one row', async () => {
    const yaml = readFileSync(example, 'utf8')
      .replace(
        'issuer: Ủy ban nhân dân tỉnh Ninh Bình',
        'issuer: "=HYPERLINK(\\"http://127.0.0.1/\\",\\"Ủy ban\\")\\rx,y,z\\rCR row"'
      )
      .replace('number: 58/KH-UBND', 'number: "=1+2"')
    const plan = file('cong-thuc/=2+3.yaml', yaml)
    const out = join(dir, 'cong-thuc.csv')
    const result = await cli('review', plan, '-q', '-o', out)
    expect(result.stderr).toBe('')
    const text = readFileSync(out, 'utf8')
    const rows = parseCsv(text)
    expect(rows).toHaveLength(2)
    const row = rows[1] as string[]
    for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/u)
    expect(row).toContain("'=1+2")
    expect(row.some((cell) => cell.startsWith("'=HYPERLINK("))).toBe(true)
  })

  it('review -o x.csv: NUL, ESC and C1 controls in a plan are U+FFFD, no control character but CR and LF in the file', async () => {
    const yaml = readFileSync(example, 'utf8')
      .replace('issuer: Ủy ban nhân dân tỉnh Ninh Bình', 'issuer: "Ủy ban\\0nhân dân\\e[31m tỉnh\\x85Ninh Bình"')
      .replace('number: 58/KH-UBND', 'number: "58/KH\\x1b]0;x\\x07-UBND"')
    const out = join(dir, 'dieu-khien.csv')
    const result = await cli('review', file('dieu-khien/plan.yaml', yaml), '-q', '-o', out)
    expect(result.code, result.stderr).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u)
    const row = parseCsv(text)[1] as string[]
    expect(row).toContain('Ủy ban\uFFFDnhân dân\uFFFD[31m tỉnh\uFFFDNinh Bình')
    expect(row).toContain('58/KH\uFFFD]0;x\uFFFD-UBND')
  })

  it('review -o x.xlsx keeps such cells as text, never as formulas', async () => {
    const yaml = readFileSync(example, 'utf8').replace('number: 58/KH-UBND', 'number: "=1+2"')
    const out = join(dir, 'cong-thuc.xlsx')
    expect((await cli('review', file('cong-thuc-x/plan.yaml', yaml), '-q', '-o', out)).code).toBe(0)
    const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['xl/worksheets/sheet1.xml'] as Uint8Array)
    expect(sheet).not.toMatch(/<f[ >]/u)
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['xl/sharedStrings.xml'] as Uint8Array)).toContain(
      '=1+2'
    )
    // And in the Text format, so that editing the cell does not make it one (a fifth blind tester).
    const zip = unzipSync(new Uint8Array(readFileSync(out)))
    const strings = [
      ...strFromU8(zip['xl/sharedStrings.xml'] as Uint8Array).matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/gu)
    ].map((match) => match[1])
    const cell = [...sheet.matchAll(/<c [^>]*>\s*<v>(\d+)<\/v>/gu)].find(
      (match) => Number(match[1]) === strings.indexOf('=1+2')
    )?.[0]
    const xf = [
      ...strFromU8(zip['xl/styles.xml'] as Uint8Array)
        .split('<cellXfs')[1]!
        .matchAll(/<xf [^>]*>/gu)
    ][Number(/ s="(\d+)"/u.exec(cell ?? '')?.[1] ?? -1)]?.[0]
    const id = /numFmtId="(\d+)"/u.exec(xf ?? '')?.[1]
    expect(
      id === '49' || strFromU8(zip['xl/styles.xml'] as Uint8Array).includes(`numFmtId="${id}" formatCode="@"`)
    ).toBe(true)
  })
})

describe('review -o x.xlsx: a cell longer than Excel holds', () => {
  // 40,299 characters of an issuer (Excel holds 32,767 in a cell), with no character XML escapes.
  const issuer = 'Ủy ban nhân dân tỉnh Ninh Bình '.repeat(1300).trim()
  const made = (async () => {
    const yaml = readFileSync(example, 'utf8').replace('issuer: Ủy ban nhân dân tỉnh Ninh Bình', `issuer: "${issuer}"`)
    const plan = file('o-dai/plan.yaml', yaml)
    const out = join(dir, 'o-dai.xlsx')
    return {plan, out, result: await cli('review', plan, '-o', out)}
  })()

  it('is cut to 32,767 characters ending in “…”, and the cut is told: the cell, its column, its length', async () => {
    const {plan, out, result} = await made
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(`${plan}:\n`)
    expect(result.stderr).toMatch(
      /cảnh báo Ô B2 \(cột “Cơ quan ban hành”\) dài 40299 ký tự, quá 32767 ký tự .*\[review-cell-cut\]/u
    )
    const zip = unzipSync(new Uint8Array(readFileSync(out)))
    const strings = strFromU8(zip['xl/sharedStrings.xml'] as Uint8Array)
    const texts = [...strings.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/gu)].map((match) => match[1] as string)
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(32_767)
    expect(texts).toContain(`${issuer.slice(0, 32_766)}…`)
    // Row heights within Excel's 409 points.
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array)
    for (const [, height] of sheet.matchAll(/ ht="([\d.]+)"/gu)) expect(Number(height)).toBeLessThanOrEqual(409)
  })

  const calc =
    spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0 &&
    (spawnSync('dpkg', ['-s', 'libreoffice-calc-nogui']).status === 0 ||
      spawnSync('dpkg', ['-s', 'libreoffice-calc']).status === 0)
  if (!calc && process.env['CI'])
    throw new Error('CI needs LibreOffice Calc (libreoffice-calc-nogui): .ci/run installs it')
  it.runIf(calc)(
    'LibreOffice Calc reads the workbook, the cut cell as written',
    async () => {
      const {out} = await made
      const converted = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          join(dir, 'o-dai-calc'),
          out
        ],
        {encoding: 'utf8', timeout: 120_000}
      )
      expect(converted.status, converted.stderr).toBe(0)
      const rows = parseCsv(readFileSync(join(dir, 'o-dai-calc', 'o-dai.csv'), 'utf8'))
      expect(rows).toHaveLength(2)
      expect(rows[0]?.[1]).toBe('Cơ quan ban hành')
      expect(rows[1]?.[1]).toBe(`${issuer.slice(0, 32_766)}…`)
      expect(rows[1]?.[2]).toBe('58/KH-UBND')
    },
    240_000
  )
})

describe.skipIf(process.platform === 'win32')('a FIFO in a folder is skipped, one named on its own is read', () => {
  // The FIFO has no writer: opening it would wait forever (the test would time out).
  const folder = join(dir, 'co-ong')
  beforeAll(() => {
    mkdirSync(folder, {recursive: true})
    copyFileSync(example, join(folder, 'ke-hoach.yaml'))
    expect(spawnSync('mkfifo', [join(folder, 'ong.yaml')]).status).toBe(0)
  })
  const warning = `${join(folder, 'ong.yaml')}: cảnh báo Bỏ qua “${join(folder, 'ong.yaml')}” trong “${folder}”: đây là một ống có tên (FIFO)`

  it.each([
    ['parse', [folder]],
    ['validate', [folder]],
    ['check', [folder]],
    ['render', [folder, '-o', `${join(dir, 'co-ong-ra')}/`]]
  ])('%s <folder>: the plan read, the FIFO told, the exit code the plan’s', async (command, args) => {
    mkdirSync(join(dir, 'co-ong-ra'), {recursive: true})
    const result = await cli(command, ...args)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(warning)
    expect(result.stderr).toContain('[input-special-file]')
  })

  it('review <folder>: one row, the plan; the FIFO told on standard error, not a row', async () => {
    const out = join(dir, 'co-ong.csv')
    const result = await cli('review', folder, '-o', out)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('[input-special-file]')
    const rows = parseCsv(readFileSync(out, 'utf8'))
    expect(rows).toHaveLength(2)
    expect(rows[1]?.[0]).toBe(join(folder, 'ke-hoach.yaml'))
  })

  it('-q hides the warning', async () => {
    const result = await cli('validate', folder, '-q')
    expect([result.code, result.stderr]).toEqual([0, ''])
  })

  it('parse <FIFO> reads what its writer writes, as a process substitution is read', async () => {
    const fifo = join(dir, 'ong-rieng.yaml')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', example, fifo], {stdio: 'ignore'})
    const ended = new Promise((done) => writer.on('exit', done))
    const result = await cli('parse', fifo)
    await ended
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).meta.number).toBe('58/KH-UBND')
  })
})

/** RFC 4180 rows: quoted cells may hold commas, quotes, CR and LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/u, '')
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') (cell += '"'), index++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\r' && body[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), index++
    else if (char === '\r' || char === '\n') row.push(cell), rows.push(row), (row = []), (cell = '')
    else cell += char
  }
  if (cell || row.length > 0) row.push(cell), rows.push(row)
  return rows
}

describe('non-breaking spaces in valid UTF-8', () => {
  const plan = [
    'ỦY BAN NHÂN DÂN TỈNH A',
    'Số: 7/KH-UBND',
    'KẾ HOẠCH',
    'Phát triển công tác xã hội',
    'I. NHIỆM VỤ',
    '1. Tập huấn cộng tác viên CÔNG TÁC XÃ HỘI cấp xã.',
    '- Cơ quan chủ trì: Sở Y tế',
    '2. Rà soát đối tượng bảo trợ XÃ HỘI.',
    '- Cơ quan chủ trì: Sở Tài chính',
    'II. KINH PHÍ THỰC HIỆN',
    'Ngân sách tỉnh bảo đảm KINH PHÍ theo phân cấp.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các sở, ngành triển khai.',
    ''
  ].join('\n')

  it('a plan whose spaces are all U+00A0 gives the identical plan, with no warning', async () => {
    const spaces = await cli('parse', file('nbsp/spaces.txt', plan), '-f', 'yaml')
    const nbsp = await cli('parse', file('nbsp/nbsp.txt', plan.replace(/ /gu, '\u00a0')), '-f', 'yaml')
    expect(nbsp.stderr).toBe(spaces.stderr.replaceAll('spaces.txt', 'nbsp.txt'))
    expect(nbsp.code).toBe(spaces.code)
    expect(nbsp.stdout).toBe(spaces.stdout)
    expect(spaces.stdout).toMatch(/KINH PHÍ|funding/u)
  })
})

describe('-o under /dev', () => {
  it.runIf(existsSync('/dev/shm'))('a regular file under /dev/shm is replaced, not appended to', async () => {
    const target = `/dev/shm/kehoach-hostile-${process.pid}.yaml`
    try {
      writeFileSync(target, 'cũ\n'.repeat(1000))
      const result = await cli('parse', example, '-f', 'yaml', '-o', target)
      expect(result.code).toBe(0)
      const written = readFileSync(target, 'utf8')
      expect(written).toMatch(/^meta:/u)
      expect(written).not.toContain('cũ')
    } finally {
      rmSync(target, {force: true})
    }
  })
})

describe('a document’s words drive no terminal', () => {
  const ESC = '\u001b'
  const attack = `${ESC}]0;title${ESC}\\${ESC}[2J${ESC}[1A\u009b31m\r\u0007\u0008`
  const yaml = readFileSync(example, 'utf8')
    .replace(
      'issuer: Ủy ban nhân dân tỉnh Ninh Bình',
      `issuer: ${JSON.stringify(`Ủy ban nhân dân tỉnh Ninh Bình${attack}`).replace('\u009b', '\\x9b')}`
    )
    .replace('number: 58/KH-UBND', `number: "58/KH-UBND\\e[8m"`)
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u

  it('terminalText strips escape sequences and controls, keeps line feeds, tabs and (when asked) colours', () => {
    expect(terminalText(`a${attack}b\n\tc`)).toBe('ab\n\tc')
    expect(terminalText(`${ESC}[31mđỏ${ESC}[0m`, {colour: true})).toBe(`${ESC}[31mđỏ${ESC}[0m`)
    expect(terminalText(`${ESC}[31mđỏ${ESC}[0m`)).toBe('đỏ')
    expect(terminalText('dòng\r\ntiếp')).toBe('dòng\r\ntiếp')
    // Bidirectional overrides and isolates reorder what follows them on the terminal (a fifth blind tester).
    expect(terminalText('Sở \u202eTư pháp\u202c \u2066x\u2069 \u2067y\u2068')).toBe('Sở Tư pháp x y')
  })

  it('check, diff, review, parse --format md and yaml print none of them; the diagnostics neither', async () => {
    const plan = file('escape/plan.yaml', yaml)
    const other = file('escape/other.yaml', yaml.replace('Ninh Bình', 'Ninh Thuận'))
    const runs = [
      await cli('check', plan),
      await cli('check', plan, '-f', 'md'),
      await cli('diff', example, plan),
      await cli('review', plan),
      await cli('parse', plan, '-f', 'md'),
      await cli('diff', plan, other, '-f', 'md')
    ]
    for (const [index, result] of runs.entries()) {
      expect(result.stdout, String(index)).not.toMatch(controls)
      expect(result.stderr, String(index)).not.toMatch(controls)
    }
    expect(runs[0]?.stdout).toContain('Ninh Bình')
    // YAML and JSON keep the words, as escapes.
    const json = await cli('parse', plan)
    expect(json.stdout).not.toMatch(controls)
    expect(JSON.parse(json.stdout).meta.issuer).toContain(`${ESC}]0;title${ESC}\\${ESC}[2J${ESC}[1A\u009b31m`)
    const asYaml = await cli('parse', plan, '-f', 'yaml')
    expect(asYaml.stdout).not.toMatch(controls)
    // A scheme file's words, listed and printed.
    const scheme = file(
      'escape/de-an.yaml',
      readFileSync(join(root, 'packages/coverage/schemes/315-qd-ttg.yaml'), 'utf8')
        .replace('issuer: Thủ tướng Chính phủ', 'issuer: "Thủ tướng\\e]0;x\\a\\x9b2J"')
        .replace(/^title: .*$/mu, 'title: "Đề án\\e[2J thử"')
    )
    for (const argv of [
      ['schemes', '--scheme-file', scheme],
      ['schemes', '315', '--scheme-file', scheme],
      ['schemes', '315', '--scheme-file', scheme, '-f', 'json']
    ]) {
      const result = await cli(...argv)
      expect(result.code, argv.join(' ')).toBe(0)
      expect(result.stdout, argv.join(' ')).toMatch(/Đề án/u)
      expect(result.stdout, argv.join(' ')).not.toMatch(controls)
    }
    // A usage message that quotes what it was given.
    const usage = await cli('init', '--scheme', `${ESC}[2Jkhông có`, '--issuer', 'Ủy ban nhân dân tỉnh A')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('không có')
    expect(usage.stderr).not.toMatch(controls)
    // A diagnostic that quotes a document's words: an unknown field named with an escape.
    const broken = file('escape/broken.yaml', yaml.replace('meta:\n', `meta:\n  "x${'\\e'}[2Jy": 1\n`))
    const validate = await cli('validate', broken)
    expect(validate.code).toBe(1)
    expect(validate.stderr).toContain('schema-unknown-property')
    expect(validate.stderr).not.toMatch(controls)
  })
})

describe('kehoach web --dir', () => {
  it('serves nothing a symbolic link reaches outside its folder', async () => {
    const outside = file('web-ngoai/bi-mat.txt', 'bí mật')
    const app = join(dir, 'web-app')
    mkdirSync(join(app, 'assets'), {recursive: true})
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(app, 'assets', 'a.js'), 'ok')
    symlinkSync(outside, join(app, 'secret.txt'))
    symlinkSync(join(dir, 'web-ngoai'), join(app, 'ngoai'))
    symlinkSync(join(app, 'assets', 'a.js'), join(app, 'inside.js'))
    const {server, url} = await serveApp({root: app, port: 0})
    try {
      for (const path of ['secret.txt', 'ngoai/bi-mat.txt']) {
        const response = await fetch(url + path)
        expect(response.status, path).toBe(403)
        expect(await response.text(), path).not.toContain('bí mật')
      }
      expect(await (await fetch(url + 'inside.js')).text()).toBe('ok')
      expect((await fetch(url)).status).toBe(200)
    } finally {
      server.close()
      server.closeAllConnections()
    }
  })
})
