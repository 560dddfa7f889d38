/**
 * Agencies (cơ quan, đơn vị) as Vietnamese plans name them.
 *
 * A field such as "Sở Tư pháp, UBND các huyện, thành phố" names two agencies, while
 * "UBND các xã, phường, thị trấn được lựa chọn làm điểm" names one: commas separate
 * agencies and also the members of one agency's list of administrative units. The
 * splitting below is driven by the tables in this module (what starts an agency name,
 * which words are administrative units, which abbreviations mean what), not by a
 * plain comma split.
 */

import {memo} from './memo.js'
import {normalizeString, normalizeText, textKey, withoutTrailing} from './vietnamese.js'

/**
 * An agency as a field names it: its name, or an object when the field also says who advises it
 * ("UBND tỉnh (Sở Tư pháp tham mưu)") or what it does. The model's `Agency` has this shape, and a position.
 */
export type FoundAgency = string | FoundAgencyDetail

export interface FoundAgencyDetail {
  name: string
  advisor?: string | null
  note?: string | null
}

/** Administrative units that make up lists inside one agency name ("các huyện, thành phố"). */
export const ADMINISTRATIVE_UNITS = [
  'thành phố',
  'thị trấn',
  'thị xã',
  'đặc khu',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'xã'
]

const UNIT = `(?:${ADMINISTRATIVE_UNITS.join('|')})`
/**
 * How many words a repeated part of a name takes at most (the words of a proper name, of a scope,
 * the units of a list). Real names have a handful; without a bound, a field of millions of
 * capitalised words (“Sở Sở Sở …”) overflowed the regular-expression stack.
 */
const WORDS = 16
const PROPER = String.raw`\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,${WORDS}}`
// One capitalised word at a time: the repetition around it adds the next one. (A whole
// PROPER here would nest two repetitions over the same words and backtrack exponentially.)
const PROPER_WORD = String.raw`\p{Lu}[\p{L}]*`
const SCOPE = String.raw`(?:\s+(?:cấp\s+(?:tỉnh|huyện|xã|trung ương)|các cấp|cùng cấp|[Tt]rung ương|Thủ đô|Việt Nam|tỉnh|thành phố|Thành phố|huyện|quận|xã|phường|thị xã|thị trấn|TP\.?|${PROPER_WORD})){0,${WORDS}}`
const UNIT_LIST = String.raw`(?:các\s+|cấp\s+)?${UNIT}(?:\s*(?:,|\/)\s*${UNIT}){0,${WORDS}}`

/**
 * One row a kind of agency: a pattern for its name (matched at the start of a
 * segment, case-insensitive on the head word), and its canonical name.
 * `generic` rows name classes of bodies ("các cơ quan, tổ chức có liên quan").
 */
export interface AgencyPattern {
  id: string
  /**
   * Every character a name of this kind can start with ("ỦU" for "Ủy ban nhân dân" and "UBND"):
   * only the rows whose column holds the character at hand are tried. A test generates text from
   * each pattern's alphabet and holds the column to the pattern.
   */
  first: string
  pattern: string
  canonical?: string
  generic?: boolean
}

