// Real ZIP archives for tests, made by Info-ZIP's `zip` (Debian package zip): plain, nested (an
// archive is just another file) and password-protected (traditional PKWARE encryption, what
// malware mails use with the password in the text).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function zipArchive(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { password?: string } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-zip-'));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true }); // "word/vbaProject.bin": an OOXML document is a ZIP of parts
      writeFileSync(join(dir, name), content);
    }
    execFileSync('zip', ['-q', '-X', ...(opts.password ? ['-P', opts.password] : []), 'out.zip', ...files.map(([name]) => name)], { cwd: dir });
    return readFileSync(join(dir, 'out.zip'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
