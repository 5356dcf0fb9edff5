"""Italian attack messages (5)."""

import random

import ids
import org
import pdf
import zipc
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, Bot, hash_seed
from mime import HStyle
from org import S, A, esc

U = HStyle("utf-8", "Q")


# 17 ---------------------------------------------------------------------
def ferretti_iban():
    new = ids.iban_it("03268", "22300", "052879412360")
    old = org.BANK["ferretti"]
    body = """Gentile Dott.ssa Dal Bò,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari della nostra società, a far data dal 2 novembre 2026 le coordinate per il pagamento delle nostre fatture sono variate come segue:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. – Filiale di Milano 3
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto anche il pagamento delle fatture in scadenza al 31/10/2026 (nn. 2026/3318, 2026/3342 e 2026/3407, per complessivi € 14.862,40), non ancora saldate.

Il precedente conto presso Banco BPM (%s) è in fase di estinzione e non potrà più ricevere accrediti.

In allegato trovate la comunicazione ufficiale firmata dall'amministratore delegato. Vi saremmo grati se poteste confermarci via e-mail l'avvenuto aggiornamento.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 23 – 37135 Verona
""" % (ids.fmt_iban(new), ids.fmt_iban(old))
    letter = pdf.make_pdf([
        "# FERRETTI TRASPORTI S.p.A.", "Via dell'Industria 23 – 37135 Verona",
        "P.IVA " + ids.it_piva("0349871023"), "",
        "Spett.le Example Group Italia S.r.l.", "Viale Treviso 41 – 33170 Pordenone", "",
        "Verona, 28 ottobre 2026", "",
        "# Oggetto: variazione coordinate bancarie", "",
        "Si comunica che, con decorrenza 02/11/2026, tutti i pagamenti a favore di",
        "Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul conto:", "",
        "IBAN " + ids.fmt_iban(new), "Banca Sella S.p.A. – BIC SELBIT2BXXX", "",
        "Le precedenti coordinate non sono più valide.", "",
        "L'Amministratore Delegato", "Giorgio Ferretti",
    ], title="Variazione IBAN", producer="Microsoft: Print To PDF", creator="", author="",
        created="20261028112200+01'00'")
    route = Hosted("mail.ferretti-trasporti.com", "vmi2214587.contaboserver.net", "161.97.133.58",
                   mta="postfix", origin=("[192.168.88.14]", "unknown", "91.92.243.17"),
                   by="mail.ferretti-trasporti.com")
    cl = Client("thunderbird", domain="ferretti-trasporti.com", hstyle=U, mailer="Mozilla Thunderbird")
    return mail(kind="attack", lang="it", slug="ferretti-variazione-iban-lookalike",
                t="2026-10-29 11:47:20", rcpt=A("it_acc"), route=route, client=cl,
                frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.com"),
                to=[S["it_acc"]],
                subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
                body=Multi("mixed", [Text(body, charset="UTF-8", cte="8bit", params="; format=flowed"),
                                     Bin(letter, "application/pdf", "Comunicazione_variazione_IBAN.pdf")]),
                what="Carrier bank-detail change 'from Ferretti Trasporti' asking to pay three overdue "
                     "freight invoices (EUR 14,862.40) to a new IBAN.",
                why="Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it, Aruba mail) "
                    "on a Contabo VPS; asks only for an e-mail confirmation, no call-back; pressure on "
                    "overdue items; the genuine carrier's reminder (business 17) quotes the known Banco "
                    "BPM account.")