export const AGENCY_PATTERNS: readonly AgencyPattern[] = [
  {
    id: 'ubnd',
    first: 'ỦU',
    pattern: String.raw`(?:Ủy ban nhân dân|UBND)(?:\s+${UNIT_LIST})?${SCOPE}`,
    canonical: 'Ủy ban nhân dân'
  },
  {
    id: 'hdnd',
    first: 'H',
    pattern: String.raw`(?:Hội đồng nhân dân|HĐND)(?:\s+${UNIT_LIST})?${SCOPE}`,
    canonical: 'Hội đồng nhân dân'
  },
  {
    id: 'mttq',
    first: 'ỦUM',
    pattern: String.raw`(?:(?:Ủy ban|UB)\s*)?(?:Mặt trận [Tt]ổ [Qq]uốc|MTTQ)${SCOPE}`,
    canonical: 'Ủy ban Mặt trận Tổ quốc Việt Nam'
  },
  {id: 'ubmttq', first: 'U', pattern: String.raw`UBMTTQ${SCOPE}`, canonical: 'Ủy ban Mặt trận Tổ quốc Việt Nam'},
  {id: 'so-tu-phap', first: 'S', pattern: String.raw`(?:Sở Tư pháp|STP)${SCOPE}`, canonical: 'Sở Tư pháp'},
  {id: 'so-tai-chinh', first: 'S', pattern: String.raw`Sở Tài chính${SCOPE}`, canonical: 'Sở Tài chính'},
  {id: 'so-noi-vu', first: 'S', pattern: String.raw`Sở Nội vụ${SCOPE}`, canonical: 'Sở Nội vụ'},
  {
    id: 'so-tttt',
    first: 'S',
    pattern: String.raw`Sở (?:Thông tin và Truyền thông|TT(?:&|và)TT)${SCOPE}`,
    canonical: 'Sở Thông tin và Truyền thông'
  },
  {
    id: 'so-vhtt',
    first: 'S',
    pattern: String.raw`Sở Văn hóa(?:,|\s+và)?\s+Thể thao(?:\s+và\s+Du lịch)?${SCOPE}`,
    canonical: 'Sở Văn hóa, Thể thao và Du lịch'
  },
  {
    id: 'so-khcn',
    first: 'S',
    pattern: String.raw`Sở Khoa học và Công nghệ${SCOPE}`,
    canonical: 'Sở Khoa học và Công nghệ'
  },
  {id: 'so-gddt', first: 'S', pattern: String.raw`Sở Giáo dục và Đào tạo${SCOPE}`, canonical: 'Sở Giáo dục và Đào tạo'},
  {
    id: 'so-ldtbxh',
    first: 'S',
    pattern: String.raw`Sở Lao động\s*-\s*Thương binh và Xã hội${SCOPE}`,
    canonical: 'Sở Lao động - Thương binh và Xã hội'
  },
  {id: 'so-khdt', first: 'S', pattern: String.raw`Sở Kế hoạch và Đầu tư${SCOPE}`, canonical: 'Sở Kế hoạch và Đầu tư'},
  {id: 'so-nnmt', first: 'S', pattern: String.raw`Sở Nông nghiệp và (?:Môi trường|Phát triển nông thôn)${SCOPE}`},
  {id: 'so-tnmt', first: 'S', pattern: String.raw`Sở Tài nguyên và Môi trường${SCOPE}`},
  {id: 'so-dttg', first: 'S', pattern: String.raw`Sở Dân tộc và Tôn giáo${SCOPE}`},
  {id: 'so', first: 'S', pattern: String.raw`Sở\s+\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}\p{Ll}*|\p{Ll}+))?${SCOPE}`},
  {id: 'bo-tu-phap', first: 'B', pattern: String.raw`Bộ Tư pháp(?:\s*\([^)]*\))?`, canonical: 'Bộ Tư pháp'},
  {
    id: 'bo-chqs',
    first: 'B',
    pattern: String.raw`Bộ Chỉ huy (?:quân sự|Quân sự)${SCOPE}`,
    canonical: 'Bộ Chỉ huy quân sự tỉnh'
  },
  {id: 'bo-tu-lenh', first: 'B', pattern: String.raw`Bộ Tư lệnh${SCOPE}`},
  {
    id: 'bdbp',
    first: 'B',
    pattern: String.raw`(?:Bộ đội Biên phòng|BĐBP|Bộ Chỉ huy Bộ đội Biên phòng)${SCOPE}`,
    canonical: 'Bộ đội Biên phòng tỉnh'
  },
  // The ministries by name, before and after the 2025 merger: their names have "và" and commas in them.
  {
    id: 'bo-ten',
    first: 'B',
    pattern: String.raw`Bộ (?:Nông nghiệp và (?:Phát triển nông thôn|Môi trường)|Văn hóa,\s*Thể thao và Du lịch|Lao động\s*-\s*Thương binh và Xã hội|Khoa học và Công nghệ|Giáo dục và Đào tạo|Tài nguyên và Môi trường|Thông tin và Truyền thông|Kế hoạch và Đầu tư|Giao thông vận tải|Dân tộc và Tôn giáo)`
  },
  {id: 'bo', first: 'B', pattern: String.raw`Bộ\s+\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}\p{Ll}*|\p{Ll}+))?`},
  {id: 'cong-an', first: 'C', pattern: String.raw`Công an${SCOPE}`, canonical: 'Công an tỉnh'},
  {
    id: 'toa-an',
    first: 'T',
    pattern: String.raw`(?:Tòa án nhân dân|TAND|Tòa án)${SCOPE}`,
    canonical: 'Tòa án nhân dân tỉnh'
  },
  {
    id: 'vien-kiem-sat',
    first: 'V',
    pattern: String.raw`(?:Viện (?:kiểm sát|Kiểm sát) nhân dân|VKSND|Viện (?:kiểm sát|Kiểm sát))${SCOPE}`,
    canonical: 'Viện kiểm sát nhân dân tỉnh'
  },
  {id: 'hoi-luat-gia', first: 'H', pattern: String.raw`Hội Luật gia${SCOPE}`, canonical: 'Hội Luật gia tỉnh'},
  {
    id: 'doan-luat-su',
    first: 'Đ',
    pattern: String.raw`Đoàn (?:Luật sư|luật sư)${SCOPE}`,
    canonical: 'Đoàn Luật sư tỉnh'
  },
  {id: 'hoi-phu-nu', first: 'H', pattern: String.raw`Hội Liên hiệp Phụ nữ${SCOPE}`},
  {id: 'hoi-nong-dan', first: 'H', pattern: String.raw`Hội Nông dân${SCOPE}`},
  {id: 'hoi-ccb', first: 'H', pattern: String.raw`Hội Cựu chiến binh${SCOPE}`},
  {
    id: 'doan-thanh-nien',
    first: 'ĐT',
    pattern: String.raw`(?:Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?|Tỉnh đoàn|Thành đoàn)${SCOPE}`
  },
  {id: 'lien-doan-ld', first: 'L', pattern: String.raw`Liên đoàn Lao động${SCOPE}`},
  {id: 'bao-pt-th', first: 'B', pattern: String.raw`Báo và Phát thanh,? Truyền hình${SCOPE}`},
  {id: 'bao', first: 'B', pattern: String.raw`Báo\s+${PROPER}`},
  {id: 'dai-pt-th', first: 'Đ', pattern: String.raw`Đài Phát thanh(?:\s*-\s*|\s+và\s+)Truyền hình${SCOPE}`},
  {
    id: 'van-phong',
    first: 'V',
    pattern: String.raw`Văn phòng\s+(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Đoàn ĐBQH và HĐND|Chính phủ|Quốc hội|Chủ tịch nước|Trung ương Đảng|\p{Lu}\p{Ll}*)${SCOPE}`
  },
  {id: 'phong-tu-phap', first: 'P', pattern: String.raw`Phòng Tư pháp${SCOPE}`},
  {id: 'cuc', first: 'C', pattern: String.raw`Cục\s+(?:\p{Lu}[\p{L}]*)(?:\s+[\p{L}]+){0,5}?(?=\s*(?:[,;(]|$))`},
  {
    id: 'cap-uy',
    first: 'THĐB',
    pattern: String.raw`(?:Thành ủy|Tỉnh ủy|Huyện ủy|Đảng ủy|Ban Thường vụ (?:Thành ủy|Tỉnh ủy))${SCOPE}`
  },
  {id: 'thu-tuong', first: 'T', pattern: String.raw`Thủ tướng Chính phủ`, canonical: 'Thủ tướng Chính phủ'},
  {id: 'chinh-phu', first: 'C', pattern: String.raw`Chính phủ`, canonical: 'Chính phủ'},
  {
    id: 'trung-tam',
    first: 'T',
    pattern: String.raw`Trung tâm\s+${PROPER}(?:\s+\p{Ll}+){0,3}?${SCOPE}(?=\s*(?:[,;(]|$))`
  },
  {
    id: 'generic',
    first: 'c',
    pattern: String.raw`các\s+(?:tổ chức chính trị\s*-\s*xã hội|tổ chức thành viên(?: của Mặt trận)?|cơ quan|tổ chức|đơn vị|sở|ban|ngành|địa phương|đoàn thể|doanh nghiệp|cơ quan báo chí)(?:\s*(?:,|và)\s*(?:cơ quan|tổ chức|đơn vị|ban ngành|ban|ngành|đoàn thể|địa phương|doanh nghiệp|cá nhân)){0,${WORDS}}(?:\s+(?:có liên quan|liên quan|cùng cấp|các cấp|ở địa phương|trên địa bàn(?:\s+${UNIT})?)){0,${WORDS}}${SCOPE}`,
    generic: true
  }
]

