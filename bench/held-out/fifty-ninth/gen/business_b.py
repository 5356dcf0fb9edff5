"""Genuine business messages 17-31: Italian, Polish, Spanish."""

import checks as C
import infra as I
import media
import tpl
from company import S, A, EG_IT, EG_PL, EG_ES, FERR, PLOG, BELL, KOWAL, HIL, NAV
from mime import Text, Att, Multi, outlook_html, gmail_html, tb_html, esc
from msg import M
from tpl import alt, ol_att, gm_att, pdf_doc, notice_html
from attacks_b import B17_MSGID

F = 'business'

# ====================================================================== 17
B17 = """Buongiorno,

in allegato Vi inviamo copia di cortesia della fattura n. 2026/1843 del 31/10/2026 relativa ai trasporti del mese di ottobre (tratte Prato - Mönchengladbach e Prato - Stryków).

Il documento originale è stato trasmesso tramite il Sistema di Interscambio (SdI) ed è disponibile nella Vostra area riservata Fatture e Corrispettivi; la presente copia non ha valore fiscale.

Importo totale: € 7.412,60 (operazione non imponibile art. 9 c. 1 n. 2 D.P.R. 633/72)
Pagamento: bonifico bancario a 60 gg d.f.f.m. (scadenza 31/12/2026) sulle coordinate di sempre indicate in fattura.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Zanica 91 - 24126 Bergamo
Tel. +39 035 31 84 220 - P.IVA {piva}
"""


def b17_pdf():
    return pdf_doc('Fattura 2026/1843', 'Ferretti Trasporti', [
        ('h1', 'Ferretti Trasporti S.p.A.'), ('s', 'Via Zanica 91 - 24126 Bergamo - P.IVA %s - Autotrasporto conto terzi' % FERR['piva']), ('rule', ''), ('gap', ''),
        ('n', 'Spett.le Example Group Italia S.r.l.'), ('n', 'Via Pistoiese 210 - 59100 Prato'), ('n', 'P.IVA %s' % EG_IT['piva']), ('gap', ''),
        ('h2', 'FATTURA N. 2026/1843 DEL 31/10/2026 - COPIA DI CORTESIA'), ('gap', ''),
        ('monolines', """Data       Tratta                              DDT/CMR        Importo EUR
02/10/2026 Prato - Mönchengladbach (DE)        CMR 26-77412      1.050,00
07/10/2026 Prato - Mönchengladbach (DE)        CMR 26-77561      1.050,00
13/10/2026 Prato - Mönchengladbach (DE)        CMR 26-77830      1.050,00
16/10/2026 Prato - Stryków (PL)                CMR 26-77944      1.112,60
20/10/2026 Prato - Mönchengladbach (DE)        CMR 26-78102      1.050,00
26/10/2026 Prato - Mönchengladbach (DE)        CMR 26-78377      1.050,00
29/10/2026 Prato - Mönchengladbach (DE)        CMR 26-78490      1.050,00
                                               Totale            7.412,60"""), ('gap', ''),
        ('n', 'Operazione non imponibile IVA ai sensi dell\'art. 9, c. 1, n. 2, D.P.R. 633/72 (trasporto internazionale).'),
        ('n', 'Pagamento: bonifico 60 gg d.f.f.m. - %s - IBAN %s' % (FERR['bank'], C.fmt_iban(FERR['iban']))), ('gap', ''),
        ('s', 'Copia di cortesia priva di valore fiscale. L\'originale è stato trasmesso al Sistema di Interscambio.'),
    ], creator='TeamSystem Enterprise', producer='TeamSystem PDF', date="20261102113512+01'00'")


# ====================================================================== 18
B18 = """Buongiorno Marco,

Vi scrivo di nuovo in merito alle nostre fatture scadute, per le quali non abbiamo ancora ricevuto il pagamento nonostante il sollecito del 27 ottobre:

- fattura n. 512/2026 del 31/08/2026, scadenza 30/09/2026: € 18.420,00
- fattura n. 587/2026 del 30/09/2026, scadenza 31/10/2026: € 12.965,40

Totale scaduto: € 31.385,40

Capisco che a fine mese ci siano state le chiusure, ma con questi importi aperti non posso far partire le prossime pezze per la collezione primavera-estate: se entro venerdì 13 novembre non vediamo almeno il saldo della fattura 512, saremo costretti a sospendere le consegne in corso, compreso l'ordine 2026/0931 che Frank aspetta per la settimana prossima.

Il pagamento va fatto sul conto di sempre (Monte dei Paschi, IBAN {iban}): le coordinate non sono cambiate.

Se ci sono contestazioni su qualche pezza fatemelo sapere e ne parliamo, ma per favore datemi una risposta entro oggi.

Grazie, un saluto
Lorenzo Bellandi
Tessitura Bellandi S.r.l.
Via del Purgatorio 44 - 59100 Prato
Tel. +39 0574 81 22 63
"""

