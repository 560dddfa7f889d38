// Measures the Markdown reader on hostile floods (issue #14) against an ordinary plan of the
// same size: each construct repeated to the size, read by fromMarkdown; CPU time, wall time
// and the process's peak resident memory so far printed (run one flood a process, naming it,
// for the peak of that flood alone).
// Run after a build: node scripts/markdown-floods.mjs [bytes, default 1000000] [name…]
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fromYaml} from '@kehoach/model'
import {fromMarkdown, toMarkdown} from '@kehoach/text'

const size = Number(process.argv[2] ?? 1_000_000)
const only = process.argv.slice(3)
const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const example = fromYaml(readFileSync(fileURLToPath(new URL('../examples/ninh-binh-315.yaml', import.meta.url)), 'utf8')).plan
const markdown = toMarkdown(example)
const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5)
const FLOODS = {
  'an ordinary plan (its body repeated)': () => (markdown + body.repeat(Math.ceil(size / body.length))).slice(0, size),
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
  'quotes nested ever deeper': () => Array.from({length: Math.ceil(size / 60)}, (_, i) => `${'>'.repeat(i % 60)} a`).join('\n'),
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
    note = [...new Set(messages.filter((message) => message.ruleId.startsWith('markdown')).map((message) => message.ruleId))].join(', ') || '-'
  } catch (error) {
    note = `THROWS ${String(error).slice(0, 60)}`
  }
  const cpu = process.cpuUsage(before)
  const peak = process.resourceUsage().maxRSS / 1024
  console.log(`| ${name} | ${(text.length / 1e6).toFixed(2)} MB | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s | ${((performance.now() - started) / 1000).toFixed(1)} s | ${peak.toFixed(0)} MB | ${note} |`)
}
