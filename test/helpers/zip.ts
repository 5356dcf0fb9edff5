// Real ZIP archives and ISO images for tests, made by Info-ZIP's `zip` (Debian package zip) and
// genisoimage. ZIPs: plain, nested (an archive is just another file) and password-protected
// (traditional PKWARE encryption, what malware mails use with the password in the text).
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

/** A real ISO 9660 image with Joliet names, made by genisoimage (Debian package genisoimage). */
export function isoImage(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { joliet?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-iso-'));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(dir, 'root', name)), { recursive: true });
      writeFileSync(join(dir, 'root', name), content);
    }
    execFileSync('genisoimage', ['-quiet', ...(opts.joliet === false ? [] : ['-J', '-r']), '-o', join(dir, 'out.iso'), join(dir, 'root')]);
    return readFileSync(join(dir, 'out.iso'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