interface CompiledPattern extends AgencyPattern {
  regex: RegExp
  /** The pattern ends with SCOPE, which `regex` leaves out: SCOPE_REGEX extends its match. */
  scoped: boolean
}

/**
 * SCOPE compiled once. Most patterns end with it; matching their head and then SCOPE gives
 * the same match (SCOPE can be empty and nothing follows it), and saves compiling SCOPE's
 * Unicode classes into every one of them.
 */
const SCOPE_REGEX = new RegExp(SCOPE, 'uy')

const UPPER = /^\p{Lu}$/u

const COMPILED: CompiledPattern[] = AGENCY_PATTERNS.map((row) => {
  const scoped = row.pattern.endsWith(SCOPE)
  return {...row, regex: new RegExp(scoped ? row.pattern.slice(0, -SCOPE.length) : row.pattern, 'uy'), scoped}
})

/**
 * The patterns worth trying at a character: those that can start with it. Compiling a
 * pattern (they use Unicode classes) costs far more than running it, so a plan that
 * names no "Bộ" never compiles the ministries' patterns.
 */
const BY_FIRST = new Map<string, CompiledPattern[]>()

function patternsAt(char: string): CompiledPattern[] {
  let rows = BY_FIRST.get(char)
  if (rows === undefined) {
    rows = COMPILED.filter((row) => row.first.includes(char))
    BY_FIRST.set(char, rows)
  }
  return rows
}

