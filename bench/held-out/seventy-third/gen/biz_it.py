"""Italian genuine business messages 17-21."""
from lib import *
import facts as F

FERRETTI_RELAY = dict(kind="aruba")


def b17():
    slug = "ferretti-variazione-iban-2027"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 2, 10, 15, 33)
    snd = "amministrazione@ferretti-trasporti.it"
    rcpt = S("it_acc")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, FERRETTI_RELAY, pc="AMM-PC02", client_ip="93.63.184.21", lang="it",
                              hcs="windows-1252")
    text = """Spett.le Example Group Italia S.r.l.,
alla c.a. Ufficio Amministrazione

con la presente Vi informiamo che, a partire dal 1° gennaio 2027, le coordinate bancarie per i pagamenti a favore di Ferretti Trasporti S.p.A. cambieranno come segue:

Banca: Crédit Agricole Italia S.p.A. - Filiale di Modena Centro
IBAN: %s

Fino al 31/12/2026 resta valido il conto attuale presso BPER Banca (IBAN %s), che rimarrà comunque attivo fino al 31/03/2027 per eventuali pagamenti in transito.

La comunicazione formale, firmata dal nostro Direttore Amministrativo, è allegata e Vi è stata inviata anche tramite PEC. Per sicurezza Vi chiediamo di verificare la variazione telefonicamente con il nostro ufficio amministrativo al numero 059 827 4400 (centralino riportato sulle nostre fatture). Non comunicheremo mai variazioni di IBAN con effetto immediato o esclusivamente via e-mail.

Dal mese di gennaio le nuove coordinate saranno indicate anche nelle fatture elettroniche (sezione DatiPagamento).

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Emilia Ovest 1180 - 41123 Modena
Tel. 059 827 4400 - PEC ferrettitrasporti@legalmail.it
P.IVA %s""" % (iban_fmt(F.FERRETTI_IBAN_NEW), iban_fmt(F.FERRETTI_IBAN_OLD), F.FERRETTI_PIVA)
    pdf = simple_pdf("Variazione coordinate bancarie dal 01/01/2027", [
        "# FERRETTI TRASPORTI S.p.A.",
        "Autotrasporti conto terzi - ADR - Cisterne · Via Emilia Ovest 1180 · 41123 Modena",
        "P.IVA " + F.FERRETTI_PIVA + " · PEC ferrettitrasporti@legalmail.it · Tel. 059 827 4400",
        "",
        "A tutti i clienti",
        "Modena, 30/10/2026",
        "",
        "## Oggetto: variazione coordinate bancarie dal 01/01/2027",
        "",
        "Vi comunichiamo che dal 01/01/2027 i pagamenti a nostro favore dovranno essere effettuati su:",
        "",
        "**Crédit Agricole Italia S.p.A. - Filiale di Modena Centro",
        "**IBAN " + iban_fmt(F.FERRETTI_IBAN_NEW),
        "",
        "Conto attuale (valido fino al 31/12/2026, attivo fino al 31/03/2027):",
        "BPER Banca S.p.A. - IBAN " + iban_fmt(F.FERRETTI_IBAN_OLD),
        "",
        "Vi invitiamo a verificare la presente comunicazione telefonando al nostro centralino.",
        "Ferretti Trasporti non comunica mai variazioni di IBAN con effetto immediato.",
        "",
        "Il Direttore Amministrativo",
        "Dott. Paolo Ferretti",
    ], author="Amministrazione", created=pdfdate(plus(t, -86400 * 3)))
    html = html_outlook(text, "windows-1252", lang="IT")
    body = mixed(p, alt(p, text, html, "windows-1252", "quoted-printable"),
                 [att(p, pdf, "Ferretti_variazione_coordinate_bancarie_2027.pdf")])
    return Mail(17, "it", slug, B, p, ("Ferretti Trasporti - Amministrazione", snd), [S("it_acc")],
                "Comunicazione variazione coordinate bancarie dal 01/01/2027", body, cc=[S("it_mgr")],
                what="Genuine carrier bank-detail change: Ferretti Trasporti's administration announces a new Crédit Agricole account from 1 Jan 2027 (Outlook via Aruba), letter signed, also sent by PEC.",
                why="Real domain and its Aruba mail path, two months' notice, old account stays open, formal letter also via PEC, explicitly asks for phone verification via the switchboard on the invoices, no payment demanded.",
                pair=[18], pair_note="Same carrier and topic as look-alike bank change 18; genuine one has lead time, PEC, phone verification and no urgency, and names a different bank than the fraud.")


