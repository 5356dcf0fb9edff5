"""Genuine business messages 17-40 (Italian, Polish, Spanish, Greek, Russian)."""
from common import *
from business_de_en import internal_headers

ELMONT_TENANT = '3e6a91c7-54b2-4f08-8d1a-c27e90b4f615'
HCARGO_TENANT = 'd41c07a9-8e35-4b2f-a6d0-5f93e1c2b847'


def A(key, cs='UTF-8', enc='B'):
    n, e = S(key)
    return addr(n, e, cs, enc)


def aruba_route(m, client_name, client_ip, host='smtpdh20-1.aruba.it', ip='62.149.155.160'):
    return routes.custom(m, host, host, ip, [
        ('from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; {date}' % (client_name, client_ip, b64s(m.rng, 22, AL)), 1, 'IT', False)],
        tls='1.3')


def homepl_route(m, client_ip, host='cloudserver071245.home.pl', ip='79.96.170.12'):
    return routes.custom(m, host, host, ip, [
        ('from [192.168.10.23] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id {qid}\n\tfor <{rcpt}>; {date}' % (client_ip, host), 1, 'PL', True)],
        tls='1.3')


def yandex_route(m, fwd='forward100a.mail.yandex.net', fwd_ip='178.154.239.79', inner=None):
    hop_in = inner or 'mail-nwsmtp-smtp-production-main-41.sas.yp-c.yandex.net'
    return routes.custom(m, fwd, fwd, fwd_ip, [
        ('from %s (%s [IPv6:2a02:6b8:c08:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <{rcpt}>; {date}'
         % (hop_in, hop_in, m.rng.randrange(0x1000, 0xffff), m.rng.randrange(0x1000, 0xffff), fwd, hexs(m.rng, 10, True)), 2, 'RU', False),
        ('by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t{date}' % (hop_in, b64s(m.rng, 12, AL), b64s(m.rng, 8, AL)), 1, 'RU', False)],
        tls='1.3')


# ================================================================ ITALIAN
def b17():
    m = Msg('business', 17, 'it', 'ferretti-fattura-copia-cortesia', '2026-11-04 10:06:33', 'IT',
            'francesca.gallo@example.com', 'amministrazione@ferretti-trasporti.it')
    m.route = aruba_route(m, 'PCAMM02', '93.63.214.17')
    imp = 6212.00
    iva = round(imp * 0.22, 2)
    tot = imp + iva
    src = """Gentile Cliente,

in allegato Vi trasmettiamo copia di cortesia della fattura n. 2026/FT/0912 del 31/10/2026 relativa ai trasporti di ottobre (8 viaggi Unterschleißheim–Cinisello Balsamo, riepilogo in allegato).

L'originale è stato trasmesso tramite SdI al Vostro codice destinatario.

Imponibile € {IMP} – IVA 22% € {IVA} – Totale € {TOT}
Pagamento: bonifico 60 gg d.f.f.m. sulle consuete coordinate Intesa Sanpaolo (IBAN {IBAN}), invariate.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 – 20090 Segrate (MI)
Tel. 02 2187 4400 – P.IVA {PIVA}
"""
    src = (src.replace('{IMP}', fmt_eur_de(imp)).replace('{IVA}', fmt_eur_de(iva)).replace('{TOT}', fmt_eur_de(tot))
           .replace('{IBAN}', IB(BANK['ferretti'])).replace('{PIVA}', VAT['ferretti'][2:]))
    a = alt(m, src, 'windows-1252', 'quoted-printable', style='outlook', lang='IT', label='windows-1252', boundary=b_outlook_desktop(m, 1))
    trips = [('02/10', 'Unterschleißheim → Cinisello B.', '13 pallet', 790.0), ('07/10', 'Unterschleißheim → Cinisello B.', '9 pallet', 745.0),
             ('09/10', 'Unterschleißheim → Cinisello B.', '16 pallet', 820.0), ('14/10', 'Unterschleißheim → Cinisello B.', '11 pallet', 760.0),
             ('16/10', 'Unterschleißheim → Cinisello B.', '14 pallet', 790.0), ('21/10', 'Unterschleißheim → Cinisello B.', '8 pallet', 745.0),
             ('23/10', 'Unterschleißheim → Cinisello B.', '12 pallet', 772.0), ('28/10', 'Unterschleißheim → Cinisello B.', '15 pallet', 790.0)]
    fatt = pdf_att([('H', 'FERRETTI TRASPORTI S.p.A.'), ('S', "Via dell'Industria 27 - 20090 Segrate (MI) - P.IVA %s - Cap. soc. € 1.200.000 i.v." % VAT['ferretti'][2:]), '',
                    ('B', 'FATTURA N. 2026/FT/0912 del 31/10/2026'), ('S', 'Copia di cortesia - documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72; originale trasmesso via SdI'), '',
                    'Cliente: Example Group Italia S.r.l. - Viale Fulvio Testi 11 - 20092 Cinisello Balsamo (MI)', 'P.IVA %s' % VAT['eg_it'][2:], ''] +
                   [('M', '%-6s %-34s %-10s € %9s' % (d, r, p, fmt_eur_de(v))) for d, r, p, v in trips] +
                   ['', ('M', 'Imponibile            € %s' % fmt_eur_de(imp)), ('M', 'IVA 22%%               € %s' % fmt_eur_de(iva)),
                    ('M', 'Totale documento      € %s' % fmt_eur_de(tot)), '',
                    'Pagamento: bonifico 60 gg d.f.f.m. - Intesa Sanpaolo - IBAN %s' % IB(BANK['ferretti'])],
                   'FT_2026_0912_copia_cortesia.pdf', title='Fattura 2026/FT/0912', creator='TeamSystem Gamma', producer='TeamSystem PDF',
                   created=pdf_date(m, minutes_before=60 * 24 * 3))
    assert abs(sum(t[3] for t in trips) - imp) < 0.01
    m.body = Multi('mixed', [a, fatt], b_outlook_desktop(m, 0), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'))
    m.h('To', addr('Francesca Gallo', 'francesca.gallo@example.com', quote=True))
    m.h('Subject', 'Invio fattura n. 2026/FT/0912 del 31/10/2026 - Ferretti Trasporti S.p.A.')
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'ferretti-trasporti.it'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'it')
    m.h('X-CMAE-Envelope', 'MS4xfB' + b64s(m.rng, 66, AL + '+/'))
    m.what = 'Genuine carrier invoice: courtesy copy of Ferretti Trasporti invoice 2026/FT/0912 (7,578.64 EUR) as PDF, original via SdI, IBAN unchanged.'
    m.why = 'Sent by amministrazione@ferretti-trasporti.it from the carrier\'s office line via Aruba, plain PDF, itemised trips, known Intesa Sanpaolo IBAN.'
    m.hn_note = 'Invoices from the same carrier; genuine = amministrazione@ on the real domain, PDF (not encrypted ZIP), unchanged Italian IBAN.'
    return m


def b18():
    m = Msg('business', 18, 'it', 'ferretti-traffico-slot-consegna', '2026-11-10 15:52:10', 'IT',
            'alessandro.ricci@example.com', 'c.colombo@ferretti-trasporti.it')
    m.route = aruba_route(m, 'PCTRAFFICO01', '93.63.214.17')
    body = """Buongiorno Alessandro,

confermo il ritiro di mercoledì 11/11 presso il magazzino di Unterschleißheim (rampa 4, finestra 13:00-15:00) e la consegna da Voi a Cinisello Balsamo giovedì 12/11 tra le 8:00 e le 10:00.

Mezzo: bilico centinato con sponda, targa GF 482 LT, autista sig. Davide Rossi (cell. 347 218 9904).
Merce: 14 pallet secondo avviso di spedizione DE-2026-11-0388 (peso lordo ca. 6.300 kg). In allegato la bozza del CMR e il DDT dei resi per controllo.

Per il rientro di venerdì 13/11 avete ancora i 6 pallet di resi per Monaco? Se sì, Vi chiedo di prepararli con il DDT e il CMR in triplice copia.

Cordiali saluti
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Tel. 02 2187 4410
"""
    cmr1 = pdf(['CMR - Lettera di vettura internazionale / Internationaler Frachtbrief', '',
                'N. CMR: FT-26-11-0388', 'Mittente: Example Group GmbH, Max-Planck-Straße 12, 85716 Unterschleißheim',
                'Destinatario: Example Group Italia S.r.l., Viale Fulvio Testi 11, 20092 Cinisello Balsamo (MI)',
                'Vettore: Ferretti Trasporti S.p.A. - targa GF 482 LT', 'Merce: 14 pallet componenti elettronici, 6.300 kg lordi',
                'Avviso di spedizione: DE-2026-11-0388', '', '(copia scansionata - bozza precompilata)'],
               title='CMR FT-26-11-0388', creator='Canon iR-ADV C3826', producer='Canon iR-ADV C3826 PDF',
               created=pdf_date(m, minutes_before=30))
    cmr2 = pdf(['DDT resi - bozza', '', 'Mittente: Example Group Italia S.r.l. - Cinisello Balsamo',
                'Destinatario: Example Group GmbH - Unterschleißheim', 'Colli: 6 pallet resi RMA-IT-2026-0419..0431',
                'Ritiro previsto: venerdì 13/11/2026'],
               title='DDT resi', creator='Canon iR-ADV C3826', producer='Canon iR-ADV C3826 PDF',
               created=pdf_date(m, minutes_before=28))
    zdata = make_zip([('CMR_FT-26-11-0388.pdf', cmr1, (2026, 11, 10, 15, 20, 2)),
                      ('DDT_resi_13-11_bozza.pdf', cmr2, (2026, 11, 10, 15, 22, 40))], seed='b18')
    m.body = Multi('mixed', [plain(body, 'iso-8859-15', '8bit', label='iso-8859-15'),
                             Att(zdata, 'application/x-zip-compressed', 'Documenti_viaggio_11-11.zip',
                                 note='not encrypted; two scanned-document PDFs')],
                   b_outlook_desktop(m, 0), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Chiara Colombo', 'c.colombo@ferretti-trasporti.it', quote=True))
    m.h('To', addr('Alessandro Ricci', 'alessandro.ricci@example.com', quote=True))
    m.h('Subject', 'Ritiro 11/11 e consegna 12/11 - slot e documenti')
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'ferretti-trasporti.it'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'it')
    m.h('X-CMAE-Envelope', 'MS4xfB' + b64s(m.rng, 66, AL + '+/'))
    m.what = 'Genuine operational mail from the carrier\'s traffic office: pick-up and delivery slots, truck and driver, CMR documents.'
    m.why = 'Known contact on the real domain from the carrier\'s office IP via Aruba, plain text from Outlook, operational details only; the (unencrypted) ZIP holds two scanned PDFs.'
    return m


