// Links that download a file rather than open a page: a shared file on a file host (Dropbox, Yandex
// Disk, MEGA, WeTransfer, Google Drive, OneDrive's short links…), or an archive or a disk image
// anywhere ("…/wp-content/uploads/2026/12/Exodiko_fakelos.zip"). Where a fraud puts the file it
// cannot attach past the scanner: a legal claim's "papers" (legal-download), a locked archive whose
// password the text gives (links: LINK_ARCHIVE_PASSWORD). Forms and free web pages are no downloads.
import { hostOfUrl } from './scripts.ts';

/** file hosts whose shared files a link opens (a host and its subdomains; not docs.google.com, whose forms are no files) */
const FILE_HOSTS = [
  'dropbox.com', 'dropboxusercontent.com', 'db.tt', 'disk.yandex.ru', 'disk.yandex.com', 'disk.360.yandex.ru', 'yadi.sk', 'cloud.mail.ru', 'mega.nz', 'mega.io',
  'wetransfer.com', 'we.tl', 'drive.google.com', 'drive.usercontent.google.com', '1drv.ms', 'onedrive.live.com', 'box.com', 'mediafire.com',
  'sendspace.com', 'files.fm', 'gofile.io', 'pcloud.com', 'pcloud.link', 'u.pcloud.link', 'swisstransfer.com', 'transfernow.net', 'filemail.com', 'fromsmash.com',
  '4shared.com', 'icedrive.net', 'jumpshare.com', 'tresorit.com', 'send.cm', 'anonfiles.com', 'filetransfer.io', 'dosya.tc', 'wetransfer.net',
];
/**
 * A file or folder shared on a file host, by the shapes of the services' sharing links rather than by
 * the host alone (SharePoint's and OneDrive for Business's are links.ts's sharePointShare): Dropbox's
 * own receipt, linking to the account's billing page, shares no file.
 */
const SHARED_FILE_LINK = new RegExp(String.raw`^https?://(?:1drv\.ms/|onedrive\.live\.com/|drive\.google\.com/(?:file|drive|open|uc)(?![\w-])|`
  + String.raw`docs\.google\.com/(?:document|spreadsheets|presentation|drawings)/|(?:www\.)?dropbox\.com/(?:s|scl|sh)/|dl\.dropboxusercontent\.com/|`
  + String.raw`(?:[\w-]+\.)*box\.com/s/|(?:www\.)?wetransfer\.com/downloads/|we\.tl/|mega\.nz/(?:file|folder)/|disk\.yandex\.[a-z]+/[di]/|yadi\.sk/|`
  + String.raw`cloud\.mail\.ru/public/|(?:www\.)?icloud\.com/iclouddrive/)`, 'i');

/** Whether a link is a file or folder shared on a file host (a Google document too), by the shape of its address. */
export const isSharedFileLink = (url: string): boolean => SHARED_FILE_LINK.test(url);

/** an archive's or disk image's name (a file's, or the end of a link's path) */
export const ARCHIVE_FILE = /\.(?:zip|rar|7z|r\d\d|tar|t?gz|tbz2?|bz2|xz|cab|ace|arj|lzh|z|iso|img|vhdx?)$/i;

/** Whether a link opens a shared file (a file host's, or an archive or disk image anywhere). */
export function isDownloadLink(url: string): boolean {
  const host = hostOfUrl(url);
  if (!host || !/^https?:\/\//i.test(url)) return false;
  if (FILE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  let path = url.replace(/^https?:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // a broken escape: read as written
  }
  return ARCHIVE_FILE.test(path);
}

/** WordPress's folders for uploads, themes and its own code, not its plugins' */
export const WP_FILES = /\/(?:wp-content\/(?:uploads|themes|upgrade|languages)|wp-includes|wp-admin\/(?:css|js|images|includes|maint|network|user))\//i;

/**
 * Whether a link leads into a WordPress site's folders for files ("…/wp-content/uploads/2026/12/exodiko/?doc=…"):
 * where a hacked site serves what a fraud cannot attach, file or page; no firm's papers are kept in a café's uploads.
 */
export function inWordPressFiles(url: string): boolean {
  return /^https?:\/\//i.test(url) && WP_FILES.test(url.replace(/^https?:\/\/[^/?#]*/i, '').replace(/[?#].*$/, ''));
}

