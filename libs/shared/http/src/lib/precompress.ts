import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|webmanifest)$/i;
const MIN_BYTES = 1024;

export interface PrecompressResult {
  files: number;
  written: number;
}

/**
 * Writes `.br` and `.gz` beside each text asset of the built portal (once per build: skipped when already
 * newer than the source), so @fastify/static can answer with `preCompressed`. On a slow phone link the
 * initial JavaScript shrinks about four times. Throws if the folder cannot be written (a read-only image):
 * the caller then serves the files uncompressed.
 */
export function precompressFolder(root: string): PrecompressResult {
  const result = { files: 0, written: 0 };
  for (const file of textAssets(root)) {
    result.files += 1;
    const source = statSync(file);
    const content = readFileSync(file);
    for (const [ext, compress] of ENCODERS) {
      const target = `${file}${ext}`;
      if (isFresh(target, source.mtimeMs)) continue;
      // Write then rename: another process starting on the same build never serves a half-written file.
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, compress(content));
      renameSync(temporary, target);
      result.written += 1;
    }
  }
  return result;
}

const ENCODERS: Array<[string, (b: Buffer) => Buffer]> = [
  ['.br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })],
  ['.gz', (b) => gzipSync(b, { level: 9 })],
];

function textAssets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textAssets(path);
    return COMPRESSIBLE.test(entry.name) && statSync(path).size >= MIN_BYTES ? [path] : [];
  });
}

function isFresh(target: string, sourceMtimeMs: number): boolean {
  try {
    return statSync(target).mtimeMs >= sourceMtimeMs;
  } catch {
    return false;
  }
}
