"""Attack messages, Italian (17-21)."""
import base64

import systems as S
import facts as FX
from kit import (compose, alt, text_to_html, quote_block, html_escape, make, Text, Att, Multi, st, co,
                 pdf_att, zip_att, hexid)

LANG = "it"

OVH_VPS = S.SMTPHost("postfix", S.Thunderbird(version="52.9.1", lang="it-IT"), "mail.ferreti-trasporti.it",
                     "51.68.143.201", rdns="vps-8c1d2e4f.vps.ovh.net", user_ip="5.181.233.14", zone="IT")
ARUBA_DENTIST = S.SMTPHost("aruba", S.OutlookSMTP(lang="it"), "smtpdh19-1.aruba.it", "62.149.155.173",
                           user_ip="37.120.212.88", lan="10.0.0.12", zone="IT")
LIBERO_FAKE = S.Libero()
ARUBA_AGRITURISMO = S.SMTPHost("aruba", S.OutlookSMTP(lang="it"), "smtpdh20-2.aruba.it", "62.149.155.180",
                               user_ip="193.29.107.140", lan="192.168.1.66", zone="IT")
ARUBA_VALP_WEB = S.SMTPHost("aruba", S.Roundcube(domain="agricolavalpadana.it", version="1.6.10"),
                            "smtpdh16-2.aruba.it", "62.149.155.168", user_ip="185.107.56.203",
                            zone="IT", webmail="webmail.aruba.it")


def a17():
    text = """Spett.le Example Group Italia S.r.l.
alla c.a. dell'Ufficio Amministrazione

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari della nostra società, a partire dalla data odierna tutti i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - Filiale di Milano
IBAN: %s
BIC/SWIFT: %s

Il precedente conto presso BPER Banca è in fase di estinzione e non potrà più ricevere accrediti; eventuali bonifici disposti su tale conto verranno stornati.

Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre il saldo delle seguenti fatture, già scadute, sul nuovo conto:

- Fattura n. 2026/1873 del 30/09/2026 - € 4.392,00
- Fattura n. 2026/1902 del 07/10/2026 - € 2.818,40

In allegato la lettera firmata dal nostro Amministratore Delegato. Vi chiediamo cortesemente una conferma dell'avvenuto aggiornamento via e-mail.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37135 Verona
P.IVA %s""" % (FX.F(FX.FE_IBAN_FRAUD), FX.FE_BIC_FRAUD, FX.FE_PIVA)
    letter = """FERRETTI TRASPORTI S.p.A.
Via dell'Industria 27 - 37135 Verona - P.IVA %s

Verona, 26 ottobre 2026

Spett.le Example Group Italia S.r.l.
Ufficio Amministrazione

Oggetto: variazione coordinate bancarie

Con la presente si comunica che, con decorrenza immediata, le nuove coordinate bancarie per tutti i pagamenti a favore di Ferretti Trasporti S.p.A. sono le seguenti:

Banca Sella S.p.A. - Filiale di Milano
IBAN: %s
BIC/SWIFT: %s

Le precedenti coordinate non sono più valide.

Distinti saluti

L'Amministratore Delegato
Dott. Paolo Ferretti""" % (FX.FE_PIVA, FX.F(FX.FE_IBAN_FRAUD), FX.FE_BIC_FRAUD)
    p = pdf_att("Lettera_variazione_coordinate_bancarie.pdf", letter, "PDF24 Creator 11.19.0", "2026-10-26 18:40:10",
                zone="IT", title="Variazione coordinate bancarie", creator="PDF24 Creator")
    c = compose(OVH_VPS, key="a-it-17", frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferreti-trasporti.it"),
                to=[st("it_acc")], subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
                when="2026-10-27 10:22:31",
                body=lambda b: Multi("mixed", [Text(text, "plain", "ISO-8859-15", "8bit"), p], b(0)))
    return make(LANG, "ferretti-iban-lookalike", c,
                "Carrier bank-detail change: 'Ferretti Trasporti amministrazione' announces a new Banca Sella account and asks for two overdue invoices to be paid there, with a 'signed' PDF letter.",
                "Look-alike domain ferreti-trasporti.it (one 't' missing) on an OVH VPS, old Thunderbird from a VPN exit; genuine Ferretti mail comes from its Microsoft 365 tenant and keeps the BPER account (business 17); threat that payments to the old account bounce, request for e-mail confirmation only.")


