// CEO fraud without the CEO's name in From (inbound): "I write on the instruction of Mr Müller; the
// acquisition is strictly confidential and must not be discussed with anyone in the company; an
// escrow deposit of EUR 184,500 must be transferred today", from a "lawyer", an "auditor" or the
// "CEO" on a private address. Secrecy is what the fraud needs: a colleague asked would stop it.
//  - SECRET_TRANSFER_REQUEST: the text (or an attached document's) asks the reader to keep the
//    matter from others in one of the offices' languages ("must not be discussed with anyone",
//    "mit niemandem besprechen", "no lo comente con nadie", "non ne parli con nessuno", "nie
//    rozmawiaj o tym z nikim", "никому не говорите", "μην το συζητήσετε με κανέναν", "keep this
//    between us") and asks for money (a sum to pay or transfer, an IBAN, or a payment to make whose
//    sum and account are to follow: "disporre un pagamento … Le invierò le istruzioni"; or, the fraud's
//    first stage, the reader's mobile number to go on by WhatsApp, or a caller's instructions to
//    follow: the fake officer or lawyer who will ring), while the sender's word
//    is not to be taken: not authenticated for its From domain, on free mail, or asking for replies
//    at another organisation.
// Legal footers say "do not disclose" to a wrong recipient and name no one to keep it from; privacy
// notices promise not to share "your data" with anyone; banks warn never to tell anyone a password
// or a code; honest confidential deals come from an authenticated firm that wants the replies at home.
import { demandedSum } from '../../content/crypto-wallets.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { ibansIn } from '../../content/bank-accounts.ts';
import { numberAskedFor } from './messenger-pivot.ts';
import { giftCardSigns } from './gift-card.ts';
import { scamFormCheck } from './scam-form.ts';

/** up to four words between a phrase's parts ("must not be discussed with anyone") */
// elided articles count as words ("non parlare dell'operazione con altri colleghi": the seventy-third pair's fake lawyer)
const WORDS = String.raw`(?:[\p{L}\p{N}'’-]+ ){0,4}`;

