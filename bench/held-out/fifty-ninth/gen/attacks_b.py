"""Attack messages 17-31: Italian, Polish, Spanish."""

import base64

import checks as C
import infra as I
import media
import qr
import tpl
from company import S, A, EG_IT, EG_PL, EG_ES, FERR, PLOG, HIL, FRAUD
from mime import Text, Att, Multi, outlook_html, gmail_html, roundcube_html, esc
from msg import M
from tpl import alt, pdf_doc, notice_html

F = 'attack'

B17_MSGID = '<000001db4c1e$7a3b2c10$6eb18430$@ferretti-trasporti.it>'
MARCO_REPLY_ID = '<3e9a0c5b71d24f8a9b6e2d4c8f105a77@EXCH02.example.local>'


def b64mail(a):
    return base64.b64encode(a.encode()).decode().rstrip('=')


# ====================================================================== 17
A17 = """Buongiorno Marco,

grazie per la conferma.

Vi informiamo che, a seguito di una verifica fiscale attualmente in corso sul nostro conto principale presso Intesa Sanpaolo, la direzione amministrativa ha disposto che tutti gli incassi vengano temporaneamente accreditati sul nostro conto dedicato. Vi chiediamo pertanto di effettuare il pagamento della fattura n. 2026/1843 (€ 7.412,60), e di quelle successive fino a nuova comunicazione, sulle seguenti coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A.
IBAN: {iban}
BIC: SELBIT2BXXX

Vi preghiamo di non utilizzare più l'IBAN indicato in fattura. Appena disposto il bonifico, inviateci cortesemente la contabile in risposta a questa e-mail, così possiamo confermare le prossime partenze da Prato senza ritardi.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Zanica 91 - 24126 Bergamo
Tel. +39 035 31 84 220

Il 2026-11-04 10:12 Marco Bianchi ha scritto:
> Buongiorno Chiara,
>
> confermo che la fattura n. 2026/1843 del 31/10/2026 è stata registrata e
> sarà in pagamento con la distinta di fine mese.
>
> Cordiali saluti
> Marco Bianchi
> Contabilità - Example Group Italia S.r.l.
>
> -----Messaggio originale-----
> Da: Ferretti Trasporti S.p.A. - Amministrazione <amministrazione@ferretti-trasporti.it>
> Inviato: lunedì 2 novembre 2026 11:40
> A: Marco Bianchi <marco.bianchi@example.com>
> Oggetto: Invio copia di cortesia fattura n. 2026/1843 del 31/10/2026
>
> Buongiorno,
> in allegato Vi inviamo copia di cortesia della fattura n. 2026/1843 del
> 31/10/2026 relativa ai trasporti del mese di ottobre.
"""

# ====================================================================== 18
A18 = """Gentile contribuente,

Le comunichiamo che dal controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025), effettuato ai sensi dell'art. 54-bis del D.P.R. n. 633/1972, sono emerse irregolarità nei versamenti relativi alla Sua posizione (partita IVA {piva}).

La comunicazione completa, con il dettaglio delle somme dovute e delle sanzioni ridotte, è contenuta nel documento allegato. A tutela dei Suoi dati personali l'archivio è protetto da password.

Password per l'apertura: AdE4311

Se ritiene che la comunicazione non sia corretta, può fornire chiarimenti entro 30 giorni dal ricevimento tramite il servizio CIVIS o presso qualsiasi ufficio territoriale. In assenza di riscontro si procederà all'iscrizione a ruolo delle somme dovute.

Distinti saluti

Agenzia delle Entrate
Direzione Provinciale di Prato - Ufficio Controlli
"""

# ====================================================================== 19
A19 = """Gentile utente,

il Sistema di Interscambio (SdI) ha scartato il seguente file fattura:

Nome file: IT{piva}_a1Q3x.xml
Identificativo SdI: 18837462915
Codice errore: 00404 - Fattura duplicata
Cedente/prestatore: Example Group Italia S.r.l.

Le fatture scartate si considerano non emesse. Per evitare le sanzioni per omessa fatturazione (art. 6 D.Lgs. 471/1997), il file corretto deve essere ritrasmesso entro 5 giorni dalla data della notifica.

Per consultare il dettaglio dello scarto e ritrasmettere la fattura acceda all'area riservata con SPID o CIE:

{link}

Cordiali saluti
Sistema di Interscambio - Agenzia delle Entrate

Questo messaggio è generato automaticamente, si prega di non rispondere.
"""

# ====================================================================== 20
A20 = """Gentile Dott. Bianchi,

mi permetto di contattarLa su indicazione del Dott. Jörg Küster, amministratore delegato di Example Group, che il nostro Studio assiste in un'operazione straordinaria attualmente coperta da accordo di riservatezza: l'acquisizione di una quota di maggioranza di un lanificio del distretto biellese.

Il Dott. Küster mi ha chiesto di coordinare con Lei, in qualità di referente amministrativo per l'Italia, il versamento della caparra confirmatoria prevista dal term sheet sottoscritto ieri sera. L'importo è di € 248.500,00 e deve essere accreditato entro le ore 16:00 di oggi sul conto di deposito fiduciario dello Studio, affinché la parte venditrice conceda l'esclusiva.

Beneficiario: Studio Legale Marchetti & Associati - conto deposito fiduciario
IBAN: {iban}
BIC: BGENIT2TXXX
Causale: Deposito fiduciario Progetto Biella - rif. LM/2026/117

Le ricordo che si tratta di un'informazione privilegiata ai sensi del Regolamento (UE) n. 596/2014: l'operazione non deve essere discussa con altri colleghi, né in Italia né in Germania, fino all'annuncio ufficiale. Il Dott. Küster è in riunione con la controparte per l'intera giornata e La contatterà personalmente al termine; nel frattempo La prego di fare riferimento esclusivamente a me.

In allegato trova l'impegno di riservatezza, che La prego di restituirmi firmato insieme alla contabile del bonifico.

Cordiali saluti

Avv. Lorenzo Marchetti
Studio Legale Marchetti & Associati
Corso Venezia 16 - 20121 Milano
Tel. +39 02 8901 4473
"""


