"""Genuine business messages 32-40: Greek (32-36) and Russian (37-40)."""
import ident as I
import infra
from compose import alt, att, mixed, plain
from kit import B, H, pdf
from mime import esp_html, esp_text
from people import C, OFFICES, S
from util import rng_for, rs

SPECS = []


def add(**kw):
    kw.setdefault('folder', 'business')
    SPECS.append(kw)


GR, RU = OFFICES['GR'], OFFICES['RU']

# ================================================================= GREEK
# ---------------------------------------------------------------- 32 accounting firm: myDATA to-do
_p32 = pdf([H('Λογιστικό Γραφείο Δημητρίου'), 'Εγνατίας 112, 546 30 Θεσσαλονίκη · Τηλ. 2310 284 610', '',
            B('Εκκρεμότητες myDATA - Οκτώβριος 2026'), 'Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. · ΑΦΜ ' + GR['afm'], '',
            'Α/Α  Εκδότης                         Παραστατικό        Καθαρή αξία   Σημείωση',
            '1    ACS Courier Α.Ε.                ΤΠΥ 1184422        412,30       *',
            '2    ACS Courier Α.Ε.                ΤΠΥ 1186019        288,75       *',
            '3    Μεταφορές Τσολάκη Ο.Ε.          ΤΠΥ 0937           1.240,00',
            '4    Logistics Park Σίνδου Α.Ε.       ΤΠΥ 2026/1011      3.600,00',
            '5    ΔΕΗ Α.Ε.                         Λογ. 10/2026       518,44',
            '...  (συνολικά 12 παραστατικά)', '',
            '* Παρακαλώ επιβεβαιώστε αν αφορούν αποστολές προς πελάτες ή επιστροφές.'],
           'Εκκρεμότητες myDATA 10/2026', 'Σοφία Δημητρίου', 'Microsoft® Excel® για Microsoft 365',
           'Microsoft® Excel® για Microsoft 365', '2026-11-10 12:31')
