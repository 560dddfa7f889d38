/**
 * The app's work kept across a reload, in this browser's own storage on this machine:
 * the opened text files (names and text; Word and PDF files are not kept, open them again),
 * the scheme choice and the draft. Nothing is sent anywhere.
 */
import {announce} from './client.js'
import type {InputFormat, SchemeChoice} from './engine.js'

export interface SavedFile {
  name: string
  format: Exclude<InputFormat, 'docx' | 'pdf'>
  text: string
  /** Reading it last time took long, failed or was stopped: after a reload it waits for “Đọc lại”. */
  held?: boolean
}

export interface SavedDraft {
  schemeId: string
  issuer: string
  date: string
  format: 'yaml' | 'md'
  text: string
}

export interface Saved {
  files: SavedFile[]
  scheme: SchemeChoice
  draft: SavedDraft | null
}

const KEY = 'kehoach.web.v1'

export function loadSaved(): Saved | null {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return null
    const data = JSON.parse(raw) as Partial<Saved>
    return {
      files: Array.isArray(data.files) ? data.files : [],
      scheme: data.scheme ?? {kind: 'auto'},
      draft: data.draft ?? null
    }
  } catch {
    return null
  }
}

/** Save; false when the browser refuses (storage full or disabled), so the app can say so. */
export function save(saved: Saved): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(saved))
    return true
  } catch {
    return false
  }
}

export function clearSaved(): void {
  try {
    localStorage.removeItem(KEY)
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Offer bytes or text as a download. The file is made here, in the page; nothing is uploaded. */
/** Downloads what `made` gives once it is made; when it cannot be made, the page says why (`announce`). */
export function downloadMade(name: string, made: Promise<Uint8Array | string | Blob>, type: string): Promise<void> {
  return made.then(
    (content) => download(name, content, type),
    (error: unknown) => announce(`Không tạo được ${name}: ${error instanceof Error ? error.message : String(error)}`)
  )
}

export function download(name: string, content: Uint8Array | string | Blob, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], {type})
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A file name from a plan's number: "147/KH-UBND" → "147-KH-UBND". */
export function fileStem(name: string): string {
  return name.replace(/\.[^.]+$/u, '').replace(/[\\/:*?"<>|\s]+/gu, '-') || 'ke-hoach'
}
