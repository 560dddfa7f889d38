// Hostile inputs of issue #14, generated at full size; one script, three ways to run them (after a build):
//
//   node scripts/stress.mjs attacks [bytes, default 1000000] [name…]
//     Every attack through the command line as a user runs it: `kehoach parse FILE -o OUT.json`, one
//     process an attack, timed with /usr/bin/time (wall time, CPU time, peak resident memory of the
//     whole process, Node and modules included). Prints a Markdown table and, last, the attacks over
//     2 s or 300 MB.
//   node scripts/stress.mjs floods [bytes, default 1000000] [name…]
//     The Markdown reader on hostile floods against an ordinary plan of the same size: each construct
//     repeated to the size, read by fromMarkdown; CPU time, wall time and the process's peak resident
//     memory so far (run one flood a process, naming it, for the peak of that flood alone).
//   node --max-old-space-size=4096 scripts/stress.mjs long-lines [bytes, default 19000000] [first pattern]
//     Lines of millions of characters: each of the readers' own patterns repeated into one line (under
//     the 20 MiB input limit), read by parseText (as the text, as a task's field and as news) and
//     fromMarkdown. Prints each case's time, or the error it threw.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const MODES = {attacks, floods, 'long-lines': longLines}
const [mode, ...args] = process.argv.slice(2)
if (!Object.hasOwn(MODES, mode ?? '')) {
  console.error(`usage: node scripts/stress.mjs ${Object.keys(MODES).join('|')} [bytes] [names…]`)
  process.exit(2)
}
await MODES[mode](args)

