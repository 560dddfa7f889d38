// Precision and recall of coverage matching per group of 315/QĐ-TTg on the labelled set
// (packages/coverage/test/labelled/315.yaml), on its build part and its measured part.
// Uses the built packages: run `node scripts/build.mjs` first. Run: node scripts/coverage-measure.mjs [--errors]
import {findScheme} from '@kehoach/coverage'
import {loadLabelled, measure} from '../packages/coverage/test/labelled/measure.mjs'

const scheme = findScheme('315/QĐ-TTg')
const entries = loadLabelled()
const show = process.argv.includes('--errors')
const pct = (value) => value.toFixed(2)
for (const part of ['build', 'measured']) {
  const chosen = entries.filter((entry) => entry.part === part)
  const {perGroup, exact, total, errors} = measure(chosen, scheme)
  const lookAlikes = chosen.filter((entry) => entry.groups.length === 0).length
  console.log(`\n${part}: ${total} lines (${lookAlikes} look-alikes), exactly right ${exact}/${total} (${pct(exact / total)})`)
  console.log('group  precision  recall   tp  fp  fn')
  for (const [id, row] of Object.entries(perGroup)) console.log(`${id.padEnd(5)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(6)}  ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}`)
  if (show && part === 'build') for (const error of errors) console.log(`  ${error.id}: want [${error.want}] got [${error.covered}] partial [${error.partial}]  ${error.text.slice(0, 110)}`)
}
