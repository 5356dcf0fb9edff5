"""Italian messages: attacks 17-21, business 17-21."""
from common import *  # noqa

FER_SIG = ('Chiara Colombo\nUfficio Amministrazione\n\nFerretti Trasporti S.p.A.\nVia dell\'Industria 14 - 26900 Lodi (LO)\n'
           'Tel. 0371 4928 11 - www.ferretti-trasporti.it\nP.IVA ' + TAX['ferretti_piva'])
EG_IT = ('Example Group GmbH & Co. KGaA - Sede secondaria italiana\nVia Vittor Pisani 16, 20124 Milano\n'
         'PEC: examplegroup.italia@pec.it')

# ============================================================== ATTACKS

# ---- 17 thread hijack from the compromised Ferretti mailbox, Reply-To look-alike, new IBAN
_q17 = mid('ferretti-estratto-conto', 'exch')
msg(file='17-it-ferretti-thread-hijack-nuovo-iban', kind='attack', lang='it', when='2026-11-09 12:18:44',
    route=I.aruba, route_kw=dict(client_ip='185.220.101.47'),
    env_from='c.colombo@ferretti-trasporti.it', rcpt='francesca.rinaldi@examplegroup.eu',
    headers=[('From', A('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')),
             ('Reply-To', A('Chiara Colombo', 'c.colombo@ferretti-trasporti-spa.it')),
             ('To', A('Francesca Rinaldi', 'francesca.rinaldi@examplegroup.eu')),
             ('Subject', hval('R: Fatture trasporti ottobre – estratto conto', 'windows-1252', 'Q')),
             ('In-Reply-To', _q17), ('References', _q17),
             ('Thread-Index', 'AQHbMm5E7dS8y4aM0kO3Yxk2vN7X2AAAKq9A'), ('Content-Language', 'it')],
    body=lambda b: b.client(
        'Gentile Francesca,\n\n'
        'in allegato all\'estratto conto che ci avevate chiesto, vi informiamo che a seguito della revisione annuale dei '
        'conti abbiamo trasferito l\'operatività bancaria su un nuovo istituto. Il conto presso Intesa Sanpaolo è in fase di '
        'chiusura e i bonifici in arrivo verranno respinti.\n\n'
        'Vi preghiamo pertanto di disporre il pagamento delle fatture n. 1422/2026 (€ 6.840,00) e n. 1437/2026 (€ 4.915,50), '
        'scadute il 31/10, entro venerdì sul nuovo conto:\n\n'
        'Intestatario: Ferretti Trasporti S.p.A.\nIBAN: ' + fmt_iban(BANK['ferretti_fake']) + '\n\n'
        'Vi chiediamo gentilmente di confermarci via e-mail l\'avvenuto aggiornamento dell\'anagrafica fornitori. In questi '
        'giorni il nostro centralino ha problemi di linea: per qualsiasi chiarimento rispondete pure a questa mail.\n\n'
        'Cordiali saluti\n\n' + FER_SIG + '\n\n'
        'Da: Francesca Rinaldi <francesca.rinaldi@examplegroup.eu>\nInviato: giovedì 5 novembre 2026 10:02\n'
        'A: Chiara Colombo <c.colombo@ferretti-trasporti.it>\nOggetto: Fatture trasporti ottobre – estratto conto\n\n'
        'Buongiorno Chiara,\nci inviate per favore l\'estratto conto aggiornato al 31/10? Dobbiamo chiudere il mese.\n'
        'Grazie, Francesca',
        'outlook', 'windows-1252', 'quoted-printable', bstyle='aruba', lang='IT'),
    what='Thread hijack from the compromised mailbox of the carrier\'s accountant: "our bank changed, pay overdue invoices to the new IBAN".',
    why='Genuine Ferretti address and Aruba infrastructure, but submitted from a Tor exit node; Reply-To silently points to '
        'look-alike ferretti-trasporti-spa.it; new IBAN at an unknown ABI only by e-mail, "switchboard broken, reply here", '
        'deadline; the previously requested statement is not attached. Genuine change: business/18.')

