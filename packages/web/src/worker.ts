/// <reference lib="webworker" />
/**
 * The Web Worker: runs the engine's operations off the page's thread, so a long plan never
 * freezes the page. It says `{ready: true}` once its code has loaded; then messages are
 * `{id, op, args}`, answers `{id, ok, value}` or `{id, ok: false, error}`. Byte results are
 * transferred, not copied.
 *
 * The single file (kehoach.html) carries this code as text and starts it from a Blob URL; where
 * the browser refuses that worker, the page runs the same text itself, and the code then leaves
 * the operations under `ENGINE_KEY` on the page's global object instead of answering messages.
 */
import {operations, type Operations} from './engine.js'
import {ENGINE_KEY} from './engine-key.js'

declare const WorkerGlobalScope: {new (): WorkerGlobalScope} | undefined

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const scope = globalThis as unknown as DedicatedWorkerGlobalScope
  scope.onmessage = async (event: MessageEvent<{id: number; op: keyof Operations; args: unknown[]}>) => {
    const {id, op, args} = event.data
    try {
      const value = await (operations[op] as (...args: unknown[]) => unknown)(...args)
      const transfer = value instanceof Uint8Array ? [value.buffer] : []
      scope.postMessage({id, ok: true, value}, {transfer: transfer as Transferable[]})
    } catch (error) {
      scope.postMessage({id, ok: false, error: error instanceof Error ? error.message : String(error)})
    }
  }
  scope.postMessage({ready: true})
} else {
  ;(globalThis as Record<symbol, unknown>)[ENGINE_KEY] = operations
}
