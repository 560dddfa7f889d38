// A plan as data to compare across formats: no source positions, no source form, keys sorted.
import {stripPositions, type Plan} from '@kehoach/model'

export function canonical(plan: Plan): unknown {
  const sort = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sort)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== 'form')
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([key, inner]) => [key, sort(inner)])
          )
        : value
  return sort(stripPositions(plan))
}