# ---- 18 invoice in password-protected ZIP (ZipCrypto) from a compromised plumbing company
_inner18 = 'Fattura_2026-1187.pdf.js'
_zip18 = make_zip([(_inner18, placeholder(_inner18), (2026, 11, 17, 9, 12, 40))], password='1187', seed='zip18')
msg(file='18-it-fattura-zip-protetto-password', kind='attack', lang='it', when='2026-11-17 09:41:03', zip_password='1187',
    route=I.aruba, route_kw=dict(client_ip='91.92.251.203'),
    env_from='amministrazione@idraulicabertolini.it', rcpt='francesca.rinaldi@examplegroup.eu',
    headers=[('From', A('Amministrazione - Idraulica Bertolini S.r.l.', 'amministrazione@idraulicabertolini.it')),
             ('To', A('', 'francesca.rinaldi@examplegroup.eu')),
             ('Subject', hval('Invio copia di cortesia fattura n. 2026/1187 - documento protetto', 'iso-8859-15', 'Q'))],
    body=lambda b: b.mixed(b.text(
        'Buongiorno,\n\n'
        'in allegato trasmettiamo copia di cortesia della fattura n. 2026/1187 relativa all\'intervento di manutenzione '
        'presso i vostri uffici di Via Vittor Pisani (sostituzione valvole impianto di riscaldamento).\n\n'
        'Per motivi di riservatezza il documento è stato protetto.\nPassword di apertura: 1187\n\n'
        'L\'originale è stato trasmesso tramite SdI. Restiamo a disposizione per qualsiasi chiarimento.\n\n'
        'Cordiali saluti\nAmministrazione\nIdraulica Bertolini S.r.l.\nVia Emilia Parmense 210 - 29122 Piacenza',
        'iso-8859-15', '8bit'),
        b.att(_zip18, 'application/x-zip-compressed', 'Fattura_2026-1187.zip'), style='aruba'),
    what='Malware delivery: "courtesy invoice" in a password-protected ZIP (password in body) containing Fattura_2026-1187.pdf.js.',
    why='Sent from a compromised Aruba mailbox of an unrelated plumbing firm (no such job or supplier), encrypted archive to '
        'evade scanning, double extension .pdf.js (JScript dropper; inert placeholder here), Italian invoices are exchanged '
        'via SdI, not encrypted ZIPs.')

# ---- 19 Aruba PEC renewal phishing via compromised WordPress (PHPMailer)
_u19 = 'https://rinnovo-pec.aruba-servizi-clienti.com/areaclienti/login.php?dominio=examplegroup.italia%40pec.it&ord=PEC-88213'
msg(file='19-it-aruba-pec-in-scadenza', kind='attack', lang='it', when='2026-11-20 06:12:55',
    route=I.phpmailer, route_kw=dict(server='web28.serverplan.com', ip='185.2.4.118', site='agriturismo-valtidone.it'),
    env_from='wordpress@agriturismo-valtidone.it', rcpt='alessandro.ferraro@example.com',
    headers=[('From', A('Aruba.it', 'noreply@agriturismo-valtidone.it')),
             ('To', A('', 'alessandro.ferraro@example.com')),
             ('Subject', hval('La casella PEC examplegroup.italia@pec.it è in scadenza – rinnovo entro 48 ore', 'utf-8', 'Q'))],
    body=lambda b: b.alt(
        b.text('Gentile Cliente,\n\nla casella di Posta Elettronica Certificata examplegroup.italia@pec.it scadrà il '
               '22/11/2026.\n\nSe non rinnovi entro 48 ore la casella verrà sospesa: non potrai più inviare né ricevere PEC e '
               'i messaggi in arrivo (notifiche dell\'Agenzia delle Entrate, INPS, tribunali) verranno respinti al mittente.\n\n'
               'Importo del rinnovo: € 9,90 + IVA / anno\n\nRinnova ora: ' + _u19 + '\n\n'
               'Cordiali saluti,\nAruba S.p.A.\nServizio Clienti', 'utf-8', 'quoted-printable'),
        b.html(notice_html('utf-8', 'La tua casella PEC è in scadenza', [
            'Gentile Cliente,', 'la casella di Posta Elettronica Certificata examplegroup.italia@pec.it scadrà il 22/11/2026.',
            'Se non rinnovi entro 48 ore la casella verrà sospesa: non potrai più inviare né ricevere PEC e i messaggi in arrivo '
            '(notifiche dell\'Agenzia delle Entrate, INPS, tribunali) verranno respinti al mittente.',
            'Importo del rinnovo: € 9,90 + IVA / anno'], button=('Rinnova ora', _u19), brand='Aruba.it', color='#f2831f',
            lang='it', footer='Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516'),
            'utf-8', 'quoted-printable'), style='php'),
    what='Credential/card phishing: fake Aruba notice that the company\'s PEC mailbox expires in 48 hours.',
    why='Sent by PHPMailer from a hacked WordPress site (agriturismo-valtidone.it) with only the display name "Aruba.it"; '
        'link to a look-alike domain aruba-servizi-clienti.com collecting login and card data; artificial suspension threat; '
        'tiny renewal amount typical of card-harvesting lures.')

