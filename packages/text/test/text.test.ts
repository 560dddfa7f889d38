// Our own small fixtures, one hard case a file, and the Markdown round trip.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml, stripPositions} from '@kehoach/model'
import {agencyName} from '@kehoach/vietnamese'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {properCaseAgency} from '../src/common/header.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

describe('plain text', () => {
  it('reads a header row joined with " | "', () => {
    const {plan} = parseText(fixture('joined-header.txt'))
    expect(plan.meta).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh An Giang Mẫu',
      number: '12/KH-UBND',
      place: 'An Giang Mẫu',
      date: '2025-03-05',
      title: 'TRIỂN KHAI ĐỀ ÁN THỬ NGHIỆM'
    })
    expect(plan.tasks[0]).toMatchObject({
      id: 'I.1',
      lead: ['Sở Tư pháp'],
      timeline: {kind: 'period', from: '2025-04-01', to: '2025-06-30'}
    })
  })

  it('reads a plan issued inside a Quyết định: articles are not tasks', () => {
    const {plan} = parseText(fixture('decision-wrapper.txt'))
    expect(plan.meta.enactedBy).toMatchObject({number: '301/QĐ-UBND', date: '2025-10-02'})
    expect(plan.meta.enactedBy?.articles.map((article) => article.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.'])
    expect(plan.meta).toMatchObject({
      docType: 'ke-hoach',
      issuer: 'Ủy ban nhân dân tỉnh Bình Mẫu',
      date: '2025-10-02',
      title: 'Thực hiện Đề án thử nghiệm trên địa bàn tỉnh'
    })
    expect(plan.meta.basis.map((ref) => ref.docType)).toEqual(['luat', 'quyet-dinh'])
    expect(plan.tasks.map((task) => [task.id, task.title])).toEqual([
      ['I.1', 'Rà soát, kiện toàn tổ hòa giải'],
      ['I.2', 'Tập huấn hòa giải viên']
    ])
    // The decision's own Nơi nhận and signature stay with the decision; the plan after it has none of its own.
    expect(plan.meta.enactedBy?.recipients).toEqual(['Như Điều 3', 'Lưu: VT'])
    expect(plan.meta.enactedBy?.signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Người Ký Mẫu'
    })
    expect(plan.recipients).toEqual([])
    expect(plan.signature).toBeNull()
  })

  it('reads a copy with no header and short field labels', () => {
    const {plan, messages} = parseText(fixture('no-header.txt'))
    expect(messages.map((message) => message.ruleId)).toContain('missing-header')
    expect(plan.purposes.map((item) => item.text)).toEqual(['Nâng cao kỹ năng cho hòa giải viên.'])
    expect(plan.tasks[0]).toMatchObject({
      id: 'II.1',
      lead: ['Sở Tư pháp'],
      support: ['Hội Luật gia tỉnh', 'Đoàn Luật sư tỉnh'],
      timeline: {from: '2025-09-01'}
    })
    expect(plan.tasks[1]?.timeline?.to).toBe('2025-12-31')
  })

  it('never throws and always returns a plan', () => {
    for (const input of [
      '',
      '\u0000\u0001',
      '|||\n|\n',
      'I.\n1.\na)\n-\n+\n*',
      '- Cơ quan chủ trì: Sở Tư pháp',
      'x'.repeat(10_000)
    ]) {
      const {plan, messages} = parseText(input)
      expect(plan.tasks).toBeInstanceOf(Array)
      expect(messages).toBeInstanceOf(Array)
    }
  })

  it('reports a field that belongs to no task', () => {
    const {messages} = parseText('II. NHIỆM VỤ\n- Cơ quan chủ trì: Sở Tư pháp\n1. Tập huấn\n- Chủ trì: Sở Tư pháp\n')
    expect(messages.find((message) => message.ruleId === 'orphan-field')?.place).toMatchObject({start: {line: 2}})
  })

  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC', 'Ủy ban nhân dân tỉnh Vĩnh Phúc'],
    ['SỞ TƯ PHÁP', 'Sở Tư pháp'],
    ['UBND THÀNH PHỐ HÀ NỘI', 'UBND thành phố Hà Nội'],
    ['SỞ CÔNG THƯƠNG', 'Sở Công Thương'],
    ['ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ', 'Ủy ban MTTQ Việt Nam xã An Phú'],
    ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN PHÚ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Phú']
  ])('proper-cases %s, keeping the capitals names are written with', (given, want) => {
    expect(properCaseAgency(given)).toBe(want)
  })
})

