import { CameraRefResponse, FootageRequestResponse } from '../video/video.response';
import { IncidentActionKind, IncidentStatus } from './incident.taxonomy';

export class IncidentLocationResponse {
  address!: string;
  quartier!: string;
  lat!: number | null;
  lng!: number | null;
}

export class IncidentActionResponse {
  kind!: IncidentActionKind;
  natinf!: string | null;
  note!: string | null;
}

export class IncidentAgentResponse {
  id!: string;
  name!: string;
}

export class IncidentSummaryResponse {
  id!: string;
  /** MC-2026-000123 */
  number!: string;
  occurredAt!: string;
  recordedAt!: string;
  category!: string;
  categoryLabel!: string;
  location!: IncidentLocationResponse;
  summary!: string;
  status!: IncidentStatus;
  agents!: IncidentAgentResponse[];
  amendmentCount!: number;
  /**
   * When its content was erased at the end of its retention (3 years); null before. An erased
   * entry keeps its number, dates, category, quartier and status; its `summary` reads
   * `ERASED_ENTRY_LABEL`, the rest is empty.
   */
  erasedAt!: string | null;
}

/** A photo of an entry or of a complement, named by its content's SHA-256. */
export class PhotoResponse {
  sha256!: string;
  mediaType!: string;
  /** Bytes. */
  size!: number;
}

/** A photo received (`POST /api/incidents/photos`), to be named in an entry or a complement. */
export class PhotoUploadResponse extends PhotoResponse {}

export class AmendmentResponse {
  id!: string;
  text!: string;
  /** The author's login. */
  author!: string | null;
  /** The author's name as people read it (« Karim Benali »); null when the account is unknown. */
  authorName!: string | null;
  createdAt!: string;
  /** Its photos, in order (read them at `GET /api/incidents/{id}/photos/{sha256}`). */
  photos!: PhotoResponse[];
}

export class StatusChangeResponse {
  id!: string;
  from!: IncidentStatus;
  to!: IncidentStatus;
  note!: string;
  /** The author's login. */
  author!: string | null;
  /** The author's name as people read it; null when the account is unknown. */
  authorName!: string | null;
  createdAt!: string;
}

export class IncidentResponse extends IncidentSummaryResponse {
  description!: string;
  actions!: IncidentActionResponse[];
  cameraIds!: string[];
  /** The cameras of `cameraIds`, by code. */
  cameras!: CameraRefResponse[];
  /** The footage requests linked to the entry, most urgent first (SUPERVISOR and CHIEF; empty for agents). */
  footageRequests!: FootageRequestResponse[];
  /** The login of the user who recorded the entry. */
  author!: string | null;
  /** His name as people read it; null when the account is unknown. */
  authorName!: string | null;
  /** Its photos, in order (read them at `GET /api/incidents/{id}/photos/{sha256}`); none once erased. */
  photos!: PhotoResponse[];
  /** In the order they were written. */
  amendments!: AmendmentResponse[];
  statusHistory!: StatusChangeResponse[];
}

export class IncidentPageResponse {
  items!: IncidentSummaryResponse[];
  nextCursor!: string | null;
}

export class ChainHeadResponse {
  seq!: number;
  hash!: string;
}

/** Where the chain starts again after the retention purge: the last link deleted. */
export class ChainAnchorResponse {
  seq!: number;
  hash!: string;
  purgedAt!: string;
  /** Entries recorded before this instant were purged (whole prefixes of the chain only). */
  recordedBefore!: string;
}

/**
 * A head exported earlier, checked against the chain: FOUND (still there, same hash), PURGED
 * (before the anchor of a retention purge), MISMATCH (another hash at that place: the chain
 * was re-computed) or MISSING (the chain no longer reaches it: truncated).
 */
export type ExportedHeadStatus = 'FOUND' | 'PURGED' | 'MISMATCH' | 'MISSING';

export class ExportedHeadResponse {
  seq!: number;
  hash!: string;
  status!: ExportedHeadStatus;
  /** In French, for the chief. */
  message!: string;
}

export class IntegrityResponse {
  ok!: boolean;
  /** Links re-computed. */
  checked!: number;
  /** The entry of the first link whose content or hash no longer matches, or a link missing. */
  firstBrokenId!: string | null;
  /** French explanation of the first break. */
  problem!: string | null;
  /** The last link: export it (seq and hash) to keep it outside the database. */
  head!: ChainHeadResponse | null;
  /** The last retention purge, from which the chain is verified; null before any. */
  anchor!: ChainAnchorResponse | null;
  /** The head given as `?seq=&hash=`, checked against the chain; null without one. */
  exported!: ExportedHeadResponse | null;
}

export class StatsBucketResponse {
  /**
   * A category code, a quartier, an ISO week (2026-W24), `isoDay-hour` (1-22 = Monday 22:00) or a
   * position cell `row:column` (its middle: `positionCellCentre`).
   */
  key!: string;
  label!: string;
  count!: number;
}

export class IncidentStatsResponse {
  from!: string;
  to!: string;
  by!: string;
  total!: number;
  buckets!: StatsBucketResponse[];
}

export class TaxonomyCategoryResponse {
  code!: string;
  label!: string;
}

export class TaxonomyGroupResponse extends TaxonomyCategoryResponse {
  children!: TaxonomyCategoryResponse[];
}

export class TaxonomyResponse {
  categories!: TaxonomyGroupResponse[];
  quartiers!: TaxonomyCategoryResponse[];
  actions!: TaxonomyCategoryResponse[];
  statuses!: TaxonomyCategoryResponse[];
}
