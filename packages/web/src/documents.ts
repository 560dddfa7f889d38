/**
 * From a file's name and bytes to text for the readers. This is the one place where a file
 * format is recognised: the text formats are decoded here; DOCX and PDF come in through
 * `binaryReader` once @kehoach/files exports its readers for them.
 */

export type InputFormat = 'yaml' | 'json' | 'text' | 'md'

export type FileText =
  | {kind: 'text'; format: InputFormat; text: string}
  | {kind: 'unsupported'; reason: string}
  | {kind: 'unknown'}

/** The format of a text file from its extension, as the CLI names them. */
export function formatOf(name: string): InputFormat | undefined {
  const extension = /\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? ''
  if (extension === '.yaml' || extension === '.yml') return 'yaml'
  if (extension === '.json') return 'json'
  if (extension === '.txt' || extension === '.text') return 'text'
  if (extension === '.md' || extension === '.markdown') return 'md'
  return undefined
}

/** Text of bytes: UTF-8 (with or without BOM), or UTF-16 when a BOM says so. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return new TextDecoder('utf-8').decode(bytes)
}

/**
 * The reader of a binary format (.docx, .pdf): its text, in the portal-text form the
 * structure reader takes. None yet: @kehoach/files does not export `readDocx`/`readPdf` at
 * the time of writing. When it does, return `{kind: 'text', format: 'text', text}` here.
 */
async function binaryReader(extension: '.docx' | '.pdf', _bytes: Uint8Array): Promise<FileText> {
  const kind = extension === '.docx' ? 'Word (.docx)' : 'PDF'
  return {kind: 'unsupported', reason: `Chưa đọc được tệp ${kind} trong ứng dụng web (sắp có). Hãy lưu văn bản thành .txt hoặc dùng tệp .md, .yaml, .json.`}
}

export async function textOfFile(name: string, bytes: Uint8Array): Promise<FileText> {
  const extension = /\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? ''
  if (extension === '.docx' || extension === '.pdf') return binaryReader(extension, bytes)
  const format = formatOf(name)
  if (!format) return {kind: 'unknown'}
  return {kind: 'text', format, text: decodeText(bytes)}
}
