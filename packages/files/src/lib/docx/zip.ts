/**
 * Opening a DOCX zip under limits: the entry count, each part's declared size, the total
 * and the compression ratio are checked from the central directory before anything is
 * inflated, and only the parts the reader needs are inflated at all.
 */

import {unzipSync, type UnzipFileInfo} from 'fflate'

export interface ZipLimits {
  /** Most entries in the zip (2,000). */
  maxEntries: number
  /** Largest declared uncompressed size of one part read (64 MiB). */
  maxPartSize: number
  /** Largest declared uncompressed size of all parts read together (64 MiB). */
  maxTotalSize: number
  /** Largest ratio of uncompressed to compressed size, for parts over 1 MiB (200). */
  maxRatio: number
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 2000,
  maxPartSize: 64 * 1024 * 1024,
  maxTotalSize: 64 * 1024 * 1024,
  maxRatio: 200
}

export type ZipResult =
  | {ok: true; parts: Map<string, Uint8Array>}
  | {ok: false; rule: 'docx-damaged' | 'docx-limit'; detail: string}

class LimitBreach extends Error {}

/** True when the bytes start like a zip file. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** Inflate the parts of `bytes` that `wanted` accepts. Never throws on content. */
export function openZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits?: Readonly<Partial<ZipLimits>> | null
): ZipResult {
  const {maxEntries, maxPartSize, maxTotalSize, maxRatio} = {...ZIP_LIMITS, ...limits}
  if (!isZip(bytes)) return {ok: false, rule: 'docx-damaged', detail: 'không phải tệp zip'}
  let entries = 0
  let total = 0
  const filter = (file: UnzipFileInfo): boolean => {
    entries++
    if (entries > maxEntries) throw new LimitBreach(`hơn ${maxEntries} mục trong tệp zip`)
    if (!wanted(file.name)) return false
    if (file.compression !== 0 && file.compression !== 8) throw new LimitBreach(`phần “${file.name}” nén theo cách không hỗ trợ (${file.compression})`)
    if (file.originalSize > maxPartSize) throw new LimitBreach(`phần “${file.name}” giải nén ra ${file.originalSize} byte, quá ${maxPartSize}`)
    if (file.originalSize > 1024 * 1024 && file.originalSize > file.size * maxRatio) {
      throw new LimitBreach(`phần “${file.name}” nén gấp ${Math.round(file.originalSize / Math.max(1, file.size))} lần, quá ${maxRatio} lần`)
    }
    total += file.originalSize
    if (total > maxTotalSize) throw new LimitBreach(`các phần giải nén ra hơn ${maxTotalSize} byte`)
    return true
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {filter})
  } catch (error) {
    if (error instanceof LimitBreach) return {ok: false, rule: 'docx-limit', detail: error.message}
    return {ok: false, rule: 'docx-damaged', detail: `tệp zip hỏng: ${error instanceof Error ? error.message : String(error)}`}
  }
  return {ok: true, parts: new Map(Object.entries(files))}
}
