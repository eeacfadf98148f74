/**
 * Lengths of the video fields (cameras, footage requests), read by the DTOs' decorators (API) and
 * by the forms' validators (web). The camera code pattern is in video.rules. Pure.
 */
export const VIDEO_LIMITS = {
  cameraLabel: { min: 3, max: 120 },
  cameraNote: { max: 500 },
  footageReason: { min: 3, max: 1_000 },
  footageReference: { max: 80 },
  footageNote: { max: 1_000 },
  footageRecipient: { min: 3, max: 200 },
  /** The year of the deployment plan a camera belongs to. */
  plannedYear: { min: 2020, max: 2040 },
  /** Cameras the plan foresees for one year and kind, and lines in the plan. */
  plannedCount: { min: 0, max: 1_000 },
  planLines: { max: 42 },
} as const;