# ====================================================================== 19
B19 = """Gentile Dott. Bianchi,

in allegato trasmettiamo il modello F24 con scadenza 16 novembre 2026 per Example Group Italia S.r.l., contenente:

- IVA liquidazione mensile ottobre 2026 (cod. tributo 6010): euro 14.382,17
- ritenute su redditi di lavoro dipendente ottobre 2026 (cod. tributo 1001): euro 6.917,40
- contributi INPS ottobre 2026 (causale DM10): euro 9.842,66

Totale da versare: euro 31.142,23

Il versamento va effettuato tramite il Vostro home banking (servizio F24 online) entro lunedì 16/11. Vi preghiamo di inviarci la quietanza una volta effettuato il pagamento, così la archiviamo nel fascicolo.

Per qualsiasi chiarimento restiamo a disposizione.

Cordiali saluti

Rag. Stefania Ricci
Studio Conti & Ricci - Dottori Commercialisti
Via Ferrucci 55 - 59100 Prato
Tel. 0574 46 31 80
"""


def b19_pdf():
    return pdf_doc('F24 Example Group Italia 16-11-2026', 'Studio Conti & Ricci', [
        ('h1', 'MODELLO F24 - DELEGA IRREVOCABILE'), ('n', 'Scadenza 16/11/2026 · Contribuente: Example Group Italia S.r.l. · C.F./P.IVA %s' % EG_IT['piva']), ('rule', ''),
        ('monolines', """SEZIONE ERARIO
cod. tributo  rateazione  anno   importi a debito
6010                      2026          14.382,17
1001          10          2026           6.917,40
SEZIONE INPS
sede  causale  matricola       periodo     importi a debito
4700  DM10     4712389456      10/2026          9.842,66
                               SALDO FINALE    31.142,23"""), ('gap', ''),
        ('s', 'Predisposto da Studio Conti & Ricci - Dottori Commercialisti, Prato'),
    ], creator='Entratel / F24 Studio', producer='GIS F24', date="20261110122004+01'00'")


# ====================================================================== 20
B20 = """Ciao Francesca,

come d'accordo al telefono ti mando il riassortimento per il negozio di Lucca. I cardigan e le felpe della linea autunno stanno andando benissimo, soprattutto nei colori cammello e grigio melange.

Art. 26-K114 cardigan lana merino cammello: 2 S, 3 M, 3 L, 1 XL
Art. 26-K114 cardigan lana merino grigio melange: 2 S, 2 M, 2 L
Art. 26-F201 felpa cotone garzato blu notte: 3 M, 3 L, 2 XL
Art. 26-P330 pantalone velluto a coste larghe tabacco: 2 tg. 44, 3 tg. 46, 3 tg. 48, 2 tg. 50

Se riuscite a spedire entro fine mese sarebbe perfetto, così li abbiamo per il ponte di Ognissanti. Pagamento come sempre con RiBa a 60 giorni.

Grazie mille e a presto!
Elisa Guidi
Boutique Elisa - Via Fillungo 88, Lucca
"""

# ====================================================================== 21
B21 = """Gentile cliente,

la spedizione numero 0452 0987 1123, inviata da LIEFERANT GMBH, è in consegna oggi 19/11/2026.

Il corriere passerà nella fascia oraria 12:00 - 15:00. Per seguire la spedizione o richiedere una consegna in una data diversa puoi utilizzare il servizio MyBRT su https://www.mybrt.it oppure l'app MyBRT.

Ti ricordiamo che per le spedizioni in porto franco BRT non richiede mai pagamenti tramite link inviati via SMS o e-mail.

Cordiali saluti
BRT S.p.A.
"""

# ====================================================================== 22
B22 = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/10/0412 za usługi magazynowe i logistyczne w październiku 2026 r. Faktura została wystawiona w Krajowym Systemie e-Faktur (numer KSeF: {ksef}) i jest dostępna w KSeF - załączony plik PDF ma charakter wyłącznie informacyjny.

Kwota brutto: 48 351,78 zł
Termin płatności: 17.11.2026
Rachunek: {nrb} (PKO BP, rachunek zgłoszony w Wykazie podatników VAT)

Prosimy o zapłatę w mechanizmie podzielonej płatności (MPP).

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 8, 95-010 Stryków
NIP {nip}
"""


def ksef_no(nip, ymd, seed):
    import hashlib
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    return '%s-%s-%s-%s' % (nip, ymd, h[:12], h[12:14])


def b22_pdf(ksef):
    return pdf_doc('FV/2026/10/0412', 'Partner Logistik', [
        ('h1', 'Partner Logistik sp. z o.o.'), ('s', 'ul. Logistyczna 8, 95-010 Stryków · NIP %s · KRS %s' % (C.fmt_nip(PLOG['nip']), PLOG['krs'])), ('rule', ''), ('gap', ''),
        ('h2', 'Faktura VAT nr FV/2026/10/0412 - wizualizacja'), ('n', 'Numer KSeF: %s' % ksef), ('n', 'Data wystawienia: 03.11.2026 · Data wykonania usługi: 31.10.2026'), ('gap', ''),
        ('n', 'Nabywca: Example Group Polska sp. z o.o., ul. Tymienieckiego 25, 90-350 Łódź, NIP %s' % C.fmt_nip(EG_PL['nip'])), ('gap', ''),
        ('monolines', """Lp. Nazwa usługi                                   Netto        VAT 23%     Brutto