# ---- 20 Agenzia delle Entrate lure with SVG attachment (clickable link, no script)
_u20 = 'https://agenziaentrate-avvisi.web.app/cassetto/avviso.html?n=0193-2026&cf=examplegroup'
_svg20 = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">\n'
          '<rect width="820" height="560" fill="#f5f7fa"/>\n<rect x="0" y="0" width="820" height="80" fill="#0b4d8c"/>\n'
          '<text x="30" y="50" font-family="Arial" font-size="26" fill="#ffffff" font-weight="bold">Agenzia delle Entrate</text>\n'
          '<text x="30" y="140" font-family="Arial" font-size="20" fill="#1a1a1a" font-weight="bold">Comunicazione di irregolarità n. 0193/2026</text>\n'
          '<text x="30" y="180" font-family="Arial" font-size="15" fill="#333">Dichiarazione IVA 2026 – periodo d\'imposta 2025</text>\n'
          '<text x="30" y="215" font-family="Arial" font-size="15" fill="#333">Importo dovuto: € 7.412,33 (sanzioni e interessi inclusi)</text>\n'
          '<text x="30" y="250" font-family="Arial" font-size="15" fill="#333">Il documento completo è disponibile nel Cassetto fiscale.</text>\n'
          '<a xlink:href="' + _u20.replace('&', '&amp;') + '" href="' + _u20.replace('&', '&amp;') + '" target="_blank">\n'
          '<rect x="30" y="290" width="300" height="52" rx="4" fill="#0b4d8c"/>\n'
          '<text x="60" y="323" font-family="Arial" font-size="18" fill="#ffffff">Visualizza l\'avviso (PDF)</text></a>\n'
          '<text x="30" y="520" font-family="Arial" font-size="11" fill="#777">Documento generato automaticamente – non rispondere a questa comunicazione.</text>\n'
          '</svg>\n')
msg(file='20-it-agenzia-entrate-allegato-svg', kind='attack', lang='it', when='2026-11-25 15:33:20',
    route=I.postfix_company, route_kw=dict(mailhost='mail.agenziaentrate-comunicazioni.it', ip='5.181.156.23',
                                           rdns='vps-5-181-156-23.cloud-hosting.it', msgid_style='roundcube',
                                           helo='mail.agenziaentrate-comunicazioni.it'),
    env_from='avvisi@agenziaentrate-comunicazioni.it', rcpt='francesca.rinaldi@examplegroup.eu',
    headers=[('From', A('Agenzia delle Entrate', 'avvisi@agenziaentrate-comunicazioni.it')),
             ('To', A('', 'francesca.rinaldi@examplegroup.eu')),
             ('Subject', hval('Comunicazione di irregolarità n. 0193/2026 - Dichiarazione IVA', 'iso-8859-1', 'Q'))],
    body=lambda b: b.mixed(b.text(
        'Gentile contribuente,\n\nin allegato la comunicazione di irregolarità relativa alla dichiarazione IVA 2026 emersa '
        'dal controllo automatizzato ai sensi dell\'art. 54-bis del D.P.R. 633/1972.\n\n'
        'Per evitare l\'iscrizione a ruolo delle somme dovute è possibile regolarizzare la posizione entro 30 giorni dal '
        'ricevimento. Apra l\'allegato per consultare il dettaglio.\n\nDistinti saluti\nAgenzia delle Entrate\n'
        'Direzione Provinciale di Milano', 'iso-8859-1', 'quoted-printable'),
        b.att(_svg20.encode('utf-8'), 'image/svg+xml', 'Avviso_AdE_0193-2026.svg'), style='roundcube'),
    what='Tax-authority lure: "Agenzia delle Entrate" irregularity notice delivered as an SVG image with a clickable link.',
    why='Agenzia delle Entrate does not e-mail notices from agenziaentrate-comunicazioni.it (a VPS domain) and uses PEC/'
        'Cassetto fiscale; the SVG attachment is an HTML-capable vector file whose embedded link leads to a Firebase-hosted '
        'page (web.app) – a common filter-evasion trick; amount with penalties to create pressure.')

