// The corpus report: per real document, what the readers find (number, date, issuer,
// sections, tasks, agencies, appendix rows, signature, recipients, warnings), so that a
// regression shows at a glance. Run: pnpm corpus [--json] [files…]
// Reads ../shared/corpus (or KEHOACH_CORPUS) and the packages' TypeScript sources.
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'
import {build} from 'esbuild'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = process.env.KEHOACH_CORPUS ?? join(root, '..', 'shared', 'corpus')
if (!existsSync(corpus)) {
  console.error(`corpus: no corpus at ${corpus}`)
  process.exit(1)
}
const scratch = mkdtempSync(join(tmpdir(), 'kehoach-corpus-'))
const bundle = join(scratch, 'readers.cjs')
await build({
  stdin: {contents: "export * from '@kehoach/text'; export * from '@kehoach/model'", resolveDir: root, loader: 'js'},
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  conditions: ['source'],
  logLevel: 'error'
})
const {parseText, fromMarkdown, walkTasks} = createRequire(import.meta.url)(bundle)
rmSync(scratch, {recursive: true, force: true})

const args = process.argv.slice(2)
const json = args.includes('--json')
const wanted = args.filter((arg) => !arg.startsWith('--'))
const files =
  wanted.length > 0
    ? wanted
    : [
        ...readdirSync(corpus).filter((name) => /\.(txt|md)$/u.test(name) && name !== 'README.md'),
        ...readdirSync(join(corpus, 'plans')).map((name) => `plans/${name}`)
      ]

const signatureLine = (signature) =>
  signature
    ? [signature.authority, signature.capacity, signature.position, signature.name].filter(Boolean).join(' / ')
    : null
const rows = []
for (const name of files) {
  const path = existsSync(name) ? name : join(corpus, name)
  const text = readFileSync(path, 'utf8')
  const {plan, messages} = name.endsWith('.md') ? fromMarkdown(text, {file: name}) : parseText(text, {file: name})
  const tasks = [...walkTasks(plan.tasks)].map(({task}) => task)
  const withLead = tasks.filter((task) => task.lead.length > 0).length
  const withTime = tasks.filter((task) => task.timeline).length
  const appendix = tasks.filter((task) => task.source === 'appendix').length
  const count = (severity) =>
    messages.filter((message) =>
      severity === 'error'
        ? message.fatal === true
        : severity === 'warning'
          ? message.fatal === false
          : message.fatal === undefined
    ).length
  const row = {
    file: name,
    type: plan.meta.docType,
    number: plan.meta.number ?? (plan.meta.symbol ? `…/${plan.meta.symbol}` : null),
    date: plan.meta.date ?? plan.meta.partialDate ?? null,
    place: plan.meta.place,
    issuer: plan.meta.issuer,
    parent: plan.meta.parentIssuer ?? null,
    title: plan.meta.title?.slice(0, 50) ?? null,
    refs: `${plan.meta.implements.length}+${plan.meta.basis.length}`,
    sections: plan.sections.map((section) => `${section.label}:${section.role.slice(0, 4)}`).join(' '),
    tasks: `${plan.tasks.length}/${tasks.length}`,
    lead: withLead,
    time: withTime,
    appendix,
    implementation: plan.implementation.length,
    signature: signatureLine(plan.signature),
    decisionSignature: signatureLine(plan.meta.enactedBy?.signature),
    recipients: plan.recipients.length,
    enactedBy: plan.meta.enactedBy?.number ?? null,
    messages: `${count('error')}e ${count('warning')}w ${count('info')}i`
  }
  rows.push(row)
}
if (json) console.log(JSON.stringify(rows, null, 2))
else {
  for (const row of rows) {
    console.log(`■ ${row.file}`)
    console.log(
      `  ${row.type} ${row.number ?? '(no number)'} ${row.date ?? '(no date)'} ${row.place ?? '(no place)'} | ${row.issuer ?? '(no issuer)'}${row.parent ? ` < ${row.parent}` : ''}${row.enactedBy ? ` | enacted by ${row.enactedBy}` : ''}`
    )
    console.log(`  title: ${row.title ?? '(none)'} | refs ${row.refs} | sections ${row.sections || '(none)'}`)
    console.log(
      `  tasks ${row.tasks} (lead ${row.lead}, time ${row.time}, appendix ${row.appendix}) | implementation ${row.implementation} | recipients ${row.recipients} | ${row.messages}`
    )
    console.log(
      `  signature: ${row.signature ?? '(none)'}${row.decisionSignature ? ` | the decision's: ${row.decisionSignature}` : ''}`
    )
  }
}
