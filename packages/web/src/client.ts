/**
 * The page's side of the engine: each call goes to the Web Worker and comes back as a
 * promise. The served app starts the worker from its own script, the single file from code
 * embedded in the page (worker-start.ts, worker-start-embedded.ts); the rest is the same.
 *
 * A call has a time limit (30 s to read a file, 120 s for anything else). Past it, or when the
 * user cancels, or when the worker dies of an error, the worker is terminated (the only way
 * to stop work that never yields) and a new one started: the call that was stopped fails with
 * an `EngineStopped` whose message is Vietnamese, and the other calls waiting on the old
 * worker are sent again to the new one (all of them fail when the worker died of an error).
 *
 * A worker that fails before its code has loaded (it says `{ready: true}` then) was refused by
 * the browser, not stopped by a file: where the engine can run in the page (the single file),
 * every call from then on runs there, as it did before the single file had a worker, and the
 * page is told so once (`onEngineNotice`). In the page a call has no time limit and no cancel.
 */
import type {Operations} from './engine.js'
import {engineInPage, startWorker} from './worker-start.js'

type Call = <K extends keyof Operations>(
  op: K,
  ...args: Parameters<Operations[K]>
) => Promise<Awaited<ReturnType<Operations[K]>>>

/** Why a call ended without an answer; `message` is for the user. */
export class EngineStopped extends Error {
  constructor(
    message: string,
    readonly code: 'timeout' | 'cancelled' | 'crashed'
  ) {
    super(message)
  }
}

/** Milliseconds a call may take, by operation; `localStorage['kehoach.web.callLimitMs']` sets it for reading files (slow machines, tests). */
const LIMITS: Partial<Record<keyof Operations, number>> = {openFile: 30_000, openText: 30_000}
const DEFAULT_LIMIT = 120_000

function limitOf(op: keyof Operations): number {
  const reading = LIMITS[op]
  if (reading === undefined) return DEFAULT_LIMIT
  try {
    const set = Number(localStorage.getItem('kehoach.web.callLimitMs'))
    if (Number.isFinite(set) && set > 0) return set
  } catch {
    // No storage: the defaults.
  }
  return reading
}

let worker: Worker | undefined
let next = 1
/** The engine in the page, once the browser has refused the worker. */
let inPage: Operations | undefined

/** What the page is told, once, when the engine runs in it. */
const IN_PAGE_NOTICE =
  'Trình duyệt không cho chạy bộ đọc tệp riêng (Web Worker), nên tệp được đọc ngay trong trang: một tệp đọc quá lâu sẽ làm trang đứng và không dừng được (không có giới hạn thời gian, nút “Hủy” không có tác dụng). Hãy mở ứng dụng bằng lệnh kehoach web, hoặc trong trình duyệt khác.'
let listener: ((message: string) => void) | undefined
/** A notice said before the page listened. */
let unheard: string | undefined

/** `listen` is told what the page should say about the engine: that it runs in the page, once. */
export function onEngineNotice(listen: (message: string) => void): void {
  listener = listen
  if (unheard !== undefined) listen(unheard)
  unheard = undefined
}

/** Says `message` where the page says the engine's notices (a file that could not be made, for one). */
export function announce(message: string): void {
  if (listener) listener(message)
  else unheard = message
}

