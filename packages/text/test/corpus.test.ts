// The real documents in ../shared/corpus (read from there, never copied).
import {describe, expect, it} from 'vitest'
import {findTask, stripPositions, walkTasks, type Plan} from '@kehoach/model'
import {agencyName} from '@kehoach/vietnamese'
import {parseText} from '@kehoach/text'
import {present, read} from '../../../test/corpus.js'

const names = (list: Plan['tasks'][number]['lead']) => list.map(agencyName)

describe.runIf(present)('Vĩnh Phúc 147/KH-UBND (legal-portal text)', () => {
  const {plan, messages} = present
    ? parseText(read('vinh-phuc-147-kh-ubnd-2024.txt'), {file: 'vinh-phuc.txt'})
    : parseText('')

  it('reads the header', () => {
    expect(plan.meta).toMatchObject({
      docType: 'ke-hoach',
      issuer: 'Ủy ban nhân dân tỉnh Vĩnh Phúc',
      number: '147/KH-UBND',
      place: 'Vĩnh Phúc',
      date: '2024-06-11',
      period: {from: 2024, to: 2030}
    })
    expect(plan.meta.title).toMatch(/^THỰC HIỆN ĐỀ ÁN “NÂNG CAO NĂNG LỰC .* TRÊN ĐỊA BÀN TỈNH VĨNH PHÚC$/u)
    expect(plan.meta.implements).toEqual([
      expect.objectContaining({number: '315/QĐ-TTg', date: '2024-04-17', issuer: 'Thủ tướng Chính phủ'})
    ])
  })

  it('has no errors and no unplaced lines; the one task that names no lead is a warning', () => {
    // II.2.b lists the pilot's activities and names no lead of its own (issue 29: a warning, once, not also for II.2).
    expect(
      messages.filter((message) => message.fatal !== undefined).map((message) => [message.ruleId, message.reason])
    ).toEqual([['task-without-lead', expect.stringContaining('II.2.b')]])
  })

  it('finds the sections, purposes and requirements', () => {
    expect(plan.sections.map((section) => [section.label, section.role])).toEqual([
      ['I', 'purposes'],
      ['II', 'tasks'],
      ['III', 'funding'],
      ['IV', 'implementation']
    ])
    expect(plan.purposes.map((item) => item.label)).toEqual(['a)', 'b)'])
    expect(plan.requirements.map((item) => item.label)).toEqual(['a)', 'b)'])
  })

  it('builds the nine tasks and their sub-tasks with ids', () => {
    expect(plan.tasks.map((task) => task.id)).toEqual([
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'II.6',
      'II.7',
      'II.8',
      'II.9'
    ])
    expect(plan.tasks[1]?.children.map((task) => task.id)).toEqual(['II.2.a', 'II.2.b', 'II.2.c', 'II.2.d'])
    expect(findTask(plan, 'II.2.b')?.children.map((task) => task.id)).toEqual([
      'II.2.b.1',
      'II.2.b.2',
      'II.2.b.3',
      'II.2.b.4',
      'II.2.b.5',
      'II.2.b.6',
      'II.2.b.7',
      'II.2.b.8'
    ])
    expect(findTask(plan, 'II.3.b')?.children.map((task) => [task.id, task.label, task.title])).toEqual([
      ['II.3.b.1', '*', 'Đội ngũ tập huấn viên cấp tỉnh:'],
      [
        'II.3.b.2',
        '*',
        'Đội ngũ tập huấn viên cấp huyện, cán bộ, công chức được giao nhiệm vụ quản lý nhà nước về hòa giải ở cơ sở:'
      ]
    ])
    expect(plan.tasks[0]?.title).toBe('Xây dựng, ban hành Kế hoạch thực hiện Đề án')
    expect([...walkTasks(plan.tasks)].length).toBe(34)
  })

  it('splits lead and support agencies', () => {
    expect(plan.tasks[0]?.lead).toEqual([{name: 'Ủy ban nhân dân tỉnh', advisor: 'Sở Tư pháp'}])
    expect(names(findTask(plan, 'II.2.a')!.lead)).toEqual(['Sở Tư pháp', 'UBND các huyện, thành phố'])
    expect(names(findTask(plan, 'II.2.a')!.support)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp',
      'UBND các xã, phường, thị trấn được lựa chọn làm điểm',
      'các cơ quan, tổ chức có liên quan'
    ])
    expect(names(findTask(plan, 'II.6.a')!.support)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam các cấp',
      'Sở Thông tin và Truyền thông',
      'Báo Vĩnh Phúc',
      'Đài Phát thanh và Truyền hình tỉnh',
      'các cơ quan, tổ chức có liên quan'
    ])
    expect(findTask(plan, 'II.3.a')!.lead).toEqual([
      {name: 'UBND tỉnh', advisor: 'Sở Tư pháp', note: 'kiện toàn đội ngũ tập huấn viên cấp tỉnh'},
      {name: 'UBND các huyện, thành phố', note: 'kiện toàn đội ngũ tập huấn viên cấp huyện'}
    ])
    expect(names(findTask(plan, 'II.9.b')!.lead)).toEqual(['UBND tỉnh', 'UBND các huyện, thành phố'])
  })

  it('structures timelines and keeps their text', () => {
    expect(plan.tasks[0]?.timeline).toMatchObject({
      text: 'Tháng 6/2024',
      kind: 'period',
      from: '2024-06-01',
      to: '2024-06-30'
    })
    expect(findTask(plan, 'II.2.d')?.timeline).toMatchObject({kind: 'period', from: '2027-01-01', to: '2030-12-31'})
    expect(plan.tasks[7]?.timeline).toMatchObject({
      kind: 'recurring',
      recurrence: {every: 5, unit: 'year', minimum: true}
    })
    const milestones = findTask(plan, 'II.9.a')?.timeline
    expect(milestones?.kind).toBe('milestones')
    expect(milestones?.milestones?.map((milestone) => milestone.label)).toEqual(['Kiểm tra', 'Sơ kết', 'Tổng kết'])
  })

  it('reads funding, implementation, closing, recipients and signature', () => {
    expect(plan.funding).toHaveLength(2)
    expect(plan.implementation.map((item) => agencyName(item.agency))).toEqual([
      'Sở Tư pháp',
      'Sở Tài chính',
      'Sở Thông tin và Truyền thông',
      'Công an tỉnh',
      'Bộ Chỉ huy quân sự tỉnh',
      'Ủy ban nhân dân các huyện, thành phố',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Tòa án nhân dân tỉnh'
    ])
    expect(plan.implementation[7]?.joint?.map(agencyName)).toEqual([
      'Viện kiểm sát nhân dân tỉnh',
      'Hội Luật gia tỉnh',
      'Đoàn Luật sư tỉnh'
    ])
    expect(plan.implementation[6]?.request).toBe(true)
    expect(plan.closing[0]?.text).toMatch(/^Trên đây là kế hoạch/u)
    expect(plan.recipients).toHaveLength(14)
    expect(plan.recipients[0]).toBe('Bộ Tư pháp (Cục PBGDPL)')
    expect(plan.recipients.at(-1)).toBe('Lưu: VT')
    expect(plan.signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      capacity: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH'
    })
    expect(plan.signature?.name).toBeTruthy()
  })

  it('points nodes at the original lines', () => {
    expect(plan.tasks[0]?.position?.start).toMatchObject({line: 46, column: 1})
    expect(findTask(plan, 'II.9.a')?.position?.start.line).toBe(223)
  })

  it('gives the same plan for every equivalent encoding', () => {
    const text = read('vinh-phuc-147-kh-ubnd-2024.txt')
    const want = JSON.stringify(stripPositions(plan))
    const variants: Record<string, string> = {
      nfd: text.normalize('NFD'),
      crlf: text.replace(/\n/g, '\r\n'),
      bom: `\uFEFF${text}`,
      nbsp: text.replace(/ /g, '\u00a0'),
      oldTones: text.replace(/hòa/g, 'hoà').replace(/Ủy/g, 'Uỷ'),
      quotes: text.replace(/[“”]/g, '"'),
      all: `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n')}`
    }
    for (const [name, variant] of Object.entries(variants)) {
      expect(JSON.stringify(stripPositions(parseText(variant).plan)), name).toBe(want)
    }
  })
})

