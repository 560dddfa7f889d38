// The behaviour suite's files share their worker processes (vitest.config.ts, isolate: false). A
// file that replaces a module for the whole file (vi.mock), sets the environment or a global, or spies
// on a prototype changes what the next file in the same process sees: such a file must be in
// ISOLATED, which runs each in a fresh process. A vi.doMock undone in the same file (vi.doUnmock)
// is scoped to its test and may share.
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ISOLATED} from '../vitest.config.js'

const root = join(import.meta.dirname, '..')

function testFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.test.ts') && !entry.name.endsWith('.stress.test.ts'))
        found.push(relative(root, path))
    }
  }
  for (const base of ['test', ...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'test'))])
    try {
      walk(join(root, base))
    } catch {
      // A package without tests.
    }
  return found.sort()
}

/** Whether a test file changes what a later file in the same process would see. */
function leaksIntoProcess(source: string): boolean {
  if (/\bvi\.(?:mock|stubEnv|stubGlobal)\(/u.test(source)) return true
  if (/\bvi\.spyOn\([^)]*\.prototype\b/u.test(source)) return true
  return /\bvi\.doMock\(/u.test(source) && !/\bvi\.doUnmock\(/u.test(source)
}

describe('files that share a worker process', () => {
  it('the rule tells a file-wide mock, an environment stub and a prototype spy from a scoped doMock', () => {
    // The calls are put together here, so that this file does not read as one that makes them.
    const vi = (call: string) => `vi.${call}`
    expect(leaksIntoProcess(vi("mock('../src/a.js', () => ({}))"))).toBe(true)
    expect(leaksIntoProcess(vi("stubEnv('TZ', 'UTC')"))).toBe(true)
    expect(leaksIntoProcess(vi("spyOn(Canvas.prototype, 'getImageData')"))).toBe(true)
    expect(leaksIntoProcess(`${vi("doMock('x', f)")}\n${vi("doUnmock('x')")}`)).toBe(false)
    expect(leaksIntoProcess(vi("doMock('x', f)"))).toBe(true)
    expect(leaksIntoProcess('vi.fn()')).toBe(false)
  })

  it('every file that would change what another file sees runs in a process of its own (ISOLATED)', () => {
    const files = testFiles()
    expect(files.length).toBeGreaterThan(50)
    const leaking = files.filter((file) => leaksIntoProcess(readFileSync(join(root, file), 'utf8')))
    expect(leaking.filter((file) => !ISOLATED.includes(file))).toEqual([])
    // And the list names only files that exist.
    expect(ISOLATED.filter((file) => !files.includes(file))).toEqual([])
  })
})
