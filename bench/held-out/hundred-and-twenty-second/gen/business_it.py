"""Genuine messages 17-21 (Italian)."""
import datetime as _dt

import docs
import plat
from company import FERRETTI as FT, BRIANZA as EB, OFFICES, who, ACC
from idcheck import group4
from mime import plain, html, alt, mixed, attachment, related, inline_image
from mk import ol_html, ol_paras, ol_quote, ol_sent, esc, para_html
from spec import message
from systems import M365, Aruba
from util import rhex, rdigits

PIVA = OFFICES['IT']['ids'][0][1]
FT_SELLER = dict(name='Ferretti Trasporti S.p.A.', tagline=['Autotrasporti nazionali e internazionali · Interporto Quadrante Europa'],
                 lines=['Via del Lavoro 41', '37137 Verona (VR)', 'P.IVA ' + FT['piva'][2:], 'Tel. +39 045 861 4400'])
FT_FOOT = ['Ferretti Trasporti S.p.A. · Cap. soc. 1.200.000 i.v. · REA VR-248311 · P.IVA ' + FT['piva'][2:] +
           ' · UniCredit IBAN ' + group4(FT['acc']['iban'])]


# ------------------------------------------------------------------------------------------------ 17
@message('business', 17, 'it', 'ferretti-conferma-consegna-cmr')
def b17(s):
    s.sent('2026-10-29 16:11:52', 'IT')
    s.frm = FT['people']['colombo'][:2]
    s.to = [who('giulia.marchetti')]
    s.cc = [who('frank.wagner')]
    s.subject = 'Conferma consegna viaggio 4471/26 Koeln - Paderno Dugnano - CMR firmato'
    s.phones = ['+39 045 861 4417']
    text = ("Buonasera Giulia,\n\nvi confermo che il viaggio 4471/26 (ritiro Koeln-Muelheim 27/10, 18 bobine, 21.460 kg) "
            "è stato consegnato oggi alle 10:40 presso il vostro magazzino di Paderno Dugnano. In allegato il CMR "
            "firmato per ricevuta dal vostro magazziniere, senza riserve.\n\n"
            "Per la settimana 45 abbiamo disponibilità per due bilici sulla tratta Koeln - Milano, se vi servono "
            "fatemi sapere entro venerdì.\n\nCordiali saluti\n\nChiara Colombo\nUfficio Traffico\n"
            "Ferretti Trasporti S.p.A.\nVia del Lavoro 41 - 37137 Verona (VR)\nTel. +39 045 861 4417\n")
    cmr = docs.document(
        s, seller=dict(name='CMR - Lettera di vettura internazionale', tagline=['Convenzione CMR · esemplare per il mittente'],
                       lines=['Vettore: Ferretti Trasporti S.p.A.', 'Verona (VR)', 'N. 4471/26']),
        buyer_lines=['1 Mittente: Example Kabelwerke GmbH, Am Kabelwerk 12, 51063 Köln (DE)',
                     '2 Destinatario: Example Cavi Italia S.r.l., Via dell\'Industria 18, 20037 Paderno Dugnano (IT)',
                     '3 Luogo di consegna: Paderno Dugnano (MI)', '4 Luogo/data presa in carico: Köln, 27/10/2026'],
        title='CMR n. 4471/26 - firmato per ricevuta',
        meta=[('Motrice', 'GF 418 KX'), ('Semirimorchio', 'XA 337 BN'), ('Autista', 'M. Zanetti')],
        columns=[('Segni e numeri', 110, 'l'), ('Colli', 50, 'r'), ('Imballaggio', 90, 'l'), ('Denominazione merce', 160, 'l'), ('Peso kg', 85, 'r')],
        rows=[['EX-IT-26-0871/1-18', '18', 'bobine legno', 'Cavi elettrici FG16OR16 / FS17', '21.460']],
        totals=[('Peso lordo totale', '21.460 kg', True)],
        notes=['24 Merce ricevuta il 29/10/2026 ore 10:40 - nessuna riserva. Timbro e firma del destinatario: '
               'EXAMPLE CAVI ITALIA S.R.L. - Magazzino - F.to R. Sala'],
        footer=['Documento scansionato - originale conservato presso il vettore'], producer='RICOH IM C3000', creator='',
        author='', lang='it-IT', color=(0.2, 0.2, 0.2))
    cid = 'image001.png@01DC%s.%s' % (rhex(s.rng, 4, True), rhex(s.rng, 8, True))
    logo = docs.logo_png('FERRETTI TRASPORTI', (13, 77, 140), 260, 50, rings=False)
    hsig = '<p class="MsoNormal"><img width="260" height="50" style="width:2.7083in;height:.5208in" id="Immagine_x0020_1" src="cid:%s" alt="Ferretti Trasporti"><o:p></o:p></p>' % cid
    s.body = mixed(related(alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                               html(ol_html(ol_paras(text) + '\n' + hsig, 'iso-8859-1', 'IT'), 'iso-8859-1', 'quoted-printable')),
                           inline_image(logo, 'image001.png', cid)),
                   attachment('application/pdf', cmr, 'CMR_4471-26_firmato.pdf'))
    s.system = M365(FT['domain'], FT['tenant'], lang='it-IT')
    s.what = 'Road carrier\'s traffic office confirms the delivery of trip 4471/26 (18 cable drums) and sends the signed CMR scan.'
    s.why = 'Genuine carrier mail from its Microsoft 365 tenant (DKIM/DMARC pass), matches a real shipment, scanned CMR without links or payment data, offers capacity as usual.'
    s.pair = ['18-it-ferretti-lookalike-fattura-fermo-mezzo.eml']
    s.pair_topic = 'carrier correspondence: genuine delivery confirmation vs. look-alike domain invoice for waiting time'


