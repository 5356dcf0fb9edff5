"""Genuine business messages, Italian (17-21)."""
from util import *
from profiles import exo, smtp_client, gmail
from profiles2 import custom
from lib import pdf
from lib.bank import fmt_iban
from company import IBAN, BIC, MID, EG_IT_PIVA
from lib import bank as B
import threads as TH

FERRETTI_OUT = ("EUR02-AM0-obe", "mail-am0eur02on2098", "40.107.247.98")
FERRETTI_TENANT = "5c3e8d21-9b47-4f0a-a6d2-71e0c8b4f913"


def b17():
    m = Msg("business", 17, "it", "ferretti-fattura-trasporto",
            "Ferretti Trasporti administration sends invoice 2026/1187 (oversize transport of 'Ostria' Genova - Lavrio) "
            "as PDF, payable to their usual Intesa Sanpaolo account",
            "Real carrier domain ferretti-trasporti.it from its Microsoft 365 tenant; invoice matches the confirmed "
            "transport and quote; unchanged bank details; also lodged with SdI as the law requires.",
            pair=([17, 20], "carrier invoice / payment details"))
    m.rcpt = "francesca.rinaldi@example.com"
    m.t = T(2026, 10, 19, 12, 2, 33)
    F = dict(frm=addr("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
             to=staff("francesca.rinaldi", "iso-8859-1"), cc=staff("alessandro.greco", "iso-8859-1"),
             subject="Fattura n. 2026/1187 - trasporto yacht Ostria Genova-Lavrio", t=ago(m.t, 3),
             env="amministrazione@ferretti-trasporti.it")
    exo(m, F, mbx="AM9PR04MB6610", prd="eurprd04", out=FERRETTI_OUT, lang="it-IT", attach=True,
        org="ferretti-trasporti.it", tenant=FERRETTI_TENANT)
    text = """Buongiorno,

in allegato la copia di cortesia della fattura n. 2026/1187 del 12/10/2026 relativa al trasporto eccezionale dello yacht "Ostria" da Genova a Lavrio (ritiro 14/10, consegna 17/10), come da preventivo del 29/09.

Imponibile EUR 11.980,00 - IVA non imponibile art. 9 c.1 n.2 DPR 633/72 (trasporto internazionale).
Pagamento: bonifico a 30 gg d.f. fine mese sul c/c Intesa Sanpaolo IBAN %s.

L'originale è stato trasmesso tramite SdI al Vostro codice destinatario.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Variante Aurelia 112 - 19038 Sarzana (SP)
Tel. +39 0187 614 200
""" % fmt_iban(IBAN["ferretti"])
    inv = pdf.simple_doc([
        "#Ferretti Trasporti S.p.A.", "Via Variante Aurelia 112 - 19038 Sarzana (SP) - P.IVA " + B.it_piva("0138722011"), "",
        "Spett.le Example Marine Italia S.r.l., Calata Molo Vecchio 15, 16128 Genova - P.IVA " + EG_IT_PIVA, "",
        "#Fattura n. 2026/1187 del 12/10/2026", "",
        "Trasporto eccezionale yacht 'Ostria' (Beneteau Oceanis 46.1) Genova - Ancona - Patrasso - Lavrio",
        "Ritiro 14/10/2026, consegna 17/10/2026, scorta tecnica e passaggio traghetto inclusi", "",
        "Imponibile                                           EUR 11.980,00",
        "IVA non imponibile art. 9 c.1 n.2 DPR 633/72         EUR      0,00",
        "Totale documento                                     EUR 11.980,00", "",
        "Pagamento: bonifico 30 gg d.f.f.m. - Intesa Sanpaolo - IBAN " + fmt_iban(IBAN["ferretti"]) + " - BIC " + BIC["ferretti"],
        "Copia di cortesia - documento originale trasmesso tramite Sistema di Interscambio",
    ], title="Fattura 2026/1187", creator="TeamSystem", producer="TeamSystem Enterprise", date="D:20261019115800+02'00'")
    m.notes.append("IBAN %s (IT, CIN + mod-97 valid)" % IBAN["ferretti"])
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text, "IT"), "iso-8859-1", "quoted-printable"),
                                 Attachment(inv, "application/pdf", "Fattura_2026_1187.pdf")], m.boundary(4))
    return m


