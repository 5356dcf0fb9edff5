"""Genuine business messages 32-40 (Greek, Russian)."""
from common import *

NIK_IBAN = util.iban('GR', '011' + '0220' + '0000022047718355')
NIK_AFM = util.gr_afm('09471283')
BIK = '044030653'
KS = util.ru_account(BIK, '30101810500000000653', corr=True)
RS = util.ru_account(BIK, '40702810755000031844')
INN = util.ru_inn10('781402715')
sever = vps('mail.severprodukt.ru', '81.177.140.52', '95.55.102.17', mid='<%d.20261202094455@severprodukt.ru>' % 1683920111,
            ua='The Bat! (v11.0.3) Professional', rdns='mail.severprodukt.ru', mta='Exim', tz='RU')

MSGS = []
A = MSGS.append

# 32 Nikolaidis invoice
t32 = '''Καλημέρα σας,

Σας αποστέλλουμε το τιμολόγιο ΤΔΑ 4417 της 06/11/2026 για τις παραδόσεις φέτας και ελιών Καλαμών στην κεντρική κουζίνα Θεσσαλονίκης.

Μ.ΑΡ.Κ. myDATA: 400001948271634
Ποσό: 6.284,30 € - Λήξη: 04/12/2026
Πληρωμή στον γνωστό λογαριασμό Εθνικής Τράπεζας: %s

Με εκτίμηση,
Λογιστήριο
ΝΙΚΟΛΑΪΔΗΣ ΤΡΟΦΙΜΑ Α.Ε. - ΑΦΜ %s''' % (util.fmt_iban(NIK_IBAN), NIK_AFM)
A(M('el', 'nikolaidis-timologio-mydata', C['nikolaidis'], [who('gr_acc')],
    'Τιμολόγιο ΤΔΑ 4417 - Example Group Hellas', T(2026, 11, 6, 12, 40, tz='GR'), o365(lang='el-GR', region='eurprd09', obe='EUR01-VE1'),
    multi('mixed', text(t32, 'plain', 'iso-8859-7', 'quoted-printable'),
          pdfatt('TDA_4417.pdf', ['#NIKOLAIDIS FOODS S.A. - Invoice TDA 4417', 'Date 06/11/2026, MARK 400001948271634', 'Feta PDO, Kalamata olives',
                 'Total EUR 6,284.30, due 04/12/2026', 'IBAN ' + util.fmt_iban(NIK_IBAN), 'VAT no. EL' + NIK_AFM])),
    'Greek food supplier invoice with myDATA MARK number, usual account.',
    'Real nikolaidis-foods.gr domain on Microsoft 365, known account. Hard negative of attack 34.', hcs='iso-8859-7', tz='GR'))

# 33 customer complaint otenet
t33 = '''Κυρία/Κύριε,

Σας γράφω σχετικά με το catering της βάπτισης του γιου μου στις 29/11 στο κτήμα στη Θέρμη. Ενώ γενικά ο κόσμος έμεινε ικανοποιημένος, το παιδικό μενού ήρθε με 40 λεπτά καθυστέρηση και έλειπαν 12 μερίδες από τα συμφωνημένα 30. Επίσης ο σερβιτόρος δεν γνώριζε ποια πιάτα ήταν χωρίς γλουτένη.

Θα ήθελα να συζητήσουμε μια έκπτωση στο υπόλοιπο του λογαριασμού πριν το εξοφλήσω. Είμαι διαθέσιμος στο 6944 218 733.

Ευχαριστώ,
Γιάννης Μαυρίδης'''
A(M('el', 'parapono-pelati-otenet', C['mavridis'], [who('gr_mgr')],
    'Παράπονο για το catering της 29/11', T(2026, 12, 1, 21, 8, tz='GR'), otenet('94.66.218.30'),
    text(t33, 'plain', 'windows-1253', 'quoted-printable'),
    'Private event customer complains about a christening catering and asks for a discount.',
    'Real OTE webmail path, concrete details, phone number, no links.', hcs='windows-1253', tz='GR'))

