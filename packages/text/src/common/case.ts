/** Letter case of a line, as the readers of a document's layout use it. */

/** True when `value` has letters and none of them is lower case ("KẾ HOẠCH", "2024-2030” TRÊN"). */
export function isUpperCaseLine(value: string): boolean {
  let letters = 0
  for (const char of value) {
    if (/\p{Ll}/u.test(char)) return false
    if (/\p{Lu}/u.test(char)) letters++
  }
  return letters > 0
}
