import type {Timeline} from '@kehoach/model'

/** The latest date a timeline reaches, for comparing with a scheme's period. */
export function timelineEnd(timeline: Timeline | null | undefined): string | null {
  if (!timeline) return null
  if (timeline.kind === 'milestones') {
    let latest: string | null = null
    for (const milestone of timeline.milestones ?? []) {
      const end = timelineEnd(milestone.timeline)
      if (end && (!latest || end > latest)) latest = end
    }
    return latest
  }
  return timeline.to ?? null
}