describe.runIf(present)('news summaries', () => {
  it('Hà Nội 183/KH-UBND: metadata, targets, eight contents, agencies', () => {
    const {plan} = parseText(read('ha-noi-183-kh-ubnd-2025.news.txt'))
    expect(plan.meta).toMatchObject({
      form: 'summary',
      number: '183/KH-UBND',
      date: '2025-07-10',
      issuer: 'UBND thành phố Hà Nội',
      place: 'Hà Nội',
      period: {from: 2025, to: 2030}
    })
    expect(plan.meta.implements.map((ref) => [ref.number, ref.date])).toEqual([['315/QĐ-TTg', '2024-04-17']])
    expect(plan.tasks.map((task) => task.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(plan.targets.map((target) => [target.value, target.comparator])).toEqual(
      expect.arrayContaining([
        [100, '='],
        [90, '>='],
        [10, '>='],
        [60, '>=']
      ])
    )
    expect(plan.targets.find((target) => /hòa giải thành/u.test(target.text))).toMatchObject({
      value: 90,
      comparator: '>=',
      deadline: '2030-12-31'
    })
    expect(plan.implementation.map((item) => agencyName(item.agency))).toEqual([
      'Sở Tư pháp',
      'Sở Văn hóa và Thể thao',
      'Công an Thành phố',
      'Mặt trận Tổ quốc các cấp',
      'UBND xã/phường',
      'Hội Luật gia'
    ])
    // The page furniture after the article is not read.
    expect(JSON.stringify(plan)).not.toMatch(/Chùa Láng/u)
  })

  it('Bắc Giang 2363/KH-UBND: tasks split from one sentence, implements 428', () => {
    const {plan} = parseText(read('bac-giang-2363-kh-ubnd-2019.news.txt'))
    expect(plan.meta).toMatchObject({number: '2363/KH-UBND', date: '2019-07-05', issuer: 'UBND tỉnh Bắc Giang'})
    expect(plan.meta.implements[0]?.number).toBe('428/QĐ-TTg')
    expect(plan.tasks.map((task) => task.title.split(' ').slice(0, 3).join(' '))).toEqual([
      'Xây dựng đội',
      'Thực hiện chỉ',
      'Xây dựng đội',
      'Tổ chức tập',
      'Ứng dụng công',
      'Tổ chức hội',
      'Huy động nguồn',
      'Kiểm tra, tổng'
    ])
    expect(plan.implementation.map((item) => agencyName(item.agency))).toEqual([
      'Sở Tư pháp',
      'UBND các huyện, thành phố',
      'Ủy ban MTTQ tỉnh',
      'Hội Luật gia tỉnh'
    ])
  })

  it('Bạc Liêu 428/STP-PBGDPL: a guidance document, not Quyết định 428', () => {
    const {plan} = parseText(read('bac-lieu-428-stp-pbgdpl-2023.news.txt'))
    expect(plan.meta).toMatchObject({docType: 'cong-van', number: '428/STP-PBGDPL', date: '2023-04-18'})
    expect(plan.meta.implements).toEqual([])
    expect(plan.targets.map((target) => [target.value, target.comparator])).toEqual([
      [88, '>='],
      [90, '>=']
    ])
    expect(plan.tasks.length).toBeGreaterThanOrEqual(6)
  })

  it('Hà Nội, Chỉ thị 15-CT/TU: a plan implementing a Party directive', () => {
    const {plan} = parseText(read('ha-noi-chi-thi-15-ct-tu-plan-2022.news.txt'))
    expect(plan.meta.implements.map((ref) => ref.number)).toEqual(['15-CT/TU'])
    expect(plan.tasks).toHaveLength(3)
    expect(plan.targets.map((target) => [target.value, target.comparator])).toEqual([[60, '>=']])
  })
})
