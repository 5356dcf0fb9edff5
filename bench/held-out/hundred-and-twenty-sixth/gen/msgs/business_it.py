"""business/17-21 (Italian)."""
from lib import bodies, docs, einvoice, ids, mime, ooxml, shapes, systems, templates, util
from lib.company import DAUNA, EG_IT_PIVA, FERR, P
from lib.registry import reg
from lib.systems import TLS12, deliver
from lib.util import addr, ew, local_to_utc, sec


@reg('business', '17-it-sharepoint-ferretti-ddt-cmr')
def b17(m):
    m.what = 'SharePoint Online sharing notification from Ferretti Trasporti: Chiara Colombo shares the folder "DDT e CMR ottobre 2026 – Example Group" with the Foggia office manager'
    m.why = 'Genuine share: same Microsoft infrastructure as attack/17, but expected (asked for on the phone), personal and specific message about the October blade/nacelle transports, sent on a weekday to her usual contact, folder on the company SharePoint site'
    m.topic = 'document-share'
    rcpt = P['giulia'][1]
    t = local_to_utc('CET', 2026, 11, 3, 11, 22, 47)
    link = 'https://ferrettitrasporti.sharepoint.com/:f:/s/Operativo/EjX4r2PzQ9lEt8mWbK1yN5gB3sLq0vR7cT2uH6dF9aZw1A?e=Hk8Lx2'
    m.url(link, 'SharePoint folder')
    m.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'privacy footer')
    msg = ('Ciao Giulia, come d\'accordo al telefono ti condivido la cartella con i DDT e i CMR firmati dei trasporti di ottobre '
           '(pale per Troia e navicella per Ascoli Satriano). Fammi sapere se manca qualcosa. Chiara')
    text, html = templates.sharepoint('Chiara Colombo', msg, 'DDT e CMR ottobre 2026 - Example Group', link, 'it', kind='Cartella')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], '_000_%s_' % m.hex(40))
    m.set_body(root)
    h, mid = systems.m365(m, t, rcpt, ('Chiara Colombo', 'no-reply@sharepointonline.com'), addr('Giulia Russo', rcpt),
                          ew('Chiara Colombo ha condiviso la cartella "DDT e CMR ottobre 2026 - Example Group" con te', 'utf-8', 'Q'),
                          org_domain='ferretti-trasporti.it', tenant_id=FERR['tenant_id'], dkim_domain='sharepointonline.com',
                          mail_from='no-reply@sharepointonline.com', reply_to=addr('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
                          outlook_client=False, thread=False, lang_code='IT', edge=2, dmarc_p='none', sharepoint=True)
    m.assemble(h)


@reg('business', '18-it-ferretti-fattura-copia-cortesia')
def b18(m):
    m.what = 'Ferretti Trasporti sends the courtesy copy (PDF) and the FatturaPA XML of invoice 2026/FT/1562 for November blade transports; original delivered via SdI'
    m.why = 'Genuine invoice: from amministrazione@ferretti-trasporti.it on the carrier\'s own M365 tenant, IBAN is the known UniCredit account (same as in the FatturaPA XML), amounts match the transport orders, no change of payment data'
    m.topic = 'invoice-qr'
    rcpt = P['marco'][1]
    t = local_to_utc('CET', 2026, 12, 1, 9, 12, 33)
    righe = [('Trasporto eccezionale pala 68 m Taranto - Troia (FG), ordine EG-IT-26-118', 3, 4150.00),
             ('Scorta tecnica (autorizzazione Provincia di Foggia n. 2026/1187)', 1, 687.00)]
    ced = dict(piva=FERR['piva'], name='Ferretti Trasporti S.p.A.', street="Via dell'Industria 41", cap='37066', comune='Sommacampagna', prov='VR')
    ces = dict(piva=EG_IT_PIVA, name='Example Group Italia S.r.l.', street='Via Napoli km 3,200', cap='71122', comune='Foggia', prov='FG', sdi='M5UXCR1')
    xml, imp, iva, tot = einvoice.fatturapa('00Q7K', '2026/FT/1562', '2026-11-30', ced, ces, righe, FERR['iban'], 'UniCredit S.p.A.', '2026-12-31',
                                            'Trasporti eccezionali novembre 2026')
    m.iban(FERR['iban'], 'Ferretti UniCredit (PDF and FatturaPA XML)')
    m.phone('+39 045 896 1270', 'signature')
    pdfb = docs.invoice_pdf('FERRETTI TRASPORTI', ["Ferretti Trasporti S.p.A. - Via dell'Industria 41 - 37066 Sommacampagna (VR) - P.IVA %s" % FERR['piva']],
                            ['Spett.le', 'Example Group Italia S.r.l.', 'Via Napoli km 3,200', '71122 Foggia (FG)', 'P.IVA %s' % EG_IT_PIVA],
                            [('Fattura n.', '2026/FT/1562'), ('Data', '30/11/2026'), ('Codice destinatario', 'M5UXCR1'), ('Vs. ordine', 'EG-IT-26-118')],
                            ['Pos', 'Cod.', 'Descrizione', 'Q.tà', 'Importo EUR'],
                            [('1', 'TE-P68', 'Trasporto eccezionale pala 68 m', '3', docs.fmt_de(3 * 4150)),
                             ('2', 'SC-TEC', 'Scorta tecnica (aut. 2026/1187)', '1', docs.fmt_de(687))],
                            [('Imponibile', docs.fmt_de(imp), False), ('IVA 22%', docs.fmt_de(iva), False), ('Totale documento', docs.fmt_de(tot) + ' EUR', True)],
                            ['Pagamento: bonifico bancario a 30 gg d.f. (scadenza 31/12/2026)', 'UniCredit S.p.A. - IBAN %s' % ids.iban_fmt(FERR['iban'])],
                            ['Copia di cortesia priva di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è stato trasmesso tramite SdI.',
                             'Ferretti Trasporti S.p.A. - Capitale sociale € 2.500.000 i.v. - REA VR-298714'],
                            created=docs.pdfdate(t - sec(3600)), title='Fattura 2026/FT/1562', creator='TeamSystem Enterprise', producer='TeamSystem PDF',
                            heading='FATTURA')
    text = """Buongiorno,

in allegato la copia di cortesia della fattura n. 2026/FT/1562 del 30/11/2026 (trasporti eccezionali di novembre) e il relativo file XML. L'originale è stato trasmesso tramite SdI ed è disponibile nel Vostro cassetto fiscale.

Totale documento: € %s - scadenza 31/12/2026, coordinate bancarie invariate.

Cordiali saluti

Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 37066 Sommacampagna (VR)
Tel. +39 045 896 1270""" % docs.fmt_de(tot)
    html = bodies.fill_charset(bodies.outlook_html(text, 'IT'), 'iso-8859-15')
    alt_b = '_000_%s_' % m.hex(44)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-15', 'quoted-printable'), mime.text(html, 'html', 'iso-8859-15', 'quoted-printable')], alt_b)
    a1 = mime.attachment(pdfb, 'application/pdf', 'Fattura_2026-FT-1562.pdf', size=True, date='Tue, 01 Dec 2026 08:10:02 GMT', description=True)
    a2 = mime.attachment(xml.encode('utf-8'), 'text/xml', 'IT%s_00Q7K.xml' % FERR['piva'], size=True, date='Tue, 01 Dec 2026 08:10:02 GMT', description=True)
    root = mime.multipart('mixed', [alt, a1, a2], alt_b.replace('_000_', '_004_'))
    m.set_body(root)
    frm = FERR['people']['amm']
    h, mid = systems.m365(m, t, rcpt, frm, addr('Marco De Santis', rcpt), 'Copia di cortesia fattura n. 2026/FT/1562 del 30/11/2026',
                          tenant_id=FERR['tenant_id'], has_attach=True, lang_code='IT', edge=4)
    m.assemble(h)


@reg('business', '19-it-dauna-ordine-firmato-verbale')
def b19(m):
    m.what = 'Customer Energia Eolica Dauna (Antonio Ricci) replies in the thread with the signed order EED 2026-1187 and the downtime report for WTG 07 as normal PDFs'
    m.why = 'Genuine thread reply: Thunderbird from the customer\'s office through Aruba, same thread that attack/19 later hijacks, attachments are plain PDFs (no archive, no password), concrete site details'
    m.topic = 'password-archive'
    rcpt = P['giulia'][1]
    t = local_to_utc('CET', 2026, 11, 25, 16, 5, 29)
    t1 = local_to_utc('CET', 2026, 11, 24, 16, 22)
    order = docs.letter_pdf(['Energia Eolica Dauna S.r.l. - Via Lucera 112 - 71121 Foggia - P.IVA %s' % DAUNA['piva']],
                            ['Spett.le', 'Example Group Italia S.r.l.', 'Via Napoli km 3,200', '71122 Foggia (FG)'],
                            'Foggia, 25/11/2026', 'Ordine n. EED 2026-1187 - Manutenzione straordinaria WTG 07',
                            'Con riferimento alla Vs. offerta n. OF-IT-26-214 del 10/11/2026 Vi ordiniamo:',
                            ['Per accettazione', 'Energia Eolica Dauna S.r.l.', 'Ing. Antonio Ricci - Responsabile O&M'],
                            ['Energia Eolica Dauna S.r.l. - Cap. soc. € 1.000.000 i.v. - REA FG-301582 - PEC eolicadauna@pec.it'],
                            created=docs.pdfdate(t - sec(5400)), title='Ordine EED 2026-1187', author='A. Ricci', logo_text='ENERGIA EOLICA DAUNA',
                            creator='Writer', producer='LibreOffice 7.6',
                            table=[['Pos', 'Descrizione', 'Importo EUR'], ['1', 'Sostituzione cuscinetto albero veloce moltiplicatore WTG 07', '18.600,00'],
                                   ['2', 'Noleggio gru 220 t (2 giorni) e trasporto', '6.900,00'], ['3', 'Analisi olio e video-endoscopia post intervento', '1.150,00'],
                                   ['', 'Totale (IVA esclusa)', '26.650,00']],
                            extra='Esecuzione: settimana 49/2026. Pagamento: bonifico 60 gg d.f.f.m. Fatturazione elettronica: codice destinatario KRRH6B9.')
    verbale = docs.letter_pdf(['Energia Eolica Dauna S.r.l. - Parco eolico Monti Dauni'], ['Verbale interno n. 2026/077'], 'Foggia, 20/11/2026',
                              'Verbale di fermo macchina - WTG 07',
                              'In data 18/11/2026 alle ore 14:32 la WTG 07 è andata in blocco con allarme "Gearbox HSS bearing temperature high" '
                              '(112 °C). Il controllo visivo e l\'analisi delle vibrazioni (CMS) indicano danneggiamento del cuscinetto lato generatore '
                              'dell\'albero veloce. La macchina resta ferma fino all\'intervento di sostituzione.',
                              ['Il responsabile di parco', 'Michele Lombardi'], ['Documento interno - Energia Eolica Dauna S.r.l.'],
                              created=docs.pdfdate(t - sec(450000)), title='Verbale WTG 07', author='M. Lombardi', creator='Writer', producer='LibreOffice 7.6')
    q = ('Buongiorno Antonio,\n\nci potete inviare l\'ordine firmato e il verbale di fermo macchina della WTG 07, così pianifichiamo '
         'l\'intervento sul moltiplicatore per la settimana 49?\n\nGrazie\nGiulia Russo\nExample Group Italia S.r.l.\nVia Napoli km 3,200 - 71122 Foggia')
    text = ('Buongiorno Giulia,\n\nin allegato l\'ordine firmato (EED 2026-1187) e il verbale di fermo della WTG 07.\n'
            'Per la settimana 49 va benissimo: il custode vi aspetta alle 7:30 al cancello sulla SP 109, la gru arriva il lunedì pomeriggio.\n\n'
            'Cordiali saluti\nAntonio Ricci\nResponsabile O&M - Energia Eolica Dauna S.r.l.\n\n'
            'Il 24/11/2026 16:22, Giulia Russo ha scritto:\n' + '\n'.join('> ' + ln if ln else '>' for ln in q.split('\n')))
    body = mime.text(text, 'plain', 'UTF-8', '8bit', params=[('format', 'flowed')], charset_label='UTF-8')
    a1 = mime.attachment(order, 'application/pdf', 'Ordine_EED_2026-1187.pdf', style='thunder')
    a2 = mime.attachment(verbale, 'application/pdf', 'Verbale_fermo_WTG07.pdf', style='thunder')
    root = mime.multipart('mixed', [body, a1, a2], docs.b_thunderbird(m))
    root.preamble = 'This is a multi-part message in MIME format.'
    m.set_body(root)
    frm = DAUNA['people']['ricci']
    prev = '<%s@exch02.corp.example.com>' % m.hex(32)
    F = dict(from_=addr(frm[0], frm[1]), from_addr=frm[1], to=addr('Giulia Russo', rcpt), date=t,
             subject='Re: Ordine manutenzione WTG 07 - moltiplicatore', msgid='<%s@eolicadauna.it>' % util.guid(m.rng),
             references=prev, in_reply_to=prev)
    m.assemble(shapes.aruba(m, t, rcpt, F, '192.0.2.74', helo='[192.168.1.23]', ua='Mozilla Thunderbird'))


@reg('business', '20-it-pec-comune-foggia-tari-pagopa')
def b20(m):
    m.what = 'Certified e-mail (PEC) from Comune di Foggia delivered to an ordinary mailbox: TARI 2026 second instalment, pagoPA payment notice PDF with QR code'
    m.why = 'Genuine authority notice: real PEC envelope (multipart/signed S/MIME, daticert.xml, postacert.eml) from the Legalmail PEC provider; pagoPA notice code with valid check digits, payment only via the pagoPA circuit'
    m.topic = 'authority-notice'
    rcpt = P['giulia'][1]
    t = local_to_utc('CET', 2026, 11, 12, 10, 14, 27)
    cf_ente = ids.it_piva('0036346071')
    avviso = ids.pagopa_avviso('01', '0002611482734')
    payload = 'PAGOPA|002|%s|%s|128600' % (avviso, cf_ente)
    m.qr(payload, 'pagoPA notice QR (PAGOPA|002|notice code|creditor CF|amount in cents)')
    m.fact('ID', avviso, 'pagoPA codice avviso (mod-93 check digits)')
    m.url('www.pagopa.gov.it', 'pagoPA info on the notice')
    m.phone('0881 814111', 'Comune di Foggia, Servizio Tributi (on the notice)')
    grp = ' '.join([avviso[i:i + 4] for i in range(0, 16, 4)] + [avviso[16:]])
    d = docs.pdf.Doc(title='Avviso di pagamento TARI 2026', author='Comune di Foggia', creator='Halley Informatica', producer='iText 7.2.5',
                     created=docs.pdfdate(t - sec(86400 * 2)))
    d.text(56, 795, 'AVVISO DI PAGAMENTO', 16, bold=True, color=(0.0, 0.40, 0.80))
    d.text(56, 777, 'TARI 2026 - seconda rata - utenza non domestica cat. 3 (uffici e agenzie)', 10)
    d.text(56, 748, 'ENTE CREDITORE', 8, bold=True)
    d.text(56, 736, 'Comune di Foggia - Servizio Tributi', 10)
    d.text(56, 724, 'Codice fiscale ente: %s' % cf_ente, 9)
    d.text(320, 748, 'DESTINATARIO AVVISO', 8, bold=True)
    d.text(320, 736, 'Example Group Italia S.r.l.', 10)
    d.text(320, 724, 'P.IVA %s - Via Napoli km 3,200, Foggia' % EG_IT_PIVA, 9)
    d.rect(56, 640, 483, 60, fill=(0.93, 0.96, 1.0))
    d.text(70, 680, 'QUANTO E QUANDO PAGARE?', 9, bold=True)
    d.text(70, 662, '1.286,00 Euro entro il 16/12/2026', 14, bold=True)
    d.text(70, 648, "L'importo è aggiornato automaticamente dal sistema e potrebbe subire variazioni per sgravi o note di credito.", 7.5)
    d.text(56, 612, 'DOVE PAGARE? Lista dei canali di pagamento su www.pagopa.gov.it', 9, bold=True)
    d.para(56, 596, 'PAGA SUL SITO O CON LE APP del Comune di Foggia, della tua banca o degli altri canali di pagamento. '
                    'Potrai pagare con carte, conto corrente, CBILL. PAGA SUL TERRITORIO in banca, in ricevitoria, dal tabaccaio, '
                    'al bancomat, al supermercato. Potrai pagare in contanti, con carte o conto corrente.', 8.5, 300)
    d.qr(420, 470, 110, docs.qr_matrix(payload))
    d.text(56, 470, 'Codice Avviso', 8)
    d.text(56, 456, grp, 12, bold=True)
    d.text(56, 436, 'Codice Fiscale Ente Creditore', 8)
    d.text(56, 422, cf_ente, 12, bold=True)
    d.text(56, 402, 'Oggetto del pagamento: TARI 2026 II rata - Avviso n. 2026/TARI/041873', 8.5)
    d.text(56, 120, 'Comune di Foggia - Corso Garibaldi 58, 71121 Foggia - Servizio Tributi tel. 0881 814111', 7)
    avviso_pdf = d.render()
    inner_id = '<%s.%d@cert.comune.foggia.it>' % (m.hex(16), util.unix(t))
    inner_text = ('Si trasmette in allegato l\'avviso di pagamento pagoPA relativo alla seconda rata TARI 2026.\n\n'
                  'Il pagamento può essere effettuato entro il 16/12/2026 presso tutti i prestatori di servizi di pagamento aderenti a pagoPA.\n\n'
                  'Comune di Foggia - Servizio Tributi\nQuesto messaggio è inviato da una casella di posta elettronica certificata.')
    ib = '=_%s' % m.hex(20)
    inner_root = mime.multipart('mixed', [mime.text(inner_text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.attachment(avviso_pdf, 'application/pdf', 'Avviso_pagoPA_TARI2026_rata2.pdf', style='plain')], ib)
    inner_hdr = mime.render_headers([('Date', util.rfcdate(t - sec(20), 'CET')), ('From', 'protocollo.generale@cert.comune.foggia.it'),
                                     ('To', rcpt), ('Subject', 'Avviso di pagamento TARI 2026 - seconda rata'), ('Message-ID', inner_id),
                                     ('MIME-Version', '1.0')] + inner_root.content_headers())
    inner = inner_hdr + b'\n' + inner_root.serialize_body()
    pec_id = 'opec21012.%s.%d.%d.1.53@legalmail.it' % (util.localtime(t, 'CET').strftime('%Y%m%d%H%M%S'), m.rng.randrange(10000, 99999), m.rng.randrange(100, 999))
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n  <intestazione>\n'
                '    <mittente>protocollo.generale@cert.comune.foggia.it</mittente>\n    <destinatari tipo="esterno">%s</destinatari>\n'
                '    <risposte>protocollo.generale@cert.comune.foggia.it</risposte>\n    <oggetto>Avviso di pagamento TARI 2026 - seconda rata</oggetto>\n'
                '  </intestazione>\n  <dati>\n    <gestore-emittente>INFOCERT SPA</gestore-emittente>\n    <data zona="+0100">\n      <giorno>12/11/2026</giorno>\n'
                '      <ora>10:14:27</ora>\n    </data>\n    <identificativo>%s</identificativo>\n    <msgid>%s</msgid>\n  </dati>\n</postacert>\n'
                % (rcpt, pec_id, util.html_escape(inner_id)))
    txt = ('Messaggio di posta certificata\n\nIl giorno 12/11/2026 alle ore 10:14:27 (+0100) il messaggio\n'
           '"Avviso di pagamento TARI 2026 - seconda rata" è stato inviato da "protocollo.generale@cert.comune.foggia.it"\n'
           'indirizzato a:\n%s\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s\n' % (rcpt, pec_id))
    htm = '<html><body><p>' + util.html_escape(txt).replace('\n', '<br>\n') + '</p></body></html>\n'
    alt = mime.multipart('alternative', [mime.text(txt, 'plain', 'UTF-8', 'quoted-printable'), mime.text(htm, 'html', 'UTF-8', 'quoted-printable')], '=_%s' % m.hex(20))
    mixed = mime.multipart('mixed', [alt, mime.attachment(daticert.encode('utf-8'), 'application/xml', 'daticert.xml', style='plain'),
                                     mime.rfc822(inner, 'postacert.eml')], '=_%s' % m.hex(20))
    sig = bytes([0x30, 0x82, 0x1b, 0x4e, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]) + bytes(m.rng.randrange(256) for _ in range(1480))
    sigp = mime.attachment(sig, 'application/pkcs7-signature', 'smime.p7s', style='plain')
    root = mime.multipart('signed', [mixed, sigp], '=_%s' % m.hex(24),
                          params=[('protocol', '"application/pkcs7-signature"'), ('micalg', 'sha-256')])
    root.preamble = 'This is an S/MIME signed message'
    m.set_body(root)
    F = dict(from_=addr('Per conto di: protocollo.generale@cert.comune.foggia.it', 'posta-certificata@legalmail.it', quote_always=True),
             from_addr='posta-certificata@legalmail.it', reply_to='protocollo.generale@cert.comune.foggia.it', to=rcpt, date=t,
             subject='POSTA CERTIFICATA: Avviso di pagamento TARI 2026 - seconda rata', msgid='<%s>' % pec_id,
             extra=[('X-Riferimento-Message-ID', inner_id), ('X-Trasporto', 'posta-certificata')])
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('pecout-04.legalmail.it', 'pecout-04.legalmail.it', '203.0.113.204'), None, None, 'none',
                                    'pec-gw21.legalmail.it', order=['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', '__EXTRA__', 'MIME-Version', '__CT__']))