# 34 internal myDATA reminder
t34 = '''Καλησπέρα σε όλους,

Υπενθύμιση: έως 30/11 πρέπει να έχουν χαρακτηριστεί στο myDATA όλα τα παραστατικά εξόδων του Οκτωβρίου. Όποιος έχει τιμολόγια προμηθευτών που δεν μου έχει δώσει, παρακαλώ να τα αφήσει στο λογιστήριο μέχρι την Παρασκευή.

Η ΑΑΔΕ δεν στέλνει email με συνδέσμους για σύνδεση στο TAXISnet. Αν λάβετε τέτοιο μήνυμα, προωθήστε το στο IT.

Ελένη Γεωργίου
Λογιστήριο | Example Group Hellas'''
A(M('el', 'mydata-ypenthymisi-esoteriki', who('gr_acc'), [who('gr_mgr')],
    'myDATA - χαρακτηρισμός εξόδων Οκτωβρίου', T(2026, 11, 24, 17, 30, tz='GR'), internal(lang='el-GR', client_ip='10.26.0.31'),
    altpart(t34, 'windows-1253', 'quoted-printable'),
    'Internal reminder from the Greek accountant about myDATA deadlines and fake AADE mails.',
    'Internal relay path, no links. Hard negative of attack 32.', hcs='windows-1253', tz='GR'))

# 35 carrier delivery schedule
t35 = '''Καλημέρα κ. Παπαδόπουλε,

Σας στέλνω το πρόγραμμα διανομών για την εορταστική περίοδο:
- 21-23/12: κανονικά δρομολόγια, αναχώρηση 05:00 από την κεντρική κουζίνα
- 24/12 και 31/12: μόνο πρωινά δρομολόγια μέχρι 11:00
- 25-26/12 και 01/01: καμία διανομή

Η αποστολή με τα ανταλλακτικά ψυγείου από την Αθήνα (φορτωτική 3318804) θα παραδοθεί την Πέμπτη, δεν υπάρχουν χρεώσεις αντικαταβολής.

Φιλικά,
Κώστας Αντωνίου
Trans Hellas Μεταφορική'''
A(M('el', 'transhellas-programma-dianomon', C['transhellas'], [who('gr_mgr')],
    'Πρόγραμμα διανομών Χριστουγέννων', T(2026, 12, 10, 9, 5, tz='GR'),
    vps('mail.transhellas.gr', '185.4.132.89', '46.103.55.19', mid='roundcube', rdns='mail.transhellas.gr', tz='GR'),
    text(t35, 'plain', 'utf-8', 'base64'),
    'Greek carrier sends the Christmas delivery schedule and a shipment notice without charges.',
    'Known carrier on its own mail server, no payment request. Hard negative of attack 33.', tz='GR'))

# 36 newsletter via SES
t36 = '''HORECA NEWS - Εβδομαδιαίο ενημερωτικό

- Νέοι κανόνες για τα σχολικά γεύματα 2027
- Τιμές ελαιολάδου: τι δείχνει η νέα σοδειά
- HORECA 2027: ανακοινώθηκαν οι ημερομηνίες της έκθεσης

Διαβάστε περισσότερα: https://www.horecanews.gr/newsletter/2026-49

Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε με το dimitris.papadopoulos@example.com.
Διαγραφή: https://www.horecanews.gr/unsubscribe?id=ZGltaXRyaXMucGFw'''
A(M('el', 'newsletter-horeca-ses', ('HORECA News', 'newsletter@horecanews.gr'), [who('gr_mgr')],
    'HORECA News: σχολικά γεύματα, ελαιόλαδο, έκθεση 2027', T(2026, 12, 4, 7, 15, tz='GR'), esp('ses'),
    altpart(t36, 'utf-8', 'quoted-printable'),
    'Subscribed Greek HoReCa newsletter via Amazon SES with List-Unsubscribe.',
    'Solicited bulk mail, consistent domain, unsubscribe headers.',
    extra=[('List-Unsubscribe', '<https://www.horecanews.gr/unsubscribe?id=ZGltaXRyaXMucGFw>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')], tz='GR'))

