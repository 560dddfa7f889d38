// Text encodings: UTF-16 and UTF-8 byte order marks, Windows-1258, TCVN3 (checked against
// glibc iconv when it is there) and VNI, with detection that leaves Unicode alone.
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {decodeText} from '../src/lib/encoding.js'
import {decodeLegacy, detectLegacy, isVietnameseSyllable} from '../src/lib/encoding.js'

const SENTENCE = 'Kế hoạch tuyên truyền pháp luật về hòa giải ở cơ sở năm 2026 của Ủy ban nhân dân tỉnh'

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    bytes[2 + index * 2 + (bigEndian ? 1 : 0)] = code & 0xff
    bytes[2 + index * 2 + (bigEndian ? 0 : 1)] = code >> 8
  }
  return bytes
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0))

/** UTF-32 with its byte order mark, four bytes a code point. */
function utf32(text: string, bigEndian: boolean): Uint8Array {
  const codes = [0xfeff, ...[...text].map((character) => character.codePointAt(0) as number)]
  const bytes = new Uint8Array(codes.length * 4)
  const view = new DataView(bytes.buffer)
  for (const [index, code] of codes.entries()) view.setUint32(index * 4, code, !bigEndian)
  return bytes
}

describe('decodeText', () => {
  const cases: Array<[string, {given: Uint8Array; want: string; encoding: string}]> = [
    ['UTF-16 LE with a BOM', {given: utf16(SENTENCE, false), want: SENTENCE, encoding: 'utf-16le'}],
    ['UTF-16 BE with a BOM', {given: utf16(SENTENCE, true), want: SENTENCE, encoding: 'utf-16be'}],
    // UTF-32 LE's mark, FF FE 00 00, starts like UTF-16 LE's: it is checked first.
    ['UTF-32 LE with a BOM', {given: utf32(`${SENTENCE} 𝐀`, false), want: `${SENTENCE} 𝐀`, encoding: 'utf-32le'}],
    ['UTF-32 BE with a BOM', {given: utf32(SENTENCE, true), want: SENTENCE, encoding: 'utf-32be'}],
    // VISCII puts each precomposed letter on a code of its own: ế 0xAA, ạ 0xD5, ê 0xEA, ề 0xAB, á 0xE1, ậ 0xA7, ò 0xF2, ả 0xE4.
    [
      'VISCII bytes',
      {
        given: latin1('K\xAA ho\xD5ch tuy\xEAn truy\xABn ph\xE1p lu\xA7t v\xAB h\xF2a gi\xE4i'),
        want: 'Kế hoạch tuyên truyền pháp luật về hòa giải',
        encoding: 'viscii'
      }
    ],
    [
      'UTF-8 with a BOM (stripped)',
      {
        given: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]),
        want: SENTENCE,
        encoding: 'utf-8'
      }
    ],
    // Windows-1258 writes "ế" as ê + a combining acute (0xEA 0xEC), "ạ" as a + dot below (0x61 0xF2).
    [
      'Windows-1258 with combining tone marks',
      {
        given: latin1('K\xEA\xEC ho\x61\xF2ch tuy\xEAn truy\xEA\xCCn ph\x61\xECp lu\xE2\xF2t'),
        want: 'Kế hoạch tuyên truyền pháp luật',
        encoding: 'windows-1258'
      }
    ],
    [
      'TCVN3 bytes',
      {
        given: latin1('KÕ ho¹ch tuyªn truyÒn ph¸p luËt vÒ hßa gi¶i'),
        want: 'Kế hoạch tuyên truyền pháp luật về hòa giải',
        encoding: 'tcvn3'
      }
    ],
    [
      'VNI bytes',
      {
        given: latin1('Keá hoaïch tuyeân truyeàn phaùp luaät veà hoøa giaûi cô sôû'),
        want: 'Kế hoạch tuyên truyền pháp luật về hòa giải cơ sở',
        encoding: 'vni'
      }
    ],
    [
      'TCVN3 letters inside valid UTF-8 (copied from a legacy document)',
      {
        given: new TextEncoder().encode('KÕ ho¹ch tuyªn truyÒn ph¸p luËt'),
        want: 'Kế hoạch tuyên truyền pháp luật',
        encoding: 'tcvn3'
      }
    ]
  ]
  it.each(cases)('%s', (_, {given, want, encoding}) => {
    const decoded = decodeText(given, {file: 'x.txt'})
    expect(decoded.ok && decoded.text).toBe(want)
    expect(decoded.ok && decoded.encoding).toBe(encoding)
    if (decoded.ok && encoding !== 'utf-8')
      expect(decoded.messages.map((message) => message.ruleId)).toEqual(['encoding-converted'])
  })
  it('UTF-32 with a code that is not a character, or cut in its last code, is an encoding error at that code', () => {
    const bad = utf32('Kế hoạch', false)
    new DataView(bad.buffer).setUint32(8, 0x110000, true)
    expect(decodeText(bad)).toEqual({ok: false, reason: 'encoding', offset: 8})
    expect(decodeText(utf32('Kế hoạch', true).subarray(0, 14))).toEqual({ok: false, reason: 'encoding', offset: 12})
  })
  it('a NUL outside UTF-16 is binary; too little Vietnamese to tell is an encoding error', () => {
    expect(decodeText(new Uint8Array([1, 0, 2]))).toEqual({ok: false, reason: 'binary', offset: 1})
    expect(decodeText(latin1('H\xF2a'))).toMatchObject({ok: false, reason: 'encoding', offset: 1})
  })
  it('Unicode Vietnamese with a stray legacy-looking sign stays Unicode', () => {
    const text = `${SENTENCE} § 3 ®`
    expect(detectLegacy(text)).toEqual({encoding: 'unicode'})
  })
})

