/**
 * A plan's words on one line of a Markdown report (`review -f md`, `check -f md`). CommonMark ends a
 * line at LF, CRLF and a lone CR, so a CR in an issuer would otherwise start a heading or a table row
 * of the plan's own: line ends and every other control character (C0, DEL, C1) become one space, and
 * `\` and `|` are escaped. The coverage report's Markdown (`@kehoach/coverage`) keeps the same rule.
 */

/** A run of control characters, line ends included. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/gu

/** `text` as one line of Markdown: controls to a space, `\` and `|` escaped. */
export function markdownLine(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(CONTROLS, ' ')
}
