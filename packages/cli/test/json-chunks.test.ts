// The JSON of a plan in pieces is the JSON of the plan: the same text, byte for byte.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {emptyPlan, fromYaml, toJson, type Plan} from '@kehoach/model'
import {jsonChunks, jsonListChunks} from '../src/lib/json-chunks.js'

const example = fromYaml(readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')).plan

describe('jsonChunks', () => {
  it('joins to toJson exactly: the example, an empty plan, empty and one-element lists, text with line breaks and quotes', () => {
    const odd: Plan = {...emptyPlan(), preamble: [{text: 'một\ndòng "hai"\tba \\ “bốn”'}], recipients: ['Như trên;']}
    for (const plan of [example, emptyPlan(), odd]) expect([...jsonChunks(plan)].join('')).toBe(toJson(plan))
  })

  it('leaves out what JSON leaves out (an undefined field), as JSON.stringify does', () => {
    const plan = {...emptyPlan(), funding: undefined} as unknown as Plan
    expect([...jsonChunks(plan)].join('')).toBe(toJson(plan))
  })

  it('gives a long list in pieces of at most 512 elements, so no piece holds the whole text', () => {
    for (const length of [1, 511, 512, 513, 5_000]) {
      const plan: Plan = {...emptyPlan(), preamble: Array.from({length}, (_, index) => ({text: `đoạn ${index}`}))}
      const pieces = [...jsonChunks(plan)]
      expect(pieces.join('')).toBe(toJson(plan))
      expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(length / 512))
      expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(512 * 40)
    }
  })
})

describe('jsonListChunks', () => {
  it('joins to JSON.stringify of the list exactly: none, one, several plans', () => {
    const odd: Plan = {...emptyPlan(), preamble: [{text: 'một\ndòng "hai"'}]}
    for (const plans of [[], [example], [example, emptyPlan(), odd]])
      expect([...jsonListChunks(plans)].join('')).toBe(`${JSON.stringify(plans, null, 2)}\n`)
  })
})
