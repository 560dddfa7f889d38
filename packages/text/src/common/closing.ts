/**
 * The closing of a document: Nơi nhận (recipients) and the signature block, including
 * signatures flattened onto the recipients' lines by a copy from a portal.
 */

import type {Signature} from '@kehoach/model'
import type {NormalizedText} from '@kehoach/vietnamese'
import {isUpperCaseLine} from './case.js'
import {itemPosition, type Line} from './lines.js'
import {SIGNER_TITLES, SIGNING_AUTHORITY} from './vocabulary.js'

export interface Tail {
  start: number
  recipients: string[]
  signature: Signature | null
}

/** Nơi nhận and the signature block at the end of [from, to). */
export function readTail(lines: readonly Line[], from: number, to: number, source: NormalizedText): Tail {
  let start = -1
  for (let index = to - 1; index >= from; index--) {
    if (/^Nơi nhận\s*:?/u.test((lines[index] as Line).text)) {
      start = index
      break
    }
  }
  if (start === -1) {
    // No Nơi nhận: the signature block alone, within the last lines.
    for (let index = Math.max(from, to - 12); index < to; index++) {
      const text = (lines[index] as Line).text
      if (SIGNING_AUTHORITY.test(text) && isUpperCaseLine(text)) {
        start = index
        break
      }
    }
  }
  if (start === -1) return {start: to, recipients: [], signature: null}

  const recipients: string[] = []
  const signatureLines: Line[] = []
  let inRecipients = false
  let sawRecipients = false
  const addSignature = (line: Line, text: string) => {
    for (const piece of signaturePieces(text)) signatureLines.push({...line, text: piece})
  }
  for (let index = start; index < to; index++) {
    const line = lines[index] as Line
    let text = line.text
    if (!text) continue
    const label = /^Nơi nhận\s*:?\s*/u.exec(text)
    if (label) {
      inRecipients = true
      sawRecipients = true
      text = text.slice(label[0].length)
      if (!text) continue
    }
    if (text === '|') {
      if (recipients.length > 0) inRecipients = false
      continue
    }
    // A copy that flattens the two columns puts the signer's words after a recipient on one line
    // ("- Như trên; PHÓ CỤC TRƯỞNG"): the trailing capitals go to the signature.
    const flattened = sawRecipients ? trailingSignature(text) : undefined
    if (flattened) {
      if (flattened.rest) {
        if (/^[-+•]/u.test(flattened.rest) || recipients.length === 0) recipients.push(cleanRecipient(flattened.rest))
        else recipients[recipients.length - 1] = cleanRecipient(`${recipients.at(-1) as string} ${flattened.rest}`)
      }
      addSignature(line, flattened.signature)
      continue
    }
    const signatureLike = isUpperCaseLine(text) && (SIGNING_AUTHORITY.test(text) || SIGNER_TITLES.test(text))
    // Recipients start with "-"; in a flattened copy they go on after signature lines.
    if ((inRecipients && !signatureLike) || (sawRecipients && /^[-+•]\s*\S/u.test(text))) {
      // A copy that puts the whole list on one line: "- Bộ …; - Thường trực …; - Lưu: VT."
      const entries = text.split(/;\s*(?=[-+•]\s)/u)
      for (const [k, entry] of entries.entries()) {
        if (k > 0 || /^[-+•]/u.test(entry) || recipients.length === 0) recipients.push(cleanRecipient(entry))
        else recipients[recipients.length - 1] = cleanRecipient(`${recipients.at(-1) as string} ${entry}`)
      }
      continue
    }
    inRecipients = false
    addSignature(line, text)
  }
  return {start, recipients: recipients.filter(Boolean), signature: signatureOf(signatureLines, source)}
}

