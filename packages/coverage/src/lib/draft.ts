/**
 * Drafting: a complete provincial (or commune) plan started from a national scheme,
 * one task per group the locality must carry out, with the expected local lead,
 * supporting bodies and timeline, the scheme's targets, funding, implementation,
 * recipients and an empty signature block. The draft maps each task to its group
 * explicitly (`implements`), so checking it against the scheme shows every group.
 */

import {
  afterReform,
  completePlan,
  issuerInfo,
  signatureFor,
  type IssuerLevel,
  type Plan,
  type Target
} from '@kehoach/model'
import {copyTargetMeasures} from './measures.js'
import {formatDateShort} from '@kehoach/vietnamese'
import {stripDiacritics} from './ascii.js'
import {isProvinceLevelOnly} from './scheme.js'
import type {Scheme, SchemeGroup} from './types.js'

export interface DraftOptions {
  /** Issuing body, e.g. "Ủy ban nhân dân tỉnh Ninh Bình". */
  issuer: string
  /** ISO date of the draft (default: today). */
  date?: string
}

/** "Ủy ban nhân dân tỉnh Ninh Bình" → {unit: "tỉnh", name: "Ninh Bình"}. */
export function localityOf(issuer: string): {unit: string; name: string} | undefined {
  const match = /(?:^|\s)(tỉnh|thành phố|xã|phường|đặc khu)\s+(\p{Lu}[\p{L}\s-]*)$/u.exec(issuer.trim())
  return match ? {unit: match[1] as string, name: (match[2] as string).trim()} : undefined
}

/** A department's initials in a document symbol: "Sở Tư pháp" → "STP", "Sở Văn hóa, Thể thao và Du lịch" → "SVHTTDL". */
function initials(body: string): string {
  return body
    .split(/[\s,]+/u)
    .filter((word) => word !== '' && word !== 'và')
    .map((word) => stripDiacritics(word.charAt(0)).toUpperCase().replace('Đ', 'D'))
    .join('')
}

/** The quoted name of a scheme: “Nâng cao năng lực … 2024 - 2030”. */
function schemeName(scheme: Scheme): string {
  const quoted = /“([^”]+)”/u.exec(scheme.title)
  return quoted ? (quoted[1] as string) : scheme.title.replace(/^Phê duyệt Đề án\s*/u, '')
}

function localise(name: string, scheme: Scheme): string {
  return scheme.localNames?.[name] ?? name
}

/**
 * Whether the draft names special zones (đặc khu) among the communes: only where the issuer's own
 * words name one ("Ủy ban nhân dân đặc khu …", or a parent issuer that is one). Shared/research
 * confirms that 13 special zones exist after 1/7/2025, not which provinces hold them, so a
 * province's draft says "xã, phường" and its drafter adds "đặc khu" where the province has them
 * (docs/cli.md); nothing here rests on an unconfirmed list.
 */
export function hasSpecialZones(issuer: string, parent?: string): boolean {
  return [issuer, parent ?? ''].some((words) => /(?:^|\s)đặc khu(?:\s|$)/iu.test(words.normalize('NFC')))
}

/** Rewording for the two-level local government: the district level becomes the commune level, there are no towns (thị trấn), and special zones only where the province has them. */
function twoLevel(text: string, reform: boolean, zones = true): string {
  if (!reform) return text
  return text
    .replace(/cấp tỉnh, cấp huyện/gu, 'cấp tỉnh, cấp xã')
    .replace(/cấp huyện/gu, 'cấp xã')
    .replace(/xã, phường, thị trấn/gu, zones ? 'xã, phường, đặc khu' : 'xã, phường')
    .replace(/,? thị trấn/gu, '')
}

/** Inside a list, a generic name after the first ("Các cơ quan, …") starts in lower case: "Sở Tư pháp, các cơ quan, …". */
function lowerAfterFirst(names: readonly string[]): string[] {
  return names.map((name, index) => (index > 0 && /^Các\s+\p{Ll}/u.test(name) ? `c${name.slice(1)}` : name))
}

