"""Italian genuine business messages (5)."""

import ids
import media
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP, Gmail
from mime import HStyle
from org import S, A

U = HStyle("utf-8", "Q")
FERRETTI = org.BANK["ferretti"]
PIVA_EG_IT = ids.it_piva("0187432093")


# 17 ---------------------------------------------------------------------
def ferretti_sollecito():
    body = """Gentile Dott.ssa Dal Bò,

da un controllo della nostra contabilità risultano ancora aperte le seguenti fatture, scadute al 30/09/2026:

Fatt. n. 2026/2871 del 31/07/2026   € 4.218,00
Fatt. n. 2026/2994 del 14/08/2026   € 3.106,50
Fatt. n. 2026/3052 del 31/08/2026   € 2.580,00
Totale                               € 9.904,50

Vi preghiamo di provvedere al saldo entro il 23/10/2026 sul conto in essere presso Banco BPM:
IBAN %s

Decorso tale termine, ci vedremo costretti a sospendere i ritiri groupage programmati da Pordenone per le settimane 44 e 45 fino alla regolarizzazione della posizione.

Nel caso il pagamento fosse già stato disposto, Vi preghiamo di non tenere conto del presente sollecito e di inviarci copia della contabile. In allegato l'estratto conto aggiornato.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 23 – 37135 Verona
Tel. 045 8012 300 – amministrazione@ferretti-trasporti.it
""" % ids.fmt_iban(FERRETTI)
    ec = pdf.make_pdf([
        "# FERRETTI TRASPORTI S.p.A. – Estratto conto cliente", "Cliente: Example Group Italia S.r.l. – P.IVA IT" + PIVA_EG_IT,
        "Data: 15/10/2026", "",
        "Documento         Data         Scadenza     Importo €",
        "2026/2871         31/07/2026   30/09/2026    4.218,00",
        "2026/2994         14/08/2026   30/09/2026    3.106,50",
        "2026/3052         31/08/2026   30/09/2026    2.580,00",
        "Totale scaduto                               9.904,50", "",
        "Coordinate: Banco BPM – IBAN " + ids.fmt_iban(FERRETTI),
    ], title="Estratto conto", producer="TeamSystem", creator="", author="amministrazione",
        created="20261015101122+02'00'")
    route = Hosted("smtpcmd0986.aruba.it", "smtpcmd0986.aruba.it", "62.149.156.86", mta="aruba",
                   origin=("AMM-PC02", "", "93.43.207.114"), tls="1.2")
    cl = Client("outlook", domain="ferretti-trasporti.it", hstyle=HStyle("windows-1252", "Q", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="business", lang="it", slug="ferretti-sollecito-pagamento",
                t="2026-10-15 10:31:27", rcpt=A("it_acc"), route=route, client=cl,
                frm=("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"),
                to=[S["it_acc"]], cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it")],
                subject="Sollecito di pagamento - fatture scadute al 30/09/2026",
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="windows-1252", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body, lang="IT"), "html",
                                               charset="windows-1252", cte="quoted-printable")]),
                    Bin(ec, "application/pdf", "Estratto_conto_Example_Group_Italia.pdf")]),
                hn=["ferretti-variazione-iban-lookalike"],
                pair="carrier's accounting department about overdue freight invoices",
                what="Genuine payment reminder from the carrier with a threat to suspend pick-ups.",
                why="Real domain ferretti-trasporti.it via Aruba's outgoing servers; known Banco BPM account; "
                    "traffic contact in Cc; statement matches; invites sending proof if already paid.")