add(num=32, lang='el', slug='logistiko-grafeio-mydata-ekkremotites', when='2026-11-10 11:40:22',
    route=lambda c: infra.smtp_host(
        c, ('srv1.grhost-cloud.gr', 'srv1.grhost-cloud.gr', '185.138.42.56'), mta='exim',
        client=('[192.168.1.12]', 'unknown', '94.66.58.201'), mua='tb', lang='el', zone='EET', tls='tls13',
        host='srv1.grhost-cloud.gr'),
    frm=C['dimitriou']['contacts'][0], to=[S['gr_acc']],
    subject='Εκκρεμότητες myDATA Οκτωβρίου - χαρακτηρισμοί εξόδων',
    post=[('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
          ('X-AntiAbuse', 'Primary Hostname - srv1.grhost-cloud.gr'),
          ('X-AntiAbuse', 'Original Domain - example.com'),
          ('X-Authenticated-Sender', 'srv1.grhost-cloud.gr: info@logistiko-dimitriou.gr')],
    body=mixed(alt('''Καλημέρα κυρία Γεωργίου,

Σας στέλνω συνημμένα τη λίστα με τα παραστατικά εξόδων Οκτωβρίου που εμφανίζονται στο myDATA χωρίς χαρακτηρισμό (12 παραστατικά, κυρίως μεταφορικά και ενοίκιο αποθήκης).

Τους χαρακτηρισμούς θα τους καταχωρίσουμε εμείς από την πλατφόρμα του γραφείου με την εξουσιοδότηση που μας έχετε δώσει - δεν χρειάζεται να μπείτε στο TAXISnet. Χρειάζομαι μόνο επιβεβαίωση για τα δύο τιμολόγια της ACS (σημειωμένα με αστερίσκο), αν αφορούν αποστολές προς πελάτες ή επιστροφές.

Η δήλωση ΦΠΑ Οκτωβρίου υποβάλλεται έως 30/11, οπότε αν μου απαντήσετε μέχρι την Παρασκευή είμαστε εντάξει.

Με εκτίμηση,
Σοφία Δημητρίου
Λογίστρια - Φοροτεχνικός Α΄ τάξης
Λογιστικό Γραφείο Δημητρίου
Εγνατίας 112, 546 30 Θεσσαλονίκη
Τηλ. 2310 284 610''', 'iso-8859-7', lang='EL'),
               att(_p32, 'application/pdf', 'myDATA_ekkremotites_10-2026.pdf')),
    what='External accountant lists October expense documents that still need myDATA classification',
    why='Known accounting firm from its own domain via its cPanel host; PDF list, asks a simple question; '
        'explicitly no TAXISnet login needed.',
    neg_of=[(32, 'myDATA discrepancies / classification', 'Known firm, no login link, no threat')],
    tech='', infra='Greek cPanel hosting (Exim), Thunderbird')

# ---------------------------------------------------------------- 33 dealer order (otenet)
add(num=33, lang='el', slug='karagiannis-paraggelia-anoixi-otenet', when='2026-11-16 11:22:08',
    route=lambda c: infra.otenet(c),
    frm=C['karagiannis']['contacts'][0], to=[S['gr_mgr']],
    subject='Παραγγελία άνοιξης 2027 – Ποδήλατα Καραγιάννης',
    body=alt('''Καλησπέρα Νίκο,

Όπως τα είπαμε στο τηλέφωνο, σου στέλνω την παραγγελία για την άνοιξη:

- Trekking E-7, μέγεθος M: 3 τεμ.
- Trekking E-7, μέγεθος L: 2 τεμ.
- City E-3 Wave, μέγεθος S: 4 τεμ.
- Μπαταρίες 625 Wh (ανταλλακτικές): 2 τεμ.

Θα ήθελα την παράδοση μέχρι αρχές Μαρτίου, πριν ξεκινήσει η σεζόν. Την προκαταβολή 30% θα την καταθέσω στην Εθνική όπως πάντα, μόλις μου στείλεις το προτιμολόγιο.

Να ξέρεις επίσης ότι ο πελάτης με την E-7 που είχε το θέμα με τον φορτιστή είναι πλέον εντάξει.

Φιλικά,
Γιώργος Καραγιάννης
Ποδήλατα Καραγιάννης
Παπαναστασίου 88, 412 22 Λάρισα
Τηλ. 2410 256 118''', 'windows-1253', lang='EL'),
    what='Dealer from Larissa places his spring order by e-mail',
    why='Known dealer from his usual OTE mailbox and Outlook; informal, follows a phone call; pays to Example '
        'Group Hellas\' known account; no links or attachments.',
    neg_of=[(35, 'Same dealer mailbox and mail path', 'Plain order text, no "shared file", no link')],
    tech='', infra='OTE (mailout*.otenet.gr), Outlook 16')

# ---------------------------------------------------------------- 34 ACS delivery notice (genuine)
_b34 = [('p', 'Αγαπητέ/ή πελάτη,\n\nΗ αποστολή με αριθμό **7291048835** από ΛΑΡΙΣΑ προς EXAMPLE GROUP HELLAS, '
              'ΘΕΣΣΑΛΟΝΙΚΗ, βρίσκεται στο δρομολόγιο διανομής και αναμένεται να παραδοθεί σήμερα, 27/10/2026, '
              'μεταξύ 11:00 και 14:00.'),
        ('p', 'Η αποστολή είναι προπληρωμένη από τον αποστολέα.'),
        ('btn', 'Παρακολούθηση αποστολής', 'https://www.acscourier.net/el/track-and-trace?trackingNumbers=7291048835'),
        ('p', 'Για αλλαγή ημερομηνίας ή σημείου παράδοσης επισκεφθείτε την ίδια σελίδα.')]
_f34 = 'ACS Courier Μονοπρόσωπη Α.Ε.Ε. · Λεωφόρος Κηφισού 118 · 122 41 Αιγάλεω'
add(num=34, lang='el', slug='acs-eidopoiisi-paradosis', when='2026-10-27 08:33:50',
    route=lambda c: infra.smtp_host(
        c, ('mail2.acscourier.net', 'mail2.acscourier.net', '212.205.206.71'), mta='postfix',
        client=('notify01.acscourier.local', 'unknown', '10.1.20.31'), auth=False, mua='java', ua='acsnotify',
        lang='el', zone='EET', tls='tls12', host='mail2.acscourier.net', mid_host='notify01'),
    frm=('ACS Courier', 'noreply@acscourier.net'), to=[S['gr_mgr']],
    subject='ACS Courier: Η αποστολή 7291048835 θα παραδοθεί σήμερα',
    body=alt(None, 'utf-8', 'base64', 'base64',
             html=esp_html(_b34, '#e30613', 'ACS Courier', _f34, logo_text='ACS Courier', lang='el'),
             text=esp_text(_b34, _f34)),
    what='ACS delivery-day notice for a parcel from the Larissa dealer',
    why='From ACS\'s own mail server and domain, link to acscourier.net tracking, prepaid, nothing to pay.',
    neg_of=[(33, 'ACS Courier parcel notification', 'Real ACS domain/infrastructure, no fee, tracking on acscourier.net')],
    tech='', infra='ACS own mail server')

# ---------------------------------------------------------------- 35 internal: VAT payment approval
RF35 = I.rf('1100' + GR['afm'] + '0' + '2610' + '003')
_rf_fmt = ' '.join(RF35[i:i + 4] for i in range(0, len(RF35), 4))
add(num=35, lang='el', slug='fpa-pliromi-egkrisi-interno', when='2026-11-26 09:05:33',
    route=lambda c: infra.exchange_internal(c, client='10.24.0.22', lang='el-GR'),
    frm=S['gr_acc'], to=[S['gr_mgr']],
    subject='Έγκριση πληρωμής ΦΠΑ Οκτωβρίου - 14.820,37 €',
    body=alt('''Νίκο καλημέρα,

Η δήλωση ΦΠΑ Οκτωβρίου υποβλήθηκε χθες από το λογιστικό γραφείο. Το ποσό προς καταβολή είναι 14.820,37 € και η προθεσμία πληρωμής είναι η Δευτέρα 30/11.

Θα πληρώσω μέσω e-banking της Εθνικής με την ταυτότητα οφειλής (RF) της δήλωσης: %s

Χρειάζομαι την έγκρισή σου στο e-banking ως δεύτερος υπογράφων μέχρι την Παρασκευή. Το αντίγραφο της δήλωσης είναι στον κοινόχρηστο φάκελο Finance\\ΦΠΑ\\2026-10.

Ευχαριστώ,
Ελένη

Ελένη Γεωργίου
Λογιστήριο | Example Group Hellas
26ης Οκτωβρίου 54, 546 27 Θεσσαλονίκη
Τηλ. +30 2310 557 214''' % _rf_fmt, 'iso-8859-7', lang='EL'),
    what='Greek accountant asks the office manager to co-approve the October VAT payment',
    why='Internal relay from the real mailbox; tax payment with the official RF payment code (valid ISO 11649 '
        'check digits) via the company\'s own e-banking, four-eyes approval.',
    neg_of=[(32, 'Greek VAT / AADE payment topic', 'Internal, no login link, payment by RF code in own e-banking')],
    checks={'rf': [RF35]}, tech='', infra='Internal: Exchange EX01 -> mail-int01 -> mx01')

# ---------------------------------------------------------------- 36 SharePoint share (genuine)
_b36 = [('h', 'Η Sabine Krüger κοινοποίησε ένα αρχείο σε εσάς'),
        ('p', '«Nikos, here is the 2027 budget template for Greece. Please fill in the sales lines by 11/12. Thanks, Sabine»'),
        ('p', '**Budget_2027_GR.xlsx**'),
        ('btn', 'Άνοιγμα', 'https://examplegroup.sharepoint.com/:x:/s/Finance/EaK3x9QmV2lPt7nW0cR4hYgB1dZ8sFq5uJ6oT3iLw2eM7A?e=R4kT2m'),
        ('small', 'Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.')]
_f36 = ('[[Δήλωση προστασίας προσωπικών δεδομένων|https://go.microsoft.com/fwlink/?LinkId=521839]]\n'
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
add(num=36, lang='el', slug='sharepoint-koinopoiisi-budget-genuine', when='2026-11-30 16:12:04',
    route=lambda c: infra.microsoft_service(c, 'spo'),
    frm=('Sabine Krüger', 'no-reply@sharepointonline.com'), to=[S['gr_mgr']],
    subject='Η Sabine Krüger κοινοποίησε το αρχείο «Budget_2027_GR.xlsx» σε εσάς',
    body=alt(None, 'utf-8', html=esp_html(_b36, '#0078d4', 'SharePoint', _f36, lang='el'),
             text=esp_text(_b36, _f36)),
    what='SharePoint Online notification: the CFO shared the 2027 budget template with the Greek office',
    why='Sent by Microsoft\'s SharePoint notification service; link to the company\'s own tenant '
        'examplegroup.sharepoint.com; message from a real colleague (in English) inside Greek chrome.',
    neg_of=[(35, 'SharePoint "shared a file" notification', 'Microsoft infrastructure, link to examplegroup.sharepoint.com')],
    tech='', infra='SharePoint Online (Exchange Online, namprd)')

# ================================================================= RUSSIAN
# ---------------------------------------------------------------- 37 Diadoc (genuine)
_b37 = [('p', 'Здравствуйте!\n\nВ ящик ООО «Экзампл Груп Рус» поступил документ от контрагента '
              'ООО «ВелоМир Северо-Запад» (ИНН %s):' % C['velomir']['inn']),
        ('table', [('Документ', 'Акт сверки взаимных расчетов за 3 квартал 2026'),
                   ('Статус', 'Ожидает подписи получателя')]),
        ('btn', 'Открыть документ', 'https://diadoc.kontur.ru/3f2b8c1e-7a4d-4e90-b6c2-9d1e5f0a7b38/Document/Show?letterId=a81c4e27-5b3d-4f6a-9e02-7c1d8b4f3a65'),
        ('p', 'Это автоматическое уведомление Контур.Диадок. Настроить уведомления можно в разделе '
              '«Настройки» → «Уведомления».')]
_f37 = 'АО «ПФ «СКБ Контур» · [[diadoc.ru|https://www.diadoc.ru]] · 8 800 500-10-18'
add(num=37, lang='ru', slug='diadok-akt-sverki-genuine', when='2026-10-12 08:14:37',
    route=lambda c: infra.smtp_host(
        c, ('mail-out2.kontur.ru', 'mail-out2.kontur.ru', '46.17.203.18'), mta='postfix',
        client=('diadoc-notify-04.kontur', 'unknown', '10.33.12.44'), auth=False, mua='java',
        ua='diadoc', zone='MSK', tls='tls13', host='mail-out2.kontur.ru', mid_host='diadoc-notify-04'),
    frm=('Контур.Диадок', 'noreply@diadoc.ru'), to=[S['ru_acc']],
    subject='Новый документ от ООО «ВелоМир Северо-Запад»: акт сверки за 3 квартал 2026',
    body=alt(None, 'utf-8', 'base64', 'base64',
             html=esp_html(_b37, '#0e6e8c', 'Контур.Диадок', _f37, logo_text='Контур.Диадок', lang='ru'),
             text=esp_text(_b37, _f37)),
    what='Kontur.Diadoc notification: the distributor sent a reconciliation act for Q3',
    why='Sent by Kontur\'s own mail servers from diadoc.ru, link to diadoc.kontur.ru; the company really '
        'exchanges documents with this counterparty via Diadoc.',
    neg_of=[(39, 'Diadoc "document to sign" from ВелоМир', 'Real Kontur infrastructure and domain')],
    tech='', infra='Kontur own mail servers')

# ---------------------------------------------------------------- 38 carrier invoice (The Bat!)
SZ = C['sevzap']
_p38 = pdf([H('ООО «ТК СевЗапТранс»'), 'ИНН %s  КПП %s' % (SZ['inn'], SZ['kpp']),
            '192102, Санкт-Петербург, ул. Салова, д. 61', '',
            B('Счет на оплату № 1874 от 02.11.2026'), '',
            'Плательщик: ООО «Экзампл Груп Рус», ИНН %s, КПП %s' % (RU['inn'], RU['kpp']), '',
            '№  Наименование                                                Кол-во   Сумма, руб.',
            '1  Транспортно-экспедиционные услуги, октябрь 2026 (СПб-Москва-СПб)   12   486 240,00', '',
            'Итого: 486 240,00 руб.   В том числе НДС 22%: 87 682,62 руб.', '',
            B('Банковские реквизиты получателя'),
            'Р/с ' + SZ['acct'], SZ['bank'], 'БИК ' + SZ['bik'] + '   К/с ' + SZ['corr'], '',
            'Генеральный директор ____________ Лебедев А. С.',
            'Главный бухгалтер ____________ Смирнова И. Н.'],
           'Счет 1874', 'Бухгалтерия', '1С:Предприятие 8.3', '1С:Предприятие 8.3', '2026-11-02 15:20')
add(num=38, lang='ru', slug='sevzaptrans-schet-na-oplatu', when='2026-11-02 13:30:26',
    route=lambda c: infra.smtp_host(
        c, ('smtp52.beget.com', 'smtp52.beget.com', '5.101.153.52'), mta='beget',
        client=('BUH-PC', 'unknown', '188.170.81.46'), mua='bat', zone='MSK', tls='tls13',
        host='smtp52.beget.com'),
    frm=('Бухгалтерия ООО «ТК СевЗапТранс»', 'buh@sevzaptrans.ru'), to=[S['ru_acc']],
    subject='Счет № 1874 от 02.11.2026 за транспортные услуги',
    body=mixed(plain('''Добрый день, Ольга Викторовна!

Направляем счет № 1874 от 02.11.2026 за транспортно-экспедиционные услуги в октябре 2026 г. (12 рейсов Санкт-Петербург – Москва – Санкт-Петербург) на сумму 486 240,00 руб., в т. ч. НДС 22% – 87 682,62 руб.

Оригиналы УПД направим через Диадок.

Реквизиты для оплаты прежние (Банк ВТБ), указаны в счете.

--
С уважением,
Ирина Смирнова
главный бухгалтер ООО «ТК СевЗапТранс»
тел. (812) 309-47-10''', 'windows-1251', '8bit'),
               att(_p38, 'application/pdf', 'Счет_1874_от_02.11.2026.pdf')),
    what='St Petersburg carrier sends its October invoice (счёт) as PDF',
    why='Real sevzaptrans.ru via its hosting provider and The Bat! as always; account at VTB unchanged '
        '(valid BIK/account keys); УПД through Diadoc.',
    neg_of=[(38, 'Carrier СевЗапТранс, invoice № 1874', 'Genuine domain, unchanged VTB account, no bank-change request')],
    checks={'ru': [(SZ['bik'], SZ['acct'])], 'ru_corr': [(SZ['bik'], SZ['corr'])]},
    tech='', infra='Beget hosting (Exim), The Bat!')

# ---------------------------------------------------------------- 39 Yandex ID new sign-in
_b39 = [('p', 'Здравствуйте, Дмитрий!'),
        ('p', 'Мы заметили вход в ваш аккаунт dmitry.sokolov@example.com с нового устройства.'),
        ('table', [('Устройство', 'Windows, Яндекс Браузер'), ('Место', 'Санкт-Петербург, Россия'),
                   ('Время', '8 ноября 2026, 21:02 (МСК)')]),
        ('p', 'Если это были вы, ничего делать не нужно.\nЕсли нет — смените пароль и проверьте настройки '
              'безопасности: [[https://id.yandex.ru/security|https://id.yandex.ru/security]]'),
        ('p', 'С уважением,\nкоманда Яндекс ID')]
_f39 = '© 2026 ООО «Яндекс» · [[Справка|https://yandex.ru/support/id/]]'
add(num=39, lang='ru', slug='yandex-id-novyj-vhod', when='2026-11-08 19:03:11',
    route=lambda c: infra.yandex(c, webmail=False, domain='id.yandex.ru'),
    frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S['ru_mgr']],
    subject='Вход в аккаунт с нового устройства',
    body=alt(None, 'utf-8', 'base64', 'base64',
             html=esp_html(_b39, '#fc3f1d', 'Яндекс ID', _f39, logo_text='Яндекс ID', lang='ru'),
             text=esp_text(_b39, _f39)),
    what='Yandex ID notice about a new sign-in to the office manager\'s Yandex account (used for Yandex Direct)',
    why='Sent by Yandex\'s own infrastructure; only yandex.ru links; informational.',
    neg_of=[], tech='', infra='Yandex (forward*.mail.yandex.net)')

# ---------------------------------------------------------------- 40 internal: urgent customs payment
add(num=40, lang='ru', slug='direktor-srochnyj-platezh-interno', when='2026-12-03 10:20:45',
    route=lambda c: infra.exchange_internal(c, client='10.26.0.15', lang='ru-RU'),
    frm=S['ru_mgr'], to=[S['ru_acc']],
    subject='Срочно: оплата таможенному представителю до 15:00',
    body=alt('''Ольга Викторовна, добрый день.

Таможенный представитель (ООО "Балт-Таможенный Сервис") выставил счет N 4471 от 03.12.2026 на авансирование таможенных платежей по ДТ для контейнера MSKU 4817530 (рамы и компоненты, прибыл в порт Бронка 01.12). Сумма 2 148 300,00 руб.

Оплатить нужно сегодня до 15:00, иначе брокер не подаст декларацию и контейнер уйдет на СВХ с платным хранением.

Счет загружен в 1С и согласован мной. Реквизиты брокера берите из договора N 17/2025, а не из писем. Если нужна вторая подпись в банк-клиенте - я в офисе до 17:00.

Спасибо.

Соколов Д. А.
Руководитель представительства
ООО "Экзампл Груп Рус"
тел. +7 812 458-31-20, моб. +7 921 706-12-84''', 'koi8-r', lang='RU'),
    what='Russian office manager asks the chief accountant for an urgent customs-broker prepayment',
    why='Internal relay from the real mailbox; invoice already in 1C and approved, bank details from the '
        'contract, second signature offered in person - urgent but inside the normal process.',
    neg_of=[(40, 'Urgent instruction from "Dmitry Sokolov" to the chief accountant',
             'Internal origin, approved invoice, contract bank details, no secrecy, no third party')],
    tech='', infra='Internal: Exchange EX01 -> mail-int01 -> mx01')
