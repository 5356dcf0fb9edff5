"""business/17-21: Italian-language genuine mail."""
import datetime

from . import archive, company, docs, ids, mime, pec, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822, Msg
from .h import S, setup, meta, urls, mid_m365, mid_outlook_classic, pdf_meta
from .registry import message
from .attack_it import ferretti_sig

FERR, SEGH = company.FERR, company.SEGH
EIT = company.ENT['IT']


def ferretti_invoice_pdf(m, dt):
    items = []
    for p, d, _, q, u, pr in shared.FERR_ITEMS:
        items.append([p, d, '%s %s' % (shared.fmt(q).replace(',00', ''), u), shared.fmt(pr), shared.fmt(shared.money(q * pr))])
    return docs.invoice(
        'helv', pdf_meta(m, dt, 'Fattura %s' % shared.FERR_INV, 'Ferretti Trasporti S.p.A.', 'TeamSystem Enterprise', 'TeamSystem Enterprise'),
        ('FERRETTI TRASPORTI S.p.A.', ['Via dell\'Industria 44 · 37066 Sommacampagna (VR)', 'P.IVA IT%s · Tel. %s' % (FERR['piva'], FERR['phone'])]),
        ['Spett.le', 'Example Group Italia S.r.l.', 'Via Luigi Negrelli 9', '39100 Bolzano (BZ)', 'P.IVA %s' % EIT['tax'][0][1]],
        'FATTURA (copia di cortesia)', [('Numero', shared.FERR_INV), ('Data', '31/10/2026'), ('Scadenza', '30/11/2026'), ('Cod. cliente', 'C04418')],
        ['Pos.', 'Descrizione', 'Quantità', 'Prezzo', 'Importo €'], items,
        [('Imponibile', shared.fmt(shared.FERR_NET), False), ('IVA 22 %', shared.fmt(shared.FERR_VAT), False),
         ('Totale documento', shared.fmt(shared.FERR_GROSS) + ' €', True)],
        ['Pagamento: bonifico bancario 30 gg d.f.', '%s' % FERR['bank'], 'IBAN %s' % ids.iban_fmt(FERR['iban'])],
        ['Copia di cortesia priva di valore fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è trasmesso tramite SdI.',
         'Ferretti Trasporti S.p.A. · Cap. soc. € 1.200.000 i.v. · REA VR-287114 · P.IVA IT%s' % FERR['piva']],
        accent=(11, 61, 110), money_cols=(3,))


def ferretti_invoice_message(m, sent, to):
    """Builds the Ferretti invoice mail into m (used by business/17 and, as a forwarded copy, business/35)."""
    setup(m, ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to,
          'Ferretti Trasporti – Fattura n. %s del 31/10/2026 (copia di cortesia)' % shared.FERR_INV, sent, zone='Europe/Rome')
    m.ms_server, m.ms_pod = 'PA4PR07MB7411', 'eurprd07'
    m.msgid = mid_m365(m, 'PA4PR07MB7411', 'eurprd07')
    text = ('Gentile Cliente,\n\n'
            'in allegato trasmettiamo copia di cortesia della fattura n. %s del 31/10/2026 relativa ai trasporti del mese di ottobre, '
            'per un totale di € %s.\n\n'
            'La fattura elettronica è stata trasmessa al Sistema di Interscambio e recapitata al Vostro indirizzo PEC.\n'
            'Il pagamento è da effettuarsi entro il 30/11/2026 sulle consuete coordinate bancarie:\n'
            '%s – IBAN %s\n\n'
            'Vi ricordiamo che Ferretti Trasporti non modifica mai le proprie coordinate bancarie tramite e-mail: eventuali variazioni '
            'vengono comunicate con lettera firmata e confermate telefonicamente dall\'ufficio amministrazione.\n\n'
            'Cordiali saluti\n\n' % (shared.FERR_INV, shared.fmt(shared.FERR_GROSS), FERR['bank'], ids.iban_fmt(FERR['iban']))) + \
        ferretti_sig('Ufficio Amministrazione', 'amministrazione@ferretti-trasporti.it', '+39 045 858 1290')
    html = mime.outlook_html(mime.paras_html(text), 'IT')
    pdfb, _ = ferretti_invoice_pdf(m, sent)
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Fattura_%s.pdf' % shared.FERR_INV.replace('/', '-'))])
    return text