def b18():
    slug = "aruba-promemoria-pec-rinnovo-automatico"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 16, 6, 12, 3)
    rcpt = S("it_mgr")[1]
    p = infra.aruba_notify(r, t, rcpt)
    text = """Aruba.it - Promemoria scadenza servizi

Gentile Cliente,

ti ricordiamo che il seguente servizio è in scadenza:

Servizio: PEC Pro
Casella: examplegroup-italia@arubapec.it
Scadenza: 15/12/2026
Codice cliente: 1428731@aruba.it

Sul servizio è attivo il rinnovo automatico con addebito sul metodo di pagamento associato: non devi fare nulla. Riceverai la fattura nell'Area Clienti dopo il rinnovo.

Se desideri verificare il metodo di pagamento o disattivare il rinnovo automatico, accedi all'Area Clienti:
https://managehosting.aruba.it/rinnovo-servizi-hosting.aspx

Ricorda: Aruba non ti chiederà mai di inserire i dati della carta di credito tramite link ricevuti via e-mail da indirizzi diversi da aruba.it.

Cordiali saluti
Aruba S.p.A.
Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516"""
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px">
<tr><td style="padding:20px 30px;border-bottom:4px solid #f28c00"><span style="font-size:26px;font-weight:bold;color:#f28c00">Aruba</span><span style="font-size:26px;color:#555">.it</span></td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:1.5">
<p style="font-size:18px"><b>Promemoria scadenza servizi</b></p>
<p>Gentile Cliente,</p><p>ti ricordiamo che il seguente servizio è in scadenza:</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #e2e2e2;width:100%%">
<tr><td style="color:#777">Servizio</td><td>PEC Pro</td></tr>
<tr><td style="color:#777">Casella</td><td>examplegroup-italia@arubapec.it</td></tr>
<tr><td style="color:#777">Scadenza</td><td>15/12/2026</td></tr>
<tr><td style="color:#777">Codice cliente</td><td>1428731@aruba.it</td></tr>
</table>
<p>Sul servizio è attivo il <b>rinnovo automatico</b> con addebito sul metodo di pagamento associato: <b>non devi fare nulla</b>. Riceverai la fattura nell'Area Clienti dopo il rinnovo.</p>
<p>Se desideri verificare il metodo di pagamento o disattivare il rinnovo automatico, accedi all'<a href="https://managehosting.aruba.it/rinnovo-servizi-hosting.aspx" style="color:#f28c00">Area Clienti</a>.</p>
<p style="font-size:13px;color:#777">Ricorda: Aruba non ti chiederà mai di inserire i dati della carta di credito tramite link ricevuti via e-mail da indirizzi diversi da aruba.it.</p>
<p>Cordiali saluti<br>Aruba S.p.A.</p>
</td></tr>
<tr><td style="padding:16px 30px;background:#333;color:#bbb;font-size:11px">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr>
</table></body></html>
"""
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(18, "it", slug, B, p, ("Aruba.it", "comunicazioni@staff.aruba.it"), [rcpt],
                "Promemoria scadenza: PEC examplegroup-italia@arubapec.it (15/12/2026)", body,
                what="Genuine Aruba renewal reminder for the Italian office's PEC mailbox: auto-renewal active, nothing to do.",
                why="Sent from staff.aruba.it via Aruba's own servers, link only to managehosting.aruba.it, customer code shown, no deadline threat, explicitly warns about card-data phishing.",
                pair=[20], pair_note="Same service (PEC box) and brand as Aruba phishing 20; the genuine notice says auto-renewal is active and links only to aruba.it.")


def b19():
    slug = "consorzio-reclamo-manutenzione"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 20, 9, 48, 15)
    snd = "p.galli@consorzioacquereno.it"
    rcpt = S("it_mgr")[1]
    hop = "from UT-GALLI-NB (unknown [10.1.20.57])\n\tby mail.consorzioacquereno.it (Postfix) with ESMTPSA id 4B7F21A0C3\n\tfor <alessandro.ricci@example.com>; %s" % rfcdate(plus(t, 1), "CET", comment=True)
    p = infra.outlook_classic(r, t, snd, rcpt, dict(kind="direct", helo="mail.consorzioacquereno.it",
                                                     rdns="mail.consorzioacquereno.it", ip="93.62.158.210", hops=[hop]),
                              lang="it", hcs="iso-8859-15")
    text = """Egregio Dott. Ricci,

