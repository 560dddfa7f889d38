// Review tables as CSV (issue 27), the one writer the command line and the web app share: a plan's
// words never become a formula or a row of their own.
import {expect, it} from 'vitest'
import {csvTable} from '@kehoach/model'

const cell = (value: string | number): string =>
  csvTable([[value]])
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n$/u, '')

it('an apostrophe before = + - @ tab CR, also after spaces and invisible characters; quotes around CR and LF; numbers as they are', () => {
  const cases: Array<[string | number, string]> = [
    ['=HYPERLINK("http://x","a")', `"'=HYPERLINK(""http://x"",""a"")"`],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r=1', `"'\r=1"`],
    ['a\rb', '"a\rb"'],
    ['a\nb', '"a\nb"'],
    ['Sở Tư pháp', 'Sở Tư pháp'],
    [-5, '-5'],
    ['  =1+2', "'  =1+2"],
    ['\u00a0+1', "'\u00a0+1"],
    ['\ufeff-1', "'\ufeff-1"],
    ['\u200b\u2060@SUM(A1)', "'\u200b\u2060@SUM(A1)"],
    [' \u00a0\u200d\u00ad=HYPERLINK("http://x")', `"' \u00a0\u200d\u00ad=HYPERLINK(""http://x"")"`],
    ['\u3000=1', "'\u3000=1"],
    ['a =1', 'a =1'],
    [' Sở Tư pháp', ' Sở Tư pháp'],
    ['\uff1d1+2', "'\uff1d1+2"],
    ['\u3164=1', "'\u3164=1"],
    ['\n=1', `"'\n=1"`]
  ]
  for (const [given, want] of cases) expect(cell(given), JSON.stringify(given)).toBe(want)
})

it('a table: the byte order mark, cells joined by commas, rows ended by CRLF', () => {
  expect(
    csvTable([
      ['a', 1],
      ['=b', 'c,d']
    ])
  ).toBe('\uFEFFa,1\r\n\'=b,"c,d"\r\n')
})

it('control characters but tab, CR and LF (NUL, ESC, DEL, C1), U+FFFE, U+FFFF and lone surrogates are U+FFFD, as in DOCX', () => {
  const cases: Array<[string, string]> = [
    ['a\u0000b', 'a\uFFFDb'],
    ['\u001b[31mđỏ\u001b[0m', '\uFFFD[31mđỏ\uFFFD[0m'],
    ['a\u0007\u0008\u000b\u000c\u007fb', 'a\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDb'],
    ['a\u0085\u009bb', 'a\uFFFD\uFFFDb'],
    ['a\ufffe\uffffb', 'a\uFFFD\uFFFDb'],
    ['a\ud800b\udc00', 'a\uFFFDb\uFFFD'],
    ['a😀b', 'a😀b'],
    ['a\tb', 'a\tb'],
    ['a\u0000\r\nb', '"a\uFFFD\r\nb"'],
    // Neutralised before it is cleaned: a spreadsheet may trim the control and read the formula.
    ['\u0000=1+2', "'\uFFFD=1+2"],
    ['\u001b-1', "'\uFFFD-1"],
    ['Sở Tư pháp', 'Sở Tư pháp']
  ]
  for (const [given, want] of cases) expect(cell(given), JSON.stringify(given)).toBe(want)
  const table = csvTable([[`x${String.fromCharCode(...Array.from({length: 160}, (_, code) => code))}y`]])
  expect(table).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u)
})