/** "Tell no one", in the offices' languages (as comparableText reads: no accents, small letters; й reads и) */
const SECRECY = phrasePattern([
  // English
  String.raw`(?:not|never|don['’]?t) ${WORDS}(?:discuss|share|mention|disclose|tell|inform|forward)\p{L}* ${WORDS}(?:with|to) (?:anyone|anybody|no one|colleagues|your colleagues|others|other staff|other colleagues|other departments|other offices|the team|(?:other |any )?(?:members of (?:staff|the team)|staff members|employees|team members))`,
  String.raw`(?:not|never|don['’]?t) ${WORDS}(?:discuss|share|mention|disclose)\p{L}* ${WORDS}internally`,
  String.raw`keep (?:this|it|the matter) (?:strictly )?(?:between us|between you and me|to yourself|confidential until)`,
  // the court, the bank or the police not to be contacted directly ("le ruego máxima discreción … y que no contacten directamente con
  // el Juzgado": the ninety-seventh pair's fake lawyer asking for a court deposit), the one who could tell the reader it is a fraud
  String.raw`no (?:contacten|contacte|llamen|llame|escriban|escriba) (?:\p{L}+ ){0,2}(?:con )?(?:el juzgado|el tribunal|el banco|la policia|la notaria|hacienda)`,
  String.raw`non (?:contattate|contatti|chiamate|chiami|scrivete|scriva) (?:\p{L}+ ){0,2}(?:il tribunale|la banca|la polizia|il notaio|la procura)`,
  String.raw`(?:kontaktieren|rufen|schreiben) sie (?:\p{L}+ ){0,2}nicht (?:\p{L}+ ){0,2}(?:das gericht|die bank|die polizei|den notar|beim gericht|bei der bank)`,
  String.raw`(?:do not|don't|never) (?:contact|call|write to) (?:\p{L}+ ){0,2}(?:the court|the bank|the police|the notary|hmrc)`,
  String.raw`nie (?:kontaktuj\p{L}*|dzwon\p{L}*|pisz\p{L}*) (?:sie )?(?:\p{L}+ ){0,2}z (?:sadem|bankiem|policja|notariuszem)`,
  String.raw`не (?:связывайтесь|звоните|пишите|обращайтесь) (?:\p{L}+ ){0,2}(?:с судом|в суд|с банком|в банк|в полицию|с полицией)`,
  String.raw`μην (?:επικοινωνησετε|τηλεφωνησετε|απευθυνθειτε) (?:\p{L}+ ){0,2}(?:με το δικαστηριο|με την τραπεζα|με την αστυνομια|στο δικαστηριο|στην τραπεζα)`,
  // "keep it to yourself" in the other languages ("Tienilo per te per ora, è una sorpresa": the ninety-fifth pair's gift-card "manager")
  String.raw`(?:tienilo|tienila|tenetelo|tenetela|lo tenga|la tenga) per (?:te|voi|se|lei)`, String.raw`(?:guardatelo|guardeselo|guardalo) para (?:ti|usted)`,
  String.raw`(?:behalte|behalten sie) (?:es|das|dies) (?:bitte )?(?:vorerst |erst einmal |noch )?fur (?:dich|sich)`, String.raw`zachowaj (?:to|prosze to) (?:na razie )?dla siebie`,
  String.raw`(?:держи|держите|оставь|оставьте) (?:это|пока это) (?:пока )?при себе`, String.raw`κρατ(?:α|ηστε) το (?:προς το παρον )?για (?:τον εαυτο σου|εσας)`,
  String.raw`(?:not|never|don['’]?t) ${WORDS}(?:tell|inform|notify)\p{L}* (?:anyone|anybody)`,
  // confidential "even internally" ("Bitte behandeln Sie das absolut vertraulich, auch intern")
  String.raw`(?:strictly|absolutely|completely|entirely) confidential,? (?:even|also|including) internally`,
  // strict confidentiality asked of the reader ("ich darf Sie zunächst auf die strikte Vertraulichkeit hinweisen, der dieses Mandat …
  // unterliegt": the hundred-and-fourth pair's "lawyer" for an escrow deposit in Vilnius); a footer's "vertrauliche Informationen" asks nothing
  String.raw`(?:strikte|strenge|absolute|hochste) vertraulichkeit (?:\p{L}+ ){0,2}(?:hinweisen|wahren|zu wahren|bitten|einhalten)`, String.raw`(?:um|auf) (?:die )?(?:strikte|strenge|absolute|hochste) vertraulichkeit`,
  String.raw`(?:observe|maintain|keep|respect|ask for|request) (?:the )?(?:strict(?:est)?|absolute|complete|total) (?:confidentiality|discretion)`,
  String.raw`(?:le ruego|le pido|les ruego|se ruega|rogamos) (?:la )?(?:maxima|estricta|absoluta|total) (?:discrecion|confidencialidad)`,
  String.raw`(?:la prego di|vi prego di|le chiedo|vi chiedo|si richiede) (?:mantenere |osservare )?(?:la )?(?:massima|assoluta|stretta|totale) (?:riservatezza|discrezione)`,
  String.raw`(?:prosze|prosimy|uprzejmie prosze) o (?:zachowanie )?(?:pe[lł]nej|scis[lł]ej|absolutnej|ca[lł]kowitej) (?:poufnosci|dyskrecji)`,
  String.raw`(?:прошу|просим) (?:вас )?(?:соблюдать |сохранять )?(?:строгую|полную|абсолютную) (?:конфиденциальность|секретность)`,
  String.raw`(?:παρακαλω|σας παρακαλω|παρακαλουμε) (?:για |να τηρησετε )?(?:απολυτη|αυστηρη|πληρη) (?:εχεμυθεια|εμπιστευτικοτητα)`,
  // or any disclosure "including internally" said to endanger the deal ("any premature disclosure, including internally, may jeopardise
  // the transaction": the hundred-and-first pair's "lawyer" with the escrow account)
  String.raw`(?:disclosure|discussion|mention)s?,? (?:even|also|including) internal(?:ly)?`,
  // or confidential even towards named colleagues ("Bitte behandle das absolut vertraulich, auch gegenüber Monika und Laura": the
  // eighty-seventh pair's "CEO" on Outlook.de, an escrow deposit to follow)
  String.raw`vertraulich,? (?:auch|selbst) gegenuber`, String.raw`confidential,? (?:even|also|including) (?:from|towards|with regard to)`,
  String.raw`riservat\p{L}*,? anche (?:con|nei confronti di|verso)`, String.raw`confidencial\p{L}*,? (?:incluso|tambien|aun) (?:con|frente a|respecto a)`,
  String.raw`poufn\p{L}*,? (?:rowniez|takze|nawet) (?:wobec|przed)`, String.raw`конфиденциальн\p{L}*,? (?:даже|в том числе) (?:от|для|перед)`,
  String.raw`εμπιστευτικ\p{L}*,? (?:ακομα και|ακομη και) (?:απο|προς|με)`,
  String.raw`(?:streng|absolut|strikt|vollig) vertraulich ?[,–—-]? ?(?:auch|selbst) (?:intern|im haus)(?![\p{L}])`,
  String.raw`(?:estrictamente|absolutamente|totalmente) confidencial,? (?:incluso|tambien) (?:internamente|dentro de la empresa)`,
  String.raw`(?:strettamente|assolutamente|del tutto) riservat\p{L}*,? (?:anche|perfino) (?:internamente|all.interno)`,
  String.raw`(?:scisle|absolutnie|calkowicie) poufn\p{L}*,? (?:takze|rowniez|nawet) wewnatrz (?:firmy)?`,
  String.raw`(?:строго|абсолютно) конфиденциально,? (?:в том числе|даже) внутри (?:компании)?`,
  String.raw`(?:αυστηρα|απολυτα) εμπιστευτικ\p{L}*,? (?:ακομα και|και) εσωτερικα`,
  String.raw`(?:no ?one|nobody) (?:else )?(?:must|should|may|is to) (?:know|find out)`,
  // German
  String.raw`(?:mit )?niemande?m? ${WORDS}(?:besprechen|erwahnen|weitergeben|erzahlen|sprechen|reden|informieren)`,
  // "bis zur Bekanntgabe darf niemand davon wissen, auch nicht im Finanzteam"
  String.raw`(?:darf|soll|sollte|muss) (?:intern |im haus |hier |bei uns )?niemand ${WORDS}(?:wissen|erfahren)`,
  String.raw`(?:informieren|unterrichten|einweihen) sie ${WORDS}niemanden`, String.raw`niemanden ${WORDS}(?:informieren|einweihen|unterrichten)`,
  String.raw`nicht intern ${WORDS}(?:besprechen|erwahnen|weitergeben|teilen)`,
  String.raw`(?:besprechen|erwahnen|erzahlen|teilen|sprechen|reden)\p{L}* ${WORDS}mit niemande?m`,
  // the imperative with "du" ("bitte sprich im Haus mit niemandem darüber": the hundred-and-first pair's "CEO" on Outlook.de)
  String.raw`(?:sprich|besprich|rede|red|erzahl|erzahle) ${WORDS}mit niemande?m`,
  String.raw`nicht ${WORDS}mit (?:ihren |den )?(?:kollegen|kolleginnen|mitarbeitern|anderen) ${WORDS}(?:besprechen|sprechen|reden|teilen)`,
  // "bitte auch noch nicht mit Frau Weber oder im Team darüber sprechen"
  String.raw`nicht (?:mit (?:\p{L}+ ){1,3}(?:oder|und) )?(?:im team|im haus|intern|in der abteilung|mit dem team) (?:daruber |davon )?(?:sprechen|reden|besprechen)`,
  // or with colleagues named ("auch intern bitte noch nicht mit Thomas oder Frank darüber sprechen": the forty-fifth pair's "CEO")
  String.raw`nicht mit \p{L}+ (?:oder|und) \p{L}+ (?:daruber|davon) (?:sprechen|reden)`,
  // "bitte sprechen Sie das Thema weder mit Ihrem Team noch mit Frau Schäfer an" (the sixty-second pair's "board member" on WEB.DE)
  String.raw`(?:sprechen|besprechen|erwahnen|teilen|erzahlen)\p{L}* (?:sie )?(?:\p{L}+ ){0,3}weder mit (?:\p{L}+ ){1,3}noch mit`,
  String.raw`nicht ${WORDS}an (?:ihre |die )?(?:kollegen|kolleginnen|andere abteilungen|andere) ${WORDS}(?:weiterleiten|weitergeben)`,
  // not "nicht an andere weiter": "wir geben Ihre Daten nicht an andere weiter" is a privacy notice
  String.raw`nicht an (?:ihre |die )?(?:kollegen|kolleginnen|andere abteilungen) weiter(?![\p{L}])`,
  // Spanish
  String.raw`(?:no ${WORDS}(?:comente|comentar|hable|hablar|mencione|divulgue|informe)\p{L}* ${WORDS}(?:con|a) nadie)`,
  // also a department of the company ("no comente el cambio con el área deportiva": the hundred-and-fourth pair's look-alike club)
  String.raw`no ${WORDS}(?:comente|comentar|hable|hablar|reenvie|reenviar|comparta|compartir)\p{L}* ${WORDS}(?:con|a) (?:otros departamentos|sus companeros|otros companeros|otras personas|ninguna (?:otra )?persona|otros miembros|otros empleados|otros trabajadores|el area \p{L}+|otras areas|el departamento \p{L}+|el resto del (?:equipo|personal|club))`,
  'entre (?:usted y yo|nosotros)',
  String.raw`no ${WORDS}(?:comente|comentar|hable|hablar|divulgue|divulgar)\p{L}* ${WORDS}internamente`,
  String.raw`nadie (?:mas )?(?:debe|tiene que) (?:saber|enterar)\p{L}*`,
  // Italian
  String.raw`non ${WORDS}(?:parl|discut|discuss|menzion|divulg|inform)\p{L}* ${WORDS}(?:con )?(?:nessuno|nessun['’ ]altra persona|nessun (?:altro )?collega)`,
  // "Non dirlo ancora a nessuno" (the ninety-second pair's gift-card "CEO"), "non dire niente a nessuno"
  String.raw`non (?:dirlo|dire|dite|dica|raccontarlo|raccontare) ${WORDS}a nessuno`,
  // other colleagues not to be involved ("mi ha chiesto ... di non coinvolgere altri colleghi": the sixty-fourth pair's "avvocato"), in the offices' languages
  String.raw`non (?:coinvolgere|coinvolga|coinvolgete|informare|informi) (?:altri|gli altri|nessun altro|nessun\p{L}* dei) (?:colleghi|uffici|reparti|persone|collaboratori)`,
  String.raw`(?:not|don't|do not) (?:involve|loop in|copy in|inform) (?:any )?(?:other )?(?:colleagues|staff|departments|offices)`,
  String.raw`keine (?:anderen |weiteren )?(?:kollegen|kolleginnen|mitarbeiter|abteilungen)\p{L}* (?:\p{L}+ ){0,2}(?:einbeziehen|einbinden|informieren)`,
  String.raw`no (?:involucre|involucrar|implique|implicar|informe a) (?:a )?(?:otros|ningun otro|ningun) (?:companeros|departamentos|empleados)`,
  String.raw`nie (?:angazuj|angazowac|informuj|informowac|wlaczaj) (?:innych|pozostalych|zadnych) (?:wspo[lł]pracownik|pracownik|dzia[lł])\p{L}*`,
  String.raw`не (?:привлекаите|привлекать|вовлекаите|подключаите|информируите) (?:других|остальных|никого из) (?:сотрудник|коллег|отдел)\p{L}*`,
  String.raw`μην (?:εμπλεξετε|εμπλεξεις|ενημερωσετε|ενημερωσεις) (?:αλλους|αλλα|κανεναν) (?:συναδελφ|τμηματ|υπαλληλ)\p{L}*`,
  String.raw`non ${WORDS}(?:parl|discut|discuss|inoltr|condivid)\p{L}* ${WORDS}(?:con|ad|a) (?:altri uffici|altri colleghi|i colleghi|colleghi|altre persone|altri reparti)`,
  'tra (?:me e lei|noi due)',
  String.raw`non ${WORDS}(?:parl|discut|divulg)\p{L}* ${WORDS}internamente`,
  // "la cosa è confidenziale e non ne deve sapere nulla nessuno"
  String.raw`non (?:ne )?(?:deve|devono|dovra|dovrebbe) sapere (?:nulla |niente )?nessuno`,
  String.raw`nessuno (?:altro )?(?:ne )?(?:deve|dovra) (?:saper\p{L}*|venir\p{L}* a sapere)`,
  // Polish
  String.raw`nie ${WORDS}(?:rozmawia|mow|informu|wspomina|ujawnia)\p{L}* ${WORDS}(?:z )?nikim`,
  String.raw`nie ${WORDS}(?:rozmawia|przekazywa|przekaz|przesyla|udostepnia)\p{L}* ${WORDS}(?:z innymi|innym dzialom|innym pracownikom|wspolpracownikom|z wspolpracownikami)`,
  'miedzy nami',
  // the details not to reach the team yet ("Szczegóły nie mogą jeszcze trafić do zespołu": the eighty-first pair's "CEO" on Outlook.com)
  String.raw`nie (?:moga|moze|powinny|powinien|powinno) (?:jeszcze )?(?:trafic|dotrzec|wyjsc) (?:do|poza) (?:zespo[lł]u|dzia[lł]u|firm[ey]|biura)`,
  // "Sprawa jest poufna, na razie nikogo nie informuj" (the seventy-sixth pair's "director" on Gmail), and in the other languages
  String.raw`nikogo ${WORDS}nie (?:informuj|powiadamiaj|zawiadamiaj|wtajemnicz)\p{L}*`, String.raw`nie (?:informuj|powiadamiaj|zawiadamiaj)\p{L}* ${WORDS}nikogo`,
  String.raw`nikt (?:inny )?nie (?:moze|powinien) ${WORDS}dowiedziec`, String.raw`nikt (?:inny )?nie (?:powinien|musi) ${WORDS}wiedziec`,
  // Russian
  String.raw`никому ${WORDS}(?:не )?(?:говор|сообща|рассказ|обсужда)\p{L}*`, String.raw`никому (?:в|из) [^.!?]{0,60}?не (?:говор|сообща|рассказ|обсужда)\p{L}*`,
  // also after a comma ("разговор не разглашать, в том числе коллегам": the eighteenth pair's "central-bank curator")
  String.raw`не (?:обсужда|сообща|говор|рассказыва|пересыла|разглаша)\p{L}*,? ${WORDS}(?:ни с кем|никому|с коллегами|другим сотрудникам|другим отделам|коллегам)`,
  // "ни с кем в офисе, включая бухгалтерию и юристов, это не обсуждать" (the ninetieth pair's "FSB check"): "with no one" first
  String.raw`ни с кем [^.!?]{0,80}?не (?:говор|сообща|рассказ|обсужда)\p{L}*`,
  // "никому из коллег, в том числе в Германии, о проверке не сообщать": the colleagues first, the verb a clause later
  String.raw`никому из (?:коллег|сотрудников)[^.!?]{0,80}?не (?:говор|сообща|рассказ|обсужда)\p{L}*`,
  String.raw`никто (?:другои |больше |еще )?не должен ${WORDS}(?:знать|узнать)`,
  String.raw`никого ${WORDS}не (?:информир|уведомля|ставь|ставьте|посвящаи)\p{L}*`, String.raw`не (?:информир|уведомля|посвящаи)\p{L}* ${WORDS}никого`,
  // "В Дюссельдорф пока не сообщай, сам всё объясню Катрин": the writer will tell them himself (the fiftieth pair's "director")
  String.raw`(?:пока |ничего )?не (?:сообща|говор|рассказыва)\p{L}*,? (?:\p{L}+ ){0,2}сам\p{L}* (?:все |им |ему |еи )?(?:объясню|расскажу|сообщу|скажу)`,
  // Greek
  String.raw`μην ${WORDS}(?:συζητ|πειτε|αναφερ|ενημερωσ)\p{L}* ${WORDS}(?:με )?κανεναν`,
  String.raw`μην? ${WORDS}(?:συζητ|αναφερ|ενημερ|προωθ|κοινοποι)\p{L}* ${WORDS}(?:με |σε )?(?:αλλους συναδελφους|τους συναδελφους|συναδελφους|αλλα τμηματα)`,
  'μεταξυ μας',
  // not yet told to head office, the writer will tell them himself ("Μην το συζητήσεις ακόμη με τη Νυρεμβέργη, θα ενημερώσω εγώ
  // τον κ. Höfler μόλις κλείσει": the seventy-fifth pair's "managing director" on Gmail), as the Russian "сам всё объясню" above
  String.raw`μην ${WORDS}(?:συζητ|πεις|αναφερ|ενημερ)\p{L}* [^.!?]{0,80}?θα (?:\p{L}+ ){0,2}(?:ενημερωσω|πω|εξηγησω|μιλησω) εγω`,
  String.raw`(?:not|don['’]?t) ${WORDS}(?:tell|mention|discuss|inform)\p{L}* [^.!?]{0,80}?i(?:['’]ll| will) (?:tell|inform|brief|update|explain)\p{L}* (?:\p{L}+ ){0,3}myself`,
  String.raw`nicht ${WORDS}(?:sprechen|erwahnen|informieren|erzahlen|sagen)[^.!?]{0,80}?(?:ich (?:\p{L}+ ){0,3}selbst|informiere ich (?:\p{L}+ ){0,3}selbst)`,
  String.raw`no ${WORDS}(?:comente|comentes|digas|diga|informe|informes|hable|hables)\p{L}* [^.!?]{0,80}?(?:(?:se lo|les|le) )?(?:dire|comunicare|explicare|informare) yo`,
  String.raw`non ${WORDS}(?:parlarne|dirlo|dire|informare|informi|menzionare)\p{L}* [^.!?]{0,80}?(?:(?:lo|glielo|li) )?(?:diro|comunichero|spieghero|informero) (?:io|personalmente)`,
  String.raw`nie ${WORDS}(?:mow|informuj|wspominaj|rozmawiaj)\p{L}* [^.!?]{0,80}?sam(?:a)? (?:\p{L}+ ){0,2}(?:powiem|poinformuje|wyjasnie|przekaze)`,
  String.raw`κανεις (?:αλλος )?δεν (?:πρεπει|μπορει) να (?:το )?(?:μαθει|ξερει|γνωριζει)`,
  // the approval left to the writer, the payment kept out of the company's system ("Την έγκριση από την Κολωνία θα την κανονίσω
  // εγώ μετά, μην το περάσεις ακόμα από το σύστημα": the eighty-sixth pair's "director" on Gmail)
  String.raw`μην ${WORDS}(?:περασ|καταχωρ|βαλ)\p{L}* [^.!?]{0,30}?(?:απο|στο) (?:το )?συστημα`,
  String.raw`(?:don['’]?t|do not) (?:\p{L}+ ){0,2}(?:put|enter|book|record|log) (?:it|this|the payment) (?:\p{L}+ ){0,2}(?:in|into|through) the system`,
  String.raw`(?:nicht|noch nicht) (?:\p{L}+ ){0,3}(?:im|ins|uber das) system (?:buchen|erfassen|eingeben|einbuchen)`,
  String.raw`no ${WORDS}(?:lo |la )?(?:registres|registre|metas|meta|pases|pase|introduzcas|introduzca)\p{L}* (?:\p{L}+ ){0,2}(?:en|por) el sistema`,
  String.raw`non ${WORDS}(?:registrarlo|inserirlo|caricarlo|registrare|inserire|caricare|passarlo)\p{L}* (?:\p{L}+ ){0,2}(?:nel|a) sistema`,
  String.raw`nie ${WORDS}(?:wprowadzaj|ksieguj|wpisuj|rejestruj)\p{L}* (?:\p{L}+ ){0,2}(?:do|w) system\p{L}*`,
  String.raw`не ${WORDS}(?:проводи|вноси|регистрируи|заводи)\p{L}* (?:\p{L}+ ){0,2}(?:в|через) систем\p{L}*`,
]);