/** Every attack through the command line, one process each. */
async function attacks(args) {
  const size = Number(args[0] ?? 1_000_000)
  const only = args.slice(1)
  const cli = fileURLToPath(new URL('../packages/cli/bin/kehoach.js', import.meta.url))
  const example = readFileSync(fileURLToPath(new URL('../examples/ninh-binh-315.yaml', import.meta.url)), 'utf8')
  /** `unit` repeated to `bytes` bytes of UTF-8 (whole units, then whole characters). */
  const fill = (unit, bytes = size) => {
    const each = Buffer.byteLength(unit)
    const whole = unit.repeat(Math.floor(bytes / each))
    let rest = ''
    for (const character of unit) if (Buffer.byteLength(whole + rest + character) <= bytes) rest += character
    return whole + rest
  }
  /** A portal plan's frame around `body`, which is cut so that the whole file is `size` bytes or so. */
  const HEAD =
    'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1/KH-UBND\nNinh Bình, ngày 2 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện Đề án\n'
  const frame = (before, unit, after = '') =>
    HEAD + before + fill(unit, size - Buffer.byteLength(HEAD + before + after)) + after
  const task = (i) =>
    `${i}. Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở lần ${i}\n` +
    `- Cơ quan chủ trì: Sở Tư pháp\n- Cơ quan phối hợp: Ủy ban nhân dân các huyện, thành phố; Sở Tài chính\n` +
    `- Thời gian thực hiện: Hằng năm, giai đoạn 2025 - 2030.\n`
  const tasks = (count) => Array.from({length: count}, (_, i) => task(i + 1)).join('')
  const taskCount = Math.floor((size - 200) / Buffer.byteLength(task(500)))
  const mojibake = (text) => Buffer.from(text, 'utf8').toString('latin1')

  /** name → [file extension, content]. */
  const ATTACKS = {
    'text: an ordinary plan': () => [
      'txt',
      `${HEAD}I. MỤC ĐÍCH\nNâng cao năng lực.\nII. NHIỆM VỤ\n${tasks(taskCount)}`
    ],
    'text: "đạt 90% " in one clause': () => ['txt', frame('I. MỤC TIÊU\n- ', 'đạt 90% ')],
    'text: many "từ" before a "%"': () => ['txt', frame('I. MỤC TIÊU\n- ', 'từ ', ' 90%')],
    'text: "Luật A "': () => ['txt', frame('Căn cứ ', 'Luật A ')],
    'text: "Quyết định 1/A về “"': () => ['txt', frame('Căn cứ ', 'Quyết định 1/A về “')],
    'text: "1/1/2020 " in a timeline': () => [
      'txt',
      frame('II. NHIỆM VỤ\n1. Tổ chức\n- Thời gian thực hiện: ', '1/1/2020 ')
    ],
    'text: "Kiểm tra: " in a timeline': () => [
      'txt',
      frame('II. NHIỆM VỤ\n1. Tổ chức\n- Thời gian thực hiện: ', 'Kiểm tra: ')
    ],
    'text: one agency list of commas': () => ['txt', frame('II. NHIỆM VỤ\n1. Tổ chức\n- Cơ quan chủ trì: ', 'Sở A, ')],
    'text: tasks numbered 1 to N': () => ['txt', `${HEAD}II. NHIỆM VỤ\n${tasks(taskCount)}`],
    'text: one line of "- "': () => ['txt', frame('II. NHIỆM VỤ\n', '- ')],
    'text: short lines "a\\n\\n"': () => ['txt', frame('', 'a\n\n')],
    'text: "I. " headings': () => ['txt', frame('', 'I. a\n')],
    'text: "a) " items': () => ['txt', frame('II. NHIỆM VỤ\n1. Tổ chức\n', 'a) b\n')],
    'text: mojibake (UTF-8 read as Windows-1252)': () => [
      'txt',
      mojibake(`${HEAD}II. NHIỆM VỤ\n${tasks(Math.floor(taskCount / 1.5))}`)
    ],
    'news: "đạt 90% "': () => [
      'txt',
      `Ngày 2/3/2025, UBND tỉnh Ninh Bình ban hành Kế hoạch thực hiện Đề án. Theo đó, tỉnh phấn đấu ${fill('đạt 90% ', size - 200)}.`
    ],
    'news: "Kế hoạch thực hiện Đề án “a"': () => ['txt', `Tin\n${fill('Kế hoạch thực hiện Đề án “a', size - 10)}`],
    'markdown: an ordinary plan': () => ['md', null],
    'markdown: setext headings': () => ['md', fill('a\n=\n')],
    'markdown: emphasis delimiters': () => ['md', fill('*a _b ')],
    'markdown: unclosed links': () => ['md', fill('[a](b ')],
    'markdown: brackets': () => ['md', fill('[ ')],
    'markdown: reference definitions': () => ['md', fill('[a]: b\n')],
    'markdown: a table': () => ['md', fill('| a | b |\n|---|---|\n')],
    'markdown: one line of ">"': () => ['md', fill('>')],
    'markdown: quotes nested ever deeper': () => [
      'md',
      Array.from({length: Math.ceil(size / 60)}, (_, i) => `${'>'.repeat(i % 60)} a`)
        .join('\n')
        .slice(0, size)
    ],
    'markdown: list markers on one line': () => ['md', fill('1. - * + ')],
    'markdown: fences': () => ['md', fill('```\n')],
    'markdown: HTML blocks': () => ['md', fill('<div>\n')],
    'markdown: short paragraphs': () => ['md', fill('a\n\n')],
    'markdown: "- - a" lines (a list nesting on every line)': () => ['md', fill('- - a\n')],
    'markdown: "- a" and "  - b" in turn': () => ['md', fill('- a\n  - b\n')],
    'markdown: "1. a" lines': () => ['md', fill('1. a\n')],
    'yaml: tasks with type errors': () => {
      const one = '  - title: 5\n    lead: [1, {x: 1}]\n    timeline: 7\n'
      return ['yaml', `meta:\n  issuer: A\ntasks:\n${one.repeat(Math.floor((size - 30) / one.length))}`]
    },
    // The same tasks with one thing of YAML's that a plan seldom uses.
    'yaml: tasks with type errors, a comment at the end': () => {
      const one = '  - title: 5\n    lead: [1, {x: 1}]\n    timeline: 7\n'
      return ['yaml', `meta:\n  issuer: A\ntasks:\n${one.repeat(Math.floor((size - 40) / one.length))}# hết\n`]
    },
    'yaml: tasks with type errors, an anchor and an alias': () => {
      const one = '  - title: 5\n    lead: [1, {x: 1}]\n    timeline: 7\n'
      return ['yaml', `x: &a 1\nmeta:\n  issuer: A\ntasks:\n${one.repeat(Math.floor((size - 50) / one.length))}y: *a\n`]
    },
    'yaml: tasks with type errors, a tag': () => {
      const one = '  - title: 5\n    lead: [1, {x: 1}]\n    timeline: 7\n'
      return ['yaml', `z: !!str 1\nmeta:\n  issuer: A\ntasks:\n${one.repeat(Math.floor((size - 50) / one.length))}`]
    },
    'yaml: tasks, a syntax error at the end': () => {
      const one = '  - title: a\n    lead: [b, {name: c}]\n    timeline: d\n'
      return ['yaml', `meta:\n  issuer: A\ntasks:\n${one.repeat(Math.floor((size - 40) / one.length))}  - title: [\n`]
    },
    'yaml: unknown keys in one mapping': () => [
      'yaml',
      `meta:\n  issuer: A\n${Array.from({length: Math.floor(size / 12)}, (_, i) => `k${i}: 1`).join('\n')}\n`.slice(
        0,
        size
      )
    ],
    'yaml: unknown keys in one mapping, one of them twice': () => [
      'yaml',
      `meta:\n  issuer: A\nk0: 1\n${Array.from({length: Math.floor(size / 12)}, (_, i) => `k${i}: 1`).join('\n')}\n`.slice(
        0,
        size
      )
    ],
    'yaml: an ordinary plan': () => {
      // The example's task list repeated until the file has the size.
      const start = example.indexOf('\ntasks:\n') + 8
      const end = example.indexOf('\nfunding:')
      const list = example.slice(start, end + 1)
      const copies = Math.max(1, Math.floor((size - (example.length - list.length)) / Buffer.byteLength(list)))
      return ['yaml', example.slice(0, start) + list.repeat(copies) + example.slice(end + 1)]
    },
    'yaml: objectives stating 100,000 targets': () => [
      'yaml',
      `meta:\n  issuer: A\nobjectives:\n  - "${fill('đạt 90%; ', size - 60)}"\ntasks: []\n`
    ],
    'yaml: nested 1,000 levels': () => ['yaml', `${'- '.repeat(1000)}a\n`],
    'json: nested to the size': () => ['json', '['.repeat(size / 2) + ']'.repeat(size / 2)],
    'yaml: an alias bomb': () => [
      'yaml',
      `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        {length: 20},
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`
      ).join('\n')}\n`
    ]
  }

  const folder = mkdtempSync(join(tmpdir(), 'kehoach-attacks-'))
  const rows = []
  try {
    for (const [name, make] of Object.entries(ATTACKS)) {
      if (only.length > 0 && !only.some((word) => name.includes(word))) continue
      let [extension, content] = make()
      if (content === null)
        content = execFileSync(
          'node',
          [
            cli,
            'parse',
            join(fileURLToPath(new URL('../examples/ninh-binh-315.yaml', import.meta.url))),
            '--format',
            'md'
          ],
          {encoding: 'utf8'}
        )
      if (name === 'markdown: an ordinary plan') {
        const body = content.slice(content.indexOf('\n---\n', 4) + 5)
        content = content + body.repeat(Math.ceil(size / Buffer.byteLength(body)))
        content = Buffer.from(content)
          .subarray(0, size)
          .toString('utf8')
          .replace(/\uFFFD$/u, '')
      }
      const input = join(folder, `attack.${extension}`)
      const output = join(folder, 'out.json')
      writeFileSync(input, content)
      rmSync(output, {force: true})
      const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'node', cli, 'parse', input, '-o', output], {
        encoding: 'utf8',
        maxBuffer: 1 << 28
      })
      const lines = run.stderr.trim().split('\n')
      const [wall, user, system, peak] = lines.pop().split(' ').map(Number)
      const trace = /\n\s+at /.test(run.stderr) ? 'STACK TRACE' : ''
      const rules = [...new Set(lines.map((line) => /\[([\w-]+)\]$/.exec(line)?.[1]).filter(Boolean))]
        .slice(0, 4)
        .join(', ')
      let tasksRead = ''
      try {
        const plan = JSON.parse(readFileSync(output, 'utf8'))
        const count = (list) => (list ?? []).reduce((sum, item) => sum + 1 + count(item.tasks), 0)
        tasksRead = String(count(plan.tasks))
      } catch {
        tasksRead = '-'
      }
      const row = {
        name,
        bytes: Buffer.byteLength(content),
        wall,
        cpu: user + system,
        peak: peak / 1024,
        exit: run.status,
        tasksRead,
        rules: [trace, rules].filter(Boolean).join(' ') || '-'
      }
      rows.push(row)
      console.log(
        `| ${name} | ${(row.bytes / 1e6).toFixed(2)} MB | ${wall.toFixed(2)} s | ${row.cpu.toFixed(2)} s | ${row.peak.toFixed(0)} MB | ${run.status} | ${tasksRead} | ${row.rules} |`
      )
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
  const over = rows.filter((row) => row.wall >= 2 || row.peak >= 300 || row.rules.includes('STACK'))
  console.log(
    over.length === 0
      ? '\nEvery attack: under 2 s and 300 MB, no stack trace.'
      : `\nOver 2 s or 300 MB, or a stack trace:\n${over.map((row) => `- ${row.name}: ${row.wall} s, ${row.peak.toFixed(0)} MB`).join('\n')}`
  )
}

/** The Markdown reader on hostile floods, in this process. */
async function floods(args) {
  const {fromYaml} = await import('@kehoach/model')
  const {fromMarkdown, toMarkdown} = await import('@kehoach/text')
  const size = Number(args[0] ?? 1_000_000)
  const only = args.slice(1)
  const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  const example = fromYaml(
    readFileSync(fileURLToPath(new URL('../examples/ninh-binh-315.yaml', import.meta.url)), 'utf8')
  ).plan
  const markdown = toMarkdown(example)
  const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5)
  const FLOODS = {
    'an ordinary plan (its body repeated)': () =>
      (markdown + body.repeat(Math.ceil(size / body.length))).slice(0, size),
    'setext headings': () => fill('a\n=\n'),
    'setext headings with ---': () => fill('Tiêu đề\n---\n'),
    'emphasis delimiters': () => fill('*a _b '),
    'strong delimiters': () => fill('**'),
    'unclosed links': () => fill('[a](b '),
    brackets: () => fill('[ '),
    'one run of "["': () => fill('['),
    'reference definitions': () => fill('[a]: b\n'),
    'a table': () => fill('| a | b |\n|---|---|\n'),
    'one line of ">"': () => fill('>'),
    'quotes nested ever deeper': () =>
      Array.from({length: Math.ceil(size / 60)}, (_, i) => `${'>'.repeat(i % 60)} a`).join('\n'),
    'quote lines': () => fill('> a\n'),
    'list markers on one line': () => fill('1. - * + '),
    'code-span backticks': () => fill('`a ``'),
    fences: () => fill('```\n'),
    'HTML blocks': () => fill('<div>\n'),
    'short paragraphs (a\\n\\n)': () => fill('a\n\n')
  }
  fromMarkdown(markdown)
  for (const [name, make] of Object.entries(FLOODS)) {
    if (only.length > 0 && !only.some((word) => name.includes(word))) continue
    const text = make()
    const before = process.cpuUsage()
    const started = performance.now()
    let note
    try {
      const {messages} = fromMarkdown(text)
      note =
        [
          ...new Set(
            messages.filter((message) => message.ruleId.startsWith('markdown')).map((message) => message.ruleId)
          )
        ].join(', ') || '-'
    } catch (error) {
      note = `THROWS ${String(error).slice(0, 60)}`
    }
    const cpu = process.cpuUsage(before)
    const peak = process.resourceUsage().maxRSS / 1024
    console.log(
      `| ${name} | ${(text.length / 1e6).toFixed(2)} MB | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s | ${((performance.now() - started) / 1000).toFixed(1)} s | ${peak.toFixed(0)} MB | ${note} |`
    )
  }
}

