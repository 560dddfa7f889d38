// Keeps the TypeScript model (packages/model/src/lib/types.ts), the JSON Schema and the
// precompiled validator in step.
import {readFileSync} from 'node:fs'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {generate} from '../scripts/validators.mjs'

const schema = JSON.parse(readFileSync(new URL('../schemas/plan.schema.json', import.meta.url), 'utf8'))

/** Interface name → its schema $def (or the root). */
const PAIRS: Record<string, string> = {
  Plan: '#', Meta: 'meta', DocRef: 'docRefFields', EnactingDecision: 'enactingDecision', TextItem: 'textItem', Target: 'target',
  AgencyDetail: 'agencyDetail', Recurrence: 'recurrence', Milestone: 'milestone', Timeline: 'timelineDetail', Task: 'task',
  Assignment: 'assignment', Signature: 'signature', Section: 'section', Point: 'point', Position: 'position'
}

function interfaces(): Map<string, Map<string, boolean>> {
  const file = new URL('../packages/model/src/lib/types.ts', import.meta.url)
  const source = ts.createSourceFile('types.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const result = new Map<string, Map<string, boolean>>()
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return
    const members = new Map<string, boolean>()
    for (const heritage of node.heritageClauses ?? []) {
      for (const type of heritage.types) for (const [name, optional] of result.get(type.expression.getText()) ?? []) members.set(name, optional)
    }
    for (const member of node.members) {
      if (ts.isPropertySignature(member)) members.set(member.name.getText(), Boolean(member.questionToken))
    }
    result.set(node.name.text, members)
  })
  return result
}

function schemaProperties(def: string): {properties: Set<string>; required: Set<string>} {
  const node = def === '#' ? schema : schema.$defs[def]
  const properties = new Set<string>(Object.keys(node.properties ?? {}))
  const required = new Set<string>(node.required ?? [])
  if (node.$ref) {
    const base = schemaProperties(node.$ref.replace('#/$defs/', ''))
    for (const name of base.properties) properties.add(name)
    for (const name of base.required) required.add(name)
  }
  return {properties, required}
}

describe('types and schema', () => {
  const types = interfaces()
  it.each(Object.entries(PAIRS))('%s has the same fields as $defs/%s', (name, def) => {
    const fields = types.get(name)
    expect(fields, name).toBeDefined()
    const {properties, required} = schemaProperties(def)
    properties.delete('$schema')
    expect([...properties].sort()).toEqual([...fields!.keys()].sort())
    // A field the schema requires is required in the type; an optional field is never required by the schema.
    for (const field of required) expect(fields!.get(field), `${name}.${field}`).toBe(false)
  })
})

describe('generated files', () => {
  it('the precompiled plan validator matches schemas/plan.schema.json', () => {
    const current = readFileSync(new URL('../packages/model/src/generated/plan-validate.ts', import.meta.url), 'utf8')
    expect(current).toBe(generate('plan'))
  })
  it('every example validates', async () => {
    const {fromYaml, hasErrors} = await import('@kehoach/model')
    const text = readFileSync(new URL('../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')
    const {messages} = fromYaml(text)
    expect(hasErrors(messages)).toBe(false)
  })
})
