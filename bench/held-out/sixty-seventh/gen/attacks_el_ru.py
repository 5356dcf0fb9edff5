"""Attack messages 32-40: Greek (5), Russian (4)."""
import ids
import systems as SY
from common import attach, esc, multi, text, utc
from kit import (PH, alt, bnd, esp_html, html_outlook, mixed, noted, pdf_att,
                 zip_att, d)
from message import Msg
from people import S, EG_GR_AFM, EG_RU_INN, NORD

MSGS = []


def add(f):
    MSGS.append(f())
    return f


# ------------------------------------------------------------------ 32
@add
def a32():
    link = 'https://mydata-aade.gr/taxisnet/login?ref=AADE-HD-2026-118734'
    t = """Αξιότιμε/η φορολογούμενε,

Από τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το τρίμηνο Ιουλίου - Σεπτεμβρίου 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των εκδοθέντων παραστατικών και των ποσών ΦΠΑ που δηλώθηκαν.

Επωνυμία: EXAMPLE GROUP HELLAS Μ.Α.Ε.
ΑΦΜ: %s
Αριθμός ειδοποίησης: ΑΑΔΕ/ΗΔ/2026/118734
Μη διαβιβασθέντα παραστατικά: 37

Για κάθε μη διαβιβασθέν παραστατικό επιβάλλεται πρόστιμο σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας. Παρακαλούμε ελέγξτε τις αποκλίσεις και προβείτε στις απαραίτητες διορθώσεις εντός 5 εργάσιμων ημερών, συνδεόμενοι με τους κωδικούς TAXISnet:

%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης""" % (EG_GR_AFM, link)
    h = esp_html('iso-8859-7', [
        ('h', 'Ειδοποίηση αποκλίσεων myDATA'),
        ('p', 'Αξιότιμε/η φορολογούμενε,\n\nΑπό τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το τρίμηνο Ιουλίου - Σεπτεμβρίου 2026 '
              'διαπιστώθηκαν αποκλίσεις μεταξύ των εκδοθέντων παραστατικών και των ποσών ΦΠΑ που δηλώθηκαν.'),
        ('kv', [('Επωνυμία', 'EXAMPLE GROUP HELLAS Μ.Α.Ε.'), ('ΑΦΜ', EG_GR_AFM),
                ('Αριθμός ειδοποίησης', 'ΑΑΔΕ/ΗΔ/2026/118734'), ('Μη διαβιβασθέντα παραστατικά', '37')]),
        ('p', 'Για κάθε μη διαβιβασθέν παραστατικό επιβάλλεται πρόστιμο σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας. '
              'Παρακαλούμε ελέγξτε τις αποκλίσεις εντός 5 εργάσιμων ημερών, συνδεόμενοι με τους κωδικούς TAXISnet.'),
        ('btn', 'Σύνδεση στο myDATA', link),
        ('small', 'Ανεξάρτητη Αρχή Δημοσίων Εσόδων - Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης')], color='#003476', brand='ΑΑΔΕ · myDATA')
    return Msg('el', 'aade-mydata-prostimo-phishing',
               when=utc(2026, 11, 9, 9, 21, zone='GR'),
               route=SY.webserver_php('web3.ktimatiki-serres.gr', '194.63.238.91', zone='GR', uid=1003,
                                      name='compromised Greek web server, PHPMailer'),
               envelope='ktimatiki@web3.ktimatiki-serres.gr',
               frm=('ΑΑΔΕ - myDATA', 'noreply@mydata-aade.gr'), to=[S('gr_acc')], hdr_cs='iso-8859-7', hdr_mode='B',
               subject='ΑΑΔΕ - myDATA: Ειδοποίηση για αποκλίσεις διαβίβασης παραστατικών',
               body=alt(t, 'iso-8859-7', 'quoted-printable', 'phpmailer', 'a32', html=h),
               what='"AADE myDATA" notice of 37 non-transmitted invoices and fines, asks to log in with TAXISnet credentials.',
               why='Tax-authority credential phishing: look-alike mydata-aade.gr (real: aade.gr / gov.gr) sent with PHPMailer from a hacked Greek web server, fine threat and 5-day deadline, TAXISnet login harvested. Genuine myDATA correspondence comes from the external accountant (business 32).',
               pair='business 32')