# 18 ---------------------------------------------------------------------
def sdi_scarto():
    link = "https://ivaservizi-agenziaentrate.fatture-sdi.com/portale/web/guest/?idFile=IT00743640153_a8Kx1"
    txt = """Agenzia delle Entrate – Fatture e Corrispettivi

Notifica di scarto

Identificativo SdI: 14778203961
Nome file: IT00743640153_a8Kx1.xml.p7m
Codice errore: 00404 – Fattura duplicata

Gentile contribuente,

il Sistema di Interscambio ha scartato il file indicato. La fattura si considera non emessa ai sensi del provvedimento del 30 aprile 2018.

Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 è necessario regolarizzare la posizione entro 5 giorni, accedendo all'area riservata con SPID o CIE:

%s

Agenzia delle Entrate
Questo messaggio è generato automaticamente, si prega di non rispondere.
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1a1a1a">
<div style="background:#0066cc;color:#fff;padding:14px 20px;font-size:19px">Agenzia delle Entrate &ndash; Fatture e Corrispettivi</div>
<div style="padding:20px">
<h3 style="color:#0066cc;margin-top:0">Notifica di scarto</h3>
<table style="font-size:14px"><tr><td>Identificativo SdI:</td><td><b>14778203961</b></td></tr>
<tr><td>Nome file:</td><td><b>IT00743640153_a8Kx1.xml.p7m</b></td></tr>
<tr><td>Codice errore:</td><td><b>00404 &ndash; Fattura duplicata</b></td></tr></table>
<p>Gentile contribuente,</p>
<p>il Sistema di Interscambio ha scartato il file indicato. La fattura si considera non emessa ai sensi del
provvedimento del 30 aprile 2018.</p>
<p>Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 &egrave; necessario
regolarizzare la posizione <b>entro 5 giorni</b>, accedendo all'area riservata con SPID o CIE.</p>
<p><a href="%s" style="background:#0066cc;color:#fff;padding:9px 18px;text-decoration:none">Accedi con SPID</a></p>
<p style="font-size:12px;color:#666">Agenzia delle Entrate &ndash; Questo messaggio &egrave; generato automaticamente,
si prega di non rispondere.</p></div></body></html>
""" % link
    route = Hosted("srv581273.hstgr.cloud", "srv581273.hstgr.cloud", "89.116.38.211", mta="postfix",
                   origin=("localhost", "localhost", "127.0.0.1"), by="srv581273.hstgr.cloud")
    cl = Client("phpmailer", domain="srv581273.hstgr.cloud", hstyle=U,
                mailer="PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")
    return mail(kind="attack", lang="it", slug="sdi-notifica-scarto-spid",
                t="2026-11-18 09:12:06", rcpt=A("it_acc"), route=route, client=cl,
                env_from="notifiche@fatture-sdi.com",
                frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@fatture-sdi.com"),
                to=[("", A("it_acc"))],
                subject="Notifica di scarto - File IT00743640153_a8Kx1.xml.p7m",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="E-invoicing phishing: fake SdI 'notifica di scarto' for a duplicate invoice, "
                     "with a 5-day penalty threat and an 'Accedi con SPID' link to a credential page.",
                why="SdI notifications reach the company through its e-invoicing provider/PEC (business "
                    "18), never by plain e-mail from fatture-sdi.com; PHPMailer on a Hostinger VPS; the "
                    "link host only starts with 'ivaservizi-agenziaentrate'.")


