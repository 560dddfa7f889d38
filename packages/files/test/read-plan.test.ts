// readPlan: one entry point from a file (bytes and a name) to a plan, for the CLI and the web app.
import {describe, expect, it} from 'vitest'
import {emptyPlan, toJson, toYaml, type Plan} from '@kehoach/model'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {planToDocx} from '@kehoach/docx'
import {planFormatOf, readPlan, readText} from '@kehoach/files'

const utf8 = (text: string) => new TextEncoder().encode(text)

const plan: Plan = {
  ...emptyPlan(),
  meta: {
    ...emptyPlan().meta,
    title: 'Kế hoạch thử đọc tệp',
    issuer: 'Ủy ban nhân dân xã Thử',
    number: '7/KH-UBND',
    date: '2025-03-02'
  },
  tasks: [
    {
      id: '1',
      label: '1.',
      title: 'Rà soát danh sách tổ hòa giải',
      lead: ['Công chức Tư pháp - Hộ tịch'],
      support: [],
      timeline: null,
      children: []
    }
  ]
} as unknown as Plan

describe('planFormatOf', () => {
  it.each([
    ['ke-hoach.yaml', undefined, 'yaml'],
    ['KE-HOACH.YML', undefined, 'yaml'],
    ['a/b.c/ke-hoach.markdown', undefined, 'md'],
    ['ban-sao.text', undefined, 'text'],
    ['ke-hoach.doc', undefined, 'doc'],
    ['.yaml', undefined, undefined],
    ['thu-muc.v2/tep', undefined, undefined],
    ['tep.bin', 'news', 'news'],
    ['tep.yaml', 'xml', undefined]
  ])('%s (format %s) → %s', (name, format, want) => {
    expect(planFormatOf(name, format)).toBe(want)
  })
})

describe('readPlan', () => {
  it('reads YAML and JSON by the name, and gives the decoded text', async () => {
    const yaml = await readPlan(utf8(toYaml(plan)), 'ke-hoach.yaml')
    expect([yaml.format, yaml.plan?.meta.title, yaml.text]).toEqual(['yaml', 'Kế hoạch thử đọc tệp', toYaml(plan)])
    const json = await readPlan(utf8(toJson(plan)), 'ke-hoach.json')
    expect([json.format, json.plan?.tasks[0]?.title]).toEqual(['json', 'Rà soát danh sách tổ hòa giải'])
  })

  it('takes what the bytes are over the name: a DOCX named .txt is read as a DOCX', async () => {
    const read = await readPlan(await planToDocx(plan), 'nham-ten.txt')
    expect([read.format, read.plan?.meta.number]).toEqual(['docx', '7/KH-UBND'])
  })

  it('takes the format the caller names over the bytes and the name', async () => {
    const read = await readPlan(utf8(toYaml(plan)), 'ke-hoach.txt', {format: 'yaml'})
    expect([read.format, read.plan?.meta.number]).toEqual(['yaml', '7/KH-UBND'])
  })

  it('reads a .md as kehoach Markdown or a portal export, told apart by content', async () => {
    const markdown = toMarkdown(plan)
    const want = fromMarkdown(markdown, {file: 'a.md'})
    const read = await readPlan(utf8(markdown), 'a.md')
    expect(read.plan).toEqual(want.plan)
    expect(read.messages).toEqual(want.messages)
  })

  it.each([
    ['an unknown extension', utf8('văn bản'), 'tep.xyz', undefined, 'input-format'],
    ['an unknown named format', utf8('văn bản'), 'tep.txt', {format: 'xml'}, 'input-format'],
    [
      'a Word 97 file without a reader for it',
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
      'cu.doc',
      undefined,
      'input-format'
    ],
    ['a binary file named .txt', Uint8Array.of(0x41, 0, 0x42), 'tep.txt', undefined, 'input-binary'],
    ['an empty text file', utf8('  \n'), 'tep.md', undefined, 'input-empty']
  ])('gives no plan and one error for %s', async (_, bytes, name, options, ruleId) => {
    const read = await readPlan(bytes, name, options)
    expect(read.plan).toBeUndefined()
    expect(read.messages.map((message) => [message.ruleId, message.fatal])).toEqual([[ruleId, true]])
  })

  it('hands a Word 97 file to the reader the caller gives (Node only: LibreOffice)', async () => {
    const seen: string[] = []
    const bytes = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0)
    const read = await readPlan(bytes, 'cu.bin', {
      readDoc: async (_bytes, options) => (seen.push(options.file), {plan, messages: []})
    })
    expect([seen, read.format, read.plan?.meta.title]).toEqual([['cu.bin'], 'doc', 'Kế hoạch thử đọc tệp'])
  })

  it('says when the format is known, before its reader runs', async () => {
    const formats: string[] = []
    await readPlan(utf8(toYaml(plan)), 'ke-hoach.yml', {prepare: async (format) => void formats.push(format)})
    expect(formats).toEqual(['yaml'])
  })
})

describe('readText', () => {
  it('puts back UTF-8 once read as Windows-1252, with one warning', async () => {
    // "Ủy ban nhân dân" saved as UTF-8, read as Windows-1252, saved again as UTF-8.
    const garbled = new TextDecoder('windows-1252').decode(utf8('Ủy ban nhân dân xã Thử'))
    const read = await readText(utf8(garbled), 'tep.txt')
    expect(read.ok && [read.text, read.warning?.ruleId]).toEqual(['Ủy ban nhân dân xã Thử', 'input-mojibake'])
  })
  it('reads a file cut in the middle of its last character up to it, with a warning', async () => {
    const bytes = utf8('Kế hoạch ư').subarray(0, -1)
    const read = await readText(bytes, 'tep.txt')
    expect(read.ok && [read.text, read.warning?.ruleId]).toEqual(['Kế hoạch ', 'input-truncated'])
  })
})
