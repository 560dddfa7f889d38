// A small ZIP writer for attack files: every field is ours to set, including a declared size
// that is not the real one.
import {deflateRawSync} from 'node:zlib'

const TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export interface Entry {
  name: string
  /** The content, compressed here; or `raw` for data already deflated. */
  data?: string | Uint8Array
  raw?: {deflated: Uint8Array; crc: number; size: number}
  /** A declared uncompressed size that differs from the real one (both headers, or each). */
  declaredSize?: number
  declaredLocal?: number
  declaredCentral?: number
}

export function zip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    let deflated: Uint8Array
    let crc: number
    let size: number
    if (entry.raw) ({deflated, crc, size} = entry.raw)
    else {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : (entry.data ?? new Uint8Array())
      deflated = deflateRawSync(data, {level: 9})
      crc = crc32(data)
      size = data.length
    }
    const declared = entry.declaredSize ?? size
    const declaredLocal = entry.declaredLocal ?? declared
    const declaredCentral = entry.declaredCentral ?? declared
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(deflated.length, 18)
    local.writeUInt32LE(declaredLocal, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(deflated.length, 20)
    central.writeUInt32LE(declaredCentral, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, Buffer.from(deflated))
    centrals.push(central, name)
    offset += 30 + name.length + deflated.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
