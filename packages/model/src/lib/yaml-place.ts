/**
 * Places in a YAML or JSON text, as the yaml library counts them (its `LineCounter`): for the nodes
 * yaml parsed, and for what `yaml.ts` refuses before parsing (too large, too deep).
 */

import {LineCounter} from 'yaml'
import type {Position} from './types.js'

/** The position of the range [start, end) of a text whose lines `counter` knows. */
export function positionFrom(counter: LineCounter, start: number, end: number): Position {
  const a = counter.linePos(start)
  const b = counter.linePos(Math.max(start, end))
  return {
    start: {line: a.line, column: a.col, offset: start},
    end: {line: b.line, column: b.col, offset: Math.max(start, end)}
  }
}

/** A line counter for `text` made in one pass over its line feeds, without parsing it. */
export function countedLines(text: string): LineCounter {
  const counter = new LineCounter()
  counter.addNewLine(0)
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) counter.addNewLine(at + 1)
  return counter
}