# ------------------------------------------------------------------------------------------------ 18
@message('business', 18, 'it', 'ferretti-fattura-cortesia-sdi')
def b18(s):
    s.sent('2026-11-06 11:24:09', 'IT')
    s.frm = FT['people']['amm'][:2]
    s.to = [who('luca.ferraro')]
    s.subject = 'Copia di cortesia fattura n. 2026/1188 - Example Cavi Italia'
    s.phones = ['+39 045 861 4402']
    iban = FT['acc']['iban']
    text = ("Buongiorno,\n\nin allegato la copia di cortesia della fattura n. 2026/1188 del 05/11/2026 relativa ai "
            "trasporti di ottobre (viaggi 4433/26, 4452/26 e 4471/26). L'originale elettronico è stato trasmesso "
            "tramite SdI al vostro codice destinatario.\n\nPagamento come da accordi a 60 gg d.f.f.m. sul consueto "
            "conto UniCredit.\n\nCordiali saluti\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\n"
            "Tel. +39 045 861 4402\n")
    pdfb = docs.document(
        s, seller=FT_SELLER,
        buyer_lines=['Spett.le', 'EXAMPLE CAVI ITALIA S.R.L.', "Via dell'Industria 18", '20037 Paderno Dugnano (MI)', 'P.IVA ' + PIVA[2:]],
        title='FATTURA N. 2026/1188 - copia di cortesia',
        meta=[('Data documento', '05/11/2026'), ('Cod. cliente', 'C04471'), ('Pagamento', 'Bonifico 60 gg d.f.f.m.'),
              ('Scadenza', '31/01/2027')],
        columns=[('Descrizione', 285, 'l'), ('Q.tà', 50, 'r'), ('Prezzo', 80, 'r'), ('Importo', 80, 'r')],
        rows=[['Trasporto completo Koeln-Muelheim - Paderno Dugnano, viaggio 4433/26 del 06/10', '1', '1.380,00', '1.380,00'],
              ['Trasporto completo Koeln-Muelheim - Paderno Dugnano, viaggio 4452/26 del 15/10', '1', '1.380,00', '1.380,00'],
              ['Trasporto completo Koeln-Muelheim - Paderno Dugnano, viaggio 4471/26 del 27/10', '1', '1.380,00', '1.380,00'],
              ['Adeguamento gasolio ottobre (4,2%)', '1', '173,88', '173,88']],
        totals=[('Imponibile', '4.313,88', False), ('IVA 22%', '949,05', False), ('Totale documento EUR', '5.262,93', True)],
        notes=['Pagamento: bonifico su UniCredit S.p.A., IBAN %s, BIC UNCRITMMXXX.' % group4(iban),
               'Copia di cortesia priva di valore fiscale. La fattura elettronica è stata trasmessa tramite il Sistema di Interscambio (art. 21 DPR 633/72).'],
        footer=FT_FOOT, producer='TeamSystem Enterprise', creator='TeamSystem', author='', lang='it-IT', color=(0.05, 0.3, 0.55))
    s.body = mixed(alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'iso-8859-1', 'IT'), 'iso-8859-1', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'FT_2026_1188_cortesia.pdf'))
    s.system = M365(FT['domain'], FT['tenant'], lang='it-IT')
    s.what = 'Carrier\'s administration sends the courtesy copy of its October freight invoice (5.262,93 EUR); e-invoice already transmitted via SdI.'
    s.why = 'Real Ferretti tenant (DKIM/DMARC pass), usual 60-day terms, the known UniCredit IBAN, invoice matches trips confirmed by the traffic office; no urgency.'
    s.pair = ['18-it-ferretti-lookalike-fattura-fermo-mezzo.eml', '21-it-sdi-notifica-scarto-html-spid.eml']
    s.pair_topic = 'carrier invoice / e-invoicing: genuine courtesy copy vs. fake invoice on a look-alike domain and fake SdI notice'


