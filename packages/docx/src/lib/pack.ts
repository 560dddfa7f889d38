/**
 * A `docx` Document to the bytes of a .docx file, in Node and in browsers.
 *
 * The parts (word/document.xml, styles, relationships…) are the ones `docx` itself writes:
 * its compiler gives them, path by path, in the order its packer zips them. In Node each part
 * is deflated by Node's own zlib (native code, several times faster than a JavaScript
 * deflate on a cold start) and the zip container is written by fflate's streaming `Zip`; in a
 * browser fflate's `zipSync` does both, as `docx`'s packer does. A test keeps the unzipped parts
 * byte-identical to the `docx` packer's, so an upgrade of `docx` that changes its internals
 * shows at once.
 */

import {Zip, zipSync, type ZipInputFile} from 'fflate'
import {Packer, type Document} from 'docx'

type Parts = Map<string, string | Uint8Array | ArrayBuffer | ArrayBufferView>

interface Compiler {
  compile(file: Document): Parts
}

const encoder = new TextEncoder()

/** `docx`'s own parts of `doc`: the compiler its packer uses (not a public name, hence the test above). */
export function docxParts(doc: Document): Map<string, Uint8Array> {
  const compiler = (Packer as unknown as {compiler?: Compiler}).compiler
  if (!compiler || typeof compiler.compile !== 'function')
    throw new Error('docx: Packer.compiler is gone; update packages/docx/src/lib/pack.ts')
  const parts = new Map<string, Uint8Array>()
  for (const [path, data] of compiler.compile(doc))
    parts.set(path, bytesOf(typeof data === 'string' && path.endsWith('.xml') ? xmlCharacters(data) : data))
  return parts
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; a surrogate without its pair, which is all `\uD800-\uDFFF` matches with the `u`
 * flag), each as U+FFFD: a plan's words may carry them (a
 * text file in UTF-8, a JSON escape), and a part holding one is not XML, so Word will not open the
 * file (a blind tester's U+FFFE and U+FFFF rendered with exit 0, and our own reader refused the
 * result). The markup docx writes is ASCII, so only the words are touched.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu

function xmlCharacters(xml: string): string {
  return xml.replace(NOT_XML, '\uFFFD')
}

function bytesOf(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data)
  if (data instanceof Uint8Array) return data
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array(data)
}

interface NodeZlib {
  deflateRawSync(data: Uint8Array, options?: {level?: number}): Uint8Array
  crc32?(data: Uint8Array): number
}

let zlib: NodeZlib | null | undefined

/** Node's zlib when this runs in Node (and has crc32, Node 20.15+), else null. */
async function nodeZlib(): Promise<NodeZlib | null> {
  if (zlib !== undefined) return zlib
  zlib = null
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string'
  if (isNode) {
    try {
      const loaded = (await import('node:zlib')) as unknown as NodeZlib
      if (typeof loaded.crc32 === 'function') zlib = loaded
    } catch {
      zlib = null
    }
  }
  return zlib
}

/** The bytes of a .docx file for `doc`. */
export async function packDocument(doc: Document): Promise<Uint8Array> {
  const parts = docxParts(doc)
  const native = await nodeZlib()
  if (!native) return zipSync(Object.fromEntries(parts))
  return zipNative(parts, native)
}

function zipNative(parts: Map<string, Uint8Array>, native: NodeZlib): Uint8Array {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  for (const [path, data] of parts) {
    const deflated = native.deflateRawSync(data, {level: 6})
    const file: ZipInputFile = {
      filename: path,
      size: data.length,
      crc: (native.crc32 as (data: Uint8Array) => number)(data) >>> 0,
      compression: 8
    }
    zip.add(file)
    file.ondata?.(null, deflated as Uint8Array<ArrayBuffer>, true)
  }
  zip.end()
  if (failure) throw failure
  let length = 0
  for (const chunk of chunks) length += chunk.length
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