# ---- 21 DHL customs duty payment phishing via Brevo
_u21 = 'https://dhl-sdoganamento-pagamenti.it/it/pay?awb=4418203117&amt=38.60'
msg(file='21-it-dhl-dazi-doganali-pagamento', kind='attack', lang='it', when='2026-12-04 10:48:29',
    route=I.brevo, route_kw=dict(domain='dhl-sdoganamento-pagamenti.it'),
    env_from='notifiche@dhl-sdoganamento-pagamenti.it', rcpt='alessandro.ferraro@example.com',
    headers=[('From', A('DHL Express Italia', 'notifiche@dhl-sdoganamento-pagamenti.it')),
             ('To', A('', 'alessandro.ferraro@example.com')),
             ('Subject', hval('Spedizione 4418203117 in attesa di sdoganamento: dazi e IVA da pagare (€ 38,60)', 'utf-8', 'Q'))],
    body=lambda b: b.alt(
        b.text('Gentile destinatario,\n\nla spedizione 4418203117 proveniente dal Regno Unito (mittente: Example Group UK '
               'Ltd, Manchester; contenuto: campioni abbigliamento sportivo) è ferma presso il nostro hub di Milano Malpensa '
               'in attesa di sdoganamento.\n\nPer consegnare la merce è necessario saldare dazi, IVA all\'importazione e '
               'diritti di dogana:\n\nDazi e IVA: € 31,10\nOneri di sdoganamento DHL: € 7,50\nTotale: € 38,60\n\n'
               'Paga online entro il 06/12/2026, altrimenti la spedizione sarà restituita al mittente:\n' + _u21 + '\n\n'
               'Grazie per aver scelto DHL Express.', 'utf-8', 'quoted-printable'),
        b.html(notice_html('utf-8', 'La tua spedizione è in attesa di sdoganamento', [
            'Gentile destinatario,',
            'la spedizione <b>4418203117</b> proveniente dal Regno Unito (mittente: Example Group UK Ltd, Manchester; contenuto: '
            'campioni abbigliamento sportivo) è ferma presso il nostro hub di Milano Malpensa in attesa di sdoganamento.'
            .replace('<b>', '').replace('</b>', ''),
            'Dazi e IVA: € 31,10 · Oneri di sdoganamento DHL: € 7,50 · Totale: € 38,60',
            'Paga online entro il 06/12/2026, altrimenti la spedizione sarà restituita al mittente.'],
            button=('Paga dazi e IVA', _u21), brand='DHL Express', color='#d40511', lang='it',
            logo='<div style="background:#ffcc00;padding:10px 14px;font-weight:bold;color:#d40511;font-size:22px">DHL</div>',
            footer='DHL Express (Italy) S.r.l. - Questa è una e-mail automatica, si prega di non rispondere.'), 'utf-8', 'quoted-printable'),
        style='py'),
    what='Customs-duty payment phishing: fake DHL Express notice about a parcel from the UK office held at customs.',
    why='Look-alike domain dhl-sdoganamento-pagamenti.it sent through Brevo, not DHL (dhl.com/dhl.it); tailored bait '
        '(post-Brexit samples from the group\'s own UK office) to harvest card data for a small amount; return-to-sender deadline.')