# ------------------------------------------------------------------------------------------------ 19
@message('business', 19, 'it', 'aruba-pec-rinnovo-automatico')
def b19(s):
    s.sent('2026-12-15 06:02:44', 'IT')
    s.frm = ('Aruba.it', 'comunicazioni@staff.aruba.it')
    s.to = [who('giulia.marchetti')]
    s.subject = 'Promemoria: rinnovo automatico casella PEC examplecaviitalia@pec.it (scadenza 15/01/2027)'
    text = ("Gentile Cliente,\n\nti ricordiamo che il servizio PEC associato alla casella examplecaviitalia@pec.it "
            "scade il 15/01/2027.\n\nSul servizio è attivo il rinnovo automatico: l'addebito di 8,90 EUR + IVA "
            "avverrà sul metodo di pagamento registrato nell'Area Clienti 7 giorni prima della scadenza. Non è "
            "richiesta alcuna azione da parte tua.\n\nPuoi verificare o modificare le impostazioni di rinnovo "
            "accedendo direttamente all'Area Clienti: https://admin.aruba.it\n\n"
            "Ti ricordiamo che Aruba non richiede mai l'inserimento di credenziali o dati della carta tramite link "
            "contenuti in email. In caso di dubbi digita tu l'indirizzo del sito nel browser.\n\n"
            "Cordiali saluti,\nAruba S.p.A.\n\nAruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516\n")
    h = ('<html><body style="margin:0;background:#f5f5f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">'
         '<tr><td style="padding:18px 24px;border-bottom:3px solid #ff7500;font-size:22px;font-weight:bold;color:#ff7500">Aruba.it</td></tr>'
         '<tr><td style="padding:22px 24px">' + para_html(text, {'https://admin.aruba.it': 'https://admin.aruba.it'}) +
         '</td></tr></table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = plat.own_mta('smtpnewsletter2.staff.aruba.it', '62.149.158.91', 'staff.aruba.it', 'staff', 'IT',
                            'Aruba customer communications MTA (smtpnewsletter*.staff.aruba.it, 62.149.158.0/24), DKIM d=staff.aruba.it',
                            style='java', env='bounce-comunicazioni@staff.aruba.it', inner='crm-mailer02')
    s.what = 'Aruba reminder that the Italian office\'s PEC mailbox renews automatically on 15/01/2027; no action needed.'
    s.why = 'Genuine provider notice from staff.aruba.it infrastructure (DKIM/DMARC pass), correct mailbox and realistic date, no action requested, link only to admin.aruba.it, warns against credential links.'
    s.pair = ['19-it-aruba-pec-scadenza-phpmailer.eml']
    s.pair_topic = 'PEC renewal notice: genuine automatic-renewal reminder vs. "renewal failed" phishing from a hacked website'