/** Lines of millions of characters, in this process. */
async function longLines(args) {
  const {parseText, fromMarkdown} = await import('@kehoach/text')
  const HEAD = 'KẾ HOẠCH\nThực hiện Đề án\nII. NHIỆM VỤ\n1. Tổ chức\n'
  const patterns = [
    '- ',
    'a',
    'a.',
    'Tổ chức. ',
    ', ',
    '“',
    '(',
    'đạt 90% ',
    'Luật A ',
    '1/1/2020 ',
    'Sở ',
    'giao ',
    'Sở A chủ trì, ',
    ': ',
    'về “',
    '1. ',
    '*',
    '|',
    'trên địa bàn tỉnh ',
    'Ninh ',
    'A. ',
    'Kế hoạch thực hiện ',
    '_',
    '- a\n  - b\n',
    '“a” ',
    'Căn cứ Quyết định 1/QĐ-TTg '
  ]
  const size = Number(args[0] ?? 19e6)
  const from = args[1] ? patterns.indexOf(args[1]) : 0
  for (const pattern of patterns.slice(from)) {
    const line = pattern.repeat(Math.floor(size / Buffer.byteLength(pattern)))
    for (const [name, run] of [
      ['text', () => parseText(HEAD + line)],
      ['field', () => parseText(`${HEAD}- Cơ quan chủ trì: ${line}\n- Thời gian: ${line.slice(0, 1e6)}`)],
      ['news', () => parseText(`Tin\n${line}`, {form: 'news'})],
      ['md', () => fromMarkdown(line)]
    ]) {
      const started = performance.now()
      try {
        run()
        console.log(`ok ${name} ${JSON.stringify(pattern)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
      } catch (error) {
        console.log(
          `THROWS ${name} ${JSON.stringify(pattern)}: ${String(error).slice(0, 100)} ${error.stack?.split('\n')[1]}`
        )
      }
    }
  }
}
