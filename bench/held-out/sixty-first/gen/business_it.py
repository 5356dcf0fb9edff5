"""Genuine business messages, Italian (5)."""
from kit import *


def aruba(m, I, t, frm, to, subj, pc, **kw):
    ip = "151.%d.%d.%d" % (I.int(20, 99), I.int(1, 250), I.int(1, 250))
    n = I.int(10000, 16999)
    hops = ["from %s ([%s])\r\n\tby Aruba Outgoing Smtp with ESMTPSA\r\n\tid %s; %s" % (
        pc, ip, I.alnum(22), rfcdate(t, "CET"))]
    return send(P.outlook16, m, I, t, frm, to, subj, hops=hops,
                client=("smtpcmd%d.aruba.it" % n, "smtpcmd%d.aruba.it" % n, "62.149.156.%d" % I.int(2, 250)),
                lang="it", **kw)


def b_invoice():
    m = Mail("business", "it", "carrier-invoice-sdi-copy",
             "Ferretti Trasporti sends the courtesy copy (PDF) of freight invoice 2026/FT/1482 already "
             "transmitted via the Sistema di Interscambio",
             "Carrier's real administration mailbox on its usual Aruba hosting and Outlook, SdI identifier, "
             "states the copy has no fiscal value and the original is in the tax drawer, usual Banco BPM IBAN.")
    I = Ids(m.slug)
    t = utc(2026, 11, 2, 9, 26, 14)
    aruba(m, I, t, ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), [S("acc_it")],
          "Copia di cortesia fattura n. 2026/FT/1482 del 31/10/2026", "PC-AMM02", hcs="windows-1252")
    iban = iban_fmt(BANK["ferretti"])
    body = """Spett.le Example Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/1482 del 31/10/2026, relativa ai trasporti refrigerati del mese di ottobre (Bologna – Modena – Reggio Emilia).

La fattura elettronica è stata trasmessa tramite il Sistema di Interscambio (identificativo SdI 14762093318) ed è disponibile nel Vostro cassetto fiscale. La presente copia non ha valore ai fini fiscali.

Importo: € 7.914,60 (IVA inclusa)
Pagamento: bonifico bancario 60 gg d.f.f.m.
IBAN: %s – Banco BPM, filiale di Verona

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Francia 21 – 37135 Verona
Tel. 045 8203 411 – P.IVA %s
""" % (iban, TAX["ferretti_piva"])
    doc = pdf([("h", "FERRETTI TRASPORTI S.p.A."), ("t", "Via Francia 21 - 37135 Verona - P.IVA " + TAX["ferretti_piva"]), ("r", ""),
               ("b", "FATTURA N. 2026/FT/1482 del 31/10/2026 - COPIA DI CORTESIA"),
               ("t", "Cliente: Example Italia S.r.l. - Via del Lavoro 41 - 40127 Bologna - P.IVA " + TAX["own_it_piva"]), ("", ""),
               ("m", "Data   Tratta                          Bancali  Imponibile"),
               ("m", "02/10  Bologna - Modena (ATP)               8      412,00"),
               ("m", "09/10  Bologna - Reggio Emilia (ATP)       12      688,00"),
               ("m", "16/10  Verona - Bologna (groupage +4C)     22    2.145,00"),
               ("m", "23/10  Bologna - Modena (ATP)               9      448,00"),
               ("m", "30/10  Verona - Bologna (groupage +4C)     26    2.794,38"), ("", ""),
               ("m", "                           Imponibile        6.487,38"),
               ("m", "                           IVA 22%           1.427,22"),
               ("m", "                           Totale fattura    7.914,60 EUR"), ("", ""),
               ("t", "Pagamento: bonifico 60 gg d.f.f.m. - IBAN " + iban + " - Banco BPM"),
               ("s", "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale e' disponibile"),
               ("s", "nell'area riservata del sito dell'Agenzia delle Entrate. Id SdI 14762093318.")],
              title="Fattura 2026/FT/1482", creator="TeamSystem Enterprise", producer="TeamSystem Enterprise",
              date="D:20261102092000+01'00'")
    m.body = mixed(outlook_alt(body, "windows-1252", "quoted-printable", "IT"),
                   att(doc, "application/pdf", "Fattura_2026-FT-1482_cortesia.pdf"))
    return m


def b_reminder():
    m = Mail("business", "it", "carrier-payment-reminder-urgent",
             "Urgent reminder from Ferretti Trasporti: two freight invoices overdue, pickups will be suspended "
             "from 23/11 if not paid; high importance",
             "Threatening but genuine: real domain and Aruba infrastructure, names the usual IBAN, refers to "
             "earlier reminders and offers a phone contact; no attachment, no new account.")
    I = Ids(m.slug)
    t = utc(2026, 11, 16, 15, 3, 40)
    aruba(m, I, t, ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), [S("acc_it")],
          "SOLLECITO URGENTE – fatture scadute – possibile sospensione ritiri", "PC-AMM02",
          cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), S("mgr_it")], hcs="iso-8859-1", importance=True)
    body = """Spett.le Example Italia S.r.l.,
alla c.a. del Dott. Marco Esposito

nonostante i nostri solleciti del 19/10 e del 02/11, risultano ancora insolute le seguenti fatture:

- n. 2026/FT/1227 del 31/08/2026, scaduta il 31/10/2026: EUR 6.842,10
- n. 2026/FT/1351 del 30/09/2026, scaduta il 30/11/2026 (in scadenza): EUR 7.118,40

Vi chiediamo di provvedere con urgenza al saldo della fattura scaduta sul consueto conto presso Banco BPM (IBAN %s).

In mancanza del pagamento entro venerdì 20/11/2026 saremo costretti, nostro malgrado, a sospendere i ritiri programmati a partire da lunedì 23/11 fino alla regolarizzazione della posizione.

Qualora il pagamento fosse già stato disposto, Vi preghiamo di inviarci la contabile e di considerare nulla la presente. Per chiarimenti potete contattare l'ufficio al numero 045 8203 411.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
""" % iban_fmt(BANK["ferretti"])
    m.body = outlook_alt(body, "iso-8859-1", "quoted-printable", "IT")
    return m


