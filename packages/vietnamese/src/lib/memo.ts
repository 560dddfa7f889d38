/**
 * Remembering the answers of a pure function of a string. Plans repeat their wording (an agency
 * name dozens of times, the national scheme's sentences in every plan), so the readers and the
 * matchers ask the same question again and again. The memory is bounded: when it holds `limit`
 * answers it is emptied and starts again, which keeps memory flat over a batch of many plans.
 */

/** `compute`, remembering up to `limit` answers (undefined is an answer too). */
export function memo<Value>(compute: (key: string) => Value, limit: number): (key: string) => Value {
  const answers = new Map<string, Value>()
  return (key) => {
    const known = answers.get(key)
    if (known !== undefined || answers.has(key)) return known as Value
    const value = compute(key)
    if (answers.size >= limit) answers.clear()
    answers.set(key, value)
    return value
  }
}