# ============================================================== BUSINESS

_inv17 = make_pdf([
    ('FERRETTI TRASPORTI S.p.A.', 15, True), 'Autotrasporti nazionali e internazionali · Via dell\'Industria 14 · 26900 Lodi (LO)',
    'P.IVA ' + TAX['ferretti_piva'] + ' · REA LO-148223 · Capitale sociale € 1.200.000 i.v.', '---', '',
    'Spett.le Example Group GmbH & Co. KGaA - Sede secondaria italiana', 'Via Vittor Pisani 16, 20124 Milano', '',
    ('Fattura n. 1422/2026 del 31/10/2026 - COPIA DI CORTESIA', 12, True),
    'Documento privo di valenza fiscale: l\'originale è stato trasmesso tramite Sistema di Interscambio (SdI).', '',
    'Descrizione                                                   Q.tà     Prezzo       Importo',
    'Trasporto groupage Lodi -> punti vendita Tifoshop (ottobre)     12     450,00      5.400,00',
    'Consegna con sponda idraulica / appuntamento                    12      60,00        720,00', '',
    '                                           Imponibile              € 5.606,56',
    '                                           IVA 22%                 € 1.233,44',
    '                                           Totale documento        € 6.840,00', '',
    'Pagamento: bonifico bancario a 30 gg d.f.', 'Intesa Sanpaolo - IBAN ' + fmt_iban(BANK['ferretti_old'])],
    title='Fattura 1422/2026', producer='TeamSystem Enterprise', date=pdfdate(2026, 10, 31, 11, 20))

msg(file='17-it-ferretti-fattura-copia-cortesia', kind='business', lang='it', when='2026-10-31 11:26:09',
    route=I.aruba, env_from='amministrazione@ferretti-trasporti.it', rcpt='francesca.rinaldi@examplegroup.eu',
    headers=[('From', A('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')),
             ('To', A('Francesca Rinaldi', 'francesca.rinaldi@examplegroup.eu')),
             ('Subject', 'Invio copia di cortesia fattura n. 1422/2026 del 31/10/2026')],
    body=lambda b: b.mixed(b.text(
        'Spett.le Example Group,\n\n'
        'in allegato la copia di cortesia della fattura n. 1422/2026 del 31/10/2026 di € 6.840,00 relativa ai trasporti di '
        'ottobre. L\'originale è stato trasmesso tramite SdI al vostro codice destinatario.\n\n'
        'Il pagamento è da effettuarsi come di consueto sul nostro conto presso Intesa Sanpaolo.\n\n'
        'Cordiali saluti\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nTel. 0371 4928 11',
        'iso-8859-15', 'quoted-printable'),
        b.att(_inv17, 'application/pdf', 'FT_1422_2026.pdf'), style='aruba'),
    what='Carrier\'s courtesy copy of an invoice (PDF); original sent via SdI.',
    why='Real Ferretti domain on its usual Aruba infrastructure, invoice matches services, payment to the known Intesa '
        'Sanpaolo account, no link or pressure.',
    pair=[17], pair_note='Same carrier, same invoice number later used in the hijacked-thread IBAN change.')

