// Hard cases met in real plans as published (legal-portal exports, drafts, appendix tables),
// each in a small fixture of our own.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintPlan, walkTasks, type Agency} from '@kehoach/model'
import {agencyName} from '@kehoach/vietnamese'
import {fromMarkdown, parseText} from '@kehoach/text'
import {looksLikePortalExport} from '../src/common/portal.js'
import {assignmentOf} from '../src/common/assemble.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const names = (list: readonly Agency[]) => list.map(agencyName)

describe('a legal portal’s Markdown export', () => {
  const text = fixture('portal-export.md')
  const {plan, messages} = parseText(text, {file: 'portal-export.md'})

  it('is told apart from kehoach’s own Markdown', () => {
    expect(looksLikePortalExport(text)).toBe(true)
    expect(looksLikePortalExport('---\ndocType: ke-hoach\n---\n# Kế hoạch\n')).toBe(false)
  })

  it('is read by fromMarkdown as the text it is, the same plan as parseText gives', () => {
    expect(fromMarkdown(text, {file: 'portal-export.md'})).toEqual({plan, messages})
  })

  it('reads the header through bold and italic markers, wraps and the notices before it', () => {
    expect(plan.meta).toMatchObject({
      docType: 'ke-hoach',
      issuer: 'Ủy ban nhân dân tỉnh Bình Mẫu',
      number: '88/KH-UBND',
      symbol: 'KH-UBND',
      place: 'Thành phố Bình Mẫu',
      date: '2025-11-20',
      title: 'TRIỂN KHAI THỬ NGHIỆM CÔNG TÁC MẪU TRÊN ĐỊA BÀN TỈNH'
    })
    expect(plan.meta.implements.map((ref) => ref.number)).toEqual(['09-KH/TU'])
  })

  it('puts a label cut from its text by the markers back in front of it', () => {
    expect(plan.tasks.map((task) => [task.id, task.title])).toEqual([
      ['II.1', 'Rà soát, kiện toàn đội ngũ cán bộ mẫu.'],
      [
        'II.2',
        'Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức tập huấn; hoàn thành trước ngày 31/12/2026.'
      ],
      ['II.3', 'Giao Công an tỉnh chủ trì theo dõi, đôn đốc thực hiện.']
    ])
    expect(plan.sections.map((section) => [section.label, section.title, section.role])).toEqual([
      ['I', 'MỤC ĐÍCH VÀ YÊU CẦU', 'purposes'],
      ['II', 'NHIỆM VỤ CHỦ YẾU', 'tasks'],
      ['III', 'TỔ CHỨC THỰC HIỆN', 'implementation']
    ])
  })

  it('reads field lines whose labels are in italics', () => {
    const first = plan.tasks[0]!
    expect(names(first.lead)).toEqual(['Các Sở, ban, ngành', 'UBND các xã, phường'])
    expect(first.timeline).toMatchObject({text: 'Hằng năm', kind: 'recurring'})
  })

  it('reads who leads, who supports and the deadline when a sentence says it', () => {
    const [, second, third] = plan.tasks
    expect(names(second!.lead)).toEqual(['Sở Nội vụ'])
    expect(names(second!.support)).toEqual(['Sở Tư pháp', 'các cơ quan liên quan'])
    expect(second!.timeline).toMatchObject({
      text: 'hoàn thành trước ngày 31/12/2026',
      kind: 'deadline',
      to: '2026-12-31'
    })
    expect(names(third!.lead)).toEqual(['Công an tỉnh'])
  })

  it('ends the document at the portal’s notices and reads the signature and recipients', () => {
    expect(plan.recipients).toEqual(['Bộ Mẫu (để báo cáo)', 'Lưu: VT, PC'])
    expect(plan.signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      capacity: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Người Ký Mẫu'
    })
    expect(JSON.stringify(plan)).not.toMatch(/FILE ĐƯỢC ĐÍNH KÈM|CỔNG MẪU|\*\*/u)
    expect(messages.filter((message) => message.fatal === true)).toEqual([])
  })

  it('places every node in the original file, markers and all', () => {
    const position = plan.tasks[0]!.position!
    const line = text.split('\n')[position.start.line - 1]
    expect(line).toBe('**1.')
  })
})

