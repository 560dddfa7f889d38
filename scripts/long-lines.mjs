// Lines of millions of characters (issue #14): each of the readers' own patterns repeated into one
// line of about 19 MB (under the 20 MiB input limit), read by parseText (as the text and as a task's
// field), parseNews and fromMarkdown. Prints each case's time, or the error it threw (a pattern that
// backtracks over the whole line overflows V8's regular-expression stack).
// Run after a build: node --max-old-space-size=4096 scripts/long-lines.mjs [bytes] [first pattern]
import {parseText, fromMarkdown} from '@kehoach/text'
import {parseNews} from '../packages/text/src/news/read.js'
const HEAD = 'KẾ HOẠCH\nThực hiện Đề án\nII. NHIỆM VỤ\n1. Tổ chức\n'
const patterns = ['- ', 'a', 'a.', 'Tổ chức. ', ', ', '“', '(', 'đạt 90% ', 'Luật A ', '1/1/2020 ', 'Sở ', 'giao ', 'Sở A chủ trì, ', ': ', 'về “', '1. ', '*', '|', 'trên địa bàn tỉnh ', 'Ninh ', 'A. ', 'Kế hoạch thực hiện ', '_', '- a\n  - b\n', '“a” ', 'Căn cứ Quyết định 1/QĐ-TTg ']
const size = Number(process.argv[2] ?? 19e6)
const from = process.argv[3] ? patterns.indexOf(process.argv[3]) : 0
for (const pattern of patterns.slice(from)) {
  const line = pattern.repeat(Math.floor(size / Buffer.byteLength(pattern)))
  for (const [name, run] of [['text', () => parseText(HEAD + line)], ['field', () => parseText(`${HEAD}- Cơ quan chủ trì: ${line}\n- Thời gian: ${line.slice(0, 1e6)}`)], ['news', () => parseNews(`Tin\n${line}`)], ['md', () => fromMarkdown(line)]]) {
    const started = performance.now()
    try {
      run()
      console.log(`ok ${name} ${JSON.stringify(pattern)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
    } catch (error) {
      console.log(`THROWS ${name} ${JSON.stringify(pattern)}: ${String(error).slice(0, 100)} ${error.stack?.split('\n')[1]}`)
    }
  }
}
