"""Italian attack messages (17-21)."""
import checkdigits as cd
from company import S
from common import placeholder_zip
from infra import TLS12, TLS13

HIJACK_IBAN = cd.iban_lt("32500", "71904462281")
ESCROW_IBAN = cd.iban_fr("30004", "00819", "00012873419")     # BNP Paribas style


def messages():
    M = []
    # ----------------------------------------------------------------- 17
    M.append(dict(
        slug="ferretti-thread-hijack-iban",
        date="2026-11-25 16:48:22", zone="IT",
        frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
        to=[S("it_acc")],
        reply_to=("Chiara Colombo", "c.colombo@ferretti-trasporti-spa.com"),
        subject="Re: Fatture ottobre 2026 - trasporti frigo Verona/Hannover",
        in_reply_to="<7c1e0a52b3d94f6c9d2e8f3a41b6c0d7@EXCH02.corp.example.com>",
        references="<000e01dd5a0e$8b3f2c40$21bd86c0$@ferretti-trasporti.it> <7c1e0a52b3d94f6c9d2e8f3a41b6c0d7@EXCH02.corp.example.com>",
        via="smtp_client",
        via_opts=dict(client="roundcube", out=("smtpcmd0987.aruba.it", "smtpcmd0987.aruba.it", "62.149.156.87"),
                      sub_style="aruba", lan_ip="webmail-f07.aruba.it", public_ip="102.89.46.117", zone="IT"),
        charset="iso-8859-15", cte="quoted-printable", html="simple",
        text="""Buongiorno Francesca,

grazie per il riscontro sulle fatture di ottobre.

Ti informo che, a seguito della verifica trimestrale del nostro revisore, da questo mese gli incassi dei clienti esteri vengono gestiti tramite il conto dedicato al factoring. Il conto Banco BPM non è più abilitato a ricevere bonifici e gli eventuali pagamenti verrebbero respinti.

Ti chiedo quindi cortesemente di disporre il saldo delle fatture n. 2026/FT/1187 (€ 11.204,80) e 2026/FT/1203 (€ 7.741,60), totale € 18.946,40, entro venerdì sulle nuove coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Appena effettuato mi mandi per favore la contabile, così chiudo la partita con l'amministrazione. In questi giorni sono quasi sempre fuori sede per le consegne di Natale e poco raggiungibile al telefono: scrivimi pure qui.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Autotrasporto 12 - 41012 Carpi (MO)
Tel. +39 059 651 2210

Il 23/11/2026 10:12 Francesca Bianchi ha scritto:
> Buongiorno Chiara,
>
> ho ricevuto le fatture 1187 e 1203 di ottobre, le ho registrate e sono in
> pagamento con la distinta di fine mese come sempre (30 gg d.f.f.m.). Ti
> confermo anche che per dicembre ci servono due bilici in più per il 14 e
> il 15.
>
> Un saluto
> Francesca
>
> Francesca Bianchi
> Amministrazione - Example Group Italia S.r.l.""" % cd.iban_fmt(HIJACK_IBAN),
        what="Thread hijack from the genuinely compromised mailbox of the carrier contact: a reply in a real invoice thread redirects payment of two named invoices to a Lithuanian fintech IBAN.",
        why="Correct domain and Aruba servers (the mailbox is compromised), but: sent via webmail from a Nigerian IP instead of the usual Outlook client, Reply-To diverts answers to ferretti-trasporti-spa.com, 'old account no longer accepts payments', foreign IBAN, request for the remittance slip, not reachable by phone. The carrier's genuine reminder (business 17) keeps the Banco BPM account.",
    ))
    # ----------------------------------------------------------------- 18
    M.append(dict(
        slug="agenzia-entrate-zip-password",
        date="2026-11-16 09:03:51", zone="IT",
        frm=("Agenzia delle Entrate", "comunicazioni@studiorossicommercialisti.it"),
        to=[S("it_mgr")],
        subject="Comunicazione di irregolarità - Liquidazione periodica IVA III trimestre 2026 - Prot. n. 2026/AE/4471823",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("smtp-out07.register.it", "smtp-out07.register.it", "195.110.124.137"),
                      sub_style="postfix", sub_host="authsmtp.register.it", public_ip="185.107.56.211", zone="IT"),
        charset="iso-8859-1", cte="quoted-printable", html="auto",
        text="""Gentile Contribuente,

con riferimento alla comunicazione delle liquidazioni periodiche IVA relativa al III trimestre 2026, il controllo automatizzato ai sensi dell'art. 54-bis del D.P.R. 633/1972 ha rilevato un'incongruenza tra l'imposta dovuta e i versamenti effettuati.

La comunicazione di irregolarità (Prot. n. 2026/AE/4471823) è allegata alla presente in formato compresso. Per la tutela dei dati personali ai sensi del Regolamento (UE) 2016/679 il file è protetto da password.

Password di apertura: AdE4471

Entro 30 giorni dal ricevimento potrà regolarizzare la posizione beneficiando della riduzione delle sanzioni a un terzo, oppure fornire chiarimenti tramite i canali telematici.

Distinti saluti

Agenzia delle Entrate
Direzione Provinciale di Verona - Ufficio Controlli""",
        attach=[placeholder_zip("Comunicazione_AdE_2026_4471823.zip",
                                "Comunicazione_irregolarita_4471823.pdf.js",
                                password="AdE4471", seed="it-ade-zip", date_time=(2026, 11, 16, 8, 41, 12))],
        what="Tax-authority lure with a password-protected ZIP: 'Agenzia delle Entrate VAT irregularity notice' whose encrypted archive contains a script disguised as a PDF (.pdf.js).",
        why="Sender is a small accountancy's register.it mailbox (compromised), not agenziaentrate.it/PEC; real irregularity notices go to the intermediary or the cassetto fiscale, never as encrypted ZIPs; the password in the body defeats AV scanning; double extension .pdf.js.",
    ))
    # ----------------------------------------------------------------- 19
    pec_link = "https://rinnovo-pec-aruba.it/rinnovo/casella?id=examplegroupitalia%40pec.it&ord=PEC-771904"
    M.append(dict(
        slug="aruba-pec-scadenza",
        date="2026-11-19 07:12:05", zone="IT",
        frm=("Aruba PEC", "notifiche@rinnovo-pec-aruba.it"),
        to=[S("it_mgr")],
        subject="La casella PEC examplegroupitalia@pec.it scade tra 48 ore - rinnova ora",
        via="brevo",
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Aruba PEC", color="#f08c00", button=("Rinnova ora la casella", pec_link),
                   footer="Aruba PEC S.p.A. - Gestore accreditato AgID\nHai ricevuto questa e-mail in qualità di titolare della casella."),
        text="""Gentile Cliente,

la casella di Posta Elettronica Certificata **examplegroupitalia@pec.it** associata al tuo account scadrà il **21/11/2026**.

Alla scadenza la casella verrà sospesa: non potrai più ricevere comunicazioni con valore legale da Agenzia delle Entrate, INPS, Registro Imprese e fornitori, e i messaggi in arrivo saranno respinti al mittente.

Per evitare l'interruzione del servizio rinnova ora la casella (PEC Pro, 1 anno: € 5,90 + IVA):

[[Rinnova ora la casella|%s]]

Il rinnovo è immediato e i messaggi già presenti nella casella restano disponibili.

Cordiali saluti
Servizio Clienti Aruba PEC""" % pec_link,
        what="Credential/card phishing: fake 'Aruba PEC mailbox expiring' renewal notice with a 5.90 EUR payment link.",
        why="Sender domain rinnovo-pec-aruba.it is not Aruba (aruba.it/arubapec.it), mail comes via Brevo; the link leads to a look-alike renewal page collecting the PEC credentials and card data; loss-of-legal-notifications threat and 48-hour deadline.",
    ))
    # ----------------------------------------------------------------- 20
    M.append(dict(
        slug="falso-avvocato-operazione-riservata",
        date="2026-11-26 10:31:17", zone="IT",
        frm=("Avv. Federico Marchetti", "f.marchetti@marchetti-partners-legal.com"),
        to=[S("it_mgr")],
        subject="Riservato - operazione straordinaria Example Group / incarico del dott. Hoffmann",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.marchetti-partners-legal.com", "vps-3f8a21c4.vps.ovh.net", "51.178.74.212"),
                      sub_host="mail.marchetti-partners-legal.com", public_ip="91.219.236.18", zone="IT"),
        charset="windows-1252", cte="quoted-printable", html="auto",
        text="""Egregio dott. Ricci,

Le scrivo su incarico del dott. Jürgen Hoffmann, con il quale il nostro studio sta seguendo un'operazione straordinaria soggetta a stretti obblighi di riservatezza: l'acquisizione di un laboratorio dolciario industriale in Lombardia da parte di Example Group.

Il dott. Hoffmann mi ha indicato Lei come referente per la parte italiana, poiché l'operazione sarà perfezionata tramite Example Group Italia S.r.l. Per garantire l'esclusiva, entro oggi deve essere versato il deposito cauzionale di € 186.400,00 sul conto escrow dello studio notarile che assiste le parti:

Intestatario: SELARL Notaires Associés Delaunay – compte séquestre
IBAN: %s
BIC: BNPAFRPPXXX
Causale: Deposito cauzionale – Progetto Brioche

La prego di non discutere l'operazione con altri colleghi, né in sede né a Hannover, fino alla comunicazione al mercato prevista per il 30 novembre (Reg. UE 596/2014, art. 17): il dott. Hoffmann è in viaggio e preferisce che la comunicazione avvenga esclusivamente tramite il nostro studio.

Mi conferma entro le ore 12:00 la Sua disponibilità a disporre il bonifico? Le invierò subito la lettera d'incarico firmata.

Distinti saluti

Avv. Federico Marchetti
Marchetti & Partners - Studio Legale Associato
Corso Venezia 36 - 20121 Milano""" % cd.iban_fmt(ESCROW_IBAN),
        what="Fake-lawyer BEC: an 'attorney acting for the CEO' asks the Italian country manager to wire a 186,400 EUR 'escrow deposit' for a confidential acquisition to a French account.",
        why="Unknown law-firm domain on an OVH VPS; secrecy towards colleagues and HQ with a market-abuse-regulation pretext; CEO 'travelling' and reachable only through the lawyer; same-day deadline; payment to a foreign 'escrow' account; bypasses the CFO and normal approvals.",
    ))
    # ----------------------------------------------------------------- 21
    brt_link = "https://brt-giacenze.it/riprogramma?sped=047188231190&c=IT"
    M.append(dict(
        slug="brt-giacenza-pagamento",
        date="2026-11-30 12:40:33", zone="IT",
        frm=("BRT Corriere Espresso", "avvisi@brt-giacenze.it"),
        to=[S("it_acc")],
        subject="BRT: spedizione 0471 8823 1190 in giacenza - azione richiesta",
        via="mailgun", via_opts=dict(mg_domain="mg.brt-giacenze.it"),
        charset="utf-8", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="BRT", color="#c8102e", button=("Riprogramma la consegna", brt_link),
                   footer="BRT S.p.A. - Servizio Clienti\nQuesto messaggio è generato automaticamente, non rispondere."),
        text="""Gentile cliente,

la spedizione n. 0471 8823 1190 proveniente da HANNOVER (DE) non è stata consegnata perché l'indirizzo di destinazione risulta incompleto (numero civico mancante). Il collo è in giacenza presso la filiale di Verona.

Per riprogrammare la consegna conferma l'indirizzo e corrispondi il contributo di giacenza di € 1,99 entro 72 ore. Trascorso questo termine la spedizione verrà restituita al mittente.

[[Riprogramma la consegna|%s]]

Grazie per aver scelto BRT.""" % brt_link,
        what="Courier phishing: fake BRT 'parcel held in storage' notice asking for a 1.99 EUR fee to reschedule delivery.",
        why="Domain brt-giacenze.it is not BRT (brt.it), sent through Mailgun; small-fee pretext to harvest card data; 72-hour threat. The genuine BRT notification (business 21) asks for no payment and links to brt.it.",
    ))
    return M
