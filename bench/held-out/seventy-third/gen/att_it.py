"""Italian attack messages 17-21."""
import base64

from lib import *
import facts as F


def m17():
    slug = "sdi-fattura-scartata-phishing"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 19, 8, 44, 9)
    snd = "notifiche@sdi-fatturapa.it"
    rcpt = S("it_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.sdi-fatturapa.it", "vmi2154873.contaboserver.net", "161.97.133.58",
                  mailer="phpmailer")
    fname = "IT%s_a7K2m.xml.p7m" % F.EG_IT_PIVA
    url = "https://ivaservizi.agenziaentrate-fatture.com/portale/web/guest/fatture?scarto=%s&piva=%s" % (digits(r, 10), F.EG_IT_PIVA)
    text = """Agenzia delle Entrate - Fatture e Corrispettivi

Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il seguente file fattura trasmesso per conto di Example Group Italia S.r.l. (P.IVA %s):

Nome file: %s
Numero fattura: 2026/FE/01873 del 16/10/2026
Identificativo SdI: %s
Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

Ai sensi delle specifiche tecniche, la fattura scartata si considera non emessa. E' necessario correggere e ritrasmettere il documento entro 5 giorni dalla data della presente notifica per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

Per visualizzare il dettaglio dello scarto acceda all'area riservata "Fatture e Corrispettivi" con SPID, CIE o CNS:
%s

Cordiali saluti
Agenzia delle Entrate
Sistema di Interscambio

Messaggio generato automaticamente, si prega di non rispondere.""" % (F.EG_IT_PIVA, fname, digits(r, 10), url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Titillium Web,Arial,sans-serif;font-size:14px;color:#1a1a1a;background:#f2f2f2">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0066cc;color:#fff;padding:18px 24px;font-size:20px"><b>Agenzia delle Entrate</b><br><span style="font-size:13px">Fatture e Corrispettivi</span></td></tr>
<tr><td style="padding:24px">
<p>Gentile contribuente,</p>
<p>il Sistema di Interscambio (SdI) ha <b>scartato</b> il seguente file fattura trasmesso per conto di <b>Example Group Italia S.r.l.</b> (P.IVA %s):</p>
<table cellpadding="6" style="font-size:13px;border:1px solid #ddd;width:100%%">
<tr><td>Nome file</td><td><b>%s</b></td></tr>
<tr><td>Numero fattura</td><td>2026/FE/01873 del 16/10/2026</td></tr>
<tr><td>Codice errore</td><td style="color:#c00">00305 - IdFiscaleIVA del cessionario/committente non valido</td></tr>
</table>
<p>Ai sensi delle specifiche tecniche, la fattura scartata si considera non emessa. È necessario correggere e ritrasmettere il documento entro <b>5 giorni</b> dalla data della presente notifica per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997.</p>
<p style="text-align:center;margin:26px"><a href="%s" style="background:#0066cc;color:#fff;padding:11px 22px;text-decoration:none">Visualizza dettaglio scarto</a></p>
<p style="font-size:12px;color:#666">Accesso con SPID, CIE o CNS. Messaggio generato automaticamente, si prega di non rispondere.</p>
</td></tr></table></body></html>
""" % (F.EG_IT_PIVA, fname, url)
    text = text.replace("E' necessario", "È necessario")
    body = alt(p, text, html, "windows-1252", "quoted-printable")
    return Mail(17, "it", slug, A, p, ("Agenzia delle Entrate - Fatture e Corrispettivi", snd), [S("it_acc")],
                "Notifica di scarto - fattura n. 2026/FE/01873 - file " + fname, body,
                what="E-invoicing credential phishing: fake SdI 'notifica di scarto' for an Italian e-invoice from a Contabo VPS, link to a fake 'Fatture e Corrispettivi' login (SPID/CIE).",
                why="SdI delivers receipts via the transmission channel (PEC/web service) and never from sdi-fatturapa.it; link goes to agenziaentrate-fatture.com, not agenziaentrate.gov.it; SPID credentials are the prize; 5-day sanction threat; PHPMailer on a rented server.")


def m18():
    slug = "ferretti-iban-lookalike"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 11, 11, 26, 50)
    snd = "c.colombo@ferreti-trasporti.it"
    rcpt = S("it_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.ferreti-trasporti.it", "vps-8c31d0e2.vps.ovh.net", "57.128.190.44",
                  mailer="outlook-forged", submit_ip="102.91.4.19")
    p.hdrs[-1] = ("Content-Language", "it")
    text = """Buongiorno Giulia,

come anticipato telefonicamente alla sua collega, a seguito di una verifica fiscale in corso il nostro conto principale presso BPER è temporaneamente vincolato e non può ricevere accrediti.

Fino a nuova comunicazione Vi preghiamo pertanto di effettuare i pagamenti sul nostro conto d'appoggio:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Intesa Sanpaolo - Filiale di Modena
IBAN: %s

Vi chiediamo cortesemente di saldare le fatture n. 1184/26 e 1203/26 (totale EUR 14.892,40), già scadute, entro venerdì su questo IBAN, così da non dover sospendere i ritiri della prossima settimana. In allegato la comunicazione su carta intestata firmata dal nostro amministratore.

In questi giorni sono spesso fuori ufficio per le visite ai clienti, per qualsiasi chiarimento scrivetemi pure qui.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via Emilia Ovest 1180 - 41123 Modena
Tel. +39 059 827 4410""" % iban_fmt(F.FERRETTI_IBAN_FRAUD)
    html = html_outlook(text, "iso-8859-15", lang="IT")
    pdf = simple_pdf("Comunicazione variazione coordinate bancarie", [
        "# FERRETTI TRASPORTI S.p.A.",
        "Autotrasporti conto terzi - ADR - Cisterne",
        "Via Emilia Ovest 1180 - 41123 Modena - P.IVA " + F.FERRETTI_PIVA,
        "",
        "Spett.le Example Group Italia S.r.l.",
        "Via Stalingrado 45 - 40128 Bologna",
        "",
        "Modena, 10/11/2026",
        "",
        "## Oggetto: comunicazione temporanea coordinate bancarie",
        "",
        "Con la presente Vi comunichiamo che, con effetto immediato e fino a nuova comunicazione,",
        "i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto:",
        "",
        "**Intestatario: Ferretti Trasporti S.p.A.",
        "**Banca: Intesa Sanpaolo S.p.A. - Filiale di Modena",
        "**IBAN: " + iban_fmt(F.FERRETTI_IBAN_FRAUD),
        "",
        "Distinti saluti",
        "",
        "L'Amministratore Delegato",
        "Roberto Ferretti",
    ], author="Chiara Colombo", created=pdfdate(plus(t, -3600 * 20)))
    body = mixed(p, alt(p, text, html, "iso-8859-15", "quoted-printable"),
                 [att(p, pdf, "Comunicazione_variazione_IBAN_Ferretti.pdf")])
    return Mail(18, "it", slug, A, p, ("Chiara Colombo", snd), [S("it_acc")],
                "R: Fatture trasporti ottobre - nuove coordinate bancarie", body, cc=[S("it_mgr")],
                what="Carrier bank-detail change from look-alike ferreti-trasporti.it (one 't' missing) on an OVH VPS: 'main BPER account frozen by a tax audit', pay overdue invoices to a temporary Intesa account.",
                why="Look-alike domain, fake 'R:' thread, forged Outlook headers on a rented server submitted from an African IP, frozen-account pretext, deadline with threat to stop pickups, asks to reply by mail only; contradicts the genuine Ferretti notice (business 17), which announced a move to Crédit Agricole from 2027 with phone verification.")


def m19():
    slug = "falso-avvocato-acquisizione"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 26, 15, 9, 22)
    snd = "l.bellandi@bellandi-partners-legal.com"
    rcpt = S("it_mgr")[1]
    p = infra.vps(r, t, snd, rcpt, "srv528114.hstgr.cloud", "srv528114.hstgr.cloud", "89.116.147.19",
                  mailer="thunderbird", submit_ip="45.84.107.73")
    p.hdrs.append(("Content-Language", "it"))
    text = """Egregio Dott. Ricci,

su indicazione del Dott. Görtz, che legge in copia, Le scrivo in merito all'operazione riservata denominata "Progetto Reno", ossia l'acquisizione di una quota di maggioranza di un gestore del servizio idrico integrato in Emilia-Romagna, di cui il nostro studio cura gli aspetti legali e la due diligence.

Per la sottoscrizione del contratto preliminare è richiesto, entro le ore 12:00 di domani, il versamento di un deposito cauzionale infruttifero di EUR 186.400,00 su un conto fiduciario (escrow) aperto presso il nostro partner bancario per la durata dell'operazione:

Beneficiario: Bellandi & Partners - Escrow Progetto Reno
IBAN: %s
BIC: EVIULT2VXXX
Causale: Deposito cauzionale PR-2611

L'importo sarà restituito integralmente alla firma del closing o in caso di mancato perfezionamento.

Trattandosi di informazioni privilegiate ai sensi del Regolamento (UE) 596/2014 (MAR), La prego di non parlare dell'operazione con altri colleghi, né con il personale amministrativo, fino all'annuncio ufficiale. Il Dott. Görtz mi ha confermato che Lei è l'unico referente per l'Italia. Per qualsiasi aspetto operativo può rivolgersi direttamente a me per e-mail.

Distinti saluti

Avv. Lorenzo Bellandi
Bellandi & Partners - Studio Legale
Milano - Lugano
Via Senato 14, 20121 Milano""" % iban_fmt(F.ESCROW_LT_IBAN)
    body = Text(text, "plain", "UTF-8", "8bit", params=["format=flowed"])
    return Mail(19, "it", slug, A, p, ("Avv. Lorenzo Bellandi", snd), [S("it_mgr")],
                "Riservato - Progetto Reno / deposito fiduciario", body,
                cc=[("Matthias Görtz", "matthias.goertz@examplegroup-eu.com")],
                what="Fake-lawyer BEC: 'Avv. Lorenzo Bellandi' asks the Italian office manager to wire a 186,400 EUR escrow deposit for a secret acquisition, with the CEO 'in copy' on look-alike examplegroup-eu.com.",
                why="CEO cc'd on a look-alike domain (examplegroup-eu.com ≠ examplegroup.eu), unknown law firm on a VPS-hosted domain, secrecy justified with MAR insider rules, next-day deadline, escrow account at a Lithuanian payment institution, instruction to deal only with the 'lawyer' by e-mail.")


def m20():
    slug = "aruba-pec-rinnovo-phishing"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 4, 7, 58, 14)
    snd = "noreply@aruba-rinnovi-servizi.it"
    rcpt = S("it_mgr")[1]
    p = infra.brevo(r, t, snd, rcpt)
    url = "https://aruba-it.rinnovo-servizi.com/area-clienti/login?rid=%s&pec=examplegroup-italia%%40arubapec.it" % hexs(r, 12)
    text = """Aruba.it

Gentile Cliente,

il rinnovo automatico della casella PEC

  examplegroup-italia@arubapec.it

non è andato a buon fine: la carta di credito associata al servizio risulta scaduta.

La casella verrà sospesa il 07/12/2026. Dopo la sospensione non sarà più possibile inviare e ricevere messaggi PEC e i messaggi in arrivo verranno respinti al mittente.

Per evitare la sospensione rinnova entro 48 ore (importo EUR 11,90 + IVA):
%s

Grazie per aver scelto Aruba.
Il Team Aruba

Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)""" % url
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px">
<tr><td style="padding:20px 30px;border-bottom:4px solid #f28c00"><span style="font-size:26px;font-weight:bold;color:#f28c00">Aruba</span><span style="font-size:26px;color:#555">.it</span></td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:1.5">
<p>Gentile Cliente,</p>
<p>il rinnovo automatico della casella PEC <b>examplegroup-italia@arubapec.it</b> non è andato a buon fine: la carta di credito associata al servizio risulta scaduta.</p>
<p>La casella verrà <b>sospesa il 07/12/2026</b>. Dopo la sospensione non sarà più possibile inviare e ricevere messaggi PEC e i messaggi in arrivo verranno respinti al mittente.</p>
<p style="text-align:center;margin:30px 0"><a href="%s" style="background:#f28c00;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>
<p style="font-size:13px;color:#777">Importo: € 11,90 + IVA. Il rinnovo è immediato.</p>
<p>Grazie per aver scelto Aruba.<br>Il Team Aruba</p>
</td></tr>
<tr><td style="padding:16px 30px;background:#333;color:#bbb;font-size:11px">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr>
</table>
<img width="1" height="1" src="https://r.sp1-brevo.net/tr/op/%s" alt="">
</body></html>
""" % (url, alnum(r, 64))
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(20, "it", slug, A, p, ("Aruba.it", snd), [S("it_mgr")],
                "Avviso di sospensione: casella PEC examplegroup-italia@arubapec.it", body,
                extra=[("List-Unsubscribe", "<https://r.sp1-brevo.net/tr/un/%s>" % alnum(r, 48))],
                what="Brand phishing (Aruba PEC renewal) via Brevo from aruba-rinnovi-servizi.it: failed card renewal, mailbox suspended in 48 h, 'RINNOVA ORA' to a fake customer area.",
                why="Aruba notices come from aruba.it / staff.aruba.it and link to managehosting.aruba.it; this is a look-alike sender on a bulk ESP linking to rinnovo-servizi.com to harvest the Aruba customer login and card; contradicts the genuine notice (business 18: box renews on 15/12 with auto-renew active).")


