// A task written "Agency: what it does" ("7. Các sở, ban, ngành: Căn cứ chức năng, …") names who does
// the work before its colon: its title is the sentence as written (not "Các sở, ban, ngành:" alone,
// which names no work), and the agencies before the colon lead it.
import {describe, expect, it} from 'vitest'
import {agencyName} from '@kehoach/vietnamese'
import {parseText} from '@kehoach/text'

const text = [
  'ỦY BAN NHÂN DÂN TỈNH SƠN LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '| Độc lập - Tự do - Hạnh phúc',
  'Số: 40/KH-UBND | Sơn Lâm, ngày 6 tháng 5 năm 2026',
  'KẾ HOẠCH',
  'Nâng cao chất lượng hòa giải ở cơ sở',
  'I. NHIỆM VỤ, GIẢI PHÁP',
  '1. Các sở, ban, ngành, địa phương: Căn cứ chức năng, nhiệm vụ được giao, lồng ghép việc tuyên truyền về hòa giải vào hoạt động thường xuyên. Kết quả gửi Sở Tư pháp tổng hợp.',
  '2. Sở Tư pháp: hướng dẫn các xã kiện toàn tổ hòa giải.',
  '3. Công tác tập huấn: Mở lớp bồi dưỡng kỹ năng cho hòa giải viên.',
  '4. Sở Nội vụ:',
  '- Hướng dẫn chế độ cho hòa giải viên.'
].join('\n')

describe('a task written "Agency: what it does"', () => {
  const {plan} = parseText(text, {file: 'agency-colon.txt'})
  const [first, second, third, fourth] = plan.tasks

  it('keeps the words after the agencies in its title, up to the first sentence end', () => {
    expect(first?.title).toBe(
      'Các sở, ban, ngành, địa phương: Căn cứ chức năng, nhiệm vụ được giao, lồng ghép việc tuyên truyền về hòa giải vào hoạt động thường xuyên.'
    )
    expect(first?.body).toBe('Kết quả gửi Sở Tư pháp tổng hợp.')
    expect(second?.title).toBe('Sở Tư pháp: hướng dẫn các xã kiện toàn tổ hòa giải.')
  })

  it('is led by the agencies before the colon', () => {
    expect(first?.lead.map(agencyName)).toEqual(['Các sở, ban, ngành, địa phương'])
    expect(second?.lead.map(agencyName)).toEqual(['Sở Tư pháp'])
  })

  it('leaves a topic before a colon, and an agency heading with its items, as they were', () => {
    expect(third?.title).toBe('Công tác tập huấn:')
    expect(third?.body).toBe('Mở lớp bồi dưỡng kỹ năng cho hòa giải viên.')
    expect(fourth?.title).toBe('Sở Nội vụ:')
    expect(fourth?.lead.map(agencyName)).toEqual(['Sở Nội vụ'])
  })
})