describe('a draft with a blank number and day, Kính gửi, and its tasks in an appendix table', () => {
  const {plan, messages} = parseText(fixture('draft-appendix.txt'), {file: 'draft-appendix.txt'})

  it('keeps the symbol and the month of a blank number and day', () => {
    expect(plan.meta).toMatchObject({
      number: null,
      symbol: 'KH-UBND',
      date: null,
      partialDate: '2026-05',
      place: 'Bình Mẫu',
      issuer: 'Ủy ban nhân dân tỉnh Bình Mẫu'
    })
    expect(plan.meta.recipientsTo).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường'])
    expect(plan.meta.title).toBe(
      'Triển khai thực hiện Chỉ thị số 01-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về công tác mẫu'
    )
  })

  it('makes every appendix row a task, under its group row', () => {
    const appendix = plan.tasks.filter((task) => task.source === 'appendix')
    expect(appendix.map((task) => [task.id, task.title, task.children.map((child) => child.id)])).toEqual([
      ['PL.I', 'Công tác tuyên truyền', ['PL.I.1', 'PL.I.2']],
      ['PL.II', 'Công tác kiểm tra', ['PL.II.1']]
    ])
    const first = appendix[0]!.children[0]!
    expect(first).toMatchObject({
      title: 'Tổ chức quán triệt Chỉ thị',
      output: 'Báo cáo kết quả',
      source: 'appendix',
      timeline: {text: 'Quý II/2026', kind: 'period'}
    })
    expect(names(first.lead)).toEqual(['Sở Tư pháp'])
    expect(names(first.support)).toEqual(['Các Sở, ban, ngành', 'UBND các xã, phường'])
    expect(names(appendix[0]!.children[1]!.lead)).toEqual(['Sở Văn hóa, Thể thao và Du lịch'])
    expect(plan.appendices?.[0]).toMatchObject({label: null, title: 'MỘT SỐ NHIỆM VỤ TRỌNG TÂM'})
    expect(plan.appendices?.[0]?.rows.filter((row) => row.task).map((row) => row.task)).toEqual([
      'PL.I',
      'PL.I.1',
      'PL.I.2',
      'PL.II',
      'PL.II.1'
    ])
    expect(messages.map((message) => message.ruleId)).not.toContain('no-tasks')
  })

  it('reads a Nơi nhận on one line and a signature block flattened onto two', () => {
    expect(plan.recipients).toEqual(['Bộ Mẫu (để báo cáo)', 'Thường trực Tỉnh ủy (để báo cáo)', 'Lưu: VT, KT'])
    expect(plan.signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      capacity: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Người Ký Mẫu'
    })
  })

  it('reads assignments headed by agencies the agency table does not know', () => {
    // Two heads of agencies joined by "và" are two assignees.
    expect(plan.implementation.map((item) => [item.label, names([item.agency, ...(item.joint ?? [])])])).toEqual([
      ['1.', ['Giám đốc các Sở', 'Thủ trưởng các ban, ngành tỉnh', 'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu']],
      ['2.', ['Thủ trưởng các cơ quan, đơn vị cấp tỉnh']]
    ])
  })

  it('finds the agencies after an opening clause, in lower case too ("Căn cứ Kế hoạch này, các sở, ngành …")', () => {
    const read = (text: string) => {
      const found = assignmentOf(text, '1.', undefined)
      return found ? names([found.agency, ...(found.joint ?? [])]) : []
    }
    expect(
      read('Căn cứ nội dung Kế hoạch, các sở, ngành và Ủy ban nhân dân các xã, phường xây dựng kế hoạch chi tiết.')
    ).toEqual(['các sở, ngành', 'Ủy ban nhân dân các xã, phường'])
    expect(
      read(
        'Trên cơ sở Kế hoạch này, các sở, ban, ngành, đoàn thể tỉnh, cơ quan ngành dọc trên địa bàn, UBND các phường, xã ban hành kế hoạch.'
      )
    ).toEqual(['các sở, ban, ngành, đoàn thể tỉnh', 'cơ quan ngành dọc trên địa bàn', 'UBND các phường, xã'])
  })
})

