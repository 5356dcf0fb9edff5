"""Attack messages 32-40: Greek (32-36) and Russian (37-40)."""
import hashlib

import ident as I
import infra
from compose import alt, att, mixed, plain
from kit import B, H, PLACEHOLDER, pdf, zip_
from mime import esp_html, esp_text
from people import C, OFFICES, S
from util import rng_for

SPECS = []


def add(**kw):
    kw.setdefault('folder', 'attack')
    SPECS.append(kw)


GR = OFFICES['GR']
RU = OFFICES['RU']


# ================================================================= GREEK
# ---------------------------------------------------------------- 32 AADE myDATA
def _body32(r):
    lk = 'https://aade-mydata-gov.com/taxisnet/login?ref=MD-2026-801645232'
    b = [('p', 'Αξιότιμε/η κύριε/κυρία,\n\nΚατά τη διασταύρωση των παραστατικών που διαβιβάστηκαν στην ψηφιακή '
               'πλατφόρμα myDATA με τα στοιχεία των αντισυμβαλλομένων, εντοπίστηκαν αποκλίσεις σε **14 '
               'παραστατικά** συνολικής καθαρής αξίας **38.412,60 €** για τον ΑΦΜ %s (EXAMPLE GROUP HELLAS '
               'ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.).' % GR['afm']),
         ('p', 'Παρακαλείστε να συνδεθείτε με τους κωδικούς σας TAXISnet εντός πέντε (5) εργάσιμων ημερών και να '
               'επιβεβαιώσετε ή να διορθώσετε τις εγγραφές. Σε αντίθετη περίπτωση θα επιβληθούν τα πρόστιμα που '
               'προβλέπονται από τον Κώδικα Φορολογικής Διαδικασίας.'),
         ('btn', 'Σύνδεση στο myDATA', lk),
         ('p', 'Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\nΔιεύθυνση Ηλεκτρονικής Διακυβέρνησης')]
    f = 'Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.'
    return alt(None, 'utf-8', 'base64', 'base64',
               html=esp_html(b, '#003476', 'ΑΑΔΕ myDATA', f, logo_text='ΑΑΔΕ · myDATA', lang='el'),
               text=esp_text(b, f))


add(num=32, lang='el', slug='aade-mydata-taxisnet-ses', when='2026-10-13 10:55:31',
    route=lambda c: infra.ses(c),
    frm=('ΑΑΔΕ - myDATA', 'noreply@aade-mydata-gov.com'), to=[S['gr_acc']],
    subject='Ειδοποίηση ασυμφωνίας παραστατικών myDATA – Α΄ εξάμηνο 2026',
    body=_body32,
    tech='Tax-authority / e-invoicing (AADE myDATA) impersonation for TAXISnet credentials',
    infra='Amazon SES, look-alike aade-mydata-gov.com',
    what='"AADE" claims mismatches in 14 myDATA documents and asks to log in with TAXISnet codes',
    why='AADE uses aade.gr/gsis.gr, not aade-mydata-gov.com; threat of fines with a 5-day deadline; '
        'TAXISnet credentials give access to the company\'s tax account. Genuine myDATA handling: business 32.',
    checks={})


# ---------------------------------------------------------------- 33 ACS courier fee
def _body33(r):
    lk = infra.brevo_link(rng_for('a33'), '')
    b = [('p', 'Αγαπητέ πελάτη,\n\nΗ αποστολή σας με αριθμό **7283915044** δεν κατέστη δυνατό να παραδοθεί λόγω '
               'ελλιπούς διεύθυνσης (λείπει ο αριθμός οδού).'),
         ('p', 'Η αποστολή παραμένει στο κατάστημα ACS Θεσσαλονίκης. Για να προγραμματίσετε νέα παράδοση, '
               'επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναπαράδοσης ύψους **1,98 €**.'),
         ('btn', 'Προγραμματισμός παράδοσης', lk),
         ('p', 'Αν δεν γίνει επιβεβαίωση εντός 48 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.'),
         ('p', 'ACS Courier – Εξυπηρέτηση Πελατών')]
    return alt(None, 'utf-8', html=esp_html(b, '#e30613', 'ACS Courier', '', logo_text='ACS Courier', lang='el'),
               text=esp_text(b))