describe('legacy tables', () => {
  it('TCVN3: the 74 codes agree with glibc iconv TCVN5712-1', () => {
    let oracle: string
    const codes = [
      ...Array.from({length: 14}, (_, index) => 0xa1 + index),
      0xb5,
      0xb6,
      0xb7,
      0xb8,
      0xb9,
      0xbb,
      0xbc,
      0xbd,
      0xbe,
      0xc6,
      0xc7,
      0xc8,
      0xc9,
      0xca,
      0xcb,
      0xcc,
      0xce,
      0xcf,
      0xd0,
      0xd1,
      0xd2,
      0xd3,
      0xd4,
      0xd5,
      0xd6,
      0xd7,
      0xd8,
      0xdc,
      0xdd,
      0xde,
      0xdf,
      0xe1,
      0xe2,
      0xe3,
      0xe4,
      0xe5,
      0xe6,
      0xe7,
      0xe8,
      0xe9,
      0xea,
      0xeb,
      0xec,
      0xed,
      0xee,
      0xef,
      0xf1,
      0xf2,
      0xf3,
      0xf4,
      0xf5,
      0xf6,
      0xf7,
      0xf8,
      0xf9,
      0xfa,
      0xfb,
      0xfc,
      0xfd,
      0xfe
    ]
    expect(codes).toHaveLength(74)
    try {
      oracle = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], {input: Buffer.from(codes)})
        .toString('utf8')
        .normalize('NFC')
    } catch {
      console.warn('iconv with TCVN5712-1 not available: checking TCVN3 against itself only')
      oracle = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'
    }
    expect(decodeLegacy(String.fromCharCode(...codes), 'tcvn3')).toBe(oracle)
  })
  it('VNI: base letter and mark, longest match first', () => {
    expect(decodeLegacy('löïc ñöôïc ngöôøi Vieät Nam AÁn ÑOÄ hoïc kyø', 'vni')).toBe(
      'lực được người Việt Nam Ấn ĐỘ học kỳ'
    )
  })
  it('Vietnamese syllables', () => {
    for (const word of ['nghiêng', 'người', 'khuyến', 'quyết', 'giữa', 'oanh', 'Việt'])
      expect(isVietnameseSyllable(word), word).toBe(true)
    for (const word of ['ho¹ch', 'lưïc', 'kếế', 'xyz', 'tiếng̀']) expect(isVietnameseSyllable(word), word).toBe(false)
  })
})