def a20_pdf():
    return pdf_doc('Impegno di riservatezza - Progetto Biella', 'Studio Legale Marchetti', [
        ('h1', 'Studio Legale Marchetti & Associati'), ('s', 'Corso Venezia 16 - 20121 Milano'), ('rule', ''), ('gap', ''),
        ('h2', 'IMPEGNO DI RISERVATEZZA - PROGETTO BIELLA'), ('gap', ''),
        ('lines', """Il/La sottoscritto/a ........................................, in qualità di dipendente di
Example Group Italia S.r.l., si impegna a mantenere la più stretta riservatezza su ogni
informazione relativa all'operazione denominata "Progetto Biella" e in particolare:

1. a non divulgare ad alcun soggetto, anche interno al gruppo, l'esistenza dell'operazione;
2. a dare esecuzione alle istruzioni di pagamento ricevute dallo Studio Legale Marchetti;
3. a comunicare esclusivamente con l'Avv. Lorenzo Marchetti fino all'annuncio ufficiale.

La violazione del presente impegno potrà comportare responsabilità civile e penale."""), ('gap', ''),
        ('n', 'Milano, 17 novembre 2026'), ('gap', ''),
        ('n', 'Firma ..........................................'),
    ], creator='Microsoft Word', producer='Microsoft: Print To PDF', date="20261117104402+01'00'")


# ====================================================================== 21
A21 = """Gentile cliente,

la spedizione n. 0452 0981 7713 (mittente: ZALANDO LOGISTICS ITALIA) non è stata consegnata perché l'indirizzo di destinazione risulta incompleto (numero civico mancante).

La spedizione è in giacenza presso la nostra filiale di Prato. Per riprogrammare la consegna è necessario confermare l'indirizzo e versare il contributo di riconsegna di 1,99 €.

Riprogramma la consegna: {link}

Se la consegna non viene riprogrammata entro 48 ore, la spedizione sarà restituita al mittente.

Grazie per aver scelto BRT.
BRT S.p.A. - Servizio Clienti
"""

# ====================================================================== 22
A22 = """Szanowni Państwo,

informujemy, że token uwierzytelniający KSeF wygenerowany dla podmiotu

Example Group Polska sp. z o.o.
NIP: {nip}

wygasa w dniu 16.10.2026 r. Po tym terminie system finansowo-księgowy nie będzie mógł pobierać faktur zakupowych ani wysyłać faktur sprzedażowych do Krajowego Systemu e-Faktur. Faktura wystawiona poza KSeF w okresie obowiązkowego stosowania systemu jest zagrożona karą w wysokości do 100% kwoty podatku wykazanego na fakturze.

Aby przedłużyć ważność tokena, zaloguj się do Aplikacji Podatnika KSeF przy użyciu profilu zaufanego, e-dowodu lub podpisu kwalifikowanego:

{link}

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowy System e-Faktur
"""

# ====================================================================== 23
A23 = """Dzień dobry Panie Pawle,

w związku z przeniesieniem obsługi bankowej naszej spółki uprzejmie informuję, że od 1 grudnia 2026 r. wszystkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek:

Santander Bank Polska S.A.
{nrb}

Dotyczy to również faktury FV/2026/11/0457 za usługi magazynowe za listopad, którą wystawimy w przyszłym tygodniu. Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

Nowy rachunek został zgłoszony do Wykazu podatników VAT (biała lista) - aktualizacja wykazu może potrwać kilka dni roboczych, dlatego do tego czasu prosimy o realizację przelewów bez mechanizmu podzielonej płatności (MPP).

Oficjalne pismo podpisane przez Zarząd przesyłam w załączniku. Będę wdzięczny za potwierdzenie zmiany w Państwa systemie zwrotnym mailem.

Z poważaniem

Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
ul. Logistyczna 8, 95-010 Stryków
tel. +48 42 719 33 00
"""


def a23_pdf():
    return pdf_doc('Zmiana rachunku bankowego', 'Partner Logistik', [
        ('h1', 'Partner Logistik sp. z o.o.'), ('s', 'ul. Logistyczna 8, 95-010 Stryków · NIP %s · KRS %s' % (C.fmt_nip(PLOG['nip']), PLOG['krs'])), ('rule', ''), ('gap', ''),
        ('n', 'Stryków, 23.11.2026'), ('gap', ''),
        ('n', 'Example Group Polska sp. z o.o.'), ('n', 'ul. Tymienieckiego 25'), ('n', '90-350 Łódź'), ('gap', ''),
        ('h2', 'Zawiadomienie o zmianie rachunku bankowego'), ('gap', ''),
        ('lines', """Szanowni Państwo,

uprzejmie informujemy, że z dniem 01.12.2026 r. zmianie ulega rachunek bankowy spółki.
Prosimy o dokonywanie wszelkich płatności na rachunek:"""), ('gap', ''),
        ('b', 'Santander Bank Polska S.A.'), ('b', 'Nr rachunku: ' + C.fmt_nrb(FRAUD['a23'])), ('gap', ''),
        ('lines', """Dotychczasowy rachunek prowadzony w PKO Bank Polski S.A. zostanie zamknięty.

Z poważaniem"""), ('gap', ''),
        ('n', 'Prezes Zarządu                       Członek Zarządu'),
        ('n', '/podpis nieczytelny/                 /podpis nieczytelny/'),
    ], creator='Microsoft Word', producer='Microsoft: Print To PDF', date="20261123162255+01'00'")


