"""Genuine business messages 17-31 (Italian, Polish, Spanish)."""
from common import *

FER_IBAN = util.iban_it('03069', '20301', '100000004417')
PL_IBAN = util.iban_pl('1090252', '0000000124187733')
MAZ_OLD = util.iban_pl('1020522', '0000610204155812')
MAZ_NEW = util.iban_pl('1240673', '1111001098413206')
ACE_IBAN = util.iban_es('3067', '0100', '2847109356')
ferretti = vps('mail.ferretti-trasporti.it', '93.62.150.21', '10.0.0.34', mid='outlook', rdns='mail.ferretti-trasporti.it', tz='IT')
aruba = lambda cip: vps('smtpdh02.ad.aruba.it', '62.149.158.72', cip, mid='roundcube', rdns='smtpdh02.ad.aruba.it', tz='IT')
plgw = gmail()

MSGS = []
A = MSGS.append

# 17 Ferretti reminder
t17 = '''Spett.le Example Group Italia S.r.l.,

dai nostri controlli risultano ancora aperte le seguenti fatture:

Fatt. 2026/1187 del 30/09/2026 - scad. 31/10/2026 - € 8.214,60
Fatt. 2026/1214 del 30/09/2026 - scad. 31/10/2026 - € 6.447,70

Vi preghiamo di provvedere al saldo entro il 20/11/2026 sulle coordinate di sempre (Intesa Sanpaolo, IBAN %s). In mancanza di pagamento saremo costretti a sospendere i ritiri programmati dal centro cottura di Pero a partire da lunedì 23/11.

Se il pagamento è già stato effettuato, Vi preghiamo di inviarci la contabile.

Cordiali saluti
Amministrazione - Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 26900 Lodi (LO) - P.IVA %s''' % (util.fmt_iban(FER_IBAN), util.it_piva('0871524096'))
A(M('it', 'ferretti-sollecito-sospensione', C['ferretti_amm'], [who('it_acc')],
    'Sollecito di pagamento - fatture scadute 31/10/2026', T(2026, 11, 13, 9, 21, tz='IT'), ferretti,
    text(t17, 'plain', 'iso-8859-15', 'quoted-printable'),
    'Carrier reminder with threat to suspend pick-ups, from the carrier\'s real mail server.',
    'Real .it domain and relay, bank account unchanged and the usual one. Hard negative of attack 17.', hcs='iso-8859-15', tz='IT'))

# 18 Ferretti CMR
t18 = '''Buongiorno Giulia,

in allegato i CMR firmati delle consegne di ieri a Pero e Monza (Brianza Tech). Il camion frigo della tratta Monza aveva un ritardo di 20 minuti per un incidente in tangenziale, lo abbiamo segnalato sul CMR.

Per la settimana di Natale ti confermo i ritiri il 21, 22 e 23/12; il 24 facciamo solo mattina.

Buona giornata
Chiara Colombo
Ufficio Traffico - Ferretti Trasporti S.p.A.
Tel. 0371 410 230'''
A(M('it', 'ferretti-cmr-consegne', C['colombo'], [who('it_mgr')],
    'CMR consegne 18/11 Pero e Monza', T(2026, 11, 19, 8, 47, tz='IT'), ferretti,
    multi('mixed', altpart(t18, 'windows-1252', 'quoted-printable'),
          pdfatt('CMR_18112026_Pero_Monza.pdf', ['#Ferretti Trasporti S.p.A. - CMR', 'Consegne del 18/11/2026', 'Pero, centro cottura - ore 06:20 - firmato',
                 'Monza, Brianza Tech - ore 07:05 (ritardo 20 min, incidente A52)'])),
    'Carrier sends signed CMR delivery notes and Christmas schedule.',
    'Known contact, same infrastructure as other genuine Ferretti mail, PDF with text only.', hcs='windows-1252', tz='IT'))