describe('the issuing body and the body above it', () => {
  const header = (issuer: string) =>
    `${issuer}\nSố: 3/KH-X\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Phú, ngày 2 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền\nI. MỤC ĐÍCH\n`
  const lower = (text: string | null | undefined) => text?.toLocaleLowerCase('vi') ?? null
  it.each([
    [
      'a standing board under a commune front committee, over three lines',
      'ỦY BAN MTTQ VIỆT NAM\nXÃ AN PHÚ\nBAN THƯỜNG TRỰC',
      'ủy ban mttq việt nam xã an phú',
      'ban thường trực'
    ],
    [
      'a sub-board under an election committee',
      'ỦY BAN BẦU CỬ XÃ AN PHÚ\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN',
      'ủy ban bầu cử xã an phú',
      'tiểu ban thông tin, tuyên truyền'
    ],
    [
      'a department under a province, as before',
      'UBND TỈNH AN PHÚ\nSỞ CÔNG THƯƠNG',
      'ubnd tỉnh an phú',
      'sở công thương'
    ],
    ['a province over two lines is one body', 'ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ', null, 'ủy ban nhân dân tỉnh an phú']
  ])('%s', (_name, issuer, parent, own) => {
    const {plan} = parseText(header(issuer))
    expect([lower(plan.meta.parentIssuer), lower(plan.meta.issuer)]).toEqual([parent, own])
  })
})

describe('what a document that is not a plan cites as its bases', () => {
  const refs = (text: string) => {
    const {plan} = parseText(text)
    return [plan.meta.basis.map((ref) => ref.number), plan.meta.implements.map((ref) => ref.number)]
  }
  it('a Thông tư: its "Căn cứ" lines, not the documents its articles amend', () => {
    expect(
      refs(
        'BỘ MẪU\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/2026/TT-BM\nHà Nội, ngày 2 tháng 3 năm 2026\nTHÔNG TƯ\nSỬA ĐỔI THÔNG TƯ SỐ 2/2024/TT-BM\nCăn cứ Luật Mẫu số 1/2025/QH15;\nTheo đề nghị của Vụ trưởng Vụ Pháp chế;\nBộ trưởng ban hành Thông tư sửa đổi Thông tư số 2/2024/TT-BM.\nĐiều 1. Sửa đổi Điều 4 Thông tư số 2/2024/TT-BM và Nghị định số 7/2023/NĐ-CP\nMẪU ĐƠN\nCăn cứ Thông tư số 9/2019/TT-BM ngày 1/2/2019;\n'
      )
    ).toEqual([['1/2025/QH15'], []])
  })
  it('a Công văn: the letters and decrees it discusses in its body are not bases', () => {
    expect(
      refs(
        'UBND TỈNH MẪU\nSỞ MẪU\nSố: 5/SM-KT\nV/v kiểm tra công trình\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMẫu, ngày 2 tháng 3 năm 2026\nKính gửi: Công ty Mẫu\nSở Mẫu nhận được Công văn số 3/CV-M ngày 1/3/2026 của Công ty Mẫu.\nSau khi đối chiếu Nghị định số 6/2024/NĐ-CP, Sở Mẫu thông báo như sau:\n'
      )
    ).toEqual([[], []])
  })
})