# 18 ---------------------------------------------------------------------
def aruba_fattura_ricevuta():
    txt = """Gentile Cliente,

ti informiamo che è stata ricevuta una nuova fattura elettronica tramite il Sistema di Interscambio (SdI).

Fornitore: TESSITURA BRIANZA S.R.L.
Partita IVA fornitore: IT%s
Numero fattura: 2026/1187
Data fattura: 16/11/2026
Importo totale: € 7.482,90
Identificativo SdI: 14772911403

Puoi visualizzare e scaricare la fattura accedendo al pannello di Fatturazione Elettronica:
https://fatturazioneelettronica.aruba.it

Ti ricordiamo che la fattura è disponibile anche nell'area riservata "Fatture e Corrispettivi" del sito dell'Agenzia delle Entrate.

Cordiali saluti,
Aruba S.p.A. – Servizio Fatturazione Elettronica

Questo messaggio è stato inviato in automatico, ti preghiamo di non rispondere.
""" % ids.it_piva("0268771013")
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>" \
           "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">" \
           "<div style=\"background:#f26a21;color:#fff;padding:12px 18px;font-size:18px\">Aruba Fatturazione Elettronica</div>" \
           + "".join("<p>%s</p>" % "<br>".join(org.esc(x) for x in p.split("\n")) for p in txt.split("\n\n")) \
           + "</body></html>\n"
    route = ESP("arubafe", zone="CET")
    cl = Client("generic", domain="fatturazioneelettronica.aruba.it", hstyle=U)
    return mail(kind="business", lang="it", slug="aruba-nuova-fattura-sdi",
                t="2026-11-17 08:14:02", rcpt=A("it_acc"), route=route, client=cl,
                env_from="noreply@fatturazioneelettronica.aruba.it",
                frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
                to=[("", A("it_acc"))],
                subject="Nuova fattura ricevuta da TESSITURA BRIANZA S.R.L. - n. 2026/1187",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="8bit"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                hn=["sdi-notifica-scarto-spid"],
                pair="SdI / e-invoice notification",
                what="Genuine notice from the company's e-invoicing provider that a supplier invoice arrived "
                     "through SdI.",
                why="Sent by Aruba's notification servers from its own domain; links only to the provider's "
                    "panel; informational, no deadline, no credential request.")


# 19 ---------------------------------------------------------------------
def delpiero_ordine():
    order = pdf.make_pdf([
        "# ARREDAMENTI DEL PIERO", "Viale Venezia 118 – 33100 Udine – P.IVA " + ids.it_piva("0241798030"), "",
        "ORDINE n. 118/2026 – rif. Vs. preventivo 2026/IT/0412", "Data: 11/11/2026", "",
        "Articolo                                    Q.tà   Prezzo netto",
        "Comò 6 cassetti Linea, rovere nodato          4      € 612,00",
        "Comodino 2 cassetti Linea, rovere nodato      8      € 248,00",
        "Armadio 3 ante scorrevoli Sintesi 270        2    € 1.490,00",
        "Letto imbottito Nora 160, tessuto Tessa 14   3      € 865,00", "",
        "Sconto concordato 4%     Consegna: magazzino di Udine, Viale Venezia 118",
        "Pagamento: bonifico 60 gg d.f.f.m.", "",
        "Timbro e firma: Paolo Del Piero",
    ], title="Ordine 118/2026", producer="Microsoft: Print To PDF", creator="", author="",
        created="20261111090512+01'00'")
    body = """Buongiorno Davide,

come d'accordo al telefono le invio il nostro ordine firmato per il preventivo 2026/IT/0412 (comò, comodini, armadi Sintesi e letti Nora), con lo sconto del 4% che abbiamo concordato.

La consegna come sempre nel nostro magazzino di Viale Venezia a Udine, possibilmente entro metà gennaio.

Mi conferma per cortesia la data di consegna appena la avete?

Cordiali saluti
Paolo Del Piero
Arredamenti Del Piero – Udine
Tel. 0432 602 118
"""
    route = Hosted("smtp-32-i6.italiaonline.it", "smtp-32-i6.italiaonline.it", "213.209.14.32",
                   mta="libero", tls="1.2")
    cl = Client("ox", domain="mail1.libero.it", hstyle=U, mailer="Open-Xchange Mailer v7.10.6-Rev44",
                mid=lambda rng, t: "<1412331.90211.1794384721544@mail1.libero.it>")
    return mail(kind="business", lang="it", slug="delpiero-ordine-firmato",
                t="2026-11-11 09:12:07", rcpt=A("it_mgr"), route=route, client=cl, lag=(1, 2),
                frm=("Arredamenti Del Piero", "arredamentidelpiero@libero.it"), to=[S["it_mgr"]],
                subject="Conferma ordine preventivo 2026/IT/0412",
                body=Multi("mixed", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                     Bin(order, "application/pdf", "Ordine_118_2026_DelPiero.pdf")]),
                hn=["delpiero-zip-protetto-threadhijack"],
                pair="retailer sends the signed order for quote 2026/IT/0412",
                what="Retail customer's genuine signed order as a plain PDF from his Libero mailbox.",
                why="Known customer address and Libero infrastructure; order matches the quote; plain PDF, "
                    "usual delivery address; this is the thread later hijacked in attack 19.")


