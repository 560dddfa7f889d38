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

/** A word of three letters for `value` ("aaa", "aab", …): numbers alone do not tell tasks apart. */
const letters = (value: number) =>
  Array.from(value.toString(26).padStart(3, '0'), (digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join(
    ''
  )

const VERBS = ['Tổ chức', 'Triển khai', 'Rà soát', 'Tuyên truyền', 'Kiểm tra', 'Hướng dẫn', 'Bồi dưỡng', 'Đánh giá']
const THINGS = ['hòa giải', 'văn bản', 'thủ tục', 'chuyển đổi số', 'cải cách', 'pháp luật', 'dân vận', 'giao thông']
const LEADS = ['Sở Tư pháp', 'Sở Nội vụ', 'Công an tỉnh', 'Sở Tài chính', 'Sở Y tế']

/** A text plan whose "III. NHIỆM VỤ" is `tasks`, each "N. title" then its lines, numbered in order. */
function taskListPlan(number: number, tasks: ReadonlyArray<{title: string; lines: string}>, head = ''): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH THỬ',
    `Số: ${number}/KH-UBND`,
    'Thử, ngày 04 tháng 5 năm 2026',
    '',
    'KẾ HOẠCH',
    'Thử nghiệm',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    head || 'Nâng cao hiệu quả.',
    '',
    'II. CHỈ TIÊU',
    'Đạt 90% số xã.',
    '',
    'III. NHIỆM VỤ',
    ...tasks.map((task, index) => `${index + 1}. ${task.title}\n${task.lines}`),
    '',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Các sở thực hiện.',
    ''
  ].join('\n')
}

/**
 * Two text plans of `count` tasks (0.94 MB for 8,000), the second a lightly edited copy of the first:
 * every 97th title gains words, every 101st task another lead, every 211th task is gone and a new one
 * follows every 307th (8,000: 82 titles and 79 leads changed, 38 removed, 27 added).
 */
export function editedTaskPlans(count: number): [string, string] {
  const task = (index: number, edited: boolean) => {
    let title = `${VERBS[index % 8]} ${THINGS[(index * 7) % 8]} về ${letters(index)}, ${letters((index * 7919) % 17_576)}`
    let lead = LEADS[index % 5]
    if (edited && index % 97 === 3) title = title.replace(' về ', ' tại xã về ')
    if (edited && index % 101 === 5) lead = LEADS[(index + 1) % 5]
    return {title, lines: `- Cơ quan chủ trì: ${lead}\n- Thời gian thực hiện: ${2026 + (index % 4)}`}
  }
  const before = Array.from({length: count}, (_, index) => task(index, false))
  const after: Array<{title: string; lines: string}> = []
  for (let index = 0; index < count; index++) {
    if (index % 211 !== 7) after.push(task(index, true))
    if (index % 307 === 11)
      after.push({title: `Nhiệm vụ mới bổ sung số ${letters(index)}`, lines: '- Cơ quan chủ trì: Sở Nội vụ'})
  }
  return [taskListPlan(7, before), taskListPlan(8, after)]
}

/** A text plan of `count` tasks of one and the same title (0.92 MB for 9,000). */
export function sameTitlesPlan(count: number): string {
  const task = {title: 'Tập huấn kỹ năng hòa giải cho hòa giải viên', lines: '- Cơ quan chủ trì: Sở Tư pháp'}
  return taskListPlan(9, Array(count).fill(task))
}

/** A text plan of `count` tasks, each its own title and a lead (0.76 MB for 9,000), and the same tasks in reverse order. */
export function reversedTaskPlans(count: number): [string, string] {
  const tasks = Array.from({length: count}, (_, index) => ({
    title: `${VERBS[index % 8]} ${THINGS[(index * 7) % 8]} về ${letters(index)}, ${letters((index * 7919) % 17_576)}`,
    lines: `- Cơ quan chủ trì: ${LEADS[index % 5]}`
  }))
  return [taskListPlan(9, tasks), taskListPlan(9, [...tasks].reverse())]
}

/** Two text plans whose purposes are `count` paragraphs, every one of them edited in the second (1 MB for 15,000). */
export function editedPurposesPlans(count: number): [string, string] {
  const purposes = (tag: string) =>
    Array.from(
      {length: count},
      (_, index) =>
        `- Nâng cao hiệu quả công tác ${letters(index)} ${letters((index * 7919) % 17_576)} ${tag} trên địa bàn.`
    ).join('\n')
  const task = [{title: 'Tổ chức tập huấn', lines: '- Cơ quan chủ trì: Sở Tư pháp'}]
  return [taskListPlan(7, task, purposes('cũ')), taskListPlan(7, task, purposes('mới'))]
}
