/**
 * Opening a DOCX zip under limits: the entry count, each part's declared size, the total
 * and the compression ratio are checked from the central directory before anything is
 * inflated, and only the parts the reader needs are inflated at all. A part is inflated
 * a little at a time as its reader asks for it, and stopped as soon as it gives more than
 * it declared: a small entry that really inflates to gigabytes costs no more than its
 * declared size, and a part its reader refuses part way (the XML element limit) is never
 * inflated past that point, nor held whole. The bytes given by all the parts of one zip are
 * counted as they come, against the same total as their declared sizes: whatever an entry
 * declares (a stored one is given as it is), no more than the total is inflated.
 */

import {Inflate, strFromU8} from 'fflate'

export interface ZipLimits {
  /** Most entries in the zip (2,000). */
  maxEntries: number
  /** Largest declared uncompressed size of one part read (16 MiB). */
  maxPartSize: number
  /**
   * Largest uncompressed size of all parts read together (16 MiB), declared and as inflated.
   * The XML parser goes over every byte of it, markup or not (whitespace between elements,
   * comments, processing instructions count in no XML budget): 63.5 MB of carriage returns
   * between short paragraphs took 2.1-2.8 s. The corpus's DOCX read at most 647 KB of XML in
   * all (0.93 MB with every part indented one element a line), a 30-page plan about 0.5 MB.
   */
  maxTotalSize: number
  /** Largest ratio of uncompressed to compressed size, for parts over 1 MiB (200). */
  maxRatio: number
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 2000,
  maxPartSize: 16 * 1024 * 1024,
  maxTotalSize: 16 * 1024 * 1024,
  maxRatio: 200
}

/** Why a zip, or one of its parts, could not be read. */
export interface ZipFailure {
  rule: 'docx-damaged' | 'docx-limit'
  detail: string
}

/** One part of the zip, not inflated yet. */
export interface ZipPart {
  /**
   * Its bytes, in pieces inflated as they are asked for and stopped at the declared size.
   * A damaged part throws while it is read: `zipFailure` says why.
   */
  chunks(): Generator<Uint8Array, void, undefined>
}

export type ZipResult = {ok: true; parts: Map<string, ZipPart>} | ({ok: false} & ZipFailure)

class LimitBreach extends Error {}
class Damage extends Error {}

/** One entry of the central directory. */
interface Entry {
  name: string
  compression: number
  /** Compressed size. */
  size: number
  /** Declared uncompressed size. */
  originalSize: number
  /** Where the entry's local header starts. */
  offset: number
}

/** Compressed bytes handed to the inflater at a time: one step gives at most ~1,032 times this. */
const INFLATE_STEP = 4096

/** True when the bytes start like a zip file. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The entries of the central directory, with zip64 sizes and offsets where they are used. */
function* directory(bytes: Uint8Array): Generator<Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number): number => (at + 2 <= bytes.length ? view.getUint16(at, true) : Number.NaN)
  const u32 = (at: number): number => (at + 4 <= bytes.length ? view.getUint32(at, true) : Number.NaN)
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32
  let end = bytes.length - 22
  while (end >= 0 && u32(end) !== 0x06054b50) {
    if (bytes.length - end > 65557) break
    end--
  }
  if (end < 0 || u32(end) !== 0x06054b50) throw new Damage('không thấy mục lục cuối tệp')
  let count = u16(end + 10)
  let at = u32(end + 16)
  if (u32(end - 20) === 0x07064b50) {
    const end64 = u64(end - 12)
    if (u32(end64) === 0x06064b50) {
      count = u64(end64 + 32)
      at = u64(end64 + 48)
    }
  }
  for (let index = 0; index < count; index++) {
    if (u32(at) !== 0x02014b50) throw new Damage(`mục lục hỏng ở byte ${at}`)
    const nameLength = u16(at + 28)
    const extraLength = u16(at + 30)
    const nameStart = at + 46
    if (nameStart + nameLength > bytes.length) throw new Damage(`mục lục hỏng ở byte ${at}`)
    const name = strFromU8(bytes.subarray(nameStart, nameStart + nameLength), (u16(at + 8) & 0x800) === 0)
    const entry: Entry = {
      name,
      compression: u16(at + 10),
      size: u32(at + 20),
      originalSize: u32(at + 24),
      offset: u32(at + 42)
    }
    // Zip64: the fields written as 0xFFFFFFFF are in the extra field 0x0001, in this order.
    for (
      let extra = nameStart + nameLength;
      extra + 4 <= nameStart + nameLength + extraLength;
      extra += 4 + u16(extra + 2)
    ) {
      if (u16(extra) !== 1) continue
      let field = extra + 4
      for (const key of ['originalSize', 'size', 'offset'] as const) {
        if (entry[key] !== 0xffffffff) continue
        entry[key] = u64(field)
        field += 8
      }
    }
    yield entry
    at = nameStart + nameLength + extraLength + u16(at + 32)
  }
}