/** The signer's words at the end of a line that starts as a recipient: "- Như trên: PHÓ CỤC TRƯỞNG", "Nơi nhận: KT. CỤC TRƯỞNG". */
function trailingSignature(text: string): {rest: string; signature: string} | undefined {
  if (isUpperCaseLine(text)) return undefined
  const match =
    /(?:^|[\s;:,])((?:TM\.|T\/M|KT\.|K\/T|Q\.|TL\.|T\/L|TUQ\.)?\s*(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BỘ TRƯ[ỞỜ]NG|THỨ TRƯ[ỞỜ]NG|TỔNG CỤC TRƯ[ỞỜ]NG|CỤC TRƯ[ỞỜ]NG|VỤ TRƯ[ỞỜ]NG|VIỆN TRƯ[ỞỜ]NG|ỦY BAN NHÂN DÂN))\s*$/u.exec(
      text
    )
  if (!match) return undefined
  const signature = (match[1] as string).trim()
  const rest = text
    .slice(0, match.index + match[0].indexOf(match[1] as string))
    .replace(/[\s;:,]+$/u, '')
    .trim()
  return {rest, signature}
}

/**
 * A signature line as its pieces: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" holds two authorities,
 * "PHÓ CHỦ TỊCH Nguyễn Thành Sinh" a title and a name (copies that flatten the block).
 */
function signaturePieces(text: string): string[] {
  const pieces = text.split(/\s+(?=(?:KT\.|K\/T|Q\.|TL\.|T\/L|TUQ\.)\s)/u)
  const out: string[] = []
  for (const piece of pieces) {
    const name = /^((?:[\p{Lu}.\/]+\s+){0,16}[\p{Lu}.\/]+)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,16})$/u.exec(piece)
    if (name && isUpperCaseLine(name[1] as string)) out.push(name[1] as string, name[2] as string)
    else out.push(piece)
  }
  return out
}

function cleanRecipient(text: string): string {
  return text
    .replace(/^[-+•]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim()
}

function signatureOf(lines: Line[], source: NormalizedText): Signature | null {
  const parts = lines.filter(
    (line) =>
      line.text !== '|' &&
      !/^\(?\s*(?:đã ký|Đã ký|ký|Ký)[^)]*\)?$/u.test(line.text) &&
      !/^\(?\s*(?:Chữ ký|Dấu)/u.test(line.text)
  )
  if (parts.length === 0) return null
  const signature: Signature = {authority: null, capacity: null, position: null, name: null}
  let last: keyof Omit<Signature, 'span'> | undefined
  // A scan or a flattened copy leaves stamp and seal debris among the lines: the signer is the last
  // line that reads as a person's name, when there is one.
  const person = [...parts].reverse().find(({text}) => PERSON_NAME.test(text))
  for (const part of parts) {
    const {text} = part
    if (person && !isUpperCaseLine(text)) {
      if (part === person) {
        signature.name = text
        // The block ends with the signer's name; what follows is the next part of the document.
        break
      }
      continue
    }
    if (isUpperCaseLine(text)) {
      if (/^(TM\.|T\/M)/u.test(text)) {
        signature.authority = text
        last = 'authority'
      } else if (SIGNING_AUTHORITY.test(text)) {
        signature.capacity = text
        last = 'capacity'
      } else if (
        SIGNER_TITLES.test(text) ||
        !last ||
        last === 'capacity' ||
        (last === 'authority' && signature.authority && isComplete(signature.authority))
      ) {
        if (signature.position) signature.position = `${signature.position} ${text}`
        else signature.position = text
        last = 'position'
      } else if (last) {
        signature[last] = `${signature[last] ?? ''} ${text}`.trim()
      }
    } else if (!signature.name) {
      signature.name = text
      last = 'name'
    }
  }
  const first = parts[0] as Line
  const lastLine = parts.at(-1) as Line
  signature.span = itemPosition(source, {start: first.start, end: lastLine.end})
  return signature
}

const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$/u

/** An authority line that ends with a whole word group ("TM. ỦY BAN NHÂN DÂN"), not cut by a wrap ("TM. ỦY BAN NHÂN"). */
function isComplete(authority: string): boolean {
  return /(DÂN|TỊCH|PHÁP|ĐỐC|PHÒNG|BAN|TỈNH|PHỐ)$/u.test(authority) && !/Ủ?Y BAN(?: NHÂN)?$/u.test(authority)
}