describe('numbering', () => {
  it('reads tasks numbered 100 and above, and keeps their lead agencies apart', () => {
    const lines = ['II. NHIỆM VỤ']
    for (let n = 1; n <= 150; n++) lines.push(`${n}. Nhiệm vụ số ${n} của kế hoạch.`, '- Cơ quan chủ trì: Sở Tư pháp.')
    const {plan} = parseText(lines.join('\n'))
    expect(plan.tasks).toHaveLength(150)
    expect(plan.tasks[149]).toMatchObject({id: 'II.150', label: '150.', lead: ['Sở Tư pháp']})
  })

  it('follows the Vietnamese alphabet: đ) comes after d) and e) after đ)', () => {
    const {messages} = parseText(
      ['I. NHIỆM VỤ', '1. Nhiệm vụ.', 'a) Một.', 'b) Hai.', 'c) Ba.', 'd) Bốn.', 'đ) Năm.', 'e) Sáu.', 'g) Bảy.'].join(
        '\n'
      )
    )
    expect(messages.map((message) => message.ruleId)).not.toContain('numbering-gap')
  })

  it('keeps ids unique when two sections share a numeral or a list restarts', () => {
    const {plan, messages} = parseText(
      ['II. NHIỆM VỤ', '1. Một.', '2. Hai.', 'II. GIẢI PHÁP', '1. Ba.', '1. Bốn.'].join('\n')
    )
    const ids = [...walkTasks(plan.tasks)].map(({task}) => task.id)
    expect(ids).toEqual(['II.1', 'II.2', 'II.1_2', 'II.1_3'])
    expect(lintPlan(plan).map((message) => message.ruleId)).not.toContain('duplicate-task-id')
    expect(messages.map((message) => message.ruleId)).not.toContain('duplicate-task-id')
  })
})

describe('a Quyết định that issues a plan', () => {
  it('keeps the proposal it was made on ("Theo đề nghị … tại Tờ trình số …") among the bases', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BÌNH MẪU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 7/QĐ-UBND | Bình Mẫu, ngày 05 tháng 3 năm 2025',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch thử nghiệm',
      'Căn cứ Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ;',
      'Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 01/3/2025.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thử nghiệm.',
      'KẾ HOẠCH',
      'Thử nghiệm',
      'I. NHIỆM VỤ',
      '1. Tập huấn hòa giải viên.'
    ].join('\n')
    const {plan} = parseText(text)
    expect(plan.meta.enactedBy?.number).toBe('7/QĐ-UBND')
    expect(plan.meta.basis.map((ref) => ref.number)).toEqual(['315/QĐ-TTg', '12/TTr-STP'])
  })
})

describe('a Quyết định that issues no plan', () => {
  it('is a decision with no tasks, and is not warned about missing tasks', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BÌNH MẪU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/QĐ-UBND | Bình Mẫu, ngày 05 tháng 3 năm 2025',
      'QUYẾT ĐỊNH',
      'Công bố thủ tục hành chính mẫu',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH MẪU',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Người Ký Mẫu'
    ].join('\n')
    const {plan, messages} = parseText(text)
    expect(plan.meta).toMatchObject({docType: 'quyet-dinh', number: '12/QĐ-UBND', date: '2025-03-05'})
    expect(plan.tasks).toEqual([])
    expect(plan.signature).toMatchObject({capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Người Ký Mẫu'})
    expect(messages.map((message) => message.ruleId)).not.toContain('no-tasks')
  })
})

describe('the implementation section', () => {
  const plan = (body: string) =>
    parseText(
      `KẾ HOẠCH\nThí điểm một việc\n\nI. NHIỆM VỤ\n1. Tổ chức hội nghị.\n- Cơ quan chủ trì: Sở Tư pháp.\n\nII. TỔ CHỨC THỰC HIỆN\n${body}`
    ).plan

  it('keeps a numbered item that assigns nothing as closing words, not as duties of the assignment above', () => {
    const read = plan(
      '1. Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện.\n2. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo để xem xét.\n'
    )
    expect(read.implementation.map((item) => item.duties)).toEqual(['chủ trì theo dõi, đôn đốc việc thực hiện.'])
    expect(read.closing.map((item) => [item.label, item.text])).toEqual([
      ['2.', 'Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo để xem xét.']
    ])
  })

  it('gives the items numbered after an assignment that ends with ":" to that assignment', () => {
    const read = plan(
      '1. Sở Tư pháp thực hiện các việc sau:\n2. Kiểm tra việc tổ chức hội nghị.\n3. Tổng hợp, báo cáo kết quả.\n'
    )
    expect(read.closing).toEqual([])
    expect(read.implementation).toHaveLength(1)
    expect(read.implementation[0]?.duties).toContain('3. Tổng hợp, báo cáo kết quả.')
  })
})