describe("sections that are not the plan's work", () => {
  it.each([
    ['requests to bodies the issuer does not direct', 'IV. KIẾN NGHỊ'],
    ['slogans', 'V. KHẨU HIỆU TUYÊN TRUYỀN'],
    ['an assessment of the situation', 'I. ĐÁNH GIÁ TÌNH HÌNH'],
    ['results so far', 'I. KẾT QUẢ ĐẠT ĐƯỢC']
  ])('%s: their items are not tasks', (_name, heading) => {
    const {plan} = parseText(
      `KẾ HOẠCH\nThử\n\n${heading}\n1. Bộ Mẫu: chỉ đạo thực hiện.\n2. Cục Mẫu: phối hợp kiểm tra.\nII. NHIỆM VỤ\n1. Tập huấn\n`
    )
    expect(plan.sections.map((section) => section.role)).toEqual(['other', 'tasks'])
    expect(plan.tasks.map((task) => task.title)).toEqual(['Tập huấn'])
  })
  it('an assessment heading that also names the tasks holds them', () => {
    const {plan} = parseText('KẾ HOẠCH\nThử\n\nI. KẾT QUẢ VÀ NHIỆM VỤ TRỌNG TÂM\n1. Tập huấn\n')
    expect(plan.sections.map((section) => section.role)).toEqual(['tasks'])
  })
})

describe('a section of targets and tasks together ("CHỈ TIÊU, NHIỆM VỤ")', () => {
  const text =
    'KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nLàm tốt hơn.\nII. CHỈ TIÊU, NHIỆM VỤ\n1. Cải cách thủ tục mẫu\na) Mục tiêu\n- 100% hồ sơ mẫu được giải quyết đúng hạn.\n- Có ứng dụng tra cứu hồ sơ mẫu.\nb) Nhiệm vụ\n- Rà soát các thủ tục mẫu hằng năm.\n- Sở Mẫu tham mưu xây dựng ứng dụng tra cứu.\n2. Công tác chỉ đạo mẫu\na) Ban hành kế hoạch hằng năm.\nb) Tổ chức sơ kết giữa kỳ.\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Mẫu: theo dõi, đôn đốc.\n'
  it('is a section of tasks: its areas are tasks, their "Nhiệm vụ" items the tasks under them', () => {
    const {plan} = parseText(text)
    expect(plan.sections.map((section) => section.role)).toEqual(['purposes', 'tasks', 'implementation'])
    expect(plan.tasks.map((task) => [task.title, task.children.map((child) => child.title.slice(0, 20))])).toEqual([
      ['Cải cách thủ tục mẫu', ['Rà soát các thủ tục ', 'Sở Mẫu tham mưu xây ']],
      ['Công tác chỉ đạo mẫu', ['Ban hành kế hoạch hằ', 'Tổ chức sơ kết giữa ']]
    ])
  })
  it('its "Mục tiêu" items are objectives, and their quantities targets', () => {
    const {plan} = parseText(text)
    expect(plan.objectives.map((item) => item.text).join('\n')).toContain('100% hồ sơ mẫu được giải quyết đúng hạn')
    expect(plan.objectives.map((item) => item.text).join('\n')).toContain('Có ứng dụng tra cứu hồ sơ mẫu')
    expect(plan.targets.length).toBeGreaterThan(0)
  })
  it('a section of targets alone stays objectives', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. CHỈ TIÊU CHỦ YẾU\n1. 100% hồ sơ mẫu đúng hạn.\nII. NHIỆM VỤ\n1. Tập huấn\n'
    )
    expect(plan.sections.map((section) => section.role)).toEqual(['objectives', 'tasks'])
  })
})

describe('an item that opens with a bare label ("Đợt 1:", "Nội dung:")', () => {
  it('keeps the words after the label in its title: the label alone names nothing', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tuyên truyền theo đợt\n1.1. Đợt 1: Trong tháng 12/2026\n- Phát tờ rơi tại các thôn.\n1.2. Đợt 2: Sau ngày bầu cử mẫu\n2. Hội nghị mẫu\n2.1. Nội: Lấy ý kiến cử tri. Thời gian: tháng 1/2027\n2.2. Nội dung: Bàn về danh sách người ứng cử mẫu.\n'
    )
    const titles = plan.tasks.flatMap((task) => task.children.map((child) => child.title))
    expect(titles).toEqual([
      'Đợt 1: Trong tháng 12/2026',
      'Đợt 2: Sau ngày bầu cử mẫu',
      'Nội:',
      'Nội dung: Bàn về danh sách người ứng cử mẫu.'
    ])
    expect(plan.tasks[0]?.children[0]?.timeline?.text).toBe('Trong tháng 12/2026')
  })
})