# 19 Caseificio order confirmation
t19 = '''Buongiorno Giulia,

confermo l'ordine per la settimana 46:
- fior di latte 180 kg
- grana padano grattugiato 40 kg
consegna lunedì 09/11 entro le 6:30 a Pero, come sempre.

Ti segnalo che da gennaio il listino del grana aumenta del 4%%; ti mando il listino 2027 in PDF la prossima settimana.

Ciao
Marco Bertolini
Caseificio Valpadana S.r.l. - Ufficio commerciale
P.IVA %s''' % util.it_piva('0193847016')
A(M('it', 'caseificio-conferma-ordine', C['bertolini'], [who('it_mgr')],
    'Re: Ordine settimana 46', T(2026, 11, 5, 10, 3, tz='IT'), aruba('79.31.114.208'),
    text(t19, 'plain', 'utf-8', 'quoted-printable', flowed=True),
    'Dairy supplier confirms the weekly order from its Aruba webmail, from an Italian broadband IP.',
    'Same mailbox as attack 21 but normal client IP, content consistent with the thread, no links. Hard negative of attack 21.',
    irt='<9d41e0c27b3a4f58a1e6c0d2f7b84a31@caseificiovalpadana.it>', tz='IT'))

# 20 sick leave from libero
t20 = '''Ciao Davide,

oggi e domani sono a casa con la febbre, il medico mi ha fatto il certificato (protocollo INPS 2026114528871). Il numero lo trovi anche nel cassetto previdenziale.

Le firme per i DDT le può fare Simona, ho già avvisato il centro cottura. Se serve qualcosa chiamami sul cellulare nel pomeriggio.

Giulia'''
A(M('it', 'malattia-da-libero', ('Giulia Ferraro', 'giulia.ferraro78@libero.it'), [who('it_acc')],
    'Malattia oggi e domani', T(2026, 12, 1, 7, 46, tz='IT'), libero('151.38.201.77'),
    text(t20, 'plain', 'iso-8859-1', 'quoted-printable'),
    'Italian office manager reports sick leave from her private libero.it address.',
    'Private channel for a normal reason; no request involving money or credentials.', hcs='iso-8859-1', tz='IT'))

# 21 courtesy copy of e-invoice
t21 = '''Gentile Cliente,

in allegato trasmettiamo la copia di cortesia della fattura elettronica n. 2026/FE/1187 del 03/11/2026.

L'originale è stato trasmesso tramite Sistema di Interscambio al Vostro codice destinatario M5UXCR1 ed è disponibile nell'area riservata "Fatture e Corrispettivi" del sito dell'Agenzia delle Entrate.

Questa e-mail è generata automaticamente; per informazioni scrivere a amministrazione@ferretti-trasporti.it.

Ferretti Trasporti S.p.A.'''
A(M('it', 'copia-cortesia-fattura-elettronica', ('Ferretti Trasporti S.p.A.', 'fatturazione@ferretti-trasporti.it'), [who('it_acc')],
    'Copia di cortesia fattura elettronica 2026/FE/1187', T(2026, 11, 3, 18, 2, tz='IT'), ferretti,
    multi('mixed', text(t21, 'plain', 'iso-8859-1', 'quoted-printable'),
          pdfatt('FE_2026_1187_copia_cortesia.pdf', ['#Ferretti Trasporti S.p.A.', 'Fattura elettronica 2026/FE/1187 del 03/11/2026 - copia di cortesia',
                 'Cliente: Example Group Italia S.r.l.', 'Trasporti refrigerati ottobre 2026', 'Totale EUR 9.871,40', 'IBAN ' + util.fmt_iban(FER_IBAN)])),
    'Courtesy copy of an e-invoice that was delivered via SdI, with PDF.',
    'Real carrier domain and relay, refers users to the official portal without a link. Hard negative of attack 18.', hcs='iso-8859-1', tz='IT'))

# 22 Partner Logistik invoice
t22 = '''Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/11/2026/0412 za usługi cross-dock i magazynowania w październiku 2026.

Faktura została również wystawiona w KSeF (numer KSeF: %s-20261103-6C21A7F09E-4B).
Płatność w mechanizmie podzielonej płatności na rachunek z białej listy:
%s

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.''' % (util.pl_nip('897188523'), util.fmt_iban(PL_IBAN))
A(M('pl', 'partner-logistik-faktura-ksef', C['pl_ksieg'], [who('pl_acc')],
    'Faktura FV/11/2026/0412 - Partner Logistik', T(2026, 11, 3, 13, 10, tz='PL'), plgw,
    multi('mixed', text(t22, 'plain', 'iso-8859-2', 'quoted-printable'),
          pdfatt('FV_11_2026_0412.pdf', ['#Partner Logistik sp. z o.o. - Faktura VAT FV/11/2026/0412', 'Nabywca: Example Group Polska sp. z o.o.',
                 'Uslugi cross-dock i magazynowanie 10/2026', 'Netto 18 240,00 PLN, VAT 23% 4 195,20 PLN, Brutto 22 435,20 PLN',
                 'Mechanizm podzielonej platnosci', 'Rachunek: ' + util.fmt_iban(PL_IBAN)])),
    'Monthly logistics invoice with KSeF number, split payment to the white-listed account, via the partner\'s Google Workspace.',
    'Real partner-logistik.pl domain, usual account. Hard negative of attack 22.', hcs='iso-8859-2', tz='PL'))

