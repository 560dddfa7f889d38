// A citation in a plan's preamble ends where its sentence ends: the next sentence ("Ủy ban nhân dân
// tỉnh ban hành Kế hoạch …") is no part of the programme or the law it names.
import {describe, expect, it} from 'vitest'
import {parseText} from '@kehoach/text'

function implementsOf(preamble: string) {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH SƠN LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '| Độc lập - Tự do - Hạnh phúc',
    'Số: 41/KH-UBND | Sơn Lâm, ngày 7 tháng 5 năm 2026',
    'KẾ HOẠCH',
    'Phòng, chống tệ nạn trên địa bàn tỉnh',
    preamble,
    'I. NHIỆM VỤ',
    '1. Tuyên truyền về phòng, chống tệ nạn'
  ].join('\n')
  return parseText(text, {file: 'citations.txt'}).plan.meta.implements.map((ref) => ref.text)
}

describe('a citation ends with its sentence', () => {
  it('a programme named without number', () => {
    expect(
      implementsOf(
        'Thực hiện Chương trình mục tiêu quốc gia phòng, chống tệ nạn mẫu đến năm 2030. Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện, cụ thể như sau:'
      )
    ).toEqual(['Chương trình mục tiêu quốc gia phòng, chống tệ nạn mẫu đến năm 2030'])
  })

  it('a law put into effect, and a law named before a later date', () => {
    expect(
      implementsOf(
        'Thực hiện Quyết định số 9/QĐ-TTg ngày 3/3/2026 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Phòng chống tệ nạn mẫu. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Phòng chống tệ nạn mẫu như sau:'
      )
    ).toEqual([
      'Quyết định số 9/QĐ-TTg ngày 3/3/2026 của Thủ tướng Chính phủ',
      'Luật sửa đổi, bổ sung một số điều của Luật Phòng chống tệ nạn mẫu'
    ])
  })
})