# 37 reconciliation act
t37 = '''Добрый день, Ольга!

Направляем акт сверки взаимных расчётов за 3 квартал 2026 года. По нашим данным задолженность в пользу ООО «СеверПродукт» на 30.09.2026 составляет 412 860,50 руб.

Просим подписать и вернуть скан, оригинал передадим с водителем. Реквизиты без изменений: р/с %s, БИК %s.

С уважением,
Бухгалтерия ООО «СеверПродукт»
ИНН %s / КПП 781401001
тел. +7 (812) 309-41-17''' % (RS, BIK, INN)
A(M('ru', 'severprodukt-akt-sverki', C['sever'], [who('ru_acc')],
    'Акт сверки за 3 квартал 2026', T(2026, 10, 12, 9, 44, tz='RU'), sever,
    multi('mixed', text(t37, 'plain', 'windows-1251', 'quoted-printable'),
          pdfatt('Akt_sverki_3kv2026.pdf', ['#Akt sverki vzaimnyh raschetov 3 kv. 2026', 'OOO SeverProdukt - OOO Example Group Rus', 'Saldo na 30.09.2026: 412 860,50 RUB',
                 'r/s ' + RS, 'k/s ' + KS, 'BIK ' + BIK])),
    'Supplier sends a quarterly reconciliation act; requisites explicitly unchanged.',
    'Real severprodukt.ru server, known accounts (valid control keys). Hard negative of attack 38.', hcs='windows-1251', tz='RU'))

# 38 Yandex ID sign-in
t38 = '''Здравствуйте, Андрей!

В ваш аккаунт Яндекс ID andrei.sokolov@example.com выполнен вход с нового устройства.

Устройство: Chrome, Windows
Место: Санкт-Петербург, Россия
Время: 02.12.2026, 09:12 (MSK)

Если это были вы, ничего делать не нужно. Если нет - смените пароль: https://id.yandex.ru/security

Это письмо отправлено автоматически, отвечать на него не нужно.
Команда Яндекс ID'''
A(M('ru', 'yandex-id-novyi-vhod', ('Яндекс ID', 'noreply@id.yandex.ru'), [who('ru_mgr')],
    'Вход в аккаунт с нового устройства', T(2026, 12, 2, 9, 13, tz='RU'), svc('yandex_id'),
    altpart(t38, 'utf-8', 'base64'),
    'Genuine Yandex ID sign-in notice for the account used for the restaurants\' Yandex Maps/Business listings.',
    'Real Yandex forward servers, only id.yandex.ru link, expected after the manager\'s own login.', tz='RU'))

# 39 sick leave from private yandex
t39 = '''Андрей, доброе утро.

Я заболела, открыли электронный больничный, номер ЭЛН 910284736512. Сегодня-завтра точно дома. Срочные платежи на этой неделе - только аренда, её я поставила в банк-клиент ещё в пятницу, подпишете своим ключом.

Если что - звоните на мобильный.
Ольга'''
A(M('ru', 'bolnichnyi-lichnaya-pochta', ('Ольга Васильева', 'olga.vasileva.spb@yandex.ru'), [who('ru_mgr')],
    'Больничный', T(2026, 11, 30, 8, 3, tz='RU'), yandex('95.55.77.140'),
    text(t39, 'plain', 'koi8-r', 'quoted-printable'),
    'Russian accountant reports sick leave (electronic sick note number) from her private Yandex mail.',
    'Private channel, real Yandex path, no new payment or data change requested.', hcs='koi8-r', tz='RU'))

# 40 internal note on inspection
t40 = '''Коллеги, добрый день.

В понедельник 14.12 в столовую на Лиговском ожидается плановая проверка Роспотребнадзора (информация размещена в ЕРКНМ, уведомление пришло через Госуслуги). Прошу до пятницы проверить журналы бракеража, медкнижки персонала и маркировку в холодильных камерах.

Любые «решения о проверке» по почте со ссылками или вложениями HTML - это мошенничество, не открывайте их.

Андрей Соколов
Руководитель офиса | Example Group Rus'''
A(M('ru', 'vnutrennee-proverka-rospotrebnadzor', who('ru_mgr'), [who('ru_acc')],
    'Плановая проверка Роспотребнадзора 14.12', T(2026, 12, 7, 13, 20, tz='RU'), internal(lang='ru-RU', client_ip='10.27.0.18'),
    altpart(t40, 'windows-1251', 'base64'),
    'Internal heads-up from the Russian office manager about a planned Rospotrebnadzor inspection.',
    'Internal relay path, refers to official channels, no links. Hard negative of attack 39.', hcs='windows-1251', tz='RU'))
