// The real files of ../shared/corpus/files read all the way into a plan: header, sections,
// tasks, signature and recipients, as a careful reader finds them (the text layers themselves
// are tested in corpus.test.ts and pdf.test.ts; the scan in pdf-ocr.test.ts).
import {readFileSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {walkTasks, type Plan} from '@kehoach/model'
import {agencyName} from '@kehoach/vietnamese'
import {readDocx} from '../src/lib/docx/read.js'
import {readPdf} from '../src/lib/pdf/read.js'
import {readDoc} from '@kehoach/files/node'
import {pathOf, present} from '../../../test/corpus.js'

const file = (name: string) => new Uint8Array(readFileSync(pathOf(`files/${name}`)))
const haveSoffice = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
})()
const signature = (plan: Plan) =>
  plan.signature && [plan.signature.authority, plan.signature.capacity, plan.signature.position, plan.signature.name]

describe.runIf(present)('real files as plans', () => {
  it('Kế hoạch of Sở Công Thương Lào Cai (DOCX, blank number and day)', () => {
    const {plan, messages} = readDocx(file('lao-cai-sct-kh-2242-2026.docx'), {file: 'kh-2242.docx'})
    expect(plan.meta).toMatchObject({
      docType: 'ke-hoach',
      number: null,
      symbol: 'KH-SCT',
      date: null,
      partialDate: '2026-04',
      place: 'Lào Cai',
      issuer: 'Sở Công Thương',
      parentIssuer: 'UBND tỉnh Lào Cai'
    })
    expect(plan.meta.title).toMatch(/^Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn/u)
    // An inspection plan: II states the inspection's particulars (time, place, who, what), not tasks;
    // its tasks are the appendix table's nine rows.
    expect(plan.sections.map((section) => [section.label, section.role])).toEqual([
      ['I', 'purposes'],
      ['II', 'other'],
      ['III', 'implementation']
    ])
    expect(plan.tasks.length).toBeGreaterThanOrEqual(3)
    expect(signature(plan)).toEqual([null, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'])
    // As written (the source has no closing bracket).
    expect(plan.recipients).toEqual(['Ban Giám đốc Sở', 'Lưu: VT, CN(M.Cường'])
    expect(messages.filter((message) => message.fatal === true)).toEqual([])
  })

  it('the provincial draft (DOCX): its appendix table rows are tasks with their agencies', () => {
    const {plan} = readDocx(file('lao-cai-ubnd-kh-chi-thi-11-draft-2026.docx'), {file: 'draft.docx'})
    expect(plan.meta).toMatchObject({
      docType: 'ke-hoach',
      number: null,
      symbol: 'KH-UBND',
      partialDate: '2026',
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai'
    })
    expect(plan.sections.map((section) => section.role)).toEqual([
      'purposes',
      'tasks',
      'funding',
      'implementation',
      'other'
    ])
    const appendix = [...walkTasks(plan.tasks)].map(({task}) => task).filter((task) => task.source === 'appendix')
    expect(appendix).toHaveLength(14)
    expect(appendix[1]?.lead.map(agencyName)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(appendix[1]?.timeline?.text).toBe('Xong trong tháng 5/2026')
    expect(plan.implementation.length).toBeGreaterThanOrEqual(10)
    expect(signature(plan)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thành Sinh'])
    expect(plan.recipients).toHaveLength(11)
  })

  it('Quyết định 1696/QĐ-UBND (signed PDF, two-column header): a decision with no tasks', async () => {
    const {plan} = await readPdf(file('lao-cai-qd-1696-qd-ubnd-2026.pdf'), {file: 'qd-1696.pdf'})
    expect(plan.meta).toMatchObject({
      docType: 'quyet-dinh',
      number: '1696/QĐ-UBND',
      date: '2026-05-15',
      place: 'Lào Cai',
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai'
    })
    expect(plan.tasks).toEqual([])
    expect(signature(plan)).toEqual(['TM. ỦY BAN NHÂN DÂN', null, 'CHỦ TỊCH', 'Nguyễn Tuấn Anh'])
    expect(plan.recipients[0]).toBe('Như Điều 4')
    expect(plan.recipients).toHaveLength(9)
  })

  it('Công văn 3036/SCT-CN (PDF whose text layer is repaired from its fonts)', async () => {
    const {plan} = await readPdf(file('lao-cai-sct-cv-3036-2026.pdf'), {file: 'cv-3036.pdf'})
    expect(plan.meta).toMatchObject({
      docType: 'cong-van',
      number: '3036/SCT-CN',
      date: '2026-05-28',
      place: 'Lào Cai',
      issuer: 'Sở Công Thương',
      parentIssuer: 'UBND tỉnh Lào Cai'
    })
    expect(plan.meta.title).toMatch(/^V\/v kế hoạch kiểm tra công tác nghiệm thu/u)
    expect(plan.meta.recipientsTo).toEqual(['Công ty cổ phần Năng lượng Bảo Long'])
    expect(signature(plan)).toEqual([null, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'])
    expect(plan.recipients.slice(0, 2)).toEqual(['Như trên', 'Ban Giám đốc Sở'])
  })

  it.runIf(haveSoffice)(
    'Thông tư 15/2026/TT-BCT (Word 97, through LibreOffice): the forms in its appendices do not take its signature',
    async () => {
      const {plan} = await readDoc(file('bct-tt-15-2026.doc'), {file: 'tt-15.doc'})
      expect(plan.meta).toMatchObject({
        docType: 'thong-tu',
        number: '15/2026/TT-BCT',
        symbol: 'TT-BCT',
        date: '2026-03-25',
        place: 'Hà Nội'
      })
      expect(signature(plan)).toEqual([null, 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Phan Thị Thắng'])
      expect(plan.recipients[0]).toBe('Văn phòng Tổng bí thư')
      expect(plan.recipients).toHaveLength(15)
    },
    120_000
  )
})