describe('a table row whose first cells are empty (merged with the row above)', () => {
  it('keeps its columns in place: a row that continues the task above is not a task of its own', () => {
    const {plan} = parseText(
      [
        'KẾ HOẠCH',
        'Thử',
        '',
        'I. NHIỆM VỤ',
        '1. Theo Phụ lục.',
        'Nơi nhận:',
        '- Lưu: VT.',
        'PHỤ LỤC',
        'STT | Nhiệm vụ | Sản phẩm | Thời gian | Chủ trì | Phối hợp',
        '1 | Rà soát thủ tục mẫu | Báo cáo rà soát | Quý I | Sở Mẫu | Sở Thử',
        ' |  | Danh mục thủ tục | Quý II | Sở Mẫu | Sở Thử',
        '2 | Tập huấn cán bộ mẫu | Lớp tập huấn | Hằng năm | Sở Thử | Sở Mẫu'
      ].join('\n')
    )
    const rows = plan.appendices[0]?.rows.map((row) => row.cells) ?? []
    expect(rows[1]).toEqual(['', '', 'Danh mục thủ tục', 'Quý II', 'Sở Mẫu', 'Sở Thử'])
    expect(plan.tasks.filter((task) => task.source === 'appendix').map((task) => task.title)).toEqual([
      'Rà soát thủ tục mẫu',
      'Tập huấn cán bộ mẫu'
    ])
  })
})

describe('Tổ chức thực hiện: a heading that names the agency more closely', () => {
  it('keeps "của …", "hoạt động trong …", "trên địa bàn …" in the agency\'s name when its duties follow below', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tập huấn\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Mẫu\n- Chủ trì theo dõi.\n2. Các tổ chức thành viên của Hội Mẫu xã\n- Phối hợp tuyên truyền.\n3. Các doanh nghiệp hoạt động trong lĩnh vực vận tải, kho bãi mẫu trên địa bàn tỉnh\n- Chủ động ứng dụng nền tảng số.\n4. Các doanh nghiệp trên địa bàn tỉnh chủ động phối hợp thực hiện\n'
    )
    expect(plan.implementation.map((assignment) => assignment.agency)).toEqual([
      'Sở Mẫu',
      'Các tổ chức thành viên của Hội Mẫu xã',
      'Các doanh nghiệp hoạt động trong lĩnh vực vận tải, kho bãi mẫu trên địa bàn tỉnh',
      // Its duties on the same line are not part of the name.
      'Các doanh nghiệp trên địa bàn tỉnh'
    ])
  })
})

describe('Tổ chức thực hiện under topic headings ("1. Công tác triển khai", "2. Kinh phí thực hiện")', () => {
  it("reads the agencies its paragraphs start with; the headings are the section's text, not closing words", () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tập huấn\nII. TỔ CHỨC THỰC HIỆN\n1. Công tác triển khai\nCác sở, ban, ngành và Ủy ban nhân dân các xã, phường có trách nhiệm xây dựng kế hoạch thực hiện.\nSở Nội vụ có trách nhiệm theo dõi, tổng hợp kết quả.\n2. Kinh phí thực hiện\nKinh phí bố trí từ ngân sách nhà nước.\nTrong quá trình thực hiện, nếu có vướng mắc, báo cáo Ủy ban nhân dân tỉnh.\n'
    )
    expect(
      plan.implementation.flatMap((assignment) => [assignment.agency, ...(assignment.joint ?? [])].map(agencyName))
    ).toEqual(['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường', 'Sở Nội vụ'])
    expect(plan.sections.at(-1)?.text?.map((item) => item.text)).toEqual(['Công tác triển khai', 'Kinh phí thực hiện'])
    expect(plan.closing.map((item) => item.text.slice(0, 14))).toContain('Trong quá trìn')
  })
})