con la presente si formalizza il reclamo già anticipato telefonicamente lunedì 12 ottobre.

L'intervento di manutenzione straordinaria sull'impianto di sollevamento di via Porrettana (sostituzione della pompa n. 2 e revisione del quadro elettrico), previsto dal programma lavori entro il 30 settembre, non è ancora stato eseguito. Nel frattempo l'impianto funziona con una sola pompa e nella notte tra il 17 e il 18 ottobre, con le piogge intense, si è verificato un'attivazione dello sfioratore di emergenza con scarico nel rio Bolsenda, che abbiamo dovuto segnalare ad ARPAE.

Ai sensi dell'art. 9 del contratto di servizio Vi chiediamo:
1. di comunicarci entro 5 giorni lavorativi la data certa dell'intervento;
2. una relazione tecnica sull'evento del 17-18 ottobre con i dati di funzionamento del telecontrollo;
3. di garantire nel frattempo la presenza di una pompa mobile di riserva presso l'impianto.

Ci riserviamo l'applicazione delle penali previste dall'art. 14.

Distinti saluti

Ing. Paola Galli
Responsabile Servizio Fognatura e Depurazione
Consorzio Acque Reno
Via Marconi 51, 40033 Casalecchio di Reno (BO)
Tel. 051 613 2280"""
    html = html_outlook(text, "iso-8859-15", lang="IT")
    body = alt(p, text, html, "iso-8859-15", "quoted-printable")
    return Mail(19, "it", slug, B, p, ("Paola Galli - Consorzio Acque Reno", snd), [S("it_mgr")],
                "Reclamo formale - ritardo manutenzione impianto di sollevamento via Porrettana", body,
                cc=[("Segreteria Consorzio", "segreteria@consorzioacquereno.it")],
                what="Genuine formal complaint from a municipal water-consortium customer about a delayed pumping-station repair and an overflow event, with contractual requests and penalty reservation.",
                why="Customer's own mail server, specific technical and contractual details, earlier phone call referenced, asks for a date and a report; pressure is contractual, no payment or credentials requested.")


def b20():
    slug = "giulia-libero-pc-guasto"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 8, 21, 15, 42)
    snd = "giulia.esposito86@libero.it"
    rcpt = S("it_mgr")[1]
    p = infra.libero(r, t, snd, rcpt, "79.31.114.206")
    text = """Ciao Alessandro,

ti scrivo dalla mail personale perché il portatile aziendale ieri sera non si è più acceso: si accende la lucina ma lo schermo resta nero, anche collegato al monitor esterno.

Domattina alle 8:30 sono in ufficio e lo porto subito al servizio IT (ho già aperto la segnalazione scrivendo al service desk, che leggo in copia). Per la chiusura di ottobre mi manca solo la riconciliazione Ferretti, la finisco dal PC fisso della sala riunioni.