/** The stored or deflated bytes of one entry, checked against the file's length. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const local = entry.offset
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
    throw new Damage(`phần “${entry.name}” không có đầu mục`)
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  if (start + entry.size > bytes.length) throw new Damage(`phần “${entry.name}” bị cắt cụt`)
  return bytes.subarray(start, start + entry.size)
}

/** The bytes the parts of one zip may still give, shared by all of them, and the total it started from. */
interface Allowance {
  left: number
  readonly total: number
}

/** Count `length` more bytes given by `entry` against `allowance`; past it, refuse. */
function take(allowance: Allowance, length: number, entry: Entry): void {
  allowance.left -= length
  if (allowance.left < 0)
    throw new LimitBreach(`các phần giải nén ra hơn ${allowance.total} byte (đến phần “${entry.name}”)`)
}

/**
 * The bytes of one entry, inflated `INFLATE_STEP` compressed bytes at a time as they are
 * asked for, and stopped at its declared size or when the parts together pass `allowance`.
 * Stopping the iteration stops the inflating.
 */
function* inflated(data: Uint8Array, entry: Entry, allowance: Allowance): Generator<Uint8Array, void, undefined> {
  if (entry.compression === 0) {
    take(allowance, data.length, entry)
    yield data
    return
  }
  let filled = 0
  let ready: Uint8Array[] = []
  const inflater = new Inflate((chunk) => {
    filled += chunk.length
    if (filled > entry.originalSize)
      throw new Damage(`phần “${entry.name}” giải nén ra hơn ${entry.originalSize} byte đã khai`)
    take(allowance, chunk.length, entry)
    if (chunk.length > 0) ready.push(chunk)
  })
  // The last push says the input ends: an unfinished stream throws there.
  for (let from = 0; from < data.length; from += INFLATE_STEP) {
    inflater.push(data.subarray(from, from + INFLATE_STEP), from + INFLATE_STEP >= data.length)
    const chunks = ready
    ready = []
    yield* chunks
  }
  if (filled !== entry.originalSize)
    throw new Damage(`phần “${entry.name}” giải nén ra ${filled} byte, không phải ${entry.originalSize} byte đã khai`)
}

/** Why reading a zip or one of its parts threw: a limit, or a damaged zip. */
export function zipFailure(error: unknown): ZipFailure {
  if (error instanceof LimitBreach) return {rule: 'docx-limit', detail: error.message}
  return {rule: 'docx-damaged', detail: `tệp zip hỏng: ${error instanceof Error ? error.message : String(error)}`}
}

/**
 * The parts of `bytes` that `wanted` accepts, checked against the limits, each to be inflated
 * as it is read. Never throws on content; reading a part throws if it is damaged.
 */
export function openZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits?: Readonly<Partial<ZipLimits>> | null
): ZipResult {
  const {maxEntries, maxPartSize, maxTotalSize, maxRatio} = {...ZIP_LIMITS, ...limits}
  if (!isZip(bytes)) return {ok: false, rule: 'docx-damaged', detail: 'không phải tệp zip'}
  try {
    let entries = 0
    let total = 0
    const chosen: Entry[] = []
    const names = new Set<string>()
    for (const file of directory(bytes)) {
      entries++
      if (entries > maxEntries) throw new LimitBreach(`hơn ${maxEntries} mục trong tệp zip`)
      if (!wanted(file.name)) continue
      // Two parts of one name: Word and another reader may each show a different one.
      if (names.has(file.name)) throw new Damage(`hai phần cùng tên “${file.name}”`)
      names.add(file.name)
      if (file.compression !== 0 && file.compression !== 8)
        throw new LimitBreach(`phần “${file.name}” nén theo cách không hỗ trợ (${file.compression})`)
      if (file.originalSize > maxPartSize)
        throw new LimitBreach(`phần “${file.name}” giải nén ra ${file.originalSize} byte, quá ${maxPartSize}`)
      if (file.originalSize > 1024 * 1024 && file.originalSize > file.size * maxRatio) {
        throw new LimitBreach(
          `phần “${file.name}” nén gấp ${Math.round(file.originalSize / Math.max(1, file.size))} lần, quá ${maxRatio} lần`
        )
      }
      total += file.originalSize
      if (total > maxTotalSize) throw new LimitBreach(`các phần giải nén ra hơn ${maxTotalSize} byte`)
      chosen.push(file)
    }
    const parts = new Map<string, ZipPart>()
    const allowance: Allowance = {left: maxTotalSize, total: maxTotalSize}
    for (const entry of chosen) {
      const data = entryData(bytes, entry)
      parts.set(entry.name, {chunks: () => inflated(data, entry, allowance)})
    }
    return {ok: true, parts}
  } catch (error) {
    return {ok: false, ...zipFailure(error)}
  }
}
