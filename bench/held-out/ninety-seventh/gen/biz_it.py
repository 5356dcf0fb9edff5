"""Genuine business messages, Italian (5)."""
import hops
import ids
from assets import pdf_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, gmail_html, simple_html


def b17():
    text = """Spett.le Example Group Italia S.r.l.,

si trasmette in allegato copia di cortesia della fattura elettronica n. 2026/1243 del 15/10/2026 relativa ai trasporti effettuati nel mese di settembre (consegne di apparati d'allarme e casseforti presso le Vostre sedi clienti di Milano, Monza e Piacenza).

Il documento originale è stato trasmesso tramite il Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Importo: € 6.710,00 (imponibile € 5.500,00 + IVA 22%% € 1.210,00)
Pagamento: bonifico bancario 60 gg d.f.f.m.
IBAN: %s (BPER Banca, filiale di Lodi)

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Artigianato 18 - 26900 Lodi (LO)
Tel. 0371 418 220 - P.IVA 09876540157
""" % fmt_iban(ids.FERRETTI_GENUINE)
    pdf = pdf_att("Fattura_2026_1243_copia_cortesia.pdf", [
        "FERRETTI TRASPORTI S.p.A.", "Via dell'Artigianato 18 - 26900 Lodi (LO) - P.IVA 09876540157", "",
        "COPIA DI CORTESIA - documento non valido ai fini fiscali (art. 21 DPR 633/72)", "",
        "Fattura n. 2026/1243 del 15/10/2026", "Cliente: EXAMPLE GROUP ITALIA S.R.L. - Via Gallarate 215 - 20151 Milano", "",
        "Descrizione                                           Imponibile",
        "Trasporti settembre 2026 - 22 viaggi (Milano/Monza/Piacenza)  5.500,00",
        "IVA 22%                                                1.210,00",
        "Totale documento                                       6.710,00", "",
        "Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/12/2026",
        "IBAN " + fmt_iban(ids.FERRETTI_GENUINE) + " - BPER Banca"],
        title="Fattura 2026/1243", author="Amministrazione", creator="TeamSystem", producer="TeamSystem")
    inf = hops.exchange_onprem("Ferretti on-prem Exchange", "mail.ferretti-trasporti.it", "93.63.208.14",
                               "SRV-EXCH01.ferretti.local", "192.168.10.5", lang="it-IT")
    return Mail("ferretti-fattura-copia-cortesia", "it", local(2026, 10, 16, 11, 24, "IT"),
                ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), [S("it_acc")],
                "Invio copia di cortesia fattura n. 2026/1243 del 15/10/2026", inf,
                Body(plain=text, html=outlook_html(text, lang="IT"), charset="iso-8859-15", cte="quoted-printable"),
                cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it")], atts=[pdf], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Carrier's genuine courtesy copy of an e-invoice (already sent via SdI) with the usual BPER IBAN.",
                why="From ferretti-trasporti.it through its own on-premises Exchange; refers to the SdI original; the IBAN is the carrier's long-standing BPER account; no urgency.",
                hn=[("it-ferretti-iban-lookalike", "Same carrier, same invoice numbers; the look-alike redirects these invoices to a new Intesa IBAN.")])


def b18():
    text = """Ciao Giulia,

ti scrivo dalla mia mail personale perché il portatile aziendale da ieri sera non si accende più dopo l'aggiornamento (schermo nero, la ventola gira ma non parte niente).

Ho già chiamato l'help desk al 2222 e hanno aperto il ticket, mi hanno detto di portarlo domattina in sede, così me lo sostituiscono. Nel frattempo i turni delle guardie per il weekend li gestisco dal telefono con l'app.

Non mandarmi documenti di lavoro su questa casella, ci vediamo domani alle 9.

Ciao
Davide
"""
    return Mail("collega-portatile-rotto-libero", "it", local(2026, 11, 12, 21, 5, "IT"),
                ("Davide Conti", "davide.conti84@libero.it"), [S("it_mgr")],
                "Portatile aziendale rotto - ti scrivo dalla mail personale", hops.libero(),
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Colleague (operations coordinator) writes from his private libero.it address because his company laptop is broken.",
                why="Consumer webmail (Italiaonline/Open-Xchange), personal tone, already followed the internal help-desk process, explicitly asks not to send company documents to the private box; no requests.",
                hn=[("it-candidatura-cv-zip-lnk", "Both are personal consumer mail to the Milan office; only the attack carries an archive with shortcut files.")])