# ------------------------------------------------------------------ 33
@add
def a33():
    link = 'https://ebusiness.piraeus-kyc.com/epikairopoiisi?cid=GR-EG-55120'
    t = """Αγαπητέ πελάτη,

Στο πλαίσιο των υποχρεώσεών μας για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), απαιτείται η επικαιροποίηση των στοιχείων της επιχείρησής σας και του πραγματικού δικαιούχου.

Μέχρι την ολοκλήρωση της διαδικασίας, η εκτέλεση εξερχόμενων μεταφορών και μαζικών πληρωμών μέσω του Piraeus e-banking για επιχειρήσεις έχει περιοριστεί προσωρινά.

Μπορείτε να ολοκληρώσετε την επικαιροποίηση online σε λίγα λεπτά, εντός 48 ωρών:

%s

Σας ευχαριστούμε για τη συνεργασία,
Τράπεζα Πειραιώς
Εξυπηρέτηση Επιχειρήσεων""" % link
    h = esp_html('windows-1253', [
        ('h', 'Επικαιροποίηση στοιχείων επιχείρησης'),
        ('p', 'Αγαπητέ πελάτη,\n\nΣτο πλαίσιο των υποχρεώσεών μας για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), '
              'απαιτείται η επικαιροποίηση των στοιχείων της επιχείρησής σας και του πραγματικού δικαιούχου.'),
        ('p', 'Μέχρι την ολοκλήρωση της διαδικασίας, η εκτέλεση εξερχόμενων μεταφορών και μαζικών πληρωμών μέσω του Piraeus e-banking για επιχειρήσεις έχει περιοριστεί προσωρινά.'),
        ('btn', 'Επικαιροποίηση τώρα', link),
        ('small', 'Τράπεζα Πειραιώς – Εξυπηρέτηση Επιχειρήσεων')], color='#ffb300', brand='Piraeus')
    return Msg('el', 'trapeza-peiraios-kyc-phishing',
               when=utc(2026, 10, 19, 7, 15, zone='GR'), route=SY.mailgun('mg.piraeus-kyc.com'),
               frm=('Τράπεζα Πειραιώς', 'ebanking@piraeus-kyc.com'), to=[S('gr_acc')], hdr_cs='windows-1253', hdr_mode='B',
               subject='Piraeus e-banking: Προσωρινός περιορισμός συναλλαγών - απαιτείται επικαιροποίηση στοιχείων',
               body=alt(t, 'windows-1253', 'base64', 'java', 'a33', html=h),
               what='"Piraeus Bank" says outgoing business transfers are restricted until KYC data is updated within 48 h.',
               why='Bank credential phishing: AML/KYC pretext, sent via Mailgun from piraeus-kyc.com (real: piraeusbank.gr), link to a fake e-banking page, 48-hour deadline.')


# ------------------------------------------------------------------ 34
@add
def a34():
    link = 'https://acscourier-gr.com/track/redelivery?awb=7291048316'
    t = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7291048316 δεν ήταν δυνατό να παραδοθεί σήμερα, καθώς η διεύθυνση παράδοσης είναι ελλιπής (λείπει ο αριθμός ή ο όροφος).

Για να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής 1,80 € έως τις 23:59 αύριο. Διαφορετικά το δέμα θα επιστραφεί στον αποστολέα.

Επιβεβαίωση διεύθυνσης: %s

ACS Courier - Εξυπηρέτηση Πελατών""" % link
    h = esp_html('utf-8', [
        ('h', 'Η αποστολή σας δεν παραδόθηκε'),
        ('kv', [('Αριθμός αποστολής', '7291048316'), ('Κατάσταση', 'Ελλιπής διεύθυνση'), ('Τέλος επαναποστολής', '1,80 €')]),
        ('p', 'Για να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής έως τις 23:59 αύριο. '
              'Διαφορετικά το δέμα θα επιστραφεί στον αποστολέα.'),
        ('btn', 'Επιβεβαίωση διεύθυνσης', link),
        ('small', 'ACS Courier - Εξυπηρέτηση Πελατών')], color='#e30613', brand='ACS Courier')
    return Msg('el', 'acs-courier-telos-epanapostolis',
               when=utc(2026, 12, 7, 13, 2, zone='GR'), route=SY.zoho_eu('41.216.188.73'),
               frm=('ACS Courier', 'info@acscourier-gr.com'), to=[S('gr_mgr')], hdr_cs='UTF-8', hdr_mode='B',
               subject='ACS Courier: Η αποστολή 7291048316 δεν παραδόθηκε',
               body=alt(t, 'UTF-8', 'quoted-printable', 'html', 'a34', html=h),
               what='"ACS Courier" failed delivery, asks to confirm the address and pay a 1.80 EUR redelivery fee.',
               why='Courier card-phishing: look-alike acscourier-gr.com (real: acscourier.net) sent from a free Zoho account via a foreign IP, small fee to capture card data, 24-hour deadline. Genuine courier notice: business 34.',
               pair='business 34')


# ------------------------------------------------------------------ 35
@add
def a35():
    ib = ids.iban_gr('026', '0125', '0000780200914472')
    t = """Προς: EXAMPLE GROUP HELLAS Μ.Α.Ε.
