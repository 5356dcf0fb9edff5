"""Attack messages 27-40 (Spanish 27-31, Greek 32-36, Russian 37-40)."""
from common import A, alt, brand, mixed, plain, zip_att, png_att, qr_png, S
from msg import Msg
from routes import Mailgun, Gmail, VPS, Yahoo, Exim, SendGrid, Otenet, Yandex360, MailRu
from codes import fmt_iban
import refs


def messages():
    out = []

    # ------------------------------------------------------------------ 27
    trk = 'http://email.mg.aeat-verifactu.es/c/eJwNzEEOgyAQQNHTmF0bxqDSRQ8ziFqkMhMGrd6-LP_LzzOZ4drsqaf4Q0gH1ZYmLyX6'
    paras = [
        'Estimado/a contribuyente:',
        f'En el marco del Reglamento que establece los requisitos de los sistemas informáticos de facturación (Real Decreto 1007/2023, sistema VERI*FACTU), la Agencia Tributaria ha detectado que el obligado tributario con NIF {refs.EG_ES_NIF} (EXAMPLE GROUP GMBH, SUCURSAL EN ESPAÑA) no ha remitido registros de facturación ni ha presentado la declaración responsable de su software de facturación.',
        'Dispone de un plazo de diez días hábiles desde la recepción de esta comunicación para acceder a la Sede electrónica, identificarse mediante certificado electrónico o Cl@ve y aportar la información requerida.',
        'La desatención del presente requerimiento podrá dar lugar a la imposición de la sanción prevista en el artículo 201 bis de la Ley 58/2003, General Tributaria, de hasta 50.000 euros por ejercicio.',
    ]
    body = brand('Requerimiento de información – Sistemas de facturación VERI*FACTU', paras,
                 ('Acceder a la Sede electrónica', trk),
                 'Agencia Estatal de Administración Tributaria\nEste mensaje se ha generado automáticamente. Por favor, no responda a este correo.',
                 cs='iso-8859-1', cte='quoted-printable', color='#1b4f72', logo='Agencia Tributaria – Sede electrónica',
                 lang='es')
    out.append(Msg(A, 27, 'es', 'aeat-verifactu-requerimiento',
                   frm=('Agencia Tributaria', 'notificaciones@aeat-verifactu.es'), to=[S('es_acc')],
                   subject='VERI*FACTU: su sistema de facturación no figura como adaptado – requerimiento de información',
                   date=(2026, 10, 13, 7, 45, 26), route=Mailgun(sub='mg'), body=body, hcs='iso-8859-1',
                   what='"Agencia Tributaria" requirement about the VERI*FACTU invoicing-software rules with a link to the "Sede electrónica".',
                   why='The AEAT notifies through its Sede/DEHú, not by e-mail from aeat-verifactu.es via Mailgun; link goes through a Mailgun click tracker to a credential/certificate page; EUR 50,000 penalty threat. Detail an expert notices: the Bilbao branch files with the Hacienda Foral de Bizkaia (TicketBAI/Batuz), so VERI*FACTU does not even apply (see business 30).'))

    # ------------------------------------------------------------------ 28
    t = """Estimado cliente:

Le informamos de que se ha registrado en BBVA Net Cash una orden de transferencia SEPA pendiente de firma para la empresa EXAMPLE GROUP GMBH SUCURSAL EN ESPAÑA:

Importe: 18.450,00 EUR
Beneficiario: SUMINISTROS INDUSTRIALES LEVANTE SL
Fecha de ejecución prevista: 05/11/2026
Referencia: NC-2611-448217

Si usted no ha ordenado esta operación, llame inmediatamente a nuestro Servicio de Seguridad de Empresas en el 910 48 27 63 (24 horas), indicando la referencia. Un gestor bloqueará la operación y le ayudará a proteger su acceso.

Por su seguridad, no responda a este correo ni facilite sus claves por escrito.

Atentamente,
BBVA – Seguridad Empresas
"""
    out.append(Msg(A, 28, 'es', 'bbva-netcash-callback-toad',
                   frm=('BBVA Net Cash Seguridad', 'bbva.empresas.seguridad@gmail.com'), to=[S('es_acc')],
                   subject='Orden de transferencia pendiente de firma – 18.450,00 EUR',
                   date=(2026, 11, 4, 18, 52, 39), route=Gmail(out=4, tz='CET'),
                   body=alt(t, 'UTF-8', 'quoted-printable', flavour='gmail', lang='es'), hcs='utf-8',
                   what='"BBVA Net Cash" reports a pending EUR 18,450 transfer and gives a security phone number to cancel it.',
                   why='Callback phishing (TOAD): no link or attachment for filters to catch; bank brand on a Gmail address; the "security service" number belongs to fraudsters who talk the victim into revealing Net Cash credentials/OTP or approving a payment.'))

    # ------------------------------------------------------------------ 29
    url = 'https://arrieta-licitaciones.pages.dev/CA-2611-047/acceso?proveedor=example-group'
    t = f"""Buenos días:

Construcciones Arrieta S.A. le invita a presentar oferta para el suministro de material siderúrgico destinado a la construcción de una nave logística en el polígono Júndiz (Vitoria-Gasteiz):

- Aprox. 340 t de perfiles HEB/IPE S275JR
- 85 t de chapa S355J2 en espesores de 10 a 25 mm
- 60 t de tubo estructural 150x150 y 200x200

Plazo de presentación de ofertas: 20/11/2026, 14:00 h.

Toda la documentación técnica (planos, mediciones y pliego de condiciones) está disponible en nuestra plataforma de licitaciones. Para acceder deberá identificarse con su cuenta de correo corporativa de Microsoft 365:

[[Acceder a la documentación de la licitación|{url}]]

Quedamos a la espera de su oferta.

Un saludo,

Departamento de Compras
Construcciones Arrieta S.A.
Calle Portal de Gamarra 36, 01013 Vitoria-Gasteiz
"""
    out.append(Msg(A, 29, 'es', 'rfq-licitacion-falsa-m365',
                   frm=('Compras – Construcciones Arrieta', 'compras@construcciones-arrieta.com'), to=[S('es_mgr')],
                   subject='Solicitud de oferta – suministro de perfiles y chapa para nave logística (Ref. CA-2611-047)',
                   date=(2026, 11, 16, 10, 18, 5),
                   route=VPS(host='mail.construcciones-arrieta.com', ip='147.79.103.58', rdns='srv618204.hstgr.cloud'),
                   body=alt(t, 'iso-8859-1', 'quoted-printable', flavour='generic', lang='es'), hcs='iso-8859-1',
                   what='Request for quotation for ~485 t of sections, plate and tubes from an unknown construction company, documents on a "tender platform".',
                   why='Fake RFQ lure: unknown firm on a freshly registered domain mailed via PHPMailer from a Hostinger VPS; the "tender platform" on pages.dev asks for the recipient\'s Microsoft 365 password. Real customer orders arrive with the order as PDF (business 27).'))

    # ------------------------------------------------------------------ 30
    t = f"""Hola Lucía:

¿Me puedes cambiar la cuenta en la que me ingresáis la nómina? He abierto una cuenta nueva y me gustaría que la de noviembre ya vaya ahí:

Titular: Iñigo Etxeberria
IBAN: {fmt_iban(refs.ING_MULE)}

Te escribo desde el correo personal porque el portátil está en el servicio técnico hasta la semana que viene. Si necesitas algo más dímelo por aquí.

Gracias,
Iñigo
"""
    out.append(Msg(A, 30, 'es', 'nomina-cambio-cuenta-yahoo',
                   frm=('Iñigo Etxeberria', 'inigo.etxeberria.bilbao@yahoo.com'), to=[S('es_acc')],
                   subject='Cambio de cuenta nómina', date=(2026, 11, 20, 7, 31, 12), route=Yahoo(),
                   body=plain(t, 'utf-8', 'quoted-printable'), hcs='utf-8',
                   what='Office manager "Iñigo" asks the accountant to pay his November salary into a new account.',
                   why='Payroll diversion from an unknown Yahoo address impersonating a manager; just before payroll cut-off; "laptop at the repair shop" excuse; bypasses the rule that account changes only go through the employee portal (business 29).'))

    # ------------------------------------------------------------------ 31
    t = """Por medio de la presente se le notifica que en el Juzgado de Primera Instancia n.º 4 de Bilbao se sigue procedimiento monitorio n.º 1487/2026 a instancia de COMERCIAL FERRETERA DEL NORTE, S.L. contra EXAMPLE GROUP GMBH, SUCURSAL EN ESPAÑA, en reclamación de 27.312,44 euros de principal.

De conformidad con el artículo 815 de la Ley de Enjuiciamiento Civil, dispone de un plazo de VEINTE DÍAS hábiles para pagar al peticionario, acreditándolo ante este Juzgado, o comparecer y oponerse alegando las razones por las que no debe la cantidad reclamada.

Se adjunta copia de la petición inicial y del decreto de admisión a trámite.

Letrado de la Administración de Justicia
Juzgado de Primera Instancia n.º 4 de Bilbao
Palacio de Justicia – Barroeta Aldamar 10, 48001 Bilbao
"""
    out.append(Msg(A, 31, 'es', 'notificacion-judicial-zip-vbs',
                   frm=('Juzgado de Primera Instancia nº 4 de Bilbao', 'info@autoescuela-arriaga.es'), to=[S('es_mgr')],
                   subject='Notificación electrónica – Procedimiento monitorio 1487/2026',
                   date=(2026, 12, 9, 11, 2, 48),
                   route=Exim(server='cp7.servidoresdns.net', server_ip='82.98.134.57', mua='phpmailer',
                              client_ip='45.153.34.120'),
                   body=mixed(plain(t, 'windows-1252', 'quoted-printable'),
                              zip_att('Notificacion_1487-2026.zip', 'Demanda_monitorio_1487-2026.pdf.vbs',
                                      (2026, 12, 9, 10, 47, 33), ctype='application/zip')),
                   hcs='windows-1252',
                   what='"Court" notice of a payment-order procedure over EUR 27,312 with a ZIP containing the "claim".',
                   why='Spanish courts notify companies through LexNET / Dirección Electrónica Habilitada, never by e-mail with attachments; court display name on a compromised driving-school mailbox (PHPMailer on shared hosting); ZIP holds a .pdf.vbs script; legal deadline as pressure.'))

    # ------------------------------------------------------------------ 32
    trk = 'https://u39271124.ct.sendgrid.net/ls/click?upn=u001.mYdAtA-2FsYndEs1s-2F8fQm9YmZ0dHBzOi8vbXlkYXRh'
    paras = [
        'Αξιότιμε/η φορολογούμενε,',
        f'Από τη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας myDATA για την περίοδο Ιουλίου – Σεπτεμβρίου 2026 προέκυψαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων και των υποβληθεισών δηλώσεων ΦΠΑ για τον ΑΦΜ {refs.EG_GR_AFM}.',
        'Σύμφωνα με το άρθρο 54 του ν. 5193/2025 (Κώδικας Φορολογικής Διαδικασίας), για τη μη διαβίβαση ή την εκπρόθεσμη διαβίβαση δεδομένων επιβάλλεται πρόστιμο.',
        'Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet εντός πέντε (5) ημερών, προκειμένου να δείτε τις αποκλίσεις και να υποβάλετε τις διορθωτικές εγγραφές.',
    ]
    body = brand('Ειδοποίηση αποκλίσεων myDATA', paras, ('Σύνδεση στο myDATA', trk),
                 'Ανεξάρτητη Αρχή Δημοσίων Εσόδων – ΑΑΔΕ\nΤο μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.',
                 cs='utf-8', cte='base64', color='#003476', logo='ΑΑΔΕ | myDATA', lang='el')
    out.append(Msg(A, 32, 'el', 'aade-mydata-apokliseis',
                   frm=('ΑΑΔΕ – myDATA', 'enimerosi@aade-mydata.gr.com'), to=[S('gr_acc')],
                   subject='Ειδοποίηση ΑΑΔΕ: Αποκλίσεις στη διαβίβαση παραστατικών myDATA – Πρόστιμο',
                   date=(2026, 10, 28, 8, 40, 14), route=SendGrid(em='em7712'), body=body, hcs='utf-8', henc='B',
                   what='"AADE" (Greek tax authority) reports myDATA e-invoicing discrepancies and asks to log in with TAXISnet credentials within 5 days.',
                   why='AADE communicates through myAADE/gov.gr, not from aade-mydata.gr.com (a .gr.com look-alike) via SendGrid; link harvests TAXISnet credentials; penalty threat and deadline. The external accountant handles myDATA with her own authorisation (business 34).'))

    # ------------------------------------------------------------------ 33
    t = f"""Καλημέρα σας κυρία Γεωργίου,

σας ενημερώνουμε ότι, λόγω αλλαγής της συνεργαζόμενης τράπεζας, ο λογαριασμός της εταιρείας μας στην Τράπεζα Πειραιώς παύει να χρησιμοποιείται από σήμερα.

Παρακαλούμε όπως οι πληρωμές των τιμολογίων μας γίνονται εφεξής στον νέο εταιρικό λογαριασμό πολλαπλών νομισμάτων:

Δικαιούχος: METAFORES AIGAIOU OE
IBAN: {fmt_iban(refs.METAF_FRAUD)}
BIC: TRWIBEB1XXX

Παρακαλούμε επίσης να εξοφληθούν τα ανοιχτά τιμολόγια ΤΠΥ 2026/884 και 2026/902 (σύνολο 6.840,00 €) στον νέο λογαριασμό έως την Παρασκευή.

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας μέσω email.

Με εκτίμηση,
Λογιστήριο
Μεταφορές Αιγαίου Ο.Ε.
"""
    out.append(Msg(A, 33, 'el', 'metafores-allagi-iban-lookalike',
                   frm=('Μεταφορές Αιγαίου – Λογιστήριο', 'logistirio@metafores-aigaiou.com'), to=[S('gr_acc')],
                   subject='Ενημέρωση αλλαγής τραπεζικού λογαριασμού', date=(2026, 11, 11, 12, 15, 33),
                   route=VPS(host='mail.metafores-aigaiou.com', ip='62.171.141.96', rdns='vmi2291746.contaboserver.net',
                             mua='thunderbird', web_ip='62.171.141.96', lang='el', tz='EET'),
                   body=plain(t, 'windows-1253', 'quoted-printable', flowed=True), hcs='windows-1253', henc='B',
                   what='Greek carrier\'s "accounts department" announces a new bank account and asks to pay two open invoices (EUR 6,840) there by Friday.',
                   why='Look-alike metafores-aigaiou.com (real: .gr) on a Contabo VPS; new "multi-currency" account is a Belgian e-money IBAN for a Thessaloniki haulier; payment deadline, e-mail-only contact. Genuine invoice with the Piraeus IBAN: business 35.'))

    # ------------------------------------------------------------------ 34
    paras = [
        'Αγαπητέ πελάτη,',
        'η αποστολή σας με αριθμό 7204815562 (αποστολέας: EXAMPLE GROUP UK LTD, Sheffield, Ηνωμένο Βασίλειο) βρίσκεται στο κέντρο διαλογής μας στη Θεσσαλονίκη και δεν μπορεί να παραδοθεί μέχρι την εξόφληση των τελών εκτελωνισμού.',
        'Ποσό προς πληρωμή: 2,95 €\nΠροθεσμία: 48 ώρες',
        'Σε περίπτωση μη πληρωμής η αποστολή θα επιστραφεί στον αποστολέα.',
    ]
    body = brand('Η αποστολή σας βρίσκεται σε αναμονή', paras,
                 ('Πληρωμή και προγραμματισμός παράδοσης', 'https://acs-gr-track.com/pay/7204815562'),
                 'ACS Courier – Ταχυδρομικές Υπηρεσίες\nΑυτό είναι ένα αυτόματο μήνυμα, παρακαλούμε μην απαντάτε.',
                 cs='iso-8859-7', cte='base64', color='#d71920', logo='ACS Courier', lang='el')
    out.append(Msg(A, 34, 'el', 'acs-courier-telonio',
                   frm=('ACS Courier', 'info@acs-courier-gr.com'), to=[S('gr_mgr')],
                   subject='ACS: Η αποστολή 7204815562 βρίσκεται σε αναμονή – εκκρεμούν τέλη εκτελωνισμού',
                   date=(2026, 11, 30, 7, 5, 9), route=Mailgun(sub='mail'), body=body, hcs='iso-8859-7', henc='B',
                   what='"ACS Courier" holds a parcel from the UK office until EUR 2.95 customs fees are paid.',
                   why='Parcel-fee card phishing on acs-gr-track.com via Mailgun (ACS uses acscourier.net); plausible detail (UK→GR shipment needs customs after Brexit) but the fee is collected on a look-alike page; 48-hour threat.'))

    # ------------------------------------------------------------------ 35
    qr_url = 'https://winbank-kyc.piraeus-epikairopoiisi.com/b/?c=EG99681437&s=mob'
    t = """Αγαπητέ πελάτη,

σύμφωνα με την ισχύουσα νομοθεσία για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), η Τράπεζα Πειραιώς υποχρεούται να επικαιροποιεί περιοδικά τα στοιχεία των επιχειρηματικών πελατών της (KYC).

Τα στοιχεία της επιχείρησής σας δεν έχουν επικαιροποιηθεί. Για να αποφύγετε τον περιορισμό των συναλλαγών στο Piraeus e-banking business από 04/12/2026, ολοκληρώστε τη διαδικασία σαρώνοντας τον κωδικό QR του συνημμένου αρχείου με την κάμερα του κινητού σας.

Η διαδικασία διαρκεί λιγότερο από 3 λεπτά.

Με εκτίμηση,
Τράπεζα Πειραιώς
Εξυπηρέτηση Επιχειρηματικών Πελατών
"""
    out.append(Msg(A, 35, 'el', 'peiraios-kyc-qr-png',
                   frm=('Τράπεζα Πειραιώς', 'info@ktima-papazoglou.gr'), to=[S('gr_acc')],
                   subject='Υποχρεωτική επικαιροποίηση στοιχείων (KYC) – Piraeus e-banking business',
                   date=(2026, 12, 1, 14, 30, 47),
                   route=Exim(server='nl1.grserver.gr', server_ip='185.138.42.11', mua='roundcube', tz='EET'),
                   body=mixed(plain(t, 'windows-1253', '8bit'),
                              png_att('Piraeus_KYC_QR.png', qr_png(qr_url), note='QR code with phishing URL')),
                   hcs='windows-1253', henc='B',
                   what='"Piraeus Bank" requires a KYC update for business e-banking; the link is in a QR code in a PNG attachment.',
                   why='Quishing with the QR code in an image attachment (no clickable URL for scanners), leading to a look-alike domain; bank name as display name on a compromised winery mailbox; restriction threat with a date.'))

    # ------------------------------------------------------------------ 36
    link = 'https://onedrive-shared-files.kn-parag.workers.dev/view?doc=Paraggelia_Dekemvrios.pdf'
    t = f"""Καλησπέρα Γιώργο,

σου στέλνω την παραγγελία με τα σχέδια για τις λαμαρίνες μέσω OneDrive γιατί τα αρχεία είναι μεγάλα.

[[Παραγγελία_Δεκέμβριος.pdf|{link}]]

Κώστας
"""
    out.append(Msg(A, 36, 'el', 'compromised-customer-onedrive-link',
                   frm=('Κώστας Νικολαΐδης', 'k.nikolaidis@otenet.gr'), to=[S('gr_mgr')],
                   subject='Παραγγελία – σχέδια', date=(2026, 12, 14, 2, 10, 22),
                   route=Otenet(client_ip='102.89.46.213'),
                   body=alt(t, 'iso-8859-7', 'quoted-printable', flavour='generic', lang='el'), hcs='iso-8859-7', henc='Q',
                   what='Small customer sends "order drawings via OneDrive" with a single link.',
                   why='Genuine otenet.gr account of a regular customer, but webmail login from a Nigerian IP at 02:10; "OneDrive" link points to a workers.dev page (credential harvesting); the customer normally types his orders into the mail (business 33).'))

    # ------------------------------------------------------------------ 37
    t = f"""Межрайонная ИФНС России № 24 по Санкт-Петербургу

ООО «Экзампл Груп Рус»
ИНН {refs.EG_RU_INN} / КПП {refs.EG_RU_KPP}

ТРЕБОВАНИЕ
о представлении пояснений № 24-18/7731

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 2 квартал 2026 года выявлены противоречия между сведениями об операциях, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить необходимые пояснения или внести соответствующие исправления.

Требование и перечень операций с расхождениями во вложении. Пароль к архиву: 7731

Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ.

Заместитель начальника инспекции
"""
    out.append(Msg(A, 37, 'ru', 'fns-trebovanie-zip-exe',
                   frm=('Межрайонная ИФНС России № 24 по Санкт-Петербургу', 'info@stroykomplekt-spb.ru'),
                   to=[S('ru_acc')], subject='Требование о представлении пояснений № 24-18/7731 (ст. 88 НК РФ)',
                   date=(2026, 10, 16, 10, 12, 3),
                   route=Exim(server='vh322.timeweb.ru', server_ip='92.53.96.151', mua='phpmailer', tz='MSK',
                              client_ip='193.124.92.18'),
                   body=mixed(plain(t, 'koi8-r', '8bit'),
                              zip_att('Trebovanie_24-18-7731.zip', 'Trebovanie_24-18-7731_perechen_operaciy.pdf.exe',
                                      (2026, 10, 16, 9, 58, 40), password='7731')),
                   hcs='koi8-r', henc='B',
                   what='"Tax inspectorate" requirement to explain VAT discrepancies, with a password-protected archive.',
                   why='Tax requirements arrive through the EDI operator (TKS), not by e-mail; display name of the inspectorate on a compromised construction-company mailbox (PHPMailer on shared hosting); encrypted ZIP with password in the body hides a .pdf.exe; penalty threat.'))

    # ------------------------------------------------------------------ 38
    t = f"""Добрый день!

Уведомляем вас о смене обслуживающего банка ООО «ТК Балт-Транзит». С 19.11.2026 просим производить оплату по следующим реквизитам:

Получатель: ООО «ТК Балт-Транзит»
ИНН {refs.BALT_INN}
Банк: АО «ТБанк», г. Москва
БИК: {refs.TBANK}
р/с {refs.BALT_FRAUD_RS}
к/с {refs.TBANK_KS}

Оплаты по старым реквизитам (ПАО Сбербанк) с 19.11.2026 приниматься не будут.

Также просим до конца недели оплатить счета № 1184 и № 1203 на общую сумму 386 400,00 руб. по новым реквизитам. Официальное письмо за подписью генерального директора направим почтой.

С уважением,
бухгалтерия ООО «ТК Балт-Транзит»
"""
    out.append(Msg(A, 38, 'ru', 'balttranzit-smena-rekvizitov-lookalike',
                   frm=('ООО «ТК Балт-Транзит» бухгалтерия', 'buh@balt-tranzit.ru'), to=[S('ru_acc')],
                   subject='Письмо о смене банковских реквизитов', date=(2026, 11, 18, 11, 20, 16),
                   route=Yandex360(client_ip='5.18.201.44'),
                   body=alt(t, 'utf-8', 'base64', flavour='generic', lang='ru'), hcs='utf-8', henc='B',
                   what='Carrier "Balt-Transit" announces new bank details (TBank) and asks to pay two invoices (RUB 386,400) there this week.',
                   why='Look-alike balt-tranzit.ru (real: balttranzit.ru) hosted on Yandex 360; new bank for a St Petersburg carrier is in Moscow; "old details no longer accepted", pay open invoices now, signed letter only "by post". Genuine invoice with Sberbank details: business 38.'))

    # ------------------------------------------------------------------ 39
    paras = [
        'Здравствуйте!',
        'В ящик организации ООО «Экзампл Груп Рус» поступил документ, требующий подписи:',
        'Акт сверки взаимных расчётов за период 01.01.2026 – 30.11.2026\nОтправитель: ООО «МеталлСнаб-Нева», ИНН ' + refs.METALLSNAB_INN + '\nСрок подписания: до 10.12.2026',
        'Чтобы просмотреть и подписать документ, войдите в Диадок.',
    ]
    body = brand('Вам поступил документ на подпись', paras,
                 ('Перейти к документу', 'https://diadoc-kontur.com/Box/Document?id=8d2f41c7&auth=sso'),
                 'Это письмо отправлено автоматически сервисом Контур.Диадок. Отвечать на него не нужно.\nАО «ПФ «СКБ Контур»',
                 cs='windows-1251', cte='quoted-printable', color='#1f8fff', logo='Контур.Диадок', lang='ru')
    out.append(Msg(A, 39, 'ru', 'diadok-akt-sverki-lookalike',
                   frm=('Контур.Диадок', 'noreply@diadoc-kontur.com'), to=[S('ru_mgr')],
                   subject='Вам поступил документ на подпись: акт сверки от ООО «МеталлСнаб-Нева»',
                   date=(2026, 12, 8, 9, 40, 58),
                   route=VPS(host='mail.diadoc-kontur.com', ip='194.87.31.207', rdns='194-87-31-207.cloudvps.regruhosting.ru',
                             tz='MSK'),
                   body=body, hcs='windows-1251', henc='B',
                   what='"Kontur.Diadoc" EDI notification: a reconciliation act from a real customer awaits signature.',
                   why='Diadoc mails come from diadoc.kontur.ru; look-alike diadoc-kontur.com on a Russian VPS (PHPMailer); link leads to a fake Kontur login harvesting credentials/e-signature access; uses a real customer name for credibility.'))

    # ------------------------------------------------------------------ 40
    t = f"""Ольга, добрый день.

Я на встрече с поставщиком, говорить не могу. Нужно сегодня до 18:00 провести предоплату ООО «СтальРесурс» за лист г/к 8 мм — иначе снимут резерв на металл.

Реквизиты:
ООО «СтальРесурс», ИНН {refs.STALRES_INN}
АО «Альфа-Банк», БИК {refs.ALFA}
р/с {refs.STALRES_RS}
к/с {refs.ALFA_KS}
Сумма: 1 170 000,00 руб., назначение: «Предоплата по счёту № 318 от 15.12.2026 за металлопрокат, в т.ч. НДС»

Счёт пришлю позже, сейчас нет доступа к рабочей почте. Пиши сюда. В Дюссельдорф пока не сообщай, сам всё объясню Катрин.

Дмитрий
"""
    out.append(Msg(A, 40, 'ru', 'ceo-fraud-srochnaya-predoplata-mailru',
                   frm=('Дмитрий Соколов', 'd.sokolov.spb@mail.ru'), to=[S('ru_acc')],
                   subject='Срочно – оплата сегодня', date=(2026, 12, 15, 16, 48, 20), route=MailRu(),
                   body=alt(t, 'utf-8', 'base64', flavour='generic', lang='ru'), hcs='utf-8', henc='B',
                   what='Office manager "Dmitry Sokolov" orders an urgent RUB 1.17 m prepayment to a new supplier today, invoice "later".',
                   why='Manager impersonation from a mail.ru address, new payee without invoice or contract, deadline today, "don\'t tell Düsseldorf" (bypasses the HQ co-approval). The real urgent request (business 40) comes through the internal relay and keeps the usual approval.'))
    return out