# 20 ---------------------------------------------------------------------
def davide_portatile():
    body = """Ciao Francesca,

ti scrivo dalla mail personale perché stamattina il portatile non si accende più (schermo nero, si accende solo la spia della batteria).

Puoi aprire tu un ticket all'IT di Herford? Il numero di inventario è EG-NB-0871. Nel frattempo lavoro dal PC della sala riunioni, ma da lì non ho Outlook.

Per le firme sui bonifici di oggi passo io verso le 15.

Grazie mille!
Davide
"""
    route = Gmail(zone="CET")
    cl = Client("gmail", hstyle=HStyle("utf-8", "B"))
    return mail(kind="business", lang="it", slug="collega-portatile-guasto-gmail",
                t="2026-11-23 08:05:39", rcpt=A("it_acc"), route=route, client=cl,
                frm=("Davide Zanin", "davide.zanin.pn@gmail.com"), to=[S["it_acc"]],
                subject="Portatile guasto",
                body=Multi("alternative", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                           Text(org.to_html_gmail(body), "html", charset="UTF-8",
                                                cte="quoted-printable")]),
                hn=["whatsapp-pretexto-director"],
                pair="colleague writes from a private address",
                what="The Italian office manager tells a colleague from his private Gmail that his laptop "
                     "is broken and asks her to open an IT ticket.",
                why="Private address, but asks nothing sensitive: an IT ticket through the normal channel; "
                    "payment approvals stay in person ('passo io alle 15').")


# 21 ---------------------------------------------------------------------
def pbx_voicemail():
    wav = media.wav_voicemail(6)
    body = """Ciao Francesca Dal Bò,

hai ricevuto un nuovo messaggio vocale.

Da: Chiara Colombo (+390458012344)
Durata: 00:38
Ricevuto: 24/11/2026 16:52

Il messaggio è allegato a questa e-mail in formato WAV. Puoi ascoltarlo anche chiamando la casella vocale (interno 999) o dall'app 3CX.

3CX Phone System – Example Group Italia
"""
    r, c = org.internal("it", pbx=True)
    c.hstyle = HStyle("utf-8", "Q")
    c.kind = "generic"
    c.domain = "pbx01.corp.example.com"
    return mail(kind="business", lang="it", slug="centralino-3cx-messaggio-vocale",
                t="2026-11-24 16:53:02", rcpt=A("it_acc"), route=r, client=c,
                frm=("3CX Phone System", "pbx@example.com"), to=[S["it_acc"]],
                subject="Nuovo messaggio vocale da Chiara Colombo (+390458012344)",
                body=Multi("mixed", [Text(body, charset="utf-8", cte="base64"),
                                     Bin(wav, "audio/wav", "vmail_+390458012344_20261124-165212.wav")]),
                hn=["svg-messaggio-vocale"],
                pair="voicemail notification",
                what="Genuine voicemail notification from the company's own 3CX PBX with the recording as WAV.",
                why="Generated internally (pbx01 → Exchange → mail-int01); real audio attachment; caller is "
                    "a known carrier contact; no link, no login.")


MESSAGES = [ferretti_sollecito, aruba_fattura_ricevuta, delpiero_ordine, davide_portatile, pbx_voicemail]