# ====================================================================== 24
def a24_html(link):
    paras = ['Cześć!',
             'Twoja paczka nr <b>680029314477102588360122</b> nie mogła zostać umieszczona w Paczkomacie<sup>®</sup>, ponieważ przekracza '
             'dopuszczalne wymiary gabarytu A.',
             'Aby przekierować ją do skrytki gabarytu C, wymagana jest dopłata w wysokości <b>1,99 zł</b>.',
             'Opłać dopłatę w ciągu 24 godzin - w przeciwnym razie paczka wróci do nadawcy.']
    return notice_html('InPost', '#ffcd00', 'Paczka czeka na dopłatę', paras, button=('Opłać i odbierz paczkę', link),
                       after_button=['Pozdrawiamy,<br>Zespół InPost'],
                       footer='InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wygenerowana automatycznie.',
                       lang='pl', logo='<span style="color:#1d1d1b;font-size:26px">InPost</span>')


# ====================================================================== 25
A25 = """Szanowni Państwo,

na Państwa profilu płatnika w Platformie Usług Elektronicznych ZUS (eZUS) udostępniono nowy dokument:

Zawiadomienie o stanie konta płatnika składek - zaległość z tytułu składek na ubezpieczenia społeczne za okres 09/2026
Płatnik: Example Group Polska sp. z o.o., NIP {nip}

Dokument znajduje się w załączniku. W celu jego otwarcia należy potwierdzić tożsamość danymi logowania do eZUS.

Brak uregulowania należności w terminie 7 dni od doręczenia może skutkować wszczęciem postępowania egzekucyjnego.

Z poważaniem
Zakład Ubezpieczeń Społecznych
Oddział w Łodzi
"""


def a25_att(nip):
    html = tpl.login_form_html('eZUS - Zawiadomienie o stanie konta', 'Zaloguj się do eZUS',
                               'Dokument „Zawiadomienie o stanie konta płatnika” dla NIP %s wymaga potwierdzenia tożsamości.' % nip,
                               A('kolodziej'), 'https://ezus-pue-dokumenty.pl/auth/login.php', 'Zaloguj', pw_label='Hasło',
                               lang='pl', brand='ZUS - Platforma Usług Elektronicznych', color='#00993f',
                               note='Zakład Ubezpieczeń Społecznych · ul. Szamocka 3, 5, 01-748 Warszawa')
    return Att('text/html', html.encode('utf-8'), 'Zawiadomienie_ZUS_2026-11-12.html', cs_param='utf-8')


# ====================================================================== 26
A26 = """Szanowni Państwo,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (DORA) wszyscy użytkownicy systemu mBank CompanyNet muszą ponownie aktywować aplikację mBank Company Mobile na swoim urządzeniu. Brak aktywacji do 04.12.2026 r. spowoduje zablokowanie autoryzacji przelewów w serwisie CompanyNet.

Aby aktywować aplikację, zeskanuj kod QR z tej wiadomości telefonem, na którym korzystasz z aplikacji mBank Company Mobile, i postępuj zgodnie z instrukcjami na ekranie. Przygotuj identyfikator firmy, identyfikator użytkownika oraz hasło.

Kod jest ważny 72 godziny.

Z pozdrowieniami
Zespół mBank CompanyNet
mBank S.A., ul. Prosta 18, 00-850 Warszawa
"""


def a26_body():
    url = 'https://companynet-mbank.com/aktywacja?c=PL-7725-0193&u=' + b64mail(A('kolodziej'))
    png = qr.to_png(url, scale=5)
    cid = 'qr_aktywacja_7725@companynet-mbank.com'
    paras = ['Szanowni Państwo,',
             'w związku z wdrożeniem nowych wymogów bezpieczeństwa (DORA) wszyscy użytkownicy systemu <b>mBank CompanyNet</b> muszą ponownie '
             'aktywować aplikację mBank Company Mobile. Brak aktywacji do <b>04.12.2026 r.</b> spowoduje zablokowanie autoryzacji przelewów.',
             'Zeskanuj poniższy kod telefonem, na którym korzystasz z aplikacji mBank Company Mobile:',
             '<div style="text-align:center"><img src="cid:%s" width="205" height="205" alt="kod QR"></div>' % cid,
             'Przygotuj identyfikator firmy, identyfikator użytkownika oraz hasło. Kod jest ważny 72 godziny.']
    html = notice_html('mBank', '#ae1d2c', 'Ponowna aktywacja aplikacji mBank Company Mobile', paras,
                       after_button=['Z pozdrowieniami<br>Zespół mBank CompanyNet'],
                       footer='mBank S.A., ul. Prosta 18, 00-850 Warszawa. Sąd Rejonowy dla m.st. Warszawy, XIII Wydział Gospodarczy KRS, KRS 0000025237.',
                       lang='pl', logo='<span style="font-size:24px">mBank <span style="font-weight:normal">CompanyNet</span></span>')
    return Multi('alternative', [Text('plain', A26, 'utf-8', 'quoted-printable'),
                                 Multi('related', [Text('html', html, 'utf-8', 'quoted-printable'),
                                                   Att('image/png', png, 'aktywacja.png', disposition='inline', cid=cid)])])


# ====================================================================== 27
A27 = """Estimado/a contribuyente:

Le comunicamos que la Agencia Estatal de Administración Tributaria ha emitido un requerimiento de información en relación con las autoliquidaciones del Impuesto sobre el Valor Añadido (modelo 303) correspondientes al ejercicio 2025 de la entidad EXAMPLE GROUP IBERIA SL (NIF {cif}).

Referencia: A28-2026-117093
Órgano emisor: Dependencia Regional de Inspección - Delegación Especial de Cataluña

Puede consultar el contenido del requerimiento en el documento adjunto. Dispone de un plazo de 10 días hábiles, contados a partir del día siguiente a la recepción de esta notificación, para atender el requerimiento. La falta de atención podrá constituir infracción tributaria conforme al artículo 203 de la Ley 58/2003, General Tributaria.

Atentamente,

Agencia Tributaria
Sede Electrónica
"""

