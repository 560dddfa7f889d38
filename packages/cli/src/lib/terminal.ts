/**
 * What a document's words may print. Text from a plan (an issuer, a task, a file name) reaches
 * the terminal through check, diff, review, parse and the diagnostics; an escape sequence in it
 * would drive the terminal (move the cursor, rewrite the line above, set the window title, hide
 * text, on some terminals answer back). Printed text keeps line feeds and tabs and loses every
 * other C0 control, DEL, the C1 controls, bidirectional overrides and whole escape sequences; kehoach's own colours are
 * kept where it coloured the output itself. JSON and YAML keep the words exactly, as escapes.
 */

/** An escape sequence: CSI, OSC, DCS/SOS/PM/APC strings, or a two-character escape; and the 8-bit CSI. */
const SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?/gu

/** A colour (SGR) sequence, as kehoach writes them. */
const COLOUR = /^\u001b\[[0-9;]*m$/u

/**
 * C0 controls but tab and line feed, a carriage return not before a line feed, DEL and C1; and the
 * bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder what
 * the terminal shows after them (no Vietnamese text holds one).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/gu

/** Both, in one pass (so that a kept colour's ESC is not removed as a control afterwards). */
const UNSAFE = new RegExp(`${SEQUENCE.source}|${CONTROL.source}`, 'gu')

/** `text` safe to print: escape sequences and control characters removed (colours kept with `colour`). */
export function terminalText(text: string, options?: Readonly<{colour?: boolean}> | null): string {
  const colour = options?.colour === true
  return text.replace(UNSAFE, (found) => (colour && COLOUR.test(found) ? found : ''))
}

/** One line for standard error: as `terminalText`, and a line break inside it becomes a space (no forged lines). */
export function terminalLine(text: string): string {
  return terminalText(text).replace(/\r?\n/gu, ' ')
}

/** JSON or YAML for the terminal: DEL and C1 controls, which both leave raw inside strings, written as escapes (the data is unchanged). */
export function escapedControls(text: string, kind: 'json' | 'yaml'): string {
  return text.replace(/[\u007f-\u009f]/gu, (character) => {
    const hex = character.charCodeAt(0).toString(16).padStart(2, '0')
    return kind === 'json' ? `\\u00${hex}` : `\\x${hex}`
  })
}

/** What is printed to standard output, by kind of content. */
export type PrintedKind = 'text' | 'json' | 'yaml'

/** `text` ready for standard output: text formats cleaned, JSON and YAML escaped. */
export function forStdout(text: string, kind: PrintedKind, options?: Readonly<{colour?: boolean}> | null): string {
  return kind === 'text' ? terminalText(text, options) : escapedControls(text, kind)
}
