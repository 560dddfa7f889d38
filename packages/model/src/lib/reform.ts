/**
 * The two-level local government (from 01/7/2025): no district level, and 34 provinces
 * where there were 63. A plan dated on or after that day should assign nothing to the
 * district level and should not be issued by, or name, a province that was merged away.
 */

import {agencyName, textKey} from '@kehoach/vietnamese'
import {diagnostic, type Diagnostic} from './diagnostic.js'
import {walkTasks} from './plan.js'
import type {Agency, Plan, Position} from './types.js'

/** The first day of the two-level local government. */
export const REFORM_DATE = '2025-07-01'

/**
 * Provinces merged into another on 01/7/2025 (Nghị quyết 202/2025/QH15): old name → the
 * province it became part of. Vĩnh Phúc, Bắc Giang and Bạc Liêu are confirmed in the
 * project's research notes; the rest follow the resolution as the developers know it.
 */
export const MERGED_PROVINCES: Readonly<Record<string, string>> = {
  'Hà Giang': 'Tuyên Quang',
  'Yên Bái': 'Lào Cai',
  'Bắc Kạn': 'Thái Nguyên',
  'Vĩnh Phúc': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ',
  'Bắc Giang': 'Bắc Ninh',
  'Thái Bình': 'Hưng Yên',
  'Hải Dương': 'Hải Phòng',
  'Hà Nam': 'Ninh Bình',
  'Nam Định': 'Ninh Bình',
  'Quảng Bình': 'Quảng Trị',
  'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi',
  'Bình Định': 'Gia Lai',
  'Ninh Thuận': 'Khánh Hòa',
  'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng',
  'Phú Yên': 'Đắk Lắk',
  'Bình Dương': 'Thành phố Hồ Chí Minh',
  'Bà Rịa - Vũng Tàu': 'Thành phố Hồ Chí Minh',
  'Bình Phước': 'Đồng Nai',
  'Long An': 'Tây Ninh',
  'Sóc Trăng': 'Cần Thơ',
  'Hậu Giang': 'Cần Thơ',
  'Bến Tre': 'Vĩnh Long',
  'Trà Vinh': 'Vĩnh Long',
  'Tiền Giang': 'Đồng Tháp',
  'Bạc Liêu': 'Cà Mau',
  'Kiên Giang': 'An Giang'
}

const DISTRICT =
  /(?<![\p{L}])(?:cấp huyện|(?:ủy ban nhân dân|ubnd|phòng tư pháp|huyện ủy)(?:\s+các)?\s+(?:huyện|quận|thị xã)|phòng tư pháp)(?![\p{L}])/u
/** "tỉnh <old name>" for every merged-away province, in one pattern; the key of each name finds its entry. */
const MERGED_NAMES = new Map(Object.keys(MERGED_PROVINCES).map((name) => [textKey(name), name]))
const MERGED = new RegExp(`(?<![\\p{L}])tỉnh\\s+(${[...MERGED_NAMES.keys()].join('|')})(?![\\p{L}])`, 'u')

/**
 * Where district-level work is assigned, as the `where` of a reform-district-level message says
 * it: the lead or supporting bodies of a task, its title, or the Tổ chức thực hiện section.
 * `{task}` is the task's id.
 */
const PLACES = {
  lead: 'chủ trì nhiệm vụ {task}',
  support: 'phối hợp nhiệm vụ {task}',
  title: 'tên nhiệm vụ {task}',
  implementation: 'phần Tổ chức thực hiện'
} as const satisfies Readonly<Record<string, string>>

function placeOf(place: keyof typeof PLACES, task?: {id: string}): string {
  return PLACES[place].replace('{task}', () => task?.id ?? '')
}

/** True when a plan dated `date` falls under the two-level local government. */
export function afterReform(date: string | null | undefined): boolean {
  return Boolean(date && date >= REFORM_DATE)
}

/** The district-level wording in `text`, if any ("UBND các huyện", "cấp huyện", "Phòng Tư pháp"). */
export function districtLevelIn(text: string): string | undefined {
  const match = DISTRICT.exec(textKey(text))
  return match ? match[0] : undefined
}

/** The merged-away province `text` names ("tỉnh Vĩnh Phúc"), if any. */
export function mergedProvinceIn(text: string): string | undefined {
  const key = textKey(text)
  if (!key.includes('tỉnh')) return undefined
  const match = MERGED.exec(key)
  return match ? MERGED_NAMES.get(match[1] as string) : undefined
}

/** Warnings for a plan dated on or after 01/7/2025 that still works with the old levels. */
export function reformDiagnostics(plan: Plan, options?: Readonly<{file?: string | undefined}> | null): Diagnostic[] {
  if (!afterReform(plan.meta.date)) return []
  const file = options?.file
  const messages: Diagnostic[] = []
  const date = plan.meta.date as string
  // A plan names the same agencies again and again: each name is looked at once.
  const verdicts = new Map<string, {district: boolean; province: string | undefined}>()
  const verdictOf = (name: string) => {
    let verdict = verdicts.get(name)
    if (!verdict)
      verdicts.set(name, (verdict = {district: districtLevelIn(name) !== undefined, province: mergedProvinceIn(name)}))
    return verdict
  }
  const checkAgencies = (agencies: readonly Agency[], where: () => string, place: Position | undefined) => {
    for (const agency of agencies) {
      const name = agencyName(agency)
      const {district, province} = verdictOf(name)
      if (district)
        messages.push(
          diagnostic(
            'reform-district-level',
            {agency: name, where: where(), date},
            {place: (typeof agency === 'object' && agency.position) || place, file}
          )
        )
      if (province)
        messages.push(
          diagnostic(
            'reform-merged-province',
            {name, province, into: MERGED_PROVINCES[province] as string, date},
            {place, file}
          )
        )
    }
  }
  for (const text of [plan.meta.issuer, plan.meta.parentIssuer, plan.meta.place ? `tỉnh ${plan.meta.place}` : null]) {
    const province = text ? mergedProvinceIn(text) : undefined
    if (province && text) {
      messages.push(
        diagnostic(
          'reform-merged-province',
          {name: text, province, into: MERGED_PROVINCES[province] as string, date},
          {place: plan.meta.position, file}
        )
      )
      break
    }
  }
  for (const {task} of walkTasks(plan.tasks)) {
    checkAgencies(task.lead, () => placeOf('lead', task), task.position)
    checkAgencies(task.support, () => placeOf('support', task), task.position)
    const found = districtLevelIn(task.title)
    if (found)
      messages.push(
        diagnostic(
          'reform-district-level',
          {agency: found, where: placeOf('title', task), date},
          {place: task.position, file}
        )
      )
  }
  for (const assignment of plan.implementation) {
    checkAgencies(
      [assignment.agency, ...(assignment.joint ?? [])],
      () => placeOf('implementation'),
      assignment.position
    )
  }
  return messages
}
