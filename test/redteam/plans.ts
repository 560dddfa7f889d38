// Plans written for the attacks, in our own words: a short commune plan as text, and the
// repository's example plan (YAML) with fields replaced.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse, stringify} from 'yaml'
import {ROOT} from './measure.js'

/** A commune plan as plain text. `space` is put after "XÃ" and after "KINH PHÍ". */
export function communePlan(space = ' '): string {
  return [
    'ỦY BAN NHÂN DÂN',
    `XÃ${space}AN PHÚ`,
    'Số: 12/KH-UBND',
    'An Phú, ngày 03 tháng 3 năm 2027',
    '',
    'KẾ HOẠCH',
    'Triển khai Đề án nâng cao năng lực hòa giải viên ở cơ sở năm 2027',
    '',
    'Thực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân xã ban hành Kế hoạch như sau:',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nâng cao kỹ năng cho hòa giải viên trên địa bàn xã.',
    '',
    'II. NHIỆM VỤ',
    '1. Tổ chức tập huấn kỹ năng hòa giải cho hòa giải viên',
    '- Cơ quan chủ trì: Công chức Tư pháp - Hộ tịch',
    '- Thời gian thực hiện: Quý II năm 2027',
    '2. Rà soát, kiện toàn tổ hòa giải ở các thôn',
    '- Cơ quan chủ trì: Ủy ban Mặt trận Tổ quốc xã',
    '- Thời gian thực hiện: Năm 2027',
    '',
    `III. KINH PHÍ${space}THỰC HIỆN`,
    'Kinh phí thực hiện từ ngân sách xã năm 2027.',
    '',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
    ''
  ].join('\n')
}

export type Loose = any

export function examplePlan(): Loose {
  return parse(readFileSync(join(ROOT, 'examples', 'ninh-binh-315.yaml'), 'utf8'))
}

export function yamlOf(plan: Loose): string {
  return stringify(plan, {lineWidth: 0})
}

/** The example plan grown with generated tasks to about `bytes` of YAML. */
export function bigPlan(bytes: number): string {
  const plan = examplePlan()
  const tasks: Loose[] = plan.tasks
  let text = yamlOf(plan)
  let n = tasks.length
  const batch = 200
  while (Buffer.byteLength(text) < bytes) {
    for (let i = 0; i < batch; i++) {
      n++
      tasks.push({
        label: `${n}.`,
        title: `Tổ chức tập huấn, bồi dưỡng kỹ năng hòa giải cho hòa giải viên ở cơ sở, đợt ${n}, tại các xã, phường trên địa bàn tỉnh`,
        lead: [{name: 'Sở Tư pháp'}],
        support: [{name: 'Ủy ban nhân dân các xã, phường'}, {name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'}],
        timeline: `Năm ${2026 + (n % 5)}`
      })
    }
    text = yamlOf(plan)
  }
  return text
}

/** Terminal control sequences a hostile document may carry in its words. */
export const ESCAPES = {
  clear: '\u001b[2J\u001b[H',
  link: '\u001b]8;;http://127.0.0.1:9/x\u001b\\bấm vào đây\u001b]8;;\u001b\\',
  bell: '\u0007',
  csi8: '\u009b31m'
}
export const ESCAPED = Object.values(ESCAPES).join('')