@message('business', 17, 'it', 'ferretti-fattura-cortesia')
def b17(m):
    dg = S('davide.gasperi')
    sent = local('Europe/Rome', 2026, 11, 2, 9, 6, 14)
    ferretti_invoice_message(m, sent, [(dg['name'], dg['addr'])])
    systems.m365(m, tenant_id=FERR['tenant_id'], org=FERR['domain'], region='EUR05', server='PA4PR07MB7411', pod='eurprd07',
                 lang='it-IT', has_attach=True, selector='selector1', mailbox_type='SHARED')
    m.fact('IBAN', FERR['iban'])
    meta(m, 'Genuine courtesy copy of the road carrier\'s October invoice %s (PDF) from its shared accounting mailbox; the legal '
            'e-invoice went through SdI to the company\'s PEC.' % shared.FERR_INV,
         'Real Microsoft 365 tenant of the carrier, IBAN identical to master data, standard Italian courtesy-copy wording, states that '
         'bank details are never changed by e-mail.',
         pair=(['17-it-ferretti-compromesso-variazione-iban.eml'], 'Ferretti invoice payment',
               'Registered Banco BPM IBAN and normal 30-day term; the hijacked thread (same tenant!) asks to pay the same invoice to a new account.'))


@message('business', 18, 'it', 'sdi-pec-fattura-segheria')
def b18(m):
    dg = S('davide.gasperi')
    sent = local('Europe/Rome', 2026, 11, 17, 14, 32, 51)
    sdi = 'sdi27@pec.fatturapa.it'
    recipient = EIT['tax'][2][1]
    idsdi = str(m.rng.randint(10 ** 10, 10 ** 11 - 1))
    base = 'IT%s_%s' % (SEGH['piva'], rstr(m.rng, ALNUM, 5))
    xml, net, vat, gross = pec.fatturapa(
        dict(piva=SEGH['piva'], prog=rstr(m.rng, ALNUM, 5), name='Segheria Dolomiti S.r.l.', street='Via Pizzegoda 18', cap='38037',
             city='Predazzo', prov='TN'),
        dict(piva=EIT['tax'][0][1][2:], pec=recipient, name='Example Group Italia S.r.l.', street='Via Luigi Negrelli 9', cap='39100',
             city='Bolzano', prov='BZ'),
        'FE/2026/1873', '2026-11-16',
        [('Travi lamellari GL24h abete 200x400 mm L=10,50 m', 8.82, 'm3', 640.00),
         ('Travi lamellari GL24h abete 160x320 mm L=8,00 m', 5.325, 'm3', 628.00),
         ('Listelli abete essiccato 40x60 mm L=4,00 m', 1.92, 'm3', 395.00),
         ('Trasporto con autogru a Bolzano', 1, 'a corpo', 420.00)],
        SEGH['iban'], SEGH['bank'], '2026-12-16', causale='Ordine OC-26-0914 del 21/10/2026 - DDT 2026/3318 del 13/11/2026')
    meta_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ns2:FileMetadati xmlns:ns2="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" '
                'versione="1.0"><IdentificativoSdI>%s</IdentificativoSdI><NomeFile>%s.xml</NomeFile><Hash>%s</Hash>'
                '<CodiceDestinatario>0000000</CodiceDestinatario><Formato>FPR12</Formato><TentativiInvio>1</TentativiInvio>'
                '<MessageId>%s</MessageId></ns2:FileMetadati>\n' % (idsdi, base, rstr(m.rng, HEXL, 64), rstr(m.rng, '0123456789', 11))).encode()
    inner_subj = 'Invio File %s' % idsdi
    inner_mid = '%s.%s@pec.fatturapa.it' % (rstr(m.rng, '0123456789', 13), rstr(m.rng, HEXL, 8))
    inner_txt = ('Il Sistema di Interscambio ha ricevuto il file %s.xml e lo trasmette in allegato.\n\n'
                 'Identificativo SdI: %s\n\nIn allegato: il file fattura e il file dei metadati.\n\n'
                 'Questo messaggio è generato automaticamente, si prega di non rispondere.\n' % (base, idsdi))
    im = Msg('business', m.fname + '#inner', 'it')
    im.headers = [('Message-ID', '<%s>' % inner_mid), ('Date', rfc2822(sent, 'Europe/Rome')), ('From', sdi), ('To', recipient),
                  ('Subject', inner_subj), ('MIME-Version', '1.0')]
    im.body = mime.mixed(m, 'java', [mime.text(inner_txt, 'UTF-8', 'quoted-printable'),
                                     Part('application/xml', body=xml, filename=base + '.xml', disposition='attachment', cte='base64'),
                                     Part('application/xml', body=meta_xml, filename=base + '_MT_001.xml', disposition='attachment', cte='base64')])
    inner_bytes = im.render()
    env, ident = pec.envelope(m, inner_bytes, sdi, recipient, inner_subj, sent, inner_mid, gestore='SOGEI S.p.A.',
                              ident_domain='pec.fatturapa.it')
    setup(m, ('Per conto di: ' + sdi, 'posta-certificata@pec.fatturapa.it'), [('', recipient)], 'POSTA CERTIFICATA: ' + inner_subj,
          sent, zone='Europe/Rome', rcpt=dg['addr'])
    m.body = env
    pec.deliver(m, sdi, recipient, inner_subj, ident, inner_mid, ('pec.fatturapa.it', '198.51.100.160', '10.61.4.17'),
                gestore_from='posta-certificata@pec.fatturapa.it')
    m.fact('IBAN', SEGH['iban'])
    meta(m, 'Genuine delivery of a supplier e-invoice by the Italian exchange system SdI over certified mail (PEC): signed PEC '
            'envelope, daticert.xml, and inside the FatturaPA XML of sawmill Segheria Dolomiti (glulam beams) plus SdI metadata.',
         'Standard SdI "Invio File" message to the company\'s Aruba PEC mailbox, forwarded to the accountant; the invoice XML carries '
         'the supplier\'s registered IBAN and refers to a real order and delivery note.',
         pair=(['18-it-pec-fattura-zip-js.eml'], 'invoice arriving by PEC',
               'Structured FatturaPA XML from SdI vs a ZIP with a script from an unknown PEC sender.'))