describe('TCVN 5712:1993 VN1 (iconv TCVN5712-1)', () => {
  // Words of our own, with capitals that carry tone marks (which TCVN3 has no codes for).
  const words =
    'ỦY BAN NHÂN DÂN XÃ AN HÒA\nKẾ HOẠCH Tập huấn hòa giải viên ở cơ sở năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nỞ mỗi thôn, tổ dân phố có ít nhất một TỔ HÒA GIẢI; ỨNG DỤNG Ấn phẩm ĐƯỢC CẤP.\n'
  let bytes: Uint8Array | undefined
  try {
    bytes = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], {input: words}))
  } catch {
    if (process.env.CI === 'true') throw new Error('iconv with TCVN5712-1 is needed under CI')
    console.warn('iconv with TCVN5712-1 not available: the VN1 fixture is not made')
  }
  it.runIf(bytes !== undefined)('a file iconv wrote as TCVN5712-1 keeps its capitals', () => {
    const decoded = decodeText(bytes as Uint8Array, {file: 'vn1.txt'})
    expect(decoded.ok && decoded.encoding).toBe('tcvn5712-1')
    expect(decoded.ok && decoded.text).toBe(words)
    expect(decoded.ok && decoded.messages[0]?.reason).toMatch(/TCVN 5712:1993 VN1/u)
  })
  it.runIf(bytes !== undefined)('the capitals’ codes agree with iconv, one by one', () => {
    const codes = [
      0x01,
      0x02,
      0x04,
      0x05,
      0x06,
      ...Array.from({length: 7}, (_, index) => 0x11 + index),
      ...Array.from({length: 32}, (_, index) => 0x80 + index),
      0xaf,
      0xba,
      0xbf,
      0xc0,
      0xc1,
      0xc2,
      0xc3,
      0xc4,
      0xc5,
      0xcd,
      0xd9,
      0xda,
      0xdb,
      0xe0,
      0xf0,
      0xff
    ]
    for (const code of codes) {
      const oracle = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], {input: Buffer.from([code])}).toString(
        'utf8'
      )
      expect(
        decodeLegacy(new TextDecoder('windows-1252').decode(Uint8Array.of(code)), 'tcvn5712-1'),
        code.toString(16)
      ).toBe(oracle)
    }
  })
  it('TCVN3 text without such capitals is still TCVN3', () => {
    const decoded = decodeText(latin1('KÕ ho¹ch tuyªn truyÒn ph¸p luËt vÒ hßa gi¶i'))
    expect(decoded.ok && decoded.encoding).toBe('tcvn3')
  })
})

describe('VISCII (RFC 1456)', () => {
  // Words of our own, capitals and small letters, as a file iconv wrote in VISCII.
  const words =
    'ỦY BAN NHÂN DÂN XÃ AN HÒA\nKẾ HOẠCH Tập huấn hòa giải viên ở cơ sở năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nỞ mỗi thôn, tổ dân phố có ít nhất một TỔ HÒA GIẢI; ẴN, ẲNG, ỸN, ỴU, ỶA là chữ thử.\n'
  let bytes: Uint8Array | undefined
  try {
    bytes = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'VISCII'], {input: words}))
  } catch {
    if (process.env.CI === 'true') throw new Error('iconv with VISCII is needed under CI')
    console.warn('iconv with VISCII not available: the VISCII fixture is not made')
  }
  it.runIf(bytes !== undefined)('a file iconv wrote as VISCII is read as VISCII, not as TCVN 5712:1993 VN1', () => {
    const decoded = decodeText(bytes as Uint8Array, {file: 'viscii.txt'})
    expect(decoded.ok && decoded.encoding).toBe('viscii')
    expect(decoded.ok && decoded.text).toBe(words)
    expect(decoded.ok && decoded.messages[0]?.reason).toMatch(/VISCII/u)
  })
  it.runIf(bytes !== undefined)('its 134 letters’ codes agree with iconv, one by one', () => {
    const codes = [0x02, 0x05, 0x06, 0x14, 0x19, 0x1e, ...Array.from({length: 128}, (_, index) => 0x80 + index)]
    for (const code of codes) {
      const oracle = execFileSync('iconv', ['-f', 'VISCII', '-t', 'UTF-8'], {input: Buffer.from([code])}).toString(
        'utf8'
      )
      expect(
        decodeLegacy(new TextDecoder('windows-1252').decode(Uint8Array.of(code)), 'viscii'),
        code.toString(16)
      ).toBe(oracle)
    }
  })
})