def m21():
    slug = "gift-card-libero"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 18, 10, 41, 5)
    snd = "ricci.alessandro.egi@libero.it"
    rcpt = S("it_acc")[1]
    p = infra.libero(r, t, snd, rcpt, "151.57.203.88")
    text = """Ciao Giulia,

sei in ufficio? Sono in riunione al Consorzio fino a tardi e non riesco a rispondere al telefono.

Mi serve un favore veloce e riservato: vorrei fare una sorpresa di Natale ai ragazzi del depuratore di Casalecchio. Puoi acquistare 10 carte regalo Amazon da 100 euro? Le trovi in tabaccheria o al supermercato.

Quando le hai prese gratta il retro, fai una foto ai codici e mandamela qui, così le giro io ai ragazzi. Ti rimborso tutto lunedì con la nota spese.

Non dire niente agli altri, deve essere una sorpresa :)

Grazie mille
Alessandro"""
    html = "<!doctype html>\n<html>\n <head> \n  <meta charset=\"UTF-8\"> \n </head>\n <body>\n" + "".join(
        "  <div>\n   %s\n  </div>\n" % (html_escape(l) if l else "<br>") for l in text.split("\n")) + " </body>\n</html>"
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(21, "it", slug, A, p, ("Alessandro Ricci", snd), [S("it_acc")], "Sei in ufficio?", body,
                what="Gift-card scam: the Italian office manager's name on a libero.it webmail address asks the accountant to buy ten 100 EUR Amazon gift cards and send photos of the codes.",
                why="Staff display name on a free mailer, unreachable by phone, secrecy ('don't tell the others'), gift cards with codes sent by e-mail, reimbursement promised later – unmistakable gift-card fraud.")


def build():
    return [m17(), m18(), m19(), m20(), m21()]
