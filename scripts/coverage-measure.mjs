// Precision and recall of coverage matching per group of 315/QĐ-TTg and 428/QĐ-TTg on their
// labelled sets (packages/coverage/test/labelled/315.yaml, 428.yaml), on each one's build part
// and measured part.
// Uses the built packages: run `node scripts/build.mjs` first. Run: node scripts/coverage-measure.mjs [--errors]
import {findScheme} from '@kehoach/coverage'
import {loadLabelled, measure} from '../packages/coverage/test/labelled/measure.mjs'

const show = process.argv.includes('--errors')
const pct = (value) => value.toFixed(2)
for (const [id, file] of [
  ['315/QĐ-TTg', '315.yaml'],
  ['428/QĐ-TTg', '428.yaml']
]) {
  const scheme = findScheme(id)
  const entries = loadLabelled(file)
  console.log(`\n── ${id} (test/labelled/${file})`)
  for (const part of ['build', 'measured']) {
    const chosen = entries.filter((entry) => entry.part === part)
    const {perGroup, exact, total, errors} = measure(chosen, scheme)
    const lookAlikes = chosen.filter((entry) => entry.groups.length === 0).length
    console.log(
      `\n${part}: ${total} lines (${lookAlikes} look-alikes), exactly right ${exact}/${total} (${pct(exact / total)})`
    )
    console.log('group  precision  recall   tp  fp  fn')
    for (const [group, row] of Object.entries(perGroup))
      console.log(
        `${group.padEnd(5)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(6)}  ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}`
      )
    // Only the build part's errors are ever shown: the measured part is not looked at.
    if (show && part === 'build')
      for (const error of errors)
        console.log(
          `  ${error.id}: want [${error.want}] got [${error.covered}] partial [${error.partial}]  ${error.text.slice(0, 110)}`
        )
  }
}

const scheme = findScheme('315/QĐ-TTg')
const entries = loadLabelled()

// The alternative the engine was chosen against: a scorer learnt from the build part
// (one-vs-rest logistic regression on syllable unigrams and bigrams of the task, its heading
// marked "h:", and whether the plan implements the scheme), measured on the same parts.
if (process.argv.includes('--learnt')) {
  const {matchKey} = await import('@kehoach/vietnamese')
  const features = (entry) => {
    const out = new Set()
    const add = (text, prefix) => {
      const words = matchKey(text ?? '')
        .split(' ')
        .filter(Boolean)
      words.forEach((word, k) => {
        out.add(prefix + word)
        if (k > 0) out.add(`${prefix}${words[k - 1]} ${word}`)
      })
    }
    add(entry.text, '')
    add(entry.heading, 'h:')
    add(entry.plan, 'p:')
    if (entry.scheme) out.add('#scheme')
    return [...out]
  }
  const groups = scheme.groups.map((group) => group.id)
  const build = entries.filter((entry) => entry.part === 'build')
  const models = Object.fromEntries(groups.map((id) => [id, new Map()]))
  const bias = Object.fromEntries(groups.map((id) => [id, 0]))
  const sigmoid = (x) => 1 / (1 + Math.exp(-x))
  const scoreOf = (id, feats) => sigmoid(feats.reduce((sum, f) => sum + (models[id].get(f) ?? 0), bias[id]))
  for (let epoch = 0; epoch < 60; epoch++) {
    for (const entry of build) {
      const feats = features(entry)
      for (const id of groups) {
        const error = (entry.groups.includes(id) ? 1 : 0) - scoreOf(id, feats)
        bias[id] += 0.3 * error
        for (const f of feats)
          models[id].set(f, (models[id].get(f) ?? 0) + 0.3 * error - 0.001 * (models[id].get(f) ?? 0))
      }
    }
  }
  for (const part of ['build', 'measured']) {
    const chosen = entries.filter((entry) => entry.part === part)
    const counts = Object.fromEntries(groups.map((id) => [id, {tp: 0, fp: 0, fn: 0}]))
    let exact = 0
    for (const entry of chosen) {
      const feats = features(entry)
      let right = true
      for (const id of groups) {
        const got = scoreOf(id, feats) > 0.5
        const want = entry.groups.includes(id)
        if (want && got) counts[id].tp++
        else if (want) counts[id].fn++, (right = false)
        else if (got) counts[id].fp++, (right = false)
      }
      if (right) exact++
    }
    console.log(`\nlearnt scorer, ${part}: exactly right ${exact}/${chosen.length} (${pct(exact / chosen.length)})`)
    for (const id of groups) {
      const {tp, fp, fn} = counts[id]
      console.log(
        `${id.padEnd(5)}  ${pct(tp + fp === 0 ? 1 : tp / (tp + fp)).padStart(9)}  ${pct(tp + fn === 0 ? 1 : tp / (tp + fn)).padStart(6)}`
      )
    }
  }
}
