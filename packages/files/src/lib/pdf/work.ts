/**
 * What pdf.js may do for one page, and how it is stopped.
 *
 * In Node pdf.js has no worker: its “worker” runs in this thread as a chain of promise jobs, so no
 * timer can interrupt it, and cancelling one of its streams stops it only if it happens to be
 * waiting for that stream to be read at that moment; otherwise it runs on, every piece it makes
 * thrown away (form XObjects nested 30 deep, 2^30 drawings, ran until the CPU limit killed the
 * process). What stops it for certain is destroying the document, which ends every task pdf.js has
 * on it: a page stopped at a limit stops its document, and the next page is read from the document
 * opened again.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

/** A pdf.js document that can be stopped in the middle of its work and is opened again when next needed. */
export class Reopening {
  readonly #open: (opening: number) => Promise<PdfDocument>
  #current: Promise<PdfDocument> | undefined
  #openings: number
  readonly #closing: Array<Promise<unknown>> = []

  /**
   * `first` is the document already open, if it is; `open` is told how many times the file was
   * opened before (0 for the first time), so that what each opening may spend can shrink.
   */
  constructor(open: (opening: number) => Promise<PdfDocument>, first?: PdfDocument) {
    this.#open = open
    this.#current = first ? Promise.resolve(first) : undefined
    this.#openings = first ? 1 : 0
  }

  /** Page `number` (from 1) of the current document, opening it if it was stopped or never opened. */
  async page(number: number): Promise<PdfPage> {
    const current = (this.#current ??= this.#open(this.#openings++))
    return (await current).getPage(number)
  }

  /** Ends all of pdf.js's work on the current document; the next `page` opens the file again. */
  stop(): void {
    const current = this.#current
    this.#current = undefined
    if (current) this.#closing.push(current.then((document) => document.destroy()).catch(() => undefined))
  }

  /** Stops the current document and waits until every document stopped is destroyed. */
  async close(): Promise<void> {
    this.stop()
    await Promise.all(this.#closing)
  }
}

/** A piece of an operator list as pdf.js hands it from its worker side to the page. */
interface OperatorChunk {
  fnArray: number[]
  argsArray: unknown[]
  length: number
  lastChunk: boolean
}

interface ChunkReceiver {
  _renderPageChunk: (chunk: OperatorChunk, intentState: object) => void
}

/**
 * What the watch of a page's operators saw: `cut` once a list reached the limit, or once the
 * file's operators (`FileOperators`) ran out (then `file` is true too).
 */
export interface OperatorWatch {
  cut: boolean
  limit: number
  file: boolean
}

/**
 * Operators the operator lists of all the pages of a file may hand over, together (every list of
 * every page, of every copy of the file the reader opened): `spent` so far, `cut` once a list was
 * cut for want of them. Shared by the watches of a file's pages.
 */
export interface FileOperators {
  limit: number
  spent: number
  cut: boolean
}

const watches = new WeakMap<PdfPage, OperatorWatch>()

/** pdf.js's ids of `q` and `Q` (its `OPS.save` and `OPS.restore`). */
export interface SaveOperators {
  save: number
  restore: number
}

/**
 * Graphics states saved inside one another (`q` within `q`) that are followed: ISO 32000-1, annex C,
 * gives 28 as the nesting a file can count on (PostScript's `gsave` limit), and our patch of pdf.js
 * saves its own state no deeper (`StateManager.MAX_DEPTH`). Past it a `q` and the `Q` that closes it
 * are dropped from the list, as pdf.js ignored them: drawing a deeper stack cost pdf.js's canvas a
 * walk of it at every operator (19,000 unclosed `q` on a scanned page: 12.8 s).
 */
export const MAX_NESTING = 28

/** Where a list's graphics state stack stands: `depth` followed, `unfollowed` dropped above them. */
interface Nesting {
  depth: number
  unfollowed: number
}

/** `chunk` without its `q` past `MAX_NESTING` and their `Q` (the same chunk when it has none). */
function unnest(chunk: OperatorChunk, nesting: Nesting, operators: SaveOperators): OperatorChunk {
  let kept: number[] | undefined
  for (let i = 0; i < chunk.length; i++) {
    const operator = chunk.fnArray[i]
    let dropped = false
    if (operator === operators.save && nesting.depth < MAX_NESTING) nesting.depth++
    else if (operator === operators.save) {
      nesting.unfollowed++
      dropped = true
    } else if (operator === operators.restore && nesting.unfollowed > 0) {
      nesting.unfollowed--
      dropped = true
    } else if (operator === operators.restore && nesting.depth > 0) nesting.depth--
    if (dropped) kept ??= Array.from({length: i}, (_, j) => j)
    else kept?.push(i)
  }
  if (!kept) return chunk
  const indices = kept
  return {
    ...chunk,
    fnArray: indices.map((i) => chunk.fnArray[i] as number),
    argsArray: indices.map((i) => chunk.argsArray[i]),
    length: indices.length
  }
}

/**
 * Bounds every operator list pdf.js builds for `page`, for `getOperatorList` and for drawing
 * alike: past `limit` operators in one list, the list ends there (what came before is kept, and a
 * `getOperatorList` resolves with it) and `stop` is called, which must stop the page's document.
 * pdf.js hands a list over in pieces of about 1,000 operators and, between pieces, waits for the
 * page to take them, so it is held within a piece of the limit. A `q` nested past `MAX_NESTING`
 * and its `Q` are left out of every list. With `file`, the operators every list of every page it is
 * given to hands over are also counted together, and a list that would pass `file.limit` is cut
 * the same way (`watch.file` and `file.cut` then true). A page is watched once; later calls return
 * the same watch.
 */
export function watchOperators(
  page: PdfPage,
  limit: number,
  stop: () => void,
  operators: SaveOperators,
  file?: FileOperators
): OperatorWatch {
  const known = watches.get(page)
  if (known) return known
  const watch: OperatorWatch = {cut: false, limit, file: false}
  watches.set(page, watch)
  // pdf.js's own method (5.x) through which each piece reaches the page; tests fail if it goes.
  const receiver = page as unknown as ChunkReceiver
  const receive = receiver._renderPageChunk
  if (typeof receive !== 'function') throw new Error('pdf.js without PDFPageProxy._renderPageChunk')
  const counts = new WeakMap<object, number>()
  const nestings = new WeakMap<object, Nesting>()
  receiver._renderPageChunk = function (this: unknown, whole: OperatorChunk, intentState: object): void {
    let nesting = nestings.get(intentState)
    if (!nesting) nestings.set(intentState, (nesting = {depth: 0, unfollowed: 0}))
    const chunk = unnest(whole, nesting, operators)
    const seen = counts.get(intentState) ?? 0
    if (seen > limit) return
    const left = file ? file.limit - file.spent : Number.POSITIVE_INFINITY
    if (seen + chunk.length <= limit && chunk.length <= left) {
      counts.set(intentState, seen + chunk.length)
      if (file) file.spent += chunk.length
      receive.call(this, chunk, intentState)
      return
    }
    counts.set(intentState, limit + 1)
    const keep = Math.max(0, Math.min(limit - seen, left))
    if (file) {
      file.spent += keep
      if (chunk.length > left) {
        file.cut = true
        watch.file = true
      }
    }
    watch.cut = true
    receive.call(
      this,
      {
        ...chunk,
        fnArray: chunk.fnArray.slice(0, keep),
        argsArray: chunk.argsArray.slice(0, keep),
        length: keep,
        lastChunk: true
      },
      intentState
    )
    stop()
  }
  return watch
}