/** what a privacy notice promises not to share ("we never share your information with anyone", "non divulgheremo i suoi dati a nessuno"): no secrecy asked of the reader */
const PERSONAL_DATA = /(?<![\p{L}\p{N}])(?:your|you|personal|information|data|details|address|e-?mail|daten|datos|dati|dane|danych|данны\p{L}*|δεδομεν\p{L}*|στοιχει\p{L}*)(?![\p{L}\p{N}])/u;
/** what a bank's warning tells the reader to keep ("never tell anyone your password or the code"): no secrecy about a deal; read in the phrase and just after it */
const SECRET_OBJECT = /(?<![\p{L}\p{N}])(?:codes?|password|pin|tan|otp|passwort|kennwort|codigo|contrasena|codice|kod\p{L}*|has[łl]\p{L}*|код\p{L}*|парол\p{L}*|пин|κωδικ\p{L}*)(?![\p{L}\p{N}])/u;
/** characters after a phrase read for what is to be kept */
const OBJECT_AFTER = 40;
/** the words every secrecy phrase has ("anyone", "niemandem", "никому", "between us"); the phrases are looked for only around them */
const SECRECY_WORD = /vertraulichkeit|confidentiality|discretion|discrecion|confidencialidad|riservatezza|discrezione|poufnosci|dyskrecji|конфиденциальност|секретност|εχεμυθεια|εμπιστευτικοτητα|el area|otras areas|el departamento|el resto del|gegenuber|even from|even towards|anche con|nei confronti|incluso con|frente a|wobec|даже от|ακομα και|ακομη και|συστημα|system|sistema|систем|otros miembros|otros empleados|otros trabajadores|сам (?:все |им |ему |еи )?(?:объясню|расскажу|сообщу|скажу)|(?:ενημερωσω|πω|εξηγησω|μιλησω) εγω|myself|selbst|(?:dire|comunicare|explicare|informare) yo|(?:diro|comunichero|spieghero|informero) (?:io|personalmente)|sam(?:a)? (?:\p{L}+ ){0,2}(?:powiem|poinformuje|wyjasnie|przekaze)|(?:daruber|davon) (?:sprechen|reden)|anyone|anybody|no one|noone|nobody|nikt|никто|κανεισ|κανεις|internally|intern(?:amente)?(?![\p{L}])|im haus|im team|mit dem team|in der abteilung|dentro de la empresa|all.interno|wewnatrz|внутри|εσωτερικα|colleagues|with others|other staff|members of (?:staff|the team)|staff members|employees|team members|other departments|other offices|with the team|between us|between you and me|to yourself|contacten|contacte|contattate|contatti|kontaktieren sie|do not contact|don't contact|never contact|kontaktuj|связывайтесь|обращайтесь|επικοινωνησετε|per te|per voi|per se|per lei|para ti|para usted|fur dich|fur sich|dla siebie|при себе|για τον εαυτο σου|για εσας|confidential until|niemand|weder mit|coinvolg|involve|loop in|einbeziehen|einbinden|involucr|implique|angazuj|angazowac|привлека|вовлека|εμπλεξ|kollegen|mitarbeitern|mit anderen|an andere|nadie|otros departamentos|companeros|otras personas|ninguna otra persona|ninguna persona|nessun.altra persona|entre usted y yo|entre nosotros|nessuno|altri uffici|colleghi|altre persone|altri reparti|tra me e lei|tra noi due|nessun collega|nessun altro collega|trafic do|dotrzec do|wyjsc poza|nikim|nikogo|z innymi|innym|wspolpracown|miedzy nami|никому|никого|ни с кем|коллегам|с коллегами|другим сотрудникам|другим отделам|κανεναν|συναδελφους|αλλα τμηματα|μεταξυ μας/gu;
/** characters read before and after such a word: a phrase's other words are near it */
const AROUND = 120;

