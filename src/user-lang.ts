// The language each web UI user chose (the header switch, or their browser's at login), kept in the
// store's settings: their pages, their quarantine digest and the bounces of their outgoing mail use it.
import { isLang, type Lang } from './lang.ts';
import type { Store } from './store/types.ts';

export const LANG_KEY = (username: string): string => `user.lang.${username}`;

/** The user's language, English when none was chosen. */
export async function userLang(store: Store, username: string): Promise<Lang> {
  const l = await store.settings.get<string>(LANG_KEY(username));
  return isLang(l) ? l : 'en';
}

/** The language the user with this address chose, or null (no such user, or none chosen). */
export async function addressLang(store: Store, address: string): Promise<Lang | null> {
  const wanted = address.toLowerCase();
  const user = (await store.users.list()).find((u) => u.addresses.some((a) => a.toLowerCase() === wanted));
  const l = user ? await store.settings.get<string>(LANG_KEY(user.username)) : null;
  return isLang(l) ? l : null;
}