def a18():
    text = """Gentile Contribuente,

a seguito dei controlli automatizzati effettuati ai sensi dell'art. 54-bis del D.P.R. 633/72 sui dati delle fatture elettroniche trasmesse tramite il Sistema di Interscambio (SdI) per il periodo settembre 2026, sono state rilevate anomalie relative alla Partita IVA %s.

Il dettaglio delle fatture interessate e gli importi da regolarizzare sono riportati nella comunicazione allegata (Prot. n. 2026/847113).

Qualora ritenga che i dati siano corretti, può fornire chiarimenti entro 30 giorni dal ricevimento della presente, anche tramite un intermediario abilitato. In mancanza, si procederà all'iscrizione a ruolo delle somme dovute, maggiorate di sanzioni e interessi.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Verona - Ufficio Controlli""" % FX.EG_IT_PIVA
    z = zip_att("Comunicazione_AdE_2026-847113.zip", ["Comunicazione_AdE_2026-847113.pdf.vbs"], "2026-11-04 08:10:02")
    c = compose(ARUBA_DENTIST, key="a-it-18", frm=("Agenzia delle Entrate", "info@studiodentisticoferraro.it"),
                to=[st("it_acc")], subject="Comunicazione di irregolarità - Fatture elettroniche SdI periodo 09/2026 - Prot. n. 2026/847113",
                when="2026-11-04 08:14:27",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "IT", "utf-8"), "utf-8", "base64", "base64", idx=1), z], b(0)))
    return make(LANG, "agenzia-entrate-zip-vbs", c,
                "Tax-authority malware lure: 'Agenzia delle Entrate' reports e-invoicing (SdI) anomalies for the company's VAT number and attaches a ZIP with 'Comunicazione...pdf.vbs'.",
                "Sent from a hijacked dental practice mailbox on Aruba, the Agenzia never e-mails attachments from ordinary addresses (notices go to the PEC/cassetto fiscale), the archive holds a VBScript with a double extension; fear of penalties.")


def a19():
    text = """Ciao Francesca,

sei in ufficio? Ho bisogno di un favore veloce ma riservato.

Per la chiusura dell'anno vorrei fare un regalo ai nostri dieci migliori concessionari in Italia e a un paio di clienti che abbiamo incontrato all'EIMA. Deve essere una sorpresa, quindi per ora non dirlo a nessuno in ufficio, nemmeno a Marco.

Mi servirebbero 10 gift card Amazon da 100 € ciascuna. Puoi prenderle in una tabaccheria o al supermercato vicino all'ufficio? Poi gratta il retro, fai una foto leggibile dei codici e mandamela qui per mail, così preparo io i biglietti personalizzati. Ti rimborso tutto con la nota spese di dicembre.

Sono in riunione tutto il pomeriggio e non posso rispondere al telefono, scrivimi qui.

Grazie mille
Matthias"""
    html = "<div>" + "</div>\n<div>".join(html_escape(x) if x else "&nbsp;" for x in text.split("\n")) + "</div>\n"
    html = '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  ' + html + " </body>\n</html>\n"
    c = compose(LIBERO_FAKE, key="a-it-19", frm=("Matthias Köhler", "m.koehler.direzione@libero.it"), to=[st("it_mgr")],
                subject="Richiesta riservata", when="2026-12-10 11:52:18",
                body=lambda b: alt(b, text, html, "UTF-8"))
    return make(LANG, "ceo-gift-card", c,
                "Gift-card CEO fraud: 'Matthias Köhler' asks the Verona office manager to buy ten EUR 100 Amazon gift cards and e-mail photos of the scratched codes, keeping it secret.",
                "Free libero.it address under the CEO's name, secrecy from colleagues, unreachable by phone, gift-card codes by e-mail are irrecoverable cash; the real year-end gift process goes through procurement (business 21).")


def a20():
    e = base64.b64encode(b"francesca.rinaldi@example.com").decode()
    svg = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="595" height="420" viewBox="0 0 595 420">