A domani
Giulia"""
    html = "<!doctype html>\n<html>\n <head> \n  <meta charset=\"UTF-8\"> \n </head>\n <body>\n" + "".join(
        "  <div>\n   %s\n  </div>\n" % (html_escape(l) if l else "<br>") for l in text.split("\n")) + " </body>\n</html>"
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(20, "it", slug, B, p, ("Giulia Esposito", snd), [S("it_mgr")],
                "Portatile aziendale guasto", body, cc=[("Service Desk", "servicedesk@example.com")],
                what="The Italian accountant writes from her private libero.it address on a Sunday evening: company laptop won't boot, she'll bring it in tomorrow; service desk in copy.",
                why="Private address of a real colleague, explains why, cc to the official service desk, asks for nothing (no payment, no codes, no secrecy).",
                pair=[21], pair_note="Same channel as gift-card scam 21 (staff name on a libero.it address, Italian office) but a harmless status message.")


def b21():
    slug = "acquaveneta-offerta-polielettrolita"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 2, 11, 5, 19)
    snd = "m.bianchi@acquaveneta-reagenti.it"
    rcpt = S("it_mgr")[1]
    p = infra.gmail(r, t, snd, rcpt)
    text = """Buongiorno Alessandro,

come da accordi telefonici Vi trasmetto in allegato la nostra offerta per la fornitura 2027 di polielettrolita cationico in emulsione per la disidratazione fanghi (centrifughe dei depuratori di Casalecchio e Sasso Marconi).

In sintesi:
- prodotto: AVR Floc CE 640 (cationico, medio-alto peso molecolare, 40 % attivo)
- quantità stimata: 84 t/anno, consegne in cisternette da 1.000 kg
- prezzo: 2,38 EUR/kg franco Vs. impianti, fisso per tutto il 2027
- pagamento: 60 gg d.f.f.m. come da contratto in essere

Se vi interessa possiamo organizzare a gennaio una prova in campo di due settimane a nostre spese, con il nostro tecnico presente per l'ottimizzazione del dosaggio.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti
--
Marco Bianchi
Area Manager Emilia-Romagna
Acqua Veneta Reagenti S.r.l.
Via dell'Industria 22 - 35129 Padova
Cell. +39 348 771 2094"""
    pdf = simple_pdf("Offerta 2026-OF-0412", [
        "# Acqua Veneta Reagenti S.r.l.",
        "Via dell'Industria 22 - 35129 Padova",
        "",
        "Spett.le Example Group Italia S.r.l. - Via Stalingrado 45 - 40128 Bologna",
        "",
        "## Offerta n. 2026-OF-0412 del 02/12/2026",
        "Oggetto: fornitura polielettrolita cationico in emulsione - anno 2027",
        "",
        "Prodotto: AVR Floc CE 640 - cisternette IBC 1.000 kg",
        "Quantità stimata: 84 t/anno",
        "Prezzo: 2,38 €/kg franco impianti di Casalecchio di Reno e Sasso Marconi",
        "Validità prezzo: 01/01/2027 - 31/12/2027",
        "Pagamento: 60 gg data fattura fine mese",
        "Scheda di sicurezza e scheda tecnica disponibili su richiesta.",
        "",
        "Validità offerta: 31/12/2026",
        "Marco Bianchi - Area Manager",
    ], author="Marco Bianchi", created=pdfdate(plus(t, -1200)))
    body = mixed(p, alt(p, text, html_gmail(text), "UTF-8", "quoted-printable"),
                 [att(p, pdf, "Offerta_2026-OF-0412_AVR_Floc_CE640.pdf")])
    return Mail(21, "it", slug, B, p, ("Marco Bianchi", snd), [S("it_mgr")],
                "Offerta fornitura polielettrolita 2027 - rif. 2026-OF-0412", body,
                what="Genuine supplier offer from a chemicals company on Google Workspace: polymer flocculant for sludge dewatering in 2027, PDF offer attached.",
                why="Supplier's own domain on Google's infrastructure, follows a phone call, technical product details and normal commercial terms, text-only PDF, no payment change or login.")


def build():
    return [b17(), b18(), b19(), b20(), b21()]
