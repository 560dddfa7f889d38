// A 900 KB RTF named .doc (it used to keep LibreOffice busy for the whole timeout): refused by its
// bytes, and nothing is run. The small file of the same kind is in doc.test.ts.
import {chmodSync, existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {readDoc} from '@kehoach/files/node'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-doc-stress-'))

it('an RTF of 900 KB named .doc is doc-not-word97, and nothing is run', async () => {
  const mark = join(dir, 'ran')
  const program = join(dir, 'record.sh')
  writeFileSync(program, `#!/bin/sh\ntouch ${mark}\nexit 1\n`)
  chmodSync(program, 0o755)
  const rtf = `{\\rtf1\\ansi ${'{\\b K}'.repeat(150_000)}}`
  expect(rtf.length).toBeGreaterThan(900_000)
  const {messages} = await readDoc(new TextEncoder().encode(rtf), {file: 'gia.doc', soffice: program})
  expect(messages.map((message) => message.ruleId)).toEqual(['doc-not-word97'])
  expect(messages[0]?.reason).toMatch(/RTF/u)
  expect(existsSync(mark)).toBe(false)
})