1   Składowanie paletowe (1 184 miejsc x 31 dni)   22 015,48    5 063,56   27 079,04
2   Kompletacja i wydania (14 212 szt.)             11 369,60    2 615,01   13 984,61
3   Przyjęcia i rozładunki (52 dostawy)              5 925,31    1 362,82    7 288,13
    Razem                                          39 310,39    9 041,39   48 351,78"""), ('gap', ''),
        ('n', 'Termin płatności: 17.11.2026 · Sposób płatności: przelew (MPP)'),
        ('n', 'Rachunek: %s · %s' % (C.fmt_nrb(PLOG['iban']), PLOG['bank'])),
    ], creator='Comarch ERP Optima', producer='Comarch ERP Optima PDF', date="20261103100211+01'00'")


# ====================================================================== 23
B23 = """Dzień dobry Pani Małgorzato,

potwierdzam awizacje na przyszły tydzień (tydz. 46) dla dostaw z Łodzi do naszego magazynu w Strykowie:

- poniedziałek 09.11, godz. 7:00, rampa 3 - 18 palet (kolekcja damska, kartony mieszane)
- środa 11.11 - święto, magazyn nieczynny
- czwartek 12.11, godz. 6:30, rampa 3 - 24 palety (dzianiny, wysyłka do Mönchengladbach w piątek)

Proszę o przesłanie list pakowych najpóźniej dzień przed dostawą. Kierowcy muszą mieć przy sobie numery awizacji: PL-AW-26-4471 i PL-AW-26-4489.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
tel. +48 42 719 33 00, kom. +48 601 284 377
"""

# ====================================================================== 24
B24 = """Dzień dobry,

informujemy, że wystawiliśmy fakturę nr FV 214/11/2026 z dnia 13.11.2026 na kwotę 86 227,92 zł brutto za usługi szycia (zlecenie EG-PL-2026-188, 3 450 szt. sukienek dzianinowych).

Faktura została przesłana do Krajowego Systemu e-Faktur i otrzymała numer KSeF: {ksef}. Fakturę pobiorą Państwo w swoim systemie księgowym lub w Aplikacji Podatnika KSeF. W załączniku przesyłamy wizualizację PDF (dokument pomocniczy).

Termin płatności: 27.11.2026, rachunek bez zmian: {nrb}

Pozdrawiamy
Biuro - Szwalnia Kowalczyk sp.j.
ul. Łaska 112, 98-220 Zduńska Wola
tel. 43 823 41 90

--
Wiadomość wysłana z systemu Fakturownia.pl
"""


def b24_pdf(ksef):
    return pdf_doc('FV 214/11/2026', 'Szwalnia Kowalczyk', [
        ('h1', 'Szwalnia Kowalczyk sp.j.'), ('s', 'ul. Łaska 112, 98-220 Zduńska Wola · NIP %s' % C.fmt_nip(KOWAL['nip'])), ('rule', ''), ('gap', ''),
        ('h2', 'Faktura VAT FV 214/11/2026'), ('n', 'Numer KSeF: %s' % ksef), ('n', 'Data wystawienia: 13.11.2026'), ('gap', ''),
        ('monolines', """Lp. Nazwa                                     Ilość     Cena netto   Wartość netto
1   Usługa szycia - sukienka dzianinowa         3 450     20,32        70 104,00
    wg zlecenia EG-PL-2026-188
                                   Netto 70 104,00  VAT 23% 16 123,92  Brutto 86 227,92"""), ('gap', ''),
        ('n', 'Termin płatności: 27.11.2026 · Rachunek: %s' % C.fmt_nrb(KOWAL['iban'])),
        ('s', 'Wizualizacja faktury ustrukturyzowanej - dokument pomocniczy'),
    ], creator='Fakturownia.pl', producer='Fakturownia.pl', date="20261113142511+01'00'")


# ====================================================================== 25
B25 = """Dzień dobry Pani Małgorzato,

niestety muszę zgłosić nieobecność - od wczoraj mam anginę, byłam rano na teleporadzie i lekarz wystawił e-ZLA do piątku 20.11. Zwolnienie powinno być widoczne na PUE ZUS.

Karty pracy z zeszłego tygodnia oddałam Kasi Sikorze, a na linii 2 zastąpi mnie Bożena, już z nią rozmawiałam.

Przepraszam za kłopot.
Anna Kaczmarek
szwalnia, linia 2
"""

# ====================================================================== 26
B26 = """Newsletter Polskiej Izby Mody i Tekstyliów - listopad 2026