/** Words a bare lower-case segment may start with and still begin an agency in prose ("công an xã"). */
const HEAD = new RegExp(
  String.raw`^(?:Ủy ban|UBND|UBMTTQ|HĐND|Hội đồng|Mặt trận|MTTQ|Sở|Bộ|Công an|Tòa án|TAND|Viện|VKSND|Hội|Đoàn|Báo|Đài|Văn phòng|Phòng|Cục|Vụ|Ban|Trung tâm|Thủ tướng|Chính phủ|Liên đoàn|Tỉnh đoàn|Thành đoàn|Bộ đội|Chi cục|Thanh tra|STP|Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu|các\s)`,
  'u'
)
// "đoàn thể" continues a list of kinds ("các sở, ban, ngành, đoàn thể"); "cơ quan ngành dọc", "cơ quan
// Trung ương (đóng trên địa bàn)" is a kind of its own.
const HEAD_LOWER =
  /^(?:ủy ban|ubnd|sở|công an|tòa án|viện kiểm sát|hội|đoàn(?! thể)|mặt trận|cơ quan (?:ngành dọc|[Tt]rung ương)|thủ trưởng|giám đốc|chủ tịch|người đứng đầu|các\s)/u

/** After "và", the localities are bodies of their own: "các sở, ban, ngành và địa phương" is two. */
const AFTER_AND = /^(?:các\s+)?địa phương(?![\p{L}])/u

/** True when `text` starts with something that names an agency. */
export function startsWithAgency(text: string): boolean {
  return HEAD.test(text) || matchAgency(text, 0) !== undefined
}

export interface AgencyMatch {
  /** End index (exclusive) of the agency name in the searched text. */
  end: number
  pattern: AgencyPattern
}

/** Names repeat through a plan ("Sở Tư pháp" dozens of times): whole-name lookups are remembered. */
const wholeName = memo((text: string) => matchAt(text, 0), 2000)

/** The longest known agency name that starts exactly at `index` in `text`. */
export function matchAgency(text: string, index: number): AgencyMatch | undefined {
  return index === 0 && text.length <= 200 ? wholeName(text) : matchAt(text, index)
}

function matchAt(text: string, index: number): AgencyMatch | undefined {
  // Every name starts with a capital, or is a generic "các …" (a test keeps the patterns so):
  // most positions in running prose are rejected without trying ~45 patterns.
  const first = text[index]
  if (first === undefined || (!UPPER.test(first) && !text.startsWith('các', index))) return undefined
  let best: AgencyMatch | undefined
  for (const row of patternsAt(first)) {
    row.regex.lastIndex = index
    const match = row.regex.exec(text)
    if (!match) continue
    let end = index + match[0].length
    if (row.scoped) {
      SCOPE_REGEX.lastIndex = end
      end += (SCOPE_REGEX.exec(text)?.[0] ?? '').length
    }
    if (!best || end > best.end) best = {end, pattern: row}
  }
  return best
}

