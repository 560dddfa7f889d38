/**
 * Who a plan's leads are, seen from its issuer: a department's own units are the
 * department when it issues the plan, and a commune's plan is led by the commune's
 * own people. The scheme's expected leads are written for a province (Sở Tư pháp);
 * these rules say what the same expectation means at the issuer's level.
 */

import {issuerInfo, type Plan} from '@kehoach/model'
import {agencyKey} from '@kehoach/vietnamese'

/**
 * A unit of a department, as the department's own plans name it: "Phòng Phổ biến, giáo
 * dục pháp luật", "Văn phòng Sở", "Thanh tra Sở", "Trung tâm Trợ giúp pháp lý", "Chi cục
 * … thuộc Sở", "Các phòng, đơn vị thuộc Sở", the director and deputies.
 */
const DEPARTMENT_UNIT =
  /^(?:các\s+)?(?:phòng|văn phòng sở|thanh tra sở|trung tâm|chi cục|ban giám đốc|giám đốc sở|phó giám đốc sở|lãnh đạo sở|đơn vị thuộc sở|phòng đơn vị)(?:\s|$)|(?:^|\s)thuộc sở(?:\s|$)/u

/**
 * A commune's own bodies and officials: its People's Committee, its chairman and deputies,
 * its công chức (Tư pháp - Hộ tịch, Văn hóa - Xã hội), its offices (Văn phòng HĐND và UBND,
 * Phòng Văn hóa - Xã hội), and the commune's mediation teams. Keys are `agencyKey` forms.
 */
const COMMUNE_OWN =
  /^(?:ủy ban nhân dân (?:cấp )?(?:xã|phường|đặc khu|thị trấn)|chủ tịch|phó chủ tịch|công chức|cán bộ tư pháp|văn phòng hội đồng nhân dân|văn phòng ủy ban nhân dân|phòng văn hóa|phòng kinh tế|tổ hòa giải|trưởng thôn|trưởng bản|trưởng ấp|tổ trưởng tổ dân phố)(?:\s|$)/u

export interface LeadContext {
  /** The department that issued the plan ("Sở Tư pháp"), as an `agencyKey`. */
  department?: string
  /** True for a commune's plan. */
  commune: boolean
}

export function leadContextOf(plan: Plan): LeadContext {
  const info = issuerInfo(plan.meta.issuer ?? '')
  return {
    commune: info.level === 'commune',
    ...(info.level === 'department' && info.body ? {department: agencyKey(info.body)} : {})
  }
}

/** The key a lead counts as for the issuer: a department's own unit is the department. */
export function leadAs(key: string, context: LeadContext): string {
  if (context.department && DEPARTMENT_UNIT.test(key)) return context.department
  return key
}

/** True when a commune's plan gives the task to the commune's own people: at commune level that is the expected lead. */
export function isCommuneOwn(key: string): boolean {
  return COMMUNE_OWN.test(key)
}

/** The People's Committees of the communes, as a province's plan names them (“UBND các xã, phường”, “Ủy ban nhân dân cấp xã”), as `agencyKey` forms. */
const COMMUNES = /^ủy ban nhân dân (?:cấp )?(?:xã|phường|đặc khu|thị trấn)(?:\s|$)/u

/**
 * True when a province's plan gives a group's work to the communes and the scheme expects them in
 * it: the group's expected lead or support names the commune level (315's group 3, whose tổ hòa
 * giải the communes consolidate, has “Ủy ban nhân dân cấp xã” among its supporters). Every lead
 * must be the communes; a province's own body leading it is compared as before.
 */
export function communesExpected(keys: readonly string[], expected: readonly string[], context: LeadContext): boolean {
  if (context.commune || keys.length === 0 || !keys.every((key) => COMMUNES.test(key))) return false
  return expected.some((name) => COMMUNES.test(agencyKey(name)))
}

/** What the scheme's expected leads mean at a commune: the commune itself. */
export const COMMUNE_LEAD = 'Ủy ban nhân dân xã (công chức Tư pháp - Hộ tịch)'