describe('what a plan cites', () => {
  const read = (preamble: string, body = '') =>
    parseText(`KẾ HOẠCH\nThí điểm một việc\n\n${preamble}\n\nI. NHIỆM VỤ\n1. Tổ chức hội nghị.\n${body}`).plan.meta
  const brief = (
    refs: readonly {number: string | null; date: string | null; docType?: string | null; title?: string}[]
  ) => refs.map((ref) => [ref.docType, ref.number, ref.date, ref.number ? undefined : ref.title])

  it('dates a reference cited without its date from another citation of the same number', () => {
    const meta = read(
      'Thực hiện Quyết định số 77/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu;',
      '2. Rà soát theo Quyết định số 77/QĐ-TTg ngày 5/6/2024 của Thủ tướng Chính phủ.'
    )
    expect(brief(meta.implements)).toEqual([['quyet-dinh', '77/QĐ-TTg', '2024-06-05', undefined]])
  })

  it('reads the law a plan puts into effect when it is named without number or date', () => {
    const meta = read(
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Đo lường trên địa bàn tỉnh như sau:'
    )
    expect(brief(meta.implements)).toEqual([['luat', null, null, 'sửa đổi, bổ sung một số điều của Luật Đo lường']])
  })

  it('keeps the role of a preamble paragraph cut by a hard wrap for the paragraph that goes on from it', () => {
    const meta = read(
      'Sau 5 năm triển khai thực hiện\n\nNghị quyết số 12-NQ/TW ngày 3 tháng 1 năm 2019 của Ban Chấp hành Trung ương, tỉnh đã đạt nhiều kết quả.\n\nThực hiện Chỉ thị số 8/CT-TTg ngày 2/2/2024 của Thủ tướng Chính phủ.'
    )
    expect(brief(meta.basis)).toEqual([['nghi-quyet', '12-NQ/TW', '2019-01-03', undefined]])
    expect(brief(meta.implements)).toEqual([['chi-thi', '8/CT-TTg', '2024-02-02', undefined]])
  })
})

describe('who does a task, said in a sentence', () => {
  const tasks = (body: string) =>
    [
      ...walkTasks(
        parseText(
          `KẾ HOẠCH\nThí điểm một việc\n\nI. NHIỆM VỤ\n${body}\n\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp theo dõi.\n2. Ngân hàng Nhà nước chi nhánh khu vực 9\n3. Đề nghị các tổ chức cung cấp dịch vụ trên địa bàn\n`
        ).plan.tasks
      )
    ].map(({task}) => task)

  it('after an opening clause and a comma: "…, UBND xã phối hợp với các tổ chức chi trả dịch vụ …", "…, giao Sở Y tế …"', () => {
    const [first, second] = tasks(
      '1. Chi trả qua tài khoản: Sau khi mở tài khoản, Ủy ban nhân dân xã phối hợp với các tổ chức chi trả dịch vụ ký hợp đồng.\n2. Trên cơ sở kết quả chấm điểm, giao Sở Y tế tổng hợp danh sách.'
    )
    expect(names(first?.lead ?? [])).toEqual(['Ủy ban nhân dân xã'])
    expect(names(first?.support ?? [])).toEqual(['các tổ chức chi trả dịch vụ'])
    expect(names(second?.lead ?? [])).toEqual(['Sở Y tế'])
  })

  it('keeps "-" items under a note ("Lưu ý …:") in the task’s words instead of making them tasks', () => {
    const read = tasks(
      '1. Xếp hạng thi đua\nLưu ý khi xếp hạng:\n- Đối với các xã: xét số tài khoản mở mới;\n- Đối với các ngân hàng: xét số thẻ phát hành.\n2. Khen thưởng'
    )
    expect(read.map((task) => task.title)).toEqual(['Xếp hạng thi đua', 'Khen thưởng'])
    expect(read[0]?.body).toContain('- Đối với các ngân hàng: xét số thẻ phát hành.')
  })

  it('reads an agency heading whose name goes on past the table’s name of its kind, or ends with a number', () => {
    const plan = parseText(
      `KẾ HOẠCH\nThí điểm\n\nI. NHIỆM VỤ\n1. Tổ chức hội nghị.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp theo dõi.\n2. Ngân hàng Nhà nước chi nhánh khu vực 9\n3. Đề nghị các tổ chức cung cấp dịch vụ trên địa bàn\n`
    ).plan
    expect(plan.implementation.map((item) => agencyName(item.agency))).toEqual([
      'Sở Tư pháp',
      'Ngân hàng Nhà nước chi nhánh khu vực 9',
      'các tổ chức cung cấp dịch vụ trên địa bàn'
    ])
  })
})