Szanowni Państwo,

w tym wydaniu:

1. KSeF w branży odzieżowej - bezpłatny webinar dla członków Izby, 3 grudnia 2026 r., godz. 10:00. Omówimy faktury korygujące przy zwrotach towaru, faktury zaliczkowe oraz obsługę kontrahentów zagranicznych. Zapisy: https://izbamody.pl/webinar-ksef?utm_source=freshmail&utm_campaign=nl-2026-11

2. Rozszerzona odpowiedzialność producenta (ROP) dla tekstyliów - stanowisko Izby w konsultacjach projektu ustawy.

3. Targi: Ptak Fashion City, Rzgów, 24-26 lutego 2027 r. - rabat dla członków Izby na stoiska.

Zapraszamy do lektury!
Zespół Polskiej Izby Mody i Tekstyliów

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Izby. Wypisz się: https://app.freshmail.com/pl/unsubscribe/7c1e9b24d3/a8f2c61e0b9d4f7a
Polska Izba Mody i Tekstyliów, ul. Piotrkowska 148, 90-063 Łódź
"""

# ====================================================================== 27
B27 = """Buenos días:

Adjuntamos la factura FV-26/1187 correspondiente a su pedido PC-ES-26-0412 (hilo de algodón peinado Nm 50/1, 4.200 kg), servido el 30/09/2026.

Importe total: 20.480,46 €
Vencimiento: 31/10/2026
Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank ({iban})

Les rogamos que indiquen el número de factura en el concepto de la transferencia.

Atentamente,

Administración
Hilaturas del Vallès, S.A.
Ctra. de Montcada, 512 - 08223 Terrassa (Barcelona)
Tel. +34 937 31 48 00 - NIF {cif}
"""


def b27_pdf():
    return pdf_doc('Factura FV-26/1187', 'Hilaturas del Valles', [
        ('h1', 'Hilaturas del Vallès, S.A.'), ('s', 'Ctra. de Montcada, 512 - 08223 Terrassa (Barcelona) - NIF %s' % HIL['cif']), ('rule', ''), ('gap', ''),
        ('n', 'EXAMPLE GROUP IBERIA, S.L.'), ('n', 'Carrer de Pallars 108 - 08018 Barcelona - NIF %s' % EG_ES['cif']), ('gap', ''),
        ('h2', 'FACTURA FV-26/1187'), ('n', 'Fecha: 01/10/2026 · Pedido: PC-ES-26-0412 · Albarán: AL-26-3318'), ('gap', ''),
        ('monolines', """Artículo                                   Kg        Precio/kg   Importe
Hilo algodón peinado Nm 50/1 crudo       4.200,00      4,03      16.926,00
                                         Base imponible            16.926,00
                                         IVA 21 %                   3.554,46
                                         TOTAL FACTURA (EUR)       20.480,46"""), ('gap', ''),
        ('n', 'Vencimiento: 31/10/2026 · Transferencia a CaixaBank, IBAN %s' % C.fmt_iban(HIL['iban'])),
    ], creator='SAP Business One', producer='Crystal Reports', date="20261001120644+02'00'")


# ====================================================================== 28
B28 = """Estimados clientes:

Por la presente les comunicamos que, a partir del 1 de enero de 2027, Transportes Navarro e Hijos, S.L. operará con una nueva cuenta bancaria para el cobro de sus facturas:

Entidad: Bankinter
IBAN: {new}

Adjuntamos el certificado de titularidad emitido y firmado por Bankinter. Las facturas emitidas hasta el 31/12/2026 deberán seguir abonándose en la cuenta actual de Banco Sabadell ({old}), que permanecerá operativa hasta el 31 de marzo de 2027.

Por su seguridad, les rogamos que antes de modificar sus datos confirmen este cambio llamando a nuestro departamento de administración al número que figura en su ficha de proveedor o en nuestra web (961 64 78 20). En los próximos días, además, les llamaremos desde ese mismo número. Nunca les pediremos por correo electrónico que adelanten pagos ni que abonen facturas vencidas en una cuenta distinta.

Atentamente,

Amparo Navarro
Administración
Transportes Navarro e Hijos, S.L.
Pol. Ind. El Oliveral, c/ F, 14 - 46190 Riba-roja de Túria (Valencia)
"""


def b28_pdf():
    return pdf_doc('Certificado de titularidad Bankinter', 'Bankinter', [
        ('h1', 'Bankinter, S.A.'), ('s', 'Oficina 0731 - Valencia Empresas'), ('rule', ''), ('gap', ''),
        ('h2', 'CERTIFICADO DE TITULARIDAD'), ('gap', ''),
        ('lines', """Bankinter, S.A. certifica que TRANSPORTES NAVARRO E HIJOS, S.L., con NIF %s,
