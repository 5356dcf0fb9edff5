"""Genuine business mail, Italian (17-21) and Polish (22-26)."""
from common import *  # noqa: F401,F403

F = 'business'
FERRETTI_PIVA = money.it_piva('0284716016')
PARTNER_NIP = money.pl_nip('779241805')


def ferretti_letterhead():
    return [('H', 'FERRETTI TRASPORTI S.p.A.'), 'Via Zanica 58 - 24126 Bergamo - Tel. +39 035 318 4400',
            'P.IVA ' + FERRETTI_PIVA + ' - REA BG-318442 - Cap. soc. EUR 1.200.000 i.v.', ('R',), ('S', 6)]


def build():
    # ------------------------------------------------------------------ 17 Ferretti invoice (courtesy copy)
    t = dt(2026, 11, 2, 7, 31, 12)
    body = '''Spett.le Example Group Italia S.r.l.,

in allegato la copia di cortesia della fattura n. 2026/1184 del 30/10/2026 relativa al trasporto di espositori e arredi da Milano (Via della Spiga 24) a Pforzheim del 27/10/2026, DDT n. 4471/26.

La fattura elettronica è stata regolarmente trasmessa tramite il Sistema di Interscambio al Vostro codice destinatario; la presente copia non ha valore fiscale.

Importo: € 3.100,00 – operazione non imponibile art. 9, c. 1, n. 2, DPR 633/72 (trasporto internazionale)
Scadenza: 30/11/2026 – bonifico su Intesa Sanpaolo, IBAN %s (coordinate invariate)

Per qualsiasi chiarimento restiamo a disposizione.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Zanica 58 – 24126 Bergamo
Tel. +39 035 318 4400 – amministrazione@ferretti-trasporti.it
''' % fmt_iban(BANK['ferretti'])
    cols = [250, 60, 80, 80]
    fat = pdf.letter(ferretti_letterhead() + [
        'Spett.le Example Group Italia S.r.l.', 'Via della Spiga 24 - 20121 Milano', 'P.IVA ' + money.it_piva('1048273015'),
        ('S', 10), ('B', 'FATTURA N. 2026/1184 del 30/10/2026 - copia di cortesia'), ('S', 6),
        ('T', ['Descrizione', 'Q.ta', 'Prezzo', 'Importo'], cols, True), ('R',),
        ('T', ['Trasporto espositori Milano - Pforzheim (DE), DDT 4471/26', '1', '2.650,00', '2.650,00'], cols),
        ('T', ['Sponda idraulica e 2 operatori carico/scarico', '1', '280,00', '280,00'], cols),
        ('T', ['Assicurazione merce (valore dichiarato EUR 48.000)', '1', '170,00', '170,00'], cols), ('R',),
        ('T', ['Totale documento', '', '', '3.100,00'], cols, True), ('S', 8),
        'Operazione non imponibile art. 9, c. 1, n. 2, DPR 633/72',
        'Pagamento: bonifico 30 gg d.f. - Intesa Sanpaolo - IBAN ' + fmt_iban(BANK['ferretti']),
        'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72; l\'originale e\' disponibile nel cassetto fiscale.'],
        producer='TeamSystem Enterprise', creator='TeamSystem', title='Fattura 2026/1184',
        created=pdfdate(dt(2026, 11, 2, 7, 20)))
    make(F, 17, 'it', 'ferretti-fattura-cortesia-2026-1184', frm=C('ferretti_amm'), to=[S('it_acc')],
         subject='Ferretti Trasporti – copia di cortesia fattura n. 2026/1184', t=t,
         infra=P(I.m365, lang='it-IT', has_attach=True, obe='EUR05-VI1-obe'),
         body=mixed(ol_alt(body, 'windows-1252', lang='IT'), attach(fat, 'application/pdf', 'Fattura_2026-1184.pdf')),
         hcs='windows-1252', order='outlook', bstyle='outlook',
         what='Carrier\'s accounts department sends a courtesy PDF copy of an e-invoice already sent via SdI.',
         why='Real ferretti-trasporti.it Microsoft 365 tenant, consistent transport data, correct VAT treatment, '
             'payment to the unchanged Intesa Sanpaolo account; no link.',
         hn='A17, A18')

    # ------------------------------------------------------------------ 18 Ferretti operational mail
    t = dt(2026, 11, 27, 8, 12, 40)
    body = '''Buongiorno Giulia,

confermo la consegna dei nuovi espositori per la boutique di Via della Spiga per giovedì 3 dicembre, finestra 7:00–9:00, prima dell'apertura. Il mezzo è un furgone 3,5 t con sponda idraulica (targa GK 418 XT), due operatori.

Il permesso di carico/scarico per la ZTL del Quadrilatero è già stato richiesto al Comune per la fascia 7–10. Vi chiedo solo di confermarmi:
- il nominativo di chi sarà presente e firmerà il DDT;
- se il montacarichi interno è disponibile o se dobbiamo portare il carrello saliscale.

La merce parte da Pforzheim martedì sera; Vi mando il tracking appena il mezzo è in viaggio.

Grazie e buona giornata,

Chiara Colombo
Ufficio Traffico – Customer Service
Ferretti Trasporti S.p.A.
Via Zanica 58 – 24126 Bergamo
Tel. +39 035 318 4412 – Cell. +39 348 771 2093
'''
    make(F, 18, 'it', 'ferretti-conferma-consegna-espositori', frm=C('colombo'), to=[S('it_mgr')],
         subject='Consegna espositori Via della Spiga – giovedì 3/12 ore 7-9', t=t,
         infra=P(I.m365, lang='it-IT', obe='EUR05-VI1-obe'),
         body=ol_alt(body, 'utf-8', lang='IT'), order='outlook',
         what='Carrier\'s traffic office confirms a delivery slot for new shop displays in Milan.',
         why='Known contact on the carrier\'s genuine tenant, purely operational, no payment or credentials.',
         hn='A17')

    # ------------------------------------------------------------------ 19 customer complaint with photo
    t = dt(2026, 11, 7, 15, 22, 5)
    body = '''Gentile dott.ssa Ferraro,

Le scrivo come mi aveva suggerito in boutique. Il 14 ottobre ho acquistato da voi in Via della Spiga un bracciale tennis in oro bianco 18 kt (scontrino n. 0412-0087, € 2.380). Ieri sera, togliendolo, la chiusura a scatola si è aperta da sola e una delle due sicure laterali si è piegata: il bracciale ormai non chiude più in modo sicuro. Allego una foto.

L'ho indossato pochissimo e sempre con cura, quindi credo proprio si tratti di un difetto. Vorrei sapere se potete ripararlo o sostituirlo in garanzia, e in quanto tempo: mi servirebbe per un evento il 12 dicembre.

Posso passare in boutique martedì o mercoledì pomeriggio.

Cordiali saluti
Francesca Rinaldi
Tel. 347 218 6650
'''
    make(F, 19, 'it', 'reclamo-cliente-bracciale-foto', frm=C('rinaldi'), to=[S('it_mgr')],
         subject='Bracciale tennis acquistato il 14/10 – chiusura difettosa', t=t,
         infra=P(I.libero, client_ip='151.38.112.47'),
         body=mixed(text(body, 'utf-8', '8bit'), attach(png.ring_photo(), 'image/png', 'bracciale_chiusura.png')),
         what='Customer complains from her libero.it address about a defective bracelet clasp, photo attached.',
         why='Private customer on her consumer mailbox (Italiaonline infrastructure, Italian residential IP), '
             'concrete purchase data, only a PNG photo, no links.')

    # ------------------------------------------------------------------ 20 broken laptop, private Gmail
    t = dt(2026, 11, 24, 5, 58, 31)
    body = '''Ciao Giulia,

ieri sera mi è caduto un bicchiere d'acqua sulla tastiera del portatile aziendale (il Lenovo con inventario IT-MI-0231). L'ho spento subito e lasciato asciugare tutta la notte, ma stamattina non si accende più: nessuna luce, nemmeno con il caricatore.

Ti scrivo dal mio indirizzo personale perché non ho altro modo di accedere alla posta. Oggi non riesco a fare la chiusura cassa e le registrazioni di novembre da casa; se per te va bene passo in ufficio alle 9:30 e lavoro dalla postazione di Francesco finché non arriva il sostitutivo.

Markus, ti ho messo in copia: dimmi tu se devo spedire il portatile a Pforzheim o se lo ritira il tecnico. Il disco è cifrato con BitLocker e le password non le ho scritte da nessuna parte.

Grazie e scusate il disagio,
Marco
'''
    make(F, 20, 'it', 'portatile-rotto-da-gmail-privata', frm=C('esposito_priv'), to=[S('it_mgr')], cc=[S('ithead')],
         subject='Portatile aziendale non si accende', t=t, infra=P(I.gmail, client='mobile'),
         body=gm_alt(body), order='gmail',
         what='The Milan accountant reports from his private Gmail that his company laptop is broken.',
         why='Colleague writing privately via Gmail about a plausible incident; asks nothing sensitive, offers '
             'to come to the office, mentions BitLocker; typical genuine private-address mail.')

    # ------------------------------------------------------------------ 21 payroll consultant, password ZIP
    t = dt(2026, 12, 10, 14, 12, 55)
    body = '''Buongiorno dott. Esposito,

in allegato trova i cedolini di novembre 2026 (Libro Unico del Lavoro) e il modello F24 con scadenza 16 dicembre per Example Group Italia S.r.l.

Come di consueto il file compresso è protetto: la password è quella comunicata telefonicamente a inizio anno e non è cambiata. Non la inviamo mai per e-mail.

Totale F24: € 9.418,37 (ritenute IRPEF, addizionali e contributi INPS). I cedolini della tredicesima arriveranno separatamente entro il 18/12.

Cordiali saluti

Rag. Silvia Conti
Studio Conti – Consulenti del Lavoro
Via Paolo Sarpi 41 – 20154 Milano
Tel. 02 3452 1180 – cedolini@studioconti-paghe.it
'''
    lul = pdf.letter([('H', 'LIBRO UNICO DEL LAVORO - Novembre 2026'), 'Datore di lavoro: Example Group Italia S.r.l.',
                      'Elaborato da Studio Conti - Consulenti del Lavoro', ('R',),
                      ('T', ['Matricola', 'Qualifica', 'Lordo', 'Netto'], [90, 200, 80, 80], True),
                      ('T', ['000101', 'Impiegato 2 liv. CCNL Commercio', '3.410,00', '2.388,14'], [90, 200, 80, 80]),
                      ('T', ['000104', 'Impiegato 3 liv. CCNL Commercio', '2.180,00', '1.642,30'], [90, 200, 80, 80]),
                      ('T', ['000107', 'Addetta vendite 4 liv.', '1.905,00', '1.468,77'], [90, 200, 80, 80]),
                      ('T', ['000108', 'Addetta vendite 4 liv.', '1.905,00', '1.471,02'], [90, 200, 80, 80])],
                     producer='Zucchetti Paghe Infinity', creator='Zucchetti', title='LUL 11/2026',
                     created=pdfdate(dt(2026, 12, 10, 13, 40)))
    f24 = pdf.letter([('H', 'MODELLO F24 - scadenza 16/12/2026'), 'Contribuente: Example Group Italia S.r.l. - CF ' + money.it_piva('1048273015'),
                      ('R',), ('T', ['Sezione', 'Codice', 'Periodo', 'Importo'], [90, 90, 90, 90], True),
                      ('T', ['Erario', '1001', '11/2026', '4.102,55'], [90, 90, 90, 90]),
                      ('T', ['Regioni', '3802', '11/2026', '188,40'], [90, 90, 90, 90]),
                      ('T', ['INPS', 'DM10', '11/2026', '5.127,42'], [90, 90, 90, 90]),
                      ('T', ['', 'Totale', '', '9.418,37'], [90, 90, 90, 90], True)],
                     producer='Zucchetti Paghe Infinity', creator='Zucchetti', title='F24',
                     created=pdfdate(dt(2026, 12, 10, 13, 41)))
    z = make_zip([('LUL_ExampleGroupItalia_11-2026.pdf', lul), ('F24_16-12-2026.pdf', f24)],
                 password='Sp-EGI#2026', when=(2026, 12, 10, 14, 10, 0), seed='conti')
    make(F, 21, 'it', 'consulente-lavoro-cedolini-zip-protetto', frm=C('studioconti'), to=[S('it_acc')],
         subject='Cedolini novembre 2026 e F24 – Example Group Italia S.r.l.', t=t,
         infra=P(I.postfix_own, server='smtpdh14-2.aruba.it', server_ip='62.149.155.%d' % num('aruba', 20, 200),
                 client_ip='93.46.118.205', client_rdns='93-46-118-205.ip113.fastwebnet.it', mua='outlook', lang='it-IT'),
         body=mixed(ol_alt(body, 'windows-1252', lang='IT'),
                    attach(z, 'application/x-zip-compressed', 'Cedolini_11-2026_ExampleGroupItalia.zip')),
         hcs='windows-1252', order='outlook', bstyle='outlook',
         what='Payroll consultant sends November payslips and the F24 tax form in a password-protected ZIP.',
         why='Known payroll firm via its Aruba mailbox from an Italian business line; the ZIP (ZipCrypto) holds '
             'two PDFs only, and the password was agreed by phone and is never mailed - standard Italian practice '
             'for payroll data.',
         hn='A21, A38')

    # ------------------------------------------------------------------ 22 Partner Logistik invoice (KSeF)
    t = dt(2026, 12, 1, 9, 15, 3)
    ksef = '%s-20261130-%s-%s' % (PARTNER_NIP, h('ksef0412', 12).upper(), h('ksef0412c', 2).upper())
    body = '''Szanowni Państwo,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0412 z dnia 30.11.2026 za usługi magazynowe i dystrybucyjne w listopadzie 2026 r. (magazyn Komorniki).

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s. Załączony plik PDF jest wizualizacją faktury.

Kwota do zapłaty: 18 412,35 zł brutto
Termin płatności: 14.12.2026
Rachunek (zgłoszony w wykazie podatników VAT): %s, mBank S.A.

W razie pytań prosimy o kontakt z działem księgowości: tel. +48 61 657 20 40.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 7, 62-052 Komorniki
NIP %s
''' % (ksef, fmt_iban(BANK['partner'])[2:], PARTNER_NIP)
    cols = [230, 60, 70, 50, 80]
    fv = pdf.letter([
        ('H', 'Partner Logistik sp. z o.o.'), 'ul. Składowa 7, 62-052 Komorniki - NIP ' + PARTNER_NIP, ('R',), ('S', 6),
        ('B', 'Faktura VAT nr FV/2026/11/0412'), 'Data wystawienia: 30.11.2026   Okres: 01-30.11.2026',
        'Numer KSeF: ' + ksef, ('S', 6),
        'Nabywca: Example Group Polska sp. z o.o., ul. Mokotowska 49, 00-542 Warszawa, NIP ' + money.pl_nip('526101473'),
        ('S', 8), ('T', ['Nazwa', 'Ilość', 'Cena netto', 'VAT', 'Wartość netto'], cols, True), ('R',),
        ('T', ['Magazynowanie - paletomiejsca (120 x 30 dni)', '3600', '2,35', '23%', '8 460,00'], cols),
        ('T', ['Kompletacja i wysyłka zamówień', '412', '12,90', '23%', '5 314,80'], cols),
        ('T', ['Ubezpieczenie towaru w magazynie', '1', '1 194,59', '23%', '1 194,59'], cols), ('R',),
        ('T', ['Razem netto / VAT 23% / brutto', '', '', '', '14 969,39'], cols, True),
        'VAT: 3 442,96 zł     Do zapłaty: 18 412,35 zł', ('S', 8),
        'Termin płatności: 14.12.2026, przelew na rachunek: ' + fmt_iban(BANK['partner'])],
        producer='Comarch ERP Optima', creator='Comarch ERP Optima', title='FV/2026/11/0412',
        created=pdfdate(dt(2026, 12, 1, 9, 0)))
    make(F, 22, 'pl', 'partner-logistik-faktura-ksef', frm=C('pl_ksieg'), to=[S('pl_acc')],
         subject='Faktura FV/2026/11/0412 – usługi magazynowe listopad 2026', t=t,
         infra=P(I.postfix_own, server='mail.partner-logistik.pl', server_ip='91.227.76.140', client_ip='91.227.76.142',
                 client_rdns='biuro.partner-logistik.pl', mua='outlook', lang='pl'),
         body=mixed(ol_alt(body, 'iso-8859-2', lang='PL'), attach(fv, 'application/pdf', 'FV_2026_11_0412.pdf')),
         hcs='iso-8859-2', order='outlook', bstyle='outlook',
         what='Logistics partner\'s accounts send the November warehousing invoice (KSeF number, PDF visualisation).',
         why='Real partner domain and mail server, consistent KSeF/NIP data, payment to the usual account listed '
             'on the VAT white list, no link.',
         hn='A22, A23')

    # ------------------------------------------------------------------ 23 Zielinski schedule (thread start)
    t = dt(2026, 11, 24, 12, 5, 44)
    body = '''Dzień dobry Pani Agnieszko,

przesyłam harmonogram na grudzień dla Państwa towaru w naszym magazynie w Komornikach:

- 2.12 (środa) – przyjęcie dostawy z Pforzheim (kolekcja świąteczna, 6 palet, kasety plombowane)
- 7.12–18.12 – wysyłki do salonów i klientów hurtowych codziennie do 14:00 (kurier wartościowy)
- 21.12 – ostatni odbiór przed świętami
- 30.12 – inwentaryzacja roczna na miejscu, prosimy o delegowanie jednej osoby z Państwa strony

Proszę o potwierdzenie terminów lub ewentualne uwagi do piątku. Faktura za listopad przyjdzie jak zwykle z księgowości na początku grudnia.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
ul. Składowa 7, 62-052 Komorniki
tel. +48 61 657 20 15, kom. +48 601 442 187
'''
    make(F, 23, 'pl', 'partner-logistik-harmonogram-grudzien', frm=C('zielinski'), to=[S('pl_mgr')], cc=[S('pl_acc')],
         subject='Harmonogram dostaw grudzień – magazyn Komorniki', t=t,
         infra=P(I.postfix_own, server='mail.partner-logistik.pl', server_ip='91.227.76.140', client_ip='91.227.76.142',
                 client_rdns='biuro.partner-logistik.pl', mua='outlook', lang='pl'),
         body=ol_alt(body, 'windows-1250', lang='PL'), hcs='windows-1250', order='outlook',
         what='Logistics partner\'s account manager sends the December warehouse schedule.',
         why='Known contact, partner\'s own mail server from its office IP, operational content only.',
         hn='A22')

    # ------------------------------------------------------------------ 24 wholesale customer order (wp.pl)
    t = dt(2026, 11, 5, 17, 40, 18)
    body = '''Dzień dobry Pani Agnieszko,

dziękuję za katalog kolekcji świątecznej. Chciałbym zamówić do mojego sklepu w Krakowie:

- łańcuszek splot ankier, złoto 585, 45 cm – 10 szt.
- kolczyki sztyfty z cyrkonią, złoto 585 – 12 par
- obrączki klasyczne 4 mm, złoto 585, rozmiary wg listy z poprzedniego maila – 8 szt.

Proszę o potwierdzenie cen po aktualnym kursie złota i terminu dostawy – zależy mi, żeby towar był u mnie najpóźniej 4 grudnia. Płatność jak zwykle przelewem 14 dni.

Przy okazji: mój numer VAT-UE jest chwilowo nieaktywny w VIES (błąd urzędu przy zmianie adresu), już to wyjaśniam. Jeśli towar idzie z Niemiec, proszę dać znać, jak to Państwo rozwiążą.

Pozdrawiam
Krzysztof Nowak
Jubiler Nowak
ul. Grodzka 28, 31-044 Kraków
tel. 12 421 58 30
'''
    make(F, 24, 'pl', 'klient-hurtowy-zamowienie-wp', frm=C('nowak'), to=[S('pl_mgr')],
         subject='Zamówienie – kolekcja świąteczna', t=t, infra=P(I.wp, client_ip='83.24.171.90'),
         body=text(body, 'iso-8859-2', '8bit'), hcs='iso-8859-2',
         what='Small jeweller in Kraków orders Christmas stock from his wp.pl address.',
         why='Long-standing wholesale customer on his consumer mailbox (WP infrastructure, Polish residential IP); '
             'order with normal payment terms, no attachment, no link.')

    # ------------------------------------------------------------------ 25 internal notice Warsaw
    t = dt(2026, 12, 7, 7, 15, 9)
    body = '''Drodzy,

kilka informacji organizacyjnych na koniec roku:

1. Inwentaryzacja roczna w salonie przy Mokotowskiej odbędzie się 31.12 od 8:00; salon będzie tego dnia zamknięty. Inwentaryzację w magazynie Partner Logistik w Komornikach robimy 30.12 – jedzie Paweł.
2. Godziny otwarcia salonu w okresie świątecznym: 19–23.12 10:00–21:00, 24.12 10:00–14:00, 27.12 nieczynne.
3. Wnioski urlopowe na styczeń proszę składać w systemie HR do 15.12.

Przypominam też, że faktury i zmiany rachunków bankowych dostawców weryfikujemy wyłącznie telefonicznie pod numerem z naszej bazy – nigdy na podstawie samego maila.

Dziękuję i pozdrawiam
Agnieszka Wójcik
Kierownik Biura
Example Group Polska sp. z o.o. | ul. Mokotowska 49 | 00-542 Warszawa
tel. +48 22 628 41 90
'''
    make(F, 25, 'pl', 'wewnetrzne-inwentaryzacja-swieta', frm=S('pl_mgr'),
         to=[('Zespół Warszawa', 'zespol-waw@example.com')], rcpt=S('pl_acc')[1],
         subject='Inwentaryzacja 31.12 i godziny otwarcia w okresie świątecznym', t=t,
         infra=P(I.internal, lang='pl-PL', client_ip='10.40.1.18'),
         body=ol_alt(body, 'windows-1250', lang='PL', html_cte='base64'), hcs='windows-1250', order='outlook',
         what='Warsaw office manager\'s internal notice about inventory and Christmas opening hours.',
         why='Internal mail via our Exchange and mail-int01 to a team list; organisational content, reminds '
             'staff to verify bank changes by phone.',
         hn='A25')

    # ------------------------------------------------------------------ 26 newsletter via FreshMail
    t = dt(2026, 12, 1, 6, 0, 12)
    uid = h('fm-uid', 10)
    body = '''Magazyn Jubiler – newsletter grudzień 2026

Dzień dobry,

w grudniowym wydaniu:

• Złoto na koniec roku – co dalej z cenami? Analiza notowań LBMA i kursu złotego.
• KSeF w branży jubilerskiej: pierwsze miesiące obowiązkowego e-fakturowania – pytania czytelników i odpowiedzi doradcy podatkowego.
• Uwaga na fałszywe wiadomości „od KSeF” i „od kuriera” – jak rozpoznać phishing skierowany do jubilerów.
• Targi: kalendarz wystawców na pierwsze półrocze 2027.

[[Czytaj wydanie online|https://jubilermagazyn.pl/newsletter/2026-12?utm_source=freshmail&utm_medium=email&utm_campaign=nl-2026-12]]

Otrzymujesz ten newsletter, ponieważ zapisałeś się na stronie jubilermagazyn.pl.
[[Wypisz się|https://jubilermagazyn.pl/newsletter/wypisz?u=%s]] | Wydawca: Magazyn Jubiler sp. z o.o., ul. Złota 44, 00-120 Warszawa
''' % uid
    hb = tpl.service_html('Magazyn Jubiler – newsletter grudzień 2026', body.split('\n\n')[1:-1], button=None,
                          footer=body.split('\n\n')[-1], color='#8a6d1f', brand='Magazyn Jubiler', lang='pl')
    make(F, 26, 'pl', 'newsletter-magazyn-jubiler-freshmail', frm=C('jubmag'), to=[S('pl_mgr')],
         subject='Magazyn Jubiler: ceny złota, KSeF w praktyce, kalendarz targów 2027', t=t,
         infra=P(I.freshmail, list_unsub='<https://jubilermagazyn.pl/newsletter/wypisz?u=%s>, <mailto:unsubscribe-%s@freshmail.pl>' % (uid, uid)),
         body=alt(text(tpl.plain(body), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         bstyle='service',
         what='Subscribed trade-magazine newsletter sent through FreshMail.',
         why='Opted-in newsletter via a Polish ESP with List-Unsubscribe and one-click header, links to the '
             'publisher\'s own site.')