_letter18 = make_pdf([
    ('FERRETTI TRASPORTI S.p.A.', 15, True), 'Via dell\'Industria 14 · 26900 Lodi (LO) · P.IVA ' + TAX['ferretti_piva'], '---', '',
    'Spett.le Example Group GmbH & Co. KGaA - Sede secondaria italiana', 'Via Vittor Pisani 16, 20124 Milano', '',
    'Lodi, 01/12/2026', '', ('Oggetto: variazione coordinate bancarie', 12, True), '',
    'Con la presente comunichiamo che, a seguito della riorganizzazione della tesoreria aziendale, a partire dalle fatture',
    'emesse dal 01/01/2027 i pagamenti dovranno essere effettuati sul seguente conto:', '',
    'Banco BPM S.p.A. - Filiale di Lodi', 'IBAN ' + fmt_iban(BANK['ferretti_new']), '',
    'Il conto attuale presso Intesa Sanpaolo (IBAN ' + fmt_iban(BANK['ferretti_old']) + ') resterà attivo fino al 31/01/2027;',
    'tutte le fatture già emesse restano pagabili sul conto attuale.', '',
    'La presente comunicazione è inviata anche a mezzo PEC (ferrettitrasporti@legalmail.it). Vi invitiamo a verificarla',
    'telefonicamente con il nostro ufficio amministrativo al numero 0371 4928 11 prima di aggiornare la vostra anagrafica.', '',
    'Distinti saluti', '', 'Roberto Ferretti', 'Amministratore Delegato'],
    title='Variazione coordinate bancarie', producer='Microsoft® Word 2019', date=pdfdate(2026, 12, 1, 17, 5))

msg(file='18-it-ferretti-variazione-iban-corretta', kind='business', lang='it', when='2026-12-02 09:05:37',
    route=I.aruba, env_from='c.colombo@ferretti-trasporti.it', rcpt='francesca.rinaldi@examplegroup.eu',
    headers=[('From', A('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')),
             ('To', A('Francesca Rinaldi', 'francesca.rinaldi@examplegroup.eu')),
             ('CC', A('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')),
             ('Subject', 'Comunicazione variazione coordinate bancarie dal 01/01/2027'),
             ('Thread-Index', 'AdtkA3bZ4wHcNqRsT8eXg1vK0mY5nw=='), ('Content-Language', 'it')],
    body=lambda b: b.client(
        'Gentile Francesca,\n\n'
        'come anticipato telefonicamente al vostro responsabile, Alessandro Ferraro, vi trasmettiamo la comunicazione '
        'ufficiale di variazione delle nostre coordinate bancarie, firmata dal nostro Amministratore Delegato.\n\n'
        'In sintesi:\n- il nuovo conto presso Banco BPM vale per le fatture emesse dal 01/01/2027;\n'
        '- le fatture già emesse (incluse 1422/2026 e 1437/2026) restano pagabili sul conto Intesa Sanpaolo, che rimane '
        'attivo fino al 31/01/2027;\n- la stessa comunicazione vi arriva anche via PEC.\n\n'
        'Vi chiediamo di verificare la variazione chiamando il nostro ufficio amministrativo al numero 0371 4928 11 (quello '
        'indicato nel contratto di trasporto) prima di modificare l\'anagrafica. Vi ricordiamo inoltre che, dopo il tentativo '
        'di frode di novembre, non vi chiederemo mai di cambiare IBAN solo tramite e-mail.\n\n'
        'Un cordiale saluto\n\n' + FER_SIG,
        'outlook', 'windows-1252', 'quoted-printable', bstyle='aruba', lang='IT',
        attachments=[b.att(_letter18, 'application/pdf', 'Variazione_coordinate_bancarie_Ferretti.pdf')]),
    what='Genuine bank-detail change announced properly: signed letter, PEC copy, phone verification requested.',
    why='Genuine sender and infrastructure (Aruba, normal client IP), no Reply-To, change only for future invoices, old '
        'account stays active, phone verification on the number in the contract, parallel PEC, prior phone call with the office manager.',
    pair=[17], pair_note='Same sender mailbox and topic (new IBAN) as the thread hijack, but every control the attack avoids is present.')