@message('business', 19, 'it', 'segheria-conferma-ordine')
def b19(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 10, 22, 16, 20, 9)
    setup(m, ('Segheria Dolomiti - Ufficio Vendite', 'vendite@segheriadolomiti.it'), [(em['name'], em['addr'])],
          'Conferma d\'ordine OC-26-0914 - travi lamellari GL24h, consegna sett. 46', sent, zone='Europe/Rome',
          cc=[('Paolo Deflorian', 'p.deflorian@segheriadolomiti.it')])
    m.hcharset, m.henc = 'iso-8859-15', 'Q'
    m.msgid = mid_outlook_classic(m, 'segheriadolomiti.it')
    text = ('Buongiorno signora Moretti,\n\n'
            'grazie per il Vostro ordine n. EGI-2026-0388 del 21/10. In allegato la nostra conferma d\'ordine OC-26-0914 con quantità, '
            'prezzi e condizioni.\n\n'
            'Consegna prevista nella settimana 46 (12-13 novembre) con autogru presso il Vostro cantiere di Appiano, Via dei Masi; l\'autista '
            'chiamerà il capocantiere il giorno prima. Vi chiediamo di restituirci la conferma firmata per accettazione.\n\n'
            'Per il pagamento valgono le solite condizioni (bonifico 30 gg data fattura, %s).\n\n'
            'Cordiali saluti\n\nPaolo Deflorian\nUfficio Vendite\nSegheria Dolomiti S.r.l.\nVia Pizzegoda 18 - 38037 Predazzo (TN)\n'
            'Tel. +39 0462 501 337 - www.segheriadolomiti.it\n' % SEGH['bank'])
    pdfb, _ = docs.invoice('helv', pdf_meta(m, sent, 'Conferma d\'ordine OC-26-0914', 'Segheria Dolomiti', 'Zucchetti Ad Hoc', 'Zucchetti Ad Hoc Revolution'),
                           ('Segheria Dolomiti S.r.l.', ['Via Pizzegoda 18 · 38037 Predazzo (TN)', 'P.IVA IT%s' % SEGH['piva']]),
                           ['Example Group Italia S.r.l.', 'Via Luigi Negrelli 9', '39100 Bolzano (BZ)'],
                           'CONFERMA D\'ORDINE OC-26-0914', [('Vs. ordine', 'EGI-2026-0388'), ('Data', '22/10/2026'), ('Consegna', 'sett. 46/2026')],
                           ['Pos.', 'Articolo', 'Quantità', 'Prezzo m³', 'Importo €'],
                           [['1', 'Travi GL24h abete 200x400 mm L=10,50 m', '8,820 m³', '640,00', '5.644,80'],
                            ['2', 'Travi GL24h abete 160x320 mm L=8,00 m', '5,325 m³', '628,00', '3.344,10'],
                            ['3', 'Listelli abete essiccato 40x60 mm L=4,00 m', '1,920 m³', '395,00', '758,40'],
                            ['4', 'Trasporto con autogru a Bolzano/Appiano', '1', '420,00', '420,00']],
                           [('Imponibile', '10.167,30', False), ('IVA 22 %', '2.236,81', False), ('Totale', '12.404,11 €', True)],
                           ['Pagamento: bonifico 30 gg d.f. · %s' % SEGH['bank'], 'IBAN %s' % ids.iban_fmt(SEGH['iban']),
                            'Firma per accettazione: ____________________'],
                           ['Segheria Dolomiti S.r.l. · Predazzo (TN) · P.IVA IT%s' % SEGH['piva']], accent=(120, 70, 20), money_cols=(3,))
    html = mime.outlook_html(mime.paras_html(text), 'IT').replace('charset=utf-8', 'charset=iso-8859-15')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'iso-8859-15', 'quoted-printable'), mime.html(html, 'iso-8859-15', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'OC-26-0914_Example_Group_Italia.pdf')])
    systems.aruba(m, mua='outlook', lang='it', x_mailer='Microsoft Outlook 16.0')
    m.fact('IBAN', SEGH['iban'])
    meta(m, 'Genuine order confirmation from the local sawmill for glulam beams ordered by the Bolzano office, PDF to countersign.',
         'Known supplier on its own Aruba-hosted domain, answers a real purchase order number, normal attachments, delivery logistics, '
         'usual payment terms and IBAN.',
         pair=(['20-it-ordine-acquisto-adobe-acrobat.eml'], 'purchase order documents to sign',
               'Refers to the company\'s own PO and an existing supplier relationship; the attack is an unsolicited order behind a cloud-share link.'))