# ====================================================================== 28
A28 = """Buenos días, Lucía:

Te escribo para informarte de que, a raíz de la reorganización de nuestra tesorería tras la integración en el grupo, hemos cambiado la entidad con la que gestionamos los cobros de clientes. A partir de hoy rogamos que todos los pagos se realicen en la nueva cuenta:

Titular: Hilaturas del Vallès, S.A.
Entidad: BBVA
IBAN: {iban}

Adjunto el certificado de titularidad emitido por el banco.

Tenemos pendientes de cobro las facturas FV-26/1187 y FV-26/1203 (total 31.486,20 €), vencidas el 31 de octubre. Te agradecería que las abonarais esta misma semana en la nueva cuenta y que me enviaras el justificante por correo; la cuenta anterior de CaixaBank ya no admite ingresos.

Estos días estoy visitando clientes en Portugal y no puedo atender llamadas, así que cualquier consulta mejor por aquí.

Un saludo,

Montse Puig
Departamento Comercial - Administración de ventas
Hilaturas del Vallès, S.A.
Ctra. de Montcada, 512 - 08223 Terrassa (Barcelona)
Tel. +34 937 31 48 20
"""


def a28_pdf():
    return pdf_doc('Certificado de titularidad', 'BBVA', [
        ('h1', 'BBVA'), ('s', 'Banco Bilbao Vizcaya Argentaria, S.A. - Oficina 5922'), ('rule', ''), ('gap', ''),
        ('h2', 'CERTIFICADO DE TITULARIDAD DE CUENTA'), ('gap', ''),
        ('lines', """Banco Bilbao Vizcaya Argentaria, S.A. certifica que la cuenta abajo indicada figura
abierta en esta entidad a nombre del titular que se relaciona:"""), ('gap', ''),
        ('monolines', """Titular:   HILATURAS DEL VALLES, S.A.
NIF:       %s
IBAN:      %s
BIC:       BBVAESMMXXX
Fecha de apertura: 02/11/2026""" % (HIL['cif'], C.fmt_iban(FRAUD['a28']))), ('gap', ''),
        ('n', 'Y para que así conste a petición del interesado, se expide el presente certificado'),
        ('n', 'en Barcelona, a 4 de noviembre de 2026.'), ('gap', ''),
        ('n', 'Firma autorizada - BBVA'),
    ], creator='Microsoft Word', producer='iLovePDF', date="20261104184512+01'00'")


# ====================================================================== 29
A29 = """Estimado obligado tributario:

De acuerdo con el Real Decreto 1007/2023, por el que se aprueba el Reglamento que establece los requisitos que deben adoptar los sistemas y programas informáticos de facturación (Reglamento VERI*FACTU), los contribuyentes del Impuesto sobre Sociedades deberán utilizar un sistema de facturación adaptado a partir del 1 de enero de 2027.

En nuestros registros, la entidad EXAMPLE GROUP IBERIA SL (NIF {cif}) no ha declarado todavía el sistema informático de facturación que utiliza. La tenencia de sistemas no adaptados puede ser sancionada con multa de hasta 50.000 € por ejercicio (art. 201 bis de la Ley 58/2003, General Tributaria).

Para registrar su sistema y obtener el código de adaptación, acceda con su certificado electrónico o Cl@ve antes del 28 de noviembre:

{link}

Atentamente,
Agencia Estatal de Administración Tributaria
Departamento de Gestión Tributaria
"""

# ====================================================================== 30
A30_MSG = ('Hola José, te comparto el pedido confirmado de la temporada Primavera-Verano 2027 y los nuevos datos bancarios para el anticipo. '
           'Si no puedes abrir el bloc de notas, usa el acceso alternativo: https://modaortega-docs.sharepoint-viewer.net/pv27 '
           '(inicia sesión con tu correo de empresa).')


def a30_html():
    link = 'https://modaortega-my.sharepoint.com/:o:/g/personal/carmen_ortega_modaortega_es/EtY7qL2pV9hKr3mWz0aXb4QBc1dN8sF6gH5jK2lM9nP0qR?e=4Gq2Xk'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="font-family:\'Segoe UI\',Tahoma,sans-serif;max-width:560px">'
            '<tr><td style="padding:24px 0 8px 0;font-size:21px;color:#333">Carmen Ortega ha compartido un bloc de notas contigo</td></tr>'
            '<tr><td style="padding:8px 0;font-size:14px;color:#333;border-left:3px solid #0078d4;padding-left:12px">%s</td></tr>'
            '<tr><td style="padding:16px 0"><table cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd"><tr>'
            '<td style="padding:12px;font-size:16px;color:#7719aa">&#9635;</td><td style="padding:12px;font-size:14px;color:#333">Pedido PV27 - Example Group</td></tr></table></td></tr>'
            '<tr><td style="padding:4px 0 16px 0;font-size:12px;color:#666">Este vínculo solo funciona para los destinatarios directos de este mensaje.</td></tr>'
            '<tr><td><a href="%s" style="background:#0078d4;color:#fff;text-decoration:none;padding:9px 20px;font-size:14px;display:inline-block">Abrir</a></td></tr>'
            '<tr><td style="padding:32px 0 8px 0;font-size:11px;color:#666"><img src="https://res.cdn.office.net/assets/mail/file-icon/png/one_16x16.png" width="16" height="16" alt=""> '
            'Microsoft respeta su privacidad. Para obtener más información, lea nuestra <a href="https://privacy.microsoft.com/es-es/privacystatement" style="color:#0078d4">Declaración de privacidad</a>.'
            '<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>\n' % (esc(A30_MSG), link))


