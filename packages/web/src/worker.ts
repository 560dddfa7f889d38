/// <reference lib="webworker" />
/**
 * The Web Worker: runs the engine's operations off the page's thread, so a long plan never
 * freezes the page. Messages are `{id, op, args}`; answers `{id, ok, value}` or `{id, ok: false, error}`.
 * Byte results are transferred, not copied.
 */
import {operations, type Operations} from './engine.js'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<{id: number; op: keyof Operations; args: unknown[]}>) => {
  const {id, op, args} = event.data
  try {
    const value = await (operations[op] as (...args: unknown[]) => unknown)(...args)
    const transfer = value instanceof Uint8Array ? [value.buffer] : []
    self.postMessage({id, ok: true, value}, {transfer: transfer as Transferable[]})
  } catch (error) {
    self.postMessage({id, ok: false, error: error instanceof Error ? error.message : String(error)})
  }
}
