/**
 * The page's side of the engine: each call goes to the Web Worker and comes back as a
 * promise. The single-file build replaces this module with one that calls the engine in the
 * page (see client-inline.ts), because a strict CSP allows no worker from a blob.
 *
 * A call has a time limit (30 s to read a file, 120 s for anything else). Past it, or when the
 * user cancels, or when the worker dies of an error, the worker is terminated (the only way
 * to stop work that never yields) and a new one started: the call that was stopped fails with
 * an `EngineStopped` whose message is Vietnamese, and the other calls waiting on the old
 * worker are sent again to the new one (all of them fail when the worker died of an error).
 */
import type {Operations} from './engine.js'

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
  ;(worker ?? start()).postMessage({id, op: entry.op, args: entry.args})
}

function start(): Worker {
  const started = new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})
  worker = started
  started.onmessage = (event: MessageEvent<{id: number; ok: boolean; value?: unknown; error?: string}>) => {
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
    if (worker === started)
      stop(
        new EngineStopped(
          `Bộ đọc tệp gặp lỗi và đã được khởi động lại (${event.message || 'lỗi không rõ'}).`,
          'crashed'
        ),
        () => true
      )
  }
  // Warm the engine while the page waits for a file, after the call that started the worker;
  // the page says when it is done (data-engine="ready" on <html>).
  setTimeout(() => {
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
