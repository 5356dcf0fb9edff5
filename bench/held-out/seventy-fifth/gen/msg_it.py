"""Italian messages: 5 attacks, 5 genuine."""
import files
import infra as I
from common import to_utc, hhex, hstr, ALNUM
from company import st, BANK, TAX
from docs import invoice, letter
from ids import pretty
from lib import Msg, plain, html, alt, mixed, related, att, text_att, quote_outlook
from mime import Part

GF = st('giulia.ferraro')
MB = st('marco.bellini')
TS = st('tobias.schaefer')

CHIARA = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
AMM = ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')
OUT_IT = ('iso-8859-1', 'Q')

FERRETTI_FIRMA = """Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37135 Verona (VR)
Tel. +39 045 8203 411 - www.ferretti-trasporti.it
P.IVA %s - Cap. Soc. 1.200.000 EUR i.v.""" % TAX['ferretti']


def attacks():
    out = []

    # ------------------------------------------------------------------ A17
    zname = 'Notifica_Scarto_SDI_IT03184420234_1187.zip'
    t = to_utc('IT', 2026, 10, 19, 8, 37, 0)
    z = files.zipfile_bytes([('Notifica_Scarto_FPR12_2026-1187.pdf.js',
                              b'// placeholder: inert test artefact, no code\n')], t, 'IT', password='SDI7720',
                            key='a17', attname=zname)
    src = """Gentile Contribuente,

La informiamo che la fattura elettronica n. 2026/1187 del 14/10/2026, trasmessa tramite il Sistema di Interscambio (SdI), è stata SCARTATA per il seguente motivo:

Codice errore 00305 - IdFiscaleIVA del cessionario/committente non valido

Ai sensi dell'art. 1, comma 6, del D.Lgs. 127/2015 e dell'art. 6 del D.Lgs. 471/1997, la fattura si considera non emessa: è necessario ritrasmetterla entro 5 giorni dalla data della presente notifica per evitare l'applicazione delle sanzioni previste.

Il dettaglio della notifica di scarto (file MT e ricevuta) è contenuto nell'allegato protetto.
Password per l'apertura dell'allegato: SDI7720

Cordiali saluti

Agenzia delle Entrate
Sistema di Interscambio - Fatturazione Elettronica

Messaggio generato automaticamente, si prega di non rispondere."""
    out.append(Msg('attack', 'it', 'sdi-scarto-zip-password',
        what='Fake "Sistema di Interscambio" rejection notice for an e-invoice, with a password-protected ZIP containing "Notifica_Scarto_FPR12_2026-1187.pdf.js".',
        why='Real SdI notices arrive by PEC from sdiNN@pec.fatturapa.it as XML receipts; this comes from a compromised Aruba-hosted mailbox of an unrelated company (edil-mariani.it); encrypted ZIP (ZipCrypto) to evade scanning, script file disguised as PDF (placeholder here), sanction threat and 5-day deadline - malware delivery.',
        when=(2026, 10, 19, 8, 37, 0), zone='IT', infra=I.aruba('a17', 'edil-mariani.it', '93.41.220.17', 'PC-UFFICIO'),
        frm=('Agenzia delle Entrate - SdI', 'amministrazione@edil-mariani.it'), to=[MB],
        subject='Notifica di scarto fattura elettronica n. 2026/1187 - IT03184420234',
        body=mixed(alt(src, 'windows-1252', 'quoted-printable', style='outlook', lang='it'),
                   att('application/zip', zname, z)),
        hcs=('windows-1252', 'Q'), content_lang='it'))

    # ------------------------------------------------------------------ A18
    iban = BANK['a18_it']
    src = """Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della cessione pro-soluto dei nostri crediti commerciali a primaria società di factoring, a partire dalla data odierna tutti i pagamenti relativi alle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto dedicato:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - Filiale di Milano
IBAN: %s
BIC: SELBIT2BXXX

Le fatture n. 2026/FT/04471 e 2026/FT/04518 in scadenza il 30/11/2026 andranno pertanto saldate sul nuovo conto. Pagamenti effettuati sulle precedenti coordinate non avranno effetto liberatorio.

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di confermarci la ricezione della presente rispondendo a questa e-mail. In allegato la comunicazione ufficiale su carta intestata.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
""" % pretty(iban) + FERRETTI_FIRMA
    t = to_utc('IT', 2026, 11, 16, 9, 48, 0)
    pdf = letter(['Ferretti Trasporti S.p.A.', "Via dell'Industria 27 - 37135 Verona (VR)", 'P.IVA %s' % TAX['ferretti']],
                 ['Spett.le', 'Example Group GmbH', 'Frankenstrasse 152', '90461 Norimberga (DE)'],
                 'Verona, 16/11/2026', 'Oggetto: variazione coordinate bancarie - cessione crediti',
                 ['Con la presente Vi informiamo che, a seguito della cessione pro-soluto dei nostri crediti commerciali, i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul conto:',
                  'Ferretti Trasporti S.p.A. - Banca Sella S.p.A. - IBAN %s - BIC SELBIT2BXXX' % pretty(iban),
                  'Pagamenti effettuati su coordinate diverse non avranno effetto liberatorio.'],
                 ['Distinti saluti'], ['Ferretti Trasporti S.p.A.', "L'Amministratore Delegato"], [], t, 'IT',
                 'Microsoft Word', 'Microsoft: Print To PDF')
    out.append(Msg('attack', 'it', 'ferretti-iban-lookalike',
        what='Carrier bank-change BEC: "Chiara Colombo" of Ferretti Trasporti announces a new factoring account at Banca Sella for all payments.',
        why='Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it) on Hostinger; change requested by plain e-mail with a PDF letter, "payments to the old account will not discharge the debt", confirmation requested by reply only. Compare genuine B17/B18 (Ferretti states it never changes IBAN by e-mail).',
        when=(2026, 11, 16, 9, 48, 0), zone='IT', infra=I.hostinger('a18', 'ferretti-trasporti.com', '154.47.23.118'),
        frm=CHIARA[0:1] + ('c.colombo@ferretti-trasporti.com',), to=[MB], cc=[GF],
        subject='Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.',
        body=mixed(alt(src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='it'),
                   att('application/pdf', 'Comunicazione_variazione_IBAN_Ferretti.pdf', pdf)),
        hcs=OUT_IT, content_lang='it'))

    # ------------------------------------------------------------------ A19
    src = """Gentile Dott. Bellini,

mi permetto di contattarLa su indicazione del Dott. Jürgen Höfler, Amministratore Delegato del Gruppo, che ha conferito al nostro studio l'incarico di assistenza legale in un'operazione di acquisizione di una società italiana del settore giocattolo.

Il Dott. Höfler mi ha chiesto di rivolgermi direttamente a Lei in qualità di referente amministrativo della sede di Milano, poiché la parte italiana dell'operazione verrà regolata localmente. L'operazione è coperta da un accordo di riservatezza (NDA) ed è soggetta agli obblighi di comunicazione previsti dalla normativa CONSOB: fino all'annuncio ufficiale La prego di non parlarne con nessuno, inclusi i colleghi della sede centrale di Norimberga, e di comunicare esclusivamente con me a questo indirizzo.

Nelle prossime ore sarà necessario disporre un bonifico di 186.400,00 EUR a titolo di deposito cauzionale sul conto vincolato dello studio; Le invierò a breve le coordinate e la lettera di incarico firmata. Il Dott. Höfler Le confermerà quanto sopra con una breve e-mail.

Resto a disposizione e La ringrazio per la collaborazione.

Avv. Lorenzo Marchetti
Marchetti & Partners - Studio Legale Associato
Corso di Porta Nuova 18 - 20121 Milano"""
    out.append(Msg('attack', 'it', 'avvocato-operazione-riservata',
        what='Fake-lawyer BEC: "Avv. Lorenzo Marchetti" claims a mandate from the CEO for a secret acquisition and prepares a EUR 186,400 "escrow deposit" transfer.',
        why='Unknown law firm on a freshly registered domain (marchetti-partners-legal.com, Roundcube on a VPS); invokes CEO authority, confidentiality/CONSOB, forbids contacting HQ, announces a payment and a CEO "confirmation" e-mail - fake-lawyer variant of CEO fraud.',
        when=(2026, 11, 25, 11, 26, 44), zone='IT',
        infra=I.roundcube_vps('a19', 'mail.marchetti-partners-legal.com', 'vps-5e1b0c77.vps.ovh.net', '146.59.18.221',
                              'marchetti-partners-legal.com', zone='IT'),
        frm=('Avv. Lorenzo Marchetti', 'l.marchetti@marchetti-partners-legal.com'), to=[MB],
        subject='Riservato - operazione straordinaria Example Group / incarico del Dott. Höfler',
        body=plain(src, 'UTF-8', '8bit', flowed=True, quote_cs=False), hcs=('UTF-8', 'Q')))

    # ------------------------------------------------------------------ A20
    track = '0641520987124'
    link = 'https://brt-consegna.info/it/riprogramma?sped=%s&k=%s' % (track, hstr('a20', 12, ALNUM))
    src = """Gentile Cliente,

non è stato possibile consegnare la Sua spedizione n. %s (mittente: AMAZON EU S.a.r.l.) a causa di un indirizzo incompleto o di un destinatario assente.

La spedizione è in giacenza presso la nostra filiale di Milano Nord. Per riprogrammare la consegna è necessario confermare l'indirizzo e saldare il contributo di giacenza di 1,99 EUR entro 48 ore.

[[!Riprogramma la consegna|%s]]

Trascorso tale termine la spedizione sarà restituita al mittente.

Grazie per aver scelto BRT.
BRT S.p.A. - Servizio Clienti""" % (track, link)
    out.append(Msg('attack', 'it', 'brt-giacenza-pagamento',
        what='Courier phishing: "BRT" claims a parcel is held and asks for a EUR 1.99 storage fee to reschedule delivery.',
        why='Sent via a Mailgun account from brt-spedizioni-info.com (not brt.it); link to brt-consegna.info card-data phishing page; small fee + 48-hour deadline - courier smishing-style lure by e-mail.',
        when=(2026, 12, 10, 7, 55, 31), zone='IT', infra=I.mailgun('a20', 'mg.brt-spedizioni-info.com'),
        frm=('BRT Servizio Clienti', 'noreply@brt-spedizioni-info.com'), to=[GF],
        subject='BRT: spedizione n. %s in giacenza - azione richiesta' % track,
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#c4161c', title='BRT', lang='it'),
        hcs=('utf-8', 'Q'), date_zone='UTC'))

    # ------------------------------------------------------------------ A21
    src = """Gentile Cliente,

abbiamo rilevato una disposizione di bonifico istantaneo in uscita di 4.870,00 EUR a favore del beneficiario "NORDPAY UAB", inserita alle ore 07:52 di oggi da un nuovo dispositivo (Android, Napoli).

Per la Sua sicurezza l'operazione è stata temporaneamente sospesa e verrà eseguita automaticamente entro 2 ore se non riceveremo riscontro.

Se NON ha autorizzato questa operazione, contatti immediatamente il nostro Servizio Antifrode al numero 02 8734 2219 (attivo 24 ore su 24) indicando il codice pratica AF-55831. Un operatore La guiderà nel blocco del dispositivo non riconosciuto.

Per motivi di sicurezza non risponda a questa e-mail e non comunichi a nessuno i codici ricevuti via SMS.

Cordiali saluti
Intesa Sanpaolo S.p.A.
Servizio Sicurezza e Antifrode"""
    out.append(Msg('attack', 'it', 'banca-callback-antifrode',
        what='Callback phishing (TOAD): "Intesa Sanpaolo" reports a suspicious instant transfer and urges a call to an "anti-fraud" number.',
        why='Bank impersonated from a Libero freemail account (intesasanpaolo.sicurezza@libero.it); no link, only a phone number to a vishing call centre that will harvest banking credentials/OTP; 2-hour deadline.',
        when=(2026, 11, 9, 8, 3, 12), zone='IT', infra=I.libero('a21', '5.90.122.37'),
        frm=('Intesa Sanpaolo - Sicurezza', 'intesasanpaolo.sicurezza@libero.it'), to=[MB],
        subject='Avviso di sicurezza: bonifico istantaneo in attesa di conferma',
        body=alt(src, 'iso-8859-15', 'quoted-printable', style='simple', lang='it', quote_cs=False),
        hcs=('iso-8859-15', 'Q')))
    return out


