// The paste-command check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages hold a command line that downloads and runs something, tell the
// reader where to paste one (the Run box, a terminal, Ctrl+V), both, and the check's hits. The
// time is the check's alone on parsed messages (three passes, the last counts). The commands found
// are listed on stderr.
// `node --import tsx bench/paste-command.ts`
import { pasteCommandCheck, pasteCommandSigns } from '../src/pipeline/checks/paste-command.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: pasteCommandCheck,
  columns: [['command', 'a download-and-run command'], ['where', 'where to paste it']],
  allHeading: 'both',
  signs: pasteCommandSigns,
  list: (s) => (s.command ? `"${s.command.slice(0, 100)}"${s.where ? ` + "${s.where}"` : ''}` : null),
});
