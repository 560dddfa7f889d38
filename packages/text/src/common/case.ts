/** Letter case of a line, as the readers of a document's layout use it. */

/** True when `value` has letters and none of them is lower case ("KẾ HOẠCH", "2024-2030” TRÊN"). */
export function isUpperCaseLine(value: string): boolean {
  return !/\p{Ll}/u.test(value) && /\p{Lu}/u.test(value)
}
