// Keeps the TypeScript model (packages/model/src/lib/types.ts), the JSON Schema and the
// precompiled validator in step.
import {readFileSync} from 'node:fs'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {Ajv2020} from 'ajv/dist/2020.js'
import {generate, targets} from '../scripts/validators.mjs'
import {compileSchemes} from '../scripts/schemes.mjs'

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'))

/** Each schema, the TypeScript file that declares the same shapes, and interface name → its $def (or the root). */
const SUITES = [
  {
    schema: load('plan'),
    types: '../packages/model/src/lib/types.ts',
    pairs: {
      Plan: '#',
      Meta: 'meta',
      DocRef: 'docRefFields',
      EnactingDecision: 'enactingDecision',
      TextItem: 'textItem',
      Target: 'target',
      AgencyDetail: 'agencyDetail',
      Recurrence: 'recurrence',
      Milestone: 'milestone',
      Timeline: 'timelineDetail',
      Task: 'task',
      Assignment: 'assignment',
      Signature: 'signature',
      Section: 'section',
      Point: 'point',
      Position: 'position'
    } as Record<string, string>
  },
  {
    schema: load('scheme'),
    types: '../packages/coverage/src/lib/types.ts',
    pairs: {
      Scheme: '#',
      Provenance: 'provenance',
      SchemeSource: 'source',
      Expected: 'expected',
      SchemeGroup: 'group',
      SchemeTarget: 'target'
    } as Record<string, string>
  },
  {
    schema: load('coverage-report'),
    types: '../packages/coverage/src/lib/types.ts',
    pairs: {
      CoverageReport: '#',
      Finding: 'finding',
      Match: 'match',
      CoverageItem: 'item',
      TargetResult: 'targetResult',
      CoverageSummary: 'summary'
    } as Record<string, string>
  },
  {
    schema: load('diff'),
    types: '../packages/diff/src/lib/types.ts',
    pairs: {
      DiffReport: '#',
      DiffSide: 'side',
      WordChange: 'word',
      MilestoneChange: 'milestone',
      FieldChange: 'field',
      TaskSnapshot: 'task',
      Change: 'change'
    } as Record<string, string>
  }
]

function interfaces(path: string): Map<string, Map<string, boolean>> {
  const file = new URL(path, import.meta.url)
  const source = ts.createSourceFile('types.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const result = new Map<string, Map<string, boolean>>()
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return
    const members = new Map<string, boolean>()
    for (const heritage of node.heritageClauses ?? []) {
      for (const type of heritage.types)
        for (const [name, optional] of result.get(type.expression.getText()) ?? []) members.set(name, optional)
    }
    for (const member of node.members) {
      if (ts.isPropertySignature(member)) members.set(member.name.getText(), Boolean(member.questionToken))
    }
    result.set(node.name.text, members)
  })
  return result
}

function schemaProperties(schema: any, def: string): {properties: Set<string>; required: Set<string>} {
  const node = def === '#' ? schema : def === 'summary' ? schema.properties.summary : schema.$defs[def]
  const properties = new Set<string>(Object.keys(node.properties ?? {}))
  const required = new Set<string>(node.required ?? [])
  if (node.$ref) {
    const base = schemaProperties(schema, node.$ref.replace('#/$defs/', ''))
    for (const name of base.properties) properties.add(name)
    for (const name of base.required) required.add(name)
  }
  return {properties, required}
}

describe.each(SUITES)('types and schema $schema.$id', ({schema, types: path, pairs}) => {
  const types = interfaces(path)
  it.each(Object.entries(pairs))('%s has the same fields as $defs/%s', (name, def) => {
    const fields = types.get(name)
    expect(fields, name).toBeDefined()
    const {properties, required} = schemaProperties(schema, def)
    properties.delete('$schema')
    fields!.delete('$schema')
    expect([...properties].sort()).toEqual([...fields!.keys()].sort())
    // A field the schema requires is required in the type; an optional field is never required by the schema.
    for (const field of required) expect(fields!.get(field), `${name}.${field}`).toBe(false)
  })
})

describe('generated files', () => {
  it.each(Object.entries(targets))('the precompiled %s validator matches its schema', (name, pkg) => {
    const current = readFileSync(
      new URL(`../packages/${pkg}/src/generated/${name}-validate.ts`, import.meta.url),
      'utf8'
    )
    expect(current).toBe(generate(name))
  })
  it('the compiled national schemes match packages/coverage/schemes/*.yaml', () => {
    const current = readFileSync(new URL('../packages/coverage/src/generated/schemes.ts', import.meta.url), 'utf8')
    expect(current).toBe(compileSchemes())
  })
  it('diffs follow schemas/diff.schema.json', async () => {
    const {fromYaml, completePlan} = await import('@kehoach/model')
    const {diffPlans} = await import('@kehoach/diff')
    const {plan} = fromYaml(readFileSync(new URL('../examples/ninh-binh-315.yaml', import.meta.url), 'utf8'))
    const other = structuredClone(plan)
    other.tasks.splice(1, 1)
    other.tasks[0]!.title += ' năm 2026'
    other.tasks.push(
      completePlan({meta: {issuer: 'x'}, tasks: [{title: 'Nhiệm vụ mới', lead: ['Sở Tư pháp']}]}).tasks[0]!
    )
    other.recipients.push('Sở Nội vụ')
    const validate = new Ajv2020({allErrors: true, strict: true}).compile(load('diff'))
    const report = JSON.parse(JSON.stringify(diffPlans(plan, other, {oldFile: 'a.yaml', newFile: 'b.yaml'})))
    expect(report.changes.length).toBeGreaterThanOrEqual(4)
    validate(report)
    expect(validate.errors ?? []).toEqual([])
  })
  it('coverage reports follow schemas/coverage-report.schema.json', async () => {
    const {fromYaml} = await import('@kehoach/model')
    const {coverage, SCHEMES} = await import('@kehoach/coverage')
    const {plan} = fromYaml(readFileSync(new URL('../examples/ninh-binh-315.yaml', import.meta.url), 'utf8'))
    const validate = new Ajv2020({allErrors: true, strict: true}).compile(load('coverage-report'))
    for (const scheme of SCHEMES) {
      const ok = validate(JSON.parse(JSON.stringify(coverage(plan, scheme, {file: 'x.yaml'}))))
      expect(validate.errors ?? [], scheme.id).toEqual([])
      expect(ok).toBe(true)
    }
  })
  it('every example validates', async () => {
    const {fromYaml, hasErrors} = await import('@kehoach/model')
    const text = readFileSync(new URL('../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')
    const {messages} = fromYaml(text)
    expect(hasErrors(messages)).toBe(false)
  })
})