interface Waiting {
  op: keyof Operations
  args: unknown[]
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

const waiting = new Map<number, Waiting>()

/**
 * Terminate the worker; the calls `stopped` picks fail with `error`, the others are sent again
 * to a new worker (with their time limits started again).
 */
function stop(error: EngineStopped, stopped: (id: number, entry: Waiting) => boolean): void {
  worker?.terminate()
  worker = undefined
  const entries = [...waiting.entries()]
  waiting.clear()
  for (const [id, entry] of entries) {
    clearTimeout(entry.timer)
    if (stopped(id, entry)) entry.reject(error)
    else send(id, entry)
  }
}

/** Stop the file being read (the user's “Hủy”); other work goes on in a new worker. */
export function cancel(): void {
  if (waiting.size === 0) return
  stop(
    new EngineStopped('Đã hủy theo yêu cầu.', 'cancelled'),
    (_, entry) => entry.op === 'openFile' || entry.op === 'openText'
  )
}

function send(id: number, entry: Omit<Waiting, 'timer'>): void {
  if (inPage) {
    runInPage(inPage, entry)
    return
  }
  let target = worker
  if (!target) {
    try {
      target = start()
    } catch (error) {
      // No worker at all (a constructor that throws, a CSP that forbids it).
      if (fallBack(error)) runInPage(inPage!, entry)
      else entry.reject(new EngineStopped(`Không khởi động được bộ đọc tệp (${messageOf(error)}).`, 'crashed'))
      return
    }
  }
  const limit = limitOf(entry.op)
  const timer = setTimeout(() => {
    stop(
      new EngineStopped(
        `Quá ${Math.round(limit / 100) / 10} giây mà chưa xong; đã dừng và khởi động lại bộ đọc tệp.`,
        'timeout'
      ),
      (each) => each === id
    )
  }, limit)
  waiting.set(id, {...entry, timer})
  target.postMessage({id, op: entry.op, args: entry.args})
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)) || 'lỗi không rõ'

/**
 * The browser refused the worker: run the engine in the page, if this build can, and send it
 * every call that waited on the worker. False where it cannot (the served app).
 */
function fallBack(reason: unknown): boolean {
  if (!engineInPage) return false
  try {
    inPage = engineInPage()
  } catch (error) {
    console.error(
      'kehoach: bộ đọc tệp không chạy được trong trang:',
      messageOf(error),
      '; trước đó:',
      messageOf(reason)
    )
    return false
  }
  worker?.terminate()
  worker = undefined
  const entries = [...waiting.values()]
  waiting.clear()
  for (const entry of entries) {
    clearTimeout(entry.timer)
    // No warm-up in the page: it would hold the page's only thread while it waits for a file.
    if (entry.op === 'warmUp') entry.resolve(undefined)
    else runInPage(inPage, entry)
  }
  announce(IN_PAGE_NOTICE)
  document.documentElement.dataset['engine'] = 'ready'
  return true
}

function runInPage(operations: Operations, entry: Omit<Waiting, 'timer'>): void {
  // After a turn of the event loop, so the page paints “đang đọc…” before the work holds it.
  setTimeout(() => {
    Promise.resolve()
      .then(() => (operations[entry.op] as (...args: unknown[]) => unknown)(...entry.args))
      .then(entry.resolve, (error: unknown) => entry.reject(new Error(messageOf(error))))
  }, 0)
}

function start(): Worker {
  const started = startWorker()
  worker = started
  let ready = false
  started.onmessage = (
    event: MessageEvent<{ready?: true; id: number; ok: boolean; value?: unknown; error?: string}>
  ) => {
    if (event.data.ready) {
      ready = true
      return
    }
    const entry = waiting.get(event.data.id)
    if (!entry) return
    waiting.delete(event.data.id)
    clearTimeout(entry.timer)
    if (event.data.ok) entry.resolve(event.data.value)
    else entry.reject(new Error(event.data.error))
  }
  // An error the worker did not catch (out of memory, a failed import): it is of no more use.
  started.onerror = (event) => {
    event.preventDefault()
    if (worker !== started) return
    // Before its code loaded: the browser refused it (the page's error, not a file's).
    if (!ready && fallBack(event.message)) return
    stop(
      new EngineStopped(`Bộ đọc tệp gặp lỗi và đã được khởi động lại (${event.message || 'lỗi không rõ'}).`, 'crashed'),
      () => true
    )
  }
  // Warm the engine while the page waits for a file, after the call that started the worker;
  // the page says when it is done (data-engine="ready" on <html>).
  setTimeout(() => {
    if (inPage) return
    call('warmUp').then(
      () => {
        document.documentElement.dataset['engine'] = 'ready'
      },
      () => undefined
    )
  }, 0)
  return started
}

export const call: Call = (op, ...args) =>
  new Promise((resolve, reject) => {
    send(next++, {op, args, resolve: resolve as (value: unknown) => void, reject})
  })
