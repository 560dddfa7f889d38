/**
 * Writing outputs safely.
 *
 * - A regular file (or a new one) is written atomically: the content goes to a
 *   temporary file beside the target, renamed over it only when complete, so a
 *   failure leaves no partial file and does not clobber an existing one. The
 *   temporary name has a fixed length (`.kehoach-<pid>-<12 hex>.tmp`), so a target
 *   name up to the system's limit still works, and it is recognisable: a run that
 *   was killed between creating it and renaming it leaves one behind, and the next
 *   write into that folder removes those whose process is gone.
 * - A symbolic link to a regular file is followed: its target is written
 *   atomically and the link stays a link.
 * - A special file (a character device such as `/dev/null` or `/dev/stdout`, a
 *   FIFO, a socket) is written in place, as a shell's `>` would: replacing it with a
 *   regular file would break it (as root, `/dev/null` for the whole system). So is a
 *   path that reaches a process's open file through `/proc` (`/dev/stdout`,
 *   `/dev/fd/1`, `/proc/self/fd/1`), which names a stream even when that is a file.
 *   A regular file elsewhere under `/dev` (`/dev/shm/plan.yaml`) is a file like any other.
 * - A directory, a read-only file and every error of the file system (a missing or
 *   read-only folder, an immutable file, a full disk, a name too long, an empty
 *   name) become one diagnostic naming the path, never an exception.
 */

import {randomBytes} from 'node:crypto'
import {constants, type Stats} from 'node:fs'
import {chmod, lstat, open, readdir, readlink, realpath, rename, rm, stat, type FileHandle} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {diagnostic, type Diagnostic} from '@kehoach/model'

/** What a command writes: the whole text or bytes, or the text in pieces (a large plan's JSON). */
export type Content = string | Uint8Array | Iterable<string>

/** Pieces are gathered to about this many characters before each write. */
const BATCH = 1 << 20

/** The pieces of `content` gathered into batches of about {@link BATCH} characters (a whole text or bytes: itself). */
export function* batches(content: Content): Generator<string | Uint8Array> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    yield content
    return
  }
  let batch = ''
  for (const piece of content) {
    batch += piece
    if (batch.length >= BATCH) {
      yield batch
      batch = ''
    }
  }
  if (batch) yield batch
}

/** Each batch from the handle's position on (writeFile on a handle writes all of it, and the next one goes after it). */
async function writeAll(handle: FileHandle, content: Content): Promise<void> {
  for (const batch of batches(content)) await handle.writeFile(batch)
}

/** Temporary files of ours: `.kehoach-<pid>-<12 hex digits>.tmp`. */
const TEMPORARY = /^\.kehoach-(\d+)-[0-9a-f]{12}\.tmp$/u

/** A stale temporary file whose process still seems alive (the pid was reused) is removed after this long. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000

/** Why a write failed, in Vietnamese, by the system's error code. */
const REASONS: Record<string, string> = {
  ENOENT: 'thư mục chứa tệp không tồn tại',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EACCES: 'không có quyền ghi',
  EPERM: 'hệ thống không cho phép ghi (tệp hoặc thư mục bị khóa)',
  EROFS: 'hệ thống tệp chỉ cho đọc',
  ENOSPC: 'đĩa đã đầy',
  EDQUOT: 'đã hết hạn mức dung lượng',
  ENAMETOOLONG: 'tên tệp quá dài',
  EISDIR: 'đó là một thư mục',
  ELOOP: 'vòng lặp liên kết tượng trưng',
  EFBIG: 'tệp vượt kích thước cho phép',
  EIO: 'lỗi vào/ra của thiết bị',
  ENXIO: 'thiết bị không sẵn sàng',
  EPIPE: 'đầu đọc đã đóng',
  EBUSY: 'tệp đang bận'
}

function failure(target: string, error: unknown): Diagnostic {
  const code = (error as {code?: string} | null)?.code
  const detail =
    (code && REASONS[code]) ?? (code ? `lỗi hệ thống ${code}` : error instanceof Error ? error.message : String(error))
  return diagnostic('output-unwritable', {file: target, detail}, {file: target})
}

async function statOrUndefined(path: string, follow: boolean): Promise<Stats | undefined> {
  try {
    return follow ? await stat(path) : await lstat(path)
  } catch (error) {
    if ((error as {code?: string}).code === 'ENOENT') return undefined
    throw error
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as {code?: string}).code === 'EPERM'
  }
}

