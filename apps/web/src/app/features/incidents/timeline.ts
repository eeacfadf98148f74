import type { IncidentResponse, IncidentStatus, PhotoResponse } from '@vigie/shared';

/** The history of an entry, oldest first: its recording, then complements and status changes (authors by name). */
export type TimelineItem =
  | { kind: 'entry'; id: string; at: string; author: string | null }
  | {
      kind: 'amendment';
      id: string;
      at: string;
      author: string | null;
      text: string;
      photos: PhotoResponse[];
    }
  | {
      kind: 'status';
      id: string;
      at: string;
      author: string | null;
      from: IncidentStatus;
      to: IncidentStatus;
      note: string;
    };

/**
 * Merges the complements and the status changes by time. Each list is already in the order it
 * was written (the order of the hash chain), and that order is kept among equal times.
 */
export function buildTimeline(incident: IncidentResponse): TimelineItem[] {
  const items: TimelineItem[] = [
    {
      kind: 'entry',
      id: incident.id,
      at: incident.recordedAt,
      author: incident.authorName ?? incident.author,
    },
    ...incident.amendments.map((amendment): TimelineItem => ({
      kind: 'amendment',
      id: amendment.id,
      at: amendment.createdAt,
      author: amendment.authorName ?? amendment.author,
      text: amendment.text,
      photos: amendment.photos ?? [],
    })),
    ...incident.statusHistory.map((change): TimelineItem => ({
      kind: 'status',
      id: change.id,
      at: change.createdAt,
      author: change.authorName ?? change.author,
      from: change.from,
      to: change.to,
      note: change.note,
    })),
  ];
  const rank = new Map(items.map((item, index) => [item, index]));
  return items.sort(
    (a, b) =>
      (a.kind === 'entry' ? -1 : 0) - (b.kind === 'entry' ? -1 : 0) ||
      Date.parse(a.at) - Date.parse(b.at) ||
      rank.get(a)! - rank.get(b)!,
  );
}
