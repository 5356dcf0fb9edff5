"""Genuine business messages 17-40 (Italian, Polish, Spanish, Greek, Russian)."""
from mime import Text, Attach, Multi, local, ruuid, rhex, ralnum
from msg import message, Ctx, alt, mixed, html_of
from org import S, IBAN, RU
import infra as I
import files
import qr
import codes

B = 'business'


def build():
    # 17 Ferretti invoice (courtesy copy of SdI e-invoice)
    w = local('cet', 2026, 10, 8, 15, 40)
    c = Ctx('b17', w)
    inf = I.aruba(c.rng, w, '93.41.180.22')
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdsZ' + ralnum(c.rng, 22)]
    inf.msgid = '<000001db%s$%s$%s@ferretti-trasporti.it>' % (rhex(c.rng, 8), rhex(c.rng, 8), rhex(c.rng, 8))
    pdfd = files.pdf(['#Ferretti Trasporti S.p.A. - Copia di cortesia', 'Fattura n. 2026/FT/1187 del 07/10/2026', 'Documento trasmesso tramite SdI - id 12849977311', '',
                      'Servizio RFS Malpensa - Francoforte, settembre 2026: 22 viaggi x 1.340,00 EUR', 'Imponibile 29.480,00   IVA non imponibile art. 9 DPR 633/72',
                      'Scadenza 60 gg d.f.f.m. - Bonifico Intesa Sanpaolo IBAN ' + codes.fmt_iban(IBAN['ferretti'])], title='2026/FT/1187', producer='TeamSystem')
    txt = ('Spett.le Example Group,\n\nin allegato copia di cortesia della fattura n. 2026/FT/1187, già trasmessa tramite Sistema di Interscambio.\n\n'
           'Cordiali saluti\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia dell\'Industria 41, 21052 Busto Arsizio (VA)\n')
    body = mixed(c, [Text(txt, charset='iso-8859-1', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'FT_2026_1187_cortesia.pdf')], 'outlook')
    message(B, 'it', 'ferretti-fattura-cortesia', infra=inf, when=w, frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=S('it_acc'),
            subject='Fattura n. 2026/FT/1187 - copia di cortesia', body=body, hcs='iso-8859-1', hardneg=[17],
            what='Carrier\'s courtesy copy of an e-invoice already sent through SdI.',
            why='Genuine ferretti-trasporti.it via its Aruba mailbox from an Italian client IP; usual Intesa Sanpaolo IBAN; invoice also exists in SdI.')

    # 18 Ferretti urgent reminder with service suspension
    w = local('cet', 2026, 12, 3, 9, 27)
    c = Ctx('b18', w)
    inf = I.aruba(c.rng, w, '93.41.180.22')
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    inf.msgid = '<000001db%s$%s$%s@ferretti-trasporti.it>' % (rhex(c.rng, 8), rhex(c.rng, 8), rhex(c.rng, 8))
    txt = ('Buongiorno Francesca,\n\nnonostante i solleciti del 12 e del 24 novembre risultano ancora scadute le fatture 2026/FT/1187 (29.480,00 €) e 2026/FT/1203 (6.700,00 €).\n\n'
           'Ti informo che, in assenza di pagamento entro venerdì 4 dicembre, la Direzione ha disposto la sospensione del servizio navetta camion MXP-FRA da lunedì 7/12. '
           'Il pagamento va effettuato come sempre sul conto Intesa Sanpaolo indicato in fattura.\n\nSe il bonifico è già partito mandami per favore la contabile.\n\n'
           'Grazie e buona giornata\nChiara Colombo\nCustomer Service & Credit Control\nFerretti Trasporti S.p.A. - tel. 0331 620 415\n')
    message(B, 'it', 'ferretti-sollecito-sospensione-servizio', infra=inf, when=w, frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=S('it_acc'), cc=[S('it_mgr')],
            subject='SOLLECITO URGENTE - fatture scadute / sospensione servizio', body=Text(txt, charset='windows-1252', cte='quoted-printable'), hcs='windows-1252', hardneg=[17],
            what='Carrier\'s urgent reminder threatening to suspend the trucking service.',
            why='Real carrier contact and domain, earlier reminders, payment explicitly to the known account; a hard but legitimate dunning letter.')

    # 19 Aviocarburanti invoice (genuine counterpart of hijacked thread)
    w = local('cet', 2026, 11, 20, 11, 12)
    c = Ctx('b19', w)
    inf = I.aruba(c.rng, w, '151.11.48.201')
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    inf.msgid = '<%s@aviocarburanti-nord.it>' % ruuid(c.rng)
    pdfd = files.pdf(['#Aviocarburanti Nord S.r.l.', 'Riepilogo consegne Jet A-1 - novembre 2026 (1-19/11)', 'Totale litri: 1.284.400   Bolle n. 88 (elenco in allegato)',
                      'Fattura 2026/1147 - importo 1.027.520,00 EUR (accise assolte)', 'Pagamento: bonifico a 30 gg, IBAN ' + codes.fmt_iban(IBAN['aviocarb'])],
                     title='Riepilogo', producer='Microsoft Excel 2019')
    txt = ('Buongiorno Francesca,\n\ncome richiesto ti mando il riepilogo consegne di novembre (fino al 19) con l\'elenco bolle per la quadratura, e la fattura 2026/1147.\n\n'
           'Saluti\nLuca Marchetti\nAviocarburanti Nord S.r.l.\n\n-----Messaggio originale-----\nDa: Francesca De Luca <francesca.deluca@example.com>\n'
           'Oggetto: Fornitura Jet A-1 novembre - riepilogo consegne\n\nBuongiorno Luca,\nci potete mandare il riepilogo delle consegne di novembre per la quadratura con le bolle?\n')
    body = mixed(c, [Text(txt, charset='iso-8859-15', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'Riepilogo_consegne_nov2026_e_FT_2026-1147.pdf')], 'outlook')
    message(B, 'it', 'aviocarburanti-riepilogo-consegne', infra=inf, when=w, frm=('Luca Marchetti', 'l.marchetti@aviocarburanti-nord.it'), to=S('it_acc'),
            subject='R: Fornitura Jet A-1 novembre - riepilogo consegne', body=body, hcs='iso-8859-15', hardneg=[21],
            what='Fuel distributor answers the request with delivery summary and invoice PDF.',
            why='Real supplier via Aruba from an Italian client IP, plain PDF, matches the question, known IBAN.')

    # 20 colleague from private libero.it: broken laptop
    w = local('cet', 2026, 11, 2, 7, 18)
    c = Ctx('b20', w)
    inf = I.libero(c.rng, w, 'giulia.ferraro@libero.it')
    txt = ('Ciao Andreas,\n\nti scrivo dalla mia mail personale perché stamattina il portatile aziendale (Dell Latitude, inventario EG-IT-0417) non si accende più: '
           'dopo il caffè rovesciato ieri sera lo schermo resta nero e la spia della batteria lampeggia arancione.\n\n'
           'Oggi lavoro dallo scalo con il PC del turno. Posso spedirvelo con il corriere interno o preferisci che lo porti a Francoforte giovedì quando vengo per la riunione?\n\n'
           'Grazie, Giulia\n')
    message(B, 'it', 'ferraro-libero-portatile-rotto', infra=inf, when=w, frm=('Giulia Ferraro', 'giulia.ferraro@libero.it'), to=S('it'),
            subject='Portatile aziendale non si accende', body=Text(txt, charset='iso-8859-1', cte='8bit'), hcs='iso-8859-1',
            what='Italian station manager reports from her private Libero mailbox that her laptop is broken.',
            why='Genuine colleague, plausible reason for private mail, asks nothing sensitive; IT will verify via phone/ticket.')

    # 21 tax adviser deadlines
    w = local('cet', 2026, 11, 30, 12, 5)
    c = Ctx('b21', w)
    inf = I.eop(c.rng, w, 'eu')
    txt = ('Gentile Dott.ssa De Luca,\n\nLe ricordo le prossime scadenze per la stabile organizzazione italiana:\n\n'
           '- 16/12/2026: F24 ritenute e IVA di novembre, secondo acconto IRES/IRAP\n- 27/12/2026: acconto IVA\n'
           '- SdI: verifichi per favore nel cassetto fiscale le tre fatture di Ferretti scartate e riemesse a novembre\n\n'
           'Gli F24 li predisponiamo noi come sempre e li trova da venerdì nella nostra area clienti; non serve inviarci credenziali.\n\n'
           'Cordiali saluti\nDott. Paolo Rota\nStudio Commercialista Rota - Gallarate\n')
    message(B, 'it', 'commercialista-scadenze-dicembre', infra=inf, when=w, frm=('Paolo Rota', 'p.rota@studiorota.it'), to=S('it_acc'),
            subject='Scadenze fiscali dicembre 2026', body=alt(c, txt, html_of(txt), 'iso-8859-15', 'quoted-printable', 'outlook'), hcs='iso-8859-15', hardneg=[18],
            what='Tax adviser reminds of December tax deadlines and SdI checks.',
            why='Known adviser domain, no links or login requests, refers to the official cassetto fiscale.')

    # 22 Partner Logistik invoice (KSeF)
    w = local('cet', 2026, 11, 4, 13, 20)
    c = Ctx('b22', w)
    inf = I.postfix_host(c.rng, w, 'mail.partner-logistik.pl', 's118.cyber-folks.pl', '195.78.66.118', webmail='roundcube', client='89.64.12.201')
    pdfd = files.pdf(['#Partner Logistik sp. z o.o. - Faktura VAT FV/2026/11/0412', 'Numer KSeF: 5213344556-20261104-7A1C2B3D4E5F-9A', '',
                      'Usluga: przewoz drogowy WAW-FRA, pazdziernik 2026 (9 kursow)', 'Netto 31 500,00 PLN   VAT 23% 7 245,00 PLN   Brutto 38 745,60 PLN',
                      'Mechanizm podzielonej platnosci', 'Rachunek (biala lista VAT): PKO BP ' + codes.fmt_iban(IBAN['partner_pl'])], title='FV/2026/11/0412', producer='Comarch ERP Optima')
    txt = ('Dzień dobry,\n\nw załączeniu wizualizacja faktury FV/2026/11/0412 wystawionej w KSeF (numer KSeF w nagłówku). Termin płatności: 14 dni.\n\n'
           'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\n')
    body = mixed(c, [Text(txt, charset='iso-8859-2', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'FV_2026_11_0412.pdf')])
    message(B, 'pl', 'partner-logistik-faktura-ksef', infra=inf, when=w, frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), to=S('pl_acc'),
            subject='Faktura FV/2026/11/0412 - Partner Logistik', body=body, hcs='iso-8859-2', hardneg=[22, 23],
            what='Logistics partner sends the visualisation of a KSeF invoice with the white-list account.',
            why='Genuine partner-logistik.pl mailbox from a Polish client IP, KSeF number, split payment to a PKO BP account on the VAT white list.')

    # 23 Zielinski pickup notice
    w = local('cet', 2026, 11, 24, 16, 2)
    c = Ctx('b23', w)
    inf = I.postfix_host(c.rng, w, 'mail.partner-logistik.pl', 's118.cyber-folks.pl', '195.78.66.118', webmail='roundcube', client='89.64.12.201')
    txt = ('Panie Michale,\n\npotwierdzam awizację na czwartek 26.11: dwa zestawy (WGM 48217 / WGM 1180P i WGM 30411 / WGM 0772P), podjęcie z magazynu cargo WAW o 18:00, '
           'przyjazd do Frankfurtu Cargo City Süd w piątek ok. 11:00. Kierowcy: Paweł Kowalczyk i Marek Duda.\n\nProszę o przesłanie numerów AWB do środy wieczorem.\n\n'
           'Pozdrawiam\nTadeusz Zieliński\nKierownik spedycji\nPartner Logistik sp. z o.o.\ntel. +48 22 841 70 22\n')
    message(B, 'pl', 'zielinski-awizacja-waw-fra', infra=inf, when=w, frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=S('pl_mgr'),
            subject='Awizacja 26.11 - WAW-FRA, 2 zestawy', body=Text(txt, charset='windows-1250', cte='quoted-printable'), hcs='iso-8859-2', hardneg=[23],
            what='Logistics partner confirms truck pick-ups for the cargo run.',
            why='Real partner mailbox from a Polish IP, operational content, no Reply-To redirection, nothing financial.')

    # 24 driver from wp.pl with photo of CMR
    w = local('cet', 2026, 11, 27, 11, 38)
    c = Ctx('b24', w)
    inf = I.wp(c.rng, w, 'pawel.kowalczyk84@wp.pl')
    size = 41
    mat = [[1 if (x in (0, size - 1) or y in (0, size - 1) or (y % 4 == 2 and 3 < x < size - 4 - (y * 7) % 11)) else 0 for x in range(size)] for y in range(size)]
    png = qr.png(mat, scale=8)
    txt = ('Dzień dobry,\n\nw załączeniu zdjęcie podpisanego CMR z rozładunku we Frankfurcie (Cargo City Süd, rampa 14). Rozładunek zakończony 10:55, bez uwag.\n\n'
           'Pozdrawiam\nPaweł Kowalczyk\n')
    body = mixed(c, [Text(txt, charset='iso-8859-2', cte='8bit'), Attach(png, 'image/png', 'CMR_WGM48217.png')])
    message(B, 'pl', 'kowalczyk-wp-zdjecie-cmr', infra=inf, when=w, frm=('Paweł Kowalczyk', 'pawel.kowalczyk84@wp.pl'), to=S('pl_mgr'),
            subject='CMR rozładunek FRA 27.11', body=body, hcs='iso-8859-2',
            what='Subcontracted driver sends a photo (PNG) of the signed CMR from his wp.pl mailbox.',
            why='Known driver named in the partner\'s pick-up notice, harmless image, no request.')

    # 25 internal warning about fake helpdesk calls (Polish)
    w = local('cet', 2026, 11, 20, 8, 15)
    c = Ctx('b25', w)
    inf = I.internal(c.rng, w, S('pl_acc')[1])
    txt = ('Drodzy Koledzy,\n\nprzekazuję ostrzeżenie działu IT z Frankfurtu: w ostatnich dniach do kilku biur dzwonią przez Microsoft Teams osoby podające się za nasz Help Desk '
           '(konta zewnętrzne, np. „Help Desk Example Group” z domeny onmicrosoft.com) i proszą o uruchomienie Szybkiej pomocy lub AnyDesk.\n\n'
           'Nasz dział IT nigdy nie kontaktuje się w ten sposób. Zgłoszenia obsługujemy tylko przez portal servicedesk.example.com lub pod numerem wewnętrznym 4444. '
           'Podejrzane wiadomości proszę zgłaszać przyciskiem „Zgłoś phishing”.\n\nPozdrawiam\nMichał Wójcik\nKierownik biura Warszawa\n')
    message(B, 'pl', 'ostrzezenie-falszywy-helpdesk-intern', infra=inf, when=w, frm=S('pl_mgr'), to=('Biuro Warszawa', 'waw-biuro@example.com'), rcpt=S('pl_acc')[1],
            subject='Ostrzeżenie: fałszywy Help Desk na Teams', body=alt(c, txt, html_of(txt), 'windows-1250', 'quoted-printable', 'outlook'), hcs='iso-8859-2', hardneg=[25],
            what='Office manager forwards IT\'s warning about fake help-desk Teams calls.',
            why='Internal relay; warning only, no links except internal portal name.')

    # 26 customer complaint SkyBaltic
    w = local('cet', 2026, 10, 12, 18, 51)
    c = Ctx('b26', w)
    inf = I.eop(c.rng, w, 'eu')
    txt = ('Szanowny Panie,\n\nzgłaszam reklamację dotyczącą obsługi rejsu SB 212 (WAW-RIX) w dniu 11.10.2026. Wózek z bagażami stał 25 minut bez osłony w deszczu, '
           'kilkunastu pasażerów zgłosiło zamoczone walizki, a dwa wózki inwalidzkie dotarły na pokład z opóźnieniem.\n\n'
           'Prosimy o wyjaśnienie i informację o działaniach naprawczych do 20.10. Koszty odszkodowań (obecnie 8 wniosków PIR) obciążą Państwa zgodnie z umową SGHA.\n\n'
           'Z poważaniem\nKarolina Nowak\nStation Manager WAW\nSkyBaltic Airlines\n')
    message(B, 'pl', 'skybaltic-reklamacja-sb212', infra=inf, when=w, frm=('Karolina Nowak', 'k.nowak@skybaltic.pl'), to=S('pl_mgr'),
            subject='Reklamacja - obsługa rejsu SB 212 w dniu 11.10.2026', body=alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable', 'outlook'),
            what='Customer airline complains about baggage handling in the rain.',
            why='Known customer domain via Microsoft 365, operational complaint, contractual claims - no payment redirection or links.')

    # 27 Iberlogística invoice
    w = local('cet', 2026, 10, 20, 10, 48)
    c = Ctx('b27', w)
    inf = I.postfix_host(c.rng, w, 'mail.iberlogistica.es', 'mail.iberlogistica.es', '217.116.0.84')
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    inf.msgid = '<000d01db%s$%s$%s@iberlogistica.es>' % (rhex(c.rng, 8), rhex(c.rng, 8), rhex(c.rng, 8))
    pdfd = files.pdf(['#Transportes Iberlogística S.L. - Factura FA-2026/3391', 'CIF B-28641937', 'Cliente: Example Group Spain', '',
                      'Transporte MAD-FRA camión completo, 6 servicios septiembre 2026   14.820,00 EUR', 'IVA 0% (operación intracomunitaria art. 69 LIVA)',
                      'Vencimiento 30 días - Banco Santander IBAN ' + codes.fmt_iban(IBAN['iberlog'])], title='FA-2026/3391', producer='a3ERP')
    txt = ('Buenos días Lucía:\n\nadjuntamos la factura FA-2026/3391 correspondiente a los servicios de septiembre.\n\nUn saludo,\n\nFacturación\nTransportes Iberlogística S.L.\n')
    body = mixed(c, [Text(txt, charset='iso-8859-1', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'FA-2026-3391.pdf')], 'outlook')
    message(B, 'es', 'iberlogistica-factura-fa-2026-3391', infra=inf, when=w, frm=('Iberlogística Facturación', 'facturacion@iberlogistica.es'), to=S('es_acc'),
            subject='Factura FA-2026/3391', body=body, hcs='iso-8859-1', hardneg=[28],
            what='Carrier invoice for September road services.',
            why='Real carrier domain from its own server, known Santander account, routine invoice.')

    # 28 internal HR payroll note (Spanish)
    w = local('cet', 2026, 12, 9, 12, 30)
    c = Ctx('b28', w)
    inf = I.internal(c.rng, w, S('es_acc')[1])
    txt = ('Hola Lucía:\n\nte confirmo que la paga extra de diciembre se abonará junto con la nómina el 22/12. Los recibos estarán, como siempre, en el portal del empleado '
           '(intranet > RR. HH. > Mis nóminas) a partir del 21/12; no enviamos nada por QR ni por enlaces externos.\n\n'
           'La revisión salarial 2027 se comunicará en enero por carta personal.\n\nUn saludo,\nJavier Muñoz\nDirector de Estación MAD\n')
    message(B, 'es', 'nomina-paga-extra-interno', infra=inf, when=w, frm=S('es_mgr'), to=S('es_acc'), subject='Paga extra diciembre y nóminas',
            body=alt(c, txt, html_of(txt), 'windows-1252', 'quoted-printable', 'outlook'), hcs='iso-8859-1', hardneg=[31],
            what='Station manager confirms Christmas bonus date and where payslips are published.',
            why='Internal relay, points only to the intranet, explicitly no QR/external links.')

    # 29 customer RFQ (Catering Aéreo Levante)
    w = local('cet', 2026, 11, 26, 13, 3)
    c = Ctx('b29', w)
    inf = I.eop(c.rng, w, 'eu')
    pdfd = files.pdf(['#Catering Aéreo Levante S.A.', 'Solicitud de oferta - servicios de rampa MAD 2027', 'Alcance: carga/descarga de trolleys, highloaders, 14.000 operaciones/año',
                      'Plazo de respuesta: 18/12/2026'], title='RFQ', producer='Microsoft® Word para Microsoft 365')
    txt = ('Estimado Javier:\n\nte adjunto nuestra solicitud de oferta para los servicios de rampa en Madrid-Barajas durante 2027. Si necesitáis visitar las instalaciones '
           'antes de presentar la oferta, dime un par de fechas.\n\nUn saludo,\nSergio Vidal\nDirector de Operaciones\nCatering Aéreo Levante S.A.\n')
    body = mixed(c, [alt(c, txt, html_of(txt), 'iso-8859-15', 'quoted-printable', 'outlook'), Attach(pdfd, 'application/pdf', 'RFQ_Rampa_MAD_2027.pdf')], 'outlook')
    message(B, 'es', 'catering-levante-solicitud-oferta', infra=inf, when=w, frm=('Sergio Vidal', 's.vidal@cateringlevante.es'), to=S('es_mgr'),
            subject='Solicitud de oferta servicios de rampa MAD 2027', body=body, hcs='iso-8859-15', hardneg=[30],
            what='Customer request for quotation for ramp services, PDF attached.',
            why='Known customer domain, PDF directly attached, no login needed, personal contact offered.')

    # 30 colleague from private Gmail: broken laptop
    w = local('cet', 2026, 11, 9, 8, 1)
    c = Ctx('b30', w)
    inf = I.gmail(c.rng, w, 'luciafdez.mad@gmail.com')
    txt = ('Hola Andreas,\n\nte escribo desde mi correo personal porque el portátil de la empresa se ha quedado bloqueado en la pantalla de BitLocker '
           'después de la actualización de anoche y no tengo la clave de recuperación.\n\nEl número de serie es 7HQ2K93 (etiqueta EG-ES-0112). '
           '¿Me llamáis al móvil de empresa cuando podáis? Hoy estoy en la oficina de la T4.\n\nGracias,\nLucía Fernández\n')
    message(B, 'es', 'fernandez-gmail-portatil-bitlocker', infra=inf, when=w, frm=('Lucía Fernández', 'luciafdez.mad@gmail.com'), to=S('it'),
            subject='Portátil bloqueado (BitLocker)', body=alt(c, txt, html_of(txt, 'font-family:Arial'), 'UTF-8', 'quoted-printable', 'gmail'), hardneg=[29],
            what='Spanish accountant writes from her private Gmail that her laptop is stuck at BitLocker.',
            why='Genuine colleague, asks to be called back on the company phone, no data or money requested.')

    # 31 newsletter via Brevo
    w = local('cet', 2026, 12, 1, 7, 0)
    c = Ctx('b31', w)
    inf = I.brevo(c.rng, w, 'handlingiberico.es', S('es_mgr')[1])
    unsub = 'https://r.handlingiberico.es/tr/un/' + ralnum(c.rng, 40)
    txt = ('Handling Ibérico - Boletín diciembre 2026\n\n- Aena adjudica nuevas licencias de handling en Palma y Málaga\n- Temporada de deshielo: novedades de AESA\n'
           '- Entrevista: la automatización de la rampa en Barajas\n\nLeer online: https://www.handlingiberico.es/boletin/2026-12\n\n'
           'Recibes este boletín porque te suscribiste en handlingiberico.es. Darse de baja: %s\n' % unsub)
    message(B, 'es', 'boletin-handling-iberico', infra=inf, when=w, frm=('Handling Ibérico', 'boletin@handlingiberico.es'), to=S('es_mgr'),
            subject='Boletín diciembre: licencias de handling, deshielo y automatización', body=alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable'),
            extra=['List-Unsubscribe: <%s>, <mailto:unsubscribe@handlingiberico.es>' % unsub, 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
            what='Subscribed trade newsletter sent via Brevo.', why='Subscribed list, consistent sender domain, one-click unsubscribe, purely informational.')

    # 32 Hellas Air Cargo invoice
    w = local('eet', 2026, 10, 30, 12, 40)
    c = Ctx('b32', w)
    inf = I.exchange_onprem(c.rng, w, 'mail.hellas-aircargo.gr', 'mail.hellas-aircargo.gr', '94.70.241.18', 'hac.local', zone='eet')
    pdfd = files.pdf(['#Hellas Air Cargo Handling A.E. - Timologio 2026-TPY-0918', 'Cargo handling ATH, October 2026', 'Net 18,440.00 EUR  VAT 24% 4,425.60 EUR  Total 22,865.60 EUR',
                      'Piraeus Bank IBAN ' + codes.fmt_iban(IBAN['hellas']), 'MARK myDATA: 400001934571223'], title='2026-TPY-0918', producer='SoftOne')
    txt = ('Αγαπητή κα Γεωργίου,\n\nσας αποστέλλουμε συνημμένα το τιμολόγιο 2026-ΤΠΥ-0918 για τις υπηρεσίες διακίνησης φορτίων Οκτωβρίου. '
           'Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001934571223).\n\nΜε εκτίμηση,\nΛογιστήριο\nHellas Air Cargo Handling Α.Ε.\n')
    body = mixed(c, [Text(txt, charset='iso-8859-7', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'TPY_2026_0918.pdf')], 'outlook')
    message(B, 'el', 'hellas-aircargo-timologio', infra=inf, when=w, frm=('Λογιστήριο Hellas Air Cargo', 'logistirio@hellas-aircargo.gr'), to=S('gr_acc'),
            subject='Τιμολόγιο 2026-ΤΠΥ-0918', body=body, hcs='iso-8859-7', hmode='B', hardneg=[33],
            what='Cargo subcontractor invoice with myDATA MARK, usual Piraeus account.',
            why='Real domain from the partner\'s own Exchange, consistent account, MARK number verifiable in myDATA.')

    # 33 external accountant about myDATA
    w = local('eet', 2026, 11, 2, 10, 5)
    c = Ctx('b33', w)
    inf = I.postfix_host(c.rng, w, 'mail.karagianni-logistiki.gr', 'mail.karagianni-logistiki.gr', '185.4.132.77', zone='eet')
    inf.headers = ['User-Agent: Mozilla Thunderbird']
    inf.msgid = '<%s@karagianni-logistiki.gr>' % ruuid(c.rng)
    txt = ('Καλημέρα Ελένη,\n\nστη συμφωνία του myDATA για το γ΄ τρίμηνο βρήκα δύο τιμολόγια εξόδων της ΑΝΤΩΝΙΟΥ ΕΠΕ χωρίς χαρακτηρισμό. '
           'Μπορείς να μου στείλεις τα PDF ή να τα ανεβάσεις στον κοινό φάκελο; Τους χαρακτηρισμούς θα τους περάσω εγώ από το TAXISnet.\n\n'
           'Προθεσμία έχουμε ως τις 20/11.\n\nΚαλή εβδομάδα,\nΜαρία Καραγιάννη\nΛογιστικό Γραφείο Καραγιάννη\n')
    message(B, 'el', 'karagianni-mydata-xaraktirismoi', infra=inf, when=w, frm=('Μαρία Καραγιάννη', 'm.karagianni@karagianni-logistiki.gr'), to=S('gr_acc'),
            subject='myDATA γ΄ τρίμηνο - χαρακτηρισμοί εξόδων', body=Text(txt, charset='utf-8', cte='8bit', format_flowed=True), hcs='utf-8', hmode='B', hardneg=[32],
            what='External accountant asks for two supplier PDFs to complete myDATA classifications.',
            why='Known accountant, no links, she logs into TAXISnet herself; ordinary request.')

    # 34 small supplier quote from otenet.gr
    w = local('eet', 2026, 11, 5, 9, 33)
    c = Ctx('b34', w)
    inf = I.otenet(c.rng, w, 'antoniou.st@otenet.gr')
    pdfd = files.pdf(['#ANTONIOU EPE - Prosfora 2026/311', 'Aporrypantiko kampinas 5 lt x 40   4.80 EUR', 'Apolymantiko toualeton 5 lt x 30   5.60 EUR', 'Synolo 360.00 EUR + FPA 24%'],
                     title='Prosfora', producer='Microsoft® Excel® 2016')
    txt = ('Καλημέρα σας,\n\nσας στέλνω την προσφορά για τα χημικά καθαρισμού καμπίνας για Δεκέμβριο, τιμές ίδιες με τον Νοέμβριο. Η παράδοση γίνεται Τρίτη στο cargo.\n\n'
           'Ευχαριστώ,\nΣταύρος Αντωνίου\nΑΝΤΩΝΙΟΥ ΕΠΕ – τηλ. 210 96 11 482\n')
    body = mixed(c, [Text(txt, charset='windows-1253', cte='8bit'), Attach(pdfd, 'application/pdf', 'Προσφορά_311.pdf', fn_charset='utf-8')], 'outlook')
    message(B, 'el', 'antoniou-otenet-prosfora', infra=inf, when=w, frm=('Σταύρος Αντωνίου', 'antoniou.st@otenet.gr'), to=S('gr_acc'),
            subject='Προσφορά 2026/311 χημικά καθαρισμού', body=body, hcs='windows-1253', hmode='B', hardneg=[36],
            what='Small supplier\'s quote as PDF from his otenet.gr mailbox.',
            why='Usual consumer mailbox of a known small supplier, PDF attachment, phone number, same prices as before.')

    # 35 genuine PayPal receipt
    w = local('eet', 2026, 11, 16, 14, 20)
    c = Ctx('b35', w)
    inf = I.paypal(c.rng, w)
    txt = ('PayPal\n\nΓεια σας, Νίκος Παπαδόπουλος\n\nΣτείλατε μια πληρωμή 86,40 EUR σε Plaisio Computers ΑΕ\n\nΑριθμός συναλλαγής: 7RT41829KJ3350914\n'
           'Ημερομηνία: 16 Νοεμβρίου 2026\nΠεριγραφή: Toner HP 59A x2\n\nΛεπτομέρειες συναλλαγής: https://www.paypal.com/myaccount/transactions/details/7RT41829KJ3350914\n\n'
           'PayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg\n')
    message(B, 'el', 'paypal-apodeixi-plirwmis', infra=inf, when=w, frm=('PayPal', 'service@paypal.gr'), to=S('gr_mgr'),
            subject='Απόδειξη πληρωμής προς Plaisio Computers ΑΕ', body=alt(c, txt, html_of(txt, 'font-family:Helvetica,Arial'), 'utf-8', 'quoted-printable'),
            hcs='utf-8', hmode='B', return_path='service@intl.paypal.com', hardneg=[35],
            what='PayPal payment receipt for office toner bought by the Athens manager.',
            why='Genuine PayPal infrastructure, payment initiated by the recipient, no phone number or third-party note.')

    # 36 internal Greek office notice
    w = local('eet', 2026, 12, 14, 9, 5)
    c = Ctx('b36', w)
    inf = I.internal(c.rng, w, S('gr_acc')[1])
    txt = ('Καλημέρα σε όλους,\n\nσας υπενθυμίζω ότι το γραφείο θα είναι κλειστό 25–26/12 και 1/1. Η βάρδια ράμπας λειτουργεί κανονικά σύμφωνα με το πρόγραμμα. '
           'Οι άδειες Χριστουγέννων εγκρίνονται μέσω του HR portal έως την Παρασκευή.\n\nΝίκος\n')
    message(B, 'el', 'papadopoulos-argies-intern', infra=inf, when=w, frm=S('gr_mgr'), to=('Γραφείο Αθήνας', 'ath-office@example.com'), rcpt=S('gr_acc')[1],
            subject='Αργίες Χριστουγέννων - λειτουργία γραφείου', body=alt(c, txt, html_of(txt), 'windows-1253', 'quoted-printable', 'outlook'), hcs='windows-1253', hmode='B',
            what='Athens office manager announces holiday office closure.', why='Internal relay, informational, no links.')

    # 37 AeroTechSnab invoice (schet)
    w = local('msk', 2026, 10, 29, 15, 10)
    c = Ctx('b37', w)
    inf = I.yandex(c.rng, w, 'buh@aerotechsnab.ru', web=False)
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    inf.msgid = '<%s@aerotechsnab.ru>' % ruuid(c.rng)
    r = RU['aerotech']
    txt = ('Добрый день!\n\nНаправляем счет № 1184 от 29.10.2026 на поставку запчастей для тягачей (поручень, гидроцилиндр рулевого управления, фильтры).\n\n'
           'Получатель: ООО «АэроТехСнаб», ИНН %s, КПП %s\nР/с %s в %s\nБИК %s, К/с %s\n\nСумма: 486 900,00 руб., в т.ч. НДС 20%%.\n'
           'Оригиналы документов (УПД) направим через Диадок.\n\nС уважением,\nбухгалтерия ООО «АэроТехСнаб»\n' % (r['inn'], r['kpp'], r['acct'], r['bank'], r['bik'], r['corr']))
    pdfd = files.pdf(['#OOO AeroTechSnab - Schet N 1184 ot 29.10.2026', 'INN %s  KPP %s' % (r['inn'], r['kpp']), 'R/s %s  BIK %s  K/s %s' % (r['acct'], r['bik'], r['corr']),
                      'Summa: 486 900,00 RUB (NDS 20%)'], title='Schet 1184', producer='1C:Enterprise 8.3')
    body = mixed(c, [Text(txt, charset='koi8-r' if False else 'windows-1251', cte='8bit'), Attach(pdfd, 'application/pdf', 'Счет_1184_от_29.10.2026.pdf', fn_charset='windows-1251')], 'outlook')
    message(B, 'ru', 'aerotechsnab-schet-1184', infra=inf, when=w, frm=('Бухгалтерия АэроТехСнаб', 'buh@aerotechsnab.ru'), to=S('ru_acc'),
            subject='Счет № 1184 от 29.10.2026', body=body, hcs='windows-1251', hmode='B', date_zone='msk', hardneg=[38],
            what='Supplier invoice (schet) with the usual Sberbank details, UPD via Diadok.',
            why='Genuine aerotechsnab.ru (on Yandex 360 for domains), account validates against BIK and matches the supplier master data, INN unchanged.')

    # 38 genuine Yandex ID sign-in notice
    w = local('msk', 2026, 11, 23, 9, 2)
    c = Ctx('b38', w)
    inf = I.yandex(c.rng, w, 'noreply@id.yandex.ru', web=False)
    inf.msgid = '<%s@id.yandex.ru>' % rhex(c.rng, 32)
    txt = ('Яндекс ID\n\nВход в аккаунт dmitry.sokolov.eg\n\nМы заметили вход в ваш аккаунт с нового устройства.\n\nУстройство: Windows, Яндекс Браузер\nМесто: Москва, Россия\n'
           'Время: 23.11.2026, 08:59 (МСК)\n\nЕсли это были вы, ничего делать не нужно. Если нет — перейдите на https://id.yandex.ru/security и смените пароль.\n\n'
           'Команда Яндекс ID\n')
    message(B, 'ru', 'yandex-id-novyi-vhod', infra=inf, when=w, frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=S('ru_mgr'),
            subject='Вход с нового устройства', body=alt(c, txt, html_of(txt, 'font-family:Arial'), 'utf-8', 'base64'), hcs='utf-8', hmode='B', date_zone='msk', hardneg=[39],
            what='Yandex ID new-device sign-in notice for the Moscow manager\'s Yandex account (used for Yandex Direct / Market).',
            why='From id.yandex.ru via Yandex forward* hosts, location Moscow at office hours, links only to id.yandex.ru.')

    # 39 genuine internal payment request (Moscow)
    w = local('msk', 2026, 12, 3, 10, 40)
    c = Ctx('b39', w)
    inf = I.internal(c.rng, w, S('ru_acc')[1])
    txt = ('Ольга, добрый день!\n\nПрошу включить в платежный реестр на пятницу счет ООО «АэроТехСнаб» № 1197 от 30.11.2026 (ремкомплекты для тягачей, 214 300 руб.). '
           'Счет и УПД пришли через Диадок, заявка на закупку согласована в 1С (ЗК-000318).\n\nСпасибо!\nДмитрий Соколов\n')
    message(B, 'ru', 'sokolov-oplata-scheta-intern', infra=inf, when=w, frm=S('ru_mgr'), to=S('ru_acc'),
            subject='Оплата счета АэроТехСнаб № 1197', body=alt(c, txt, html_of(txt), 'koi8-r' if False else 'windows-1251', 'quoted-printable', 'outlook'),
            hcs='koi8-r', hmode='B', date_zone='msk', hardneg=[40],
            what='Moscow manager asks the accountant to schedule a known supplier invoice.',
            why='Internal relay, known supplier, approved purchase request and EDI documents, normal payment run.')

    # 40 bookkeeping contractor from yandex.ru
    w = local('msk', 2026, 12, 10, 14, 25)
    c = Ctx('b40', w)
    inf = I.yandex(c.rng, w, 'irina.lebedeva.buh@yandex.ru', web=True)
    txt = ('Ольга Николаевна, здравствуйте!\n\nГотовлю акты сверки с поставщиками на 31.12. По ООО "АэроТехСнаб" у меня расхождение 12 400 руб. '
           '(счет N 1162 от 15.10.2026 - у них отражена отгрузка, у нас УПД нет). Уточните, пожалуйста, приходил ли УПД через Диадок?\n\n'
           'С уважением,\nИрина Лебедева\n')
    message(B, 'ru', 'lebedeva-yandex-akt-sverki', infra=inf, when=w, frm=('Ирина Лебедева', 'irina.lebedeva.buh@yandex.ru'), to=S('ru_acc'),
            subject='Акт сверки АэроТехСнаб на 31.12', body=Text(txt, charset='koi8-r', cte='8bit'), hcs='koi8-r', hmode='B', date_zone='msk',
            what='Outsourced bookkeeper (consumer Yandex mailbox) asks about a reconciliation difference.',
            why='Known contractor address, factual question, no links, no payment request.')
