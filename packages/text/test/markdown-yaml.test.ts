// A YAML plan written as Markdown reads back as the same plan (issue 29): nothing added, nothing lost.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {fromMarkdown, toMarkdown} from '@kehoach/text'

const folder = new URL('../../../examples/', import.meta.url)
const examples = readdirSync(folder).filter((name) => /\.ya?ml$/u.test(name))

/** The plan without source positions (the two files have different lines). */
const withoutPositions = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' || key === 'span' ? undefined : item)))

describe('YAML → toMarkdown → fromMarkdown', () => {
  it('there are examples', () => expect(examples.length).toBeGreaterThan(0))
  it.each(examples)('%s reads back as the same plan', (name) => {
    const yaml = fromYaml(readFileSync(new URL(name, folder), 'utf8'), {file: name})
    expect(yaml.messages.filter((message) => message.fatal)).toEqual([])
    const back = fromMarkdown(toMarkdown(yaml.plan), {file: name})
    expect(back.messages.filter((message) => message.fatal)).toEqual([])
    expect(withoutPositions(back.plan)).toEqual(withoutPositions(yaml.plan))
  })
})
