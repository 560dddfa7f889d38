// Issue 27: a blind tester's scheme file of 640 groups against a plan of 2,000 tasks made `check`
// take 7-8.5 s and 1 GB and write 93 MB; a fourth tester's 1 MB plan of 9,760 tasks matching the
// scheme's words 5.5-7 s under 100,000 pairs. Past 20,000 pairs of a task and a group the plan is
// not checked (coverage-too-large) and is listed among those that could not be.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'kehoach-coverage-size-'))

describe('a check of too many pairs of tasks and groups', () => {
  const bundled = readFileSync(join(root, 'packages/coverage/schemes/315-qd-ttg.yaml'), 'utf8')
  // The 315 scheme with 400 more groups, before its targets: 410 groups.
  const extra = Array.from(
    {length: 400},
    (_, index) =>
      `  - id: "${index + 100}"\n    title: Nhóm thêm số ${index + 1}\n    scope: all\n    provenance: {status: secondary, source: x}\n    keywords: [tập huấn số ${index + 1}]\n`
  ).join('')
  const scheme = join(dir, 'nhieu-nhom.yaml')
  writeFileSync(scheme, bundled.replace(/^targets:/mu, `${extra}targets:`))
  const tasks = Array.from(
    {length: 300},
    (_, index) => `${index + 1}. Tập huấn hòa giải viên đợt ${index + 1}\n- Cơ quan chủ trì: Sở Tư pháp.\n`
  ).join('')
  const plan = join(dir, 'ke-hoach.txt')
  writeFileSync(
    plan,
    `KẾ HOẠCH\nThực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ\n\nII. NHIỆM VỤ\n${tasks}`
  )

  it('is refused, one located line, the plan listed as not checked', async () => {
    const result = await cli('check', plan, '--scheme-file', scheme, '--scheme', '315')
    expect(result.code).toBe(1)
    const refusals = result.stderr.split('\n').filter((line) => line.endsWith('[coverage-too-large]'))
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toContain(
      `${plan}: lỗi Kế hoạch có 300 nhiệm vụ, Đề án 315/QĐ-TTg có 410 nhóm: quá 20000 cặp nhiệm vụ và nhóm để so từng cặp; không đối chiếu kế hoạch này.`
    )
    expect(result.stdout).toBe('')
  })

  it('a plan of 2,001 tasks against the bundled scheme is refused, 2,000 are checked', async () => {
    const many = (count: number) => {
      const path = join(dir, `ke-hoach-${count}.txt`)
      const lines = Array.from({length: count}, (_, index) => `${index + 1}. Tập huấn hòa giải viên đợt ${index + 1}`)
      writeFileSync(
        path,
        `KẾ HOẠCH\nThực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024\n\nII. NHIỆM VỤ\n${lines.join('\n')}\n`
      )
      return path
    }
    const over = await cli('check', many(2001), '--scheme', '315', '-q')
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('[coverage-too-large]')
    const under = await cli('check', many(2000), '--scheme', '315', '-q', '-f', 'json')
    expect(under.stderr).not.toContain('coverage-too-large')
    expect(JSON.parse(under.stdout).items.length).toBeGreaterThan(5)
  })

  it('the same plan against the bundled scheme is checked', async () => {
    const result = await cli('check', plan, '--scheme', '315', '-f', 'json')
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('coverage-too-large')
    expect(JSON.parse(result.stdout).items.length).toBeGreaterThan(5)
  })
})
