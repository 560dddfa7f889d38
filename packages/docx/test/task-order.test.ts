// Issue 29, closing check: a task's "-" lines are its content and stand before its fields, as the
// plans that have both write them (Bắc Ninh 141, TP Hồ Chí Minh 172, Lai Châu 7360: the content,
// then "Cơ quan chủ trì / phối hợp / Thời gian thực hiện"); Nghị định 30 says nothing of the order.
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {planToDocx, redlineToDocx} from '@kehoach/docx'
import {all, parse, parts, textOf} from '../../../test/ooxml.js'

const yaml = `meta:
  docType: ke-hoach
  issuer: Ủy ban nhân dân tỉnh Sơn Lâm
  number: 7/KH-UBND
  place: Sơn Lâm
  date: 2026-03-02
tasks:
  - label: "1."
    title: Tuyên truyền về hòa giải ở cơ sở
    lead: [Sở Tư pháp]
    support: [Sở Văn hóa, Thể thao và Du lịch]
    timeline: Hàng năm
    children:
      - label: "-"
        title: Đăng tin trên cổng thông tin điện tử của tỉnh
      - label: "-"
        title: Phát sóng chuyên mục trên đài phát thanh xã
  - label: "2."
    title: Bồi dưỡng hòa giải viên
    lead: [Sở Tư pháp]
    children:
      - label: a)
        title: Biên soạn tài liệu
        lead: [Sở Tư pháp]
`

async function lines(bytes: Uint8Array): Promise<string[]> {
  return all(parse(parts(bytes)['word/document.xml'] as string), 'p').map((p) => textOf(p))
}

function order(text: readonly string[], ...starts: string[]): number[] {
  return starts.map((start) => text.findIndex((line) => line.startsWith(start)))
}

describe('a task with "-" lines and fields', () => {
  const {plan} = fromYaml(yaml, {file: 'thu.yaml'})

  it('prints its title, its "-" lines, then chủ trì, phối hợp, thời gian', async () => {
    const text = await lines(await planToDocx(plan))
    const at = order(
      text,
      '1. Tuyên truyền',
      '- Đăng tin',
      '- Phát sóng',
      '- Cơ quan chủ trì: Sở Tư pháp',
      '- Cơ quan phối hợp',
      '- Thời gian thực hiện: Hàng năm'
    )
    expect(
      at.every((index) => index >= 0),
      text.join('\n')
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('keeps a lettered subtask after its parent’s fields', async () => {
    const text = await lines(await planToDocx(plan))
    const [parent, lead, child] = order(text, '2. Bồi dưỡng', '- Cơ quan chủ trì: Sở Tư pháp', 'a) Biên soạn')
    expect(parent).toBeLessThan(child!)
    expect(text.slice(parent!, child!).filter((line) => line.startsWith('- Cơ quan chủ trì')).length).toBe(1)
    expect(lead).toBeGreaterThan(-1)
  })

  it('the redline writes the same order', async () => {
    const after = structuredClone(plan)
    after.tasks[0]!.title = 'Tuyên truyền rộng rãi về hòa giải ở cơ sở'
    const text = await lines(await redlineToDocx(plan, after))
    const at = order(text, '1. Tuyên truyền', '- Đăng tin', '- Phát sóng', '- Cơ quan chủ trì', '- Thời gian thực hiện')
    expect(
      at.every((index) => index >= 0),
      text.join('\n')
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })
})