def b19():
    m = Msg('business', 19, 'it', 'aruba-fatturazione-nuova-fattura', '2026-11-02 07:41:55', 'IT',
            'francesca.gallo@example.com', 'noreply@fatturazioneelettronica.aruba.it')
    m.route = routes.custom(m, 'smtpweb139.aruba.it', 'smtpweb139.aruba.it', '62.149.158.139', [
        ('from fe-notify-02.aruba.it (fe-notify-02.aruba.it [10.125.20.42])\n\tby smtpweb139.aruba.it (Postfix) with ESMTP id {qid}\n\tfor <francesca.gallo@example.com>; {date}', 1, 'IT', True)],
        tls='1.3')
    src = """Gentile Cliente,

ti informiamo che nel pannello di Fatturazione Elettronica è disponibile una nuova fattura ricevuta tramite il Sistema di Interscambio.

|Dato|Valore|
|Fornitore|FERRETTI TRASPORTI S.P.A.|
|Partita IVA|{PIVA}|
|Numero|2026/FT/0912|
|Data|31/10/2026|
|Identificativo SdI|18196627340|

Per visualizzarla accedi al pannello da [a:fatturazioneelettronica.aruba.it|https://fatturazioneelettronica.aruba.it/].

Cordiali saluti
Aruba S.p.A.

Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.
"""
    m.body = alt(m, src.replace('{PIVA}', VAT['ferretti'][2:]), 'iso-8859-1', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='Aruba Fatturazione Elettronica', color='#e06c00', lang='it', title='Aruba',
                            footer='Aruba S.p.A. · Via San Clemente 53 · 24036 Ponte San Pietro (BG) · P.IVA 01573850516'))
    m.h('Date', m.date())
    m.h('From', addr('Aruba Fatturazione Elettronica', 'noreply@fatturazioneelettronica.aruba.it'))
    m.h('To', addr(None, 'francesca.gallo@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d@fe-notify-02.aruba.it>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(100, 9999), int(m.t.timestamp() * 1000)))
    m.h('Subject', 'Nuova fattura ricevuta da FERRETTI TRASPORTI S.P.A.')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine notification from the company\'s e-invoicing intermediary (Aruba) that an SdI invoice was received.'
    m.why = 'Aruba infrastructure, matches the carrier invoice of the same week, only link is the Aruba panel; no deadline, no sanction threat.'
    m.hn_note = 'SdI/e-invoice notification; genuine = the intermediary\'s own domain, informational, no login prompt.'
    return m


def b20():
    m = Msg('business', 20, 'it', 'google-avviso-sicurezza-nuovo-accesso', '2026-10-19 08:03:41', 'IT',
            'marco.esposito@examplegroup.eu', '3XYz0ZgsMBd4Dp6dQ-aZsP1s7c0A.GJI@gaia.bounces.google.com')
    m.route = routes.custom(m, 'mail-sor-f73.google.com', 'mail-sor-f73.google.com', '209.85.220.73', [
        ('by mail-sor-f73.google.com with SMTPS id 2adb3069b0e04-%sso%d.3\n        for <marco.esposito@examplegroup.eu>\n        (Google Transport Security);\n        {date}' % (hexs(m.rng, 13), m.rng.randrange(10**8, 10**9)), 1, 'PT', True)],
        tls='1.3b', extra=[('X-Received', 'by 2002:a05:6512:%x:b0:%x:%x with SMTP id %s.%d;\n        %s' % (
            m.rng.randrange(0x1000, 0xffff), m.rng.randrange(0x100, 0xfff), m.rng.randrange(0x1000, 0xffff), hexs(m.rng, 16), m.rng.randrange(10, 99),
            rfcdate(m.t, 'PT', True)))])
    eid = b64s(m.rng, 22, AL + '-_')
    src = """**Nuovo accesso su Windows**
marco.esposito@examplegroup.eu

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

[btn:Controlla l'attività|https://accounts.google.com/AccountChooser?Email=marco.esposito@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0]

Puoi anche controllare l'attività relativa alla sicurezza all'indirizzo
https://myaccount.google.com/notifications

Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (int(m.t.timestamp() * 1000), eid)
    m.body = alt(m, src, 'UTF-8', 'quoted-printable', style='brand', boundary=b_gmail(m),
                 brand=dict(brand='Google', color='#4285f4', btn='#1a73e8', lang='it', title='Avviso di sicurezza', footer=''))
    m.h('MIME-Version', '1.0')
    m.h('Date', m.date('UTC').replace('+0000', '+0000'))
    m.h('Message-ID', '<%s@notifications.google.com>' % b64s(m.rng, 22, AL + '-_'))
    m.h('Subject', 'Avviso di sicurezza')
    m.h('From', addr('Google', 'no-reply@accounts.google.com'))
    m.h('To', addr(None, 'marco.esposito@examplegroup.eu'))
    m.h('@CT', None)
    m.h('X-Notifications', 'GAMMA:<%s@notifications.google.com>' % b64s(m.rng, 22, AL + '-_'))
    m.h('X-Notifications-Bounce-Key', '%s' % b64s(m.rng, 24, AL + '-_'))
    m.what = 'Genuine Google security alert ("new sign-in on Windows") for the Google account registered with a company address.'
    m.why = 'Sent from mail-sor (Google notifications infrastructure), links only to accounts.google.com / myaccount.google.com, informational wording.'
    return m


def b21():
    m = Msg('business', 21, 'it', 'it-interno-supporto-remoto-avviso', '2026-11-16 11:20:37', 'IT',
            'marco.esposito@examplegroup.eu', 'alessandro.ricci@example.com')
    m.route = routes.internal(m, client_ip='10.31.2.18')
    src = """Ciao a tutti,

dal 24 al 26 novembre Thomas Hoffmann e un collega dell'IT di Monaco saranno in ufficio per sostituire i portatili più vecchi. Il calendario con gli orari per ciascuno è nella cartella condivisa «Milano\\IT\\Sostituzione 2026».

Approfitto per ricordarvi come riconoscere il supporto IT vero:
- l'assistenza remota parte solo da un ticket che avete aperto voi su servicedesk.example.com;
- l'IT non vi contatterà mai su Teams da account esterni (Teams li segnala come «Esterno») e non vi chiederà di avviare Assistenza rapida o di comunicare codici;
- in caso di ondate di e-mail indesiderate (decine di iscrizioni a newsletter in pochi minuti) aprite un ticket e non rispondete a chiamate o chat di presunti tecnici.

Per dubbi chiamate me o direttamente il servicedesk al +49 89 3704 4400.

Grazie e buona giornata
Alessandro

Alessandro Ricci
Office Manager | Example Group Italia S.r.l.
Viale Fulvio Testi 11 - 20092 Cinisello Balsamo (MI)
"""
    m.body = alt(m, src, 'iso-8859-15', 'quoted-printable', style='outlook', lang='IT', label='iso-8859-15', boundary=b_outlook(m, 0))
    m.h('From', A('it_mgr', 'iso-8859-15', 'Q'))
    m.h('To', addr('Tutti Milano', 'tutti-milano@example.com'))
    subj = 'Sostituzione portatili 24-26/11 e assistenza remota: come riconoscere il supporto IT'
    m.h('Subject', subj)
    internal_headers(m, subj, lang='it-IT', client_ip='10.31.2.18')
    m.what = 'Genuine internal notice of the Milan office manager: laptop replacement dates and how to recognise real IT support (tickets only, no external Teams calls, no Quick Assist on request).'
    m.why = 'Internal route via Exchange and mail-int01, distribution list, no links except the known service desk, explicitly warns about the Teams/Quick Assist pretext.'
    m.hn_note = 'IT-support / remote-assistance topic; genuine internal notice warns against external Teams "helpdesk" calls.'
    return m


# ================================================================ POLISH
def b22():
    m = Msg('business', 22, 'pl', 'partner-logistik-faktura-ksef-mpp', '2026-11-06 09:27:15', 'PL',
            'pawel.kowalczyk@examplegroup.eu', 'ksiegowosc@partner-logistik.pl')
    m.route = homepl_route(m, '31.179.42.118')
    netto = 25759.64
    vat = round(netto * 0.23, 2)
    brutto = round(netto + vat, 2)
    ksef = '%s-20261105-%s-%s' % (VAT['plog'][2:], hexs(m.rng, 12, True), hexs(m.rng, 2, True))

    def pln(x):
        return ('{:,.2f}'.format(x)).replace(',', ' ').replace('.', ',')
    body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0457 z dnia 05.11.2026 za usługi magazynowe i obsługę logistyczną w październiku 2026 r.

Faktura została wystawiona w KSeF, numer KSeF: %s

Kwota netto: %s zł
VAT 23%%: %s zł
Kwota brutto: %s zł
Termin płatności: 05.12.2026

Prosimy o zapłatę w mechanizmie podzielonej płatności na rachunek w PKO BP S.A.:
%s
(rachunek widnieje w wykazie podatników VAT).

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Strzegomska 236, 54-432 Wrocław
NIP %s
""" % (ksef, pln(netto), pln(vat), pln(brutto), ids.pl_nrb(BANK['plog']), VAT['plog_nip'])
    fv = pdf_att([('H', 'Partner Logistik sp. z o.o.'), ('S', 'ul. Strzegomska 236, 54-432 Wrocław · NIP %s' % VAT['plog_nip']), '',
                  ('B', 'FAKTURA VAT FV/2026/11/0457'), ('S', 'Wizualizacja faktury ustrukturyzowanej · Numer KSeF: %s' % ksef),
                  'Data wystawienia: 05.11.2026    Data wykonania usługi: 31.10.2026', '',
                  'Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, NIP %s' % VAT['eg_pl'], '',
                  ('M', 'Lp  Nazwa usługi                                   J.m.   Ilość     Netto [zł]'),
                  ('M', '1   Składowanie - miejsca paletowe (październik)    m-c       412    14 832,00'),
                  ('M', '2   Kompletacja i wydania (linie zamówień)           szt.     3 871     7 741,64'),
                  ('M', '3   Przyjęcia towaru (palety)                        szt.       198     2 376,00'),
                  ('M', '4   Etykietowanie / VAS                              szt.       270       810,00'), '',
                  ('M', 'Razem netto: %s zł   VAT 23%%: %s zł   Brutto: %s zł' % (pln(netto), pln(vat), pln(brutto))), '',
                  'Mechanizm podzielonej płatności', 'Rachunek: PKO BP S.A. %s' % ids.pl_nrb(BANK['plog']), 'Termin płatności: 05.12.2026'],
                 'FV_2026_11_0457.pdf', title='FV/2026/11/0457', creator='Comarch ERP Optima', producer='Comarch ERP Optima 2026.2',
                 created=pdf_date(m, minutes_before=60 * 20))
    assert abs(14832 + 7741.64 + 2376 + 810 - netto) < 0.01
    m.body = Multi('mixed', [plain(body, 'iso-8859-2', 'quoted-printable', label='iso-8859-2'), fv], b_outlook_desktop(m, 0),
                   preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl', 'iso-8859-2', 'Q'))
    m.h('To', addr('Paweł Kowalczyk', 'pawel.kowalczyk@examplegroup.eu', 'iso-8859-2', 'Q'))
    m.h('Subject', 'Faktura FV/2026/11/0457 - Partner Logistik sp. z o.o.')
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'partner-logistik.pl'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'pl')
    m.what = 'Genuine logistics-partner invoice FV/2026/11/0457 (%s PLN gross) with KSeF number, split payment to the known PKO BP account on the VAT white list.' % pln(brutto)
    m.why = 'Real domain partner-logistik.pl via home.pl from the partner\'s office IP; KSeF number, MPP and white-listed account - all the controls the look-alike tries to avoid.'
    m.hn_note = 'Same partner and KSeF/payment topic; genuine = real domain, KSeF number, split payment to the white-listed account.'
    return m


def b23():
    m = Msg('business', 23, 'pl', 'partner-logistik-awizacja-dostawy', '2026-11-17 14:05:48', 'PL',
            'malgorzata.wojcik@example.com', 't.zielinski@partner-logistik.pl')
    m.route = homepl_route(m, '31.179.42.118')
    src = """Dzień dobry Pani Małgorzato,

potwierdzam awizację dostawy na jutro, 18.11, do magazynu Wrocław-Bielany:

|Przewoźnik|Okno|Palety|Dokument|
|Ferretti Trasporti (GF 482 LT)|07:30–09:00|18|DE-2026-11-0412|
|DHL Freight|11:00–12:00|4|DHL 7731 9920 4412|

Rampa nr 3. Kierowca zgłasza się na bramie z numerem awizacji AW-1811-07.

Proszę jeszcze o potwierdzenie, czy 2 palety z kondensatorami dla Elmont-Pomiar mamy od razu przepakować na wysyłkę (kompletacja jutro po 13:00), czy mają czekać na zamówienie.

Pozdrawiam
Tadeusz Zieliński
Kierownik Magazynu
Partner Logistik sp. z o.o.
tel. +48 71 358 22 40
"""
    m.body = alt(m, src, 'windows-1250', 'quoted-printable', style='outlook', lang='PL', label='windows-1250', boundary=b_outlook_desktop(m, 1))
    m.h('From', addr('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'windows-1250', 'Q'))
    m.h('To', addr('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'windows-1250', 'Q'))
    m.h('Subject', text_header('Awizacja dostaw 18.11 – magazyn Bielany', 'windows-1250', 'Q'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'partner-logistik.pl'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'pl')
    m.what = 'Genuine warehouse notice from the logistics partner: delivery slots for tomorrow, ramp and advice number, question about picking.'
    m.why = 'Known contact on the real domain, same office IP and home.pl relay as the partner\'s invoices, operational content without links or attachments.'
    return m


def b24():
    m = Msg('business', 24, 'pl', 'reklamacja-klienta-kondensatory', '2026-11-13 10:44:02', 'PL',
            'malgorzata.wojcik@example.com', 'eltron.wisniewski@wp.pl')
    m.route = routes.custom(m, 'mx.wp.pl', 'mx4.wp.pl', '212.77.101.12', [
        ('(wp-smtpd smtp.wp.pl 14322 invoked from network); {date}', 2, 'PL', False),
        ('from 83-28-114-77.dynamic.chello.pl (HELO [192.168.1.14]) (eltron.wisniewski@wp.pl@[83.28.114.77])\n'
         '          (envelope-sender <eltron.wisniewski@wp.pl>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n'
         '          for <malgorzata.wojcik@example.com>; {date}', 1, 'PL', False)], tls='1.3')
    body = """Dzień dobry Pani Małgorzato,

w dostawie z 12.11 (WZ/2026/11/1182, nasze zamówienie ZAM/117/2026) zamiast kondensatorów MLCC 100 nF 50 V X7R w obudowie 0805 dostaliśmy obudowę 0603 (2 rolki po 4000 szt.). Etykieta na rolce jest prawidłowa (0805), ale na taśmie są elementy 0603 – zdjęcie etykiety w załączniku.

Przez to stoi nam linia SMT na zleceniu dla klienta z Opola. Bardzo proszę o pilną wymianę jeszcze w tym tygodniu i odbiór błędnych rolek. Jeżeli to możliwe, prosimy o wysyłkę kurierem na jutro rano.

Proszę o informację, czy mam wypełnić Państwa formularz reklamacyjny.

Z poważaniem
Jan Wiśniewski
Zakład Elektroniki ELTRON
ul. Oleska 112, 45-231 Opole
tel. 604 218 331
"""

    def px(x, y):
        if 18 <= y < 22 or 98 <= y < 102:
            return (30, 30, 30)
        if 30 <= y < 90 and 20 <= x < 300:
            if (x // 3 + y // 7) % 5 == 0 and 30 <= y < 60:
                return (20, 20, 20)
            if 66 <= y < 86 and (x % 6) < 3:
                return (10, 10, 10)
            return (245, 245, 240)
        return (228, 224, 212)
    photo = qr.rgb_png(320, 120, px)
    m.body = Multi('mixed', [plain(body, 'UTF-8', 'quoted-printable', quoted=False, extra='; format=flowed'),
                             Att(photo, 'image/png', 'etykieta_rolka_0805.png')], b_tb(m))
    m.h('Message-ID', '<%s@wp.pl>' % uuid(m.rng))
    m.h('Date', m.date())
    m.h('MIME-Version', '1.0')
    m.h('User-Agent', 'Mozilla Thunderbird')
    m.h('Content-Language', 'pl')
    m.h('To', addr('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'UTF-8', 'Q'))
    m.h('From', addr('Jan Wiśniewski', 'eltron.wisniewski@wp.pl', 'UTF-8', 'Q'))
    m.h('Subject', text_header('Reklamacja – WZ/2026/11/1182 – niezgodna obudowa kondensatorów', 'UTF-8', 'Q'))
    m.h('@CT', None)
    m.h('X-WP-MailID', hexs(m.rng, 32))
    m.what = 'Genuine customer complaint from a small EMS company on consumer mail (wp.pl): wrong MLCC package delivered, line stopped, photo of the reel label attached.'
    m.why = 'Long-standing small customer using his wp.pl address, references real delivery note and order, asks for replacement goods - no payment, no link.'
    return m


def b25():
    m = Msg('business', 25, 'pl', 'newsletter-elektronika-b2b-freshmail', '2026-11-26 07:30:05', 'PL',
            'malgorzata.wojcik@example.com', 'bounce-%s@fmbounce.freshmail.pl' % 'c8a71f2e4b')
    m.route = routes.custom(m, 'smtp7.freshmail.pl', 'smtp7.freshmail.pl', '185.57.84.17', [
        ('from fm-mta-app03 (unknown [10.11.4.23])\n\tby smtp7.freshmail.pl (Postfix) with ESMTP id {qid}\n\tfor <malgorzata.wojcik@example.com>; {date}', 1, 'PL', True)],
        tls='1.3')
    hsh = hexs(m.rng, 10)

    def trk():
        return 'https://elektronikab2b.fmclick.pl/c/%s/%s' % (hsh, hexs(m.rng, 16))
    src = """**Elektronika B2B** – newsletter nr 47/2026

**Ceny pamięci DRAM i NAND dalej w górę**
Producenci zapowiadają kolejne podwyżki kontraktowe na I kwartał 2027 r.; dystrybutorzy raportują wydłużenie terminów dostaw modułów DDR4 do 20 tygodni. [a:Czytaj dalej|%s]

**MLCC: rynek stabilny, ale obudowy 0201 pod presją**
Ogólnego przeznaczenia kondensatory ceramiczne są dostępne od ręki, napięcie widać tylko w miniaturowych obudowach i wersjach automotive. [a:Czytaj dalej|%s]

**KSeF po pierwszym roku – doświadczenia firm z branży**
Jak dystrybutorzy i EMS-y poradzili sobie z obowiązkowym KSeF? Rozmowa z ekspertami. [a:Czytaj dalej|%s]

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Elektronika B2B.
[a:Wypisz się|https://elektronikab2b.fmclick.pl/u/%s/%s] · [a:Zmień ustawienia|https://elektronikab2b.fmclick.pl/p/%s/%s]
Elektronika B2B · ul. Grzybowska 87 · 00-844 Warszawa
""" % (trk(), trk(), trk(), hsh, hexs(m.rng, 16), hsh, hexs(m.rng, 16))
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_hex(m, 40),
                 brand=dict(brand='Elektronika B2B', color='#1b365d', lang='pl', title='Elektronika B2B', footer='© 2026 Elektronika B2B'))
    m.h('Date', m.date())
    m.h('From', addr('Elektronika B2B', 'newsletter@elektronikab2b.pl'))
    m.h('Reply-To', addr(None, 'redakcja@elektronikab2b.pl'))
    m.h('To', addr(None, 'malgorzata.wojcik@example.com'))
    m.h('Subject', text_header('Elektronika B2B 47/2026: ceny pamięci w górę, MLCC stabilnie', 'utf-8', 'Q'))
    m.h('Message-ID', '<%s.%s@freshmail.pl>' % (hsh, hexs(m.rng, 20)))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'FreshMail')
    m.h('X-FM-Campaign', hsh)
    m.h('List-Unsubscribe', '<https://elektronikab2b.fmclick.pl/u/%s/%s>, <mailto:unsubscribe-%s@fmunsub.freshmail.pl>' % (hsh, hexs(m.rng, 16), hexs(m.rng, 16)))
    m.h('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    m.h('Precedence', 'bulk')
    m.what = 'Subscribed Polish trade newsletter (Elektronika B2B) sent through FreshMail with List-Unsubscribe/one-click.'
    m.why = 'Consistent ESP infrastructure and bulk headers, subscription footer, editorial content, tracking links on the ESP\'s click domain.'
    return m


def b26():
    m = Msg('business', 26, 'pl', 'zapytanie-ofertowe-bom-csv-klient', '2026-11-25 12:18:36', 'PL',
            'malgorzata.wojcik@example.com', 'k.dabrowska@elmont-pomiar.pl')
    m.route = routes.m365(m, 'EU', idx=2)
    src = """Dzień dobry Pani Małgorzato,

w nawiązaniu do rozmowy z targów w Monachium przesyłam zapytanie ofertowe ZO/2026/11/81 na partię pilotażową licznika EM-3F (500 szt., produkcja w lutym 2027 r.). Lista BOM w załączniku (CSV, 12 pozycji).

Prosimy o podanie cen dla ilości 500 / 5000 szt., terminów dostawy oraz informacji o ewentualnych zamiennikach dla pozycji z długim czasem realizacji. Oferty prosimy przesłać do 04.12.2026.

Z poważaniem
Katarzyna Dąbrowska
Specjalista ds. Zakupów
Elmont-Pomiar sp. z o.o.
ul. Partyzantów 71, 43-316 Bielsko-Biała
tel. +48 33 812 40 17
"""
    a = alt(m, src, 'iso-8859-2', 'quoted-printable', style='outlook', lang='PL', label='iso-8859-2', boundary=b_outlook(m, 0))
    bom = ['Lp;Symbol;Opis;Producent;Ilość/szt. wyrobu;Uwagi',
           '1;VTR32G474RET6;Mikrokontroler 32-bit LQFP64;Vantor;1;',
           '2;VTA7953-QFN32;Przetwornik pomiarowy energii 3-faz.;Vantor;1;',
           '3;CL10B104KB8NNNC;Kondensator MLCC 100nF 50V X7R 0603;-;24;zamiennik dopuszczalny',
           '4;CL21A106KAYNNNE;Kondensator MLCC 10uF 25V X5R 0805;-;6;zamiennik dopuszczalny',
           '5;FB-0603-601;Ferryt 600R 0603;Lieferant;4;',
           '6;LI-1210-4R7;Dławik 4,7uH 1210;Lieferant;2;',
           '7;KS-M12-8P-A;Złącze M12 8-pin;Kessler;1;',
           '8;RC0603FR-0710KL;Rezystor 10k 1% 0603;-;31;',
           '9;SMBJ440CA;Transil 440V;-;3;',
           '10;VTP-LDO33-SOT23;Stabilizator LDO 3,3V;Vantor;1;',
           '11;X32K768-SMD;Kwarc 32,768 kHz;-;1;',
           '12;TB-3P-7.5;Listwa zaciskowa 3-pin 7,5 mm;-;2;']
    csv = ('\r\n'.join(bom) + '\r\n').encode('windows-1250')
    m.body = Multi('mixed', [a, Att(csv, 'text/csv', 'ZO_2026_11_81_BOM_EM-3F.csv', size_param=True)], b_outlook(m, 4))
    m.h('From', addr('Katarzyna Dąbrowska', 'k.dabrowska@elmont-pomiar.pl', 'iso-8859-2', 'Q'))
    m.h('To', addr('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'iso-8859-2', 'Q'))
    subj = 'Zapytanie ofertowe ZO/2026/11/81 - licznik EM-3F, partia pilotażowa'
    m.h('Subject', text_header(subj, 'iso-8859-2', 'Q'))
    m.h('Thread-Topic', text_header(subj, 'iso-8859-2', 'Q'))
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'elmont-pomiar.pl', tenant=ELMONT_TENANT, lang='pl-PL', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Genuine RFQ from the customer\'s buyer for a pilot batch of meters, BOM attached as CSV (Excel export).'
    m.why = 'Real customer domain elmont-pomiar.pl on its Microsoft 365 tenant, BOM as plain data file, no external portal or login.'
    m.hn_note = 'RFQ/BOM from the same customer buyer; genuine = real domain, BOM attached, no portal login.'
    return m


# ================================================================ SPANISH
def b27():
    m = Msg('business', 27, 'es', 'cestas-navidad-pedido-compras-interno', '2026-11-26 12:31:09', 'ES',
            'lucia.fernandez@example.com', 'javier.munoz@example.com')
    m.route = routes.internal(m, client_ip='10.41.1.33')
    src = """Hola Lucía:

Como cada año, vamos a enviar cestas de Navidad a nuestros 25 clientes principales (la lista está en la carpeta compartida de la oficina, «Clientes\\Navidad 2026»).

Por favor, no compres nada con tarjeta ni en tienda: pide el pedido a través de Compras (Florian Bauer, en copia) con el presupuesto de Delicatessen Gourmet Barcelona que te reenvié el martes (25 cestas a 115 EUR + IVA, total 2.875 EUR + IVA), para que salga con número de pedido y la factura llegue directamente a contabilidad.

La entrega tiene que ser antes del 18/12. Las tarjetas de felicitación las firmo yo el lunes.

Gracias,
Javier

Javier Muñoz
Director Oficina España | Example Group Iberia S.L.
Carrer de Pallars 193, 08005 Barcelona
"""
    m.body = alt(m, src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='ES', label='iso-8859-1', boundary=b_outlook(m, 0))
    m.h('From', A('es_mgr', 'iso-8859-1', 'Q'))
    m.h('To', A('es_acc', 'iso-8859-1', 'Q'))
    m.h('CC', addr('Florian Bauer', 'florian.bauer@example.com'))
    subj = 'Cestas de Navidad clientes - pedido por Compras'
    m.h('Subject', subj)
    internal_headers(m, subj, lang='es-ES', client_ip='10.41.1.33')
    m.what = 'Genuine internal request from the Spanish office director to order Christmas hampers for customers through procurement.'
    m.why = 'Internal route, procurement in copy, explicit purchase-order process and invoice to accounting, no gift cards, no secrecy.'
    m.hn_note = 'Director asks the accountant for customer Christmas gifts; genuine = internal, via procurement with PO, not gift cards.'
    return m


def b28():
    m = Msg('business', 28, 'es', 'dehu-aviso-notificacion-aeat', '2026-11-17 08:02:26', 'ES',
            'lucia.fernandez@example.com', 'noreply@dehu.redsara.es')
    m.route = routes.custom(m, 'smtp2.redsara.es', 'smtp2.redsara.es', '185.73.172.42', [
        ('from dehu-notif-01.redsara.es (dehu-notif-01.redsara.es [10.251.3.21])\n\tby smtp2.redsara.es (Postfix) with ESMTP id {qid}\n\tfor <lucia.fernandez@example.com>; {date}', 1, 'ES', True)],
        tls='1.3')
    body = """Estimado/a Sr./Sra.:

Le informamos de que se ha puesto a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).

Organismo emisor: Agencia Estatal de Administración Tributaria
Titular: EXAMPLE GROUP IBERIA SL (%s)
Fecha de puesta a disposición: 17/11/2026

Puede acceder a la notificación en https://dehu.redsara.es o en la Sede electrónica de la Agencia Tributaria, identificándose con certificado electrónico o Cl@ve.

Este aviso es meramente informativo y no contiene el contenido de la notificación. La notificación se entenderá rechazada si no accede a su contenido en el plazo de diez días naturales desde su puesta a disposición (art. 43 de la Ley 39/2015).

Por favor, no responda a este correo electrónico.
""" % VAT['eg_es']
    m.body = plain(body, 'iso-8859-1', 'quoted-printable', label='ISO-8859-1', quoted=False)
    m.h('Date', m.date())
    m.h('From', addr('DEHu - Direccion Electronica Habilitada unica', 'noreply@dehu.redsara.es'))
    m.h('To', addr(None, 'lucia.fernandez@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d.JavaMail.dehu@dehu-notif-01>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(100, 9999), int(m.t.timestamp() * 1000)))
    m.h('Subject', text_header('Aviso de puesta a disposición de notificación en DEHú', 'ISO-8859-1', 'Q'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine DEHú notice that a notification from the Spanish tax agency is available.'
    m.why = 'Sent by redsara.es infrastructure, content-free aviso, refers only to dehu.redsara.es / Sede electrónica, legal 10-day rule instead of invented fines.'
    m.hn_note = 'AEAT communication; genuine = DEHú aviso without login link or sanctions threat.'
    return m


def b29():
    m = Msg('business', 29, 'es', 'pedido-cliente-levante-genuino', '2026-10-07 10:14:52', 'ES',
            'javier.munoz@example.com', 'snavarro@automatismoslevante.es')
    m.route = routes.gmail(m, idx=4)
    src = """Hola Javier:

Adjunto pedido PC-2026-0842 según vuestra oferta OF-ES-26-0331 del 29/09.

Entrega en nuestra planta de Paterna, como siempre. Por favor, confirmad fechas en la confirmación de pedido; para las MCU nos vale entrega parcial.

Un saludo,

Sergio Navarro
Responsable de Compras
Automatismos Levante S.L.
Av. de la Industria 48 · 46980 Paterna (Valencia)
Tel. +34 961 32 58 40
"""
    a = alt(m, src, 'UTF-8', 'quoted-printable', style='gmail')
    po = pdf_att([('H', 'AUTOMATISMOS LEVANTE S.L.'), ('S', 'Av. de la Industria 48 · 46980 Paterna (Valencia) · CIF %s' % VAT['levante']), '',
                  ('B', 'PEDIDO DE COMPRA PC-2026-0842'), 'Fecha: 07/10/2026   Proveedor: Example Group Iberia S.L. (prov. 40017)',
                  'Su oferta: OF-ES-26-0331 de 29/09/2026', '',
                  ('M', 'Ref.            Descripción                      Cant.   Precio €   Importe €'),
                  ('M', 'VTR32G474RET6   MCU 32 bit LQFP64                1.200    3,1200    3.744,00'),
                  ('M', 'KS-M12-8P-A     Conector M12 8 polos             1.500    2,1800    3.270,00'),
                  ('M', 'CM-0805-222     Choque modo común 0805           5.000    0,1190      595,00'), '',
                  ('M', 'Total neto: 7.609,00 €'), '',
                  'Lugar de entrega: Automatismos Levante S.L., Av. de la Industria 48, 46980 Paterna',
                  'Condiciones de pago: 60 días fecha factura, transferencia (Banco Sabadell)'],
                 'Pedido_PC-2026-0842.pdf', title='Pedido PC-2026-0842', creator='Sage 200', producer='Sage 200 Crystal Reports',
                 created=pdf_date(m, minutes_before=8))
    m.body = Multi('mixed', [a, po], b_gmail(m))
    m.h('MIME-Version', '1.0')
    m.h('From', addr('Sergio Navarro', 'snavarro@automatismoslevante.es'))
    m.h('Date', m.date())
    m.h('Message-ID', gmail_msgid(m.rng))
    m.h('Subject', 'Pedido PC-2026-0842')
    m.h('To', addr('Javier Muñoz', 'javier.munoz@example.com', 'UTF-8', 'Q'))
    m.what = 'Genuine purchase order PC-2026-0842 (7,609 EUR) from the Valencia customer, PDF from their ERP, delivery to their own plant.'
    m.why = 'Real customer domain (Google Workspace), references our quotation, normal volume and terms, ships to the customer\'s known address.'
    m.hn_note = 'Purchase order from the same customer; genuine = real domain, normal quantities, delivery to the customer\'s own plant.'
    return m


def b30():
    m = Msg('business', 30, 'es', 'portatil-roto-correo-privado', '2026-12-09 08:12:30', 'ES',
            'lucia.fernandez@example.com', 'javimunoz.bcn@gmail.com')
    m.route = routes.gmail(m, idx=5)
    src = """Hola Lucía:

Se me ha caído el portátil en el aeropuerto y la pantalla no enciende. Te escribo desde el correo personal porque en el móvil solo tengo Teams. Hoy trabajo desde casa con el móvil; cualquier cosa urgente, llámame.

¿Puedes mover mi reunión de las 11:00 con Automatismos Levante a mañana? Sergio ya está avisado.

Thomas, (in English for you): my laptop (asset tag EG-NB-0417) has a broken screen after a fall. I opened ticket INC-2026-8812 from my phone. Could IT send a replacement to Barcelona? No rush for the data, everything is on OneDrive.

Gracias / Thanks,
Javier
"""
    m.body = alt(m, src, 'UTF-8', 'quoted-printable', style='gmail')
    m.h('MIME-Version', '1.0')
    m.h('From', addr('Javier Muñoz', 'javimunoz.bcn@gmail.com', 'UTF-8', 'Q'))
    m.h('Date', m.date())
    m.h('Message-ID', gmail_msgid(m.rng))
    m.h('Subject', text_header('Portátil roto / broken laptop', 'UTF-8', 'Q'))
    m.h('To', A('es_acc', 'UTF-8', 'Q'))
    m.h('Cc', addr('Thomas Hoffmann', 'thomas.hoffmann@example.com'))
    m.what = 'Genuine note from the Spanish office director\'s private Gmail: laptop broken, working from phone, asks to move a meeting and IT for a replacement (ticket opened).'
    m.why = 'His known private address, IT head in copy, ticket reference, no money/gift cards/credentials requested.'
    m.hn_note = 'Director writing from private Gmail; genuine = asks for nothing financial, IT in copy.'
    return m


def b31():
    m = Msg('business', 31, 'es', 'caixabank-nuevo-documento-extracto', '2026-12-03 07:45:19', 'ES',
            'javier.munoz@example.com', 'bounces@comunicaciones.caixabank.com')
    m.route = routes.custom(m, 'mail-out2.caixabank.com', 'mail-out2.caixabank.com', '195.76.9.82', [
        ('from cbk-notif-04.lacaixa.es (cbk-notif-04.lacaixa.es [10.110.31.44])\n\tby mail-out2.caixabank.com (Postfix) with ESMTP id {qid}\n\tfor <javier.munoz@example.com>; {date}', 1, 'ES', True)],
        tls='1.3')
    src = """Estimado cliente:

Le informamos de que ya tiene disponible en CaixaBankNow el extracto de noviembre de 2026 de su tarjeta Visa Business terminada en 4417.

Puede consultarlo accediendo a CaixaBankNow desde www.caixabank.es o desde la app CaixaBankNow, en el apartado Tarjetas > Extractos.

**Recuerde:** CaixaBank nunca le pedirá por correo electrónico, SMS o teléfono sus claves de acceso ni códigos de firma. Si recibe una comunicación sospechosa, no llame a los teléfonos que aparezcan en ella: contacte con su oficina o con el número que figura al dorso de su tarjeta.

Atentamente,
CaixaBank

Este es un mensaje automático; por favor, no responda a este correo.
"""
    m.body = alt(m, src, 'iso-8859-15', 'quoted-printable', html_cte='base64', style='brand', boundary=b_java(m), link_style='none',
                 brand=dict(brand='CaixaBank', color='#007eae', lang='es', title='CaixaBank',
                            footer='CaixaBank, S.A. · C/ Pintor Sorolla 2-4 · 46002 Valencia · NIF A08663619'))
    m.h('Date', m.date())
    m.h('From', addr('CaixaBank', 'notificaciones@comunicaciones.caixabank.com'))
    m.h('To', addr(None, 'javier.munoz@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d@cbk-notif-04.lacaixa.es>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(100, 9999), int(m.t.timestamp() * 1000)))
    m.h('Subject', 'CaixaBankNow: nuevo extracto de tarjeta disponible')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine CaixaBank notice that the company card statement is available in CaixaBankNow.'
    m.why = 'Bank\'s own mail infrastructure, no link or phone number to call, explicit warning not to call numbers in suspicious messages.'
    m.hn_note = 'Company card / bank alert; genuine = bank infrastructure, no callback number, no urgency.'
    return m


# ================================================================ GREEK
def b32():
    m = Msg('business', 32, 'el', 'logistis-mydata-ekremotites', '2026-11-05 18:22:47', 'GR',
            'eleni.konstantinou@examplegroup.eu', 'stavros.michailidis@otenet.gr')
    m.route = routes.custom(m, 'mailgate.otenet.gr', 'mailgate2.otenet.gr', '83.235.69.39', [
        ('from DESKTOP-LOGISTIS (ppp-94-64-211-17.home.otenet.gr [94.64.211.17])\n\t(Authenticated sender: stavros.michailidis@otenet.gr)\n'
         '\tby mailgate2.otenet.gr (Postfix) with ESMTPSA id {qid}\n\tfor <eleni.konstantinou@examplegroup.eu>; {date}', 1, 'GR', True)], tls='1.3')
    src = """Καλησπέρα κα Κωνσταντίνου,

ολοκλήρωσα σήμερα τη διαβίβαση των παραστατικών πωλήσεων Οκτωβρίου στο myDATA (312 παραστατικά, χωρίς σφάλματα).

Στα έξοδα εμφανίζονται 3 παραστατικά που οι προμηθευτές δεν έχουν ακόμη διαβιβάσει:
- Hellas Cargo Forwarding, ΤΠΥ 3297 της 28/10
- Αιγαίο Ηλεκτρονική, πιστωτικό 118 της 30/10
- ΔΕΗ, λογαριασμός Οκτωβρίου

Θα τα καταχωρίσω ως εκκρεμότητες· αν δεν τα διαβιβάσουν μέχρι το τέλος του μήνα, θα τα χαρακτηρίσουμε εμείς με απόκλιση, όπως κάναμε και τον Σεπτέμβριο. Μπορείτε να μου στείλετε τα τρία τιμολόγια σε PDF για να τα έχω στον φάκελο;

Θα περάσω από το γραφείο την Τρίτη για την ΦΠΑ του Οκτωβρίου.

Φιλικά,
Σταύρος Μιχαηλίδης
Λογιστής - Φοροτεχνικός Α' τάξης
Τηλ. 210 6452 318
"""
    m.body = alt(m, src, 'windows-1253', 'quoted-printable', style='outlook', lang='EL', label='windows-1253', boundary=b_outlook_desktop(m, 1))
    m.h('From', addr('Σταύρος Μιχαηλίδης', 'stavros.michailidis@otenet.gr', 'windows-1253', 'B'))
    m.h('To', A('gr_acc', 'windows-1253', 'B'))
    m.h('Subject', text_header('Διαβίβαση Οκτωβρίου στο myDATA – εκκρεμότητες εξόδων', 'windows-1253', 'B'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'otenet.gr'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'el')
    m.what = 'Genuine mail from the Greek office\'s external accountant (consumer otenet.gr mailbox) about the October myDATA submission and missing supplier documents.'
    m.why = 'Long-standing accountant on his usual ISP mailbox from a home OTE line, detailed and consistent with real suppliers, asks only for PDFs of invoices.'
    m.hn_note = 'myDATA mismatches topic; genuine = the company\'s own accountant, no login link, no fines.'
    return m


def b33():
    m = Msg('business', 33, 'el', 'parapono-pelati-kathysterisi-releh', '2026-11-25 09:48:13', 'GR',
            'georgios.papadopoulos@example.com', 'm.georgiou@aigaio-ilektroniki.gr')
    m.route = routes.custom(m, 'mail.aigaio-ilektroniki.gr', 'mail.aigaio-ilektroniki.gr', '79.129.44.18', [
        ('from WS-PURCH03 (unknown [10.0.0.43])\n\t(Authenticated sender: m.georgiou@aigaio-ilektroniki.gr)\n\tby mail.aigaio-ilektroniki.gr (Postfix) with ESMTPSA id {qid}\n'
         '\tfor <georgios.papadopoulos@example.com>; {date}', 1, 'GR', True)], tls='1.2')
    body = """Κύριε Παπαδόπουλε, καλημέρα,

σας γράφω για την παραγγελία ΠΑΡ-2026-0412 (2.000 ρελέ 24 V για τους πίνακες του έργου στη Λάρισα). Η επιβεβαίωσή σας έγραφε παράδοση 18/11, σήμερα είναι 25/11 και δεν έχουμε λάβει ακόμη τίποτα, ούτε ενημέρωση για νέα ημερομηνία.

Η γραμμή συναρμολόγησης έχει σταματήσει από χθες και ο πελάτης μας ζητά ποινική ρήτρα. Παρακαλώ να μου πείτε σήμερα:
1. πότε ακριβώς φεύγει η αποστολή από το Μόναχο,
2. αν μπορείτε να στείλετε έστω 500 τεμάχια με express,
3. ποιος θα καλύψει το επιπλέον κόστος μεταφοράς.

Αν δεν έχουμε σαφή απάντηση μέχρι αύριο, θα αναγκαστούμε να ακυρώσουμε το υπόλοιπο της παραγγελίας.

Με εκτίμηση,
Μαρία Γεωργίου
Υπεύθυνη Προμηθειών
Αιγαίο Ηλεκτρονική Α.Ε.
Βιομηχανική Περιοχή Σίνδου, Θεσσαλονίκη
Τηλ. 2310 798 214
"""
    m.body = plain(body, 'iso-8859-7', 'quoted-printable', label='iso-8859-7')
    m.h('From', addr('Μαρία Γεωργίου', 'm.georgiou@aigaio-ilektroniki.gr', 'iso-8859-7', 'B'))
    m.h('To', A('gr_mgr', 'iso-8859-7', 'B'))
    m.h('Subject', text_header('Καθυστέρηση παράδοσης - παραγγελία ΠΑΡ-2026-0412 (ρελέ)', 'iso-8859-7', 'B'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'aigaio-ilektroniki.gr'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'el')
    m.what = 'Genuine, angry customer complaint about a late relay delivery, threatening to cancel the rest of the order.'
    m.why = 'Customer\'s own mail server and domain, concrete order reference and questions; pressure but no payment, link or attachment.'
    return m


def b34():
    m = Msg('business', 34, 'el', 'eurobank-enimerosi-asfaleias', '2026-10-30 11:02:55', 'GR',
            'georgios.papadopoulos@example.com', 'bounce@info.eurobank.gr')
    m.route = routes.custom(m, 'mx-out1.eurobank.gr', 'mx-out1.eurobank.gr', '194.30.240.55', [
        ('from ebk-campaign-02.eurobank.gr (ebk-campaign-02.eurobank.gr [10.20.61.12])\n\tby mx-out1.eurobank.gr (Postfix) with ESMTP id {qid}\n\tfor <georgios.papadopoulos@example.com>; {date}', 1, 'GR', True)],
        tls='1.3')
    src = """Αγαπητέ πελάτη,

τελευταία κυκλοφορούν μηνύματα που μιμούνται την Eurobank και ζητούν «επικαιροποίηση στοιχείων» μέσω συνδέσμων ή κωδικών QR.

Σας υπενθυμίζουμε ότι:
- Η Eurobank δεν σας ζητά ποτέ κωδικούς πρόσβασης, κωδικούς μιας χρήσης (OTP) ή στοιχεία καρτών μέσω email, SMS, QR ή τηλεφώνου.
- Η επικαιροποίηση στοιχείων (KYC) γίνεται μόνο μέσα από το Eurobank e-Banking / Business Banking, αφού συνδεθείτε εσείς από την εφαρμογή ή πληκτρολογώντας τη διεύθυνση www.eurobank.gr.
- Αν λάβετε ύποπτο μήνυμα, μην το απαντήσετε και προωθήστε το στο phishing@eurobank.gr.

Με εκτίμηση,
Eurobank
"""
    m.body = alt(m, src, 'windows-1253', 'quoted-printable', html_cte='base64', style='brand', boundary=b_java(m), link_style='none',
                 brand=dict(brand='Eurobank', color='#d4002a', lang='el', title='Eurobank',
                            footer='Eurobank Α.Ε. · Όθωνος 8 · 105 57 Αθήνα · Λαμβάνετε αυτό το μήνυμα ως πελάτης της Eurobank.'))
    m.h('Date', m.date())
    m.h('From', addr('Eurobank', 'info@info.eurobank.gr'))
    m.h('To', addr(None, 'georgios.papadopoulos@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d@ebk-campaign-02.eurobank.gr>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(100, 9999), int(m.t.timestamp() * 1000)))
    m.h('Subject', text_header('Ενημέρωση ασφαλείας: η Eurobank δεν ζητά ποτέ κωδικούς μέσω email ή QR', 'windows-1253', 'B'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('List-Unsubscribe', '<mailto:unsubscribe@info.eurobank.gr?subject=unsubscribe>')
    m.what = 'Genuine Eurobank security awareness message to business customers (no links, no QR).'
    m.why = 'Bank\'s own sending infrastructure, informational only, tells customers to log in themselves and report phishing.'
    m.hn_note = 'Eurobank KYC topic; genuine message has no QR code or link and warns against exactly that lure.'
    return m


def b35():
    m = Msg('business', 35, 'el', 'acs-apostoli-paradothike', '2026-12-08 11:44:38', 'GR',
            'eleni.konstantinou@examplegroup.eu', 'noreply@acscourier.net')
    m.route = routes.custom(m, 'mail.acscourier.net', 'mail.acscourier.net', '195.97.115.70', [
        ('from acs-notify-01 (unknown [192.168.40.21])\n\tby mail.acscourier.net (Postfix) with ESMTP id {qid}\n\tfor <eleni.konstantinou@examplegroup.eu>; {date}', 1, 'GR', True)],
        tls='1.2')
    src = """Αγαπητέ πελάτη,

η αποστολή με αριθμό **7209918355** παραδόθηκε.

|Στοιχείο|Τιμή|
|Αποστολέας|EXAMPLE GROUP GMBH (Γερμανία)|
|Ημερομηνία παράδοσης|08/12/2026 11:42|
|Παρέλαβε|Κ. ΠΑΠΑΔΟΠΟΥΛΟΣ|

Μπορείτε να δείτε την πορεία της αποστολής στη διεύθυνση [a:acscourier.net|https://www.acscourier.net/el/track-and-trace?p_p_id=ACSCustomersAreaTrackTrace&trackingNumber=7209918355].

Ευχαριστούμε που επιλέξατε την ACS.
"""
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='ACS Courier', color='#e2001a', lang='el', title='ACS', footer='ACS Courier Α.Ε. · Εθνικής Αντιστάσεως 25 · Καλαμάκι'))
    m.h('Date', m.date())
    m.h('From', addr('ACS Courier', 'noreply@acscourier.net'))
    m.h('To', addr(None, 'eleni.konstantinou@examplegroup.eu', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d@acs-notify-01>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(100, 9999), int(m.t.timestamp() * 1000)))
    m.h('Subject', text_header('ACS: Η αποστολή σας 7209918355 παραδόθηκε', 'UTF-8', 'B'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine ACS Courier delivery confirmation for a parcel from HQ.'
    m.why = 'ACS infrastructure, tracking link on acscourier.net, delivery already completed, no payment.'
    m.hn_note = 'ACS courier notification; genuine = acscourier.net, no fee.'
    return m


def b36():
    m = Msg('business', 36, 'el', 'hellas-cargo-allagi-iban-epivevaiosi', '2026-11-10 13:05:21', 'GR',
            'eleni.konstantinou@examplegroup.eu', 'n.alexiou@hellascargo.gr')
    m.route = routes.m365(m, 'EU', idx=0)
    src = """Αγαπητή κα Κωνσταντίνου,

όπως σας ενημέρωσα και τηλεφωνικά την Παρασκευή, από 01/12/2026 οι πληρωμές των τιμολογίων μας θα γίνονται στον νέο λογαριασμό μας στην Εθνική Τράπεζα:

Δικαιούχος: HELLAS CARGO FORWARDING Α.Ε. (ΑΦΜ {AFM})
Τράπεζα: Εθνική Τράπεζα της Ελλάδος
IBAN: {NEW}
BIC: ETHNGRAA

Ο λογαριασμός μας στην Τράπεζα Πειραιώς ({OLD}) παραμένει ενεργός έως 31/01/2027, ώστε να μην υπάρξει πρόβλημα με πληρωμές που είναι ήδη προγραμματισμένες.

Επισυνάπτω την επιστολή με την υπογραφή του Διευθύνοντος Συμβούλου. Για την ασφάλειά σας, παρακαλούμε επιβεβαιώστε την αλλαγή καλώντας το λογιστήριό μας στο γνωστό τηλέφωνο 210 4118 900 – δεν θα αλλάξουμε ποτέ στοιχεία πληρωμής μόνο με email.

Με εκτίμηση,
Νίκος Αλεξίου
Οικονομικός Διευθυντής
Hellas Cargo Forwarding Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
"""
    src = src.replace('{AFM}', VAT['hcargo']).replace('{NEW}', IB(BANK['hcargo_new'])).replace('{OLD}', IB(BANK['hcargo_old'])).replace('–', '-')
    a = alt(m, src, 'iso-8859-7', 'quoted-printable', style='outlook', lang='EL', label='iso-8859-7', boundary=b_outlook(m, 0))
    letter = pdf_att([('H', 'HELLAS CARGO FORWARDING Α.Ε.'), ('S', 'Ακτή Μιαούλη 47, 185 36 Πειραιάς · ΑΦΜ %s · ΓΕΜΗ 121874501000' % VAT['hcargo']), '',
                      'Πειραιάς, 09/11/2026', '', ('B', 'Ενημέρωση για αλλαγή τραπεζικού λογαριασμού'), '',
                      'Από 01/12/2026 οι πληρωμές προς την εταιρεία μας γίνονται στον λογαριασμό:', '',
                      ('M', 'Εθνική Τράπεζα   IBAN %s   BIC ETHNGRAA' % IB(BANK['hcargo_new'])), '',
                      'Ο λογαριασμός στην Τράπεζα Πειραιώς παραμένει ενεργός έως 31/01/2027:',
                      ('M', 'Τράπεζα Πειραιώς IBAN %s   BIC PIRBGRAA' % IB(BANK['hcargo_old'])), '',
                      'Παρακαλούμε επιβεβαιώστε τηλεφωνικά στο 210 4118 900.', '',
                      'Ο Διευθύνων Σύμβουλος', 'Κωνσταντίνος Λαμπράκης'],
                     'HellasCargo_allagi_logariasmou_01-12-2026.pdf', title='Αλλαγή λογαριασμού', creator='Microsoft® Word για Microsoft 365',
                     producer='Microsoft® Word για Microsoft 365', created=pdf_date(m, minutes_before=60 * 26))
    m.body = Multi('mixed', [a, letter], b_outlook(m, 4))
    m.h('From', addr('Νίκος Αλεξίου', 'n.alexiou@hellascargo.gr', 'iso-8859-7', 'B'))
    m.h('To', A('gr_acc', 'iso-8859-7', 'B'))
    m.h('CC', A('gr_mgr', 'iso-8859-7', 'B') + ', ' + addr('Λογιστήριο Hellas Cargo', 'logistirio@hellascargo.gr', 'iso-8859-7', 'B'))
    subj = 'Αλλαγή τραπεζικού λογαριασμού από 01/12/2026 - παρακαλούμε επιβεβαιώστε τηλεφωνικά'
    m.h('Subject', text_header(subj, 'iso-8859-7', 'B'))
    m.h('Thread-Topic', text_header(subj, 'iso-8859-7', 'B'))
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'hellascargo.gr', tenant=HCARGO_TENANT, lang='el-GR', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Genuine bank change of the Greek forwarder: from Piraeus Bank to National Bank of Greece from 01.12.2026, announced by phone, with letter and call-back request.'
    m.why = ('Real domain hellascargo.gr on its Microsoft 365 tenant, same legal entity and tax number, domestic bank, old account valid until end of January, '
             'verification by the known phone number explicitly requested.')
    m.hn_note = 'Bank change of the same forwarder; genuine = real domain, domestic account of the same company, phone verification, overlap period.'
    return m


# ================================================================ RUSSIAN
def b37():
    m = Msg('business', 37, 'ru', 'postavshchik-schet-rekvizity-sber', '2026-10-27 12:40:09', 'RU',
            'olga.ivanova@example.com', 'buh@nevelem.ru')
    m.route = routes.custom(m, 'smtp37.i.mail.ru', 'smtp37.i.mail.ru', '95.163.41.78', [
        ('by smtp37.i.mail.ru with esmtpa (envelope-from <buh@nevelem.ru>)\n\tid 1tS4pQ-00000005Kc8-3vRm; {date}', 1, 'RU', False)], tls='1.3')
    net = 338390.16
    nds = round(net * 0.22, 2)
    tot = round(net + nds, 2)

    def rub(x):
        return ('{:,.2f}'.format(x)).replace(',', ' ').replace('.', ',')
    body = """Ольга, добрый день!

Направляем счёт № 2341 от 27.10.2026 на поставку по заказу № 118 (конденсаторы и резисторы для склада СПб). Сумма к оплате: %s руб., в т.ч. НДС 22%% %s руб.

Оплата по договору поставки № 14/2025 от 10.01.2025, реквизиты без изменений:
р/с %s
ПАО Сбербанк, Северо-Западный банк, г. Санкт-Петербург
к/с %s, БИК %s

УПД направим через Диадок после отгрузки.

С уважением,
Анна Петрова
Бухгалтер ООО «Невский Элемент»
Тел.: +7 (812) 407-31-10
""" % (rub(tot), rub(nds), RU['nev_acct'], RU['sber_corr'], RU['sber_bik'])
    schet = pdf_att([('H', 'ООО «Невский Элемент»'),
                     ('S', 'ИНН %s  КПП %s  ОГРН %s' % (RU['nev_inn'], RU['nev_kpp'], RU['nev_ogrn'])),
                     ('S', '196084, Санкт-Петербург, ул. Заставская, д. 22'), '',
                     ('M', 'Банк получателя: ПАО Сбербанк, Северо-Западный банк   БИК %s' % RU['sber_bik']),
                     ('M', 'К/с %s   Р/с %s' % (RU['sber_corr'], RU['nev_acct'])), '',
                     ('B', 'СЧЁТ НА ОПЛАТУ № 2341 от 27 октября 2026 г.'), '',
                     'Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП %s' % (RU['eg_inn'], RU['eg_kpp']),
                     'Основание: Договор поставки № 14/2025 от 10.01.2025, заказ № 118', '',
                     ('M', '№  Наименование                              Кол-во   Цена       Сумма'),
                     ('M', '1  Конденсатор К10-17в 0,1 мкФ               40 000   2,95   118 000,00'),
                     ('M', '2  Резистор Р1-12 0,125 Вт 10 кОм            90 000   1,12   100 800,00'),
                     ('M', '3  Конденсатор К50-35 470 мкФ 25 В           12 000   9,95   119 400,00'),
                     ('M', '4  Упаковка, маркировка                           1 190,16       190,16'), '',
                     ('M', 'Итого без НДС: %s   НДС 22%%: %s   Всего: %s руб.' % (rub(net), rub(nds), rub(tot))), '',
                     'Генеральный директор ____________ С. В. Лебедев', 'Главный бухгалтер    ____________ Н. А. Орлова'],
                    'Счет_2341_от_27.10.2026.pdf', title='Счёт 2341', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3',
                    created=pdf_date(m, minutes_before=15), charset='windows-1251')
    assert abs(118000 + 100800 + 119400 + 190.16 - net) < 0.01
    m.body = Multi('mixed', [plain(body, 'windows-1251', 'quoted-printable', label='windows-1251'), schet], b_bat(m))
    m.h('Date', m.date())
    m.h('From', addr('Бухгалтерия ООО «Невский Элемент»', 'buh@nevelem.ru', 'windows-1251', 'B'))
    m.h('Message-ID', '<%d.%d@nevelem.ru>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(10**9, 10**10)))
    m.h('To', A('ru_acc', 'windows-1251', 'B'))
    m.h('Subject', text_header('Счёт № 2341 от 27.10.2026', 'windows-1251', 'B'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'The Bat! (v11.0.2) Professional')
    m.h('X-Mailru-Src', 'smtp')
    m.what = 'Genuine supplier invoice No. 2341 (%s RUB incl. 22%% VAT) from Nevsky Element with the known Sberbank account; PDF from 1C.' % rub(tot)
    m.why = 'Real supplier domain nevelem.ru (Mail.ru for business), references the supply contract and order, bank details explicitly unchanged; account and correspondent account pass the BIK key check.'
    m.hn_note = 'Same invoice No. 2341 of the same supplier; genuine keeps the Sberbank account, the attack moves it to Alfa-Bank.'
    return m


def b38():
    m = Msg('business', 38, 'ru', 'yandex-id-vkhod-v-akkaunt', '2026-12-08 09:33:40', 'RU',
            'dmitry.sokolov@examplegroup.eu', 'noreply@id.yandex.ru')
    m.route = yandex_route(m, 'forward500b.mail.yandex.net', '178.154.239.72', 'mail-notsolitesrv-production-main-12.sas.yp-c.yandex.net')
    src = """Здравствуйте, dmitry.sokolov-eg!

Выполнен вход в ваш аккаунт Яндекс ID с нового устройства.

|Параметр|Значение|
|Устройство|Windows, Яндекс Браузер|
|Местоположение|Санкт-Петербург, Россия|
|Время|08.12.2026, 09:31 (МСК)|

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль в разделе «Безопасность»: [a:id.yandex.ru/security|https://id.yandex.ru/security]

С уважением,
команда Яндекс ID
"""
    m.body = alt(m, src, 'utf-8', 'base64', style='brand', boundary='----==--bound.%d.%s' % (m.rng.randrange(10**5, 10**6), 'sas.yp-c.yandex.net'),
                 brand=dict(brand='Яндекс ID', color='#fc3f1d', lang='ru', title='Яндекс ID', footer='© 2026 ООО «Яндекс»'))
    m.h('From', addr('Яндекс ID', 'noreply@id.yandex.ru', 'utf-8', 'B'))
    m.h('To', addr(None, 'dmitry.sokolov@examplegroup.eu'))
    m.h('Subject', text_header('Вход в аккаунт с нового устройства', 'utf-8', 'B'))
    m.h('Date', m.date())
    m.h('Message-Id', '<%d@%s>' % (m.rng.randrange(10**14, 10**15), 'mail-notsolitesrv-production-main-12.sas.yp-c.yandex.net'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Yandex-Fwd', '1')
    m.what = 'Genuine Yandex ID sign-in notice for the Russian office manager\'s Yandex account (used for Yandex Direct) registered with his company address.'
    m.why = 'Yandex notification infrastructure, informational, only link to id.yandex.ru/security, no request to "confirm" anything.'
    m.hn_note = 'Mailbox/account security message the same morning; genuine = provider\'s own domain, informational, no confirmation link.'
    return m


def b39():
    m = Msg('business', 39, 'ru', 'diadok-novyi-dokument-genuine', '2026-11-10 16:12:05', 'RU',
            'olga.ivanova@example.com', 'bounce@diadoc.kontur.ru')
    m.route = routes.custom(m, 'smtp-out2.kontur.ru', 'smtp-out2.kontur.ru', '46.17.203.31', [
        ('from diadoc-notifier-07.kontur.host (diadoc-notifier-07.kontur.host [10.34.7.107])\n\tby smtp-out2.kontur.ru (Postfix) with ESMTP id {qid}\n\tfor <olga.ivanova@example.com>; {date}', 1, 'RU', True)],
        tls='1.3')
    box = hexs(m.rng, 32)
    src = """Здравствуйте!

В Диадок поступил документ для ООО «Экзампл Груп Рус»:

|Документ|Отправитель|
|УПД № 2341 от 10.11.2026 на сумму 412 836,00 ₽|ООО «Невский Элемент», ИНН {INN}|

Документ ожидает подписания. Открыть его можно в Диадоке: [a:diadoc.kontur.ru|https://diadoc.kontur.ru/{BOX}/Document/Show?letterId={LID}]

Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» в Диадоке.

Контур.Диадок
"""
    src = src.replace('{INN}', RU['nev_inn']).replace('{BOX}', box).replace('{LID}', uuid(m.rng))
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_hex(m, 32),
                 brand=dict(brand='Контур.Диадок', color='#1f87ef', lang='ru', title='Диадок', footer='АО «ПФ «СКБ Контур» · Екатеринбург · kontur.ru'))
    m.h('Date', m.date())
    m.h('From', addr('Контур.Диадок', 'noreply@diadoc.kontur.ru', 'utf-8', 'B'))
    m.h('To', addr(None, 'olga.ivanova@example.com', quote='bare'))
    m.h('Message-ID', '<%s@diadoc-notifier-07.kontur.host>' % uuid(m.rng))
    m.h('Subject', text_header('Новый документ от ООО «Невский Элемент»: УПД № 2341', 'utf-8', 'B'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine Kontur.Diadok notification that the supplier\'s UPD No. 2341 is waiting for signature.'
    m.why = 'Kontur\'s own infrastructure and domain (diadoc.kontur.ru), consistent with the supplier invoice, no auto-rejection threat.'
    m.hn_note = 'Diadok EDI notification about the same UPD; genuine = kontur.ru infrastructure and diadoc.kontur.ru link.'
    return m


def b40():
    m = Msg('business', 40, 'ru', 'bolnichnyi-lichnaya-pochta', '2026-11-30 08:02:44', 'RU',
            'dmitry.sokolov@examplegroup.eu', 'olga.ivanova.spb@yandex.ru')
    m.route = yandex_route(m, 'forward102a.mail.yandex.net', '178.154.239.83')
    body = """Дмитрий, доброе утро!

Заболела - температура, с сегодняшнего дня на больничном. Электронный больничный открыли в поликлинике, номер ЭЛН 910245678123, данные в Социальный фонд уйдут автоматически.

По работе: платёжки на эту неделю (аренда, охрана офиса, зарплатные налоги) подготовлены в банк-клиенте и ждут Вашей подписи. Сверку с "Невским Элементом" закрою, как выйду.

Рабочий ноутбук дома, почту буду смотреть с телефона. Если что-то срочное - звоните на мобильный.

Ольга
"""
    m.body = plain(body, 'koi8-r', '8bit', label='KOI8-R', extra='; format=flowed')
    m.h('Message-ID', '<%s@yandex.ru>' % uuid(m.rng))
    m.h('Date', m.date())
    m.h('MIME-Version', '1.0')
    m.h('User-Agent', 'Mozilla Thunderbird')
    m.h('Content-Language', 'ru')
    m.h('To', A('ru_mgr', 'KOI8-R', 'B'))
    m.h('From', addr('Ольга Иванова', 'olga.ivanova.spb@yandex.ru', 'KOI8-R', 'B'))
    m.h('Subject', text_header('Больничный', 'KOI8-R', 'B'))
    m.h('@CT', None)
    m.what = 'Genuine sick-leave note of the Russian office accountant from her private Yandex mailbox (Thunderbird, KOI8-R).'
    m.why = 'Her known private address, electronic sick note handled by the Social Fund, payments waiting for the manager\'s signature in the bank client - nothing requested by e-mail.'
    return m


ALL = [b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40]
