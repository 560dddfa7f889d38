import type {Target} from '@kehoach/model'

/**
 * The measures of a target beyond its value, unit and comparator (upper bound, denominator,
 * deadline) copied onto `into`, each only when it is set: the one way a target's fields are
 * carried over, to a drafted plan's target or to a report's summary of one.
 */
export function copyTargetMeasures<T extends object>(
  into: T,
  from: Readonly<Pick<Target, 'max' | 'per' | 'deadline'>>
): T & Pick<Target, 'max' | 'per' | 'deadline'> {
  const copy = into as T & Pick<Target, 'max' | 'per' | 'deadline'>
  if (from.max !== undefined) copy.max = from.max
  if (from.per) copy.per = from.per
  if (from.deadline) copy.deadline = from.deadline
  return copy
}
