// Mojibake (UTF-8 read once as Windows-1252 and saved again) put back, moved here with the repair from the model.
import {describe, expect, it} from 'vitest'
import {repairMojibake} from '../src/lib/mojibake.js'

describe('mojibake', () => {
  // UTF-8 bytes read as Windows-1252, as a misconfigured editor or form does.
  const garble = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text))
  const plain =
    'Ủy ban nhân dân tỉnh Vĩnh Phúc: “Kế hoạch thực hiện Đề án” – ngày 17/4/2024; hòa giải viên ở cơ sở, Trưởng thôn, Mặt trận Tổ quốc.'

  it('is repaired, with one warning at the first repair', () => {
    const broken = `Dòng đầu\n${garble(plain)}`.replace('Dòng đầu', 'Dong dau')
    expect(broken).toContain('á»¦y ban nhÃ¢n dÃ¢n')
    const {text, messages} = repairMojibake(broken, {file: 'ke-hoach.txt'})
    expect(text).toBe(`Dong dau\n${plain}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      ruleId: 'input-mojibake',
      fatal: false,
      file: 'ke-hoach.txt',
      place: {line: 2, column: 1}
    })
    expect(messages[0]?.reason).toContain('á»¦y” → “Ủy')
  })

  it('is repaired when the bytes Windows-1252 leaves undefined came through as C1 controls (Latin-1)', () => {
    const latin1 = Array.from(new TextEncoder().encode('Đề án, những người'), (byte) => String.fromCharCode(byte)).join(
      ''
    )
    expect(repairMojibake(latin1).text).toBe('Đề án, những người')
  })

  it.each([
    ['Vietnamese in Unicode', plain],
    ['Latin-1 words', 'Café, naïve, Zürich, Ångström, São Paulo, 20 °C, © 2024, ½, «guillemets»'],
    ['letters next to punctuation', 'Hà…” Ô“ à— á…” Ã'],
    ['one Latin-1 result alone', 'NHIỆT ĐỘ 20Â°C'],
    ['nothing but ASCII', 'Ke hoach so 147/KH-UBND']
  ])('%s is left alone, with no warning', (_, text) => {
    expect(repairMojibake(text)).toEqual({text, messages: []})
  })

  it('leaves the sequences whose bytes were lost, and repairs the rest', () => {
    // "ờ" is E1 BB 9D; Windows-1252 has no character for 9D, so a decoder that dropped it left "á»".
    const {text} = repairMojibake(`${garble('Ủy ban')} th${garble('ờ').slice(0, 2)}i gian`)
    expect(text).toBe('Ủy ban thá»i gian')
  })
})

// Issue 27: valid UTF-8 Vietnamese with non-breaking spaces is never “repaired”.
describe('non-breaking spaces', () => {
  it('repairMojibake never fires on “XÃ” or “PHÍ” followed by U+00A0', () => {
    for (const text of [
      'XÃ\u00a0HỘI',
      'KINH PHÍ\u00a0THỰC HIỆN',
      'II. KINH PHÍ\u00a0\nXÃ\u00a0HỘI XÃ\u00a0HỘI XÃ\u00a0HỘI',
      'ỦY BAN NHÂN DÂN TỈNH A\nII. KINH PHÍ THỰC HIỆN\nNgân sách tỉnh bảo đảm KINH PHÍ theo phân cấp.\n'.replace(
        / /gu,
        '\u00a0'
      )
    ]) {
      expect(repairMojibake(text)).toEqual({text, messages: []})
    }
    // Real mojibake is still repaired, “à” (C3 A0) included, whatever its space became.
    const good = 'Ủy ban nhân dân tỉnh và các sở'
    const garbled = new TextDecoder('windows-1252').decode(Buffer.from(good, 'utf8'))
    expect(garbled).toContain('Ã\u00a0')
    expect(repairMojibake(garbled).text).toBe(good)
  })
})
