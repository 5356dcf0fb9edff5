// Remote-access requests (inbound): "Our security systems saw 3,000 messages flood your mailbox.
// A Service Desk technician will contact you on Teams: accept the chat, start Quick Assist and read
// out the code it shows; approve the sign-in prompts on your phone." The follow-up to an e-mail
// bombing wave, the way ransomware affiliates get a hand on the keyboard; no link, no file.
//  - REMOTE_ACCESS_REQUEST: the text (or an attached document's) names a remote-support tool
//    (Quick Assist and its Windows names, "Schnellhilfe", "Asistencia rápida", "Assistenza rapida",
//    "Szybka pomoc", "Быстрая помощь", "Γρήγορη βοήθεια"; AnyDesk, TeamViewer, ScreenConnect,
//    Splashtop, RustDesk, UltraViewer, Supremo) and asks the reader to read out its code or ID to
//    someone, or to approve the sign-in prompts that will come, from a sender that is not
//    authenticated, on free mail, asks for replies elsewhere, or whom no one here has written to.
//    Or the text names a provider's page for signing in a device (microsoft.com/devicelogin,
//    login.microsoft.com/device, google.com/device, github.com/login/device) and asks the reader to
//    enter a code there: device-code phishing. The attacker started the sign-in of his own device;
//    the code the reader enters on the genuine Microsoft page signs that device into the reader's
//    account, MFA included, and no password or link of the attacker's is ever shown.
// The company's own IT writes from our domains; an outside support desk the company works with is a
// correspondent; a software vendor's newsletter that names TeamViewer asks no one for its code.
import { comparableText, firstPhrase, phraseMatches, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** remote-support tools (as comparableText writes: small letters, no accents, й as и; ł stays) */
const TOOL_NAMES = [
  'quick ?assist', 'schnellhilfe', 'asistencia rapida', 'assistenza rapida', 'szybk\\p{L}* pomoc\\p{L}*', 'pomoc\\p{L}* zdaln\\p{L}*',
  'быстр\\p{L}* помощ\\p{L}*', 'γρηγορη βοηθεια', 'anydesk', 'teamviewer', 'screenconnect', 'connectwise control', 'splashtop', 'rustdesk', 'ultraviewer', 'supremo remote',
];
const TOOL = phrasePattern(TOOL_NAMES);
const ANY_TOOL = `(?:${TOOL_NAMES.join('|')})`;
/**
 * the reader asked to read out the tool's code or ID to someone, or to approve sign-in prompts:
 * what a vendor's newsletter about the tool never asks
 */
const START_IT = phrasePattern([
  // or to start the tool itself ("Prosimy przyjąć połączenie i uruchomić narzędzie Szybka pomoc": the forty-first pair's "IT desk" on Gmail)
  // or to have it ready ("przygotować aplikację Pomoc zdalna (Quick Assist)": the forty-third pair's "help desk" tenant),
  // the name in quotation marks ("Starten Sie dann bitte die Windows-App „Schnellhilfe“": the forty-ninth pair's)
  `(?:prepar|przygotow|przygotuj|подготов|ετοιμαστε|start|run|open|launch|uruchom|otworz|wlacz|starten sie|offnen sie|starte|inicie|abra|ejecute|iniciar|abrir|ejecutar|inicia|abre|ejecuta|avvii|apra|esegua|avviare|aprire|eseguire|avvia|apri|esegui|запустите|откроите|запустить|открыть|запусти|открои|ανοιξτε|εκκινηστε|ανοιξε|ξεκινα)\\p{L}* (?:[\\p{L}\\p{N}-]+ ){0,4}?[(„“"'«‚‘]?${ANY_TOOL}`,
  // or to have it ready ("halten Sie die Windows-App "Schnellhilfe" (Quick Assist) bereit": the hundred-and-thirteenth pair's "IT-Service Desk" on Outlook.com)
  // (the tool, the computer or the reader named between: "halten Sie sich bereit", not "halten Sie Ihre Kundennummer bereit")
  String.raw`(?:halten sie|halte|haltet)[^.!?\n]{0,60}?(?:${ANY_TOOL}|rechner|notebook|laptop|computer|pc|sich)[^.!?\n]{0,30}?bereit(?![\p{L}])`,
  String.raw`(?:have|keep) (?:[\p{L}\p{N}-]+ ){0,3}(?:${ANY_TOOL}|computer|laptop|pc)[^.!?\n]{0,20}?(?:ready|open)(?![\p{L}])`,
  '(?:give|tell|send|read out|read|share|provide|dictate)\\p{L}* (?:[\\p{L}\\p{N}-]+ ){0,4}(?:code|id|session (?:code|id)|security code)',
  '(?:approve|accept|confirm) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:sign-?in|login|mfa|authenticator|push) (?:requests?|prompts?|notifications?)',
  // the German compound too: "Nennen Sie dem Kollegen den angezeigten Sicherheitscode" (the forty-ninth pair's "IT-Servicedesk" tenant)
  '(?:nennen|mitteilen|durchgeben|senden|geben) sie (?:[\\p{L}\\p{N}-]+ ){0,4}(?:\\p{L}*code|id)', '(?:nenne|gib|sag|teile) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:\\p{L}*code|id)', '(?:code|id) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:durchgeben|mitteilen|nennen)', '(?:anmeldeanfrage|anmeldeanfragen|anmeldung\\p{L}*) (?:[\\p{L}\\p{N}-]+ ){0,3}(?:bestatigen|genehmigen)',
  '(?:facilite|indique|comunique|proporcione|diga|dicte|facilitar|indicar|comunicar|proporcionar|dictar|facilita|comunica|proporciona|dicta)\\p{L}* (?:[\\p{L}\\p{N}-]+ ){0,4}(?:codigo|id)', '(?:apruebe|aprobar|acepte|aceptar) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:solicitud|notificacion|aviso)\\p{L}* de (?:inicio de sesion|acceso)',
  '(?:comunicare|comunichi|fornire|fornisca|dettare|detti|indicare|indichi|dare|dia|comunica|fornisci|detta|indica)\\p{L}* (?:[\\p{L}\\p{N}-]+ ){0,4}(?:codice|id)', '(?:approvare|approvi|confermare|confermi) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:richiest\\p{L}*|notific\\p{L}*) di accesso',
  '(?:podac|podaj|podajcie|przekazac|przekaz|przekazcie|przeczytac|przeczytaj|podyktuj|podyktowac) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:kod\\p{L}*|id)', '(?:zatwierd\\p{L}*|zaakceptuj\\p{L}*|potwierd\\p{L}*) (?:[\\p{L}\\p{N}-]+ ){0,6}(?:logowani\\p{L}*|authenticator)',
  '(?:сообщите|сообщи|сообщить|назовите|назови|назвать|продиктуите|продиктуи|продиктовать|передаите|передаи|передать|скажите|скажи) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:код\\p{L}*|id)', '(?:подтверд\\p{L}*|одобр\\p{L}*) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:вход\\p{L}*|запрос\\p{L}* на вход)',
  // the workstation's address AnyDesk shows, and the connection to be accepted ("пришлите в ответ на это письмо 9-значный адрес рабочего
  // места … подтвердите подключение специалиста": the ninety-fifth pair's "1С:ИТС update")
  '(?:пришлите|отправьте|пришли|отправь) (?:[\\p{L}\\p{N}-]+ ){0,6}(?:код\\p{L}*|id|адрес\\p{L}* рабочего места|номер\\p{L}* рабочего места)',
  '(?:подтвердите|подтверди|разрешите|разреши|примите|прими) (?:[\\p{L}\\p{N}-]+ ){0,2}(?:подключени\\p{L}*|удаленн\\p{L}* доступ\\p{L}*)',
  '(?:accept|approve|allow|confirm) (?:the |our )?(?:incoming |remote )?(?:connection|session|remote access)(?: request)?',
  '(?:verbindung|fernzugriff|sitzung)\\p{L}* (?:[\\p{L}\\p{N}-]+ ){0,2}(?:annehmen|akzeptieren|bestatigen|zulassen|erlauben)',
  '(?:acepte|aceptar|permita|permitir|confirme|confirmar) (?:la )?(?:conexion|sesion|solicitud de conexion|acceso remoto)',
  '(?:accetti|accettare|consenta|consentire|confermi|confermare) (?:la )?(?:connessione|sessione|richiesta di connessione|accesso remoto)',
  '(?:zaakceptuj|zaakceptowac|zatwierdz|zatwierdzic|zezwol|zezwolic)\\p{L}* (?:\\p{L}+ )?(?:polaczeni|sesj|dostep\\p{L}* zdaln)\\p{L}*',
  '(?:αποδεχτειτε|αποδεχτειτε|εγκρινετε|επιτρεψτε) (?:τη |την )?(?:συνδεση|απομακρυσμενη προσβαση|συνεδρια)',
  '(?:δωστε|πειτε|στειλτε|υπαγορευστε|διαβαστε|δωσε|πες|στειλε|διαβασε) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:κωδικ\\p{L}*|id)', '(?:εγκριν\\p{L}*|αποδεχτειτε|επιβεβαιωστε) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:αιτημα\\p{L}*|ειδοποιησ\\p{L}*) συνδεσ\\p{L}*',
]);

/** the providers' pages where a device's sign-in is completed with a code (the device-code flow) */
const DEVICE_PAGE = phrasePattern([
  '(?:www\\.)?microsoft\\.com/(?:devicelogin|link)(?![\\p{L}/])', 'aka\\.ms/devicelogin', 'login\\.microsoft(?:online)?\\.com/(?:[\\p{L}\\p{N}.-]+/)?(?:oauth2/)?(?:deviceauth|device)(?![\\p{L}])',
  '(?:www\\.)?google\\.com/device(?![\\p{L}])', 'github\\.com/login/device(?![\\p{L}])',
]);
/** such a page among an HTML body's link addresses (a cheap look before its links are read) */
const DEVICE_PAGE_IN_HTML = /microsoft\.com\/(?:devicelogin|link)|aka\.ms\/devicelogin|login\.microsoft(?:online)?\.com\/[^"'\s>]*device|google\.com\/device|github\.com\/login\/device/i;
/** the reader asked to enter a code (on such a page) */
const ENTER_CODE = phrasePattern([
  '(?:enter|type|input|paste) (?:[\\p{L}\\p{N}-]+ ){0,3}code', 'geben sie (?:[\\p{L}\\p{N}-]+ ){0,5}code (?:[\\p{L}\\p{N}-]+ ){0,4}ein', 'code (?:[\\p{L}\\p{N}-]+ ){0,3}eingeben',
  '(?:introduzca|introduce|introducir|ingrese|ingresa|ingresar|escriba|escribe) (?:[\\p{L}\\p{N}-]+ ){0,3}codigo',
  '(?:inserisci|inserisca|inserire|immetti|immetta|immettere|digita|digiti|digitare) (?:[\\p{L}\\p{N}-]+ ){0,3}codice',
  '(?:wpisz|wpiszcie|wpisac|wprowadz|wprowadzcie|wprowadzic) (?:[\\p{L}\\p{N}-]+ ){0,3}kod', '(?:введите|введи|ввести|укажите) (?:[\\p{L}\\p{N}-]+ ){0,3}код',
  '(?:εισαγαγετε|εισαγετε|πληκτρολογηστε|καταχωριστε) (?:[\\p{L}\\p{N}-]+ ){0,3}κωδικ',
]);

/**
 * Words of a warning about the scam just before a request ("the bank never asks you to read out a
 * code", "fraudsters persuade you to install AnyDesk", "oszuści…", "мошенники…"): a security
 * bulletin describes the request, it does not make it. The short words only whole: "mai" begins
 * "mail" and "maintenance" (the eighty-second pair's device-code "Teams" invitation about a "2027
 * maintenance renewal" had read as warned against).
 */
const WARNING = /(?<![\p{L}])(?:(?:never|nigdy|niemals|nie ?mals|nunca|jamas|mai|никогда|ποτε)(?![\p{L}])|fraudster\p{L}*|scammer\p{L}*|criminal\p{L}*|betruger\p{L}*|kriminell\p{L}*|estafador\p{L}*|delincuente\p{L}*|truffator\p{L}*|malintenzionat\p{L}*|oszus\p{L}*|przestepc\p{L}*|мошенн\p{L}*|злоумышл\p{L}*|απατεων\p{L}*)/u;
/** characters before a request read for a warning */
const WARNING_BEFORE = 160;

/** The first request (of a pattern) in a text that no warning precedes, or null. */
function requestIn(text: string, pattern: RegExp): string | null {
  for (const m of phraseMatches(text, pattern)) {
    if (!WARNING.test(text.slice(Math.max(0, m.index - WARNING_BEFORE), m.index))) return m[0];
  }
  return null;
}

/**
 * The tool (or device sign-in page) and the request in texts (see readerTexts), each the first
 * found: a remote-support tool with its code to read out or prompts to approve, else a device
 * sign-in page with a code to enter.
 */
export function remoteAccessSigns(texts: ReadonlyArray<{ text: string }>): { tool: string | null; request: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  const first = (pattern: RegExp): string | null => read.map((t) => requestIn(t, pattern)).find((r) => r !== null) ?? null;
  const tool = firstPhrase(read, TOOL);
  const request = first(START_IT);
  if (tool && request) return { tool, request };
  const page = firstPhrase(read, DEVICE_PAGE);
  const entry = first(ENTER_CODE);
  return page && entry ? { tool: page, request: entry } : { tool: tool ?? page, request: request ?? entry };
}

/**
 * A link that fetches a remote-support tool's client, or joins its guest session: ScreenConnect's
 * (ConnectWise Control's) "/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&h=…" on an instance
 * of its cloud, AnyDesk's or TeamViewer QuickSupport's download, Atera's agent, SimpleHelp's,
 * NetSupport's client, LogMeIn Rescue's. Sent as a "Document Viewer" for an invoice (the
 * ninety-second pair's hijacked accountant): the reader installs the attacker's remote access
 * himself, and the installer is genuinely signed, so no scanner objects.
 */
const REMOTE_CLIENT_LINK = /https?:\/\/[^\s"'<>]*(?:screenconnect\.com\/bin\/|screenconnect\.(?:client|windowsclient)[^\s"'<>]*\.(?:exe|msi)|[?&]e=access&y=guest|connectwisecontrol[^\s"'<>]*\.(?:exe|msi)|download\.anydesk\.com|anydesk[^\s"'<>\/]*\.exe|get\.teamviewer\.com\/|teamviewerqs[^\s"'<>\/]*\.exe|atera\.com\/getagent|agenthost\.atera|\/access\/jwrapper-remote|simplehelp[^\s"'<>]*\.(?:exe|msi)|client32\.exe|logmeinrescue\.com\/|rustdesk[^\s"'<>\/]*\.(?:exe|msi))[^\s"'<>]*/i;

/** The first link (of the message's links, one per line) to a remote-support tool's client or guest session, or null. */
export const remoteClientLink = (links: string): string | null => REMOTE_CLIENT_LINK.exec(links)?.[0] ?? null;

export { scamFormOptionsSchema as remoteAccessOptionsSchema } from './scam-form.ts';

export const remoteAccessCheck = scamFormCheck({
  name: 'remote-access',
  symbol: 'REMOTE_ACCESS_REQUEST',
  // the tool or page first: few messages name one (a device page may be only a link's address in the HTML)
  gate: (texts, view) => texts.some((t) => { const c = comparableText(t.text); return TOOL.test(c) || DEVICE_PAGE.test(c); }) || DEVICE_PAGE_IN_HTML.test(view.html ?? '')
    || REMOTE_CLIENT_LINK.test(view.html ?? '') || texts.some((t) => REMOTE_CLIENT_LINK.test(t.text)),
  describe: (texts) => {
    const { tool, request } = remoteAccessSigns(texts);
    if (tool && request) return `names "${tool}" and asks "${request}"`;
    const client = remoteClientLink(texts.find((t) => t.where === ' in its links')?.text ?? '');
    return client ? `links to a remote-support tool's client or session (${client.length > 120 ? `${client.slice(0, 117)}...` : client})` : null;
  },
  strangersDoubtful: true,
  // a device sign-in page may be only a link's address ("open the <a>secure viewer</a> and enter the code")
  readsLinks: true,
});

export default remoteAccessCheck;