describe('lists under a task', () => {
  const read = (body: string) => parseText(`KẾ HOẠCH\nThí điểm một việc\n\nI. NHIỆM VỤ\n${body}`).plan

  it('keeps a list that specifies a task (sites, parameters, "label: value" lines) in the task’s words', () => {
    const plan = read(
      '1. Quan trắc nước hồ\na) Nguồn nước cấp\n- Hồ Tây: lấy mẫu 02 vị trí;\n- Hồ Gươm: lấy mẫu 03 vị trí gồm:\n+ 01 vị trí ở bờ bắc;\n+ 02 vị trí ở bờ nam.\n- Thông số: pH, DO; tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026.\nb) Nước thải\n2. Tuyên truyền về chất lượng nước\n- Nội dung: các quy định mới.\n- Số lượng: 5.000 tờ gấp.'
    )
    expect([...walkTasks(plan.tasks)].map(({task}) => task.label)).toEqual(['1.', 'a)', 'b)', '2.'])
    const sites = plan.tasks[0]?.children[0]
    expect(sites?.body).toContain('+ 02 vị trí ở bờ nam.')
    expect(sites?.timeline?.text).toBe('từ tháng 3 đến tháng 10 năm 2026')
  })

  it('keeps a list of things to do, work packages and agencies as tasks', () => {
    const plan = read(
      '1. Triển khai các dự án\n- Dự án 1: Hạ tầng số.\n- Dự án 2: Dữ liệu số.\n2. Nâng cấp hệ thống\n- Rà soát thiết bị;\n- Thay thế máy chủ.'
    )
    expect([...walkTasks(plan.tasks)].map(({task}) => task.label)).toEqual(['1.', '-', '-', '2.', '-', '-'])
  })

  it('makes the items after a lead-in line ("- … bao gồm:") the task’s own', () => {
    const plan = read(
      '1. Hỗ trợ thi hành Luật\n- Các nội dung hỗ trợ bao gồm:\n+ Hướng dẫn áp dụng văn bản;\n+ Tiếp nhận kiến nghị.\n2. Kiểm tra'
    )
    expect(plan.tasks[0]?.children.map((task) => task.title)).toEqual([
      'Hướng dẫn áp dụng văn bản;',
      'Tiếp nhận kiến nghị.'
    ])
    expect(plan.tasks[0]?.body).toContain('- Các nội dung hỗ trợ bao gồm:')
  })

  it('reads who leads from a field written as sentences, and keeps the sentences', () => {
    const field =
      '- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành văn bản hướng dẫn; Sở Tư pháp, Đài Phát thanh và Truyền hình tỉnh, cơ quan thông tấn báo chí và Ủy ban nhân dân các xã chủ động tổ chức tuyên truyền trong phạm vi quản lý.'
    const task = read(`1. Phổ biến Luật\n${field}\n- Thời gian thực hiện: Năm 2026.`).tasks[0]
    expect(names(task?.lead ?? [])).toEqual(['Sở Nội vụ'])
    expect(names(task?.support ?? [])).toEqual([
      'Sở Tư pháp',
      'Đài Phát thanh và Truyền hình tỉnh',
      'cơ quan thông tấn báo chí',
      'Ủy ban nhân dân các xã'
    ])
    expect(task?.body).toContain('chủ động tổ chức tuyên truyền trong phạm vi quản lý.')
  })

  it('reads a time said after the task without a colon: "Thời gian thực hiện sau khi …"', () => {
    const task = read('1. Triển khai Chiến lược\nThời gian thực hiện sau khi Chiến lược được phê duyệt.').tasks[0]
    expect(task?.timeline?.text).toBe('sau khi Chiến lược được phê duyệt')
  })
})

describe('a paragraph broken by the copy', () => {
  it('goes on after a blank line when the next line starts in lower case and the last one was unfinished', () => {
    const task = parseText(
      'KẾ HOẠCH\nThí điểm\n\nI. NHIỆM VỤ\n1. Tổ chức hội nghị.\n- Đơn vị phối hợp: Sở Nội vụ; các cơ quan, đơn vị, địa phương\n\nliên quan.\n\nGhi chú thêm.'
    ).plan.tasks[0]
    expect(names(task?.support ?? [])).toEqual(['Sở Nội vụ', 'các cơ quan, đơn vị, địa phương liên quan'])
    expect(task?.body).toBe('Ghi chú thêm.')
  })
})

describe('a work section that opens with its facets', () => {
  it('keeps who and when as the section’s words and makes the items under "Nội dung …" the tasks', () => {
    const plan = parseText(
      'KẾ HOẠCH\nThi đua\n\nI. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA\n1. Đối tượng thi đua\na) Tập thể: các phòng, ban.\nb) Cá nhân: công chức.\n2. Nội dung thi đua\na) Thi đua hoàn thành sớm kế hoạch;\nb) Thi đua tiết kiệm.\n3. Thời gian thi đua: từ tháng 1 đến tháng 6 năm 2026.'
    ).plan
    expect(plan.tasks.map((task) => [task.id, task.title])).toEqual([
      ['I.a', 'Thi đua hoàn thành sớm kế hoạch;'],
      ['I.b', 'Thi đua tiết kiệm.']
    ])
    expect(plan.sections[0]?.text?.map((item) => item.label)).toEqual(['1.', 'a)', 'b)', '2.', '3.'])
  })

  it('leaves a section whose items are all work alone', () => {
    const plan = parseText(
      'KẾ HOẠCH\nThi đua\n\nI. NỘI DUNG\n1. Nội dung thi đua\na) Thi đua tiết kiệm.\n2. Phương án triển khai\na) Tổ chức phát động.'
    ).plan
    expect(plan.tasks.map((task) => task.title)).toEqual(['Nội dung thi đua', 'Phương án triển khai'])
  })
})