def b18():
    m = Msg("business", 18, "it", "ferretti-conferma-ritiro-thread",
            "Chiara Colombo (Ferretti Trasporti) confirms pick-up of 'Ostria' on 14/10 in reply to Alessandro's request - "
            "the genuine thread later hijacked in attack 18",
            "Real mailbox at normal office time, specific operational details (ferry route, driver, quote amount), quotes "
            "Alessandro's original; no links or attachments.", pair=([18], "thread with the carrier"))
    m.rcpt = "alessandro.greco@example.com"
    m.t = T(2026, 10, 8, 16, 5, 21)
    F = dict(frm=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=staff("alessandro.greco", "iso-8859-1"),
             subject="R: " + TH.FERRETTI_0_SUBJECT, topic=TH.FERRETTI_0_SUBJECT, t=ago(m.t, 3),
             env="c.colombo@ferretti-trasporti.it", irt=MID["ferretti_thread_0"], refs=MID["ferretti_thread_0"],
             mid=MID["ferretti_thread_1"])
    exo(m, F, mbx="AM9PR04MB8473", prd="eurprd04", out=FERRETTI_OUT, lang="it-IT", org="ferretti-trasporti.it",
        tenant=FERRETTI_TENANT)
    quoted = quote_outlook_de("Alessandro Greco <alessandro.greco@example.com>", "giovedì 8 ottobre 2026 10:12",
                              "Chiara Colombo <c.colombo@ferretti-trasporti.it>", TH.FERRETTI_0_SUBJECT,
                              TH.FERRETTI_0_BODY, "it")
    text = TH.FERRETTI_1_BODY + "\n" + quoted + "\n"
    m.body = alt(m, text, outlook_html(text, "IT"), "iso-8859-1", "quoted-printable")
    return m


def b19():
    m = Msg("business", 19, "it", "cantiere-preventivo-refit",
            "Cantiere Navale Ligure sends quote 2026/214 for the winter refit of 'Libeccio' (osmosis treatment, "
            "antifouling, rigging check) as PDF; Thunderbird, iso-8859-15, 8bit",
            "Known shipyard, own domain and hosted mail server, quote requested by the technical manager; payment terms "
            "30 % on order - the deposit the CEO later asks to pay (business 01).", pair=None)
    m.rcpt = "alessandro.greco@example.com"
    m.t = T(2026, 10, 2, 17, 41, 9)
    c = m.ctx
    F = dict(frm=addr("Luca Moretti", "l.moretti@cantierenavaleligure.it"),
             to=staff("alessandro.greco", "iso-8859-15"), cc=staff("tobias.lange", "iso-8859-15"),
             subject=hval("Preventivo n. 2026/214 - lavori invernali \"Libeccio\"", "iso-8859-15"),
             t=ago(m.t, 2), tz="IT", env="l.moretti@cantierenavaleligure.it", lang="it")
    smtp_client(m, F, relay="mail.cantierenavaleligure.it", relay_ip="94.177.203.18", out_helo="mail.cantierenavaleligure.it",
                client_helo="[192.168.1.20]", client_rdns="host-79-27-114-6.retail.telecomitalia.it", client_ip="79.27.114.6",
                auth="l.moretti@cantierenavaleligure.it", mid="<%s@cantierenavaleligure.it>" % c.uuid(),
                order="thunderbird", user_agent="Mozilla Thunderbird", relay_tz="IT")
    text = """Buonasera Alessandro,

come da sopralluogo di martedì con l'Ing. Lange, Vi invio in allegato il preventivo n. 2026/214 per i lavori invernali su "Libeccio" (Dufour 470, 2021):

- alaggio, lavaggio e rimessaggio a terra in capannone (novembre-marzo)
- trattamento osmosi (sabbiatura, essiccazione, epossidico 5 mani)
- antivegetativa e zinchi
- controllo sartiame e sostituzione strallo di prua

Totale EUR 82.050,00 + IVA. Condizioni: 30 % all'ordine, saldo alla riconsegna. Per garantire il posto in capannone ci serve la conferma d'ordine entro metà ottobre.

Le coordinate bancarie sono quelle già in vostro possesso (nessuna variazione).

Cordiali saluti
--
Luca Moretti
Responsabile commerciale
Cantiere Navale Ligure S.r.l.
Viale San Bartolomeo 410 - 19126 La Spezia
tel. +39 0187 560 341
"""
    q = pdf.simple_doc([
        "#Cantiere Navale Ligure S.r.l.", "Viale San Bartolomeo 410 - 19126 La Spezia", "",
        "Spett.le Example Marine Italia S.r.l. - Genova", "",
        "#Preventivo n. 2026/214 del 02/10/2026 - M/Y 'Libeccio' (Dufour 470)", "",
        "1  Alaggio, lavaggio, varo                                         EUR  2.450,00",
        "2  Rimessaggio in capannone nov-mar (5 mesi)                       EUR  9.800,00",
        "3  Trattamento osmosi completo (sabbiatura, essiccazione, epossidico)  EUR 54.300,00",
        "4  Antivegetativa, zinchi, lucidatura opera morta                  EUR  6.900,00",
        "5  Controllo sartiame, sostituzione strallo di prua                EUR  8.600,00", "",
        "Totale imponibile                                                EUR 82.050,00", "",
        "Condizioni: 30% alla conferma d'ordine (EUR 24.615,00), saldo alla riconsegna.",
        "Validita' offerta: 20 giorni.",
    ], title="Preventivo 2026/214", author="L. Moretti", creator="LibreOffice Writer", producer="LibreOffice 24.8",
        date="D:20261002173012+02'00'")
    m.body = Multipart("mixed", [Text(text, "plain", "iso-8859-15", "8bit", quote_cs=False, extra_params=[("format", "flowed")]),
                                 Attachment(q, "application/pdf", "Preventivo_2026-214_Libeccio.pdf", style="rfc2231")],
                       m.boundary(), preamble="This is a multi-part message in MIME format.", fold=False)
    return m