@message('business', 20, 'it', 'edenred-buoni-regalo-natale')
def b20(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 12, 4, 10, 2, 33)
    setup(m, ('Edenred Italia', 'noreply@edenred.it'), [('', em['addr'])],
          'Ordine n. 8417261 evaso: buoni regalo Natale 2026 – Example Group Italia S.r.l.', sent, zone='Europe/Rome')
    m.msgid = '%s.%s@mta.e.edenred.it' % (rstr(m.rng, HEXL, 12), rstr(m.rng, '0123456789', 9))
    area = 'https://clienti.edenred.it/ordini/8417261'
    help_ = 'https://www.edenred.it/assistenza-aziende'
    paras = ['Gentile Elena Moretti,',
             'il Suo ordine n. 8417261 del 01/12/2026 è stato evaso.',
             'Prodotto: Ticket Compliments Gift Card – Natale 2026\nQuantità: 14 buoni da 50,00 €\nTotale: 700,00 € (operazione fuori campo IVA art. 2 DPR 633/72)\nFattura: n. 2026/EI/118842 disponibile nell\'area clienti',
             'I codici dei buoni non vengono inviati via e-mail: può scaricarli e assegnarli ai dipendenti dall\'area clienti, accedendo con le '
             'credenziali aziendali e l\'autenticazione a due fattori.',
             'Per assistenza: 02 269 04 333 (lun–ven 9–18) oppure dal sito.',
             'Cordiali saluti\nEdenred Italia S.r.l.']
    html = ('<html><body style="margin:0;font-family:Arial,sans-serif;background:#f5f5f5"><table align="center" width="600" style="background:#fff">'
            '<tr><td style="background:#e20613;color:#fff;padding:18px 26px;font-size:24px;font-weight:bold">Edenred</td></tr>'
            '<tr><td style="padding:24px 26px;font-size:14px;color:#333">' + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:4]) +
            '<p><a href="%s" style="color:#e20613;font-weight:bold">Vai all\'ordine nell\'area clienti</a></p>' % area +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[4:]) +
            '<p style="font-size:11px;color:#888"><a href="%s">Assistenza aziende</a> · Edenred Italia S.r.l., Via G.B. Pirelli 18, 20124 Milano</p>'
            '</td></tr></table></body></html>' % help_)
    plain = mime.html2text(html)
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    m.env_from = 'bounce-%d_HTML-%d-%d-%d@bounce.e.edenred.it' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9),
                                                               m.rng.randint(10 ** 6, 10 ** 7), m.rng.randint(100, 999))
    systems.gateway(m, 'mta26.e.edenred.it', '13.111.44.26', '200608', dkim_domain='edenred.it',
                    inner=[('[10.28.%d.%d] (x-exacttarget)' % (m.rng.randint(1, 250), m.rng.randint(1, 250)),
                            'mta26.e.edenred.it (mta26.e.edenred.it [13.111.44.26])', 'with ESMTP id %s' % rstr(m.rng, HEXL, 12))],
                    extra=[('x-job', '%d_%d' % (m.rng.randint(10 ** 6, 10 ** 7), m.rng.randint(10 ** 5, 10 ** 6))),
                           ('X-SFMC-Stack', '50')])
    urls(m, area, help_)
    m.fact('Phone', '02 269 04 333')
    meta(m, 'Genuine order confirmation from the employee-benefits provider: 14 Christmas gift cards of 50 EUR ordered by the office '
            'manager; codes only in the customer area.',
         'Transactional mail from the provider\'s marketing cloud (edenred.it DKIM, SPF via bounce.e.edenred.it), reflects an order she '
         'placed, no codes in the mail, links to the customer area.',
         pair=(['21-it-ceo-buoni-regalo-whatsapp.eml'], 'gift cards',
               'Gift vouchers bought through the company\'s benefits contract and assigned in a portal; the attack asks for store-bought cards and photos of the codes.'))