describe('the "-" and "+" lines under a task of a Mặt trận plan', () => {
  const {plan} = parseText(
    'KẾ HOẠCH\nThử\n\nI. NỘI DUNG THỰC HIỆN\n1. Tiếp công dân mẫu\n- Địa điểm: Tại nhà văn hóa thôn Mẫu.\n- Thời gian: Thường xuyên trong giờ hành chính.\n- Nhiệm vụ:\n+ Ghi chép ý kiến của công dân.\n+ Hướng dẫn công dân gửi đơn đúng nơi.\n2. Xử lý đơn thư mẫu\n- Đối với đơn về danh sách cử tri: Chuyển đến Ủy ban nhân dân xã.\n- Đối với đơn về người ứng cử: Chuyển đến Ban bầu cử mẫu.\n- Đối với kiến nghị khác: Trả lời công dân trong 05 ngày.\n+ Lưu ý: Không xét đơn không rõ người gửi.\n'
  )
  it('a field after the time ("- Nhiệm vụ:") ends its milestones: the "+" lines under it are tasks', () => {
    expect(plan.tasks[0]?.timeline?.text).toBe('Thường xuyên trong giờ hành chính')
    expect(plan.tasks[0]?.children.map((child) => child.title)).toEqual([
      'Ghi chép ý kiến của công dân.',
      'Hướng dẫn công dân gửi đơn đúng nơi.'
    ])
  })
  it('cases written "Đối với …: what is done" are tasks, not the task\'s particulars', () => {
    expect(plan.tasks[1]?.children.map((child) => child.title.slice(0, 28))).toEqual([
      'Đối với đơn về danh sách cử ',
      'Đối với đơn về người ứng cử:',
      'Đối với kiến nghị khác:'
    ])
  })
  it('an item that states a rule ("Quy định về …", "Nguyên tắc …") is the section\'s text, with its cases', () => {
    const {plan: read} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NỘI DUNG\n1. Hội nghị cử tri mẫu\n- Gửi biên bản về xã.\n2. Quy định về số cử tri dự hội nghị\n- Đối với thôn dưới 100 cử tri: Họp toàn thể cử tri.\n- Đối với thôn khác: Họp đại diện hộ gia đình.\n3. Nguyên tắc biểu quyết: giơ tay hoặc bỏ phiếu kín.\n'
    )
    expect(read.tasks.map((task) => task.title)).toEqual(['Hội nghị cử tri mẫu'])
    expect(read.sections[0]?.text?.map((item) => item.text.slice(0, 20))).toEqual([
      'Quy định về số cử tr',
      'Đối với thôn dưới 10',
      'Đối với thôn khác: H',
      'Nguyên tắc biểu quyế'
    ])
  })
  it('a "+ Lưu ý: …" line is a note on the item above it, not a task', () => {
    expect(plan.tasks[1]?.children[2]?.children).toEqual([])
    expect(plan.tasks[1]?.children[2]?.body).toContain('Lưu ý: Không xét đơn không rõ người gửi.')
  })
})

describe('"-" lines above the task\'s own "- Thời gian …", "- Đơn vị chủ trì …" items', () => {
  it('describe the task: they are its words, not tasks of their own', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Văn bản mẫu\n1.1. Soạn hướng dẫn mẫu\n- Bảo đảm thống nhất với hướng dẫn cấp trên.\n- Nêu rõ vai trò của từng thành viên.\n- Thời gian hoàn thành: Tháng 11/2026.\n- Đơn vị chủ trì: Sở Mẫu.\n'
    )
    const task = plan.tasks[0]?.children[0]
    expect(task?.children).toEqual([])
    expect(task?.body).toContain('- Bảo đảm thống nhất với hướng dẫn cấp trên.')
    expect(task?.body).toContain('- Nêu rõ vai trò của từng thành viên.')
    expect(task?.lead.map(agencyName)).toEqual(['Sở Mẫu'])
    expect(task?.timeline?.text).toBe('Tháng 11/2026')
  })
  it('an item with fields of its own below it stays a task', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tập huấn mẫu\n- Mở lớp tập huấn cho cán bộ.\nĐơn vị chủ trì: Sở Mẫu.\n- Biên soạn tài liệu.\nĐơn vị chủ trì: Sở Thử.\n'
    )
    expect(plan.tasks[0]?.children.map((child) => [child.title, child.lead.map(agencyName)])).toEqual([
      ['Mở lớp tập huấn cho cán bộ.', ['Sở Mẫu']],
      ['Biên soạn tài liệu.', ['Sở Thử']]
    ])
  })
})

