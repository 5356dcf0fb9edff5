"""Attack messages, Italian (17-21)."""
from company import BANK, S, TAX
from compose import att_png_qr

MESSAGES = [
    dict(
        n=17, lang="it", slug="sdi-scarto-fattura-spid",
        prof=("exim_cpanel", dict(server="srv-it42.webhostingpro.it", server_ip="89.46.108.142",
                                  client_ip="45.134.26.77", mailer=None)),
        frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche-sdi@agenziaentrate-fatturazione.it"),
        env_from="info@agriturismoilpoggio.it", auth_id="info@agriturismoilpoggio.it",
        to=[S("it_acc")],
        subject="Notifica di scarto fattura elettronica n. 2026/FE/1187 - Sistema di Interscambio",
        when="2026-10-13 11:26:40",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Agenzia delle Entrate", color="#0066cc", logo="Agenzia delle Entrate &middot; Fatture e Corrispettivi"),
        text="""# Notifica di scarto – Sistema di Interscambio

Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il file fattura elettronica di seguito indicato:

Identificativo SdI: 18473920581
Nome file: IT%s_0A7K2.xml
Numero fattura: 2026/FE/1187 del 09/10/2026
Codice errore: 00305 – IdFiscaleIVA del cessionario/committente non valido

La fattura scartata si considera non emessa. In assenza di ritrasmissione entro 5 giorni dalla data della presente notifica potranno essere applicate le sanzioni previste per omessa fatturazione.

Per consultare il file di notifica e ritrasmettere la fattura, acceda all'area riservata «Fatture e Corrispettivi» con SPID, CIE o CNS:

[[Accedi all'area riservata|https://ivaservizi-agenziaentrate.it-portale.info/fatture-corrispettivi/notifica?id=18473920581]]

Cordiali saluti
Agenzia delle Entrate – Divisione Servizi

~ Messaggio generato automaticamente, si prega di non rispondere.
""" % TAX["it_example"],
        what="Fake SdI 'invoice rejected' notice leading to a fake 'Fatture e Corrispettivi' SPID login.",
        why="SdI delivers rejection notices (NS) through the channel used for transmission (PEC/web service/intermediary), never as an e-mail with a login link; link goes to it-portale.info; look-alike From domain while the envelope belongs to a compromised agriturismo cPanel account; sanction threat.",
    ),
    dict(
        n=18, lang="it", slug="ferretti-nuovo-iban-lookalike",
        prof=("roundcube", dict(mta_helo="mail.ferretti-trasporti.com", mta_rdns="vps-4d2a91c3.vps.ovh.net",
                                mta_ip="51.38.112.207", host="mail.ferretti-trasporti.com")),
        frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.com"),
        to=[S("it_acc")], cc=[S("it_mgr")],
        subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
        when="2026-10-26 09:41:18",
        cs="iso-8859-15", cte="8bit",
        text="""Gentile dott.ssa Esposito,

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria di Gruppo, a far data dal 26/10/2026 le nostre coordinate bancarie sono variate.

Vi preghiamo pertanto di effettuare tutti i pagamenti, comprese le fatture già scadute, esclusivamente sul nuovo conto:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC: BCITITMM

Fatture aperte a oggi:
n. 1482/26 del 31/08/2026 - € 6.118,40
n. 1519/26 del 15/09/2026 - € 5.902,60
n. 1560/26 del 30/09/2026 - € 6.703,50
Totale: € 18.724,50

Il vecchio conto presso Intesa Sanpaolo è in fase di estinzione e non potrà più ricevere accrediti a partire da questa settimana. Vi chiediamo cortesemente di confermarci l'avvenuto aggiornamento in anagrafica rispondendo a questa e-mail.

Restando a disposizione, porgiamo cordiali saluti.

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
P.IVA %s
""" % (BANK["ferretti_fraud"], TAX["it_ferretti"]),
        what="Carrier bank-detail change from a look-alike of Ferretti Trasporti, asking to pay overdue invoices to a new IBAN.",
        why="Look-alike domain ferretti-trasporti.com (genuine: .it) hosted on an OVH VPS with Roundcube; the dispatcher (not the accounts department) announces a new account, old account 'being closed', overdue invoices to be paid there, confirmation only by reply e-mail.",
    ),
    dict(
        n=19, lang="it", slug="aruba-pec-rinnovo-carta",
        prof=("brevo", {}),
        frm=("Aruba PEC", "comunicazioni@arubapec-rinnovi.it"),
        to=[S("it_mgr")],
        subject="La casella PEC examplegroupitalia@pec.it scade il 31/10/2026 - rinnovo non riuscito",
        when="2026-10-27 07:15:09",
        cs="utf-8", cte="base64", html="brand",
        brand=dict(name="Aruba PEC", color="#f26522", logo="aruba.it &middot; PEC"),
        hdrs=["List-Unsubscribe: <https://r.arubapec-rinnovi.it/unsub?e=marco.bianchi%40example.com>"],
        text="""# Rinnovo casella PEC non riuscito

Gentile Cliente,

il rinnovo automatico della casella PEC examplegroupitalia@pec.it, in scadenza il 31/10/2026, non è andato a buon fine: la carta di pagamento associata risulta scaduta.

Per evitare la sospensione del servizio e la perdita dei messaggi con valore legale (notifiche SdI, comunicazioni INPS, Agenzia delle Entrate e Camera di Commercio), La invitiamo ad aggiornare il metodo di pagamento entro 48 ore.

Importo del rinnovo: 7,25 € + IVA (1 anno)

[[Rinnova ora|https://rinnovo.arubapec-rinnovi.it/pec/rinnovo?casella=examplegroupitalia%40pec.it]]

Trascorso tale termine la casella sarà sospesa e, dopo 30 giorni, cancellata definitivamente insieme al suo contenuto.

Cordiali saluti,
Aruba PEC S.p.A. – Servizio Clienti

~ Ricevi questa email in quanto titolare di un servizio Aruba PEC.
""",
        what="Fake PEC (certified e-mail) renewal failure asking for new card details.",
        why="Brand impersonation via the Brevo ESP from the look-alike domain arubapec-rinnovi.it; tiny amount to harvest card data; threat of losing the legally required PEC mailbox; link not on aruba.it.",
    ),
    dict(
        n=20, lang="it", slug="brt-giacenza-qr-libero",
        prof=("libero", dict(client_ip="185.107.56.201")),
        frm=("BRT - Servizio Clienti", "roberta.lanzi64@libero.it"),
        to=[S("it_mgr")],
        subject="Spedizione 0573 4471 2286 in giacenza - indirizzo incompleto",
        when="2026-10-21 12:33:47",
        cs="windows-1252", cte="quoted-printable",
        text="""Gentile Cliente,

La informiamo che la spedizione n. 0573 4471 2286 (mittente: METRO Italia Cash and Carry S.p.A., 2 colli, 18,4 kg) non è stata consegnata per indirizzo incompleto: manca l'indicazione del reparto / ingresso merci della cucina.

La spedizione rimarrà in giacenza presso la filiale BRT di Milano Sud fino al 24/10/2026, dopodiché verrà restituita al mittente.

Per riprogrammare la consegna inquadri con lo smartphone il codice QR in allegato e confermi l'indirizzo. Il costo di riconsegna è di 1,99 € (IVA inclusa).

Cordiali saluti
BRT S.p.A. – Servizio Clienti
""",
        atts=[att_png_qr("Codice_riconsegna_BRT.png", "https://brt-riconsegna.it-track.app/r/057344712286?f=MI-SUD&c=1.99")],
        what="Courier 'parcel held' notice with a QR code for a paid redelivery.",
        why="Sent from a (compromised) private libero.it mailbox, not from brt.it; the link is only inside a QR image and leads to it-track.app; small redelivery fee = card harvesting; plausible trade detail (Metro cash & carry delivery).",
    ),
    dict(
        n=21, lang="it", slug="ceo-whatsapp-gmail",
        prof=("gmail", dict(host=2)),
        frm=("Klaus Brenner", "dr.klausbrenner.ceo@gmail.com"),
        to=[S("it_mgr")],
        subject="Richiesta riservata",
        when="2026-11-12 10:03:27",
        cs="utf-8", cte="quoted-printable", html=True,
        text="""Buongiorno Marco,

sei in ufficio? Ho bisogno del tuo aiuto per un'operazione riservata che stiamo chiudendo con un partner in Lombardia. Per motivi di riservatezza non posso parlarne al telefono dell'ufficio.

Mandami per favore il tuo numero di cellulare WhatsApp, ti scrivo lì con i dettagli. Per ora non coinvolgere altri colleghi, la notizia verrà comunicata la prossima settimana.

Grazie,
Klaus Brenner
""",
        what="CEO impersonation via Gmail trying to move the Milan office manager to WhatsApp.",
        why="CEO's name on a consumer Gmail address; secrecy and channel switch to WhatsApp (outside corporate monitoring) as the first step of CEO fraud; the real CEO writes from example.com via the internal relay.",
    ),
]