@reg('business', '21-it-interno-note-spese-trasferta')
def b21(m):
    m.what = 'Internal: the Foggia office manager sends the accountant the technicians\' November travel expense sheet (XLSX) to be reimbursed with payroll'
    m.why = 'Genuine internal payment-related request: Exchange route, normal process (reimbursement with payroll, receipts in the shared folder), XLSX with plausible totals, no bank details or urgency'
    m.topic = 'ceo-payment'
    rcpt = P['marco'][1]
    t = local_to_utc('CET', 2026, 11, 26, 17, 45, 2)
    rows = [['Tecnico', 'Cantiere', 'Dal', 'Al', 'Km', 'Rimborso km', 'Vitto/alloggio', 'Totale']]
    data = [('Russo A.', 'Troia WTG 03', '02/11', '06/11', 412, 3210.0), ('Gatti F.', 'Troia WTG 03', '02/11', '06/11', 0, 380.0),
            ('Marino L.', 'Ascoli Satriano', '09/11', '13/11', 386, 405.0), ('Ferri D.', 'Monti Dauni WTG 07', '16/11', '20/11', 274, 355.0),
            ('Conte P.', 'Monti Dauni WTG 07', '16/11', '20/11', 0, 355.0)]
    tot = 0
    for n, s, a, b, km, va in data:
        rk = round(km * 0.42, 2)
        va = va if va < 1000 else 410.0
        rows.append([n, s, a, b, km, rk, va, round(rk + va, 2)])
        tot += rk + va
    rows.append(['', '', '', '', '', '', 'Totale', round(tot, 2)])
    x = ooxml.xlsx([('Novembre 2026', rows)], title='Note spese novembre 2026', creator='Giulia Russo', when='2026-11-26T16:30:00Z',
                   date_time=(2026, 11, 26, 17, 30, 0), col_widths=[14, 20, 8, 8, 6, 12, 14, 10])
    text = """Ciao Marco,

ti allego il riepilogo delle note spese dei tecnici per le trasferte di novembre (Troia, Ascoli Satriano, Monti Dauni). Totale € %s.

Come sempre vanno rimborsate con lo stipendio di novembre; gli scontrini e le ricevute degli alberghi sono nella cartella condivisa "Amministrazione\\Note spese\\2026-11". Manca solo la ricevuta dell'hotel di Ferri, me la porta lunedì.

Grazie!
Giulia

Giulia Russo
Office Manager - Example Group Italia S.r.l.
Via Napoli km 3,200 - 71122 Foggia""" % docs.fmt_de(tot)
    html = bodies.fill_charset(bodies.outlook_html(text, 'IT'), 'Windows-1252')
    msgid = '<%s@exch02.corp.example.com>' % m.hex(32)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'Windows-1252', 'quoted-printable'),
                                         mime.text(html, 'html', 'Windows-1252', 'quoted-printable')], docs.b_exchange(m, '000', msgid))
    att = mime.attachment(x, ooxml.XLSX, 'Note_spese_tecnici_novembre_2026.xlsx', size=True, date='Thu, 26 Nov 2026 16:40:11 GMT', description=True)
    root = mime.multipart('mixed', [alt, att], docs.b_exchange(m, '004', msgid))
    m.set_body(root)
    h, _ = systems.exchange_internal(m, t, rcpt, ('Giulia Russo', P['giulia'][1]), addr('Marco De Santis', rcpt),
                                     'Note spese trasferte tecnici - novembre 2026', client_ip='10.31.0.52', server=2, msgid=msgid,
                                     langs='it-IT, en-US', content_lang='it-IT', has_attach=True)
    m.assemble(h)
