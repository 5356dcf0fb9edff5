"""attack/ 17-21 (Italian)."""
from lib import docs, ids, mime, profiles as P, styles as ST, when
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME

FERRETTI_TENANT = '9d2b7c41-0e6a-4f58-b3c2-51e8a7d40f96'
FRAUD_A18 = ids.iban('LT', '32500' + '00010372659')
FRAUD_A21 = ids.iban('IT', ids.it_bban('36772', '22300', 'EM0014702861'))


@msg('attack', 17, 'it', 'agenzia-entrate-irregolarita-pdf',
     'Fake Agenzia delle Entrate "comunicazione di irregolarità" (automated VAT check) from a hacked Aruba-hosted mailbox; PDF with a button to download the "full notice" as a ZIP',
     'The tax agency does not send notices from a plumbing company\'s address (idraulica-ferraro.it) nor with ZIP downloads; link goes to agenziaentrate-avvisi.com; classic Italian malware campaign lure with deadline and penalty threat.')
def a17(m):
    at(m, 'IT', 2026, 10, 6, 9, 55)
    m.frm = ('Agenzia delle Entrate', 'info@idraulica-ferraro.it')
    m.reply_to = ('Agenzia delle Entrate', 'noreply@agenziaentrate-avvisi.com')
    m.to = [staff('marco')]
    m.subject = 'Comunicazione di irregolarità n. 2026/7841193 - controllo automatizzato dichiarazione IVA 2026'
    dl = m.url('https://agenziaentrate-avvisi.com/download/Avviso_2026_7841193.zip', 'malware ZIP download (fake tax notice)')
    body = ('Gentile contribuente,\n\n'
            'a seguito del controllo automatizzato della dichiarazione IVA 2026 (periodo d\'imposta 2025) presentata da EXAMPLE ITALIA S.R.L., '
            'ai sensi dell\'art. 54-bis del DPR 633/1972 sono emerse irregolarità nei versamenti.\n\n'
            'In allegato trova la comunicazione con il dettaglio delle somme dovute. Per beneficiare della riduzione delle sanzioni a un terzo '
            'il pagamento deve essere effettuato entro 30 giorni dal ricevimento della presente.\n\n'
            'Agenzia delle Entrate\nDirezione Provinciale di Genova\n\n'
            'Messaggio generato automaticamente, si prega di non rispondere.')
    d = docs.new_pdf(m, 'iText® 7.2.5 ©2000-2023 iText Group NV', 'AdE-Comunicazioni', 'Comunicazione di irregolarità', '', m.date, 'IT')
    p = d.page()
    p.text(56, 795, 'Agenzia delle Entrate', 'B', 18, (0.0, 0.3, 0.55))
    p.text(56, 779, 'Direzione Provinciale di Genova - Ufficio Controlli', 'R', 9, (0.3, 0.3, 0.3))
    p.text(56, 720, 'COMUNICAZIONE DI IRREGOLARITÀ', 'B', 14)
    y = p.para(56, 700, 480, 'Protocollo n. 2026/7841193 - Controllo automatizzato ai sensi dell\'art. 54-bis DPR 633/1972\n'
               'Contribuente: EXAMPLE ITALIA S.R.L. - Codice fiscale 02714583016\nDichiarazione: IVA 2026 - periodo d\'imposta 2025', 'R', 10)
    y = p.para(56, y - 10, 480, 'Dal controllo della dichiarazione risultano versamenti dell\'imposta inferiori al dovuto. Importo complessivo '
               'dovuto (imposta, sanzioni ridotte e interessi): euro 3.418,60. Il dettaglio del calcolo e il modello F24 precompilato sono '
               'disponibili nell\'avviso completo.', 'R', 10)
    p.rect(56, y - 48, 260, 32, fill=(0.0, 0.3, 0.55))
    p.text(186, y - 36, 'SCARICA L\'AVVISO COMPLETO', 'B', 11, (1, 1, 1), align='center')
    p.link(56, y - 48, 260, 32, dl)
    p.para(56, y - 80, 480, 'Se ritiene che la comunicazione non sia corretta, può richiederne la rettifica entro 30 giorni tramite il servizio CIVIS.', 'R', 9)
    pdfb = d.render()
    p1 = mime.text(body + '\n', 'plain', 'iso-8859-1', 'quoted-printable')
    m.root = mime.multipart('mixed', [p1, mime.attachment(PDF_MIME, pdfb, 'Comunicazione_irregolarita_2026_7841193.pdf')], '----=_NextPart_000_0001_%s.%s' % (m.hex(8).upper(), m.hex(8).upper()),
                            preamble='This is a multipart message in MIME format.')
    m.root.parts[0].charset_quoted = True
    P.aruba(m, '151.46.118.203', mua=('X-Mailer', 'Microsoft Outlook 16.0'))