/** Remove temporary files of ours in `folder` left by a run that was killed. Best effort: errors are ignored. */
export async function removeStaleTemporaries(folder: string): Promise<string[]> {
  const removed: string[] = []
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return removed
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name)
    if (!match) continue
    const path = join(folder, name)
    try {
      const info = await lstat(path)
      if (!info.isFile()) continue
      if (isAlive(Number(match[1])) && Date.now() - info.mtimeMs < STALE_AFTER_MS) continue
      await rm(path, {force: true})
      removed.push(path)
    } catch {
      // Another run may have removed it first.
    }
  }
  return removed
}

/** The temporary name for a write into `folder`: fixed length, whatever the target's name. */
export function temporaryName(folder: string): string {
  return join(folder, `.kehoach-${process.pid}-${randomBytes(6).toString('hex')}.tmp`)
}

/** Write into a special file (device, FIFO, socket) in place, as a shell's `>` does. */
async function writeInPlace(target: string, content: Content): Promise<void> {
  // O_APPEND never truncates: a device ignores truncation, and a file behind /dev/stdout opened by the shell keeps its offset.
  const handle = await open(target, constants.O_WRONLY | constants.O_APPEND)
  try {
    await writeAll(handle, content)
  } finally {
    await handle.close()
  }
}

/**
 * True when `target`, or a link on the way to what it names, lies under `/proc` (`/dev/stdout`
 * → `/proc/self/fd/1`): a process's open file, written in place at the shell's offset.
 */
async function throughProc(target: string): Promise<boolean> {
  let path = resolve(target)
  for (let hop = 0; hop < 40; hop++) {
    const folder = await realpath(dirname(path)).catch(() => dirname(path))
    const full = join(folder, basename(path))
    if (full === '/proc' || full.startsWith('/proc/')) return true
    const info = await lstat(full).catch(() => undefined)
    if (!info?.isSymbolicLink()) return false
    path = resolve(folder, await readlink(full))
  }
  return false
}

async function writeRegular(target: string, content: Content, existing: Stats | undefined): Promise<void> {
  const folder = dirname(target)
  await removeStaleTemporaries(folder)
  const temporary = temporaryName(folder)
  try {
    const handle = await open(temporary, 'wx', 0o666)
    try {
      await writeAll(handle, content)
    } finally {
      await handle.close()
    }
    if (existing) await chmod(temporary, existing.mode & 0o7777)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/**
 * Write `content` to `target` (see the module comment for what each kind of
 * target gets). Returns a diagnostic instead of throwing when it cannot.
 * With `overwrite: false`, anything already at the path, even a dangling
 * symbolic link, is refused (`output-exists`).
 */
export async function writeOutput(
  target: string,
  content: Content,
  options?: Readonly<{overwrite?: boolean}> | null
): Promise<Diagnostic | undefined> {
  if (target === '') return diagnostic('output-unwritable', {file: target, detail: 'tên tệp rỗng'}, {file: '(rỗng)'})
  try {
    const link = await statOrUndefined(target, false)
    if (link && options?.overwrite === false) return diagnostic('output-exists', {file: target}, {file: target})
    let path = target
    let info = link
    if (link?.isSymbolicLink()) {
      info = await statOrUndefined(target, true)
      if (!info) {
        // A dangling link: write where it points, so the link stays a link.
        path = resolve(dirname(target), await readlink(target))
      } else if (info.isFile()) {
        path = await realpath(target).catch(() => target)
      }
    }
    if (info?.isDirectory()) return diagnostic('output-directory', {file: target}, {file: target})
    if (info && (!info.isFile() || (await throughProc(target)))) {
      await writeInPlace(target, content)
      return undefined
    }
    if (info && (info.mode & 0o222) === 0) return diagnostic('output-read-only', {file: target}, {file: target})
    await writeRegular(path, content, info)
    return undefined
  } catch (error) {
    return failure(target, error)
  }
}

/** The old interface: write atomically and throw on failure. */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const problem = await writeOutput(target, content)
  if (problem) throw Object.assign(new Error(problem.reason), {diagnostic: problem})
}

/** True when `name` is one of our temporary files. */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(basename(name))
}
