// Issue 27: a plan longer than any real one (here 2,100 tasks, 6,300 paragraphs; a tester's 1 MB
// text plan had 21,000 and took 2.3-2.6 s and 346 MB to render) is refused before its Word file is
// built: `render` and `diff -f docx` exit 1 with one located line and write nothing, and the web
// app's engine fails the call with the same reason.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {parseText} from '@kehoach/text'
import {planDocx, redlineDocx} from '../../web/src/engine.js'
import {cli} from './run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-too-large-'))
const example = new URL('../../../examples/ninh-binh-315.yaml', import.meta.url).pathname

/** A text plan of `count` tasks, each a title, a lead and a timeline line. */
function longPlan(count: number): string {
  const tasks = Array.from(
    {length: count},
    (_, index) =>
      `${index + 1}. Tập huấn hòa giải viên đợt ${index + 1}\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: Năm 2026.\n`
  )
  return `KẾ HOẠCH\nTập huấn hòa giải viên\n\nI. NHIỆM VỤ\n${tasks.join('')}`
}

describe('a plan too long for a Word file', () => {
  const file = join(dir, 'dai.txt')
  writeFileSync(file, longPlan(2100))

  it('render refuses it at the task past 6,000 paragraphs and writes nothing', async () => {
    const out = join(dir, 'dai.docx')
    const result = await cli('render', file, '-o', out)
    expect(result.code).toBe(1)
    const refusal = result.stderr.split('\n').filter((line) => line.includes('[render-too-large]'))
    expect(refusal).toHaveLength(1)
    // Task 1,9xx starts at line 4 + 3 × 1,9xx.
    const line = Number(/^.*dai\.txt:(\d+):1: lỗi /u.exec(refusal[0] ?? '')?.[1])
    expect(line).toBeGreaterThan(4 + 3 * 1950)
    expect(line).toBeLessThan(4 + 3 * 2000)
    expect(existsSync(out)).toBe(false)
  })

  it('diff -f docx refuses it too', async () => {
    const out = join(dir, 'so-sanh.docx')
    const result = await cli('diff', example, file, '-f', 'docx', '-o', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('[render-too-large]')
    expect(existsSync(out)).toBe(false)
  })

  it('a plan of 1,900 such tasks is rendered', async () => {
    const shorter = join(dir, 'vua.txt')
    writeFileSync(shorter, longPlan(1900))
    const out = join(dir, 'vua.docx')
    const result = await cli('render', shorter, '-o', out, '-q')
    expect(result.code).toBe(0)
    expect(existsSync(out)).toBe(true)
  })

  it('the web app fails the DOCX call with the reason in Vietnamese', async () => {
    const {plan} = parseText(longPlan(2100))
    await expect(planDocx(plan)).rejects.toThrow(/quá 6000 đoạn mà một bản Word được dựng/u)
    const small = fromYaml(readFileSync(example, 'utf8')).plan
    await expect(redlineDocx(small, plan)).rejects.toThrow(/quá 6000 đoạn mà một bản Word được dựng/u)
    expect((await planDocx(small)).length).toBeGreaterThan(5000)
  })
})