describe('"tổ chức" after an agency', () => {
  it('is the verb before what is organised, and a body in a list of bodies', () => {
    const [first, second] = [
      ...walkTasks(
        parseText(
          'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tập huấn\nChủ trì, phối hợp với các sở, ban, ngành liên quan tổ chức thực hiện tập huấn.\n2. Kiểm tra\nPhối hợp với các cơ quan, tổ chức có liên quan kiểm tra.'
        ).plan.tasks
      )
    ].map(({task}) => task)
    expect(names(first?.support ?? [])).toEqual(['các sở, ban, ngành liên quan'])
    expect(names(second?.support ?? [])).toEqual(['các cơ quan, tổ chức có liên quan'])
  })
})

describe('agency headings and responsibility', () => {
  const tasks = (body: string) =>
    [...walkTasks(parseText(`KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n${body}`).plan.tasks)].map(({task}) => task)

  it('reads the lead from the heading and who supports from the words under it', () => {
    const [task] = tasks(
      '1. Đề nghị Hội Nông dân tỉnh\n\nChủ trì, phối hợp với các sở, ban, ngành liên quan tổ chức tập huấn cho hội viên.'
    )
    expect(names(task?.lead ?? [])).toEqual(['Hội Nông dân tỉnh'])
    expect(names(task?.support ?? [])).toEqual(['các sở, ban, ngành liên quan'])
  })

  it('reads an agency heading that adds its role after a dash, for the tasks under it', () => {
    const [heading, first] = tasks(
      '1. Sở Tài chính - Cơ quan thường trực Tổ công tác\n- Phối hợp với các cơ quan Trung ương hướng dẫn biểu mẫu.'
    )
    expect(names(heading?.lead ?? [])).toEqual(['Sở Tài chính'])
    expect(names(first?.lead ?? [])).toEqual(['Sở Tài chính'])
    expect(names(first?.support ?? [])).toEqual(['các cơ quan Trung ương'])
  })

  it('takes the agency that "có trách nhiệm" as the lead', () => {
    const [task] = tasks(
      '1. Rà soát văn bản\nCác sở, ban, ngành thuộc Ủy ban nhân dân tỉnh có trách nhiệm rà soát văn bản thuộc lĩnh vực phụ trách.'
    )
    expect(names(task?.lead ?? [])).toEqual(['Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh'])
  })
})

describe('assignments that name the agency, then what it does', () => {
  const read = (text: string) => {
    const found = assignmentOf(text, '1.', undefined)
    return found ? [names([found.agency, ...(found.joint ?? [])]), found.duties] : undefined
  }

  it('reads a unit in lower case after "Giao", whose name has syllables in lower case between its capitals', () => {
    expect(read('Giao phòng Kế hoạch Tài chính thực hiện các việc sau:')).toEqual([
      ['phòng Kế hoạch Tài chính'],
      'thực hiện các việc sau:'
    ])
  })

  it('does not take the verb after an agency into its name', () => {
    expect(read('Giao Sở Tư pháp chủ trì')).toEqual([['Sở Tư pháp'], 'chủ trì'])
  })
})

describe('a plural subject at the start of a task', () => {
  it('does the task ("Các cơ quan, đơn vị … tiếp tục …", "Các cấp, ngành chủ động …"); a verb phrase does not', () => {
    const tasks = [
      ...walkTasks(
        parseText(
          'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Nhận thức\n- Các cơ quan, đơn vị, địa phương tiếp tục nâng cao nhận thức về công tác này.\n- Các cấp, ngành chủ động kiểm tra định kỳ.\n- Nâng cấp Trung tâm dữ liệu Tỉnh đáp ứng tiêu chuẩn.'
        ).plan.tasks
      )
    ].map(({task}) => names(task.lead))
    expect(tasks).toEqual([[], ['Các cơ quan, đơn vị, địa phương'], ['Các cấp, ngành'], []])
  })
})

