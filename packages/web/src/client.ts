/**
 * The page's side of the engine: each call goes to the Web Worker and comes back as a
 * promise. The single-file build replaces this module with one that calls the engine in the
 * page (see client-inline.ts), because a strict CSP allows no worker from a blob.
 */
import type {Operations} from './engine.js'

type Call = <K extends keyof Operations>(op: K, ...args: Parameters<Operations[K]>) => Promise<Awaited<ReturnType<Operations[K]>>>

let worker: Worker | undefined
let next = 1
const waiting = new Map<number, {resolve: (value: unknown) => void; reject: (error: Error) => void}>()

function start(): Worker {
  worker = new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})
  worker.onmessage = (event: MessageEvent<{id: number; ok: boolean; value?: unknown; error?: string}>) => {
    const entry = waiting.get(event.data.id)
    if (!entry) return
    waiting.delete(event.data.id)
    if (event.data.ok) entry.resolve(event.data.value)
    else entry.reject(new Error(event.data.error))
  }
  // Warm the engine while the page waits for a file, after the call that started the worker;
  // the page says when it is done (data-engine="ready" on <html>).
  setTimeout(() => {
    void call('warmUp').then(() => {
      document.documentElement.dataset['engine'] = 'ready'
    })
  }, 0)
  return worker
}

export const call: Call = (op, ...args) =>
  new Promise((resolve, reject) => {
    const id = next++
    waiting.set(id, {resolve: resolve as (value: unknown) => void, reject})
    ;(worker ?? start()).postMessage({id, op, args})
  })