Υπόψη: Νομίμου Εκπροσώπου

Σύμφωνα με τον Κανονισμό (ΕΕ) 2017/745 για τα ιατροτεχνολογικά προϊόντα (MDR), οι επιχειρήσεις που διαθέτουν στην αγορά φακούς επαφής, οφθαλμικούς φακούς και διαλύματα φακών επαφής υποχρεούνται να είναι εγγεγραμμένες στο Εθνικό Μητρώο Διανομέων Ιατροτεχνολογικών Προϊόντων.

Κατά τον έλεγχο του Μητρώου διαπιστώθηκε ότι η εγγραφή της επιχείρησής σας δεν έχει ανανεωθεί για το έτος 2027. Για την ολοκλήρωση της ανανέωσης απαιτείται η καταβολή παραβόλου ύψους 385,00 € εντός δέκα (10) ημερών από την παρούσα, στον λογαριασμό που αναφέρεται στο συνημμένο έγγραφο.

Σε περίπτωση μη συμμόρφωσης επιβάλλεται διοικητικό πρόστιμο έως 15.000 € και αναστολή της διάθεσης των προϊόντων.

Με εκτίμηση,
Τμήμα Εποπτείας Αγοράς Ιατροτεχνολογικών Προϊόντων
Εθνικός Οργανισμός Φαρμάκων
Μεσογείων 284, 155 62 Χολαργός"""
    pdf = pdf_att('Ειδοποίηση_ΕΟΦ_Μητρώο_Διανομέων_2027.pdf', [
        '# ΕΘΝΙΚΟΣ ΟΡΓΑΝΙΣΜΟΣ ΦΑΡΜΑΚΩΝ', 'Τμήμα Εποπτείας Αγοράς Ιατροτεχνολογικών Προϊόντων', '',
        'Αρ. Πρωτ.: ΕΟΦ/ΙΤΠ/2026/44817        Ημερομηνία: 20/11/2026', '',
        'Προς: EXAMPLE GROUP HELLAS Μ.Α.Ε., Τσιμισκή 84, 546 22 Θεσσαλονίκη', 'ΑΦΜ: ' + EG_GR_AFM, '',
        '## Θέμα: Ανανέωση εγγραφής στο Εθνικό Μητρώο Διανομέων 2027', '',
        'Παράβολο ανανέωσης:              385,00 €',
        'Δικαιούχος: MDR REGISTRY SERVICES I.K.E.',
        'IBAN: ' + ids.fmt_iban(ib),
        'Αιτιολογία: ΕΟΦ-44817-' + EG_GR_AFM, '',
        'Προθεσμία καταβολής: 10 ημέρες από την παραλαβή.',
        'Πρόστιμο μη συμμόρφωσης: έως 15.000 €.'],
        title='Ειδοποίηση', author='user', creator='Microsoft Word', producer='Microsoft: Print To PDF', date=d(2026, 11, 20, 17, 44))
    body = mixed([alt(t, 'windows-1253', 'quoted-printable', 'outlook_alt', 'a35', lang='EL'), pdf], 'outlook', 'a35')
    return Msg('el', 'eof-mitroo-paravolo-apati',
               when=utc(2026, 11, 23, 10, 48, zone='GR'),
               route=SY.postfix_submission('mail.eof-mdr.gr', '65.21.148.30', rdns='static.30.148.21.65.clients.your-server.de',
                                           client_ip='46.246.122.60', msgid_style='outlook', mua=SY.MUA['outlook'],
                                           name='Hetzner VPS (look-alike regulator domain)', zone='GR'),
               frm=('ΕΟΦ - Τμήμα Ιατροτεχνολογικών Προϊόντων', 'mitroo@eof-mdr.gr'), to=[S('gr_mgr')],
               hdr_cs='windows-1253', hdr_mode='B',
               subject='Υποχρεωτική ανανέωση εγγραφής στο Μητρώο Διανομέων Ιατροτεχνολογικών Προϊόντων - προθεσμία 10 ημερών',
               body=body,
               what='"EOF (National Organisation for Medicines)" demands a 385 EUR fee for renewing the registration as distributor of contact lenses and spectacle lenses, PDF with IBAN.',
               why='Fake-regulator fee fraud tailored to opticians (MDR pretext): look-alike eof-mdr.gr (real: eof.gr) on a Hetzner VPS, payee is a private company, Greek public fees are paid via e-paravolo, not bank transfer; fine threat.')


# ------------------------------------------------------------------ 36
@add
def a36():
    t = """Καλησπέρα σας κύριε Παπαδόπουλε,