add(num=33, lang='el', slug='acs-courier-anamoni-telos-brevo', when='2026-11-04 13:20:12',
    route=lambda c: infra.brevo(c),
    frm=('ACS Courier', 'info@acs-courier-gr.com'), to=[S['gr_mgr']],
    subject='ACS: Η αποστολή σας 7283915044 βρίσκεται σε αναμονή',
    body=_body33,
    tech='Courier impersonation (redelivery fee) for card data',
    infra='Brevo with tracked links, look-alike acs-courier-gr.com',
    what='"ACS Courier" says a parcel is held and asks for a 1.98 EUR redelivery fee',
    why='Not acscourier.net; small fee to harvest card data; 48-hour deadline; tracked link to a payment page. '
        'Genuine ACS notice: business 34.',
    checks={})

# ---------------------------------------------------------------- 34 extortion with bitcoin
def _route34(c):
    from util import fmt_date, sec
    r = infra.smtp_host(c, ('example.com', 'unknown', '103.151.122.40'), mta='direct', mua='spam',
                        tls=None, domain='example.com')
    r.date = fmt_date(c['t'] - sec(41), 'ICT')
    return r


BTC = I.bech32_addr('bc', 0, hashlib.sha256(b'audit70-extortion-wallet').digest()[:20])
add(num=34, lang='el', slug='extortion-bitcoin-spoofed-self', when='2026-11-21 03:17:44',
    route=lambda c: _route34(c),
    frm=S['gr_mgr'], to=[S['gr_mgr']],
    subject='Ο λογαριασμός σας έχει παραβιαστεί – εκκρεμεί πληρωμή',
    body=plain('''Γεια σου,

Σου γράφω από τον δικό σου λογαριασμό email, όπως βλέπεις στο πεδίο του αποστολέα. Αυτό σημαίνει ότι έχω πλήρη πρόσβαση στον λογαριασμό σου.

Εδώ και αρκετούς μήνες παρακολουθώ τη δραστηριότητά σου. Μέσω ενός ιστότοπου που επισκέφθηκες εγκαταστάθηκε στη συσκευή σου κακόβουλο λογισμικό, που μου έδωσε πρόσβαση στην κάμερα, στο μικρόφωνο, στις επαφές και στα μηνύματά σου.

Έχω καταγράψει βίντεο με εσένα την ώρα που επισκεπτόσουν ιστότοπους για ενήλικες, καθώς και αντίγραφο όλων των επαφών σου – συναδέλφων, πελατών και οικογένειας.

Αν δεν θέλεις να σταλούν αυτά τα βίντεο σε όλες τις επαφές σου, μετάφερε 1.450 USD σε Bitcoin στην παρακάτω διεύθυνση:

%s

Αν δεν ξέρεις πώς να αγοράσεις Bitcoin, ψάξε στο Google «αγορά bitcoin». Έχεις 48 ώρες από τη στιγμή που θα ανοίξεις αυτό το μήνυμα. Μόλις λάβω την πληρωμή, θα διαγράψω όλο το υλικό και δεν θα ξανακούσεις από μένα.

Μην απαντήσεις σε αυτό το email και μην απευθυνθείς στην αστυνομία – θα το μάθω αμέσως.''' % BTC,
               'windows-1253', 'base64'),
    tech='Sextortion / extortion with Bitcoin payment, sender forged as the recipient',
    infra='Direct-to-MX from a botnet host without reverse DNS, HELO "example.com", no TLS',
    what='Claims the mailbox and webcam were hacked and demands 1,450 USD in Bitcoin within 48 hours',
    why='From/To forged as the recipient\'s own address but delivered from an unrelated IP with fake HELO; '
        'generic mass-extortion text with no evidence; Bitcoin address (valid bech32) for payment; threats.',
    checks={'btc': [BTC]})