# ------------------------------------------------------------------------------------------------ 20
@message('business', 20, 'it', 'brianza-ordine-4417-pdf')
def b20(s):
    s.sent('2026-11-30 17:05:21', 'IT')
    s.frm = EB['people']['galli'][:2]
    s.to = [('Ordini Example Cavi', 'ordini@example.com')]
    s.cc = [who('giulia.marchetti')]
    s.subject = 'Ordine n. 4417 del 30/11/2026'
    s.phones = ['+39 039 238 5416']
    text = ("Buonasera,\n\nin allegato il nostro ordine n. 4417 (FG16OR16 e FS17) con consegna richiesta per la "
            "settimana 50 presso il nostro magazzino di Monza. Prezzi come da vostra offerta OF-IT-2026-318 del "
            "12/11.\n\nVi chiediamo gentilmente conferma d'ordine con data di consegna.\n\nCordiali saluti\n\n"
            "Roberto Galli\nUfficio Acquisti\nElettroimpianti Brianza S.r.l.\nViale Lombardia 212 - 20900 Monza (MB)\n"
            "Tel. +39 039 238 5416\n")
    pdfb = docs.document(
        s, seller=dict(name='Elettroimpianti Brianza S.r.l.', tagline=['Materiale elettrico · impianti industriali'],
                       lines=['Viale Lombardia 212', '20900 Monza (MB)', 'P.IVA ' + EB['piva'][2:]]),
        buyer_lines=['Spett.le', 'EXAMPLE CAVI ITALIA S.R.L.', "Via dell'Industria 18", '20037 Paderno Dugnano (MI)'],
        title='ORDINE DI ACQUISTO N. 4417',
        meta=[('Data', '30/11/2026'), ('Vs. offerta', 'OF-IT-2026-318'), ('Consegna', 'sett. 50/2026'), ('Pagamento', 'RB 60 gg f.m.')],
        columns=[('Cod.', 60, 'l'), ('Descrizione', 245, 'l'), ('Q.tà (m)', 65, 'r'), ('Prezzo/m', 60, 'r'), ('Importo', 65, 'r')],
        rows=[['FG16-325', 'FG16OR16 0,6/1 kV 3G2,5 mm² - bobina 500 m', '3.000', '1,42', '4.260,00'],
              ['FG16-516', 'FG16OR16 0,6/1 kV 5G16 mm² - bobina 250 m', '750', '9,86', '7.395,00'],
              ['FS17-150', 'FS17 450/750 V 1x1,5 mm² nero - matassa 100 m', '5.000', '0,21', '1.050,00']],
        totals=[('Totale imponibile EUR', '12.705,00', True)],
        notes=['Consegna: Viale Lombardia 212, Monza - orario 8:00-12:00. Indicare il n. d\'ordine sul DDT.'],
        footer=['Elettroimpianti Brianza S.r.l. · Viale Lombardia 212 · 20900 Monza (MB) · REA MB-1874120'],
        producer='Microsoft® Excel® 2019', creator='Microsoft® Excel® 2019', author='Roberto Galli', lang='it-IT',
        color=(0.0, 0.4, 0.25))
    s.body = mixed(alt(plain(text, 'windows-1252', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'Ordine_4417_Elettroimpianti_Brianza.pdf'))
    s.system = Aruba(client='outlook')
    s.what = 'Customer Elettroimpianti Brianza sends purchase order 4417 (FG16OR16/FS17 cable) as PDF to the order desk.'
    s.why = 'Known buyer from the customer\'s own domain through its usual Aruba mailbox and Outlook, refers to a real offer number, PDF order without links; payment by bank receipt (RB), no bank details to change.'
    s.pair = ['20-it-canva-design-condiviso-abuso.eml']
    s.pair_topic = 'customer order 4417: genuine PDF order from the buyer\'s domain vs. Canva share impersonating the same buyer'


# ------------------------------------------------------------------------------------------------ 21
@message('business', 21, 'it', 'intesa-inbiz-esito-bonifico')
def b21(s):
    s.sent('2026-12-18 12:31:06', 'IT')
    s.frm = ('Intesa Sanpaolo', 'inbiz@intesasanpaolo.com')
    s.to = [who('luca.ferraro')]
    s.subject = 'Inbiz - Esito disposizione: bonifico SEPA eseguito'
    text = ("Gentile Cliente,\n\nla informiamo che la disposizione n. 2026/000418 inserita su Inbiz per EXAMPLE CAVI "
            "ITALIA S.R.L. è stata eseguita.\n\nTipo: bonifico SEPA\nBeneficiario: FERRETTI TRASPORTI S.P.A.\n"
            "Importo: EUR 5.262,93\nData esecuzione: 18/12/2026\nConto di addebito: ****12345\n\n"
            "Per i dettagli acceda a Inbiz digitando l'indirizzo www.intesasanpaolo.com nel suo browser. Per la sua "
            "sicurezza non inseriamo mai link di accesso nelle nostre comunicazioni.\n\n"
            "Cordiali saluti\nIntesa Sanpaolo S.p.A.\n\nQuesto messaggio è generato automaticamente, la preghiamo di non rispondere.\n")
    s.body = alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                 html('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333"><div style="border-top:4px solid #00833e;padding:14px 0">'
                      '<b style="color:#00833e;font-size:16px">Intesa Sanpaolo &middot; Inbiz</b></div>' + para_html(text) + '</body></html>\n',
                      'iso-8859-1', 'quoted-printable'))
    s.system = plat.cisco_esa('esa-mi02.intesasanpaolo.com', '198.51.100.97', 'intesasanpaolo.com', 'isp2025', 'IT',
                              'inbiz-notify01.intesasanpaolo.com',
                              'Intesa Sanpaolo notification service behind Cisco Secure Email (esa-mi02.intesasanpaolo.com [198.51.100.97])',
                              env='bounce-inbiz@intesasanpaolo.com')
    s.what = 'Intesa Sanpaolo corporate-banking (Inbiz) notification that a SEPA transfer to the carrier (5.262,93 EUR) was executed.'
    s.why = 'Genuine bank notification: bank\'s own domain behind its Cisco ESA, DKIM/DMARC pass, transaction matches the Ferretti invoice in business/18, masked account number and no links at all.'
    s.pair = ['24-pl-mbank-companynet-sendgrid-zwsp.eml', '33-el-winbank-business-ses-authenticator.eml']
    s.pair_topic = 'corporate-banking notices: genuine link-free execution notice vs. phishing demanding re-verification'