def b19():
    text = """Buongiorno Marco,

ieri ho scaricato dal cassetto fiscale della società una comunicazione di irregolarità (avviso bonario ex art. 36-bis) relativa al modello 770/2026: l'Agenzia contesta l'omesso versamento di ritenute di settembre 2025 per € 1.126,40, più sanzioni e interessi.

Da un primo controllo il versamento risulta effettuato con l'F24 del 16/10/2025, ma con codice tributo 1001 invece di 1040 (ritenute su redditi di lavoro autonomo). Ti chiedo di mandarmi la quietanza di quell'F24; presenteremo istanza di correzione tramite CIVIS, in genere si risolve senza pagare nulla.

Ti allego la comunicazione in PDF come scaricata dal cassetto. Per favore non pagate niente finché non abbiamo verificato, e ricordatevi che l'Agenzia non manda mai queste comunicazioni via e-mail con allegati compressi: se vi arrivano, cestinatele.

Un saluto

dott. Luca Bianchi
Studio Bianchi Commercialisti
Corso di Porta Romana 61 - 20122 Milano
Tel. 02 5831 4470
"""
    pdf = pdf_att("Comunicazione_36bis_770_2026.pdf", [
        "AGENZIA DELLE ENTRATE - Direzione Provinciale II di Milano", "",
        "COMUNICAZIONE DEGLI ESITI DEL CONTROLLO AUTOMATIZZATO", "(art. 36-bis del DPR n. 600/1973)", "",
        "Contribuente: EXAMPLE GROUP ITALIA S.R.L.", "Dichiarazione: Modello 770/2026 - periodo d'imposta 2025", "",
        "Esito: ritenute operate e non versate - mese di settembre 2025",
        "Imposta: 1.126,40   Sanzione ridotta: 112,64   Interessi: 31,08", "",
        "Entro 60 giorni dal ricevimento è possibile fornire chiarimenti mediante CIVIS",
        "o presso gli uffici dell'Agenzia."],
        title="Comunicazione esiti controllo", author="", creator="Agenzia delle Entrate", producer="Agenzia delle Entrate")
    inf = hops.aruba(client_ip="151.38.94.12", webmail=False, n=18)
    inf.desc = "genuine Aruba mailbox of studiobianchi.it, Outlook 2016 from the office line"
    return Mail("commercialista-avviso-bonario-770", "it", local(2026, 11, 6, 9, 48, "IT"),
                ("Luca Bianchi", "l.bianchi@studiobianchi.it"), [S("it_acc")],
                "Avviso bonario 36-bis modello 770/2026 - serve quietanza F24", inf,
                Body(plain=text, html=outlook_html(text, lang="IT"), charset="windows-1252", cte="quoted-printable"),
                atts=[pdf], hdr_cs="windows-1252", hdr_enc="Q", hdr_label="windows-1252",
                what="External tax adviser forwards a real 36-bis notice on the Form 770 downloaded from the tax drawer and asks for the F24 receipt.",
                why="From the adviser's own Aruba mailbox and usual Outlook, plain PDF (no archive, no password), explains the error and the correction procedure, tells the client not to pay and warns about fake AdE mails.",
                hn=[("it-ade-irregolarita-zip-password", "Same topic (36-bis notice on Form 770, 2026) - genuine PDF from the adviser vs. encrypted ZIP with a script 'from the AdE'.")])


def b20():
    text = """Ciao a tutti,

i cedolini di novembre, comprensivi della tredicesima, sono disponibili da oggi come sempre nel portale HR Zucchetti e nella relativa app. La tredicesima verrà accreditata il 15 dicembre insieme allo stipendio.

Vi ricordo che:
- all'HR Portal si accede con le vostre credenziali Zucchetti (utente = matricola), non con la password di Outlook/Microsoft;
- l'ufficio personale non manda mai link per "confermare la presa visione" né chiede di inserire password via e-mail;
- in questi giorni stanno girando mail false a nome dell'"Ufficio Personale": se ne ricevete una, usate il pulsante "Segnala phishing" in Outlook.

Per problemi di accesso scrivete a me o chiamate l'help desk interno (2222).

Grazie e buona giornata
Giulia

Giulia Rinaldi
Office Manager Italia
Example Group Italia S.r.l.
Via Gallarate 215 - 20151 Milano
"""
    return Mail("cedolini-novembre-portale-zucchetti", "it", local(2026, 12, 1, 9, 10, "IT"),
                S("it_mgr"), [("Example Group Italia - tutti", "it.tutti@example.com")],
                "Cedolini di novembre e tredicesima disponibili sul portale HR Zucchetti", hops.internal(lang="it-IT"),
                Body(plain=text, html=outlook_html(text, lang="IT"), charset="iso-8859-15", cte="quoted-printable"),
                rcpt=S("it_ops")[1], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Internal notice from the Italian office manager: November payslips and 13th salary available in the usual Zucchetti HR portal.",
                why="Internal Exchange mail via mail-int01 to the Italian all-staff list; no link or login request; reminds that HR never asks for passwords by e-mail.",
                hn=[("it-cedolino-portale-hr", "Same topic (November payslip/13th salary); the phish asks for Microsoft 365 credentials on an external 'HR portal'.")])


def b21():
    text = """Buongiorno Giulia,

come anticipato al telefono, per il picco di dicembre nel magazzino di Piacenza (via Emilia Parmense 140) avremmo bisogno di potenziare il servizio notturno dal 1 al 24 dicembre:

- una seconda guardia giurata dalle 22:00 alle 6:00, tutti i giorni;
- un'ispezione aggiuntiva del perimetro esterno alle 3:00 con verifica dei sigilli sui semirimorchi in sosta;
- collegamento temporaneo delle due telecamere del nuovo piazzale alla vostra centrale operativa.

Ci mandate un'offerta entro venerdì? Se serve un sopralluogo, giovedì pomeriggio sono in sede.

Grazie, buona giornata
Federica

Federica Moretti
Facility & Security Manager
Logistica Padana S.r.l.
Tel. 0523 774 190 - Cell. 335 612 4487
"""
    inf = hops.gmail(n=46, ip_last=46, helo_prefix="mail-wr1-f", net="209.85.221", workspace=True)
    inf.desc = "Google Workspace mailbox of logisticapadana.it"
    return Mail("cliente-richiesta-potenziamento-notturno", "it", local(2026, 11, 17, 10, 34, "IT"),
                ("Federica Moretti", "f.moretti@logisticapadana.it"), [S("it_mgr")],
                "Potenziamento servizio notturno magazzino Piacenza - dicembre", inf,
                Body(plain=text, html=gmail_html(text), charset="UTF-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Customer request for additional night guarding, perimeter inspection and temporary CCTV connection at a Piacenza warehouse in December; asks for a quote.",
                why="Customer's own Google Workspace domain, follows a phone call, concrete operational requirements, no links or attachments, asks for an offer.")


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