@message('business', 21, 'it', 'aruba-rinnovo-pec-autentico')
def b21(m):
    em = S('elena.moretti')
    sent = local('Europe/Rome', 2026, 12, 15, 3, 12, 40)
    setup(m, ('Aruba.it', 'comunicazioni@staff.aruba.it'), [('', em['addr'])],
          'Promemoria rinnovo: casella PEC examplegroupitalia@arubapec.it in scadenza il 14/01/2027', sent, zone='Europe/Rome')
    m.msgid = '%s@staff.aruba.it' % rstr(m.rng, HEXL, 32)
    area = 'https://areaclienti.aruba.it'
    guide = 'https://guide.pec.it/rinnovo-casella-pec.aspx'
    paras = ['Gentile Cliente,',
             'ti ricordiamo che la casella di Posta Elettronica Certificata examplegroupitalia@arubapec.it, associata al contratto n. '
             '7824113 intestato a EXAMPLE GROUP ITALIA S.R.L., scadrà il 14/01/2027.',
             'Sul contratto è attivo il rinnovo automatico con addebito sulla carta aziendale registrata: non devi fare nulla. Se preferisci '
             'rinnovare manualmente o modificare il metodo di pagamento, accedi all\'Area Clienti digitando tu stesso l\'indirizzo '
             'areaclienti.aruba.it nel browser.',
             'Ti ricordiamo che Aruba non chiede mai di inserire la password della casella PEC tramite link contenuti nelle e-mail.',
             'Cordiali saluti,\nAruba S.p.A.']
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0"><table align="center" width="600" '
            'style="background:#fff;border-top:5px solid #ef7d00"><tr><td style="padding:20px 30px;font-size:26px;font-weight:bold;color:#ef7d00">'
            'aruba<span style="color:#333">.it</span></td></tr><tr><td style="padding:0 30px 20px 30px;font-size:14px;color:#333">' +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras) +
            '<p>Guida: <a href="%s">Come rinnovare la casella PEC</a></p></td></tr><tr><td style="padding:14px 30px;background:#eee;'
            'font-size:11px;color:#777">Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG) – P.IVA 01573850516 · '
            '<a href="%s">Area Clienti</a></td></tr></table></body></html>' % (guide, area))
    m.body = mime.alt(m, 'java', mime.text(mime.html2text(html), 'UTF-8', 'quoted-printable'), mime.html(html, 'UTF-8', 'quoted-printable'))
    m.env_from = 'bounce-comunicazioni@staff.aruba.it'
    systems.gateway(m, 'smtp-mk04.aruba.it', '62.149.156.204', 'a1', dkim_domain='staff.aruba.it',
                    inner=[('mkt-app02.aruba.it (mkt-app02.aruba.it [10.10.8.%d])' % m.rng.randint(2, 250),
                            'smtp-mk04.aruba.it (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))])
    urls(m, area, guide)
    meta(m, 'Genuine Aruba reminder that the company\'s PEC mailbox contract renews on 14 Jan 2027; auto-renewal is active, nothing '
            'to do.',
         'From Aruba\'s own sending platform (staff.aruba.it DKIM/SPF/DMARC pass), one month ahead, correct contract number, no deadline '
         'pressure, tells the user to type the address and not to enter passwords from links.',
         pair=(['19-it-aruba-pec-rinnovo-phishing.eml'], 'PEC mailbox renewal',
               'Real Aruba platform, 30 days\' notice and auto-renewal; the phish gives 48 hours and a password form on a foreign domain.'))
