/**
 * Packing a `docx` Document into the bytes of a .docx file, in Node and in browsers alike.
 * `Packer.toBuffer` asks JSZip for a Node Buffer and throws in a browser ("nodebuffer is not
 * supported by this platform"); an ArrayBuffer is available everywhere and holds the same bytes.
 */
import {Packer, type Document} from 'docx'

/** The bytes of the .docx file of `document`, as a plain Uint8Array (no Node Buffer). */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