# 19 ---------------------------------------------------------------------
def delpiero_zip():
    rng = random.Random(hash_seed("delpiero-zip"))
    z = zipc.make_zip([("Ordine_DelPiero_0412_firmato.pdf.js",
                        b"// placeholder - inert test file, no code\n")],
                      rng, password="DP0412", when=(2026, 11, 26, 16, 2, 10))
    body = """Buongiorno Davide,

in allegato l'ordine definitivo firmato per il preventivo 2026/IT/0412, con le due modifiche di cui abbiamo parlato: finitura rovere nodato al posto del noce canaletto per i comò e consegna presso il nuovo magazzino di Tavagnacco.

Per motivi di privacy il file è protetto, la password è: DP0412

Mi confermi per cortesia la data di consegna appena puoi?

Cordiali saluti
Paolo Del Piero
Arredamenti Del Piero – Udine

> Il 12/11/2026 10:05, Davide Zanin <davide.zanin@example.com> ha scritto:
>
> Buongiorno Paolo,
> grazie per la conferma. Le invio il preventivo aggiornato 2026/IT/0412 con lo
> sconto del 4%% concordato. Resto in attesa dell'ordine firmato.
>
> Cordiali saluti
> Davide Zanin
> Example Group Italia S.r.l.
"""
    route = Hosted("smtp-32-i6.italiaonline.it", "smtp-32-i6.italiaonline.it", "213.209.14.32",
                   mta="libero", tls="1.2")
    cl = Client("ox", domain="mail1.libero.it", hstyle=U, mailer="Open-Xchange Mailer v7.10.6-Rev44")
    return mail(kind="attack", lang="it", slug="delpiero-zip-protetto-threadhijack",
                t="2026-11-26 16:03:44", rcpt=A("it_mgr"), route=route, client=cl,
                frm=("Arredamenti Del Piero", "arredamentidelpiero@libero.it"), to=[S["it_mgr"]],
                subject="R: Conferma ordine preventivo 2026/IT/0412",
                refs=("<8f21c47de0934b1a9b5e3a6c1d207f44@EXCH02.corp.example.com>",
                      ["<1412331.90211.1794384721544@mail1.libero.it>",
                       "<8f21c47de0934b1a9b5e3a6c1d207f44@EXCH02.corp.example.com>"]),
                body=Multi("mixed", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                     Bin(z, "application/zip", "Ordine_DelPiero_0412_firmato.zip")]),
                zip_password="DP0412",
                what="Thread hijack from the compromised Libero mailbox of customer Arredamenti Del Piero: "
                     "'signed order' as a ZipCrypto-protected ZIP (password in the body) containing a "
                     "JavaScript file disguised as PDF.",
                why="Genuine sender and infrastructure (see business 19), but a password-protected archive "
                    "to evade scanning, double extension .pdf.js inside, changed delivery address; the "
                    "customer previously sent plain PDFs.")


# 20 ---------------------------------------------------------------------
def intesa_okey():
    link = "https://inbiz-intesasanpaolo.attivazione-okey.com/inbiz/login?cod=IT-88412"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#007a33;color:#fff;padding:16px 24px;font-size:20px">Intesa Sanpaolo <span style="font-size:13px">Inbiz</span></td></tr>
<tr><td style="padding:24px">
<p>Gentile Cliente,</p>
<p>nell'ambito dell'adeguamento alla normativa europea PSD2 e alle nuove misure di sicurezza per i pagamenti
aziendali, il Suo dispositivo <b>O-Key Smart</b> associato al profilo Inbiz deve essere <b>riattivato entro il
12/11/2026</b>.</p>
<p>In assenza di riattivazione, le disposizioni di bonifico SEPA e le distinte F24 in attesa di firma
verranno sospese.</p>
<p style="text-align:center"><a href="%s" style="background:#007a33;color:#fff;padding:11px 26px;
text-decoration:none;border-radius:3px">Riattiva O-Key Smart</a></p>
<p>Per completare la procedura Le saranno richiesti codice titolare, PIN e il codice generato dall'app.</p>
<p>Cordiali saluti<br>Servizio Clienti Imprese<br>Intesa Sanpaolo S.p.A.</p>
</td></tr></table></body></html>
""" % link
    txt = """Gentile Cliente,

nell'ambito dell'adeguamento alla normativa europea PSD2, il Suo dispositivo O-Key Smart associato al profilo Inbiz deve essere riattivato entro il 12/11/2026.

In assenza di riattivazione, le disposizioni di bonifico SEPA e le distinte F24 in attesa di firma verranno sospese.

Riattiva O-Key Smart: %s

