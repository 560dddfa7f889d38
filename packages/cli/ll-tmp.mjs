// Each pattern repeated into one line of ~19 MB, under a plan header and as a task's field: does any reader throw?
import {parseText, parseNews, fromMarkdown} from '@kehoach/text'
const HEAD = 'KẾ HOẠCH\nThực hiện Đề án\nII. NHIỆM VỤ\n1. Tổ chức\n'
const patterns = ['- ', 'a', 'a.', 'Tổ chức. ', ', ', '“', '(', 'đạt 90% ', 'Luật A ', '1/1/2020 ', 'Sở ', 'giao ', 'Sở A chủ trì, ', ': ', 'về “', '1. ', '*', '|']
const size = Number(process.argv[2] ?? 19e6)
for (const pattern of patterns) {
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