es titular de la siguiente cuenta abierta en esta entidad:""" % NAV['cif']), ('gap', ''),
        ('b', 'IBAN: ' + C.fmt_iban(NAV['iban_new'])), ('b', 'BIC: BKBKESMMXXX'), ('gap', ''),
        ('n', 'Y para que conste, se expide el presente certificado en Valencia, a 18 de noviembre de 2026.'), ('gap', ''),
        ('n', 'Firmado digitalmente por: BANKINTER, S.A. - Oficina 0731'),
    ], creator='Bankinter Empresas', producer='Bankinter Documentos', date="20261118101502+01'00'")


# ====================================================================== 29
B29 = """Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL ({cif})
Órgano emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación - Modelo 303
Fecha de puesta a disposición: 22/10/2026

Puede acceder a ella con su certificado electrónico o Cl@ve en https://dehu.redsara.es, en la sede electrónica de la Agencia Tributaria (https://sede.agenciatributaria.gob.es) o en la Carpeta Ciudadana.

Le recordamos que, transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada.

Este es un mensaje automático, no responda a este correo electrónico.
"""

# ====================================================================== 30
B30 = """Hola José,

te escribo porque ayer por fin nos llegó el pedido 2026-ES-0871 y hay varios errores:

- De los vestidos de punto (ref. 26-D118) pedimos 2 S, 4 M, 4 L y 2 XL, y nos han llegado 6 M y 6 L. No tenemos ni S ni XL, que son las tallas que más nos piden.
- Faltan las 6 chaquetas de punto gris (ref. 26-K140), aunque en el albarán aparecen como enviadas.
- Dos pantalones de pana (ref. 26-P330, talla 40) vienen con la cremallera rota.

Tengo fotos del albarán y de las cremalleras, si quieres te las mando por WhatsApp.

¿Podéis enviarnos las tallas correctas y las chaquetas esta semana? Con el puente y la campaña de Navidad no podemos quedarnos sin género. Los vestidos que sobran os los devolvemos con la misma agencia.

Gracias y un saludo,
Marina Soler
Boutique Marina
C/ Cirilo Amorós 41, Valencia
Tel. 963 51 42 87
"""

# ====================================================================== 31
B31 = """Salón de Moda Barcelona - 9, 10 y 11 de febrero de 2027

Hola,

ya están abiertas las acreditaciones profesionales para la próxima edición del Salón de Moda Barcelona, que reunirá a más de 420 marcas de moda, punto y complementos en el recinto de Gran Via.

Novedades de esta edición:
- Nuevo espacio "Punto & Sostenibilidad" con tejedurías y hilaturas de proximidad.
- Programa de compradores internacionales (Portugal, Francia, Marruecos y Latinoamérica).
- Jornada sobre VERI*FACTU y facturación electrónica para comercio textil, el 10 de febrero.

Acreditación gratuita hasta el 15 de enero: https://modabarcelonatrade.es/acreditacion

Moda Barcelona Trade
Av. Reina Maria Cristina s/n, 08004 Barcelona