def b20():
    m = Msg("business", 20, "it", "cliente-reclamo-cauzione-libero",
            "Charter customer (Libero Mail) complains that her security deposit for a September charter has still not "
            "been refunded and threatens to involve a consumer association and a lawyer",
            "Real customer with booking details; angry tone and legal threat, but asks for a refund to her own card; "
            "sent from Libero's own servers.", pair=None)
    m.rcpt = "niccolo.sartori@examplegroup.eu"
    m.t = T(2026, 10, 23, 20, 11, 4)
    c = m.ctx
    t = ago(m.t, 2)
    mid = "<%d.%d.%d@mail.libero.it>" % (c.randint(100000000, 999999999), c.randint(1000000, 9999999), int(t.timestamp() * 1000))
    custom(m, ("libero.it", "smtp-31-i2.italiaonline.it", "213.209.12.31", "1.2"), "<giulia.conti78@libero.it>",
           [("Received", "from libero.it ([151.38.92.204])\n\tby smtp-31.iol.local with ESMTPA\n\tid %s; %s"
             % (c.alnum(16), fmt(t, "IT"))),
            ("X-IOL-VIRUS-SCAN", "clean")],
           [("Date", fmt(t, "IT")), ("From", addr("Giulia Conti", "giulia.conti78@libero.it")),
            ("To", "niccolo.sartori@examplegroup.eu"), ("Message-ID", mid),
            ("Subject", "Reclamo - cauzione non restituita (prenotazione EGG-2026-0544)"),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-Priority", "3"), ("Importance", "Normal"),
            ("X-Mailer", "Libero Mail"), ("X-Originating-IP", "151.38.92.204")])
    text = """Buonasera Sig. Sartori,

Le scrivo per la terza volta in merito alla cauzione di 2.500 euro versata per il noleggio della barca "Tramontana" dal 5 al 12 settembre (prenotazione EGG-2026-0544).

Alla riconsegna il Vostro addetto in banchina ha firmato la check-list senza alcuna contestazione e mi è stato detto che lo sblocco della preautorizzazione sulla carta sarebbe avvenuto entro 10 giorni lavorativi. Sono passate sei settimane e la somma risulta ancora bloccata.

Se entro venerdì 30 ottobre non riceverò lo sblocco o la restituzione integrale, mi rivolgerò ad Altroconsumo e al mio avvocato, e lascerò una recensione dettagliata sulle piattaforme dove vi ho trovati.

Distinti saluti
Giulia Conti
Via Marsala 21, 20121 Milano
"""
    m.body = Text(text, "plain", "iso-8859-1", "8bit")
    return m


def b21():
    m = Msg("business", 21, "it", "portatile-rotto-gmail-privato",
            "Charter salesman Niccolò writes from his private Gmail: company laptop won't boot, asks IT for a replacement "
            "and tells his manager he works from his phone",
            "Private address of a colleague, but no request for money, credentials or data changes; asks IT to call him "
            "on his known company mobile; Gmail's real infrastructure.", pair=([6, 28], "colleague writing from private mail"))
    m.rcpt = "thomas.becker@example.com"
    m.t = T(2026, 11, 10, 8, 36, 42)
    F = dict(frm=addr("Niccolò Sartori", "niccolo.sartori87@gmail.com", "UTF-8", "Q"),
             to=addrs([staff("thomas.becker", "UTF-8", "Q"), staff("alessandro.greco", "UTF-8", "Q")], ", "),
             subject=hval("Portatile aziendale non si accende / laptop won't boot", "UTF-8", "Q"),
             t=ago(m.t, 2), tz="IT", env="niccolo.sartori87@gmail.com")
    gmail(m, F, mx=("mail-lf1-f43", "209.85.167.43"))
    text = """Ciao Alessandro, hi Thomas,

writing from my private Gmail because my company laptop (Dell Latitude, asset tag EG-NB-0417) doesn't boot anymore since this morning - it stops at a black screen with "No bootable device". It fell off the chart table on Saturday during the boat handover, maybe that's the reason.

Thomas, can you send me a replacement or tell me where to bring it? I'm in Genova today and tomorrow. Please call me on my company mobile, +39 348 771 2094, I can still read mail there.

Alessandro, fino a quando non ho il portatile lavoro dal telefono; le offerte per il Salone di Genova le preparo appena ho di nuovo il PC.

Grazie
Niccolò
"""
    m.body = alt(m, text, gmail_html(text), "UTF-8", "quoted-printable")
    m.body.fold = False
    return m


BUILDERS = [b17, b18, b19, b20, b21]
