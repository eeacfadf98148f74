import { constants } from 'node:zlib';

import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * How the API's answers are compressed. They are made per request, so what counts is the time
 * spent before the first byte leaves, not the last percent of size:
 *
 * - the fastest levels (gzip 1, brotli 1) keep nearly all of the gain on JSON (a page of 50
 *   entries, ~30 KB: ~4 KB either way) for a fraction of the time (gzip's default 6 spent several
 *   milliseconds on it, the largest share of the main courante's first page above the floor);
 * - an answer up to `syncThreshold` is compressed in one synchronous call with its length known.
 *   Above the plugin's default (8 KB on two cores) it went through a stream to the thread pool:
 *   more turns of the event loop and a chunked answer, for less than a millisecond of work.
 *
 * The web build's files are not concerned: their compressed copies are made at build time.
 */
export const API_COMPRESSION: FastifyCompressOptions = {
  encodings: ['br', 'gzip'],
  // No client of Vigie sends compressed bodies.
  globalDecompression: false,
  zlibOptions: { level: 1 },
  brotliOptions: {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  },
  // A planning week (~90 KB) included: compressed at these levels in well under a millisecond.
  syncThreshold: 256 * 1024,
};
