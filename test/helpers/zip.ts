// Real ZIP archives, ISO images and 7-Zip archives for tests, made by Info-ZIP's `zip` (Debian
// package zip), genisoimage and 7-Zip's `7zz` (Debian package 7zip). ZIPs: plain, nested (an archive is just another file) and password-protected
// (traditional PKWARE encryption, what malware mails use with the password in the text).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function zipArchive(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { password?: string; stored?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-zip-'));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true }); // "word/vbaProject.bin": an OOXML document is a ZIP of parts
      writeFileSync(join(dir, name), content);
    }
    execFileSync('zip', ['-q', '-X', ...(opts.stored ? ['-0'] : []), ...(opts.password ? ['-P', opts.password] : []), 'out.zip', ...files.map(([name]) => name)], { cwd: dir });
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

/**
 * A real 7-Zip archive made by 7zz: header compressed with LZMA (7-Zip's default), optionally
 * password-protected (AES-256) and with encrypted names (`-mhe=on`, the header itself encrypted).
 * With `zipEncryption` 7zz writes a password-protected ZIP instead, the way Windows tools do
 * (ZipCrypto without a data descriptor, unlike Info-ZIP's, or WinZip AES).
 */
export function sevenZipArchive(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { password?: string; encryptNames?: boolean; method?: string; level?: number; solid?: boolean; zipEncryption?: 'ZipCrypto' | 'AES128' | 'AES256' } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-7z-'));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const out = opts.zipEncryption ? 'out.zip' : 'out.7z';
    const args = ['a', '-bd', '-bso0', ...(opts.zipEncryption ? ['-tzip', `-mem=${opts.zipEncryption}`] : []), ...(opts.method ? [`-m0=${opts.method}`] : []), ...(opts.level !== undefined ? [`-mx=${opts.level}`] : []), ...(opts.solid === false ? ['-ms=off'] : []),
      ...(opts.password ? [`-p${opts.password}`] : []), ...(opts.encryptNames ? ['-mhe=on'] : []), out, ...files.map(([name]) => name)];
    execFileSync('7zz', args, { cwd: dir });
    return readFileSync(join(dir, out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The file names 7zz itself lists in an archive (directories left out), to check the reader against. */
export function sevenZipNames(archive: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mm-7z-'));
  try {
    writeFileSync(join(dir, 'a.7z'), archive);
    const out = execFileSync('7zz', ['l', '-slt', '-ba', 'a.7z'], { cwd: dir, encoding: 'utf8' });
    return out.split(/\n\n+/).filter((e) => /^Path = /m.test(e) && !/^Attributes = D/m.test(e) && !/^Folder = \+/m.test(e)).map((e) => /^Path = (.*)$/m.exec(e)![1]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A real tar archive made by GNU tar in this format (GNU's long names, POSIX pax, or plain ustar), compressed with `gzip` or `xz` if asked. */
export function tarArchive(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { format?: 'gnu' | 'posix' | 'ustar'; gzip?: boolean; xz?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-tar-'));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(dir, 'root', name)), { recursive: true });
      writeFileSync(join(dir, 'root', name), content);
    }
    execFileSync('tar', [`--format=${opts.format ?? 'gnu'}`, ...(opts.gzip ? ['-z'] : []), ...(opts.xz ? ['-J'] : []), '-cf', join(dir, 'out'), '-C', join(dir, 'root'), ...files.map(([name]) => name)]);
    return readFileSync(join(dir, 'out'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file compressed by `gzip`, which keeps its name in the header (`-n` leaves the name out). */
export function gzipFile(name: string, content: Buffer | string, opts: { keepName?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-gz-'));
  try {
    writeFileSync(join(dir, name), content);
    return execFileSync('gzip', ['-c', ...(opts.keepName === false ? ['-n'] : ['-N']), name], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes compressed by `xz` with these options (`--block-size` for several blocks, `--x86` for a filter chain…). */
export function xzFile(content: Buffer | string, args: readonly string[] = []): Buffer {
  return execFileSync('xz', ['-c', ...args], { input: content, maxBuffer: 64 * 1024 * 1024 });
}