Είμαστε οπτικό κατάστημα στη Ρόδο και ενδιαφερόμαστε να συνεργαστούμε μαζί σας για χονδρική προμήθεια σκελετών και οφθαλμικών φακών.

Σας επισυνάπτω τη λίστα με τους κωδικούς και τις ποσότητες που μας ενδιαφέρουν για την παραγγελία Νοεμβρίου. Το αρχείο είναι κλειδωμένο για λόγους εμπιστευτικότητας, ο κωδικός είναι: 2611

Θα ήθελα την καλύτερη δυνατή τιμή και χρόνο παράδοσης, αν γίνεται μέχρι την Παρασκευή.

Ευχαριστώ εκ των προτέρων,
Κωνσταντίνος Μπέης
Οπτικά Αιγαίο
Ρόδος"""
    z = zip_att('Λίστα_Παραγγελίας_Νοέμβριος.zip', [('Λίστα_Παραγγελίας_PO-2611.pdf.exe', PH)],
                password='2611', seed='a36', style='2231', when=(2026, 10, 15, 11, 58, 30))
    body = multi('mixed', [text(t, 'plain', 'iso-8859-7', '8bit'), z], bnd('outlook', 'a36'), preamble='This is a multi-part message in MIME format.')
    return Msg('el', 'zitisi-prosforas-zip-kodikos',
               when=utc(2026, 10, 15, 12, 26, zone='GR'),
               route=SY.exim_cpanel('cp17.greekserver-host.gr', '185.138.42.17', '5.188.62.140', mua='outlook',
                                    msgid_style='outlook', zone='GR', name='compromised optician mailbox on shared cPanel hosting'),
               frm=('Κωνσταντίνος Μπέης', 'k.beis@optika-aigaio.gr'), to=[S('gr_mgr')], hdr_cs='iso-8859-7', hdr_mode='B',
               subject='Ζήτηση προσφοράς - σκελετοί & φακοί (παραγγελία Νοεμβρίου)', body=body,
               what='Request for quotation from an optician in Rhodes with the order list in a password-protected ZIP.',
               why='Malware delivery via fake RFQ: ZipCrypto archive (password in body) containing a .pdf.exe, sent from a compromised small-business mailbox via a Russian-hosted IP; no prior relation.')


# ------------------------------------------------------------------ 37
@add
def a37():
    t = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 25 по Санкт-Петербургу в соответствии со статьями 31, 88 и 93 Налогового кодекса Российской Федерации направляет Вам требование о представлении пояснений по результатам камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года.

Организация: ООО «Экзампл Груп»
ИНН: %s

Пояснения необходимо представить в течение 5 рабочих дней со дня получения настоящего требования. Непредставление пояснений влечёт ответственность, предусмотренную статьёй 129.1 НК РФ.

Текст требования и перечень выявленных расхождений — во вложении.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
А. В. Ковалёва""" % EG_RU_INN
    z = zip_att('Требование_№25-07-4417.zip', [('Требование № 25-07-4417 от 16.11.2026.pdf.lnk', PH)], seed='a37', style='2231', when=(2026, 11, 16, 9, 30, 2))
    body = multi('mixed', [text(t, 'plain', 'windows-1251', 'base64'), z], bnd('thebat', 'a37'))
    return Msg('ru', 'fns-trebovanie-zip-lnk',
               when=utc(2026, 11, 16, 10, 5, zone='RU'),
               route=SY.postfix_submission('mail.nalog-uvedomlenie.ru', '194.87.93.201', rdns='vds2318874.my-ihor.ru',
                                           client_ip='194.87.93.201', msgid_style='other', name='Russian VPS (look-alike tax domain)', zone='RU'),
               frm=('ИФНС России № 25 по Санкт-Петербургу', 'uvedomlenie@nalog-uvedomlenie.ru'), to=[S('ru_mgr')],
               hdr_cs='windows-1251', hdr_mode='B',
               subject='Требование о представлении пояснений № 25-07/4417 от 16.11.2026', body=body,
               what='"Tax inspectorate no. 25" requests explanations on the VAT return, the "requirement" is a ZIP.',
               why='Malware delivery with tax-office pretext: FNS sends requirements through the EDI operator (ТКС), never by e-mail from nalog-uvedomlenie.ru; the ZIP contains a .pdf.lnk shortcut; sanction threat and 5-day deadline.')