/** Who leads and supports a group's task at each level. */
function agenciesOf(
  group: SchemeGroup,
  scheme: Scheme,
  level: IssuerLevel,
  body: string | undefined,
  unit: string
): {lead: string[]; support: string[]} {
  const expected = group.expected
  const lead = (expected?.lead ?? ['Sở Tư pháp']).map((name) => localise(name, scheme))
  const support = (expected?.support ?? ['Các cơ quan, tổ chức có liên quan']).map((name) => localise(name, scheme))
  if (level === 'commune')
    return {
      lead: ['Công chức Tư pháp - Hộ tịch'],
      support: [`Ủy ban Mặt trận Tổ quốc Việt Nam ${unit}`, 'các tổ hòa giải ở cơ sở']
    }
  if (level === 'department') {
    // The department's own units lead what the province gives the department; other bodies support.
    const own = lead.filter((name) => body && name.toLocaleLowerCase('vi') === body.toLocaleLowerCase('vi'))
    return own.length > 0
      ? {
          lead: ['Các phòng, đơn vị thuộc Sở'],
          support: lowerAfterFirst([...lead.filter((name) => !own.includes(name)), ...support])
        }
      : {lead: lowerAfterFirst(lead), support: lowerAfterFirst(support)}
  }
  return {lead: lowerAfterFirst(lead), support: lowerAfterFirst(support)}
}

/** The timeline of a group, starting no earlier than the plan's year. */
function timelineOf(text: string | undefined, year: number, scheme: Scheme): string {
  if (!text) return `Năm ${Math.max(year, scheme.period.from)} - ${scheme.period.to}`
  const final = Number(/Tổng kết: Năm (\d{4})/u.exec(text)?.[1] ?? scheme.period.to)
  return (
    text
      .replace(/Năm (\d{4}) - (\d{4})/u, (_, from: string, to: string) => `Năm ${Math.max(year, Number(from))} - ${to}`)
      // A mid-term review (sơ kết) looks back on the plan's run: never in its own year, and none left when only the final review remains.
      .replace(/;?\s*Sơ kết: Năm (\d{4})(;?)/u, (whole, at: string, after: string) => {
        const review = Math.max(Number(at), year + 1)
        if (review >= final) return after && whole.startsWith(';') ? ';' : ''
        return whole.replace(at, String(review))
      })
      .replace(/^;\s*/u, '')
  )
}

function taskOf(
  group: SchemeGroup,
  scheme: Scheme,
  year: number,
  reform: boolean,
  level: IssuerLevel,
  body: string | undefined,
  place: {unit: string; zones: boolean}
): Record<string, unknown> {
  const expected = group.expected
  const task: Record<string, unknown> = {
    title: twoLevel(group.title, reform, place.zones),
    ...agenciesOf(group, scheme, level, body, place.unit),
    timeline: timelineOf(expected?.timeline, year, scheme),
    implements: [`${scheme.short}:${group.id}`]
  }
  const children = (group.children ?? []).filter(
    (child) => child.scope !== 'central' && !(level === 'commune' && isProvinceLevelOnly(child.title))
  )
  if (children.length > 0)
    task['children'] = children.map((child) => ({
      title: twoLevel(child.title, reform, place.zones),
      implements: [`${scheme.short}:${child.id}`]
    }))
  return task
}