<rect width="595" height="420" fill="#ffffff" stroke="#cccccc"/>
<text x="40" y="50" font-family="Arial" font-size="20" font-weight="bold" fill="#333">Fattura proforma n. 118/2026</text>
<text x="40" y="76" font-family="Arial" font-size="12" fill="#666">Agriturismo Il Castagno - Monte San Pietro (BO)</text>
<g fill="#e5e7eb"><rect x="40" y="110" width="515" height="14"/><rect x="40" y="134" width="470" height="14"/><rect x="40" y="158" width="500" height="14"/><rect x="40" y="182" width="300" height="14"/><rect x="40" y="226" width="515" height="14"/><rect x="40" y="250" width="420" height="14"/></g>
<rect x="0" y="100" width="595" height="180" fill="#ffffff" opacity="0.55"/>
<text x="297" y="186" text-anchor="middle" font-family="Arial" font-size="14" fill="#111">Documento condiviso tramite SharePoint</text>
<text x="297" y="206" text-anchor="middle" font-family="Arial" font-size="12" fill="#444">Accedi con il tuo account Microsoft 365 per visualizzarlo</text>
<a xlink:href="https://agriturismoilcastagno-my.sharepoint-docs.eu/:b:/g/personal/amministrazione/?e=%s&amp;d=%s" target="_blank">
<rect x="197" y="300" width="200" height="44" rx="4" fill="#0f6cbd"/>
<text x="297" y="328" text-anchor="middle" font-family="Arial" font-size="15" fill="#ffffff">Visualizza documento</text>
</a>
</svg>
""" % (e, hexid("a-it-20", 10))
    att = Att(svg.encode("utf-8"), "image/svg+xml", "Fattura_proforma_118-2026.svg")
    text = """Buongiorno,

in allegato la fattura proforma n. 118/2026 relativa al soggiorno del Vostro personale in occasione di EIMA (pernottamenti 10-14/11).

Il documento è in formato protetto: aprire l'allegato e accedere con le credenziali aziendali per visualizzarlo.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti
Amministrazione
Agriturismo Il Castagno
Loc. Castagneto 4 - 40050 Monte San Pietro (BO)
Tel. 051 676 2291"""
    c = compose(ARUBA_AGRITURISMO, key="a-it-20", frm=("Agriturismo Il Castagno", "amministrazione@agriturismoilcastagno.it"),
                to=[st("it_mgr")], subject="Fattura proforma n. 118/2026 - saldo soggiorno", when="2026-11-19 15:07:12",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "IT", "windows-1252"), "windows-1252", idx=1), att], b(0)))
    return make(LANG, "svg-fattura-credenziali", c,
                "SVG attachment phishing: a 'proforma invoice' from an agriturismo for staff stays during EIMA, delivered as an SVG image styled as a 'shared via SharePoint' document whose button leads to a fake SharePoint/Microsoft 365 login (sharepoint-docs.eu) with the recipient's address encoded in the URL.",
                "Hijacked mailbox of a small accommodation business, Example Group staff did not stay there (hotels were booked through the fair's agency, business 16), invoices are not SVG files, 'log in with company credentials to view' is credential harvesting.")


def a21():
    prev = """Buongiorno Roberto,

grazie per l'ordine. Confermo i prezzi del listino 2027 con lo sconto concessionario del 32% e il trasporto franco destino per ordini sopra i 5.000 €. Ti mando la conferma d'ordine entro venerdì.

Un saluto
Francesca Rinaldi
Example Group Italia S.r.l. - Verona"""
    text = """Buongiorno Francesca,

come anticipato ti condivido l'ordine definitivo firmato e la distinta del bonifico di acconto. Per via delle dimensioni dei file li abbiamo caricati nella nostra area documenti:

https://www.canva.com/design/DAGx7Qm2LpE/Hk3Vq9ZtR1mXwL0sYb8NcA/view?utm_content=DAGx7Qm2LpE&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton

Per aprire i documenti ti verrà chiesto di accedere con l'account Microsoft aziendale.

Fammi sapere se è tutto a posto, così procediamo con la consegna.

Grazie, buona giornata
Roberto

Il 18/11/2026 09:12 Francesca Rinaldi ha scritto:
""" + quote_block(prev)
    c = compose(ARUBA_VALP_WEB, key="a-it-21", frm=co("valpadana"), to=[st("it_mgr")],
                subject="Re: R: Ordine ricambi 2027 - listino e condizioni", when="2026-11-20 07:41:09",
                irt=FX.VALP_REPLY_ID, refs=[FX.VALP_ORDER_ID, FX.VALP_REPLY_ID],
                body=Text(text, "plain", "UTF-8", "quoted-printable", params="; format=flowed"))
    return make(LANG, "valpadana-thread-hijack-canva", c,
                "Thread hijack from the compromised mailbox of dealer Agricola Valpadana: reply in the real order thread pointing to a Canva page with the 'signed order and payment slip', which requires a Microsoft login.",
                "Genuine domain and real thread, but sent from webmail over a Dutch hosting IP at 07:41 instead of Mr Galli's Outlook; documents moved to an abused free design service (Canva) that leads to a Microsoft-login page - the usual second stage of a mailbox-compromise chain.")


def messages():
    return [a17(), a18(), a19(), a20(), a21()]
