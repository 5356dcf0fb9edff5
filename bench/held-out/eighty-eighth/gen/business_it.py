"""Genuine business messages, Italian (5)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S

TB128 = "Mozilla Thunderbird"


def M(**kw):
    kw.setdefault("lang", "it")
    return kw


def b17():
    text = """Spett.le Example Group Italia S.r.l.,

in allegato inviamo copia di cortesia della fattura n. 2026/1253 del 31/10/2026 relativa ai trasporti del mese di ottobre (cantieri Monza, Sesto San Giovanni e Bergamo).

La fattura elettronica originale è stata trasmessa tramite il Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Pagamento: bonifico bancario a 60 gg d.f.f.m.
IBAN: %s (Intesa Sanpaolo)

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24044 Dalmine (BG)
Tel. +39 035 563 7700 - P.IVA %s

Questo messaggio è stato generato automaticamente dal sistema gestionale. Per informazioni rispondere a amministrazione@ferretti-trasporti.it
""" % (iban_fmt(F.FERRETTI), F.FERRETTI_PIVA)
    lines = ["# FERRETTI TRASPORTI S.p.A.", "Via dell'Industria 27 - 24044 Dalmine (BG) - P.IVA " + F.FERRETTI_PIVA, "---", "",
             "COPIA DI CORTESIA - documento non valido ai fini fiscali", "",
             "Spett.le Example Group Italia S.r.l. - Via Gallarate 184 - 20151 Milano - P.IVA IT" + F.EXAMPLE_IT_PIVA, "",
             "## Fattura n. 2026/1253 del 31/10/2026", "",
             "Data       Descrizione                                     Importo",
             "03/10      Trasporto bilico Dalmine - Monza (ponteggi)      640,00",
             "09/10      Trasporto motrice gru Milano - Sesto S.G.        520,00",
             "17/10      Trasporto bilico Bergamo - Dalmine (rientro)     580,00",
             "24/10      Trasporto bilico Dalmine - Monza                 640,00", "---",
             "Imponibile                                                 2.380,00", "IVA 22%                                                      523,60",
             "Totale documento                                       EUR 2.903,60", "",
             "Pagamento: bonifico 60 gg d.f.f.m. - IBAN " + iban_fmt(F.FERRETTI)]
    return M(
        slug="ferretti-fattura-cortesia",
        what="Courtesy copy of carrier invoice 2026/1253 (October transports) from Ferretti Trasporti's ERP, PDF attached.",
        why="Real carrier domain ferretti-trasporti.it and its own mail server; IBAN is the known Intesa Sanpaolo account; electronic original in SdI; no urgency.",
        hn=([17], "Same carrier and topic (invoices, IBAN) as the look-alike bank-change mail, but real domain/server and the unchanged IBAN."),
        to=S["itacc"], frm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
        subject="Fattura n. 2026/1253 del 31/10/2026 - copia di cortesia", hcs="iso-8859-1", henc="Q",
        when=(11, 2, 7, 31), zone="IT",
        infra=lambda c: I.service_postfix(c, "mail.ferretti-trasporti.it", "93.62.148.210", order="generic", script_host="gestionale.ferretti.local"),
        body=K.mixed(K.plain(text, "iso-8859-1", "quoted-printable"),
                     K.pdf_att("Fattura_2026_1253.pdf", lines, producer="Zucchetti Ad Hoc Revolution", creator="Crystal Reports",
                               created="D:20261031184402+01'00'")),
    )


def b18():
    text = """Gentile Cliente,

ti informiamo che la fattura elettronica n. 2026/IT-0951 del 10/11/2026, destinatario Edilcantieri Brianza S.r.l., è stata scartata dal Sistema di Interscambio.

Identificativo SdI: 12948831207
Codice errore: 00311 - 1.1.4 <CodiceDestinatario> non valido

Per correggere il codice destinatario e reinviare il documento, accedi come di consueto al pannello Fatturazione Elettronica dall'Area Clienti del sito aruba.it. Il nuovo invio deve avvenire entro 5 giorni dalla data di questa notifica.

Cordiali saluti
Aruba S.p.A.
Servizio Fatturazione Elettronica

Aruba non ti chiederà mai di inserire le credenziali tramite link contenuti in un'e-mail.
"""
    return M(
        slug="aruba-fe-notifica-scarto",
        what="Genuine notice from the company's e-invoicing provider (Aruba Fatturazione Elettronica): invoice 2026/IT-0951 rejected by SdI for an invalid recipient code.",
        why="Sent from Aruba's own mail servers (staff.aruba.it), specific SdI id and error code, no link - asks to log in 'as usual' to the provider panel; matches an invoice the Milan office really issued.",
        hn=([18], "Same topic (SdI rejection, 5-day resubmission) as the fake Agenzia delle Entrate notice, but from the actual intermediary, without a login link."),
        to=S["itacc"], frm=("Aruba Fatturazione Elettronica", "noreply.fatturazioneelettronica@staff.aruba.it"),
        subject="Notifica di scarto - fattura 2026/IT-0951 - Id SdI 12948831207", hcs="utf-8", henc="Q",
        when=(11, 11, 13, 2), zone="IT",
        infra=lambda c: I.service_postfix(c, "smtpcmd12132.aruba.it", "62.149.156.132", order="esp", script_host="fe-notifier04.aruba.it"),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "it", title="Aruba Fatturazione Elettronica"),
    )


def b19():
    text = """Buongiorno sig. Conti,

le scrivo dal cantiere di via Rovani a Monza perché la situazione del ponteggio non è accettabile.