# ---------------------------------------------------------------- 35 compromised dealer, fake SharePoint
_lk35 = 'https://www.taverna-thalassa-kavala.gr/wp-includes/css/sp/index.html?e=bmlrb3MucGFwYWRvcG91bG9zQGV4YW1wbGUuY29t'
_h35 = ('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="margin:0;background:#f3f2f1">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Segoe UI',Tahoma,sans-serif">
<tr><td style="padding:24px 28px 8px 28px;font-size:21px;color:#323130">Γιώργος Καραγιάννης σας έστειλε ένα αρχείο</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;color:#605e5c">«Κύριε Παπαδόπουλε, σας στέλνω την παραγγελία για την άνοιξη του 2027 και τη φόρμα πίστωσης. Παρακαλώ επιβεβαιώστε.»</td></tr>
<tr><td style="padding:12px 28px"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%%"><tr>
<td style="padding:14px;font-size:14px;color:#323130">&#128196; Παραγγελία_2027_Καραγιάννης.pdf</td></tr></table></td></tr>
<tr><td style="padding:8px 28px 24px 28px"><a href="%s" style="background:#0078d4;color:#ffffff;padding:9px 22px;text-decoration:none;font-size:14px">Άνοιγμα</a></td></tr>
<tr><td style="padding:0 28px 20px 28px;font-size:11px;color:#a19f9d">Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.<br>Microsoft &middot; Δήλωση προστασίας προσωπικών δεδομένων</td></tr>
</table></td></tr></table></body></html>
''' % _lk35)
add(num=35, lang='el', slug='karagiannis-fake-sharepoint-compromised', when='2026-12-01 18:48:26',
    route=lambda c: infra.otenet(c),
    frm=C['karagiannis']['contacts'][0], to=[S['gr_mgr']],
    subject='Ο Γιώργος Καραγιάννης σας έστειλε ένα αρχείο: Παραγγελία_2027_Καραγιάννης.pdf',
    body=alt(None, 'windows-1253', html=_h35,
             text='''Γιώργος Καραγιάννης σας έστειλε ένα αρχείο

«Κύριε Παπαδόπουλε, σας στέλνω την παραγγελία για την άνοιξη του 2027 και τη φόρμα πίστωσης. Παρακαλώ επιβεβαιώστε.»

Παραγγελία_2027_Καραγιάννης.pdf
Άνοιγμα: %s

Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.''' % _lk35),
    tech='Fake SharePoint share notification from a genuinely compromised customer mailbox',
    infra="Karagiannis' real OTE (otenet.gr) mailbox, Outlook desktop via mailout*.otenet.gr",
    what='Dealer\'s mailbox sends a "shared file" card for the 2027 order, linking to a Greek restaurant website',
    why='A real SharePoint notice comes from Microsoft servers, not from a POP mailbox via OTE; the "Open" '
        'link points into wp-includes of an unrelated WordPress site with the recipient\'s address base64 '
        'encoded (credential phishing kit); the dealer normally writes plain orders (business 33); sent 19:48.',
    checks={})

# ---------------------------------------------------------------- 36 fake lawyer, exodiko via link
add(num=36, lang='el', slug='dikigoros-exodiko-link-zip', when='2026-10-30 09:05:58',
    route=lambda c: infra.smtp_host(
        c, ('mail.alexiou-dikigoroi.com', 'unknown', '164.92.187.35'),
        client=('[192.168.1.7]', 'unknown', '37.6.214.90'), mua='tb', lang='el', zone='EET', tls='tls13'),
    frm=('Δικηγορικό Γραφείο Αλεξίου & Συνεργάτες', 'grammateia@alexiou-dikigoroi.com'), to=[S['gr_mgr']],
    subject='Εξώδικη δήλωση - πρόσκληση - διαμαρτυρία (υπόθεση VELOSTAR Ι.Κ.Ε.)',
    body=plain('''Αξιότιμε κύριε Παπαδόπουλε,

Ενεργώντας ως πληρεξούσιοι δικηγόροι της εταιρείας «VELOSTAR Ι.Κ.Ε.», σας κοινοποιούμε εξώδικη δήλωση - πρόσκληση - διαμαρτυρία κατά της εταιρείας σας, σχετικά με τα ελαττωματικά πακέτα μπαταριών ηλεκτρικών ποδηλάτων που προμηθεύσατε στην εντολέα μας κατά το έτος 2026 και τις ζημίες που προκλήθηκαν από την υπερθέρμανσή τους.

Η εντολέας μας αξιώνει αποζημίωση ύψους 64.300,00 € και σας καλεί να απαντήσετε εντός πέντε (5) ημερών από την κοινοποίηση, διαφορετικά θα προβεί σε κάθε νόμιμη ενέργεια.

Λόγω του μεγέθους των συνημμένων (φωτογραφίες, τεχνική πραγματογνωμοσύνη, τιμολόγια), το πλήρες κείμενο με τα σχετικά έγγραφα είναι διαθέσιμο εδώ:
https://www.dropbox.com/scl/fi/7k2xq9w3m1b5/Exodiko_Velostar_ExampleGroup.zip?rlkey=q8w2z5n1c7v4x9m3k6p0&dl=1

Κωδικός αποσυμπίεσης: 2026

Με τιμή,

Ελένη Αλεξίου
Δικηγόρος παρ' Αρείω Πάγω
Δικηγορικό Γραφείο Αλεξίου & Συνεργάτες
Τσιμισκή 43, 546 23 Θεσσαλονίκη''', 'iso-8859-7', 'quoted-printable', flowed=True),
    tech='Fake lawyer / legal notice delivering a password-protected archive via a file-sharing link',
    infra='Unknown law-firm domain on a cloud VM without reverse DNS; payload on an abused file-sharing service',
    what='"Law firm" serves an out-of-court notice about defective batteries; documents via Dropbox ZIP link',
    why='Extrajudicial notices in Greece are served by a court bailiff, not by a download link; password-protected '
        'ZIP via file-sharing evades scanning; unknown firm and client, 5-day threat; the theme fits the '
        'trade (e-bike batteries) to make it plausible.',
    checks={})

# ================================================================= RUSSIAN
# ---------------------------------------------------------------- 37 FNS requirement, encrypted zip
_z37 = zip_([('Требование_N12-07-48213_перечень расхождений.pdf.exe', PLACEHOLDER, (2026, 10, 9, 8, 55, 40))],
            password=b'4471', key='a37')
add(num=37, lang='ru', slug='fns-trebovanie-zip-parol', when='2026-10-09 09:18:40',
    route=lambda c: infra.smtp_host(
        c, ('mail.nalog-gov.ru', 'vds2141877.my-ihor.ru', '31.31.198.77'),
        client=('localhost', 'localhost', '127.0.0.1'), mua='spam', zone='MSK', tls='tls13',
        domain='nalog-gov.ru'),
    frm=('ФНС России', 'uvedomlenie@nalog-gov.ru'), to=[S['ru_acc']],
    subject='Требование о представлении пояснений N 12-07/48213 (п. 3 ст. 88 НК РФ)',
    body=mixed(plain('''Уважаемый налогоплательщик!

Межрайонная ИФНС России N 17 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года выявила расхождения между сведениями о счетах-фактурах, отраженными в книге покупок, и сведениями, представленными вашими контрагентами.

Организация: ООО "Экзампл Груп Рус"
ИНН/КПП: %s/%s

В соответствии с п. 3 ст. 88 НК РФ вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений в установленный срок влечет ответственность по ст. 129.1 НК РФ.

Требование и перечень расхождений прилагаются. Архив защищен паролем в целях сохранения налоговой тайны.
Пароль к архиву: 4471

Государственный налоговый инспектор
отдела камеральных проверок N 2
Кравцова Е. В.''' % (RU['inn'], RU['kpp']), 'koi8-r', 'quoted-printable'),
               att(_z37, 'application/zip', 'Trebovanie_12-07-48213.zip',
                   note='ZipCrypto, password 4471; member .pdf.exe placeholder')),
    tech='Tax-office (FNS) impersonation with password-protected archive hiding an executable',
    infra='Look-alike nalog-gov.ru on a Russian VDS, bulk mailer',
    what='"FNS" requirement to explain VAT discrepancies, documents in an encrypted ZIP',
    why='FNS sends requirements through the EDI operator (TKS), not by e-mail from nalog-gov.ru (real: '
        'nalog.gov.ru); encrypted archive with the password in the text to bypass scanning; member is '
        '"...pdf.exe"; 5-day deadline with penalties.',
    checks={'zip_pw': '4471'})

# ---------------------------------------------------------------- 38 carrier bank details, look-alike
TB_BIK = '044525974'
TB_ACCT = I.ru_account(TB_BIK, '40702810010001843726')
TB_CORR = I.ru_corr(TB_BIK, '45250000')
SZ = C['sevzap']
_t38 = '''Уважаемые коллеги!

Сообщаем, что с 12.11.2026 в связи с переходом на расчетно-кассовое обслуживание в АО «ТБанк» изменились банковские реквизиты ООО «ТК СевЗапТранс». Официальное письмо за подписью генерального директора и главного бухгалтера прилагаем.

Просим оплату по счетам № 1874 от 02.11.2026 и № 1902 от 09.11.2026, а также все последующие платежи производить по новым реквизитам:

Получатель: ООО «ТК СевЗапТранс»
ИНН %s / КПП %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Счет в Банке ВТБ закрывается, платежи на старые реквизиты будут возвращены. Просим подтвердить получение письма ответом на это сообщение.

С уважением,
Бухгалтерия ООО «ТК СевЗапТранс»
тел. (812) 309-47-12''' % (SZ['inn'], SZ['kpp'], TB_ACCT, TB_BIK, TB_CORR)
_p38 = pdf([H('ООО «ТК СевЗапТранс»'), 'ИНН %s  КПП %s' % (SZ['inn'], SZ['kpp']), '',
            'Исх. № 311 от 11.11.2026', '', 'Генеральному директору', 'ООО «Экзампл Груп Рус»', '',
            B('Об изменении банковских реквизитов'), '',
            'Настоящим сообщаем, что с 12.11.2026 изменились банковские реквизиты ООО «ТК СевЗапТранс».',
            'Просим производить оплату по следующим реквизитам:', '',
            'Р/с ' + TB_ACCT, 'АО «ТБанк», г. Москва', 'БИК ' + TB_BIK, 'К/с ' + TB_CORR, '',
            'Генеральный директор ____________ Лебедев А. С.',
            'Главный бухгалтер ____________ Смирнова И. Н.'],
           'Письмо', 'user', 'Microsoft® Word 2016', 'Microsoft® Word 2016', '2026-11-11 10:02')
add(num=38, lang='ru', slug='sevzap-trans-smena-rekvizitov', when='2026-11-11 10:40:15',
    route=lambda c: infra.yandex(c, webmail=True),
    frm=('Бухгалтерия ТК СевЗапТранс', 'buh@sevzap-trans.ru'), to=[S['ru_acc']],
    subject='Изменение банковских реквизитов ООО «ТК СевЗапТранс»',
    body=mixed(alt(_t38, 'utf-8', 'base64', 'base64'),
               att(_p38, 'application/pdf', 'Письмо_о_смене_реквизитов.pdf')),
    tech='Carrier bank-detail change (vendor impersonation) from a look-alike domain',
    infra='Look-alike sevzap-trans.ru (hyphen) hosted on Yandex 360',
    what='"Accounts department" of the St Petersburg carrier announces a new T-Bank account for open invoices',
    why='Domain sevzap-trans.ru instead of sevzaptrans.ru, Yandex web mail instead of the carrier\'s own '
        'server/The Bat!; copies real INN/KPP and invoice numbers but switches to a Moscow bank; asks to '
        'redirect open invoices; letter unsigned. Genuine invoice: business 38.',
    checks={'ru': [(TB_BIK, TB_ACCT)], 'ru_corr': [(TB_BIK, TB_CORR)]})


# ---------------------------------------------------------------- 39 Diadoc phishing
def _body39(r):
    lk = infra.mailgun_link(rng_for('a39'), 'mg.diadoc-kontur.ru', '')
    b = [('p', 'Здравствуйте!\n\nКонтрагент ООО «ВелоМир Северо-Запад» (ИНН %s) отправил вам документ, '
               'требующий подписи:' % C['velomir']['inn']),
         ('table', [('Документ', 'Акт сверки взаимных расчетов за период 01.10.2026–30.11.2026'),
                    ('Получатель', 'ООО «Экзампл Груп Рус»'), ('Срок подписания', 'до 09.12.2026')]),
         ('btn', 'Перейти к документу', lk),
         ('p', 'Для просмотра документа войдите в Диадок с логином и паролем или по сертификату.'),
         ('p', 'С уважением,\nкоманда Контур.Диадок')]
    return alt(None, 'utf-8', html=esp_html(b, '#0e6e8c', 'Контур.Диадок', '', logo_text='Контур.Диадок', lang='ru'),
               text=esp_text(b))


add(num=39, lang='ru', slug='diadok-dokument-podpis-mailgun', when='2026-12-07 07:05:33',
    route=lambda c: infra.mailgun(c, 'mg.diadoc-kontur.ru'),
    frm=('Контур.Диадок', 'noreply@diadoc-kontur.ru'), to=[S['ru_acc']],
    subject='Вам поступил документ на подпись: Акт сверки взаимных расчетов за 4 квартал 2026',
    body=_body39,
    tech='E-document (EDI) platform impersonation (Kontur.Diadoc) for credentials',
    infra='Mailgun with tracked links, look-alike diadoc-kontur.ru',
    what='"Kontur.Diadoc" says the distributor sent a reconciliation act to sign',
    why='Real notices come from diadoc.ru / kontur.ru infrastructure and link to diadoc.kontur.ru; this one '
        'uses a look-alike domain, Mailgun tracking and asks for login/password; known counterparty name '
        'copied for credibility. Genuine Diadoc: business 37.',
    checks={})

# ---------------------------------------------------------------- 40 "fake boss" (FakeBoss) prelude
add(num=40, lang='ru', slug='fake-boss-kurator-cb-mailru', when='2026-12-15 07:48:02',
    route=lambda c: infra.mailru(c, client_ip='85.26.164.201'),
    frm=('Дмитрий Соколов', 'd.sokolov.spb@mail.ru'), to=[S['ru_acc']],
    subject='Конфиденциально',
    body=alt('''Ольга Викторовна, добрый день.

Сегодня с вами свяжется Гордеев Алексей Николаевич, куратор из Департамента финансового мониторинга Центробанка. По нашей компании проводится проверка в связи с подозрительными операциями, в которые могут быть вовлечены сотрудники. Информация строго конфиденциальная.

Прошу оказать ему полное содействие и выполнять его указания. В офисе никому об этом не сообщайте, в том числе во Фрайбург, – это может помешать проверке.

Я сейчас на выезде, рабочую почту не смотрю. Если что-то срочное – пишите мне в Telegram: +7 921 448-17-36.

Соколов Д. А.''', 'utf-8', 'base64', 'base64'),
    tech='"Fake boss" scheme: manager impersonation announcing a call from a fake regulator/"curator"',
    infra='mail.ru free-mail account with the office manager\'s name',
    what='"Dmitry Sokolov" tells the chief accountant to obey a Central Bank "curator" who will call',
    why='Private mail.ru address, not dmitry.sokolov@example.com; secrecy even towards HQ; moves contact to '
        'Telegram; prepares a vishing call by a fake regulator who will demand transfers or remote access. '
        'Genuine urgent request by the real manager: business 40.',
    checks={})
