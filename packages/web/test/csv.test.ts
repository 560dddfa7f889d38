// The web app's review table as CSV (issue 27): a plan's words never become a formula or a row of their own.
import {expect, it} from 'vitest'
import {matrixCsv} from '../src/review-view.js'

it('a carriage return in a plan name adds no row, and =, +, -, @ start no formula', () => {
  const doc = {
    name: '=1+2.docx',
    plan: {meta: {number: '-3\r=HYPERLINK("http://127.0.0.1/")', issuer: '@SUM(A1)'}},
    messages: []
  }
  const csv = matrixCsv([], [doc as never])
  const lines = csv.replace(/^\uFEFF/u, '').split('\r\n')
  expect(lines.filter((line) => line !== '')).toHaveLength(2)
  expect(lines[1]).toMatch(/^'=1\+2\.docx,"'-3\r=HYPERLINK\(""http:\/\/127\.0\.0\.1\/""\)",'@SUM\(A1\),/u)
})

it('NUL, ESC and C1 controls from a plan are U+FFFD in the CSV, tab and line breaks kept', () => {
  const doc = {
    name: 'ke\u0000hoach.docx',
    plan: {meta: {number: '1/KH\u001b[2J', issuer: 'Sở\u0085Tư\tpháp'}},
    messages: []
  }
  const csv = matrixCsv([], [doc as never])
  expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u)
  expect(csv).toContain('ke\uFFFDhoach.docx,1/KH\uFFFD[2J,Sở\uFFFDTư\tpháp,')
})
