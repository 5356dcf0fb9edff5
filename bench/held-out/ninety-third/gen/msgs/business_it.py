"""Genuine business messages, Italian (17-21)."""
import tpl
from company import BANK, S, TAX
from compose import att_pdf, att_png_qr

FERRETTI = dict(mta_helo="smtpcmd0871.aruba.it", mta_rdns="smtpcmd0871.aruba.it", mta_ip="62.149.156.71",
                provider_host="smtpcmd0871.aruba.it", client_ip="79.40.12.18",
                client_rdns="host18-12-dynamic.40-79-r.retail.telecomitalia.it", mta_kind="aruba", lang="it")

MESSAGES = [
    dict(
        n=17, lang="it", slug="ferretti-fattura-copia-cortesia",
        prof=("outlook_smtp", dict(FERRETTI, pc="AMM-PC02")),
        frm=("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"),
        to=[S("it_acc")],
        subject="Fattura n. 1602/26 del 31/10/2026 - copia di cortesia",
        when="2026-11-03 10:15:27",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Buongiorno,

in allegato inviamo copia di cortesia della fattura n. 1602/26 del 31/10/2026 relativa ai trasporti a temperatura controllata del mese di ottobre 2026 (tratte Milano – Sesto San Giovanni – Monza, 22 viaggi).

L'originale è stato trasmesso tramite Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Imponibile: € 7.480,00
IVA 22%%: € 1.645,60
Totale fattura: € 9.125,60
Scadenza: 30/11/2026 – bonifico su Intesa Sanpaolo, IBAN %s

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 – 20099 Sesto San Giovanni (MI)
P.IVA %s
""" % (BANK["ferretti"], TAX["it_ferretti"]),
        atts=[att_pdf("Fattura_1602-26_Ferretti_Trasporti.pdf", [
            "# Ferretti Trasporti S.p.A. - Copia di cortesia",
            "Fattura n. 1602/26 del 31/10/2026 - Cliente: Example Group Italia S.r.l.",
            "Trasporti a temperatura controllata ottobre 2026 - 22 viaggi x 340,00 EUR",
            "Imponibile 7.480,00 - IVA 22% 1.645,60 - Totale 9.125,60 EUR",
            "Pagamento: bonifico 30 gg d.f. - Intesa Sanpaolo IBAN " + BANK["ferretti"],
            "P.IVA " + TAX["it_ferretti"] + " - Documento privo di valenza fiscale (art. 21 DPR 633/72):",
            "l'originale e' disponibile nell'area riservata Fatture e Corrispettivi.",
        ], producer="TeamSystem Studio", author="Ferretti Trasporti", when="D:20261103101011+01'00'")],
        what="Courtesy copy of the carrier's monthly invoice (the legal e-invoice went through SdI).",
        why="Known accounts mailbox of the carrier on its own domain, sent with Outlook via the hoster (Aruba) SMTP from an Italian business line; IBAN unchanged at Intesa Sanpaolo; typical Italian wording 'copia di cortesia'.",
        pair=([18], "Same carrier and open invoices; genuine mail from the .it domain keeps the known Intesa account."),
    ),
    dict(
        n=18, lang="it", slug="aruba-fatturazione-nuova-fattura",
        prof=("esp", dict(helo="notifiche-fe.aruba.it", rdns="notifiche-fe.aruba.it", ip="62.149.158.91",
                          hop="fe-app07.aruba.it ([10.10.51.17])", msgid_host="notifiche-fe.aruba.it",
                          zone="Europe/Berlin")),
        frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
        to=[S("it_acc")],
        subject="Nuova fattura ricevuta da Caseificio Val Padana S.r.l.",
        when="2026-11-04 07:02:14",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Aruba Fatturazione Elettronica", color="#f26522", logo="aruba.it &middot; Fatturazione Elettronica"),
        text="""# Nuova fattura ricevuta

Gentile Cliente,

sul Suo account di Fatturazione Elettronica è stata ricevuta una nuova fattura passiva:

Cedente/prestatore: Caseificio Val Padana S.r.l. (P.IVA %s)
Numero: 2026/0894
Data: 02/11/2026
Importo totale: 3.218,40 €
Identificativo SdI: 18533047762

Può consultare e scaricare la fattura dal pannello di Fatturazione Elettronica nell'Area Clienti Aruba (https://fatturazioneelettronica.aruba.it).

Questa e-mail ha solo valore informativo: la fattura è già stata recapitata dal Sistema di Interscambio e non è richiesta alcuna azione.

Cordiali saluti,
Aruba S.p.A.

~ Ricevi questa comunicazione perché hai attivato le notifiche e-mail nel servizio Fatturazione Elettronica.
""" % TAX["it_caseificio"],
        what="Genuine notification from the company's e-invoicing provider that a supplier invoice arrived via SdI.",
        why="Notification from the provider's own mail server (aruba.it), purely informational, no login link beyond the provider's home page, no deadline or sanction threat.",
        pair=([17], "E-invoice/SdI topic; the genuine provider notice is informational, the attack fakes an SdI rejection with a SPID login."),
    ),
    dict(
        n=19, lang="it", slug="reclamo-asilo-nido-libero",
        prof=("libero", dict(client_ip="151.38.112.47")),
        frm=("Roberto Galli", "roberto.galli72@libero.it"),
        to=[S("it_mgr")],
        subject="Reclamo servizio mensa Asilo Nido Il Girasole",
        when="2026-11-06 18:47:51",
        cs="iso-8859-1", cte="quoted-printable",
        text="""Gentile sig. Bianchi,

Le scrivo in qualità di presidente del comitato genitori dell'Asilo Nido "Il Girasole" di Cinisello Balsamo.

Nelle ultime due settimane abbiamo ricevuto diverse segnalazioni dalle educatrici e dalle famiglie:
- la pasta arriva spesso scotta e fredda (il 3 e il 5 novembre è stata servita quasi a temperatura ambiente);
- il menù senza lattosio previsto per due bambini non è stato rispettato il 4 novembre: al posto del budino di soia è arrivato un budino al latte, per fortuna bloccato dalla cuoca;
- le porzioni di frutta per la merenda del pomeriggio sono insufficienti.

Capirà che, trattandosi di bambini da 1 a 3 anni, la questione delle intolleranze per noi è gravissima. Abbiamo già informato la Direzione e l'ufficio Servizi Educativi del Comune.

Le chiedo un incontro entro la prossima settimana e una risposta scritta sulle misure che intendete adottare. In mancanza di un riscontro chiederemo al Comune di valutare la risoluzione del contratto alla prossima scadenza.

Distinti saluti
Roberto Galli
Presidente Comitato Genitori - Asilo Nido Il Girasole
""",
        what="Angry customer complaint from a consumer libero.it address.",
        why="Known customer contact who always writes from his private libero.it mailbox; concrete service facts; threatens contract termination but asks only for a meeting and a written reply – no link, money or data.",
        pair=([20], "Free libero.it sender like the courier-QR attack, but a real customer with a plain-text complaint and no link."),
    ),
    dict(
        n=20, lang="it", slug="ferretti-conferma-ritiro-etichetta-qr",
        prof=("outlook_smtp", dict(FERRETTI, pc="TRAFFICO-NB04")),
        frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
        to=[S("it_mgr")],
        subject="Conferma ritiro lunedì 9/11 ore 6:00 - spedizione FT-2026-118734",
        when="2026-11-06 15:30:12",
        cs="iso-8859-15", cte="quoted-printable", html=True,
        text="""Buongiorno Marco,

Le confermo il ritiro per lunedì 9/11 alle ore 6:00 presso il Vostro centro cottura di Sesto San Giovanni:
- 2 pallet di vaschette termosigillate (pasti scuole), temperatura +4 °C
- consegna alle scuole di Monza entro le 10:30 come da giro abituale.

In allegato l'etichetta con il codice della spedizione FT-2026-118734: per favore la stampi e la applichi sul primo pallet, il nostro autista la scansiona al carico.

Per qualsiasi variazione mi chiami pure al solito numero, anche domenica sera.

Cordiali saluti
Chiara Colombo
Ufficio Traffico - Ferretti Trasporti S.p.A.
""",
        atts=[att_png_qr("Etichetta_FT-2026-118734.png", "FT-2026-118734|EXG-SESTO|MONZA|2PAL|+4C")],
        what="Carrier's pickup confirmation with a shipping label PNG containing a QR code (shipment data, not a URL).",
        why="Known dispatcher on the carrier's real domain via its usual Outlook/Aruba route; the QR encodes plain shipment data for the driver's scanner; operational details match the customer's routine.",
        pair=([20, 34], "QR code in a courier/carrier context; genuine QR holds a shipment ID for a scanner, the quishing attacks' QR codes hold phishing URLs."),
    ),
    dict(
        n=21, lang="it", slug="newsletter-ristorazione-mailchimp",
        prof=("mailchimp", dict(pod=21, user="5f8a2e3c9b1d7a6e4c0f2b8d1", list_id="91a3c5e7f2")),
        frm=("Ristorazione Collettiva News", "news@ristorazionecollettiva-news.it"),
        to=[S("it_mgr")],
        subject="RC News n. 41 - CAM ristorazione collettiva, prezzi materie prime, gare mense 2027",
        when="2026-11-18 07:00:00",
        cs="utf-8", cte="quoted-printable",
        hdrs=["List-Unsubscribe: <https://ristorazionecollettiva-news.us21.list-manage.com/unsubscribe?u=5f8a2e3c9b1d7a6e4c0f2b8d1&id=7e3a9c1f04&e=b2d4f6a8c0&c=91a3c5e7f2>,\r\n <mailto:unsubscribe-mc.us21_5f8a2e3c9b1d7a6e4c0f2b8d1.91a3c5e7f2-b2d4f6a8c0@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "List-Id: 5f8a2e3c9b1d7a6e4c0f2b8d1mc list <5f8a2e3c9b1d7a6e4c0f2b8d1.91a3c5e7f2.list-id.mcsv.net>",
              "Precedence: bulk"],
        html=tpl.newsletter_html("Ristorazione Collettiva News – n. 41", [
            ("CAM ristorazione collettiva: cosa cambia nei capitolati",
             "Le stazioni appaltanti stanno aggiornando i bandi con i criteri ambientali minimi: quote di prodotti biologici, riduzione degli sprechi e imballaggi riutilizzabili.",
             ("Leggi l'articolo", "https://www.ristorazionecollettiva-news.it/cam-capitolati-2027")),
            ("Materie prime: prezzi di latte e cereali a novembre",
             "Il punto sull'andamento dei listini all'ingrosso e sui contratti di fornitura per il 2027.",
             ("Leggi l'articolo", "https://www.ristorazionecollettiva-news.it/prezzi-materie-prime-novembre")),
            ("Gare mense scolastiche 2027: il calendario",
             "Le principali procedure in Lombardia, Piemonte ed Emilia-Romagna con scadenze e importi a base d'asta.",
             ("Vai al calendario", "https://www.ristorazionecollettiva-news.it/gare-mense-2027")),
        ], "https://ristorazionecollettiva-news.us21.list-manage.com/unsubscribe?u=5f8a2e3c9b1d7a6e4c0f2b8d1&id=7e3a9c1f04",
            "utf-8", color="#1f5f8b", lang="it", unsub_label="Annulla l'iscrizione",
            footer="Ristorazione Collettiva News – Via Larga 8, 20122 Milano"),
        text="""Ristorazione Collettiva News – n. 41

CAM ristorazione collettiva: cosa cambia nei capitolati
Le stazioni appaltanti stanno aggiornando i bandi con i criteri ambientali minimi: quote di prodotti biologici, riduzione degli sprechi e imballaggi riutilizzabili.
https://www.ristorazionecollettiva-news.it/cam-capitolati-2027

Materie prime: prezzi di latte e cereali a novembre
https://www.ristorazionecollettiva-news.it/prezzi-materie-prime-novembre

Gare mense scolastiche 2027: il calendario
https://www.ristorazionecollettiva-news.it/gare-mense-2027

Annulla l'iscrizione: https://ristorazionecollettiva-news.us21.list-manage.com/unsubscribe?u=5f8a2e3c9b1d7a6e4c0f2b8d1&id=7e3a9c1f04
""",
        what="Subscribed Italian trade newsletter sent via Mailchimp.",
        why="Mailchimp infrastructure with its standard campaign headers, List-Id and one-click unsubscribe; editorial content linking to the publisher's own site.",
    ),
]