/** Words that qualify an agency rather than start its duty ("được lựa chọn làm điểm"). */
const QUALIFIER =
  /^(?:được|có liên quan|liên quan|trên địa bàn|cùng cấp|các cấp|thuộc|tại|ở|có|làm điểm|thực hiện điểm)/u

/** Agency names that contain a comma of their own. */
export const COMMA_NAMES: readonly string[] = ['Báo và Phát thanh, Truyền hình', 'Văn hóa, Thể thao và Du lịch']

interface Segment {
  text: string
  start: number
  /** The separator that preceded this segment. */
  separator: ',' | ';' | 'và' | ''
}

/**
 * The quotes a name may stand in to be read whole, its own words inside: “…” as plans quote, and
 * «…», 「…」, 『…』 for a name whose own “ ” would not leave “…” balanced (the Markdown writer picks
 * the first pair that reads back). A pair nests: “Báo “Ninh Bình”” is the name Báo “Ninh Bình”.
 */
const NAME_QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』']
]

/**
 * For each opening quote of `text` that is closed, the index of the quote that closes it (nested
 * pairs of the same kind counted); -1 elsewhere. One pass with a stack per kind: linear.
 */
function closingQuotes(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1)
  const open: number[][] = NAME_QUOTES.map(() => [])
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    for (let kind = 0; kind < NAME_QUOTES.length; kind++) {
      const [opener, closer] = NAME_QUOTES[kind] as readonly [string, string]
      const stack = open[kind] as number[]
      if (char === opener) stack.push(i)
      else if (char === closer && stack.length > 0) closes[stack.pop() as number] = i
    }
  }
  return closes
}

/** Split at top-level ",", ";" and " và " (not inside parentheses or quotes), keeping offsets. */
function segments(text: string): Segment[] {
  const result: Segment[] = []
  let depth = 0
  let quoted = false
  let start = 0
  let separator: Segment['separator'] = ''
  const flush = (end: number, next: Segment['separator'], skip: number) => {
    result.push({text: text.slice(start, end), start, separator})
    separator = next
    start = end + skip
  }
  // Commas inside known names that contain one ("Báo và Phát thanh, Truyền hình") do not separate.
  const kept = new Set<number>()
  for (const name of COMMA_NAMES) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) kept.add(at + name.indexOf(','))
  }
  const closes = closingQuotes(text)
  // Where a quote was last read whole, and whether the segment has words yet.
  let closed = -1
  let words = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (kept.has(i)) continue
    // A closed quote where writers put one (a segment's start, after "(", after a quote read whole
    // and a space) is read whole: its parentheses, commas and " và " are the name's own.
    if (
      !quoted &&
      (closes[i] as number) > i &&
      (!words || text[i - 1] === '(' || (text[i - 1] === ' ' && closed === i - 2))
    ) {
      i = closes[i] as number
      closed = i
      words = true
      continue
    }
    if (char !== ' ' && i >= start) words = true
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === '“') quoted = true
    else if (char === '”') quoted = false
    if (depth > 0 || quoted) continue
    if (char === ',' || char === ';') {
      flush(i, char, 1)
      words = false
    } else if (char === ' ' && text.startsWith(' và ', i)) {
      flush(i, 'và', 4)
      words = false
    }
  }
  flush(text.length, '', 0)
  return result
    .map((segment) => {
      const trimmed = segment.text.trim()
      return {...segment, start: segment.start + segment.text.indexOf(trimmed), text: trimmed}
    })
    .filter((segment) => segment.text.length > 0)
}

