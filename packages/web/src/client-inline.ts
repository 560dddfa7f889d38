/**
 * The engine in the page, for the single-file build (kehoach.html): a strict CSP allows no
 * worker from a blob URL, and a file opened from disk can load no worker script. Same calls
 * as client.ts; a long plan keeps the page busy while it is read, and nothing can stop it
 * (there is no worker to terminate), so `cancel` does nothing here.
 */
import {operations, type Operations} from './engine.js'

type Call = <K extends keyof Operations>(
  op: K,
  ...args: Parameters<Operations[K]>
) => Promise<Awaited<ReturnType<Operations[K]>>>

/** Why a call ended without an answer (never, in the page: kept so the app is the same in both builds). */
export class EngineStopped extends Error {
  constructor(
    message: string,
    readonly code: 'timeout' | 'cancelled' | 'crashed'
  ) {
    super(message)
  }
}

export function cancel(): void {
  // Work in the page's own thread cannot be stopped from it.
}

export const call: Call = async (op, ...args) => {
  // Let the page paint "đang đọc…" before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return (await (operations[op] as (...args: unknown[]) => unknown)(...args)) as never
}

// No warm-up in the page: it would hold the page's only thread while it loads.
document.documentElement.dataset['engine'] = 'ready'