/** The first request for secrecy of a text, not a privacy notice's promise. */
function secrecyAsked(text: string): string | null {
  const plain = comparableText(text);
  for (const w of plain.matchAll(SECRECY_WORD)) {
    const window = plain.slice(Math.max(0, w.index - AROUND), w.index + w[0].length + AROUND);
    const m = SECRECY.exec(window);
    if (m && !PERSONAL_DATA.test(m[0]) && !SECRET_OBJECT.test(window.slice(m.index, m.index + m[0].length + OBJECT_AFTER))) return m[0];
  }
  return null;
}

/**
 * A payment the reader is to make, named before its sum ("it will be necessary to make a
 * regularisation payment to an escrow account; I will send the instructions"): the opener of a
 * fraud that asks for secrecy now and names the account later. A verb of making, then the payment.
 */
const PAYMENT_ORDER = phrasePattern([
  String.raw`(?:make|arrange|process|execute|initiate|effect|release|send|handle|complete|authori[sz]e) ${WORDS}(?:payment|transfer|wire)s?(?![\p{L}])`,
  String.raw`(?:auslands|eil|sofort)?(?:uberweisung|zahlung|anzahlung)\p{L}* ${WORDS}(?:vornehmen|veranlassen|ausfuhren|tatigen|freigeben|leisten|raus(?:gehen)?)(?![\p{L}])`,
  String.raw`(?:realizar|efectuar|ordenar|hacer|tramitar|gestionar|gestione|gestiones) ${WORDS}(?:transferencia|pago)\p{L}*`,
  String.raw`(?:disporre|effettuare|eseguire|predisporre|autorizzare|gestire|gestisci|gestisca|fare|fai|faccia) ${WORDS}(?:pagament|bonific)\p{L}*`, String.raw`procedere (?:al|con il|con un) ${WORDS}(?:pagament|bonific)\p{L}*`,
  String.raw`(?:zlecic|zlecenie|wykonac|wykonanie|zrobic|dokonac|dokonanie) ${WORDS}(?:przelew|platnos|wplat)\p{L}*`,
  String.raw`(?:сделать|осуществить|провести|произвести|оформить) ${WORDS}(?:перевод|платеж|оплат|предоплат)\p{L}*`,
  String.raw`(?:πραγματοποι|εκτελεσ|να γινει|να γινουν)\p{L}* ${WORDS}(?:πληρωμ|μεταφορ|εμβασμ|καταβολ)\p{L}*`,
  // a payment into an escrow account, its details to follow ("die Angaben zur Anzahlung auf das Treuhandkonto")
  String.raw`(?:deposit|payment|transfer|down payment) (?:in|into|to) (?:the |an |a )?escrow account`,
  String.raw`\p{L}*(?:anzahlung|zahlung|uberweisung|einzahlung) auf (?:das|ein) (?:treuhand|ander|notarander)konto`, // also a compound's, "Exklusivitätsanzahlung"
  // the sum "deposited" there ("muss … eine Sicherheitsleistung von 248.500,00 EUR auf ein Anderkonto hinterlegt werden": the hundred-and-first pair's "CEO")
  String.raw`auf (?:das|ein|unser) (?:treuhand|ander|notarander|escrow)konto (?:\p{L}+ ){0,2}(?:hinterlegt|eingezahlt|uberwiesen|hinterlegen|einzahlen|uberweisen)`,
  String.raw`(?:deposito|pago|transferencia|anticipo) (?:en|a) (?:la|una) cuenta (?:de garantia|escrow|fiduciaria|de deposito)`,
  String.raw`(?:versamento|pagamento|bonifico|anticipo) (?:sul|su un|sul nostro) conto (?:di garanzia|escrow|fiduciario|vincolato)`,
  String.raw`(?:wpłat|przelew|zaliczk)\p{L}* na (?:rachun|kont)\p{L}* (?:powiernicz|escrow|depozytow)\p{L}*`,
  String.raw`(?:оплат|перевод|платеж|аванс)\p{L}* на (?:эскроу|депозитн\p{L}*|доверительн\p{L}*)[ -]?сч\p{L}*`,
  String.raw`(?:καταθεσ|πληρωμ|μεταφορ)\p{L}* σε λογαριασμ\p{L}* (?:μεσεγγυησ\p{L}*|escrow|καταπιστευσ\p{L}*)`,
]);