describe('a supporting agency whose name goes on in lower case', () => {
  it('"Tạp chí Diễn đàn doanh nghiệp mẫu..." up to the punctuation that ends it', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tuyên truyền trên báo chí\nSở Nội vụ chủ trì, phối hợp với Báo và Phát thanh, Truyền hình tỉnh, Tạp chí Diễn đàn doanh nghiệp mẫu... đăng tải các bài viết.\n'
    )
    expect(plan.tasks[0]?.support.map(agencyName)).toEqual([
      'Báo và Phát thanh, Truyền hình tỉnh',
      'Tạp chí Diễn đàn doanh nghiệp mẫu'
    ])
  })
})

describe('a task whose sentence opens with the body that does it', () => {
  it('a unit the agency table does not know ("Ban Thường trực …", "Văn phòng …") followed by what it does leads', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Giám sát mẫu\n- Ban Thường trực Hội Mẫu xã theo dõi, đôn đốc các chi hội.\n- Kiến nghị xử lý các vi phạm mẫu.\n- Ban hành quy chế mẫu.\n'
    )
    expect(plan.tasks[0]?.children.map((task) => task.lead.map(agencyName))).toEqual([
      ['Ban Thường trực Hội Mẫu xã'],
      [],
      []
    ])
  })
})

describe('an inspection plan (Kế hoạch kiểm tra)', () => {
  const plan = (particulars: string) =>
    parseText(
      `KẾ HOẠCH\nKiểm tra an toàn bếp ăn tập thể năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐánh giá việc giữ vệ sinh của các bếp ăn.\nII. NỘI DUNG\n${particulars}III. THÀNH PHẦN ĐOÀN KIỂM TRA\n1. Ông Lê Văn Mẫu, Phó Giám đốc Sở - Trưởng đoàn.\n2. Bà Đỗ Thị Thử, chuyên viên - Thành viên.\nIV. TỔ CHỨC THỰC HIỆN\n1. Giao phòng Quản lý chất lượng tổ chức kiểm tra đúng thời gian đã định.\n`
    ).plan
  it("its particulars (thời gian, địa điểm, đối tượng, nội dung, phương thức) are the section's text, not tasks", () => {
    const read = plan(
      '1. Thời gian kiểm tra: từ ngày 4/5/2026 đến ngày 8/5/2026.\n2. Địa điểm: tại các bếp ăn được kiểm tra.\n3. Đối tượng kiểm tra: Bếp ăn trường Mẫu Một; bếp ăn Công ty Thử Hai.\n4. Nội dung kiểm tra\nViệc giữ các điều kiện vệ sinh theo quy định hiện hành.\n5. Phương thức kiểm tra: kiểm tra trực tiếp tại bếp ăn.\n'
    )
    expect(read.sections.map((section) => section.role)).toEqual(['purposes', 'other', 'other', 'implementation'])
    expect(read.tasks).toEqual([])
    expect(read.sections[1]?.text?.map((item) => item.text.slice(0, 18))).toEqual([
      'Thời gian kiểm tra',
      'Địa điểm: tại các ',
      'Đối tượng kiểm tra',
      'Nội dung kiểm tra:',
      'Phương thức kiểm t'
    ])
  })
  it('the members of the team are people, not tasks', () => {
    const read = plan('1. Thời gian: tháng 5/2026.\n2. Địa điểm: tại các bếp ăn.\n')
    expect(read.tasks).toEqual([])
    expect(read.sections[2]?.text?.map((item) => item.text.slice(0, 12))).toEqual(['Ông Lê Văn M', 'Bà Đỗ Thị Th'])
  })
  it('"Giao phòng … <what it does>" without a colon gives the work to the office', () => {
    const read = plan('1. Thời gian: tháng 5/2026.\n2. Địa điểm: tại các bếp ăn.\n')
    expect(read.implementation.map((assignment) => [assignment.agency, assignment.duties.slice(0, 17)])).toEqual([
      ['phòng Quản lý chất lượng', 'tổ chức kiểm tra ']
    ])
  })
  it('a section of work that names its time and place beside its tasks keeps the tasks', () => {
    const {plan: read} = parseText(
      'KẾ HOẠCH\nThử\n\nI. NỘI DUNG\n1. Thời gian: quý II/2026.\n2. Tập huấn cho cán bộ.\n3. Nội dung tuyên truyền\nPhát tờ rơi tại các thôn.\n'
    )
    expect(read.sections.map((section) => section.role)).toEqual(['tasks'])
    expect(read.tasks.map((task) => task.title)).toEqual(['Tập huấn cho cán bộ.', 'Nội dung tuyên truyền'])
  })
})

