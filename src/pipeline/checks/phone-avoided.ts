// The call that would stop the fraud, ruled out in advance (inbound). Every bank and every
// awareness guide says: a payment, a changed account or a favour asked by mail is confirmed by
// phone, at a number you already have. The fraud says first why that cannot be done: "I'm in
// back-to-back meetings and can't take calls" (the boss on Outlook.com wanting a transfer or gift
// cards), "aufgrund der Systemumstellung sind wir telefonisch nur eingeschränkt erreichbar, bitte
// nutzen Sie diese E-Mail-Adresse" (the supplier's look-alike with its new account), "our office
// telephone is under maintenance this week, please contact me by email only".
//  - PHONE_AVOIDED: the text says the sender cannot be phoned (in meetings, travelling, the phone
//    system out of order) or is to be reached by e-mail only, in the offices' languages, from a
//    doubtful sender (see scam-form.ts: not authenticated, on free mail, asking for replies
//    elsewhere, or a domain no one here has written to). A colleague or a correspondent people
//    here write to is taken at its word; a stranger busy for a day says so too, rarely: alone it
//    tags nothing.
//  - PHONE_AVOIDED_PAYMENT: and the same mail names a sum and the account to pay it into ("ποσό:
//    38.600,00 € … IBAN: CY48 … δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου το αποδεικτικό εδώ"):
//    the call ruled out is the one that would stop this payment.
import { accountsOf } from '../../content/bank-accounts.ts';
import { sumOfMoney } from '../../content/crypto-wallets.ts';
import { DENIAL_WORDS, comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** the phone, as a noun, in the offices' languages (as comparableText reads: no accents, small letters) */
const PHONE = String.raw`(?:phone|telephone|phones|phone line|phone system|telefon|telefonanlage|telefone|telefono|telefoni|centralino|telefonos|centralita|telefony|телефон\p{L}*|τηλεφων\p{L}*)`;
/** out of order, in the offices' languages */
const OUT_OF_ORDER = String.raw`(?:under maintenance|out of order|out of service|down|not working|unavailable|being (?:replaced|migrated|upgraded)|gestort|ausser betrieb|nicht erreichbar|nicht verfugbar|defekt|in manutenzione|fuori servizio|guast\p{L}*|non funziona\p{L}*|en mantenimiento|fuera de servicio|averiad\p{L}*|sin servicio|nie dziala\p{L}*|nieczynn\p{L}*|w konserwacji|w naprawie|niedostepn\p{L}*|не работа\p{L}*|на ремонте|на обслуживании|временно отключ\p{L}*|недоступ\p{L}*|σε συντηρηση|εκτος λειτουργιας|δεν λειτουργ\p{L}*)`;
/** not after a denial in the same sentence: "Non Vi chiederemo mai di modificare le coordinate … o solo via e-mail" (the genuine letter's warning, the forty-first pair) */
const NOT_DENIED = String.raw`(?<!(?<![\p{L}])${DENIAL_WORDS}(?![\p{L}])[^.!?\n]{0,80})`;
/** up to `n` words between */
const WORDS = (n: number): string => String.raw`(?:\p{L}+,? ){0,${n}}`;

/** "I can't take calls", "the phone is out of order", "by e-mail only" */
const NO_CALLS = phrasePattern([
  // English
  String.raw`(?:can't|cannot|can not|unable to|won't be able to|will not be able to|may not be able to|might not be able to) (?:take|answer|receive|make|pick up) (?:any |phone |your )?(?:calls|the phone|phone calls)`,
  String.raw`(?:can't|cannot|can not|unable to) (?:talk|speak) (?:on|by|over) the phone`,
  // "I am presently working on a contract on an offshore platform off Angola until February, so phone calls are difficult"
  String.raw`${NOT_DENIED}(?:phone )?calls are (?:difficult|hard|not possible|impossible)`,
  String.raw`(?:not|won't be|will not be) (?:be )?(?:reachable|available|contactable) (?:by|on|via) (?:the )?(?:phone|telephone)`,
  String.raw`${PHONE} (?:is|are|will be) ${WORDS(3)}${OUT_OF_ORDER}`,
  String.raw`${NOT_DENIED}(?:(?:by|via) e-?mail only|(?:only|exclusively) (?:by|via) e-?mail)`, String.raw`(?:can|will) only be (?:reached|contacted|available) (?:by|via|on) e-?mail`,
  String.raw`(?:not|won't be) (?:answering|picking up) (?:my |the )?phone`,
  // "don't call me" ("Μην με παίρνεις τηλέφωνο, είμαι μέσα στη σύσκεψη"); in English and the Romance
  // languages a name may follow instead ("don't call me Shirley", "non chiamarmi così"): a pause or a time must
  String.raw`(?:please )?(?:don't|do not) (?:call|phone|ring) me(?:[,.;:!–-]| now| today| at the moment| right now| please| i'm| i am| as| while)`, String.raw`(?:rufen sie mich|ruf mich|rufen sie|ruf) (?:bitte )?nicht an`,
  // or not on the phone named ("rufen Sie mich auch nicht auf dem Diensthandy an": the sixty-second pair's "board member" on WEB.DE)
  String.raw`(?:rufen sie|ruf) mich (?:auch |bitte )?nicht (?:auf|uber|unter) (?:dem|meinem|der|meiner) (?:\p{L}+ )?(?:handy|diensthandy|mobiltelefon|festnetz|mobilnummer|telefon)\p{L}* an(?![\p{L}])`,
  String.raw`non (?:chiamarmi|mi chiami|mi chiamate|telefonarmi|mi telefoni)(?! cosi)(?![\p{L}])`, String.raw`no me (?:llames|llame|llamen|llameis)(?! asi)(?![\p{L}])`,
  String.raw`(?:nie dzwon|prosze nie dzwonic|nie dzwoncie)(?: do mnie)?`, String.raw`не (?:звоните|звони|звонить) мне`,
  String.raw`μη(?:ν)? με (?:παιρνεις|παρεις|παρετε|παιρνετε) (?:τηλεφωνο|τηλ)`,
  // "I'm in meetings all day, so email is best"
  String.raw`meetings?(?: all day| the whole day| all morning| all afternoon| until late)?,? ${WORDS(3)}(?:so )?e-?mail (?:is|would be|works) (?:best|easiest|better)`,
  String.raw`e-?mail is (?:the )?(?:best|easiest|only|quickest|fastest|surest) (?:way )?to (?:reach|contact) me`,
  // "I'm stuck in back-to-back meetings with the venue, so email only please" (the fifty-first pair's "CEO" on Outlook.com)
  // "I'm out at the Salford site most of this week, so email is easiest" (the sixty-fourth pair's payroll diversion on Gmail)
  String.raw`${NOT_DENIED}(?:so|hence) e-?mail is (?:the )?(?:best|easiest|quickest|fastest)(?![\p{L}])`,
  String.raw`${NOT_DENIED}(?:so|please|hence) e-?mail only`, String.raw`${NOT_DENIED}e-?mail only,? please`,
  // the same in the other languages ("Estoy en reuniones todo el día, así que por favor confírmame por correo": the thirty-ninth pair's "CEO")
  String.raw`(?:besprechung|besprechungen|meetings?|terminen),? ${WORDS(4)}(?:daher|deshalb|also) ${WORDS(3)}(?:per|uber|via) (?:e-?mail|mail)`,
  String.raw`reunion(?:es)?,? ${WORDS(4)}(?:asi que|por lo que|por eso) ${WORDS(3)}por (?:correo|e-?mail)`,
  String.raw`riunion[ei],? ${WORDS(4)}(?:quindi|per cui|percio) ${WORDS(3)}(?:via|per|tramite) (?:e-?mail|mail|posta)`,
  String.raw`(?:spotkani\p{L}*|zebrani\p{L}*),? ${WORDS(4)}(?:wiec|dlatego) ${WORDS(3)}(?:mailowo|mailem|e-?mailem|przez e-?mail)`,
  String.raw`(?:совещани\p{L}*|переговор\p{L}*|встреч\p{L}*),? ${WORDS(4)}(?:поэтому|так что) ${WORDS(3)}(?:по почте|по e-?mail|письмом)`,
  String.raw`(?:συσκεψ\p{L}*|συναντησ\p{L}*|ραντεβου),? ${WORDS(4)}(?:οποτε|γι αυτο|για αυτο) ${WORDS(3)}(?:με|μεσω) (?:email|e-mail|μειλ)`,
  // by mail, for the writer is in meetings: the other order ("Resto a disposizione, preferibilmente via e-mail poiché sono
  // in riunione per gran parte della giornata": the fifty-second pair's "lawyer")
  String.raw`(?:by|via) e-?mail,? (?:as|since|because) (?:i(?:'m| am| will be)|i'll be) ${WORDS(2)}(?:in (?:a )?meetings?|in negotiations|travelling|on the road)`,
  String.raw`(?:per|uber|via) (?:e-?mail|mail),? (?:da|weil) ich ${WORDS(3)}(?:in (?:einer )?besprechung|in meetings?|in terminen|in verhandlungen|unterwegs)`,
  String.raw`por (?:correo|e-?mail),? (?:ya que|porque|pues) (?:estoy|estare) ${WORDS(1)}(?:reunid[oa]s?|en (?:una )?reunion(?:es)?|de viaje)`,
  String.raw`(?:via|per|tramite) (?:e-?mail|mail|posta),? (?:poiche|perche|dato che|visto che) (?:sono|saro) ${WORDS(1)}(?:in riunion\p{L}*|in trasferta|in viaggio)`,
  String.raw`(?:mailowo|mailem|e-?mailem|przez e-?mail),? (?:poniewaz|bo|gdyz) (?:jestem|bede) ${WORDS(1)}(?:na spotkani\p{L}*|na zebrani\p{L}*|w podrozy|w trasie)`,
  String.raw`(?:по почте|по e-?mail|письмом),? (?:так как|потому что|поскольку) (?:я )?(?:на совещании|на переговорах|на встрече|в командировке|в дороге)`,
  String.raw`(?:με|μεσω) (?:email|e-mail|μειλ),? (?:γιατι|επειδη|καθως) (?:ειμαι|θα ειμαι) ${WORDS(1)}(?:σε (?:συσκεψ|συναντησ)\p{L}*|σε ταξιδι)`,
  // the one party that could confirm ruled out: "prosimy w tej sprawie nie kontaktować się z działem księgowości Partner
  // Logistik" (the fifty-fourth pair's "factor" of a partner's invoices)
  String.raw`(?:please )?(?:do not|don't) contact (?:\p{L}+ ){0,4}(?:accounts|accounting|finance|the supplier|their office|your contact)`,
  String.raw`(?:wenden sie sich|kontaktieren sie) (?:\p{L}+ ){0,3}nicht (?:an|mit) (?:\p{L}+ ){0,3}(?:buchhaltung|finanzabteilung|lieferanten|ansprechpartner)`,
  String.raw`nie (?:kontaktowac|kontaktowa[cć] si[eę]|kontaktujcie si[eę]|kontaktuj si[eę]) (?:\p{L}+ ){0,1}z (?:\p{L}+ ){0,2}(?:dzia[lł]\p{L}* (?:ksiegowosci|finansow\p{L}*)|ksiegowosci\p{L}*|dostawc\p{L}*)`,
  String.raw`non (?:contattate|contatti|contattare) (?:\p{L}+ ){0,3}(?:amministrazione|contabilita|ufficio contabile|fornitore)`,
  String.raw`no (?:contacte|contacten|contactar) (?:\p{L}+ ){0,3}(?:contabilidad|administracion|departamento financiero|proveedor)`,
  String.raw`не (?:обращаитесь|связываитесь) (?:\p{L}+ ){0,3}(?:бухгалтери\p{L}*|поставщик\p{L}*)`,
  String.raw`μην (?:επικοινωνησετε|επικοινωνειτε) (?:\p{L}+ ){0,3}(?:λογιστηριο|προμηθευτη)`,
  // German
  String.raw`telefonisch ${WORDS(2)}(?:nicht|nur eingeschrankt|nur begrenzt|kaum|schlecht) erreichbar`,
  // "Telefonisch bin ich in den nächsten Stunden nicht erreichbar"
  // also with the reason between ("telefonisch bin ich wegen der laufenden Verhandlungen heute nur eingeschränkt erreichbar": the
  // hundred-and-fourth pair's "lawyer" for an escrow deposit in Vilnius)
  String.raw`telefonisch (?:bin ich|sind wir|ist er|ist sie) ${WORDS(7)}(?:nicht|nur eingeschrankt|nur begrenzt|kaum|schlecht) erreichbar`,
  // questions to be sent by mail only ("Rückfragen bitte ausschließlich an mich per E-Mail")
  String.raw`${NOT_DENIED}(?:ruckfragen|fragen|antworten|korrespondenz) (?:bitte )?(?:ausschliesslich|nur) (?:an mich |direkt an mich )?(?:per|uber|via) (?:e-?)?mail`, String.raw`(?:nicht|nur eingeschrankt|nur begrenzt|kaum|schlecht) telefonisch erreichbar`,
  String.raw`(?:kann|konnen) ${WORDS(2)}nicht telefonieren`,
  // the verb first ("Telefonieren kann ich heute leider nicht mehr, wir verhandeln bis spät": the hundred-and-first pair's "CEO")
  String.raw`telefonieren (?:kann|konnen) (?:ich|wir) ${WORDS(3)}nicht`,
  // "telefonieren geht heute leider nicht, ich bin den ganzen Abend in Gesprächen" (the hundred-and-thirty-second pair's "CEO" on Outlook.com)
  String.raw`telefonieren geht ${WORDS(3)}nicht`,
  // the phone system being moved, so mail is the surest way ("Unsere Telefonanlage wird diese Woche auf die neue Cloud-Lösung
  // umgestellt, ich bin daher am zuverlässigsten per E-Mail erreichbar": the hundred-and-thirty-first pair's hijacked Lieferant thread)
  String.raw`${NOT_DENIED}am (?:zuverlassigsten|besten|schnellsten|ehesten|sichersten) (?:per|uber|via) (?:e-?)?mail erreichbar`,
  String.raw`${PHONE} (?:ist|sind|wird|werden) ${WORDS(3)}(?:gestort|ausser betrieb|nicht erreichbar|nicht verfugbar|defekt|umgestellt)`,
  String.raw`(?:nur|ausschliesslich) (?:per|uber|via) (?:e-?)?mail erreichbar`, String.raw`telefonisch ${WORDS(2)}(?:nicht|kaum|schwer) zu erreichen`, String.raw`nicht ans telefon`,
  // Italian
  String.raw`non (?:posso|possiamo|riesco a|riusciamo a|potro|potremo|potro mai) (?:rispondere al telefono|rispondere alle (?:chiamate|telefonate)|parlare al telefono|ricevere (?:chiamate|telefonate))`,
  // also the office ("l'ufficio amministrativo non è raggiungibile telefonicamente": the hundred-and-first pair's hijacked carrier)
  String.raw`non (?:sono|saro|siamo|saremo|e|sara) ${WORDS(1)}raggiungibil\p{L}* (?:telefonicamente|al telefono|per telefono)`,
  // "le nostre linee telefoniche non sono attive" (the hundredth pair's look-alike carrier, "moving offices")
  String.raw`(?:linee telefoniche|linea telefonica|telefoni) ${WORDS(2)}non (?:sono|e|saranno|sara) (?:attiv|disponibil|raggiungibil|funzionant)\p{L}*`,
  // "in questi giorni sono poco raggiungibile al telefono" (the sixty-sixth pair's hijacked freelancer on Libero)
  String.raw`(?:sono|saro|siamo|saremo) ${WORDS(1)}(?:poco|difficilmente) raggiungibil\p{L}* (?:telefonicamente|al telefono|per telefono)`,
  String.raw`${PHONE} (?:e|sono|sara|saranno) ${WORDS(3)}${OUT_OF_ORDER}`,
  // the office's numbers or switchboard out of reach ("i numeri fissi non sono raggiungibili", "le linee telefoniche fisse non sono
  // temporaneamente attive", "il centralino non è presidiato": look-alike carriers "moving offices"), or the office reachable in writing
  // only ("l'ufficio è temporaneamente raggiungibile solo per iscritto"), or the switchboard "in fase di migrazione al nuovo sistema"
  String.raw`(?:numeri fissi|numeri di telefono|numero fisso|centralino|linee? telefonic\p{L}*|linee? fiss\p{L}*) ${WORDS(2)}non (?:e|sono|sara|saranno) ${WORDS(1)}(?:attiv|disponibil|raggiungibil|funzionant|presidiat)\p{L}*`,
  String.raw`raggiungibil\p{L}* (?:solo|soltanto|esclusivamente|unicamente) (?:per iscritto|(?:via|per|tramite) (?:e-?mail|mail|posta elettronica))`,
  String.raw`centralino (?:e|sara) ${WORDS(2)}in (?:fase di )?(?:migrazione|aggiornamento|sostituzione)`,
  String.raw`${NOT_DENIED}(?:solo|soltanto|esclusivamente|unicamente) (?:via|per|tramite) (?:e-?mail|mail|posta elettronica)`, String.raw`al telefono non mi trov\p{L}*|non mi trov\p{L}* al telefono`,
  // Spanish
  String.raw`no (?:puedo|podre|podemos) (?:atender|contestar|coger|responder) ${WORDS(1)}(?:el telefono|llamadas)`,
  String.raw`no (?:puedo|podre) hablar por telefono`,
  // "estos días estoy de viaje con el primer equipo y me resulta difícil atender llamadas" (the hundred-and-fourth pair's look-alike club)
  String.raw`(?:me resulta|me es|es|sera|me sera) (?:muy )?(?:dificil|complicado|imposible) (?:atender|coger|contestar) (?:las |sus |tus )?(?:llamadas|el telefono)`,
  String.raw`no (?:estoy|estare|estamos|estaremos) (?:disponible|localizable)s? (?:por|al) telefono`,
  String.raw`${PHONE} (?:esta|estan|estara|estaran) ${WORDS(3)}${OUT_OF_ORDER}`,
  String.raw`${NOT_DENIED}(?:solo|solamente|unicamente|exclusivamente) por (?:correo|e-?mail)`, String.raw`no (?:contesto|contestamos|contesta|cojo|coge|cogemos|atiendo|atendemos|atiende) (?:el )?(?:telefono|movil)`,
  // Polish
  String.raw`nie (?:moge|bede mog[lł]\p{L}*|mozemy) (?:rozmawiac|odbierac|odebrac) ${WORDS(1)}(?:przez telefon|telefon\p{L}*|po[lł]aczen)`,
  String.raw`(?:jestem|bede|jestesmy|bedziemy) ${WORDS(2)}(?:niedostepn|nieosiagaln)\p{L}* telefonicznie`,
  String.raw`telefonicznie (?:jestem |bede |jestesmy |bedziemy )?${WORDS(1)}(?:niedostepn|nieosiagaln)\p{L}*`,
  String.raw`${PHONE} (?:jest|sa|bedzie|beda) ${WORDS(3)}${OUT_OF_ORDER}`,
  String.raw`${NOT_DENIED}tylko (?:mailowo|e-?mailem|droga mailowa|droga elektroniczna|przez e-?mail)`,
  // "Jestem dziś i jutro w trasie, najszybciej złapie mnie Pan mailowo" (the hundred-and-first pair's look-alike logistics partner)
  String.raw`najszybciej (?:\p{L}+ ){0,3}(?:mailowo|e-?mailem|mailem|przez e-?mail|droga mailowa)`,
  // "proszę o kontakt mailowy - w tym tygodniu jestem w trasie": by mail, for the writer is away
  String.raw`kontakt (?:mailowy|e-?mailowy|drog\p{L}* mailow\p{L}*)[\s,;:.–-]+(?:\p{L}+ ){0,4}(?:jestem|bede) (?:w trasie|w podrozy|w delegacji|na urlopie|na spotkaniach|poza biurem)`, String.raw`nie (?:odbieram|odbiore|bede odbiera\p{L}*) telefon\p{L}*`,
  // Russian
  String.raw`не (?:могу|смогу|можем) (?:говорить|разговаривать) по телефону`, String.raw`по телефону (?:сеичас |сегодня )?(?:говорить|разговаривать) не (?:могу|смогу|получится)`, String.raw`(?:на совещании|на переговорах|на встрече|в самолете|за рулем) ${WORDS(2)}(?:и )?(?:говорить|разговаривать) не (?:могу|смогу)`,
  String.raw`не (?:могу|смогу|можем) (?:ответить|отвечать) на звонки`,
  String.raw`не (?:могу|смогу|можем) (?:принимать|принять) звонки`,
  String.raw`недоступ\p{L}* по телефону|по телефону ${WORDS(2)}недоступ\p{L}*`,
  // "по телефону офиса до конца недели дозвониться сложно" (the forty-sixth pair's look-alike weaver)
  String.raw`дозвониться ${WORDS(1)}(?:сложно|трудно|невозможно|не получится)|(?:сложно|трудно|невозможно) (?:будет )?дозвониться`,
  String.raw`${PHONE} ${WORDS(2)}(?:не работа\p{L}*|на ремонте|на обслуживании|временно отключ\p{L}*)`,
  String.raw`${NOT_DENIED}только по (?:почте|e-?mail|электроннои почте)`, String.raw`не (?:беру|возьму|смогу взять) трубку`,
  // Greek
  String.raw`δεν (?:μπορω|θα μπορεσω|μπορουμε) να (?:μιλησω|μιλησουμε|απαντησω|απαντησουμε) (?:στο|σε|στα) (?:τηλεφωνο|τηλεφωνα|κλησεις)`,
  String.raw`δεν (?:ειμαι|θα ειμαι|ειμαστε) διαθεσιμ\p{L}* (?:στο |τηλεφωνικα|μεσω τηλεφωνου)`,
  // also "Τα τηλέφωνα του λογιστηρίου παρουσιάζουν πρόβλημα αυτές τις μέρες" (the hundredth pair's look-alike fuel supplier)
  String.raw`${PHONE} ${WORDS(3)}(?:σε συντηρηση|εκτος λειτουργιας|δεν λειτουργ\p{L}*|(?:παρουσιαζ|εχ)\p{L}* (?:\p{L}+ )?προβλημα)`,
  String.raw`${NOT_DENIED}μονο (?:μεσω|με) (?:email|e-mail|ηλεκτρονικ\p{L}* ταχυδρομει\p{L}*)`, String.raw`δεν (?:θα )?(?:απαντω|σηκωνω) (?:στο |το )?τηλεφωνο`,
  // the phone's battery dead ("В мессенджер не пиши, телефон сел": the forty-third pair's "director" on Yandex)
  String.raw`(?:phone|mobile|cell)(?:'s| is| has)? (?:battery )?(?:is )?(?:dead|died|flat|run out)|battery (?:is )?(?:dead|flat|empty|died)`,
  String.raw`(?:handy|akku|smartphone)(?: ist| bleibt)? (?:leer|tot|aus|ausgeschaltet)(?![\p{L}])`, String.raw`sin bateria|se me (?:ha )?(?:acabado|agotado) la bateria`,
  String.raw`(?:telefono|cellulare|batteria) (?:e )?scaric[oa]`, String.raw`(?:telefon|komorka|bateria)\p{L}* (?:mi )?(?:sie )?(?:roz[lł]adowa\p{L}*|pad[lł]\p{L}*)`,
  String.raw`телефон\p{L}* (?:сел|разрядил\p{L}*)|(?:сел|разрядил\p{L}*) телефон|батаре\p{L}* (?:села|разрядил\p{L}*)`,
  String.raw`(?:τελειωσε|επεσε|εχει τελειωσει|εχει πεσει) η μπαταρια|χωρις μπαταρια`,
  // no signal where the writer is: "jestem w trasie i mam ograniczony zasięg w telefonie"
  String.raw`(?:limited|poor|bad|no) (?:phone |mobile |cell )?(?:reception|signal|coverage)`,
  String.raw`(?:kein(?:en)?|schlecht\p{L}*|eingeschrankt\p{L}*) (?:handy|mobilfunk)?(?:empfang|netz)(?![\p{L}])`,
  String.raw`(?:poco|senza) campo|(?:poca|scarsa|limitata) copertura`,
  String.raw`(?:sin|poca|mala) cobertura`,
  String.raw`(?:ograniczony|slaby|brak) zasieg\p{L}*|(?:ograniczonym|slabym) zasiegiem`,
  String.raw`(?:плох\p{L}*|слаб\p{L}*) (?:мобильн\p{L}* )?связ\p{L}*|нет (?:мобильнои )?связи`,
  String.raw`(?:χωρις|κακο|περιορισμενο|ασθενες) σημα`,
  // no phone line at the office ("το λογιστήριο αυτές τις μέρες δεν έχει σταθερή τηλεφωνική γραμμή λόγω μετακόμισης":
  // the fifty-first pair's look-alike supplier with its new Cypriot account)
  String.raw`(?:have|has|there is) no ${WORDS(1)}(?:landline|phone line|telephone line|fixed line)`, String.raw`without (?:a |any )?(?:landline|phone line|telephone line)`,
  String.raw`(?:haben|hat|habe) ${WORDS(3)}(?:keine|keinen|kein) (?:telefonleitung|telefonanschluss|festnetz\p{L}*)`,
  String.raw`non (?:abbiamo|ha|ho|c e) ${WORDS(2)}(?:linea telefonica|linea fissa|telefono fisso)`,
  String.raw`no (?:tenemos|tiene|tengo|hay) ${WORDS(2)}(?:linea telefonica|linea fija|telefono fijo)`,
  String.raw`nie (?:mamy|ma|mam) ${WORDS(2)}(?:linii telefonicznej|telefonu stacjonarnego|stacjonarnego telefonu)`,
  String.raw`(?:нет|отсутствует|не будет) ${WORDS(2)}(?:телефоннои (?:связи|линии)|стационарного телефона|городского телефона)`,
  String.raw`δεν (?:εχει|εχουμε|εχω|υπαρχει) ${WORDS(3)}(?:τηλεφωνικη γραμμη|σταθερο τηλεφωνο)`,
  // "in a meeting all morning and can't talk" (the fortieth pair's "CEO" on Yahoo: "Είμαι σε σύσκεψη όλο το πρωί και δεν μπορώ να μιλήσω"),
  // or phone ("sono in riunione e non posso telefonare": the forty-ninth pair's "office manager" on Libero), up to six words
  // between ("sono in riunione con il consiglio tutta la mattina e non posso telefonare": the sixty-first pair's "CEO" on Gmail)
  String.raw`(?:in (?:a )?meetings?|on a flight|on the plane|driving) ${WORDS(6)}(?:and )?(?:can'?t|cannot|can not|unable to|won'?t be able to) (?:talk|speak|call|phone)`,
  String.raw`(?:in (?:einer )?besprechung|in meetings?|im flugzeug|im auto) ${WORDS(6)}(?:und )?kann ${WORDS(1)}nicht (?:sprechen|reden|telefonieren)`,
  String.raw`(?:en (?:una )?reunion(?:es)?|en el avion|conduciendo) ${WORDS(6)}(?:y )?no (?:puedo|podre) (?:hablar|llamar)`,
  String.raw`(?:in riunione|in aereo|alla guida|in macchina) ${WORDS(8)}(?:e )?non (?:posso|riesco a|potro) (?:parlare|telefonare|chiamare)`,
  String.raw`(?:na spotkaniu|na spotkaniach|na zebraniu|w samolocie|za kierownica) ${WORDS(6)}(?:i )?nie (?:moge|bede mog[lł]\p{L}*) (?:rozmawiac|dzwonic|zadzwonic)`,
  String.raw`(?:σε συσκεψη|σε συσκεψεις|σε συναντηση|στο αεροπλανο|οδηγω) ${WORDS(6)}(?:και )?δεν (?:μπορω|θα μπορεσω) να (?:μιλησω|τηλεφωνησω)`,
  // the firm's switchboard ruled out, where the real lawyer or supplier would answer ("please do not use
  // the firm's general switchboard; I can be reached on this email": the forty-sixth pair's "solicitor")
  String.raw`(?:don't|do not|please avoid|avoid) (?:use|using|call|calling|ring|ringing|contact|contacting|go through|going through) (?:the |our |my )?(?:firm's |firms |company's |office |main |general |central )*(?:switchboard|main (?:line|number)|office (?:line|number))`,
  String.raw`nicht (?:uber|an) (?:die|unsere|unserer) (?:zentrale|telefonzentrale)|(?:rufen sie|ruf) ${WORDS(2)}nicht (?:in|bei) der (?:zentrale|telefonzentrale)`,
  String.raw`non (?:chiamate|chiami|chiamare|usate|usi|usare|contattate|contatti|contattare) il centralino`,
  // or the office itself ("Per ragioni di riservatezza La prego di non telefonare in sede": the seventy-ninth pair's "lawyer")
  String.raw`non (?:telefonare|telefoni|telefonate|chiamare|chiami|chiamate) (?:in|alla|la) (?:sede|ufficio|azienda|societa)`,
  String.raw`(?:don't|do not|please do not) (?:call|phone|ring) (?:the |our |your )?(?:office|head office|headquarters)`,
  String.raw`(?:rufen sie|ruf) ${WORDS(2)}nicht (?:in|im|bei) (?:der firma|der zentrale|der hauptverwaltung|buro|der niederlassung)`,
  String.raw`no (?:llame|llames|llamen|telefonee) (?:a )?(?:la oficina|la sede|la central)`,
  String.raw`nie (?:dzwon\p{L}*|telefonuj\p{L}*) do (?:biura|siedziby|centrali|firmy)`,
  String.raw`не (?:звоните|звони) в (?:офис|головн\p{L}* офис)`,
  String.raw`μη(?:ν)? (?:καλεσετε|καλεσεις|τηλεφωνησετε|τηλεφωνησεις) (?:στα |στο )?(?:γραφει\p{L}*|εδρα)`,
  String.raw`no (?:llame|llames|llamen|llamar|use|uses|usen|usar|utilice|utilicen) (?:a )?la centralita`,
  String.raw`nie (?:dzwon\p{L}*|kontaktuj\p{L}*) (?:na|do|przez) central\p{L}*`,
  String.raw`не (?:звоните|звони|звонить) (?:в|на|через) (?:приемн\p{L}*|коммутатор|общ\p{L}* (?:номер|телефон)\p{L}*|секретар\p{L}*)`,
  String.raw`μη(?:ν)? (?:καλεσετε|καλεσεις|παρετε|παρεις|τηλεφωνησετε|τηλεφωνησεις) (?:στο |το )?κεντρικ\p{L}*`,
  // the matter to be handled in writing ("Για λόγους εσωτερικού ελέγχου, η επικοινωνία για το θέμα αυτό ας γίνει γραπτώς σε αυτή τη
  // διεύθυνση": the fifty-eighth pair's look-alike shipowner with its new Cypriot account)
  String.raw`(?:communication|correspondence|contact) ${WORDS(6)}(?:only |exclusively )?in writing`,
  String.raw`(?:kommunikation|korrespondenz|kontakt) ${WORDS(6)}(?:nur |ausschliesslich )?schriftlich`,
  String.raw`(?:comunicacion|correspondencia|contacto) ${WORDS(6)}(?:solo |unicamente |exclusivamente )?por escrito`,
  String.raw`(?:comunicazion\p{L}*|corrispondenza|contatt\p{L}*) ${WORDS(6)}(?:solo |unicamente |esclusivamente )?per iscritto`,
  String.raw`(?:komunikacj\p{L}*|korespondencj\p{L}*|kontakt\p{L}*) ${WORDS(6)}(?:wy[lł]acznie |tylko )?(?:pisemn\p{L}*|na pi[sś]mie|w formie pisemnej)`,
  String.raw`(?:общени\p{L}*|переписк\p{L}*|связь|коммуникаци\p{L}*) ${WORDS(6)}(?:только |исключительно )?(?:письменно|в письменном виде)`,
  String.raw`επικοινωνια ${WORDS(6)}(?:μονο )?γραπτως`,
]);
/** the words every phrase has one of: a cheap first look */
const NO_CALLS_WORD = /communication|correspondence|kommunikation|korrespondenz|comunicacion|correspondencia|comunicazion|corrispondenza|komunikacj|korespondencj|общени|переписк|связь|коммуникаци|contact|wenden sie|kontakt|contatt|contacte|contactar|обращаитесь|связываитесь|επικοινων|esclusivamente|unicamente|soltanto|exclusivamente|solamente|exclusively|switchboard|main line|main number|office line|office number|zentrale|centralit|central|приемн|коммутатор|общ|секретар|κεντρικ|batter|bateri|батаре|μπαταρ|akku|handy|cellulare|komork|correo|talk|speak|sprechen|reden|hablar|parlare|rozmawiac|μιλησ|phone|call|mailow|говорить|разговаривать|ring me|ruf|chiam|telefon|llam|dzwon|звон|παιρνεις|παρεις|παρετε|παιρνετε|centralin|reception|signal|coverage|empfang|netz|campo|copertura|cobertura|zasieg|связ|σημα|трубк|mail|telefon|telefono|chiamat|telefonat|llamad|po[lł]aczen|mailowo|телефон|звонк|почте|τηλεφων|κλησ|email|numeri|linee|raggiungibil|дозвон/;

export { scamFormOptionsSchema as phoneAvoidedOptionsSchema } from './scam-form.ts';

/** The first phrase in texts (see readerTexts) that rules a call out, or null. */
export function phoneAvoided(texts: ReadonlyArray<{ text: string }>): string | null {
  return firstPhrase(texts.map((t) => comparableText(t.text)).filter((t) => NO_CALLS_WORD.test(t)), NO_CALLS);
}

export const phoneAvoidedCheck = scamFormCheck({
  name: 'phone-avoided',
  symbol: 'PHONE_AVOIDED',
  gate: (texts) => texts.some((t) => NO_CALLS_WORD.test(comparableText(t.text))),
  describe: (texts) => {
    const said = phoneAvoided(texts);
    return said ? `says "${said}"` : null;
  },
  strangersDoubtful: true,
  // a colleague or a correspondent people here write to, busy for a day, is taken at its word
  correspondentsTrusted: true,
  aggravated: {
    symbol: 'PHONE_AVOIDED_PAYMENT',
    describe: (texts) => {
      const account = accountsOf(texts)[0];
      const sum = account ? texts.map((t) => sumOfMoney(t.text)).find(Boolean) : null;
      return account && sum ? `asks for ${sum} into ${account}` : null;
    },
  },
});

export default phoneAvoidedCheck;