/**
 * Split a field value ("Cơ quan phối hợp: …") into agencies.
 *
 * - ";" always separates agencies.
 * - "," separates agencies unless what follows starts in lower case and is not an
 *   agency of its own: "UBND các huyện, thành phố", "các cơ quan, tổ chức có liên quan".
 * - " và " separates only when an agency name starts after it: "Ủy ban MTTQ tỉnh và các
 *   cơ quan, tổ chức có liên quan" is two, "Sở Văn hóa và Thể thao" is one.
 * - "(Sở Tư pháp tham mưu)" after a name is that agency's advisor.
 * - A known name followed by a duty ("UBND tỉnh kiện toàn đội ngũ …") keeps the duty as a note.
 *
 * At most {@link MAX_AGENCIES} agencies come from one field: what would be the next ones is
 * kept, text and all, in the last one. No plan names a thousand bodies in one field, and a
 * bounded list is safe to spread into `push(...)` (a spread of some 125,000 items overflows
 * the call stack). Linear in the length of the field.
 */
export function splitAgencies(value: string): FoundAgency[] {
  const clean = normalizeString(value)
  const text = withoutTrailing(clean, '.;, \t\n').replace(/^[-+*•]\s*/u, '')
  if (!text) return []
  const groups: string[] = []
  // Where each group starts in `text`: its agency's words are looked for from there.
  const starts: number[] = []
  for (const segment of segments(text)) {
    const previous = groups.length - 1
    const joinsPrevious =
      previous >= 0 &&
      segment.separator !== ';' &&
      (segment.separator === ','
        ? /^\p{Ll}/u.test(segment.text) && !/^các\s/u.test(segment.text) && !HEAD_LOWER.test(segment.text)
        : !(
            HEAD.test(segment.text) ||
            HEAD_LOWER.test(segment.text) ||
            (segment.separator === 'và' && AFTER_AND.test(segment.text))
          ))
    if (joinsPrevious || groups.length === MAX_AGENCIES) {
      const glue =
        segment.separator === 'và' ? ' và ' : segment.separator === ',' ? ', ' : segment.separator === ';' ? '; ' : ' '
      groups[previous] += glue + segment.text
    } else {
      groups.push(segment.text)
      starts.push(segment.start)
    }
  }
  const found: FoundAgency[] = []
  // Where each agency's group starts, and where its quoted parts start (the words are read from there).
  const from: Array<{start: number; at?: QuotedAgency['at']}> = []
  groups.forEach((group, index) => {
    const quoted = quotedAgency(group)
    const agency = quoted?.agency ?? toAgency(group)
    if (agency === undefined) return
    found.push(agency)
    from.push(quoted ? {start: starts[index] as number, at: quoted.at} : {start: starts[index] as number})
  })
  return clean === value ? found : asWritten(value, text, found, from)
}

/**
 * The agencies of `value` in its own words: each name (advisor, note) read from the normalised
 * `text` is replaced by the characters of `value` it came from when they normalise to it, so a
 * straight quote, an NBSP or a run of spaces inside a name stays as written (YAML and the Markdown
 * writer's character references keep them; the text readers normalise the whole document first,
 * and there `value` is `text`). A value on several lines is left normalised.
 */
function asWritten(
  value: string,
  text: string,
  found: FoundAgency[],
  starts: ReadonlyArray<{start: number; at?: QuotedAgency['at']}>
): FoundAgency[] {
  if (/[\n\r\u0085\u2028\u2029]/u.test(value)) return found
  const normalized = normalizeText(value)
  // `text` is the normalised value trimmed, without its trailing punctuation and a leading list mark.
  const start = normalized.text.indexOf(text)
  if (start === -1) return found
  let cursor = 0
  // `exact`: where a quoted part starts, known; else the words are looked for from the cursor.
  const original = (words: string, exact?: number): string => {
    const at = exact !== undefined && exact >= 0 && text.startsWith(words, exact) ? exact : text.indexOf(words, cursor)
    if (at === -1) return words
    cursor = Math.max(cursor, at + words.length)
    const first = normalized.map[start + at] as number
    const end = normalized.map[start + at + words.length] as number
    const written = value.slice(first, end).trimEnd()
    // A straight or low quote becomes “ or ” by what stands before it, which the slice has lost.
    const folded = (text: string) => text.replace(/[“”]/gu, '"')
    return folded(normalizeString(written)) === folded(words) ? written : words
  }
  return found.map((agency, index) => {
    // From where its group starts: a quote that closes the agency before is not taken for its words.
    const {start: groupStart, at} = starts[index] as {start: number; at?: QuotedAgency['at']}
    cursor = Math.max(cursor, groupStart)
    const where = (offset: number | undefined) => (at && offset !== undefined ? groupStart + offset : undefined)
    if (typeof agency === 'string') return original(agency, where(at?.name))
    // In the order writers put them: the name, its duty, then its advisor.
    const detail: FoundAgencyDetail = {...agency, name: original(agency.name, where(at?.name))}
    if (agency.note) detail.note = original(agency.note, where(at?.note))
    if (agency.advisor) detail.advisor = original(agency.advisor, where(at?.advisor))
    return detail
  })
}