/**
 * The first stage of the same fraud, before any sum: the reader's mobile number asked for, to go on
 * by WhatsApp or phone, where no filter and no colleague follows (messenger-pivot.ts reads that
 * request: "Στείλε μου το κινητό σου να σου γράψω στο WhatsApp", "¿Me puedes enviar tu número de
 * móvil?"), or the reader asked to write on a messenger (below).
 */
const PRIVATE_CHANNEL = phrasePattern([
  // or "write me on Telegram: @handle" ("Напишите мне, пожалуйста, в Telegram: @mweber_eg_office")
  String.raw`(?:write|message|text|contact|reach) me (?:directly )?(?:on|via|in|through) (?:telegram|whatsapp|signal|viber)`,
  String.raw`(?:schreib|schreiben sie|kontaktier|kontaktieren sie)(?: mir| mich)?(?: bitte)? (?:auf|uber|per|bei|via) (?:telegram|whatsapp|signal)`,
  String.raw`(?:escribeme|escribame|contactame|contacteme)(?:,? por favor,?)? (?:por|en|a traves de|via) (?:telegram|whatsapp|signal)`,
  String.raw`(?:scrivimi|mi scriva|contattami|mi contatti)(?:,? per favore,?)? (?:su|tramite|via|con) (?:telegram|whatsapp|signal)`,
  String.raw`(?:napisz|napiszcie|prosze napisac)(?: do mnie)?(?:,? prosze,?)? (?:na|przez|w) (?:telegram|whatsapp|signal)\p{L}*`,
  String.raw`(?:напишите|напиши|пишите|свяжитесь со мнои)(?: мне)?(?:,? пожалуиста,?)? (?:в|через|по) (?:telegram|телеграм\p{L}*|whatsapp|вотсап\p{L}*|ватсап\p{L}*|signal)`,
  String.raw`(?:γραψε|γραψτε|στειλε|στειλτε)(?: μου)?(?:,? παρακαλω,?)? (?:στο|μεσω) (?:telegram|whatsapp|viber|signal)`,
]);

