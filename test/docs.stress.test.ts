// The documented commands that read a whole folder of the corpus (every document in it, scans read
// by OCR included: minutes on a loaded machine).
import {expect, it} from 'vitest'
import {present} from './corpus.js'
import {readsCorpusFolder, runDocumented} from './docs-commands.js'

it.runIf(present)(
  'the documented commands over a corpus folder run',
  async () => {
    expect(await runDocumented(readsCorpusFolder)).toBeGreaterThanOrEqual(1)
  },
  600_000
)
