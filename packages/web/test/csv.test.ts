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
