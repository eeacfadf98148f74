// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the web build, once,
// at build time: the server sends them to browsers that accept them (@fastify/static
// `preCompressed`), so phones download a quarter of the JavaScript without the server
// compressing anything per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { ROOT } from './build-state.mjs';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

export function compressDir(dir) {
  let written = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      written += compressDir(path);
      continue;
    }
    if (!TEXT.test(entry)) continue;
    const content = readFileSync(path);
    if (content.length < 1024) continue;
    const variants = {
      br: brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      }),
      gz: gzipSync(content, { level: 9 }),
    };
    for (const [extension, compressed] of Object.entries(variants)) {
      if (compressed.length >= content.length) continue;
      writeFileSync(`${path}.${extension}`, compressed);
      written += 1;
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(ROOT, 'dist/apps/web/browser');
  console.log(`Fichiers précompressés : ${compressDir(dir)}`);
}