# ------------------------------------------------------------------ 38
@add
def a38():
    bik = '044525974'
    corr = '30101810145250000974'
    acc = ids.ru_account(bik, '40702810', '31000847215')
    t = """Добрый день, Ольга!

Уведомляем Вас об изменении банковских реквизитов ООО «Оптика-Норд» в связи с переводом расчётного обслуживания в другой банк. Начиная с 23.10.2026 просим производить оплату по всем выставленным счетам, в том числе по счетам № 1742 от 05.10.2026 и № 1768 от 12.10.2026, только по новым реквизитам:

Получатель: ООО «Оптика-Норд»
ИНН/КПП: %s/%s
Банк: АО «ТБанк», г. Москва
БИК: %s
Р/с: %s
К/с: %s

Официальное письмо за подписью генерального директора и главного бухгалтера во вложении. Платежи на прежний счёт в ПАО Сбербанк с 26.10.2026 зачисляться не будут.

Просьба подтвердить получение письма ответным сообщением.

С уважением,
Андрей Кузнецов
Менеджер по работе с ключевыми клиентами
ООО «Оптика-Норд»
тел. +7 (812) 407-18-33""" % (NORD['inn'], NORD['kpp'], bik, acc, corr)
    pdf = pdf_att('Письмо_о_смене_реквизитов_Оптика-Норд.pdf', [
        '# ООО «Оптика-Норд»', 'ИНН ' + NORD['inn'] + ' КПП ' + NORD['kpp'] + ' ОГРН ' + NORD['ogrn'], '',
        'Исх. № 318 от 22.10.2026', 'Генеральному директору ООО «Экзампл Груп» Соколову Д. А.', '',
        '## Уведомление об изменении банковских реквизитов', '',
        'Настоящим уведомляем, что с 23.10.2026 расчёты с ООО «Оптика-Норд» производятся',
        'исключительно по следующим реквизитам:', '',
        'Банк: АО «ТБанк», г. Москва', 'БИК: ' + bik, 'Р/с: ' + acc, 'К/с: ' + corr, '',
        'Генеральный директор ______________ И. П. Лебедев',
        'Главный бухгалтер     ______________ Н. С. Орлова'],
        title='Письмо', author='User', creator='Microsoft Word', producer='Microsoft: Print To PDF', date=d(2026, 10, 22, 18, 3))
    body = mixed([alt(t, 'windows-1251', 'quoted-printable', 'outlook_alt', 'a38', lang='RU'), pdf], 'outlook', 'a38')
    return Msg('ru', 'optika-nord-lookalike-smena-rekvizitov',
               when=utc(2026, 10, 23, 15, 20, zone='RU'),
               route=SY.postfix_submission('smtp.optika-nord-spb.ru', '87.236.16.44', rdns='smtp44.beget.com', client_ip='37.139.62.18',
                                           msgid_style='outlook', mua=SY.MUA['outlook'], name='Beget shared hosting (look-alike domain)', zone='RU'),
               frm=('Кузнецов Андрей', 'a.kuznetsov@optika-nord-spb.ru'), to=[S('ru_acc')], hdr_cs='windows-1251', hdr_mode='B',
               subject='Смена банковских реквизитов ООО «Оптика-Норд»', body=body, extra=[('Content-Language', 'ru')],
               what='"Andrei Kuznetsov, Optika-Nord" announces new bank details at another bank and asks to pay two open invoices there; PDF letter.',
               why='Supplier bank-detail fraud: look-alike optika-nord-spb.ru on Beget hosting (real supplier: optika-nord.ru on Yandex 360), new account announced only by e-mail, "old account will not be credited" pressure. Genuine invoice with the known account: business 37.',
               pair='business 37')


