// A spread call passes every element as an argument, and V8 overflows its stack past some
// 125,000 arguments (issue #14: a plan of 150,000 lint messages ended in a stack trace). The
// sources append with a loop instead; this keeps a new `push(...list)` from coming back.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const packages = new URL('../packages/', import.meta.url).pathname

function sources(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('spread arguments', () => {
  it('no source passes a list of unknown length as arguments (push(...), unshift(...), Math.max(...))', () => {
    const found: string[] = []
    for (const name of readdirSync(packages)) {
      let files: string[]
      try {
        files = sources(join(packages, name, 'src'))
      } catch {
        continue
      }
      for (const file of files) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            if (/^\s*(\/\/|\*)/.test(line)) return
            if (/\.(push|unshift)\(\.\.\.|Math\.(max|min)\(\.\.\.|String\.fromCharCode\(\.\.\./.test(line))
              found.push(`${file.slice(packages.length)}:${index + 1}: ${line.trim()}`)
          })
      }
    }
    expect(found).toEqual([])
  })
})
