// The web addresses written in text ("https://…", "www.…"), as the tokenizer, the link checks and
// the calendar reader find them. Global: use with matchAll.
export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s"'<>()[\]{}]+/gi;
