/**
 * Writing outputs atomically: the content goes to a temporary file beside the
 * target, which is renamed over it only when complete. A failure leaves no partial
 * file and does not clobber an existing one.
 */

import {randomBytes} from 'node:crypto'
import {rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, content, {flag: 'wx'})
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