describe('a Công văn whose subject ("V/v …") stands under its number', () => {
  const letter = (gap: string) =>
    [
      'UBND TỈNH MẪU',
      'SỞ CÔNG THƯƠNG',
      'Số: 15/SCT-QLTM',
      'V/v báo cáo tình hình thực hiện',
      'kế hoạch thương mại mẫu năm 2026',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Mẫu, ngày 3 tháng 4 năm 2026',
      'Kính gửi: Các phòng chuyên môn thuộc Sở',
      'Thực hiện Kế hoạch số 20/KH-UBND ngày 5/1/2026 của UBND tỉnh, Sở đề nghị các phòng báo cáo kết quả.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.'
    ].join(gap)
  it.each([
    ['one line a cell', '\n'],
    ['blank lines between', '\n\n']
  ])('keeps its header: %s', (_name, gap) => {
    const {plan} = parseText(letter(gap))
    expect(plan.meta).toMatchObject({
      docType: 'cong-van',
      issuer: 'Sở Công Thương',
      parentIssuer: 'UBND tỉnh Mẫu',
      number: '15/SCT-QLTM',
      date: '2026-04-03',
      place: 'Mẫu',
      title: 'V/v báo cáo tình hình thực hiện kế hoạch thương mại mẫu năm 2026',
      recipientsTo: ['Các phòng chuyên môn thuộc Sở']
    })
  })
})

describe('documents of other kinds', () => {
  const head = (type: string) =>
    `UBND XÃ MẪU\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMẫu, ngày 2 tháng 3 năm 2026\n${type}\nHội nghị cử tri thôn Mẫu\nHôm nay, tại nhà văn hóa thôn Mẫu.\n`
  it.each([['BIÊN BẢN'], ['PHIẾU CHUYỂN'], ['GIẤY MỜI']])('a %s is not a plan', (type) => {
    expect(parseText(head(type)).plan.meta.docType).toBe('other')
  })
  it('a BÁO CÁO and a TỜ TRÌNH say what they are', () => {
    expect([parseText(head('BÁO CÁO')).plan.meta.docType, parseText(head('TỜ TRÌNH')).plan.meta.docType]).toEqual([
      'bao-cao',
      'to-trinh'
    ])
  })
})

