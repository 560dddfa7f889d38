// The two paths of readYamlData (js-yaml's events in yaml-fast.ts, yaml's parseDocument in
// yaml.ts) give the same data, the same messages and the same place for every node and key; the
// fast path runs for the example plan and gives way to yaml for what it does not model.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fromYaml, toJson} from '@kehoach/model'
import {readYamlDataBy, type YamlOptions, type YamlPath} from '../src/lib/yaml.js'
import {yamlDocument} from './yaml-documents.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const runs = Math.max(1, Math.round(300 * (Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? '1') || 1)))

/** Every path to a node of `data`, with a few that lead nowhere. */
function pathsOf(data: unknown): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [[], ['nowhere'], [0]]
  const pending: Array<[unknown, Array<string | number>]> = [[data, []]]
  while (pending.length > 0) {
    const [value, path] = pending.pop()!
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        paths.push([...path, index])
        pending.push([item, [...path, index]])
      })
      paths.push([...path, value.length], [...path, 'x'])
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const here = [...path, key]
        paths.push(here)
        if (/^\d+$/.test(key)) paths.push([...path, Number(key)])
        pending.push([(value as Record<string, unknown>)[key], here])
      }
      paths.push([...path, 'null'], [...path, 'true'])
    }
  }
  return paths
}

/** Read `text` both ways; expect the same answer as JSON; return which path the default read took. */
function same(text: string, options: Readonly<YamlOptions> | null = null): YamlPath {
  const slow = readYamlDataBy(text, options, 'yaml')
  const fast = readYamlDataBy(text, options, 'any')
  const answer = (result: typeof slow.result) => {
    const places = pathsOf(result.data).map((path) => [path, result.locate(path, 'value'), result.locate(path, 'key')])
    return JSON.stringify({data: result.data, messages: result.messages, places})
  }
  expect(answer(fast.result), JSON.stringify(text)).toBe(answer(slow.result))
  return fast.path
}

describe('readYamlData: the fast path', () => {
  it('reads the example plans, and their JSON, on the fast path with the yaml path’s answer', () => {
    const folder = join(root, 'examples')
    const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8')
      expect(same(text, {agencyLists: true}), name).toBe('fast')
      expect(same(text), name).toBe('fast')
      expect(same(toJson(fromYaml(text).plan), {agencyLists: true}), name).toBe('fast')
    }
  })

  it('agrees with the yaml path on generated documents', () => {
    const seen = {fast: 0, yaml: 0}
    fc.assert(
      fc.property(yamlDocument, fc.boolean(), (text, agencyLists) => {
        const path = same(text, {agencyLists, file: 'x.yaml'})
        if (path === 'fast' || path === 'yaml') seen[path]++
      }),
      {numRuns: runs}
    )
    expect(seen.fast).toBeGreaterThan(runs / 10)
    expect(seen.yaml).toBeGreaterThan(runs / 10)
  })
})