def _ferretti_sig(m):
    m.phone('+39 045 860 4417', 'Ferretti traffic office')
    return ('Chiara Colombo\nUfficio Traffico - Groupage Italia/Germania\nFerretti Trasporti S.p.A.\n'
            'Via del Lavoro 18 - Interporto Quadrante Europa - 37137 Verona\nTel. +39 045 860 4417')


@msg('attack', 18, 'it', 'ferretti-compromised-iban-change',
     'Bank-detail change sent from the real, compromised Microsoft 365 mailbox of the carrier\'s traffic clerk, as a reply in the thread about open October invoices',
     'Authentication passes (genuine Ferretti tenant), the thread is real, but a traffic clerk announces that the company account is "blocked during a tax audit" and asks to pay three open invoices to a Lithuanian account in the name of a "factoring partner"; urgency and "reply only by e-mail"; accounts department not involved.',
     hn='business/17,business/18')
def a18(m):
    at(m, 'IT', 2026, 11, 4, 17, 36)
    m.frm = cp('Ferretti', 0)
    m.to = [staff('marco')]
    m.subject = 'R: Estratto conto fatture ottobre - nuove coordinate per il pagamento'
    iban = m.iban(FRAUD_A18, 'fraud account (Lithuanian EMI) announced from compromised mailbox')
    t0 = when.local_utc('IT', 2026, 11, 3, 10, 12, 31)
    quoted = [(ST.outlook_quote_hdr('it', 'Marco Bianchi <marco.bianchi@example.com>', t0, 'Chiara Colombo <c.colombo@ferretti-trasporti.it>',
                                    'Estratto conto fatture ottobre'),
               'Buongiorno Chiara,\n\nci potete inviare l\'estratto conto delle fatture aperte di ottobre? Dobbiamo chiudere il mese e ci mancano '
               'ancora due fatture dei groupage Genova-Amburgo.\n\nGrazie e buona giornata\nMarco Bianchi\nExample Italia S.r.l.')]
    body = ('Buongiorno Marco,\n\nin allegato trova l\'estratto conto aggiornato. Risultano aperte le fatture FT 2026/4411, 4438 e 4472 per un totale di '
            'euro 18.960,00.\n\n'
            'Le segnalo che a seguito di una verifica fiscale in corso il nostro conto presso Banca Scaligera è temporaneamente vincolato. '
            'Nel frattempo la direzione ha disposto che i pagamenti vengano effettuati sul conto della società di factoring con cui collaboriamo:\n\n'
            'Intestatario: FT Capital Solutions UAB\nIBAN: %s\nBIC: REVOLT21\nCausale: Ferretti Trasporti FT 2026/4411-4438-4472\n\n'
            'Le chiedo cortesemente di procedere entro venerdì e di inviarmi la contabile via e-mail, dato che in questi giorni i telefoni '
            'dell\'amministrazione sono deviati.\n\nCordiali saluti\n\n' % ids.fmt_iban(iban)) + _ferretti_sig(m)
    st = docs.invoice(
        m, m.date, dict(invoice='Estratto conto al 04/11/2026', pos='#', desc='Documento', qty='', unit='', price='', amount='Importo'),
        ('Ferretti Trasporti S.p.A.', ['Via del Lavoro 18 - 37137 Verona', 'P.IVA IT03187420230']),
        ['Spett.le', 'Example Italia S.r.l.', 'Via XX Settembre 41/5', '16121 Genova'],
        [('Cliente', 'C-01822'), ('Data', '04/11/2026')],
        [('FT 2026/4411 del 15/10/2026 - groupage Genova-Amburgo', 1, '', 6240.0), ('FT 2026/4438 del 22/10/2026 - groupage Genova-Amburgo', 1, '', 6480.0),
         ('FT 2026/4472 del 31/10/2026 - bilico frigo Genova-Amburgo', 1, '', 6240.0)],
        [('Totale aperto EUR', '18.960,00', True)],
        ['Pagamento su: FT Capital Solutions UAB - IBAN %s - BIC REVOLT21' % ids.fmt_iban(iban)],
        ['Ferretti Trasporti S.p.A. - Cap. soc. EUR 1.200.000 i.v. - REA VR-318742'], 'Microsoft: Print To PDF', 'Microsoft Excel',
        'Estratto conto', zone='IT', lang='it', color=(0.6, 0.1, 0.1))
    outlook(m, body, 'IT', 'utf-8', quoted=quoted, reply=True, system='exo', atts=[(PDF_MIME, st, 'Estratto_conto_Example_Italia_04112026.pdf')])
    m.in_reply_to = '%s@EXCH02.corp.example.com' % m.hex(32)
    m.references = [m.in_reply_to]
    P.m365(m, 'ferretti-trasporti.it', tenant_guid=FERRETTI_TENANT, lang='it-IT', has_attach=True, replies=1)
    m.meta['tell'] = 'Genuine Ferretti invoices come from amministrazione@ with the carrier\'s Italian account and an SDI XML; the attack is a traffic clerk\'s reply asking to pay to a Lithuanian factoring account.'