/** The most agencies {@link splitAgencies} takes from one field; the rest stays in the last one. */
export const MAX_AGENCIES = 1000

/** The index of the quote that closes the one `text` opens at `at` (see NAME_QUOTES), or -1. */
function closingQuote(text: string, at: number): number {
  const pair = NAME_QUOTES.find(([opener]) => opener === text[at])
  if (!pair) return -1
  let depth = 0
  for (let i = at; i < text.length; i++) {
    if (text[i] === pair[0]) depth++
    else if (text[i] === pair[1] && --depth === 0) return i
  }
  return -1
}

/** The index of the quote that opens the one `text` closes at `at`, or -1. */
function openingQuote(text: string, at: number): number {
  const pair = NAME_QUOTES.find(([, closer]) => closer === text[at])
  if (!pair) return -1
  let depth = 0
  for (let i = at; i >= 0; i--) {
    if (text[i] === pair[1]) depth++
    else if (text[i] === pair[0] && --depth === 0) return i
  }
  return -1
}

/** The words writers put after an advisor's name: "(Sở Tư pháp tham mưu)". */
const ADVISES = ' tham mưu)'

/**
 * An agency whose name stands in quotes (see NAME_QUOTES): the name is what is inside, as written
 * (“q (Sở A tham mưu)” is one name). After the quote only what writers put beside a name is read:
 * its duty in quotes, then "(advisor tham mưu)", the advisor plain or in quotes. Anything else after
 * the quote (“Báo X” tỉnh) leaves the text to the plain reading; undefined then.
 */
function quotedAgency(text: string): QuotedAgency | undefined {
  const end = closingQuote(text, 0)
  if (end < 2) return undefined
  const name = text.slice(1, end)
  const restAt = text.length - text.slice(end + 1).trimStart().length
  let rest = text.slice(end + 1).trim()
  if (rest === '') return {agency: name, at: {name: 1}}
  let advisor: string | null = null
  let advisorAt = -1
  if (rest.endsWith(ADVISES)) {
    const inner = rest.slice(0, -ADVISES.length)
    const opener = openingQuote(inner, inner.length - 1)
    if (opener > 0 && inner[opener - 1] === '(') {
      advisor = inner.slice(opener + 1, -1)
      advisorAt = restAt + opener + 1
      rest = inner.slice(0, opener - 1).trim()
    } else {
      const at = inner.lastIndexOf('(')
      const plain = at === -1 ? '' : inner.slice(at + 1).trim()
      if (plain !== '' && !plain.includes(')')) {
        advisor = plain
        advisorAt = restAt + inner.indexOf(plain, at + 1)
        rest = inner.slice(0, at).trim()
      }
    }
  }
  let note: string | null = null
  if (rest !== '') {
    if (closingQuote(rest, 0) !== rest.length - 1 || rest.length < 3) return undefined
    note = rest.slice(1, -1)
  }
  if (advisor === null && note === null) return undefined
  const detail: FoundAgencyDetail = {name}
  if (advisor) detail.advisor = advisor
  if (note) detail.note = note
  return {agency: detail, at: {name: 1, note: restAt + 1, advisor: advisorAt}}
}

/** A quoted agency and where its name, duty and advisor start in its text. */
interface QuotedAgency {
  agency: FoundAgency
  at: {name: number; note?: number; advisor?: number}
}