def business():
    out = []

    # ------------------------------------------------------------------ B17
    t = to_utc('IT', 2026, 11, 2, 10, 14, 0)
    pdf = invoice(['Ferretti Trasporti S.p.A.', "Via dell'Industria 27 - 37135 Verona (VR)",
                   'P.IVA %s - amministrazione@ferretti-trasporti.it' % TAX['ferretti']],
                  ['Spett.le Example Group GmbH', 'Frankenstrasse 152 - 90461 Nuernberg (DE)', 'VAT DE817360428'],
                  'Fattura n. 2026/FT/04471 - copia di cortesia',
                  [('Data', '31/10/2026'), ('Codice destinatario SdI', 'XXXXXXX (estero)'),
                   ('Riferimento', 'Viaggi ottobre 2026 Verona-Nuernberg / Nuernberg-Milano')],
                  [('Trasporto FTL Verona - Nuernberg (8 viaggi)', '9.840,00 EUR'),
                   ('Trasporto groupage Nuernberg - Milano (6 viaggi)', '5.322,00 EUR'),
                   ('Supplemento carburante ottobre', '604,80 EUR')],
                  [('Imponibile', '15.766,80 EUR'), ('IVA', 'non imponibile art. 7-ter DPR 633/72 - reverse charge'),
                   ('Totale documento', '15.766,80 EUR')],
                  ['Pagamento: bonifico 60 gg d.f.f.m. - Banco BPM S.p.A., fil. Verona - IBAN %s' % pretty(BANK['ferretti']),
                   'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area riservata SdI.'],
                  t, 'IT', 'TeamSystem', 'TeamSystem', head_cols=('Pos.', 'Descrizione', 'Importo'))
    src = """Buongiorno,

in allegato la copia di cortesia della fattura n. 2026/FT/04471 del 31/10/2026, relativa ai trasporti di ottobre (importo 15.766,80 EUR). L'originale è stato trasmesso tramite SdI.

Pagamento: bonifico 60 gg d.f.f.m. sulle consuete coordinate Banco BPM (IBAN %s).

Cordiali saluti

Ufficio Amministrazione
""" % pretty(BANK['ferretti']) + FERRETTI_FIRMA
    out.append(Msg('business', 'it', 'ferretti-fattura',
        what='Ferretti Trasporti sends the courtesy copy of its October transport invoice (PDF).',
        why='Real domain ferretti-trasporti.it via its usual Aruba mail service and Outlook; usual Banco BPM account, usual payment terms, no urgency. Hard negative of A18 and A11.',
        when=(2026, 11, 2, 10, 14, 0), zone='IT', infra=I.aruba('b17', 'ferretti-trasporti.it', '151.22.8.140', 'PC-AMM02'),
        frm=AMM, to=[MB], subject='Fattura n. 2026/FT/04471 del 31/10/2026 - Example Group GmbH',
        body=mixed(alt(src, 'windows-1252', 'quoted-printable', style='outlook', lang='it'),
                   att('application/pdf', 'Fattura_2026_FT_04471.pdf', pdf)),
        hcs=('windows-1252', 'Q'), content_lang='it'))

    # ------------------------------------------------------------------ B18
    src = """Buongiorno Dott. Bellini,

nonostante i nostri solleciti del 16/11 e del 30/11 risultano ancora insolute le seguenti fatture:

2026/FT/04471 del 31/10/2026 - 15.766,80 EUR
2026/FT/04518 del 06/11/2026 - 7.650,00 EUR

per un totale di 23.416,80 EUR.

In assenza del pagamento entro venerdì 11/12, saremo costretti a sospendere i ritiri programmati a partire da lunedì 14/12, compresi i viaggi prenotati per le consegne natalizie ai Vostri clienti di Milano e Bologna. Ci dispiacerebbe arrivare a questo punto dopo tanti anni di collaborazione.

Le ricordo che le nostre coordinate bancarie sono invariate (Banco BPM, IBAN %s) e che non comunichiamo MAI variazioni di IBAN via e-mail: eventuali modifiche vengono comunicate esclusivamente con lettera firmata inviata via PEC. Se avete ricevuto comunicazioni diverse, Vi prego di chiamarmi.

Resto in attesa di un Vostro riscontro.

Cordiali saluti
Chiara Colombo
Ufficio Commerciale
""" % pretty(BANK['ferretti']) + FERRETTI_FIRMA
    out.append(Msg('business', 'it', 'ferretti-sollecito-sospensione',
        what='Ferretti Trasporti sends an urgent payment reminder threatening to suspend pick-ups from 14/12.',
        why='Real domain and Aruba infrastructure; known contact; unchanged IBAN; the threat is a normal commercial consequence and she explicitly says IBAN changes never come by e-mail. Hard negative of A18.',
        when=(2026, 12, 7, 15, 2, 41), zone='IT', infra=I.aruba('b18', 'ferretti-trasporti.it', '151.22.8.143', 'NB-COLOMBO'),
        frm=CHIARA, to=[MB], cc=[GF, TS],
        subject='SOLLECITO URGENTE: fatture scadute - sospensione servizi dal 14/12',
        body=plain(src, 'iso-8859-1', '8bit'), hcs=OUT_IT, content_lang='it',
        extra=[('X-Priority', '1 (Highest)'), ('Importance', 'High')]))

    # ------------------------------------------------------------------ B19
    src = """Buongiorno signora Ferraro,

ieri ci è arrivato il bancale con l'ordine n. 88213, ma tre cartoni erano schiacciati e dentro sei confezioni del trenino in legno "Lokomotive Lina" hanno le ruote staccate. Il corriere ha firmato il DDT con riserva, gliel'ho fatto scrivere.

Le mando le foto appena riesco a scaricarle dal cellulare. Vorrei sapere se potete rimandarmi i sei pezzi prima di Natale, perché è uno dei giochi che vendiamo di più in questo periodo; in alternativa mi fate una nota di credito.

Grazie mille e buona giornata
Anna Bianchi
Cartolibreria Bianchi - Brescia
tel. 030 2418 776"""
    out.append(Msg('business', 'it', 'reclamo-cliente-merce-danneggiata',
        what='Customer complaint from a small shop (Libero freemail): six wooden trains damaged in transit, asks for replacement before Christmas.',
        why='Known small customer who always writes from her Libero address; concrete order/delivery references; asks only for replacement or credit note, no payment data or links.',
        when=(2026, 12, 2, 9, 21, 54), zone='IT', infra=I.libero('b19', '79.35.144.201'),
        frm=('Anna Bianchi', 'anna.bianchi71@libero.it'), to=[GF],
        subject='Reclamo ordine n. 88213 - merce danneggiata',
        body=alt(src, 'UTF-8', 'quoted-printable', style='simple', lang='it', quote_cs=False), hcs=('UTF-8', 'Q')))

    # ------------------------------------------------------------------ B20
    t = to_utc('IT', 2026, 12, 9, 17, 42, 0)
    pdf = files.pdf([[('h', 'Studio Fontana Commercialisti Associati'), ('s', 'Via Vincenzo Monti 41 - 20123 Milano - P.IVA %s' % TAX['fontana']),
                      ('gap',), ('b', 'Prospetto versamenti F24 - scadenza 16/12/2026'), ('b', 'Contribuente: Example Group GmbH - Stabile organizzazione in Italia'),
                      ('gap',),
                      ('r', '6011 IVA mensile novembre 2026', '18.431,20 EUR'),
                      ('r', '1001 Ritenute lavoro dipendente novembre', '9.876,54 EUR'),
                      ('r', '1040 Ritenute lavoro autonomo novembre', '1.240,00 EUR'),
                      ('r', '3802 Addizionale regionale IRPEF', '612,33 EUR'),
                      ('r', '6035 Acconto IVA 2026', '14.200,00 EUR'),
                      ('gap',), ('r', 'Totale da versare', '44.360,07 EUR'), ('gap',),
                      'Addebito tramite home banking (F24 telematico) entro martedì 15/12/2026. Le deleghe precompilate sono nello spazio condiviso dello studio.',
                      ('s', 'Documento ad uso interno - Studio Fontana')]],
                    'Prospetto F24 16-12-2026', 'Studio Fontana', 'LibreOffice Writer', 'LibreOffice 7.6', t, 'IT')
    src = """Buongiorno Marco,

ti ricordo le scadenze del 16 dicembre: IVA mensile di novembre, ritenute di novembre e acconto IVA. In allegato il prospetto con gli importi (totale 44.360,07 EUR); le deleghe F24 precompilate le trovi come sempre nello spazio condiviso dello studio.

Come d'accordo, l'addebito lo disponete voi dal vostro home banking entro martedì 15. Se qualcosa non ti torna con le liquidazioni chiamami pure in studio.

Un saluto,
Paolo

--
Dott. Paolo Fontana
Studio Fontana Commercialisti Associati
Via Vincenzo Monti 41 - 20123 Milano
tel. 02 4800 3917"""
    out.append(Msg('business', 'it', 'commercialista-scadenze-f24',
        what='The Italian branch\'s tax adviser reminds of the 16 December tax payments and attaches the F24 summary.',
        why='Known adviser on his own domain and mail server (Thunderbird); the branch pays itself via its own home banking, no third-party account; matches the statutory calendar. Hard negative of A17 (tax-themed) and A19.',
        when=(2026, 12, 9, 17, 42, 0), zone='IT',
        infra=I.postfix_own('b20', 'mail.studiofontana.it', '212.110.42.19', 'studiofontana.it', '93.63.171.88',
                            mua='thunderbird', zone='IT'),
        frm=('Paolo Fontana', 'p.fontana@studiofontana.it'), to=[MB],
        subject='Scadenze 16 dicembre: IVA, ritenute e acconto',
        body=mixed(plain(src, 'ISO-8859-15', '8bit', flowed=True, quote_cs=False),
                   att('application/pdf', 'Prospetto_F24_16-12-2026.pdf', pdf, style='tb')),
        hcs=('UTF-8', 'Q'), content_lang='it'))

    # ------------------------------------------------------------------ B21
    unsub = 'https://c4f9e.r.sp1-brevo.net/mk/un/v2/%s' % hstr('b21u', 60, ALNUM + '-_')
    trk = lambda n: 'https://c4f9e.r.sp1-brevo.net/mk/cl/f/%s' % hstr('b21t%d' % n, 90, ALNUM + '-_')
    src = """Giocattoli & Dintorni - la newsletter del trade

**Natale 2026: cosa si vende davvero**
Dai dati dei punti vendita associati: costruzioni e giochi in legno +11%%, giochi da tavolo per famiglie +8%%, peluche stabili. [[Leggi l'analisi|%s]]

**Verso Norimberga**
Tutte le novità italiane che vedremo alla Spielwarenmesse 2027, padiglione per padiglione. [[Scopri di più|%s]]

**Sicurezza giocattoli**
Il nuovo Regolamento UE sulla sicurezza dei giocattoli: passaporto digitale del prodotto e tempi di applicazione. [[Approfondisci|%s]]

Ricevi questa e-mail perché sei iscritto alla newsletter di Giocattoli & Dintorni.
Giocattoli & Dintorni Srl - Via Tortona 15 - 20144 Milano
[[Disiscriviti|%s]]""" % (trk(1), trk(2), trk(3), unsub)
    out.append(Msg('business', 'it', 'newsletter-giocattoli-brevo',
        what='Subscribed Italian toy-trade newsletter via Brevo (Christmas sales, Nuremberg preview, EU toy safety regulation).',
        why='Bulk ESP Brevo with List-Unsubscribe and one-click header, links through Brevo click tracking (r.sp1-brevo.net) to the publisher\'s own site, no requests. Genuine newsletter.',
        when=(2026, 11, 26, 7, 30, 2), zone='IT', infra=I.brevo('b21'),
        frm=('Giocattoli & Dintorni', 'newsletter@giocattoliedintorni.it'), to=[GF],
        subject='Natale 2026: i giocattoli più richiesti e le novità di Norimberga',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#e4572e',
                 title='Giocattoli & Dintorni', lang='it'),
        hcs=('utf-8', 'Q'), date_zone='UTC',
        extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@sp1-brevo.net?subject=unsub-%s>' % (unsub, hhex('b21m', 12))),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]))
    return out