Recibes este boletín porque te suscribiste en modabarcelonatrade.es. Darse de baja: https://modabarcelonatrade.es/baja?e=am9zZS5tYXJ0aW5leg
"""


def messages():
    L = []
    # 17
    L.append(M(F, 17, 'it', 'ferretti-fattura-copia-cortesia', '2026-11-02 11:40:09', 'IT',
               FERR['amm'], [S('bianchi')], 'Invio copia di cortesia fattura n. 2026/1843 del 31/10/2026',
               I.aruba('93.147.212.38', client='outlook', client_helo='AMM-PC02'),
               Multi('mixed', [alt(B17.format(piva=FERR['piva']), outlook_html(B17.format(piva=FERR['piva']), 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable'),
                               tpl.pdf_att(b17_pdf(), 'Fattura_2026-1843.pdf', 'outlook_desktop')]),
               'Courtesy copy of the carrier\'s October invoice (original via SdI), PDF attached.',
               'Real Ferretti domain sent with Outlook through Aruba from an Italian business line; amounts and routes '
               'match; payment "to the usual account"; no change requested.',
               msgid=B17_MSGID, hardneg=[17]))
    # 18
    L.append(M(F, 18, 'it', 'bellandi-sollecito-sospensione', '2026-11-11 10:20:37', 'IT',
               BELL['lorenzo'], [S('bianchi')], 'Sollecito pagamento fatture scadute - Example Group Italia',
               I.vps_postfix('mo550.mail-out.ovh.net', '6.mo550.mail-out.ovh.net', '46.105.77.235', client_ip='93.42.115.68',
                             client_host='93-42-115-68.ip85.fastwebnet.it', ua='Mozilla Thunderbird', zone='IT',
                             hcs='iso-8859-15', henc='Q', extra_headers=[('Content-Language', 'it')]),
               Text('plain', B18.format(iban=C.fmt_iban(BELL['iban'])), 'iso-8859-15', '8bit', flowed=True, wrap=72),
               'Urgent payment reminder from the weaving mill threatening to suspend deliveries.',
               'Known supplier on its real domain; threatening tone but confirms that bank details are unchanged; '
               'invoices and order numbers are real; invites discussion.',
               cc=[S('rinaldi'), S('mueller')], hardneg=[17, 20]))
    # 19
    L.append(M(F, 19, 'it', 'commercialista-f24-scadenza', '2026-11-10 12:33:18', 'IT',
               ('Studio Conti & Ricci', 'f24@studiocontiricci.it'), [S('bianchi')],
               'F24 in scadenza 16/11/2026 - Example Group Italia S.r.l.',
               I.m365('EUR', 1, org='studiocontiricci.it', lang='it-IT', hcs='iso-8859-1', henc='Q'),
               Multi('mixed', [Text('plain', B19, 'iso-8859-1', 'quoted-printable'),
                               ol_att('application/pdf', b19_pdf(), 'F24_ExampleGroupItalia_16112026.pdf', 'Tue, 10 Nov 2026 11:32:40 GMT')]),
               'The external accountants send the monthly F24 tax-payment form as a PDF.',
               'Known accounting firm on its own tenant; figures consistent; payment through the company\'s own home '
               'banking, no link, no archive, no password.',
               hardneg=[18, 19]))
    # 20
    L.append(M(F, 20, 'it', 'boutique-ordine-riassortimento', '2026-10-22 18:05:51', 'IT',
               ('Boutique Elisa', 'boutique.elisa@libero.it'), [S('conti')], 'Riassortimento maglieria',
               I.libero('151.38.97.204'), Text('plain', B20, 'utf-8', '8bit', csname='UTF-8'),
               'Small retail customer on a libero.it address sends a re-order of knitwear.',
               'Long-standing customer using consumer mail (as many boutiques do); order with real article numbers; '
               'usual payment terms; no links or attachments.'))
    # 21
    link = 'https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=045209871123'
    html = notice_html('BRT', '#e2001a', 'La tua spedizione è in consegna oggi',
                       [esc(p).replace('\n', '<br>').replace('https://www.mybrt.it', '<a href="https://www.mybrt.it">https://www.mybrt.it</a>') for p in B21.split('\n\n')[:-1]],
                       button=('Segui la spedizione', link), footer='BRT S.p.A. - Via E. Mattei 42 - 40138 Bologna - P.IVA 04507990150', lang='it')
    L.append(M(F, 21, 'it', 'brt-consegna-oggi', '2026-11-19 08:12:26', 'IT',
               ('BRT', 'noreply@brt.it'), [S('rinaldi')], 'BRT - La tua spedizione è in consegna oggi',
               I.generic_esp('smtpout2.brt.it', '217.19.144.28', zone='IT', bstyle='java', tls='1.2',
                             received_fmt=['from brtnotify04.brt.local (unknown [10.30.12.44])\n\tby smtpout2.brt.it (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{d12}.{d6}.{ms}@brtnotify04>', hcs='utf-8', henc='Q'),
               alt(B21, html, 'utf-8', 'quoted-printable'),
               'Genuine BRT delivery notification for a parcel from Lieferant GmbH.',
               'Courier\'s own domain and relay; tracking link on brt.it; explicitly says no payment links; expected '
               'delivery from a known supplier.',
               hardneg=[21]))
    # 22
    ksef = ksef_no(PLOG['nip'], '20261103', 'b22')
    txt = B22.format(ksef=ksef, nrb=C.fmt_nrb(PLOG['iban']), nip=C.fmt_nip(PLOG['nip']))
    L.append(M(F, 22, 'pl', 'partner-logistik-faktura-ksef', '2026-11-03 10:15:40', 'PL',
               PLOG['ksieg'], [S('kolodziej')], 'Faktura VAT FV/2026/10/0412 - usługi magazynowe październik 2026',
               I.m365('EUR', 2, org='partner-logistik.pl', lang='pl-PL', hcs='iso-8859-2', henc='Q'),
               Multi('mixed', [Text('plain', txt, 'iso-8859-2', 'quoted-printable'),
                               ol_att('application/pdf', b22_pdf(ksef), 'FV_2026_10_0412.pdf', 'Tue, 03 Nov 2026 09:14:58 GMT')]),
               'Monthly warehouse-services invoice from the logistics partner, issued in KSeF, PDF visualisation attached.',
               'Real partner-logistik.pl domain on its tenant; KSeF number; same PKO BP account as always, registered '
               'on the VAT white list; asks for split payment (the opposite of attack 23).',
               hardneg=[23, 22]))
    # 23
    L.append(M(F, 23, 'pl', 'zielinski-awizacja-dostaw', '2026-11-06 13:02:29', 'PL',
               PLOG['zielinski'], [S('wojcik')], 'Awizacja dostaw - tydzień 46, rampa 3',
               I.m365('EUR', 2, org='partner-logistik.pl', lang='pl-PL', hcs='windows-1250', henc='Q'),
               alt(B23, outlook_html(B23, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable'),
               'Operational mail from the logistics partner confirming delivery slots at the warehouse.',
               'Known contact on the real domain; operational content only, no money or credentials involved.',
               hardneg=[23]))
    # 24
    ksef = ksef_no(KOWAL['nip'], '20261113', 'b24')
    txt = B24.format(ksef=ksef, nrb=C.fmt_nrb(KOWAL['iban']))
    L.append(M(F, 24, 'pl', 'szwalnia-faktura-ksef-fakturownia', '2026-11-13 14:27:03', 'PL',
               KOWAL['biuro'], [S('kolodziej')], 'Faktura FV 214/11/2026 wystawiona w KSeF - Szwalnia Kowalczyk sp.j.',
               I.ses('eu-central-1', '54.240.3.9'),
               Multi('mixed', [alt(txt, '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
                                   + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.split('\n\n')) + '</body></html>\n',
                                   'utf-8', 'quoted-printable'),
                               Att('application/pdf', b24_pdf(ksef), 'FV_214_11_2026.pdf')]),
               'Contract sewing factory notifies an invoice issued in KSeF (sent through its invoicing SaaS over Amazon SES).',
               'Known supplier, genuine invoicing platform on SES; KSeF number given, no login link, account unchanged '
               '- the genuine counterpart of the KSeF lure in attack 22.',
               hardneg=[22]))
    # 25
    L.append(M(F, 25, 'pl', 'zwolnienie-lekarskie-wp', '2026-11-16 06:40:12', 'PL',
               ('Anna Kaczmarek', 'anna.kaczmarek85@wp.pl'), [S('wojcik')], 'Zwolnienie lekarskie',
               I.wp_pl('83.24.117.62'), Text('plain', B25, 'iso-8859-2', 'quoted-printable'),
               'Seamstress reports sick leave (e-ZLA) from her private wp.pl address.',
               'Private address of a production employee, who has no company mailbox; no request besides the '
               'absence notice.',
               hardneg=[6]))
    # 26
    lu = '<https://app.freshmail.com/pl/unsubscribe/7c1e9b24d3/a8f2c61e0b9d4f7a>, <mailto:unsubscribe-7c1e9b24d3-a8f2c61e0b9d4f7a@freshmail.pl>'
    paras = [esc(p).replace('\n', '<br>') for p in B26.split('\n\n')[1:-1]]
    html = notice_html('Polska Izba Mody i Tekstyliów', '#5b2a86', 'Newsletter - listopad 2026', paras,
                       footer='Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Izby. '
                              '<a href="https://app.freshmail.com/pl/unsubscribe/7c1e9b24d3/a8f2c61e0b9d4f7a">Wypisz się</a><br>'
                              'Polska Izba Mody i Tekstyliów, ul. Piotrkowska 148, 90-063 Łódź', lang='pl')
    L.append(M(F, 26, 'pl', 'newsletter-izba-mody-freshmail', '2026-11-25 10:00:03', 'PL',
               ('Polska Izba Mody i Tekstyliów', 'newsletter@izbamody.pl'), [S('wojcik')],
               'Newsletter Izby 11/2026: KSeF w branży odzieżowej - webinar 3 grudnia',
               I.generic_esp('mta31.freshmail.pl', '185.139.192.31', zone='CET', bstyle='java',
                             received_fmt=['from localhost (localhost [127.0.0.1])\n\tby mta31.freshmail.pl (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{hex32}@freshmail.pl>',
                             extra=[('List-Unsubscribe', lu), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                                    ('Precedence', 'bulk'), ('X-FM-Campaign', 'nl-2026-11'), ('Feedback-ID', '7c1e9b24d3:freshmail')],
                             return_path='bounce-7c1e9b24d3-{hex12}@freshmail.pl'),
               alt(B26, html, 'utf-8', 'quoted-printable'),
               'Subscribed newsletter of a textile trade association via FreshMail with List-Unsubscribe.',
               'Opted-in bulk mail with list headers and postal address; mentions KSeF legitimately (webinar) with a '
               'link to the association\'s own site.'))
    # 27
    hx = dict(gw_helo='correo.hilaturasvalles.es', gw_ip='213.0.87.140', local_dom='hilaturas.local', exch='SRVEXCH',
              exch_ip='192.168.0.12', zone='ES', lang='es-ES', hcs='windows-1252')
    L.append(M(F, 27, 'es', 'hilaturas-factura', '2026-10-01 12:10:22', 'ES',
               HIL['adm'], [S('fernandez')], 'Factura FV-26/1187 - Hilaturas del Vallès, S.A.',
               I.exchange_onprem(**hx),
               Multi('mixed', [Text('plain', B27.format(iban=C.fmt_iban(HIL['iban']), cif=HIL['cif']), 'windows-1252', 'quoted-printable'),
                               ol_att('application/pdf', b27_pdf(), 'FV-26-1187.pdf', 'Thu, 01 Oct 2026 10:09:50 GMT')]),
               'Invoice from the yarn spinner for a delivered order, PDF attached.',
               'Real hilaturasvalles.es domain via its on-premise Exchange; usual CaixaBank account; order numbers '
               'match.',
               hardneg=[28]))
    # 28
    txt = B28.format(new=C.fmt_iban(NAV['iban_new']), old=C.fmt_iban(NAV['iban_old']))
    L.append(M(F, 28, 'es', 'navarro-cambio-cuenta-verificable', '2026-11-24 10:44:31', 'ES',
               NAV['adm'], [S('fernandez')], 'Comunicación de cambio de cuenta bancaria - efectiva 01/01/2027',
               I.m365('EUR', 0, org='transportesnavarro.es', lang='es-ES', hcs='iso-8859-1', henc='Q'),
               Multi('mixed', [alt(txt, outlook_html(txt, 'iso-8859-1', 'ES'), 'iso-8859-1', 'quoted-printable'),
                               ol_att('application/pdf', b28_pdf(), 'Certificado_titularidad_Bankinter.pdf', 'Tue, 24 Nov 2026 09:43:10 GMT')]),
               'Carrier announces a new bank account five weeks ahead, with bank certificate and a call-back procedure.',
               'Real domain; change effective only from next year, old account stays open, invoices not redirected, '
               'verification by phone on the known number is requested and offered - a properly handled change.',
               cc=[S('martinez')], hardneg=[28, 23]))
    # 29
    L.append(M(F, 29, 'es', 'dehu-aviso-notificacion', '2026-10-22 08:01:47', 'ES',
               ('Dirección Electrónica Habilitada única (DEHú)', 'no-reply@dehu.redsara.es'), [S('fernandez')],
               'Aviso de puesta a disposición de notificación',
               I.generic_esp('smtp02.redsara.es', '195.235.92.6', zone='ES', bstyle='java', tls='1.2',
                             received_fmt=['from dehu-notif-2.redsara.es (unknown [10.253.12.32])\n\tby smtp02.redsara.es (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{d12}.{d6}.{ms}@dehu.redsara.es>', hcs='utf-8', henc='Q'),
               Text('plain', B29.format(cif=EG_ES['cif']), 'utf-8', 'quoted-printable'),
               'Genuine DEHú notice that a notification from the tax agency is available.',
               'Government relay; no attachment and no personalised login link, only the official portals; matches '
               'how Spanish e-notifications work.',
               hardneg=[27, 29]))
    # 30
    L.append(M(F, 30, 'es', 'cliente-reclamacion-tallas', '2026-11-02 19:20:14', 'ES',
               ('Boutique Marina', 'boutiquemarina.valencia@gmail.com'), [S('martinez')],
               'Reclamación pedido 2026-ES-0871 - tallas equivocadas',
               I.gmail('ES'), alt(B30, gmail_html(B30), 'utf-8', 'quoted-printable', csname='UTF-8'),
               'Retail customer on Gmail complains about wrong sizes, missing and damaged items.',
               'Known customer\'s usual Gmail address; concrete references; no attachments, links or payment topics.',
               hardneg=[13, 30]))
    # 31
    lu = '<https://r.modabarcelonatrade.es/tr/un/li/Hq3kZr8Lw0vT5bN1mY7cX2aP9sD4fG6>, <mailto:unsubscribe@modabarcelonatrade.es?subject=baja>'
    paras = [esc(p).replace('\n', '<br>') for p in B31.split('\n\n')[1:-2]]
    html = notice_html('Moda Barcelona Trade', '#111111', 'Salón de Moda Barcelona - 9-11 febrero 2027', paras,
                       button=('Acreditarme', 'https://r.modabarcelonatrade.es/tr/cl/Jk2mQ8xL4vR7tB1nW9cZ3yF6'),
                       footer='Moda Barcelona Trade · Av. Reina Maria Cristina s/n, 08004 Barcelona<br>Recibes este boletín porque te '
                              'suscribiste en modabarcelonatrade.es. <a href="https://r.modabarcelonatrade.es/tr/un/li/Hq3kZr8Lw0vT5bN1mY7cX2aP9sD4fG6">Darse de baja</a>',
                       lang='es')
    L.append(M(F, 31, 'es', 'newsletter-feria-brevo', '2026-12-01 09:00:06', 'ES',
               ('Moda Barcelona Trade', 'news@modabarcelonatrade.es'), [S('martinez')],
               'Acreditaciones abiertas: Salón de Moda Barcelona, 9-11 de febrero de 2027',
               I.brevo('sib.modabarcelonatrade.es', '185.41.28.210'),
               Multi('alternative', [Text('plain', B31, 'utf-8', 'quoted-printable'), Text('html', html, 'utf-8', 'base64')]),
               'Subscribed trade-fair newsletter sent via Brevo with List-Unsubscribe.',
               'Same ESP as attacks 12/29 but the sender\'s own domain with tracking subdomain, list headers, '
               'unsubscribe and postal address; no credential request.',
               headers=[('List-Unsubscribe', lu), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
               hardneg=[29]))
    return L