Cordiali saluti
Servizio Clienti Imprese
Intesa Sanpaolo S.p.A.
""" % link
    route = Hosted("cpanel12.webhosting-italia.net", "cpanel12.webhosting-italia.net", "185.81.4.122",
                   mta="exim", origin=("studiogeom", "", ""), by="cpanel12.webhosting-italia.net")
    cl = Client("phpmailer", domain="studiogeometriassociati.it", hstyle=U,
                mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")
    return mail(kind="attack", lang="it", slug="intesa-inbiz-okey-wordpress",
                t="2026-11-09 06:58:13", rcpt=A("it_mgr"), route=route, client=cl,
                env_from="studiogeom@cpanel12.webhosting-italia.net",
                frm=("Intesa Sanpaolo Inbiz", "avvisi@intesasanpaolo-inbiz.it.com"),
                to=[("", A("it_mgr"))],
                subject="Inbiz: riattivazione dispositivo O-Key Smart entro il 12/11/2026",
                extra=[("X-PHP-Originating-Script", "1017:wp-mailer-cache.php")],
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="Business-banking phishing (Intesa Sanpaolo Inbiz): O-Key Smart 'must be re-activated' "
                     "or SEPA transfers and F24 payments are suspended.",
                why="Sent by a PHP script on a compromised WordPress site of a surveyor's office "
                    "(X-PHP-Originating-Script, Exim local delivery) with a .it.com look-alike From; asks for "
                    "holder code, PIN and OTP; bank never requests re-activation by e-mail link.")


# 21 ---------------------------------------------------------------------
def svg_voicemail():
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="260" viewBox="0 0 520 260">
  <rect width="520" height="260" rx="10" fill="#f3f2f1"/>
  <text x="30" y="48" font-family="Segoe UI, Arial" font-size="20" fill="#323130">Messaggio vocale ricevuto</text>
  <text x="30" y="80" font-family="Segoe UI, Arial" font-size="14" fill="#605e5c">Da: +39 045 8012 344 (Ferretti Trasporti)</text>
  <text x="30" y="102" font-family="Segoe UI, Arial" font-size="14" fill="#605e5c">Durata: 00:47 · 25/11/2026 08:41</text>
  <a xlink:href="https://voicemail-teams.azurewebsites-cdn.net/play?m=VM-8841&amp;u=francesca.dalbo%40example.com" target="_blank">
    <circle cx="70" cy="170" r="32" fill="#6264a7"/>
    <polygon points="60,152 60,188 90,170" fill="#ffffff"/>
    <text x="120" y="176" font-family="Segoe UI, Arial" font-size="16" fill="#6264a7">Clicca per ascoltare (accesso Microsoft 365)</text>
  </a>
</svg>
"""
    body = """Hai ricevuto un nuovo messaggio vocale.

Chiamante: +39 045 8012 344
Durata: 00:47
Ricevuto: 25/11/2026 08:41

Apri l'allegato per ascoltare il messaggio.

Centralino Example Group
"""
    route = Bot("mail.apexcoldstorage.com.au", "mail.apexcoldstorage.com.au", "103.27.32.150", zone="UTC",
                tls="1.2")
    cl = Client("generic", domain="apexcoldstorage.com.au", hstyle=U)
    return mail(kind="attack", lang="it", slug="svg-messaggio-vocale",
                t="2026-11-25 09:03:51", rcpt=A("it_acc"), route=route, client=cl,
                env_from="noreply@apexcoldstorage.com.au",
                frm=("Centralino Example Group", "voicemail@examplegroup.eu"), to=[("", A("it_acc"))],
                subject="Nuovo messaggio vocale da +39 045 8012 344 (00:47)",
                body=Multi("mixed", [Text(body, charset="iso-8859-1", cte="quoted-printable"),
                                     Bin(svg.encode("utf-8"), "image/svg+xml",
                                         "Messaggio_vocale_+390458012344.svg")]),
                what="Fake voicemail notification with an SVG attachment whose 'play' button links to a "
                     "Microsoft 365 credential page.",
                why="Spoofs the company's own domain from an Australian mail server (envelope from "
                    "apexcoldstorage.com.au, not the internal relay); voicemail delivered as SVG image "
                    "instead of audio; genuine PBX notifications come via mail-int01 with a WAV "
                    "(business 21).")


MESSAGES = [ferretti_iban, sdi_scarto, delpiero_zip, intesa_okey, svg_voicemail]