/** A complete draft plan for `options.issuer` implementing `scheme`. */
export function draftPlan(scheme: Scheme, options: Readonly<DraftOptions>): Plan {
  const date = options.date ?? new Date().toISOString().slice(0, 10)
  const year = Number(date.slice(0, 4))
  const reform = afterReform(date)
  const info = issuerInfo(options.issuer)
  const level = info.level
  const locality = info.locality ?? localityOf(options.issuer)
  const area = locality ? `${locality.unit} ${locality.name}` : 'địa phương'
  const commune = level === 'commune'
  const department = level === 'department'
  const name = schemeName(scheme)
  const cited = `Quyết định số ${scheme.id} ngày ${formatDateShort(scheme.date)} của ${scheme.issuer}`
  const zones = hasSpecialZones(options.issuer, info.parent)
  // The Fatherland Front committee at the issuer's own level: tỉnh (thành phố) or xã (phường, đặc khu).
  const frontUnit = locality?.unit ?? (commune ? 'xã' : 'tỉnh')
  const front = `Ủy ban Mặt trận Tổ quốc Việt Nam ${frontUnit}`
  const lowerUnits = reform ? 'Ủy ban nhân dân các xã, phường' : 'Ủy ban nhân dân các huyện, thành phố'

  const targets: Target[] = (scheme.targets ?? [])
    .filter((target) => target.scope !== 'central')
    // No district level after the reform: its ratio has no one to apply to.
    .filter((target) => !(reform && /cấp huyện/u.test(target.unit)))
    // A commune has no trainers of its own, and no pilot share to reach.
    .filter(
      (target) => !(commune && (isProvinceLevelOnly(`${target.unit} ${target.text}`) || /diem|điểm/u.test(target.id)))
    )
    .map((target) => {
      const text = twoLevel(target.text, reform, zones)
        .replace(/^Mỗi tỉnh, thành phố trực thuộc trung ương có/u, 'Có')
        .replace(/trên toàn quốc/u, `trên địa bàn ${area}`)
      return copyTargetMeasures<Target>(
        {text, value: target.value, unit: target.unit, comparator: target.comparator},
        target
      )
    })

  const groups = scheme.groups.filter(
    (group) => group.scope !== 'central' && !(commune && isProvinceLevelOnly(group.title))
  )
  const data = {
    meta: {
      docType: 'ke-hoach',
      issuer: options.issuer,
      ...(info.parent ? {parentIssuer: info.parent} : {}),
      number: null,
      symbol: department && info.body ? `KH-${initials(info.body)}` : 'KH-UBND',
      place: locality?.name ?? null,
      date,
      title: `Triển khai thực hiện Đề án “${name}” trên địa bàn ${area}`,
      implements: [
        {
          text: cited,
          docType: scheme.docType,
          number: scheme.id,
          date: scheme.date,
          issuer: scheme.issuer,
          title: scheme.title
        }
      ],
      basis: [],
      period: {from: Math.max(year, scheme.period.from), to: scheme.period.to}
    },
    preamble: [
      `Thực hiện ${cited} ${scheme.title.charAt(0).toLocaleLowerCase('vi')}${scheme.title.slice(1)} (sau đây gọi là Đề án), ${options.issuer} ban hành Kế hoạch triển khai thực hiện Đề án trên địa bàn ${locality?.unit ?? ''} như sau:`.replace(
        /\s+/gu,
        ' '
      )
    ],
    purposes: [
      {
        label: 'a)',
        text: `Triển khai đầy đủ, kịp thời, hiệu quả các nhiệm vụ, giải pháp của Đề án trên địa bàn ${area}.`
      },
      {
        label: 'b)',
        text: 'Xây dựng, củng cố, nâng cao năng lực đội ngũ hòa giải viên ở cơ sở, góp phần giữ gìn an ninh, trật tự, xây dựng khối đại đoàn kết toàn dân ở cơ sở.'
      }
    ],
    requirements: [
      {
        label: 'a)',
        text: 'Bám sát mục tiêu, nhiệm vụ của Đề án; xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện, bảo đảm khả thi.'
      },
      {
        label: 'b)',
        text: `Phát huy vai trò của ${front} và các tổ chức thành viên; tăng cường phối hợp giữa các cơ quan, đơn vị trong quá trình thực hiện.`
      }
    ],
    objectives: [
      {label: '-', text: `Phấn đấu đạt các chỉ tiêu của Đề án trên địa bàn ${area} đến năm ${scheme.period.to}.`},
      ...targets.map((target) => ({label: '-', text: `${target.text}.`}))
    ],
    // No structured `targets`: they are read from the objectives as written (one source of truth).
    tasks: groups.map((group) => taskOf(group, scheme, year, reform, level, info.body, {unit: frontUnit, zones})),
    funding: [
      {
        label: '-',
        text: 'Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành và được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương.'
      },
      {label: '-', text: 'Huy động các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.'}
    ],
    implementation: department
      ? [
          {
            label: '1.',
            agency: 'Các phòng, đơn vị thuộc Sở',
            duties:
              'Căn cứ chức năng, nhiệm vụ, chủ động tổ chức thực hiện các nhiệm vụ được giao trong Kế hoạch; báo cáo kết quả thực hiện theo quy định.'
          },
          {
            label: '2.',
            agency: 'Văn phòng Sở',
            duties:
              'Tham mưu bố trí kinh phí thực hiện Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở.'
          },
          {
            label: '3.',
            agency: reform ? 'Ủy ban nhân dân các xã, phường' : 'Ủy ban nhân dân các huyện, thành phố',
            request: true,
            duties: 'phối hợp thực hiện Kế hoạch trên địa bàn; báo cáo kết quả về Sở để tổng hợp.'
          }
        ]
      : [
          {
            label: '1.',
            agency: commune ? 'Công chức Tư pháp - Hộ tịch' : 'Sở Tư pháp',
            duties:
              'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện theo quy định.'
          },
          {
            label: '2.',
            agency: commune ? 'Bộ phận Tài chính - Kế toán' : 'Sở Tài chính',
            duties: 'Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách nhà nước.'
          },
          ...(commune
            ? []
            : [
                {
                  label: '3.',
                  agency: lowerUnits,
                  duties:
                    'Xây dựng và tổ chức thực hiện kế hoạch của địa phương; báo cáo kết quả thực hiện về Sở Tư pháp để tổng hợp.'
                }
              ]),
          {
            label: commune ? '3.' : '4.',
            agency: front,
            request: true,
            duties: 'phối hợp thực hiện Kế hoạch; chỉ đạo các tổ chức thành viên tham gia công tác hòa giải ở cơ sở.'
          }
        ],
    closing: [
      `Trên đây là Kế hoạch triển khai thực hiện Đề án trên địa bàn ${area}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${commune ? 'công chức Tư pháp - Hộ tịch' : department ? 'Văn phòng Sở' : 'Sở Tư pháp'} để tổng hợp, báo cáo./.`
    ],
    recipients: commune
      ? [
          'Sở Tư pháp (để báo cáo)',
          'Thường trực Đảng ủy, HĐND xã',
          'Chủ tịch, các Phó Chủ tịch UBND xã',
          `Ủy ban MTTQ Việt Nam ${frontUnit}`,
          'Các tổ hòa giải ở cơ sở',
          'Lưu: VT'
        ]
      : department
        ? [
            `${info.parent ? info.parent.replace('Ủy ban nhân dân', 'UBND') : 'UBND tỉnh'} (để báo cáo)`,
            'Bộ Tư pháp (để báo cáo)',
            'Giám đốc, các Phó Giám đốc Sở',
            'Các phòng, đơn vị thuộc Sở',
            lowerUnits.replace('Ủy ban nhân dân', 'UBND'),
            'Lưu: VT'
          ]
        : [
            'Bộ Tư pháp (để báo cáo)',
            'Thường trực Tỉnh ủy, HĐND tỉnh',
            'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
            'Các sở, ban, ngành tỉnh',
            lowerUnits.replace('Ủy ban nhân dân', 'UBND'),
            `Ủy ban MTTQ Việt Nam ${frontUnit}`,
            'Lưu: VT'
          ],
    signature: signatureFor(options.issuer)
  }
  return completePlan(data)
}