/**
 * Or the fraud's other first stage: someone will call, and the reader is to do as told ("Сегодня с
 * Вами свяжется куратор проверки … выполнять его указания": the fake FSB or central-bank officer
 * who "protects" the company's money; the fake lawyer of the acquisition). The instructions of
 * another person, to be followed.
 */
const FOLLOW_CALLER = phrasePattern([
  String.raw`(?:follow|comply with|carry out|act on) (?:\p{L}+ ){0,2}(?:his|her|their) instructions`,
  String.raw`(?:seinen|ihren|dessen|deren) (?:anweisungen|weisungen|vorgaben) (?:\p{L}+ ){0,2}(?:folgen|befolgen|nachkommen|nachzukommen|zu folgen)`,
  String.raw`(?:folgen|befolgen) sie (?:\p{L}+ ){0,2}(?:seinen|ihren|dessen|deren) (?:anweisungen|weisungen)`,
  String.raw`(?:folge|befolge) (?:\p{L}+ ){0,2}(?:seinen|ihren|dessen|deren) (?:anweisungen|weisungen)`,
  String.raw`(?:siga|seguir|sigas|cumpla|cumplir) (?:\p{L}+ ){0,2}sus (?:instrucciones|indicaciones)`,
  String.raw`(?:segua|seguire|segui|attenersi|si attenga|attieniti) (?:\p{L}+ ){0,2}(?:alle )?sue (?:istruzioni|indicazioni)`,
  String.raw`(?:stosowa|wykonywa|postepowa|wykona|sluchac)\p{L}* (?:\p{L}+ ){0,2}(?:jego|jej|ich) (?:instrukcj|polecen|wskazowk|zalecen)\p{L}*`,
  String.raw`(?:выполнять|выполнить|выполняите|выполните|следовать|следуите|слушаться|исполнять|исполнить) (?:\p{L}+ ){0,2}(?:его|ее|их) (?:указани|инструкци|рекомендаци|распоряжени)\p{L}*`,
  String.raw`(?:ακολουθ|εκτελεσ|τηρησ)\p{L}* (?:\p{L}+ ){0,2}τις οδηγιες (?:του|της|τους)`,
]);

