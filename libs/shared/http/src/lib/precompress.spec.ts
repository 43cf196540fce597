import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressFolder } from './precompress';

describe('precompressing the built portal', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'accord-precompress-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz for text assets that decompress to the original, once', () => {
    const js = 'export const x = "a portal chunk";\n'.repeat(200);
    writeFileSync(join(dir, 'main.js'), js);
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096));
    expect(precompressFolder(dir)).toEqual({ files: 1, written: 2 });
    expect(brotliDecompressSync(readFileSync(join(dir, 'main.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'main.js.gz'))).toString()).toBe(js);
    expect(statSync(join(dir, 'main.js.br')).size).toBeLessThan(js.length / 4);
    expect(precompressFolder(dir)).toEqual({ files: 1, written: 0 });
  });
});