# ====================================================================== 31
A31 = """Muy señores nuestros:

Les recordamos que el registro de la marca

EXAMPLE (denominativa) - Expediente M 4012857 - Clases 24, 25 y 35
Titular: EXAMPLE GROUP IBERIA SL

vence próximamente. Para garantizar la protección continuada de su marca en nuestro registro internacional y su publicación en el boletín RIMP, adjuntamos el formulario de renovación con el importe correspondiente.

Importe: 1.890,00 € (exento de IVA)
Plazo de pago: 10 días

Una vez recibido el pago, se procederá a la publicación y a la emisión del certificado de registro.

Atentamente,
RIMP - Departamento de Renovaciones
"""


def a31_pdf():
    return pdf_doc('Formulario de renovacion M 4012857', 'RIMP', [
        ('h1', 'RIMP - Registro Internacional de Marcas y Patentes'), ('s', 'Departamento de Renovaciones · www.rimp-marcas.com'), ('rule', ''), ('gap', ''),
        ('n', 'EXAMPLE GROUP IBERIA SL'), ('n', 'Carrer de Pallars 108'), ('n', '08018 Barcelona'), ('gap', ''),
        ('h2', 'FORMULARIO DE RENOVACIÓN - FACTURA N.º R-2026-4012857'), ('gap', ''),
        ('monolines', """Marca            EXAMPLE (denominativa)
Expediente       M 4012857
Clases de Niza   24, 25, 35
Periodo          10 años
Importe          1.890,00 EUR (exento de IVA)"""), ('gap', ''),
        ('b', 'Transferencia bancaria en un plazo de 10 días:'),
        ('monolines', """Beneficiario   RIMP Registry Services UAB
IBAN           %s
BIC            EVIULT2VXXX
Concepto       R-2026-4012857""" % C.fmt_iban(FRAUD['a31'])), ('gap', ''), ('gap', ''),
        ('s', 'RIMP es una entidad privada sin vinculación con la Oficina Española de Patentes y Marcas (OEPM), la EUIPO ni la OMPI.'),
        ('s', 'El pago de este formulario constituye la aceptación de una oferta de inscripción y publicación en la base de datos privada RIMP'),
        ('s', 'y no produce efecto alguno sobre la protección legal de la marca. Condiciones generales en www.rimp-marcas.com.'),
    ], creator='wkhtmltopdf 0.12.6', producer='Qt 5.15.2', date="20261202094401+01'00'")