describe('the title of a decision', () => {
  it.each([
    ['the Chairman', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH MẪU'],
    ['the committee', 'ỦY BAN NHÂN DÂN TỈNH MẪU'],
    ['a minister', 'BỘ TRƯỞNG BỘ MẪU']
  ])('ends before the line naming %s who enacts it', (_name, authority) => {
    const {plan} = parseText(
      `UBND TỈNH MẪU\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/QĐ-UBND\nMẫu, ngày 2 tháng 3 năm 2026\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TẬP HUẤN\nNĂM 2026\n${authority}\nCăn cứ Luật Mẫu ngày 1/1/2025;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\n`
    )
    expect(plan.meta.title).toBe('BAN HÀNH KẾ HOẠCH TẬP HUẤN NĂM 2026')
  })
})

describe('a programme carried out, named without number or date', () => {
  it('"Thực hiện Chương trình mục tiêu quốc gia … (gọi chung là …)" is what the plan implements', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nTriển khai Chương trình mẫu\n\nThực hiện Chương trình mục tiêu quốc gia phòng, chống tác hại mẫu đến năm 2030 (gọi chung là Chương trình), Ủy ban nhân dân tỉnh xây dựng kế hoạch như sau:\nI. NHIỆM VỤ\n1. Tập huấn\n'
    )
    expect(plan.meta.implements.map((ref) => [ref.docType, ref.number, ref.title])).toEqual([
      ['chuong-trinh', null, 'mục tiêu quốc gia phòng, chống tác hại mẫu đến năm 2030']
    ])
  })
  it('a plan that cites a numbered document keeps only that one', () => {
    const {plan} = parseText(
      'KẾ HOẠCH\nThử\n\nThực hiện Chương trình hành động số 5-CTr/TU ngày 2/3/2025 của Tỉnh ủy, UBND tỉnh ban hành kế hoạch như sau:\nI. NHIỆM VỤ\n1. Tập huấn\n'
    )
    expect(plan.meta.implements.map((ref) => ref.number)).toEqual(['5-CTr/TU'])
  })
})

describe('Markdown', () => {
  it('round-trips the example plan: plan → Markdown → plan', () => {
    const {plan} = fromYaml(readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8'))
    const {plan: again, messages} = fromMarkdown(toMarkdown(plan))
    expect(messages.filter((message) => message.fatal)).toEqual([])
    // The same plan (issue 29: it no longer adds `form: document`).
    expect(stripPositions(again)).toEqual(stripPositions(plan))
  })

  it('reads a hand-written draft', () => {
    const {plan} = fromMarkdown(`---
issuer: Ủy ban nhân dân tỉnh Mẫu
number: 3/KH-UBND
date: 2026-02-01
---

Thực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch.

## I. NHIỆM VỤ, GIẢI PHÁP

### 1. Thực hiện chỉ đạo điểm

- Cơ quan chủ trì: Sở Tư pháp
- Cơ quan phối hợp: UBND các xã, phường được chọn làm điểm
- Thời gian thực hiện:
  + Kiểm tra: Hàng năm
  + Tổng kết: Năm 2030

#### a) Chọn xã điểm

- Rà soát tổ hòa giải
- Bầu bổ sung hòa giải viên

## Nơi nhận

- Bộ Tư pháp;
- Lưu: VT.
`)
    expect(plan.meta.implements[0]?.number).toBe('315/QĐ-TTg')
    expect(plan.tasks[0]).toMatchObject({
      id: 'I.1',
      title: 'Thực hiện chỉ đạo điểm',
      lead: ['Sở Tư pháp'],
      timeline: {kind: 'milestones'}
    })
    expect(plan.tasks[0]?.children[0]?.children.map((task) => [task.id, task.title])).toEqual([
      ['I.1.a.1', 'Rà soát tổ hòa giải'],
      ['I.1.a.2', 'Bầu bổ sung hòa giải viên']
    ])
    expect(plan.tasks[0]?.position?.start.line).toBe(11)
    expect(plan.recipients).toEqual(['Bộ Tư pháp', 'Lưu: VT'])
  })

  it('round-trips a real plan read from text', () => {
    const text = readFileSync(new URL('fixtures/decision-wrapper.txt', import.meta.url), 'utf8')
    const {plan} = parseText(text)
    const again = fromMarkdown(toMarkdown(plan)).plan
    expect(again.tasks.map((task) => [task.id, task.title, task.lead.map(agencyName)])).toEqual(
      plan.tasks.map((task) => [task.id, task.title, task.lead.map(agencyName)])
    )
  })
})