# 23 Zielinski transport advice
t23 = '''Dzień dobry Pani Agnieszko,

potwierdzam awizację na przyszły tydzień:
- poniedziałek 30.11, 5:30 - dostawa mrożonek z Garching do kuchni centralnej na Bielanach (2 palety),
- środa 02.12, 6:00 - odbiór opakowań zwrotnych ze stołówek szkolnych (Krzyki, Fabryczna).

Kierowca: Marek, tel. 601 224 318. Proszę o potwierdzenie godziny otwarcia rampy w środę.

Pozdrawiam
Tadeusz Zieliński
Partner Logistik sp. z o.o.'''
A(M('pl', 'zielinski-awizacja-dostaw', C['zielinski'], [who('pl_mgr')],
    'Awizacja dostaw 30.11-02.12', T(2026, 11, 26, 14, 22, tz='PL'), plgw,
    altpart(t23, 'utf-8', 'quoted-printable'),
    'Logistics partner confirms delivery slots for the coming week.',
    'Known contact on the real domain and its Google Workspace, routine operations.', tz='PL'))

# 24 Mazur genuine bank change
t24 = '''Szanowni Państwo,

informujemy, że od 1 stycznia 2027 r. Hurtownia Mięsa Mazur sp.j. zmienia bank prowadzący rachunek rozliczeniowy.

Nowy rachunek (Bank Pekao S.A.): %s
Dotychczasowy rachunek (PKO BP): %s - pozostaje aktywny do 31 marca 2027 r.

Nowy rachunek jest już widoczny w Wykazie podatników VAT (biała lista) - prosimy o weryfikację na stronie podatki.gov.pl przed pierwszą płatnością. Pisemne zawiadomienie podpisane przez wspólników wysłaliśmy pocztą. W razie wątpliwości prosimy o kontakt telefoniczny z p. Barbarą Mazur pod znanym Państwu numerem 71 342 18 90.

Z poważaniem
Barbara Mazur
Hurtownia Mięsa Mazur sp.j.''' % (util.fmt_iban(MAZ_NEW), util.fmt_iban(MAZ_OLD))
A(M('pl', 'mazur-zmiana-rachunku-prawidlowa', C['mazur'], [who('pl_acc')],
    'Zmiana rachunku bankowego od 01.01.2027', T(2026, 12, 3, 11, 40, tz='PL'),
    vps('poczta.home.pl', '212.85.96.12', '83.11.214.90', mid='thunderbird', ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0', rdns='poczta.home.pl', tz='PL'),
    text(t24, 'plain', 'windows-1250', 'quoted-printable'),
    'Meat wholesaler announces a bank change properly: white-list check, old account still valid, written notice by post, phone verification.',
    'Real domain, Polish bank in the company\'s name, verification invited. Hard negative of attack 22.', hcs='windows-1250', tz='PL'))

# 25 internal KSeF note
t25 = '''Cześć,

przypominam, że od 1 lutego 2026 wszystkie faktury od krajowych dostawców otrzymujemy wyłącznie przez KSeF. Faktury w PDF przesyłane mailem traktujemy tylko jako kopię informacyjną.

KSeF nie wysyła e-maili z linkami do logowania. Jeśli dostaniecie wiadomość o "odrzuconej fakturze" z prośbą o logowanie profilem zaufanym lub podanie tokenu - proszę jej nie otwierać i przekazać do IT. Tokeny KSeF ma tylko dział księgowości.

Paweł Kowalczyk
Księgowość | Example Group Polska'''
A(M('pl', 'ksef-informacja-wewnetrzna', who('pl_acc'), [who('pl_mgr'), who('pl_hr')],
    'KSeF - przypomnienie i ostrzeżenie', T(2026, 11, 20, 12, 5), internal(lang='pl-PL', client_ip='10.24.1.55'),
    altpart(t25, 'iso-8859-2', 'quoted-printable'),
    'Internal note from the Polish accountant about KSeF and fake KSeF e-mails.',
    'Internal relay path, no links. Hard negative of attack 23.', hcs='iso-8859-2'))

# 26 broken laptop from wp.pl
t26 = '''Cześć Emre,

piszę z prywatnej poczty, bo mój służbowy laptop (Dell Latitude, nr inw. EG-PL-0417) po aktualizacji wczoraj wieczorem nie uruchamia się - pokazuje ekran BitLocker i prosi o klucz odzyskiwania. Nie mam go.

Jestem w biurze we Wrocławiu od 8:00, możesz zadzwonić na 71 780 22 10 wew. 14. Nie potrzebuję nic na prywatny adres, wystarczy telefon.

Dzięki
Agnieszka Wójcik'''
A(M('pl', 'laptop-bitlocker-prywatna-poczta', ('Agnieszka Wójcik', 'agnieszka.wojcik83@wp.pl'), [who('helpdesk')],
    'Laptop nie startuje - BitLocker', T(2026, 11, 10, 7, 21, tz='PL'), wp('89.64.17.203'),
    text(t26, 'plain', 'iso-8859-2', 'quoted-printable'),
    'Polish office manager writes from her private WP address that her laptop asks for the BitLocker recovery key.',
    'Private channel for a plausible reason, explicitly asks for a phone call, nothing to be sent to the private address.', hcs='iso-8859-2', tz='PL'))

# 27 Aceites invoice
t27 = '''Buenos días:

Adjuntamos factura A-2026/0871 correspondiente al pedido 5518 (aceite de oliva virgen extra, 96 garrafas de 5 l) entregado el 14/10/2026 en la cocina central de Sant Cugat.

Forma de pago: transferencia a 30 días a nuestra cuenta habitual %s.

Un saludo,
Administración
Aceites del Sur S.L. - Pol. Ind. Los Olivares, 23009 Jaén''' % util.fmt_iban(ACE_IBAN)
A(M('es', 'aceites-factura-octubre', C['aceites_adm'], [who('es_acc')],
    'Factura A-2026/0871 - pedido 5518', T(2026, 10, 16, 13, 4, tz='ES'),
    vps('srv21.hostalia.com', '217.76.142.21', '88.15.62.140', mid='outlook', ua='Microsoft Outlook 16.0', rdns='srv21.hostalia.com', mta='Exim', tz='ES'),
    multi('mixed', text(t27, 'plain', 'iso-8859-15', 'quoted-printable'),
          pdfatt('Factura_A-2026-0871.pdf', ['#Aceites del Sur S.L. - Factura A-2026/0871', 'Cliente: Example Group Iberia S.L.', 'AOVE 96 x 5 l',
                 'Base 3.840,00 EUR, IVA 4% 153,60 EUR, Total 3.993,60 EUR', 'IBAN ' + util.fmt_iban(ACE_IBAN)])),
    'Olive-oil supplier invoice with PDF from its real domain, usual account.',
    'Known correspondent and account. Hard negative of attack 28.', hcs='iso-8859-15', tz='ES'))

# 28 genuine SharePoint share
t28 = '''Raúl Gil shared a folder with you

Aquí tienes los albaranes y CMR de octubre.

Albaranes_CMR_octubre_2026

Open: https://transportesgil.sharepoint.com/:f:/s/Operaciones/EoR1x8nQk4ZJm7Vf2bL0cX4B1q9a7d6P3sT5yW8e2u0N6g?e=Zp4QkL

This link will work for anyone in Example Group.
Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'''
A(M('es', 'sharepoint-albaranes-genuino', ('Raúl Gil (via SharePoint Online)', 'no-reply@sharepointonline.com'), [who('es_sales')],
    'Raúl Gil shared the folder "Albaranes_CMR_octubre_2026" with you', T(2026, 11, 16, 12, 30, tz='ES'), svc('sharepoint'),
    altpart(t28, 'utf-8', 'quoted-printable'),
    'Genuine SharePoint Online sharing notification from the carrier\'s tenant (transportesgil.sharepoint.com).',
    'Real Microsoft notification infrastructure and sharepoint.com link. Hard negative of attack 29.', reply_to=C['gil'], tz='ES'))

# 29 school complaint
t29 = '''Buenas tardes, Lucía:

Le escribimos desde la secretaría del Colegio Santa Teresa. Varias familias de Primaria se han quejado esta semana de que el menú del jueves (lentejas con chorizo) se sirvió frío en el segundo turno y de que faltaba la alternativa sin cerdo para los alumnos que la tienen solicitada.

Les rogamos que revisen el procedimiento de mantenimiento en caliente del segundo turno y nos envíen el menú de diciembre con la información de alérgenos antes del viernes, para publicarlo en la web del colegio.

Atentamente,
Montserrat Pujol
Secretaría - Colegio Santa Teresa'''
A(M('es', 'queja-colegio-menu', C['colegio'], [who('es_mgr')],
    'Incidencia comedor jueves 19/11', T(2026, 11, 20, 17, 15, tz='ES'), gmail(),
    altpart(t29, 'utf-8', 'quoted-printable'),
    'School customer (Google Workspace) complains about the canteen lunch.',
    'Known customer, operational complaint, no links or payment.', tz='ES'))

# 30 newsletter Brevo
t30 = '''HOSTELERÍA PROFESIONAL - Boletín semanal

- Verifactu: qué cambia en la facturación de restaurantes en 2027
- Comedores escolares: nuevo decreto de alimentación saludable en Cataluña
- Precio del aceite de oliva: la campaña 2026/27 arranca con descensos

Leer online: https://www.hosteleriaprofesional.es/boletin/2026-48

Recibes este boletín porque te suscribiste con lucia.fernandez@example.com.
Darse de baja: https://www.hosteleriaprofesional.es/baja?u=bHVjaWEuZmVybmFuZGV6'''
A(M('es', 'boletin-hosteleria-brevo', ('Hostelería Profesional', 'boletin@hosteleriaprofesional.es'), [who('es_mgr')],
    'Verifactu 2027, comedores escolares y precio del aceite', T(2026, 11, 27, 7, 0, tz='ES'), esp('brevo'),
    altpart(t30, 'utf-8', 'quoted-printable'),
    'Subscribed Spanish hospitality newsletter via Brevo with List-Unsubscribe.',
    'Solicited bulk mail from a consistent domain, one-click unsubscribe.',
    extra=[('List-Unsubscribe', '<https://www.hosteleriaprofesional.es/baja?u=bHVjaWEuZmVybmFuZGV6>, <mailto:unsubscribe@hosteleriaprofesional.es>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')], tz='ES'))

# 31 tax advisor about DEHU notification
t31 = '''Hola Javier:

Os informo de que ayer la AEAT puso a disposición en la DEHú una notificación de requerimiento relativa al modelo 303 del tercer trimestre (comprobación limitada, solicitan las facturas recibidas de septiembre).

Ya la hemos descargado nosotros con el apoderamiento; te la adjunto. El plazo es de 10 días hábiles desde hoy. ¿Puedes enviarme las facturas de Aceites del Sur y de Transportes Gil de septiembre antes del miércoles?

Recuerda que la Agencia Tributaria no envía enlaces para acceder; si te llega algún correo así, reenvíamelo.

Un saludo,
Nuria Marín
Asesoría Marín - Asesores fiscales'''
A(M('es', 'asesoria-notificacion-aeat-real', C['marin'], [who('es_acc')],
    'Requerimiento AEAT 303 3T - ya descargado', T(2026, 11, 6, 10, 58, tz='ES'), o365(lang='es-ES', region='eurprd06', obe='EUR03-VI1'),
    multi('mixed', text(t31, 'plain', 'windows-1252', 'quoted-printable'),
          pdfatt('Requerimiento_AEAT_303_3T2026.pdf', ['#Agencia Tributaria - Requerimiento', 'Comprobacion limitada IVA modelo 303, 3T 2026',
                 'Obligado tributario: EXAMPLE GROUP IBERIA S.L.', 'Documentacion: facturas recibidas septiembre 2026', 'Plazo: 10 dias habiles'])),
    'Tax advisor forwards a real AEAT requirement she downloaded from DEHú, asks for invoices.',
    'Known advisor on own Microsoft 365, no login link, document attached as PDF. Hard negative of attack 27.', hcs='windows-1252', tz='ES'))