describe('an attachment after Nơi nhận headed by its title and "(Kèm theo …)", without the word "Phụ lục"', () => {
  const text = [
    'KẾ HOẠCH',
    'Tập huấn an toàn',
    '',
    'I. NỘI DUNG',
    '1. Thời gian: ngày 5/3/2026',
    '',
    'Nơi nhận:',
    '- Lưu: VT.',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Người Ký Mẫu',
    '',
    'PHÂN CÔNG NHIỆM VỤ CỦA TỔ TẬP HUẤN',
    '(Kèm theo Kế hoạch số /KH-SX ngày /3/2026)',
    '',
    'TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú',
    '1. | Soạn tài liệu | Trần Văn Mẫu |',
    '2. | Chấm bài | Lê Thị Mẫu |'
  ].join('\n')
  it('is an appendix; its table of tasks with the people who do them is a task table', () => {
    const appendix = parseText(text).plan.tasks.filter((task) => task.source === 'appendix')
    expect(appendix.map((task) => task.title)).toEqual(['Soạn tài liệu', 'Chấm bài'])
  })
  it('a capitals line after Nơi nhận without "(Kèm theo …)" starts nothing', () => {
    const plain = text.replace('(Kèm theo Kế hoạch số /KH-SX ngày /3/2026)', 'Ghi chú thêm')
    expect(parseText(plain).plan.tasks.filter((task) => task.source === 'appendix')).toEqual([])
  })
})

describe('"Kết quả:" as a field', () => {
  it('is the product of the task it follows, like "Sản phẩm:"', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nII. NHIỆM VỤ\n1. Soạn hướng dẫn\n- Thời gian hoàn thành: Quý I/2026\n- Kết quả: Dự thảo hướng dẫn trình ban hành.\n'
    )
    expect(plan.tasks[0]).toMatchObject({title: 'Soạn hướng dẫn', output: 'Dự thảo hướng dẫn trình ban hành'})
  })
})

describe('what is not an assignment in Tổ chức thực hiện, and names that are', () => {
  const read = (text: string, label?: string) => {
    const found = assignmentOf(text, label, undefined)
    return found ? names([found.agency, ...(found.joint ?? [])]) : undefined
  }
  it('an opening that says how the work is shared out ("…, việc phân công … như sau:") names no agency', () => {
    expect(
      read(
        'Căn cứ vào cơ cấu tổ chức của Ban Mẫu gồm Ban Thường trực và các chuyên viên, việc phân công được triển khai như sau:'
      )
    ).toBeUndefined()
  })
  it('a field before its colon ("Thời gian thực hiện Kế hoạch: …") is no agency', () => {
    expect(read('Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.', '1.')).toBeUndefined()
    expect(read('Kinh phí thực hiện: Ngân sách tỉnh.', '2.')).toBeUndefined()
  })
  it('a village\'s front committee keeps its last word ("… các thôn")', () => {
    expect(read('Ban Công tác Mặt trận các thôn', '2.')).toEqual(['Ban Công tác Mặt trận các thôn'])
  })
  it('the members of a board are who does the item', () => {
    expect(
      read('Các thành viên khác trong tiểu ban căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp thực hiện.', '5.')
    ).toEqual(['Các thành viên khác trong tiểu ban'])
  })
  it('after such an opening, the numbered items are the assignments', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nIII. TỔ CHỨC THỰC HIỆN\nCăn cứ vào cơ cấu của Ban Mẫu, việc phân công được triển khai như sau:\n1. Ban Thường trực\n- Chỉ đạo chung.\n2. Các tổ chức thành viên\n- Phối hợp thực hiện.\n'
    )
    expect(plan.implementation.map((assignment) => names([assignment.agency]))).toEqual([
      ['Ban Thường trực'],
      ['Các tổ chức thành viên']
    ])
    // The opening stays with its section, not with the closing words.
    expect(plan.sections[0]?.text?.map((item) => item.text)).toEqual([
      'Căn cứ vào cơ cấu của Ban Mẫu, việc phân công được triển khai như sau:'
    ])
    expect(plan.closing).toEqual([])
  })
})

describe('who heads an item of Tổ chức thực hiện, named by office', () => {
  it('"chính trị - xã hội" is one name, not a name and its duties', () => {
    const found = assignmentOf('Các tổ chức chính trị - xã hội xã', '2.', undefined)
    expect(found && names([found.agency])).toEqual(['Các tổ chức chính trị - xã hội xã'])
  })
  it('an officer or a deputy chair heading the "-" duties under it is who does them', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban Mẫu\n- Chỉ đạo chung.\n2. Cán bộ phụ trách lĩnh vực giám sát\n- Tham mưu xây dựng kế hoạch.\n3. Phó chủ tịch phụ trách lĩnh vực công tác xã hội\n- Chủ trì tuyên truyền.\n'
    )
    expect(plan.implementation.map((assignment) => names([assignment.agency]))).toEqual([
      ['Ban Thường trực Ủy ban Mẫu'],
      ['Cán bộ phụ trách lĩnh vực giám sát'],
      ['Phó chủ tịch phụ trách lĩnh vực công tác xã hội']
    ])
  })
})

