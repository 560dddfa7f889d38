// Fields written on one line and separated by ";" ("Chủ trì: A; phối hợp: B, C; thời gian: Quý II/2026")
// or "," are one field each: the lead ends there, and "thời gian: …" is the timeline, not an agency.
import {describe, expect, it} from 'vitest'
import {agencyName} from '@kehoach/vietnamese'
import {fromMarkdown, parseText} from '@kehoach/text'
import type {Task} from '@kehoach/model'

const head = [
  'ỦY BAN NHÂN DÂN TỈNH SƠN LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '| Độc lập - Tự do - Hạnh phúc',
  'Số: 31/KH-UBND | Sơn Lâm, ngày 2 tháng 4 năm 2026',
  'KẾ HOẠCH',
  'Củng cố tổ hòa giải ở thôn, tổ dân phố',
  'I. NHIỆM VỤ, GIẢI PHÁP'
]

const tasks = [
  ['1. Tập huấn nghiệp vụ cho tổ trưởng tổ hòa giải', 'Chủ trì: Sở Tư pháp; thời gian: hằng năm.'],
  [
    '2. Biên soạn sổ tay hòa giải viên',
    '- Chủ trì: Sở Tư pháp; phối hợp: Hội Luật gia tỉnh, Công an tỉnh; thời gian: Quý II/2026.'
  ],
  [
    '3. Khảo sát nhu cầu của hòa giải viên',
    'Đơn vị chủ trì: Sở Nội vụ; Đơn vị phối hợp: Ủy ban nhân dân cấp xã; Thời gian thực hiện: năm 2027.'
  ],
  // ";" between agencies of one field, with no label after it, stays inside the field.
  ['4. Sơ kết công tác hòa giải', '- Cơ quan chủ trì: Sở Tư pháp; Sở Nội vụ.'],
  // A comma before the next label ends the field too.
  ['5. Tổng kết công tác hòa giải', '- Chủ trì: Sở Tư pháp, phối hợp: Công an tỉnh, thời gian: năm 2030.']
]

function summary(task: Task) {
  return {
    lead: task.lead.map(agencyName),
    support: task.support.map(agencyName),
    timeline: task.timeline?.text ?? null
  }
}

const want = [
  {lead: ['Sở Tư pháp'], support: [], timeline: 'hằng năm'},
  {lead: ['Sở Tư pháp'], support: ['Hội Luật gia tỉnh', 'Công an tỉnh'], timeline: 'Quý II/2026'},
  {lead: ['Sở Nội vụ'], support: ['Ủy ban nhân dân cấp xã'], timeline: 'năm 2027'},
  {lead: ['Sở Tư pháp', 'Sở Nội vụ'], support: [], timeline: null},
  {lead: ['Sở Tư pháp'], support: ['Công an tỉnh'], timeline: 'năm 2030'}
]

describe('fields on one line separated by ";"', () => {
  it('portal text: each field gets its own part of the line', () => {
    const text = [...head, ...tasks.flat()].join('\n')
    const {plan} = parseText(text, {file: 'fields.txt'})
    expect(plan.tasks.map(summary)).toEqual(want)
  })

  it('Markdown as kehoach writes it: a field list item', () => {
    const markdown = [
      '# Củng cố tổ hòa giải ở thôn, tổ dân phố',
      '',
      '## I. NHIỆM VỤ, GIẢI PHÁP',
      '',
      ...tasks.flatMap(([title, field]) => [
        `### ${title}`,
        '',
        (field as string).startsWith('- ') ? field : `- ${field}`,
        ''
      ])
    ].join('\n')
    const {plan} = fromMarkdown(markdown, {file: 'fields.md'})
    expect(plan.tasks.map(summary)).toEqual(want)
  })

  it('a portal’s Markdown export, with the labels in italics', () => {
    const markdown = [
      '**ỦY BAN NHÂN DÂN TỈNH SƠN LÂM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '|',
      'Số: 31/KH-UBND | *Sơn Lâm, ngày 2 tháng 4 năm 2026*',
      '',
      '**KẾ HOẠCH**',
      '',
      '**Củng cố tổ hòa giải ở thôn, tổ dân phố**',
      '',
      '**I. NHIỆM VỤ, GIẢI PHÁP**',
      '',
      ...tasks.flatMap(([title, field]) => [
        `**${title}**`,
        '',
        (field as string).replace(/^(- )?([^:]+):/u, '$1*$2:* ').replace(/; ([^:;]+):/gu, '; *$1:* '),
        ''
      ])
    ].join('\n')
    const {plan} = fromMarkdown(markdown, {file: 'fields-portal.md'})
    expect(plan.tasks.map(summary)).toEqual(want)
  })
})