def b_schedule():
    m = Mail("business", "it", "carrier-schedule-update",
             "Chiara Colombo (Ferretti traffic office) sends the December pickup schedule and holiday closures "
             "for refrigerated shipments",
             "Known contact on the carrier's real domain, operational content only (dates, cut-off times), "
             "no payment or bank topic – contrast to the look-alike bank-change mail.")
    I = Ids(m.slug)
    t = utc(2026, 11, 26, 10, 48, 2)
    aruba(m, I, t, ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), [S("mgr_it")],
          "Programma ritiri dicembre e chiusure festive", "NB-TRAFFICO03", cc=[S("sales_it")], hcs="iso-8859-15")
    body = """Buongiorno Giulia,

come ogni anno Vi anticipo il programma dei ritiri refrigerati per dicembre:

- ritiri regolari martedì e giovedì fino a giovedì 17/12;
- ritiro straordinario lunedì 21/12 (prenotazione entro le 12:00 di venerdì 18/12);
- magazzino di Verona chiuso dal 24/12 al 27/12 e il 31/12 pomeriggio;
- ripresa regolare da martedì 05/01/2027.

Vi ricordo che per le spedizioni di vaccini a +2/+8 °C il cut-off resta alle 11:00 del giorno di ritiro. Se prevedete volumi superiori ai 20 bancali nella settimana del 14/12, fatecelo sapere entro il 04/12 così possiamo riservare un mezzo in più.

Buona giornata,
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A. - Verona
Tel. 045 8203 420
"""
    m.body = outlook_alt(body, "iso-8859-15", "quoted-printable", "IT")
    return m


def b_complaint():
    m = Mail("business", "it", "customer-complaint-libero",
             "Veterinary practice San Luca (Modena) complains from its libero.it address that a vaccine "
             "delivery arrived with the temperature indicator tripped; asks for replacement",
             "Known customer using its usual consumer mailbox, concrete lot numbers and delivery note, asks "
             "for replacement/credit – a normal complaint without links or attachments.")
    I = Ids(m.slug)
    t = utc(2026, 10, 23, 12, 14, 20)
    send(P.libero, m, I, t, ("Ambulatorio Veterinario San Luca", "amb.sanluca@libero.it"), [S("sales_it")],
         "Reclamo consegna DDT 2026/IT/3318 – indicatore temperatura virato",
         client_ip="93.40.%d.%d" % (I.int(1, 250), I.int(1, 250)))
    body = """Gentile Sig.ra Bianchi,

Le scrivo per segnalare un problema con la consegna di stamattina (DDT n. 2026/IT/3318 del 22/10).

Nel collo con i vaccini (Nobivac DHPPi, lotto A2611 e Purevax RCP, lotto L48201) l'indicatore di temperatura era virato e i siberini erano completamente sciolti. Per sicurezza non utilizzeremo i vaccini e li teniamo da parte in frigorifero separato fino a Vostre indicazioni.

Potete sostituirli con la prossima consegna di martedì? In alternativa chiedo una nota di credito. Se serve una foto dell'indicatore ve la mando volentieri.

Cordiali saluti

Dott. Paolo Greco
Ambulatorio Veterinario San Luca
Via Emilia Est 1120 – 41122 Modena
Tel. 059 371 244
"""
    m.body = text(body, "UTF-8", "quoted-printable", qcs=False)
    return m


def b_internal():
    m = Mail("business", "it", "internal-notice-office-closure",
             "Bologna office manager informs the Italian staff about the office closure on 7–8 December and "
             "the holiday on-call plan for the clinics",
             "Internal notice from the real mailbox through Exchange and mail-int01, purely organisational; "
             "contrast to the CEO gift-card scam sent to the same person.")
    I = Ids(m.slug)
    t = utc(2026, 11, 30, 9, 15, 6)
    send(P.exchange_internal, m, I, t, S("mgr_it"), [("Tutti - Ufficio Bologna", "tutti-bologna@example.com")],
         "Chiusura ufficio 7 e 8 dicembre – reperibilità cliniche", lang="it-IT", hcs="iso-8859-1",
         rcpt=S("sales_it")[1], client_ip="10.40.10.22")
    body = """Ciao a tutti,

vi ricordo che l'ufficio di Bologna resterà chiuso lunedì 7 dicembre (ponte) e martedì 8 dicembre (Immacolata Concezione). Il magazzino farmaci resterà operativo lunedì 7 dalle 8:00 alle 12:00 per le urgenze delle cliniche.

Reperibilità:
- lunedì 7: Francesca (vendite) e Davide (magazzino)
- martedì 8: turno clinico come da calendario condiviso su Teams

Vi chiedo di inserire ferie e permessi per il periodo natalizio nel portale HR entro venerdì 4 dicembre, così possiamo chiudere i turni.

Grazie e buona settimana,
Giulia

Giulia Ricci
Office Manager - Example Italia S.r.l.
Via del Lavoro 41 - 40127 Bologna
"""
    m.body = outlook_alt(body, "iso-8859-1", "quoted-printable", "IT")
    return m


MESSAGES = [b_invoice, b_reminder, b_schedule, b_complaint, b_internal]