msg(file='19-it-tifoshop-reclamo-taglie', kind='business', lang='it', when='2026-11-13 17:22:51',
    route=I.aruba, route_kw=dict(msgid_style='thunderbird',
                                 mailer=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'it')]),
    env_from='l.moretti@tifoshop.it', rcpt='alessandro.ferraro@example.com',
    headers=[('From', A('Luca Moretti', 'l.moretti@tifoshop.it')),
             ('To', A('Alessandro Ferraro', 'alessandro.ferraro@example.com')),
             ('CC', A('Niklas Krüger', 'niklas.krueger@examplegroup.eu', 'UTF-8', 'Q')),
             ('Subject', 'Reclamo ordine TS-2026-0884: taglie sbagliate maglie home 26/27')],
    body=lambda b: b.text(
        'Ciao Alessandro,\n\n'
        'ti scrivo perché la consegna di ieri dell\'ordine TS-2026-0884 (300 maglie home 26/27) ha un problema serio: dei 120 '
        'pezzi taglia M ne sono arrivati 70 in S e 50 in XL, e mancano del tutto le 40 taglie XXL.\n\n'
        'Sabato c\'è la partita in TV e avevamo in programma la vetrina e la promozione nei tre negozi di Milano: così com\'è '
        'la merce non la posso mettere in vendita. Ti chiedo di organizzare la sostituzione entro mercoledì prossimo con '
        'ritiro della merce sbagliata a vostro carico, oppure una nota di credito per i pezzi non conformi.\n\n'
        'Ti dico francamente che, se non riusciamo a risolvere in tempi brevi, dovrò rivedere l\'ordine di Natale '
        '(circa 1.800 pezzi tra sciarpe e felpe).\n\n'
        'Ti mando a parte le bolle di reso. Chiamami pure sul cellulare, 347 218 9044.\n\n'
        'Ciao\nLuca\n\n-- \nLuca Moretti\nTifoshop S.r.l. - Acquisti\nCorso di Porta Romana 52, 20122 Milano\n'
        'P.IVA ' + TAX['tifoshop_piva'], 'UTF-8', '8bit', fmt='format=flowed; delsp=yes'),
    what='Retail customer\'s complaint about wrong jersey sizes, threatening to cut the Christmas order.',
    why='Known customer, own domain on Aruba with Thunderbird, concrete order facts, asks for replacement or credit note, '
        'gives a mobile number; pressure is commercial, not a payment redirection.')

_ddt1 = make_pdf([('Tifoshop S.r.l.', 14, True), 'Corso di Porta Romana 52, 20122 Milano', '---', '',
                  ('DDT di reso n. R-118 del 16/11/2026', 12, True), 'Destinatario: Example Group - Sede secondaria italiana',
                  'Causale: reso merce non conforme (ordine TS-2026-0884)', '',
                  'Articolo                              Taglia     Q.tà', 'Maglia home 26/27 replica              S          70',
                  'Maglia home 26/27 replica              XL         50', '', 'Colli: 4   Peso: 38 kg   Trasporto a cura del destinatario'],
                 title='DDT R-118', producer='Danea Easyfatt', date=pdfdate(2026, 11, 16, 16, 40))
_ddt2 = make_pdf([('Elenco articoli da sostituire - ordine TS-2026-0884', 12, True), '',
                  'Maglia home 26/27 replica taglia M      120 pz', 'Maglia home 26/27 replica taglia XXL     40 pz', '',
                  'Consegna richiesta entro: 18/11/2026', 'Punto di consegna: magazzino Tifoshop, Via Toffetti 104, Milano'],
                 title='Articoli da sostituire', producer='Danea Easyfatt', date=pdfdate(2026, 11, 16, 16, 42))
_zip20 = make_zip([('DDT_reso_R-118.pdf', _ddt1, (2026, 11, 16, 16, 40, 10)),
                   ('Articoli_da_sostituire_TS-2026-0884.pdf', _ddt2, (2026, 11, 16, 16, 42, 30))], seed='zip20')