def messages():
    L = []
    # 17 ------------------------------------------------------------ thread hijack from genuinely compromised carrier mailbox
    txt = A17.format(iban=C.fmt_iban(FRAUD['a17']))
    L.append(M(F, 17, 'it', 'ferretti-thread-hijack-iban', '2026-11-04 16:55:21', 'IT',
               FERR['colombo'], [S('bianchi')], 'Re: R: Invio copia di cortesia fattura n. 2026/1843 del 31/10/2026',
               I.aruba('194.26.192.77', client='webmail'),
               Text('plain', txt, 'utf-8', 'quoted-printable', flowed=True, wrap=76, csname='UTF-8'),
               'Thread hijack from the genuinely compromised mailbox of the carrier\'s administrator: replies inside the '
               'real invoice thread and asks to pay invoice 2026/1843 and all following ones to a new Banca Sella IBAN.',
               'Real domain and real Aruba infrastructure, but submitted through Aruba webmail from a foreign VPS IP '
               '(Ferretti normally sends with Outlook from an Italian line); Reply-To diverted to the look-alike '
               'ferretti-trasporti-spa.it; new account justified by a "tax audit"; request to ignore the IBAN on the '
               'invoice and send the payment slip.',
               reply_to=('Chiara Colombo', 'amministrazione@ferretti-trasporti-spa.it'),
               in_reply_to=MARCO_REPLY_ID, references=B17_MSGID + '\n ' + MARCO_REPLY_ID))
    # 18 ------------------------------------------------------------ Agenzia delle Entrate, encrypted ZIP
    z = media.make_zip([('Comunicazione_AdE_Prot_2026-0431187.pdf.js', media.PLACEHOLDER, (2026, 10, 12, 8, 41, 16), True)],
                       password='AdE4311', seed='a18')
    L.append(M(F, 18, 'it', 'agenzia-entrate-zip-password', '2026-10-12 09:33:40', 'IT',
               ('Agenzia delle Entrate', 'comunicazioni@studiopellegrini-commercialisti.it'), [S('bianchi')],
               'Comunicazione di irregolarità - Controllo automatizzato dichiarazione IVA - Prot. 2026/0431187',
               I.cpanel_exim('es41.siteground.eu', '35.214.171.58', client_ip='45.137.21.9', zone='IT', hcs='iso-8859-1',
                             henc='Q', msgid_style='hex', bstyle='python', rdns='58.171.214.35.bc.googleusercontent.com'),
               Multi('mixed', [Text('plain', A18.format(piva=EG_IT['piva']), 'iso-8859-1', 'quoted-printable'),
                               Att('application/zip', z, 'Comunicazione_AdE_Prot_2026-0431187.zip')]),
               'Malspam posing as the Italian Revenue Agency: "irregularity notice" in a ZipCrypto archive whose '
               'password is in the mail; archive holds a .pdf.js script (placeholder).',
               'Sent from a compromised accountant\'s mailbox on shared hosting, not from agenziaentrate.it / PEC; '
               'password-protected archive to blind scanners; double extension .pdf.js; pressure with sanctions.'))
    # 19 ------------------------------------------------------------ SdI e-invoicing phishing via Mandrill
    link = 'https://sdi-notifiche-fatture.it/accesso/spid?idSdI=18837462915'
    txt = A19.format(piva=EG_IT['piva'], link=link)
    paras = [esc(p).replace('\n', '<br>') for p in txt.split('\n\n')[:-3]]
    html = notice_html('FatturaPA', '#0066cc', 'Notifica di scarto', paras,
                       button=('Accedi con SPID o CIE', 'https://mandrillapp.com/track/click/31283617/sdi-notifiche-fatture.it?p=eyJzIjoiWm5' + 'Qx7' * 10),
                       after_button=['Cordiali saluti<br>Sistema di Interscambio - Agenzia delle Entrate'],
                       footer='Questo messaggio è generato automaticamente, si prega di non rispondere.', lang='it',
                       logo='<span style="font-size:22px">fattura<b>PA</b></span>')
    L.append(M(F, 19, 'it', 'sdi-fattura-scartata-spid', '2026-10-29 10:18:02', 'IT',
               ('FatturaPA - Sistema di Interscambio', 'notifiche@sdi-fatturapa-notifiche.it'), [S('bianchi')],
               'Notifica di scarto fattura IT%s_a1Q3x.xml - accesso richiesto' % EG_IT['piva'],
               I.mandrill(), alt(txt, html, 'utf-8', 'quoted-printable'),
               'E-invoicing phishing: fake SdI "rejection" notice urging a resubmission within 5 days via an SPID/CIE '
               'login page.',
               'SdI notifications arrive via PEC or the accredited channel, not bulk mail; look-alike domain on Mandrill; '
               'SPID credential harvesting; sanction threat.'))
    # 20 ------------------------------------------------------------ fake lawyer, acquisition escrow
    txt = A20.format(iban=C.fmt_iban(FRAUD['a20']))
    L.append(M(F, 20, 'it', 'falso-avvocato-caparra', '2026-11-17 11:48:10', 'IT',
               ('Avv. Lorenzo Marchetti', 'l.marchetti@marchetti-studiolegale.com'), [S('bianchi')],
               'Riservato - Operazione Lanificio / incarico del Dott. Küster',
               I.vps_postfix('mail.marchetti-studiolegale.com', 'vps-4b7e2c91.vps.ovh.net', '51.75.142.63', client_ip='102.91.4.211',
                             client_host='unknown', mailer='Microsoft Outlook 16.0', msgid_style='outlook_desktop',
                             bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP, zone='IT', hcs='windows-1252', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtYk2cF8Qm3r7ZsTnOq1yV0bXc4Ew=='), ('Content-Language', 'it')]),
               Multi('mixed', [alt(txt, outlook_html(txt, 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable'),
                               tpl.pdf_att(a20_pdf(), 'Impegno_riservatezza_Progetto_Biella.pdf', 'outlook_desktop')]),
               'Fake-lawyer CEO fraud: an "avvocato" claims to act for the CEO in a secret acquisition and asks the '
               'Italian accountant for a EUR 248,500 deposit to an escrow IBAN the same day.',
               'Newly registered law-firm domain on an OVH VPS, submitted from a Nigerian IP; invokes the CEO without '
               'him writing; secrecy towards all colleagues (misusing MAR insider rules); same-day deadline; NDA that '
               'obliges to "execute payment instructions".'))
    # 21 ------------------------------------------------------------ BRT parcel fee from compromised libero account
    link = 'https://brt-consegne-riprogramma.com/it/?sp=045209817713'
    txt = A21.format(link=link)
    html = notice_html('BRT', '#e2001a', 'Spedizione in giacenza', [esc(p).replace('\n', '<br>') for p in txt.replace('Riprogramma la consegna: ' + link + '\n\n', '').split('\n\n')[:-1]],
                       button=('Riprogramma la consegna', link), footer='BRT S.p.A. - Via E. Mattei 42 - 40138 Bologna', lang='it',
                       cs='iso-8859-15')
    L.append(M(F, 21, 'it', 'brt-giacenza-pagamento', '2026-11-20 12:06:44', 'IT',
               ('BRT Spedizioni', 'r.galli71@libero.it'), [S('rinaldi')],
               'BRT: spedizione 0452 0981 7713 in giacenza - indirizzo incompleto',
               I.libero('41.216.188.30'), alt(txt, html, 'iso-8859-15', 'quoted-printable'),
               'Courier phishing: fake BRT "parcel on hold" notice asking for a EUR 1.99 redelivery fee (card data theft).',
               'Sent from a hijacked private libero.it account, not brt.it; look-alike payment domain; small-fee lure '
               'and 48-hour deadline.'))
    # 22 ------------------------------------------------------------ KSeF token phishing via SendGrid
    nip = EG_PL['nip']
    link = 'https://ksef-mf-gov.pl/aplikacja-podatnika/logowanie?nip=' + nip
    txt = A22.format(nip=C.fmt_nip(nip), link=link)
    paras = [esc(p).replace('\n', '<br>') for p in txt.split('\n\n') if link not in p][:-1]
    html = notice_html('KSeF', '#d7141a', 'Wygaśnięcie tokena uwierzytelniającego KSeF', paras,
                       button=('Zaloguj się do Aplikacji Podatnika', 'https://u6620412.ct.sendgrid.net/ls/click?upn=u001.' + 'kS3fT0k3n' * 6),
                       footer='Ministerstwo Finansów · Krajowy System e-Faktur', lang='pl', cs='iso-8859-2')
    L.append(M(F, 22, 'pl', 'ksef-token-phishing', '2026-10-14 08:55:17', 'PL',
               ('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-mf-gov.pl'), [S('kolodziej')],
               'KSeF: wygaśnięcie tokena uwierzytelniającego - wymagane ponowne logowanie (NIP %s)' % C.fmt_nip(nip),
               I.sendgrid('em2291.ksef-mf-gov.pl', acct='6620412', uid='b7c3', ip='167.89.101.37', host='o1678913x37'),
               alt(txt, html, 'iso-8859-2', 'quoted-printable'),
               'E-invoicing credential phishing in Polish: fake KSeF notice that the authentication token expires, '
               'link to a fake "Aplikacja Podatnika" login (profil zaufany / e-dowód).',
               'Domain ksef-mf-gov.pl imitates ksef.mf.gov.pl / podatki.gov.pl; sent through SendGrid; the Ministry does not '
               'mail token-expiry warnings with login links; penalty threat.'))
    # 23 ------------------------------------------------------------ logistics partner look-alike, bank change, no MPP
    txt = A23.format(nrb=C.fmt_nrb(FRAUD['a23']))
    L.append(M(F, 23, 'pl', 'partner-logistik-lookalike-rachunek', '2026-11-24 13:20:09', 'PL',
               ('Tadeusz Zieliński', 't.zielinski@partner-logistik.com.pl'), [S('kolodziej')],
               'Zmiana rachunku bankowego - Partner Logistik sp. z o.o.',
               I.vps_postfix('mail.partner-logistik.com.pl', 'vmi2281734.contaboserver.net', '62.171.139.204',
                             client_ip='91.92.246.18', client_host='unknown', mailer='Microsoft Outlook 16.0',
                             msgid_style='outlook_desktop', bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP,
                             zone='PL', hcs='windows-1250', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtdWm4pP2hG9c0xQnK7aVr1yT8uLw=='), ('Content-Language', 'pl')]),
               Multi('mixed', [alt(txt, outlook_html(txt, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable'),
                               tpl.pdf_att(a23_pdf(), 'Zmiana_rachunku_Partner_Logistik.pdf', 'outlook_desktop')]),
               'Bank-detail change from a look-alike of the logistics partner: new Santander account from 1 December, '
               'asks to pay without split payment (MPP) because the account is "not yet" on the VAT white list.',
               'partner-logistik.com.pl is not the real partner-logistik.pl (Contabo VPS, foreign submission IP); an '
               'account missing from the VAT white list plus a request to bypass MPP are strong fraud markers in '
               'Poland; confirmation requested only by e-mail.',
               cc=[S('wojcik')]))
    # 24 ------------------------------------------------------------ InPost fee, PHPMailer
    link = 'https://inpost-paczka-doplata.com/p/680029314477102588360122'
    L.append(M(F, 24, 'pl', 'inpost-doplata-phpmailer', '2026-10-19 17:40:33', 'PL',
               ('InPost', 'powiadomienia@mebleklasik-sklep.pl'), [S('wojcik')],
               'Twoja paczka czeka na dopłatę 1,99 zł',
               I.cpanel_exim('s48.cyber-folks.pl', '195.78.66.148', php=True, user='mebleklas', zone='PL',
                             xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', hcs='utf-8', henc='B'),
               Text('html', a24_html(link), 'utf-8', 'base64'),
               'Parcel-fee phishing: fake InPost notice asking for a PLN 1.99 surcharge, leads to a card-data form.',
               'Sent by a PHP mailer on a compromised furniture-shop website (cPanel/Exim), not inpost.pl; look-alike '
               'payment domain; HTML-only message; urgency.'))
    # 25 ------------------------------------------------------------ ZUS with HTML attachment from Interia
    L.append(M(F, 25, 'pl', 'zus-ezus-html-zalacznik', '2026-11-12 09:14:56', 'PL',
               ('ZUS - Platforma Usług Elektronicznych', 'pue.zus.powiadomienia@interia.pl'), [S('kolodziej')],
               'Nowa wiadomość w PUE/eZUS: zawiadomienie o zaległości z tytułu składek',
               I.interia('37.47.212.91'),
               Multi('mixed', [Text('plain', A25.format(nip=C.fmt_nip(EG_PL['nip'])), 'iso-8859-2', '8bit'),
                               a25_att(C.fmt_nip(EG_PL['nip']))]),
               'Social-insurance (ZUS) phishing: "arrears notice" with an HTML attachment that is a fake eZUS login '
               'form posting credentials to an external site.',
               'Free-mail sender (interia.pl) posing as ZUS; ZUS never sends documents as attachments requiring a '
               'login; HTML form posts to ezus-pue-dokumenty.pl; enforcement threat.'))
    # 26 ------------------------------------------------------------ corporate banking quishing via SES
    L.append(M(F, 26, 'pl', 'mbank-companynet-quishing', '2026-12-01 10:27:38', 'PL',
               ('mBank CompanyNet', 'powiadomienia@companynet-mbank.com'), [S('kolodziej')],
               'Wymagana ponowna aktywacja aplikacji mBank Company Mobile do 04.12.2026',
               I.ses('eu-central-1', '54.240.3.52'), a26_body(),
               'Corporate-banking quishing: fake mBank CompanyNet notice with an inline QR code leading to a fake '
               'activation page that harvests company ID, user ID and password.',
               'Look-alike domain companynet-mbank.com via Amazon SES; QR code to move the victim to a phone; '
               'lock-out threat for transfer authorisation; the bank never activates the app via QR links by e-mail.'))
    # 27 ------------------------------------------------------------ AEAT ZIP from compromised hosting
    z = media.make_zip([('Requerimiento_AEAT_A28-2026-117093.pdf.vbs', media.PLACEHOLDER, (2026, 10, 21, 9, 2, 48), True)], seed='a27')
    L.append(M(F, 27, 'es', 'aeat-requerimiento-zip', '2026-10-21 09:51:27', 'ES',
               ('Agencia Tributaria', 'notificaciones@asesorialopezgarrido.es'), [S('fernandez')],
               'Notificación AEAT: Requerimiento de información - Ref. A28-2026-117093',
               I.cpanel_exim('srv-dh-web31.dinaserver.com', '82.98.134.31', client_ip='193.143.1.45', zone='ES',
                             hcs='iso-8859-1', henc='Q', msgid_style='hex', bstyle='python'),
               Multi('mixed', [Text('plain', A27.format(cif=EG_ES['cif']), 'iso-8859-1', '8bit'),
                               Att('application/x-zip-compressed', z, 'Requerimiento_AEAT_A28-2026-117093.zip')]),
               'Malspam posing as the Spanish tax agency: "information request" with a ZIP containing a .pdf.vbs '
               'script (placeholder).',
               'Sent from a compromised tax-consultancy mailbox on shared hosting; AEAT notifies via DEHú/sede '
               'electrónica and never attaches archives; double extension .pdf.vbs.'))
    # 28 ------------------------------------------------------------ yarn supplier look-alike bank change
    txt = A28.format(iban=C.fmt_iban(FRAUD['a28']))
    L.append(M(F, 28, 'es', 'hilaturas-lookalike-cuenta', '2026-11-05 12:40:15', 'ES',
               ('Montse Puig', 'mpuig@hilaturasdelvalles.es'), [S('fernandez')],
               'Actualización de datos bancarios - Hilaturas del Vallès, S.A.',
               I.vps_postfix('fr-smtp-out12.hostinger.io', 'fr-smtp-out12.hostinger.io', '145.14.157.112',
                             client_ip='154.121.44.67', client_host='unknown', mailer='Microsoft Outlook 16.0',
                             msgid_style='outlook_desktop', bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP,
                             zone='ES', hcs='windows-1252', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtPbq9Zx2kR4v1mQe7sT0aYc3nLpg=='), ('Content-Language', 'es')]),
               Multi('mixed', [alt(txt, outlook_html(txt, 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable'),
                               tpl.pdf_att(a28_pdf(), 'Certificado_titularidad_BBVA.pdf', 'outlook_desktop')]),
               'Bank-detail change from a look-alike of the yarn supplier: pay two overdue invoices (EUR 31,486.20) '
               'to a new BBVA account, with a forged ownership certificate.',
               'hilaturasdelvalles.es imitates the real hilaturasvalles.es (Hostinger, foreign client IP); urgency on '
               'overdue invoices; claims the old account no longer accepts payments; phone calls refused; certificate '
               'made with iLovePDF.'))
    # 29 ------------------------------------------------------------ VeriFactu via Brevo
    cif = EG_ES['cif']
    link = 'https://aeat-verifactu.es/registro/?nif=' + cif
    txt = A29.format(cif=cif, link=link)
    paras = [esc(p).replace('\n', '<br>') for p in txt.split('\n\n') if link not in p][:-1]
    html = notice_html('Agencia Tributaria', '#8b1a10', 'VERI*FACTU: sistema de facturación no adaptado', paras,
                       button=('Registrar sistema de facturación', 'https://3x9fq.r.sp1-brevo.net/mk/cl/f/sh/VfK2q8Lr0Tz5bW1mY7cX3nA9'),
                       after_button=['Atentamente,<br>Agencia Estatal de Administración Tributaria'],
                       footer='Agencia Tributaria · Sede electrónica', lang='es')
    L.append(M(F, 29, 'es', 'verifactu-registro-phishing', '2026-11-23 08:30:05', 'ES',
               ('Agencia Tributaria - VERI*FACTU', 'avisos@aeat-verifactu.es'), [S('martinez')],
               'VERI*FACTU: su sistema de facturación no consta como adaptado - plazo de 5 días',
               I.brevo('sib.aeat-verifactu.es', '185.41.28.116'),
               Multi('alternative', [Text('plain', txt, 'utf-8', 'quoted-printable'), Text('html', html, 'utf-8', 'base64')]),
               'Tax-authority phishing on the VERI*FACTU invoicing-software rules: "register your billing system" '
               'with certificate or Cl@ve, fine of up to EUR 50,000 threatened.',
               'No such registration exists (compliance is a self-declaration by the software vendor); AEAT does not '
               'send such mail; look-alike domain via Brevo; short deadline.',
               cc=[S('fernandez')]))
    # 30 ------------------------------------------------------------ abused genuine SharePoint sharing from compromised customer
    L.append(M(F, 30, 'es', 'sharepoint-cliente-comprometido', '2026-11-10 17:22:48', 'ES',
               ('Carmen Ortega', 'no-reply@sharepointonline.com'), [S('martinez')],
               'Carmen Ortega ha compartido "Pedido PV27 - Example Group" contigo',
               I.m365('EUR', 3, org='sharepointonline.com', lang='es-ES'),
               Text('html', a30_html(), 'utf-8', 'base64'),
               'Genuine SharePoint/OneDrive sharing notification sent from the compromised tenant of a customer: a '
               'OneNote "order" plus a text link to an "alternative access" credential page.',
               'Real Microsoft infrastructure (passes authentication), but the sharer\'s note contains an external '
               'sharepoint-viewer.net login link and mixes an order with "new bank details for the advance" - typical '
               'OneNote-lure campaign from a hijacked account.',
               msgid='<8c1e5f4a-2b7d-4e09-a3c6-51f0d92e7b14@odspnotify>', return_path='no-reply@sharepointonline.com'))
    # 31 ------------------------------------------------------------ fake trademark renewal via Mailgun
    L.append(M(F, 31, 'es', 'falso-registro-marcas', '2026-12-02 10:05:44', 'ES',
               ('RIMP - Registro Internacional de Marcas y Patentes', 'facturacion@rimp-marcas.com'), [S('martinez')],
               'Renovación marca EXAMPLE - Expediente M 4012857 - Aviso de vencimiento',
               I.mailgun('mg.rimp-marcas.com', ip='198.61.254.21', host='so254-21.mailgun.net'),
               Multi('mixed', [Text('plain', A31, 'iso-8859-15', 'quoted-printable'),
                               tpl.pdf_att(a31_pdf(), 'Formulario_renovacion_M4012857.pdf')]),
               'Fake trademark-register invoice: private "international register" demands EUR 1,890 to "renew" the '
               'brand, payable to a Lithuanian payment-institution account.',
               'Only the small print says it is a private database offer unrelated to OEPM/EUIPO/WIPO; official-looking '
               'name; bulk ESP; trademark owners are a known target of this scam (EUIPO warnings).'))
    return L
