"""Genuine business messages 27-40 (Spanish 27-31, Greek 32-36, Russian 37-40)."""
from common import B, alt, brand, mixed, plain, pdf_att, S
from msg import Msg
from people import r_urrutia, r_metallika
from routes import SmallPostfix, Internal, Gmail, SendGrid, Otenet, Service, Yandex
from codes import fmt_iban, hexid
import refs


def messages():
    out = []

    # ------------------------------------------------------------------ 27
    pc = f"""# Transformados Metálicos Urrutia S.L.
Pol. Ind. Erletxe, Pabellón 14 - 48200 Durango (Bizkaia) - CIF {refs.URRUTIA_CIF}

Proveedor: Example Group GmbH, Sucursal en España - NIF {refs.EG_ES_NIF}

## PEDIDO DE COMPRA PC-26-0457 - fecha 17/11/2026

1. Chapa laminada en caliente S275JR, 8 x 1500 x 3000 mm - 42 uds. - 11,87 t - 835 EUR/t
2. Chapa laminada en caliente S275JR, 12 x 1500 x 3000 mm - 18 uds. - 7,63 t - 842 EUR/t
3. Tubo estructural cuadrado 100 x 100 x 5 S275J2H, 6 m - 60 uds. - 5,26 t - 960 EUR/t
Entrega: semana 49 en nuestras instalaciones de Durango. Certificado 3.1 según EN 10204.
Forma de pago: confirming a 60 días.
"""
    t = """Buenos días Iñigo:

Os adjuntamos el pedido PC-26-0457 según vuestra oferta OF-ES-26-0388 del día 12. Os agradeceríamos la confirmación con plazo de entrega; si la chapa de 12 pudiera salir antes que el resto, mejor, porque la necesitamos para el corte del lunes 30.

Un saludo,

Ane Urrutia
Compras
Transformados Metálicos Urrutia S.L.
Tel. 946 201 844
"""
    out.append(Msg(B, 27, 'es', 'cliente-pedido-compra-pdf',
                   frm=('Ane Urrutia', 'compras@urrutia-metal.es'), to=[S('es_mgr')],
                   subject='Pedido de compra PC-26-0457 – chapa S275JR y tubo estructural',
                   date=(2026, 11, 17, 8, 20, 44), route=r_urrutia(),
                   body=mixed(alt(t, 'iso-8859-1', 'quoted-printable', lang='es'),
                              pdf_att('PC-26-0457.pdf', pc, producer='Microsoft Dynamics 365 Business Central',
                                      when=(2026, 11, 17, 9, 15, 0), fn_style='plain')),
                   hcs='iso-8859-1',
                   what='Regular customer sends a purchase order (plates and tubes) as PDF referring to our quotation.',
                   why='Known customer on its Microsoft 365 tenant, references our own offer number, order attached as PDF, no login requested.',
                   hn=([29], 'Steel order/RFQ for the Spanish office. Genuine: known customer, PDF order. Attack: unknown firm, "tender platform" asking for the Microsoft 365 password.')))

    # ------------------------------------------------------------------ 28
    fac = f"""# Transportes Goikoetxea S.L.
Pol. Ind. Lapatza, Calle B 6 - 48970 Basauri (Bizkaia)

Cliente: Example Group GmbH, Sucursal en España - NIF {refs.EG_ES_NIF}

## FACTURA F26-01877 - fecha 30/10/2026

Portes octubre 2026 (23 servicios completos Bilbao - Durango / Vitoria / Eibar)   7.245,00 EUR
Servicios con grúa autocargante (4)                                                 680,00 EUR
Base imponible 7.925,00 EUR    IVA 21% 1.664,25 EUR    Total factura 9.589,25 EUR

Vencimiento: 30/11/2026 - transferencia a Kutxabank {fmt_iban(refs.GOIK_IBAN)}
~ Factura emitida conforme al sistema TicketBAI de la Hacienda Foral de Bizkaia.
"""
    t = f"""Buenos días:

Adjuntamos la factura F26-01877 correspondiente a los portes del mes de octubre.

Vencimiento 30/11/2026, transferencia a nuestra cuenta habitual de Kutxabank ({fmt_iban(refs.GOIK_IBAN)}).

Un saludo,
Administración
Transportes Goikoetxea S.L.
Tel. 944 264 501
"""
    out.append(Msg(B, 28, 'es', 'transportista-factura-portes',
                   frm=('Transportes Goikoetxea - Facturación', 'facturacion@goikoetxea-transportes.es'),
                   to=[S('es_acc')], subject='Factura F26-01877 – portes octubre',
                   date=(2026, 10, 30, 12, 41, 9),
                   route=SmallPostfix(mailhost='mail.goikoetxea-transportes.es', mailhost_ip='185.42.105.33',
                                      client_ip='80.28.114.203', client_rdns='203.red-80-28-114.staticip.rima-tde.net',
                                      helo_client='ADMIN-PC', mua='outlook16', lang='es', long_qid=False),
                   body=mixed(alt(t, 'windows-1252', 'quoted-printable', lang='es'),
                              pdf_att('F26-01877.pdf', fac, producer='a3ERP', when=(2026, 10, 30, 12, 35, 0),
                                      fn_style='plain')),
                   hcs='windows-1252',
                   what='Carrier\'s monthly freight invoice (EUR 9,589.25) as PDF, usual Kutxabank account.',
                   why='Known Basque carrier, own mail server, account unchanged, matches services rendered.'))

    # ------------------------------------------------------------------ 29
    t = """Hola a todos:

Os recuerdo que el cierre de incidencias para la nómina de noviembre es el miércoles 18 a las 12:00. Horas extra, dietas y kilometraje de noviembre deben estar aprobados en el portal del empleado antes de esa hora.

Importante: los cambios de cuenta bancaria para el abono de la nómina solo se tramitan a través del portal del empleado, adjuntando el certificado de titularidad de la cuenta. No se aceptan cambios recibidos por correo electrónico, WhatsApp ni teléfono, aunque vengan de un compañero o de un responsable. Si recibís una petición así, reenviádmela antes de hacer nada.

La nómina se abonará el 27 de noviembre y la paga extra de Navidad el 18 de diciembre.

Gracias,
Lucía Fernández
Administración – Example Group, Sucursal en España
"""
    out.append(Msg(B, 29, 'es', 'intern-nomina-cierre-cambios-cuenta',
                   frm=S('es_acc'), to=[('Bilbao – todos', 'bilbao@examplegroup.eu')], rcpt=S('es_mgr')[1],
                   subject='Nóminas de noviembre: cierre de incidencias el día 18 – cambios de cuenta solo por el portal',
                   date=(2026, 11, 12, 9, 5, 30), route=Internal(client_ip='10.50.1.17', lang='es-ES'),
                   body=alt(t, 'iso-8859-15', 'quoted-printable', lang='es'), hcs='iso-8859-15',
                   what='Internal payroll notice from the Spanish accountant: cut-off date and rule that salary-account changes only go through the employee portal.',
                   why='Internal relay, branch distribution list, informational; describes the control the attack tries to bypass.',
                   hn=([30], 'Payroll account change. Genuine: internal notice, changes only via the portal. Attack: "Iñigo" from Yahoo asks to change his salary account by e-mail.')))

    # ------------------------------------------------------------------ 30
    jus = f"""# Hacienda Foral de Bizkaia - Bizkaiko Foru Ogasuna
Justificante de presentación - Modelo 303 Autoliquidación IVA

NIF: {refs.EG_ES_NIF}    Razón social: EXAMPLE GROUP GMBH SUCURSAL EN ESPAÑA
Ejercicio: 2026    Periodo: 3T
Resultado de la autoliquidación: a ingresar 14.286,52 EUR
Forma de pago: domiciliación bancaria - cargo 20/10/2026
Presentado por: Asesoría Zubizarreta (colaborador social) el 19/10/2026 a las 17:42
Número de justificante: 303{hexid("j303", 10, True)}
"""
    t = """Hola Lucía:

Te adjunto el justificante de presentación del modelo 303 del tercer trimestre en la Sede de la Hacienda Foral de Bizkaia. Resultado a ingresar 14.286,52 €, domiciliado con cargo hoy 20/10 en la cuenta de Kutxabank de la sucursal.

Para el modelo 390 y el 349 anual te mandaré en enero la lista de lo que necesito. Recuerda también que desde Batuz los libros se llevan a través de TicketBAI, así que no hace falta nada adicional por vuestra parte.

Un abrazo,
Miren

--
Miren Zubizarreta
Asesoría Zubizarreta – Asesoría fiscal y contable
Gran Vía 62, 4.º – 48011 Bilbao
Tel. 944 157 322
"""
    out.append(Msg(B, 30, 'es', 'asesoria-modelo-303-justificante',
                   frm=('Miren Zubizarreta', 'miren@asesoriazubizarreta.es'), to=[S('es_acc')],
                   subject='Modelo 303 3T 2026 presentado – justificante', date=(2026, 10, 20, 10, 22, 51),
                   route=Gmail(out=3, tz='CET'),
                   body=mixed(alt(t, 'UTF-8', 'quoted-printable', flavour='gmail', lang='es'),
                              pdf_att('Justificante_303_3T2026.pdf', jus, producer='Bizkaiko Foru Ogasuna - Bizkaibai',
                                      when=(2026, 10, 19, 17, 42, 0), fn_style='plain')),
                   hcs='utf-8',
                   what='The branch\'s tax adviser (Google Workspace) sends the VAT return receipt filed with the Hacienda Foral de Bizkaia.',
                   why='Known adviser, receipt PDF, no link or login; mentions that TicketBAI/Batuz is the applicable system in Bizkaia.',
                   hn=([27], 'Spanish tax topic. Genuine: the adviser files and sends the receipt. Attack: fake AEAT "VERI*FACTU" requirement with a login link (not even applicable in Bizkaia).')))

    # ------------------------------------------------------------------ 31
    base = 'https://u7712084.ct.sendgrid.net/ls/click?upn=u001.' + hexid('b31', 30)
    paras = [
        'Buenos días:',
        f'Chapa gruesa: los precios del laminado en caliente en España se mantienen en torno a 640 €/t y las acerías anuncian subidas para enero. [[Leer más|{base}1]]',
        f'Salvaguardias: la Comisión publica el reparto trimestral de cuotas de importación para productos planos. [[Leer más|{base}2]]',
        f'Logística: el puerto de Bilbao registra un aumento del 8 % en el tráfico de productos siderúrgicos. [[Leer más|{base}3]]',
    ]
    unsub = 'https://u7712084.ct.sendgrid.net/asm/unsubscribe/?user_id=7712084&data=' + hexid('b31u', 40)
    body = brand('Acero al Día – Boletín semanal n.º 47', paras, None,
                 f'Recibes este boletín porque te suscribiste en aceroaldia.es con inigo.etxeberria@examplegroup.eu.\n'
                 f'[[Darse de baja|{unsub}]] · Acero al Día, Ediciones Técnicas del Norte S.L., Alameda Urquijo 28, 48010 Bilbao',
                 cs='utf-8', cte='quoted-printable', color='#34495e', logo='Acero al Día', lang='es')
    out.append(Msg(B, 31, 'es', 'newsletter-acero-al-dia-sendgrid',
                   frm=('Acero al Día', 'boletin@aceroaldia.es'), to=[S('es_mgr')],
                   subject='Acero al Día – Boletín semanal n.º 47: precios de la chapa y cuotas de salvaguardia',
                   date=(2026, 11, 26, 6, 30, 11), route=SendGrid(em='em3319'), body=body, hcs='utf-8',
                   extra=[('List-Unsubscribe', f'<{unsub}>, <mailto:unsubscribe@aceroaldia.es?subject=baja>'),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
                   what='Spanish steel-trade newsletter via SendGrid.',
                   why='Subscribed newsletter, List-Unsubscribe one-click, links to the publisher via SendGrid tracking.',
                   hn=([23, 32], 'Sent through the same ESP (SendGrid). Genuine: subscribed publisher. Attacks: authority look-alikes via SendGrid.')))

    # ------------------------------------------------------------------ 32
    po = f"""# METALLIKA MAKEDONIAS S.A.
Industrial Area of Sindos, Block 31 - 57022 Thessaloniki - VAT EL{refs.METALLIKA_AFM}

Supplier: Example Group GmbH, Thessaloniki branch - VAT EL{refs.EG_GR_AFM}

## PURCHASE ORDER 2026-318 - 21/10/2026

1. Cold-rolled sheet DC01, 1.5 x 1250 x 2500 mm - 9.2 t - 905 EUR/t
2. Cold-rolled sheet DC01, 2.0 x 1500 x 3000 mm - 6.8 t - 898 EUR/t
3. HEA 200 S275JR, 12 m - 4.1 t - 980 EUR/t
Delivery: week 45, ex our warehouse Sindos. Payment: 60 days from invoice.
"""
    t = """Καλημέρα Γιώργο,

σας στέλνω την παραγγελία 2026-318 για λαμαρίνες DC01 και HEA 200 σύμφωνα με την προσφορά σας της 16/10. Θα θέλαμε παράδοση την εβδομάδα 45 στη Σίνδο, αν γίνεται με ένα φορτηγό.

Παρακαλώ επιβεβαιώστε ημερομηνία φόρτωσης.

Ευχαριστώ,
Νίκος Αθανασίου
Τμήμα Προμηθειών
Μεταλλικά Μακεδονίας Α.Ε.
Τηλ. 2310 799 412
"""
    out.append(Msg(B, 32, 'el', 'pelatis-paraggelia-pdf',
                   frm=('Νίκος Αθανασίου', 'n.athanasiou@metallika-makedonias.gr'), to=[S('gr_mgr')],
                   subject='Παραγγελία 2026-318: λαμαρίνες DC01 και HEA 200', date=(2026, 10, 21, 8, 0, 27),
                   route=r_metallika(),
                   body=mixed(alt(t, 'iso-8859-7', 'quoted-printable', lang='el'),
                              pdf_att('PO_2026-318.pdf', po, producer='SoftOne ERP', when=(2026, 10, 21, 10, 55, 0),
                                      zone='EET', fn_style='plain')),
                   hcs='iso-8859-7', henc='B',
                   what='Greek customer sends a purchase order for cold-rolled sheet and beams as PDF.',
                   why='Known customer on Microsoft 365, refers to our quotation, ordinary PDF order.'))

    # ------------------------------------------------------------------ 33
    t = """Γιώργο καλησπέρα,

θέλω για Δευτέρα αν γίνεται:

- 10 φύλλα λαμαρίνα μαύρη 3 χιλ. 1500x3000
- 20 μήκη κοιλοδοκό 80x80x4
- 15 μήκη γωνία 50x50x5
- 1 φύλλο ντεκαπέ 2 χιλ.

Θα έρθω να τα πάρω με το φορτηγάκι κατά τις 9. Πληρωμή όπως πάντα με κατάθεση.

Κώστας Νικολαΐδης
Σιδηρουργείο – Καλαμαριά
6944 218 330
"""
    out.append(Msg(B, 33, 'el', 'mikros-pelatis-paraggelia-otenet',
                   frm=('Κώστας Νικολαΐδης', 'k.nikolaidis@otenet.gr'), to=[S('gr_mgr')],
                   subject='Παραγγελία για Δευτέρα', date=(2026, 11, 25, 19, 20, 3),
                   route=Otenet(client_ip='94.66.221.17'), body=plain(t, 'iso-8859-7', '8bit'), hcs='iso-8859-7',
                   what='Small ironworks customer types his Monday order into the mail from his otenet.gr address.',
                   why='Regular customer from a Greek residential line at a normal hour, order in the text, pays as usual.',
                   hn=([36], 'Same sender. Genuine: order typed into the mail from a Greek line. Attack: same account at 02:10 from a Nigerian IP with a "OneDrive" link.')))

    # ------------------------------------------------------------------ 34
    dil = f"""# Periodiki Dilosi FPA - Periodos 09/2026
AFM: {refs.EG_GR_AFM}    Eponymia: EXAMPLE GROUP GMBH - YPOKATASTIMA ELLADOS
Forologiteo poso ekroon: 412.880,00 EUR    FPA ekroon: 99.091,20 EUR
Forologiteo poso eisroon: 366.214,00 EUR    FPA eisroon: 87.891,36 EUR
Poso FPA pros katavoli: 11.199,84 EUR - prothesmia 26/10/2026
Ypovlithike apo: Logistiko Grafeio Dimitriou (exousiodotisi myAADE)
"""
    t = """Καλημέρα Ελένη,

υποβλήθηκε σήμερα η περιοδική δήλωση ΦΠΑ Σεπτεμβρίου (σου επισυνάπτω το αποδεικτικό). Το ποσό προς καταβολή είναι 11.199,84 € με προθεσμία σήμερα – η πληρωμή γίνεται όπως πάντα από εσένα με την ταυτότητα οφειλής που βλέπεις στο αποδεικτικό.

Στο myDATA βλέπω τρία τιμολόγια αγορών του Σεπτεμβρίου (Μεταφορές Αιγαίου 2026/812 και δύο της ΔΕΗ) που δεν έχουν χαρακτηριστεί ακόμα. Μπορείς να τα χαρακτηρίσεις εσύ ή να μου πεις και τα περνάω εγώ με την εξουσιοδότηση που έχω. Κωδικούς δεν χρειάζομαι.

Καλή εβδομάδα,
Σοφία

--
Σοφία Δημητρίου
Λογιστικό Γραφείο Δημητρίου
Εγνατίας 118 – 54630 Θεσσαλονίκη
Τηλ. 2310 262 711
"""
    out.append(Msg(B, 34, 'el', 'logistis-dilosi-fpa-mydata',
                   frm=('Σοφία Δημητρίου', 'sofia@logistiko-dimitriou.gr'), to=[S('gr_acc')],
                   subject='Δήλωση ΦΠΑ Σεπτεμβρίου & χαρακτηρισμοί myDATA', date=(2026, 10, 26, 9, 14, 37),
                   route=Gmail(out=1, tz='EET'),
                   body=mixed(alt(t, 'UTF-8', 'base64', flavour='gmail', lang='el'),
                              pdf_att('Αποδεικτικό_ΦΠΑ_09-2026.pdf', dil, producer='myAADE',
                                      when=(2026, 10, 26, 9, 5, 0), zone='EET', fn_style='rfc2047b')),
                   hcs='utf-8', henc='B',
                   what='External accountant reports the filed September VAT return and open myDATA classifications.',
                   why='Known accountant on Google Workspace, works with her own myAADE authorisation and explicitly needs no passwords; receipt PDF; no link.',
                   hn=([32], 'myDATA/VAT topic. Genuine: accountant, no credentials. Attack: "AADE" look-alike asking for TAXISnet credentials.')))

    # ------------------------------------------------------------------ 35
    tpy = f"""# METAFORES AIGAIOU O.E.
Odos 26is Oktovriou 44 - 54627 Thessaloniki - AFM {refs.METAF_AFM}

Pelatis: EXAMPLE GROUP GMBH - Ypokatastima Ellados - AFM {refs.EG_GR_AFM}

## Timologio Parochis Ypiresion TPY 2026/884 - 04/11/2026

Metafores Oktovriou 2026 (Sindos / Kalamaria / Serres / Katerini), 17 dromologia   3.920,00 EUR
FPA 24%: 940,80 EUR    Synolo: 4.860,80 EUR
Tropos pliromis: trapeziki katathesi - Trapeza Peiraios IBAN {fmt_iban(refs.METAF_IBAN)}
MARK myDATA: 4000{hexid("mark35", 11).upper()}
"""
    t = f"""Καλημέρα σας,

σας αποστέλλουμε το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 2026/884 για τις μεταφορές του Οκτωβρίου. Το παραστατικό έχει διαβιβαστεί στο myDATA.

Πληρωμή με κατάθεση στον λογαριασμό μας στην Τράπεζα Πειραιώς:
IBAN {fmt_iban(refs.METAF_IBAN)}

Ευχαριστούμε,
Λογιστήριο
Μεταφορές Αιγαίου Ο.Ε.
Τηλ. 2310 517 240
"""
    out.append(Msg(B, 35, 'el', 'metaforiki-timologio-peiraios',
                   frm=('Μεταφορές Αιγαίου – Λογιστήριο', 'logistirio@metafores-aigaiou.gr'), to=[S('gr_acc')],
                   subject='Τιμολόγιο παροχής υπηρεσιών ΤΠΥ 2026/884', date=(2026, 11, 4, 10, 42, 8),
                   route=SmallPostfix(mailhost='mail.metafores-aigaiou.gr', mailhost_ip='185.4.134.62',
                                      client_ip='79.129.40.118', client_rdns='79-129-40-118.static.forthnet.gr',
                                      helo_client='LOGISTIRIO-PC', mua='outlook16', lang='el', tz='EET', long_qid=False),
                   body=mixed(alt(t, 'windows-1253', 'quoted-printable', lang='el'),
                              pdf_att('TPY_2026-884.pdf', tpy, producer='Epsilon Net Pylon', when=(2026, 11, 4, 10, 30, 0),
                                      zone='EET', fn_style='plain')),
                   hcs='windows-1253', henc='B',
                   what='Greek carrier\'s freight invoice (EUR 4,860.80) with its usual Piraeus Bank IBAN and myDATA MARK.',
                   why='Real .gr domain on its own server, invoice transmitted to myDATA, known bank account.',
                   hn=([33], 'Same carrier, payment details. Genuine: metafores-aigaiou.gr with Piraeus IBAN. Attack: .com look-alike with a Belgian e-money IBAN.')))

    # ------------------------------------------------------------------ 36
    link = 'https://account.live.com/dp?ft=' + hexid('b36', 40)
    paras = [
        'Λογαριασμός Microsoft',
        'Κωδικός ασφαλείας',
        'Χρησιμοποιήστε τον παρακάτω κωδικό ασφαλείας για τον λογαριασμό Microsoft gi*****@example.com.',
        'Κωδικός ασφαλείας: 482913',
        f'Εάν δεν αναγνωρίζετε τον λογαριασμό Microsoft gi*****@example.com, μπορείτε να [[κάνετε κλικ εδώ|{link}]] για να καταργήσετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου από αυτόν τον λογαριασμό.',
        'Ευχαριστούμε,\nΗ ομάδα λογαριασμών Microsoft',
    ]
    body = brand('Κωδικός ασφαλείας λογαριασμού Microsoft', paras, None,
                 'Δήλωση προστασίας προσωπικών δεδομένων: [[https://go.microsoft.com/fwlink/?LinkId=521839|https://go.microsoft.com/fwlink/?LinkId=521839]]\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052',
                 cs='utf-8', cte='quoted-printable', color='#2672ec', logo='Microsoft', lang='el')
    out.append(Msg(B, 36, 'el', 'microsoft-kodikos-asfaleias',
                   frm=('Ομάδα λογαριασμών Microsoft', 'account-security-noreply@accountprotection.microsoft.com'),
                   to=[S('gr_mgr')], subject='Κωδικός ασφαλείας λογαριασμού Microsoft', date=(2026, 12, 3, 7, 51, 39),
                   route=Service(kind='microsoft'), body=body, hcs='utf-8', henc='B',
                   what='Microsoft account security code (Greek localisation) for a Microsoft account registered with the Greek manager\'s address.',
                   why='Real sender accountprotection.microsoft.com from Microsoft\'s outbound servers, standard template, links only to account.live.com and go.microsoft.com; asks for nothing.'))

    # ------------------------------------------------------------------ 37
    t = """Дмитрий, добрый день!

Направляю заявку на декабрь:

1. Лист г/к 10 мм, 1500×6000, ст3сп — 18 т
2. Лист г/к 6 мм, 1500×6000, ст3сп — 9 т
3. Труба профильная 100×100×4, L=12 м — 7,5 т
4. Труба профильная 80×40×3, L=6 м — 3 т

Отгрузка желательно до 11.12, самовывоз нашим транспортом со склада в Шушарах. Прошу выставить счёт по договору № 14/2025, оплата, как обычно, в течение 10 банковских дней.

С уважением,
Андрей Кузнецов
отдел снабжения ООО «МеталлСнаб-Нева»
тел. +7 812 449-31-27
"""
    out.append(Msg(B, 37, 'ru', 'klient-zayavka-na-postavku',
                   frm=('Андрей Кузнецов', 'a.kuznetsov@metallsnab-neva.ru'), to=[S('ru_mgr')],
                   subject='Заявка на поставку: лист г/к и труба профильная, декабрь', date=(2026, 11, 25, 12, 40, 51),
                   route=Yandex(client_ip='95.55.213.44'),
                   body=alt(t, 'utf-8', 'base64', flavour='generic', lang='ru'), hcs='utf-8', henc='B',
                   what='Russian customer sends its December order (plates, hollow sections) under the existing contract.',
                   why='Known customer on Yandex 360, from a St Petersburg line, refers to the contract, asks for an invoice; nothing to click.'))

    # ------------------------------------------------------------------ 38
    t = f"""Добрый день!

Направляем счёт № 1184 от 02.11.2026 и акт оказанных услуг за октябрь 2026 г. на сумму 214 800,00 руб. (в т.ч. НДС 20 %). Оригиналы документов отправлены через Диадок.

Реквизиты для оплаты без изменений:
Получатель: ООО «ТК Балт-Транзит», ИНН {refs.BALT_INN}, КПП 781001001
Банк: Северо-Западный банк ПАО Сбербанк, г. Санкт-Петербург
БИК: {refs.SBER_SPB}
р/с {refs.BALT_RS}
к/с {refs.BALT_KS}

Срок оплаты — 15 банковских дней.

С уважением,
бухгалтерия ООО «ТК Балт-Транзит»
тел. +7 812 603-48-90
"""
    out.append(Msg(B, 38, 'ru', 'perevozchik-schet-sberbank',
                   frm=('ООО «ТК Балт-Транзит»', 'buh@balttranzit.ru'), to=[S('ru_acc')],
                   subject='Счёт № 1184 от 02.11.2026 и акт за октябрь', date=(2026, 11, 2, 10, 5, 12),
                   route=SmallPostfix(mailhost='mail.balttranzit.ru', mailhost_ip='91.122.54.18',
                                      client_ip='91.122.54.30', client_rdns='bt-office.spb.ertelecom.ru',
                                      helo_client='BUH-PC2', mua='outlook16', lang='ru', tz='MSK', long_qid=False),
                   body=alt(t, 'windows-1251', 'quoted-printable', lang='ru'), hcs='windows-1251', henc='B',
                   what='Russian carrier\'s invoice notice for October, originals via Diadoc, unchanged Sberbank details.',
                   why='Real balttranzit.ru server, details explicitly unchanged, valid BIK/account keys, documents through the EDI operator.',
                   hn=([38], 'Same carrier, bank details. Genuine: balttranzit.ru, Sberbank, unchanged. Attack: balt-tranzit.ru on Yandex 360 with a new TBank account.')))

    # ------------------------------------------------------------------ 39
    paras = [
        'Здравствуйте, Dmitry!',
        'Мы заметили вход в ваш аккаунт Яндекс ID dmitry.sokolov@examplegroup.eu с нового устройства.',
        'Устройство: Windows 11, Яндекс Браузер\nМестоположение: Санкт-Петербург, Россия\nIP-адрес: 95.55.213.44\nВремя: 20 ноября 2026, 10:14 (МСК)',
        'Если это были вы — всё в порядке, ничего делать не нужно.',
        'Если вы не входили в аккаунт, [[смените пароль|https://id.yandex.ru/security]] и проверьте список устройств.',
    ]
    body = brand('Вход в аккаунт', paras, None,
                 'С уважением,\nкоманда Яндекс ID\nЭто письмо отправлено автоматически, отвечать на него не нужно. [[Справка|https://yandex.ru/support/id/]]',
                 cs='utf-8', cte='quoted-printable', color='#fc3f1d', logo='Яндекс ID', lang='ru')
    out.append(Msg(B, 39, 'ru', 'yandex-id-vhod-uvedomlenie',
                   frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S('ru_mgr')],
                   subject='Вход в аккаунт Яндекс ID с нового устройства', date=(2026, 11, 20, 10, 15, 2),
                   route=Service(kind='yandex'), body=body, hcs='utf-8', henc='B',
                   what='Yandex ID sign-in notification for the Russian manager\'s Yandex account.',
                   why='From noreply@id.yandex.ru through Yandex\'s own forwarders; the sign-in IP is his own St Petersburg office line; links only to id.yandex.ru/yandex.ru.'))

    # ------------------------------------------------------------------ 40
    t = """Ольга, добрый день!

Балт-Транзит не подаст машины на следующую неделю, пока мы не закроем счёт № 1203 (просрочка уже 10 дней), а у нас на понедельник отгрузка МеталлСнабу.

Прошу оплатить сегодня по реквизитам из договора (Сбербанк, без изменений) и, как обычно, согласовать платёж с Катрин в Дюссельдорфе. Счёт и акт лежат в Диадоке.

Если будут вопросы — я на месте до 19:00, добавочный 210.

Спасибо!
Дмитрий

--
Дмитрий Соколов
Директор представительства
ООО «Экзампл Груп Рус», Санкт-Петербург
"""
    out.append(Msg(B, 40, 'ru', 'rukovoditel-srochnaya-oplata-intern',
                   frm=S('ru_mgr'), to=[S('ru_acc')], cc=[S('cfo')],
                   subject='Срочно: оплата ООО «ТК Балт-Транзит» по счёту № 1203 сегодня',
                   date=(2026, 12, 11, 13, 30, 40), route=Internal(client_ip='10.70.1.23', lang='ru-RU'),
                   body=alt(t, 'koi8-r', 'quoted-printable', lang='ru'), hcs='koi8-r', henc='B',
                   what='Russian office manager asks the chief accountant to pay an overdue carrier invoice today.',
                   why='Internal relay (Exchange), known carrier and invoice in Diadoc, bank details unchanged, normal co-approval with the CFO (in CC), offers a call.',
                   hn=([40], 'Urgent payment request by the office manager. Genuine: internal relay, known payee, normal approval. Attack: mail.ru, new payee, no invoice, "don\'t tell Düsseldorf".')))
    return out