const quoted = (phrase: string | null): string | null => (phrase ? `"${phrase}"` : null);

export { scamFormOptionsSchema as secretTransferOptionsSchema } from './scam-form.ts';

/** The secrecy asked for and the money asked for in texts (see readerTexts), each the first found. */
export function secretTransferSigns(texts: ReadonlyArray<{ text: string }>): { secrecy: string | null; money: string | null } {
  const secrecy = texts.map((t) => secrecyAsked(t.text)).find(Boolean) ?? null;
  const named = texts.map((t) => demandedSum(t.text) ?? ibansIn(t.text)[0]).find(Boolean);
  if (named) return { secrecy, money: named };
  // a payment, the mobile number or a caller's instructions asked for, before any sum: read once as comparable text
  const read = texts.map((t) => comparableText(t.text));
  // or gift cards, their codes to be sent (the eighty-second pair's "manager" on Gmail: "Please keep it between us for now")
  const gift = giftCardSigns(texts);
  const cards = gift.cards && gift.codes ? `${gift.cards} (${gift.codes})` : null;
  return { secrecy, money: quoted(firstPhrase(read, PAYMENT_ORDER) ?? cards ?? numberAskedFor(texts) ?? firstPhrase(read, PRIVATE_CHANNEL) ?? firstPhrase(read, FOLLOW_CALLER)) };
}

export const secretTransferCheck = scamFormCheck({
  name: 'secret-transfer',
  symbol: 'SECRET_TRANSFER_REQUEST',
  // secrecy first: few messages ask for it, and finding the sums asked for costs more
  gate: (texts) => texts.some((t) => secrecyAsked(t.text)),
  describe: (texts) => {
    const { secrecy, money } = secretTransferSigns(texts);
    return secrecy && money ? `asks for secrecy ("${secrecy}") and for ${money}` : null;
  },
});

export default secretTransferCheck;
