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