# ------------------------------------------------------------------ 39
@add
def a39():
    link = 'https://cdek-express.info/pay?track=1587349026'
    t = """Здравствуйте!

Международное отправление № 1587349026 (Италия → Санкт-Петербург, вес 4,2 кг) прибыло на таможенный пост и задержано до уплаты таможенной пошлины и сбора за таможенное оформление.

Сумма к оплате: 2 840 ₽
Срок оплаты: до 11.12.2026

Если оплата не поступит в указанный срок, отправление будет возвращено отправителю за ваш счёт.

Оплатить онлайн: %s

С уважением,
служба поддержки СДЭК""" % link
    h = esp_html('utf-8', [
        ('h', 'Отправление задержано на таможне'),
        ('kv', [('Номер отправления', '1587349026'), ('Маршрут', 'Италия → Санкт-Петербург'), ('Вес', '4,2 кг'),
                ('Сумма к оплате', '2 840 ₽'), ('Срок оплаты', 'до 11.12.2026')]),
        ('p', 'Если оплата не поступит в указанный срок, отправление будет возвращено отправителю за ваш счёт.'),
        ('btn', 'Оплатить онлайн', link),
        ('small', 'С уважением,\nслужба поддержки СДЭК')], color='#1ab248', brand='СДЭК')
    return Msg('ru', 'cdek-tamozhennaya-poshlina',
               when=utc(2026, 12, 9, 11, 55, zone='RU'), route=SY.unisender(),
               frm=('СДЭК', 'noreply@cdek-express.info'), to=[S('ru_mgr')], hdr_cs='utf-8', hdr_mode='B',
               subject='Отправление 1587349026 задержано на таможне - требуется оплата пошлины',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'a39', html=h),
               what='"CDEK" says an international parcel from Italy is held at customs until 2,840 RUB duty is paid online.',
               why='Courier/customs payment phishing: look-alike cdek-express.info (real: cdek.ru) via a bulk ESP, card-payment page; the company\'s imports are cleared by its customs broker (business 40), not by parcel couriers.',
               pair='business 40')


# ------------------------------------------------------------------ 40
@add
def a40():
    link = 'https://sberbusiness-online.ru/auth/confirm?id=7802415739&s=115fz'
    t = """Уважаемый клиент!

В соответствии с требованиями Федерального закона от 07.08.2001 N 115-ФЗ банк приостановил дистанционное обслуживание по расчётному счёту вашей организации до предоставления актуальных сведений о бенефициарных владельцах и видах деятельности.

Чтобы восстановить доступ к СберБизнес и проведению платежей, подтвердите сведения в течение 24 часов:
%s

По истечении срока операции по счёту будут ограничены до личного визита в отделение банка.

С уважением,
ПАО Сбербанк""" % link
    h = esp_html('koi8-r', [
        ('h', 'Ограничение доступа к СберБизнес'),
        ('p', 'Уважаемый клиент!\n\nВ соответствии с требованиями Федерального закона от 07.08.2001 N 115-ФЗ банк приостановил дистанционное обслуживание по расчётному счёту вашей организации до предоставления актуальных сведений о бенефициарных владельцах и видах деятельности.'),
        ('btn', 'Подтвердить сведения', link),
        ('p', 'По истечении срока операции по счёту будут ограничены до личного визита в отделение банка.'),
        ('small', 'С уважением,\nПАО Сбербанк')], color='#21a038', brand='СберБизнес')
    return Msg('ru', 'sberbusiness-115fz-blokirovka',
               when=utc(2026, 11, 30, 5, 40, zone='RU'),
               route=SY.webserver_php('bitrix.mebel-komfort72.ru', '92.53.96.140', rdns='vh140.timeweb.ru', uid=1045,
                                      phpmailer=False, zone='RU', script='1045:/home/c/cq12345/public_html/bitrix/modules/main/tools.php',
                                      name='compromised 1C-Bitrix site on Timeweb, PHP mail()'),
               envelope='cq12345@vh140.timeweb.ru',
               frm=('СберБизнес', 'noreply@sberbusiness-online.ru'), to=[S('ru_acc')], hdr_cs='koi8-r', hdr_mode='B',
               subject='СберБизнес: ограничение доступа к расчётному счёту',
               body=alt(t, 'koi8-r', '8bit', 'other', 'a40', html=h),
               what='"SberBusiness" says remote banking is suspended under the 115-FZ AML law and asks to confirm data within 24 h.',
               why='Bank credential phishing: sberbusiness-online.ru (real: sberbank.ru / sbbol.ru) sent with PHP mail() from a hacked Bitrix furniture shop on Timeweb, 24-hour threat, login page.')