/** One agency's text → a string, or an object when it has an advisor or a duty note. */
export function toAgency(raw: string): FoundAgency | undefined {
  let text = raw.trim()
  // “Name” is the name; “““Báo X”” ” keeps its own quotes (the quotes inside are balanced).
  const quoted = quotedAgency(text)
  if (quoted !== undefined) return quoted.agency
  let advisor: string | null = null
  let note: string | null = null

  // "(Sở Tư pháp tham mưu [thực hiện|UBND tỉnh])": the advisor.
  // Bounded: an advisor's name is short, and an unclosed "(… tham mưu tham mưu …" must not be rescanned from every "tham mưu".
  text = text.replace(/\s*\(([^()]{0,200}?)\btham mưu\b([^()]{0,200})\)/u, (_, who: string) => {
    advisor = who.trim().replace(/[,;]$/u, '') || null
    return ''
  })

  const known = matchAgency(text, 0)
  if (known && known.end < text.length) {
    const rest = text.slice(known.end).trim()
    if (rest && /^\p{Ll}/u.test(rest) && !QUALIFIER.test(rest)) {
      note = rest
      text = text.slice(0, known.end).trim()
    }
  }
  text = withoutTrailing(text, '.;,').trim()
  if (!text) return undefined
  if (advisor === null && note === null) return text
  const detail: FoundAgencyDetail = {name: text}
  if (advisor) detail.advisor = advisor
  if (note) detail.note = note
  return detail
}

/** The name of an agency, whichever form it has. */
export function agencyName(agency: string | Readonly<{name: string}>): string {
  return typeof agency === 'string' ? agency : agency.name
}

/** Abbreviations and their full forms, for comparing names ("UBND tỉnh" = "Ủy ban nhân dân tỉnh"). */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['ubmttq', 'ủy ban mặt trận tổ quốc'],
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['mttq', 'mặt trận tổ quốc'],
  ['tand', 'tòa án nhân dân'],
  ['vksnd', 'viện kiểm sát nhân dân'],
  ['bđbp', 'bộ đội biên phòng'],
  ['stp', 'sở tư pháp'],
  ['tp', 'thành phố'],
  ['vn', 'việt nam'],
  ['tt&tt', 'thông tin và truyền thông']
]

const ABBREVIATION_PATTERN = new RegExp(
  `(?<![\\p{L}])(${ABBREVIATIONS.map(([short]) => short).join('|')})(?![\\p{L}])`,
  'gu'
)
const ABBREVIATION_MAP = new Map(ABBREVIATIONS)

/**
 * A comparison key for an agency name: abbreviations expanded, case and punctuation
 * folded, "Việt Nam" after Mặt trận Tổ quốc and plural "các" dropped.
 * "UBND các huyện, thành phố" and "Ủy ban nhân dân các huyện, thành phố" share a key.
 */
export function agencyKey(agency: string | Readonly<{name: string}>): string {
  return keyOfName(agencyName(agency))
}

/** Agency names repeat within and across plans; their keys are remembered (bounded). */
const keyOfName = memo(computeAgencyKey, 5000)

function computeAgencyKey(name: string): string {
  const lower = normalizeString(name).toLocaleLowerCase('vi')
  const expanded = lower.replace(ABBREVIATION_PATTERN, (short) => ABBREVIATION_MAP.get(short) ?? short)
  return textKey(expanded)
    .replace(/(^|\s)ủy ban mặt trận tổ quốc(?=\s|$)/gu, '$1mặt trận tổ quốc')
    .replace(/mặt trận tổ quốc việt nam/gu, 'mặt trận tổ quốc')
    .replace(/(^|\s)các(?=\s)/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Find the agencies that start a clause of running prose: "Sở Văn hóa và Thể thao,
 * Sở Khoa học và Công nghệ phối hợp truyền thông" → two agencies, and the index where
 * the rest of the clause ("phối hợp truyền thông") starts. Only known names are taken.
 */
export function leadingAgencies(clause: string): {agencies: string[]; rest: number} {
  const agencies: string[] = []
  let index = 0
  const text = clause
  for (;;) {
    while (text[index] === ' ') index++
    const match = matchAgency(text, index)
    if (!match) break
    agencies.push(text.slice(index, match.end).trim())
    index = match.end
    const separator = /^\s*(?:,|và|;)\s*/u.exec(text.slice(index))
    if (!separator) break
    const after = index + separator[0].length
    if (!matchAgency(text, after)) break
    index = after
  }
  return {agencies, rest: index}
}