@msg('attack', 19, 'it', 'aruba-pec-scadenza-mailchimp',
     'Fake Aruba "your PEC mailbox expires" renewal notice sent through an abused Mailchimp account, link to a card-payment/login page',
     'Sent via Mailchimp on behalf of arubapec-servizi.it (not aruba.it); click-tracked link to arubapec-rinnovo.com; the named PEC address is guessed; real renewals come from staff.aruba.it and point to the Aruba customer area.',
     hn='business/19')
def a19(m):
    at(m, 'IT', 2026, 11, 20, 8, 15)
    m.frm = ('Aruba.it', 'rinnovi@arubapec-servizi.it')
    m.reply_to = ('Aruba.it', 'rinnovi@arubapec-servizi.it')
    m.to = [staff('giulia')]
    m.subject = 'La tua casella PEC exampleitalia@legalmail.it scade il 22/11/2026'
    u = 'https://arubapec-servizi.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (m.hex(25), m.hex(10), m.hex(10))
    click = m.url(u, 'Mailchimp click tracker to fake renewal page')
    unsub = m.url('https://arubapec-servizi.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (m.hex(25), m.hex(10), m.hex(10), m.hex(10)), 'Mailchimp unsubscribe')
    pixel = m.url('https://arubapec-servizi.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s' % (m.hex(25), m.hex(10), m.hex(10)), 'Mailchimp open pixel')
    paras = ['Gentile Cliente,',
             'ti informiamo che il servizio **PEC Standard** associato alla casella **exampleitalia@legalmail.it** scadrà il **22/11/2026**.',
             'Alla scadenza la casella verrà sospesa: non potrai più inviare né ricevere messaggi di Posta Elettronica Certificata e i messaggi '
             'ricevuti dopo la sospensione non saranno recuperabili.',
             'Per evitare l\'interruzione del servizio rinnova ora con pagamento immediato tramite carta di credito (costo annuale 6,50 EUR + IVA).',
             'Cordiali saluti,\nAruba S.p.A.']
    h = ST.newsletter('Aruba.it', '#e3001b', 'Rinnova la tua casella PEC', paras, button=('Rinnova ora', click),
                      footer='Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516\n[[Annulla iscrizione|%s]]' % unsub,
                      logo_text='Aruba.it', lang='it')
    h = h.replace('</body>', '<img src="%s" height="1" width="1" alt=""></body>' % pixel)
    t = ST.html_to_text(h.replace(pixel, ''))
    m.root = ST.esp_mime(m, h, t, '_----------=_MCPart_%d' % m.rng.randint(10 ** 9, 10 ** 10), charset='utf-8', cte='quoted-printable', charset_quoted=True)
    P.mailchimp(m, 'arubapec-servizi.it', m.hex(10), unsub)
    m.auth = dict(m.auth, dmarc_policy='none')


@msg('attack', 20, 'it', 'ceo-giftcard-gmail',
     'CEO-impersonation gift-card fraud in Italian from a Gmail address using the CEO\'s name: buy ten Apple gift cards for clients and send the codes',
     'CEO name at a free-mail address, "in a meeting, can\'t talk", secrecy ("a surprise for clients"), gift cards and scratched codes by photo are never a business process; reply-to the same Gmail.',
     hn='business/20')
def a20(m):
    at(m, 'IT', 2026, 12, 9, 10, 41)
    m.frm = ('Johannes Brandt', 'direzione.jbrandt@gmail.com')
    m.to = [staff('giulia')]
    m.subject = 'Richiesta urgente'
    body = ('Ciao Giulia,\n\nsei in ufficio? Ho bisogno che tu mi faccia un favore veloce e riservato. Sono in riunione con il consiglio a '
            'Amburgo tutto il giorno e non posso telefonare.\n\n'
            'Vorrei fare una sorpresa di Natale ad alcuni dei nostri clienti italiani più importanti: mi servono 10 carte regalo Apple da 100 euro. '
            'Le trovi in qualsiasi supermercato o tabaccheria vicino all\'ufficio (Esselunga, Coop, MediaWorld). Paga pure con la carta aziendale, '
            'poi sistemiamo la nota spese.\n\n'
            'Quando le hai, gratta il retro e mandami una foto leggibile dei codici in risposta a questa mail, così le inoltro direttamente. '
            'Per ora non dirlo a nessuno, deve essere una sorpresa.\n\nGrazie mille, conto su di te.\n\nJohannes\n\nInviato da iPhone')
    m.root = ST.gmail_mime(m, body)
    P.gmail(m)


@msg('attack', 21, 'it', 'fake-buyer-advance-fee-saffron',
     'Advance-fee "big buyer" scam: a Dubai hospitality group wants 500 kg saffron and 12 t tea but requires supplier registration through its "authorised agent in Milan" for a EUR 2,450 fee',
     'First contact from a Yahoo address, huge order with no negotiation, the only concrete step is paying a certification fee to a third party (Italian IBAN at an e-money bank); letter of intent PDF with made-up registration numbers.',
     hn='business/21')
def a21(m):
    at(m, 'AE', 2026, 10, 15, 13, 8)
    m.frm = ('Al Noor Hospitality Group - Procurement', 'alnoor.procurement@yahoo.com')
    m.to = [staff('giulia')]
    m.cc = [staff('marco')]
    m.subject = 'Richiesta di fornitura - zafferano e tè nero - Al Noor Hospitality Group (Dubai)'
    iban = m.iban(FRAUD_A21, 'fee account of the "authorised agent" (scam)')
    m.phone('+971 4 557 2290', 'buyer "office" in fake signature')
    m.phone('+39 02 4951 7732', 'fake Milan agent')
    body = ('Gentile Signora Rinaldi,\n\n'
            'siamo Al Noor Hospitality Group, gestiamo 14 hotel di lusso negli Emirati Arabi Uniti e in Oman. Abbiamo trovato la vostra azienda '
            'e desideriamo acquistare per l\'anno 2027:\n\n- Zafferano in stimmi categoria I ISO 3632: 500 kg\n- Tè nero Assam e Darjeeling in foglia: 12.000 kg\n\n'
            'Il pagamento avverrà tramite lettera di credito irrevocabile (LC) al 100% presso Emirates NBD.\n\n'
            'Come richiesto dal Dubai Municipality, tutti i nuovi fornitori di alimenti devono essere registrati presso il nostro agente autorizzato '
            'in Italia, GCC Trade Certification S.r.l. di Milano, che rilascia il certificato di conformità ECAS. Il costo della registrazione '
            '(euro 2.450,00) è a carico del fornitore e viene rimborsato con il primo pagamento.\n\n'
            'In allegato la nostra lettera di intenti. La preghiamo di procedere con la registrazione entro 7 giorni per poter inserire la '
            'vostra offerta nella gara.\n\n'
            'Cordiali saluti\n\nAhmed Al Mansoori\nProcurement Director\nAl Noor Hospitality Group LLC\nSheikh Zayed Road, Dubai, UAE\nTel. +971 4 557 2290')
    d = docs.new_pdf(m, 'Microsoft: Print To PDF', 'Microsoft Word', 'Letter of Intent', 'Admin', m.date, 'AE')
    p = d.page()
    p.text(56, 790, 'AL NOOR HOSPITALITY GROUP LLC', 'B', 16, (0.55, 0.45, 0.1))
    p.text(56, 774, 'Sheikh Zayed Road, Dubai, United Arab Emirates · Trade Licence No. 784512', 'R', 8, (0.4, 0.4, 0.4))
    p.text(56, 720, 'LETTERA DI INTENTI / LETTER OF INTENT  ANHG-2026-417', 'B', 13)
    y = p.para(56, 690, 480, 'Fornitore: Example Italia S.r.l., Genova\n\nCon la presente Al Noor Hospitality Group LLC dichiara la propria intenzione '
               'di acquistare i seguenti prodotti per il periodo gennaio-dicembre 2027:\n1. Zafferano in stimmi, categoria I (ISO 3632), 500 kg\n'
               '2. Tè nero in foglia (Assam TGFOP, Darjeeling FTGFOP), 12.000 kg\n\nCondizioni: LC irrevocabile 100%% - consegna CIF Jebel Ali.\n\n'
               'Condizione preliminare: registrazione del fornitore e certificato di conformità ECAS rilasciato dal nostro agente autorizzato:\n'
               'GCC Trade Certification S.r.l., Via Vittor Pisani 8, 20124 Milano - Tel. +39 02 4951 7732\n'
               'Quota di registrazione: EUR 2.450,00 - IBAN %s - causale: ANHG-2026-417 Example Italia' % ids.fmt_iban(iban), 'R', 10)
    p.para(56, y - 20, 480, 'Ahmed Al Mansoori\nProcurement Director', 'B', 10)
    pdfb = d.render()
    m.root = mime.multipart('mixed', [
        mime.multipart('alternative', [mime.text(body + '\n', 'plain', 'UTF-8', 'quoted-printable'),
                                       mime.text('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' % m.hex(8)
                                                 + ''.join('<div>%s</div>' % (ST.inline_html(l) if l else '<br>') for l in body.split('\n')) + '</div></body></html>', 'html', 'UTF-8', 'quoted-printable')],
                           '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000))),
        mime.attachment(PDF_MIME, pdfb, 'Lettera_di_intenti_ANHG-2026-417.pdf')],
        '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.yahoo(m, '94.200.81.17')