_p20 = mid('tifoshop-reclamo', 'tb', 'tifoshop.it')
msg(file='20-it-tifoshop-bolle-reso-zip', kind='business', lang='it', when='2026-11-16 16:51:13',
    route=I.aruba, route_kw=dict(msgid_style='thunderbird',
                                 mailer=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'it')]),
    env_from='l.moretti@tifoshop.it', rcpt='alessandro.ferraro@example.com',
    headers=[('From', A('Luca Moretti', 'l.moretti@tifoshop.it')),
             ('To', A('Alessandro Ferraro', 'alessandro.ferraro@example.com')),
             ('CC', A('Francesca Rinaldi', 'francesca.rinaldi@examplegroup.eu')),
             ('Subject', 'Re: Reclamo ordine TS-2026-0884: taglie sbagliate maglie home 26/27'),
             ('In-Reply-To', _p20), ('References', _p20)],
    body=lambda b: b.mixed(b.text(
        'Ciao Alessandro,\n\ngrazie per la telefonata di stamattina. Come d\'accordo ti allego in un unico archivio il DDT di '
        'reso R-118 e l\'elenco dei pezzi da sostituire. Il corriere di Ferretti può ritirare i 4 colli domani dalle 9 alle 12.\n\n'
        'Francesca, in copia per la nota di credito sui 120 pezzi resi.\n\nCiao\nLuca\n\n-- \nLuca Moretti\n'
        'Tifoshop S.r.l. - Acquisti', 'UTF-8', '8bit', fmt='format=flowed; delsp=yes'),
        b.att(_zip20, 'application/zip', 'Reso_TS-2026-0884.zip'), style='tb'),
    what='Customer follow-up with an (unencrypted) ZIP containing two PDF return documents.',
    why='Reply in an existing thread after a phone call, known customer domain and client, ZIP contains only PDFs, no password, '
        'content matches the previous complaint.',
    pair=[18], pair_note='Invoice-related archive from an Italian business partner, like the password-protected ZIP attack.')

msg(file='21-it-club-tifosi-biglietti-libero', kind='business', lang='it', when='2026-10-19 21:14:36',
    route=I.libero, env_from='giuseppe.rossi73@libero.it', rcpt='alessandro.ferraro@example.com',
    headers=[('From', A('Giuseppe Rossi', 'giuseppe.rossi73@libero.it')),
             ('To', A('', 'alessandro.ferraro@example.com')),
             ('Subject', 'Club Tifosi Milano - richiesta biglietti gruppo partita del 12 dicembre')],
    body=lambda b: b.alt(
        b.text('Buonasera dott. Ferraro,\n\n'
               'sono Giuseppe Rossi, presidente del Club Tifosi Milano del FC Example 1904. Come ogni anno organizziamo la '
               'trasferta a Düsseldorf per la partita casalinga del 12 dicembre e vorremmo prenotare 45 biglietti nel settore '
               'ospiti amici (blocco 31), possibilmente vicini.\n\n'
               'Ci servirebbe la fattura intestata all\'associazione (Club Tifosi Milano APS, C.F. 97684120157) perché '
               'paghiamo con bonifico dal conto del club. Se possibile, ci interesserebbe anche la visita guidata dello stadio '
               'la mattina della partita.\n\nPotete confermarmi disponibilità e prezzo? Il mio numero è 339 741 2286.\n\n'
               'Grazie mille e Forza Example!\nGiuseppe Rossi', 'utf-8', 'quoted-printable'),
        b.html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
               '<div>Buonasera dott. Ferraro,</div><div>&nbsp;</div><div>sono Giuseppe Rossi, presidente del Club Tifosi Milano del '
               'FC Example 1904. Come ogni anno organizziamo la trasferta a Düsseldorf per la partita casalinga del 12 dicembre e '
               'vorremmo prenotare 45 biglietti nel settore ospiti amici (blocco 31), possibilmente vicini.</div><div>&nbsp;</div>'
               '<div>Ci servirebbe la fattura intestata all\'associazione (Club Tifosi Milano APS, C.F. 97684120157) perché '
               'paghiamo con bonifico dal conto del club. Se possibile, ci interesserebbe anche la visita guidata dello stadio la '
               'mattina della partita.</div><div>&nbsp;</div><div>Potete confermarmi disponibilità e prezzo? Il mio numero è 339 '
               '741 2286.</div><div>&nbsp;</div><div>Grazie mille e Forza Example!</div><div>Giuseppe Rossi</div></body></html>\n',
               'utf-8', 'quoted-printable'), style='java'),
    what='Fan-club president on libero.it asks for 45 group tickets and an invoice to the association.',
    why='Consumer mailbox but a plausible, specific customer request; asks to be invoiced (he pays), no links or attachments.')