describe('who, where and when in a section of work', () => {
  it('"1. Đối tượng …" and "2. Thời gian …:" beside the work are the section\'s text, not tasks', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nII. ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC\n1. Đối tượng tuyên truyền\nCán bộ và người dân.\n2. Nội dung tuyên truyền\na) Tuyên truyền A.\n3. Hình thức tuyên truyền\na) Qua loa phát thanh.\n4. Thời gian tuyên truyền:\nCả năm.\n'
    )
    expect(plan.tasks.map((task) => task.title)).toEqual(['Nội dung tuyên truyền', 'Hình thức tuyên truyền'])
    expect(plan.sections[0]?.text?.map((item) => item.text)).toEqual([
      'Đối tượng tuyên truyền: Cán bộ và người dân.',
      'Thời gian tuyên truyền: Cả năm.'
    ])
  })
})

describe('a "-" task that leads in to its "+" items', () => {
  it('is a task with them as its items, and the "-" after them is its sibling', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nII. NỘI DUNG\n1. Nội dung chung\n- Tuyên truyền A.\n- Tuyên truyền tiêu chuẩn, cụ thể:\n+ Về tiêu chuẩn: người tiêu biểu.\n+ Về cơ cấu hợp lý.\n- Tuyên truyền B.\n'
    )
    expect(plan.tasks[0]?.children.map((task) => [task.title, task.children.length])).toEqual([
      ['Tuyên truyền A.', 0],
      ['Tuyên truyền tiêu chuẩn, cụ thể:', 2],
      ['Tuyên truyền B.', 0]
    ])
  })
})

describe('lines that are paragraphs (a DOCX)', () => {
  const text =
    'KẾ HOẠCH\nThử\n\nIII. HOẠT ĐỘNG TRỌNG TÂM\n1. Tuyên truyền trên các phương tiện thông tin đại chúng của tỉnh và cơ sở\nSở Nội vụ chủ trì, phối hợp với Sở Tư pháp thường xuyên đăng tải các bài viết.\n2. Tổ chức tập huấn cho cán bộ\ncấp xã và cấp tỉnh.\n'
  it('a heading and the paragraph after it stay apart, so the paragraph says who leads', () => {
    const {plan} = parseText(text, {paragraphs: true})
    expect(plan.tasks.map((task) => [task.title, names(task.lead)])).toEqual([
      ['Tuyên truyền trên các phương tiện thông tin đại chúng của tỉnh và cơ sở', ['Sở Nội vụ']],
      ['Tổ chức tập huấn cho cán bộ cấp xã và cấp tỉnh.', []]
    ])
  })
  it("a copy's text joins a long unfinished line with the next, as before", () => {
    expect(parseText(text).plan.tasks[0]?.title).toMatch(
      /^Tuyên truyền trên các phương tiện thông tin đại chúng của tỉnh và cơ sở Sở Nội vụ/u
    )
  })
})

describe('a task table inside the body', () => {
  it("gives its rows as tasks with who does them and when, apart from the body's own tasks", () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nII. HOẠT ĐỘNG\n1. Phát sóng chương trình đối thoại\nTT | Nội dung | Trách nhiệm thực hiện | Thời gian\n1 | Giải đáp vướng mắc về thuế | Lãnh đạo Sở Tài chính | Ngày 23 tháng 1\n2 | Giải đáp vướng mắc về đất | Lãnh đạo Sở Nông nghiệp | Ngày 13 tháng 3\n2. Tổ chức cuộc thi\n'
    )
    expect(plan.tasks.filter((task) => task.source !== 'appendix').map((task) => task.title)).toEqual([
      'Phát sóng chương trình đối thoại',
      'Tổ chức cuộc thi'
    ])
    expect(
      plan.tasks
        .filter((task) => task.source === 'appendix')
        .map((task) => [task.title, names(task.lead), task.timeline?.text])
    ).toEqual([
      ['Giải đáp vướng mắc về thuế', ['Lãnh đạo Sở Tài chính'], 'Ngày 23 tháng 1'],
      ['Giải đáp vướng mắc về đất', ['Lãnh đạo Sở Nông nghiệp'], 'Ngày 13 tháng 3']
    ])
  })
})