Ieri pomeriggio il nostro coordinatore per la sicurezza ha fatto il sopralluogo e ha trovato:
- fermapiede mancanti su tutto il terzo impalcato lato cortile;
- due parapetti non montati in corrispondenza della scala interna;
- il cartello con il PiMUS e la portata non esposto.

Ha sospeso i lavori sul ponteggio finché non viene sistemato. Ho due squadre ferme e i serramentisti arrivano lunedì.

Le chiedo di mandare la vostra squadra di montaggio domani mattina alle 7.30. I giorni di fermo ve li addebiteremo, ne parleremo con il vostro commerciale.

Mi chiami al 347 552 1904.

geom. Davide Galli
Edilcantieri Brianza S.r.l.
"""
    return M(
        slug="cliente-reclamo-ponteggio-libero",
        what="Site manager of an Italian customer complains from his Libero address: scaffold suspended by the safety coordinator (missing toe boards/guardrails), crew needed tomorrow, back-charge announced.",
        why="Known customer contact who always writes from his personal Libero mailbox (listed in the CRM), genuine Italiaonline infrastructure, concrete site facts, no links/attachments/payments.",
        hn=([20], "Consumer Libero sender like the compromised 'contabile' SVG mail, but a known contact, no attachment or link."),
        to=S["itmgr"], frm=("Davide Galli", "davide.galli71@libero.it"),
        subject="Cantiere via Rovani Monza - ponteggio sospeso dal CSE - URGENTE",
        when=(11, 13, 8, 12), zone="IT",
        infra=lambda c: I.libero(c),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "it", title=""),
    )


def b20():
    text = """Gentile Cliente,

ti ricordiamo che il servizio **Casella PEC Pro** examplegroupitalia@pec.it, associato alla tua utenza 1184772@aruba.it, è in scadenza il **14/12/2026**.

Per rinnovarlo accedi all'Area Clienti su [[managehosting.aruba.it|https://managehosting.aruba.it]] e seleziona "Rinnova". Se hai attivato il rinnovo automatico non devi fare nulla: il servizio verrà rinnovato con il metodo di pagamento registrato.

Ricorda: Aruba non ti chiederà mai i dati della carta di credito o la password via e-mail.

Cordiali saluti
Aruba S.p.A.
Servizio Clienti
"""
    return M(
        slug="aruba-pec-promemoria-rinnovo",
        what="Genuine Aruba reminder that the company's PEC mailbox expires on 14/12/2026 (renew in the customer area or do nothing if auto-renewal is on).",
        why="From Aruba's real sending infrastructure (comunicazioni@staff.aruba.it via Aruba SMTP); link only to managehosting.aruba.it; auto-renewal option; explicit warning never to give card data by e-mail; account id matches the company's.",
        hn=([19], "Same topic (PEC expiry) and recipient as the fake Aruba renewal, but real domain/infrastructure, link to aruba.it, one month lead time, no payment in the mail."),
        to=S["itmgr"], frm=("Aruba.it", "comunicazioni@staff.aruba.it"),
        subject="Promemoria: il servizio PEC examplegroupitalia@pec.it scade il 14/12/2026", hcs="iso-8859-15", henc="Q",
        when=(11, 14, 9, 30), zone="IT",
        infra=lambda c: I.service_postfix(c, "smtpdh18.aruba.it", "62.149.155.218", order="esp", script_host="crm-mailer02.aruba.it"),
        extra=[("List-Unsubscribe", "<https://managehosting.aruba.it/preferenze-comunicazioni>")],
        body=K.alt(text, "iso-8859-15", "quoted-printable", "mail", "it", title="Aruba.it", label="iso-8859-15"),
    )


def b21():
    text = """Gentile dott.ssa Lombardi,

dal nostro estratto conto risultano ancora aperte le seguenti fatture, già scadute:

- n. 2026/1184 del 30/09/2026 - € 6.840,00
- n. 2026/1207 del 15/10/2026 - € 4.215,50

Vi chiediamo cortesemente di provvedere al saldo entro il 30/11/2026. In caso contrario saremo purtroppo costretti a sospendere i ritiri programmati per dicembre fino alla regolarizzazione.

Le coordinate bancarie restano quelle indicate in fattura (Intesa Sanpaolo, IBAN %s).

Per qualsiasi chiarimento mi chiami pure al numero diretto 035 563 7710.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
""" % iban_fmt(F.FERRETTI)
    return M(
        slug="ferretti-sollecito-sospensione-ritiri",
        what="Ferretti Trasporti (Chiara Colombo) reminds of two overdue invoices and threatens to suspend December pick-ups.",
        why="Real contact from the carrier's real domain and mail server with her usual Thunderbird; invoices exist; bank details explicitly unchanged; direct phone number offered.",
        hn=([17], "Same invoices, same contact name and deadline pressure as the look-alike bank-change mail, but real domain and 'bank details unchanged'."),
        to=S["itacc"], cc=[("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it")],
        frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
        subject="Sollecito pagamento fatture scadute - Example Group Italia", hcs="iso-8859-15", henc="Q",
        when=(11, 24, 15, 48), zone="IT",
        infra=lambda c: I.postfix_own(c, "mail.ferretti-trasporti.it", "93.62.148.210", "93-62-148-214.ip22.fastwebnet.it", "93.62.148.214",
                                      mua="thunderbird", ua=TB128),
        body=K.alt(text, "iso-8859-15", "quoted-printable", "thunderbird", "it", label="ISO-8859-15", quote_cs=False),
    )


def build():
    return [b17(), b18(), b19(), b20(), b21()]
