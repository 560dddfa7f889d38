/**
 * Who issues a document: its level (a province, a department of a province, a commune),
 * whether it is a collective body, the body above it, and the signature block Nghị định 30
 * gives it. Only a collective body (Ủy ban nhân dân, Hội đồng nhân dân, Ban …) signs
 * "TM."; a department (Sở) is headed by its director and signs "GIÁM ĐỐC" or, for a
 * deputy, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
 */

import type {Signature} from './types.js'

export type IssuerLevel = 'province' | 'department' | 'commune' | 'other'

export interface IssuerInfo {
  level: IssuerLevel
  /** Collective bodies sign "TM." (on behalf of the body). */
  collective: boolean
  /** "tỉnh Lào Cai", "xã Bản Lầu": the unit and name of the locality, when the name says it. */
  locality?: {unit: string; name: string}
  /** A department's body in the header: "Ủy ban nhân dân tỉnh Lào Cai". */
  parent?: string
  /** The department's own name without its locality: "Sở Tư pháp". */
  body?: string
}

const LOCALITY = /(?:^|\s)(tỉnh|thành phố|xã|phường|đặc khu|thị trấn)\s+(\p{Lu}[\p{L}\s-]*)$/u
const COLLECTIVE =
  /^(?:(?:Ủy|Uỷ) ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban |Ủy ban |Uỷ ban |Đảng ủy|Đảng bộ|Tỉnh ủy|Thành ủy)/iu
const DEPARTMENT = /^(Sở\s.+?)(?:\s+(tỉnh|thành phố)\s+(\p{Lu}[\p{L}\s-]*))?$/u

/** What kind of body issues a document named `issuer`. */
export function issuerInfo(issuer: string): IssuerInfo {
  const name = issuer.trim().replace(/\s+/gu, ' ')
  const department = DEPARTMENT.exec(name)
  if (department) {
    const info: IssuerInfo = {level: 'department', collective: false, body: department[1] as string}
    if (department[2] && department[3]) {
      info.locality = {unit: department[2], name: department[3].trim()}
      info.parent = `Ủy ban nhân dân ${department[2]} ${department[3].trim()}`
    }
    return info
  }
  const match = LOCALITY.exec(name)
  const locality = match ? {unit: match[1] as string, name: (match[2] as string).trim()} : undefined
  const collective = COLLECTIVE.test(name)
  const level: IssuerLevel = !locality
    ? 'other'
    : locality.unit === 'tỉnh' || locality.unit === 'thành phố'
      ? 'province'
      : 'commune'
  return {level, collective, ...(locality ? {locality} : {})}
}

/**
 * The signature block to fill for a draft of `issuer`: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a
 * collective body, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a department (a deputy signs most plans;
 * the director alone signs "GIÁM ĐỐC").
 */
export function signatureFor(issuer: string): Signature {
  const info = issuerInfo(issuer)
  if (info.level === 'department')
    return {authority: null, capacity: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: null}
  if (!info.collective) return {authority: null, capacity: null, position: null, name: null}
  const head = /^(?:Hội đồng nhân dân|HĐND)/iu.test(issuer.trim())
    ? 'HỘI ĐỒNG NHÂN DÂN'
    : /^(?:Ủy|Uỷ) ban nhân dân|^UBND/iu.test(issuer.trim())
      ? 'ỦY BAN NHÂN DÂN'
      : issuer.trim().replace(LOCALITY, '').toLocaleUpperCase('vi')
  return {authority: `TM. ${head}`, capacity: null, position: 'CHỦ TỊCH', name: null}
}
