"""Genuine business messages 32-40: Greek (5), Russian (4)."""
import ids
import systems as SY
from common import multi, text, utc
from kit import alt, bnd, esp_html, mixed, pdf_att, d
from message import Msg
from people import S, LOGI, OFTH, TACHY, NORD, BALT, EG_RU_INN

MSGS = []


def add(f):
    MSGS.append(f())
    return f


# ------------------------------------------------------------------ 32
@add
def b32():
    t = """Καλημέρα κυρία Καραγιάννη,

Ολοκληρώσαμε τον έλεγχο των διαβιβάσεων στο myDATA για τον Οκτώβριο. Από τη συμφωνία με τα λογιστικά βιβλία προκύπτουν 3 παραστατικά αγορών που δεν έχουν ακόμη χαρακτηριστεί από την πλευρά σας:

- Τιμολόγιο 4471/2026 της Ταχυμεταφορές Μακεδονίας Α.Ε. (ΜΑΡΚ 400001934812277)
- Τιμολόγιο Α-1188 της Οπτικής Χονδρικής Βορείου Ελλάδος (ΜΑΡΚ 400001935004176)
- Πιστωτικό 212 της Lentiva Optical (ενδοκοινοτικό, χωρίς ΜΑΡΚ)

Θα σας παρακαλούσα να μου στείλετε τα πρωτότυπα έως την Πέμπτη, ώστε να γίνει ο χαρακτηρισμός πριν από την υποβολή της περιοδικής δήλωσης ΦΠΑ. Είμαστε εντός προθεσμίας, δεν τίθεται θέμα προστίμου.

Όσον αφορά το μήνυμα «ΑΑΔΕ - myDATA» που μου προωθήσατε χθες: δεν προέρχεται από την ΑΑΔΕ, μην ανοίξετε τον σύνδεσμο και μην δώσετε κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια μηνύματα.

Με εκτίμηση,

Γιάννης Δημητρίου
Λογιστής - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Δημητρίου
Εγνατίας 128, 546 30 Θεσσαλονίκη
Τηλ. 2310 256 418"""
    return Msg('el', 'logistis-mydata-ekkremotites',
               when=utc(2026, 11, 10, 13, 15, zone='GR'),
               route=SY.exim_cpanel('server7.grhost-cloud.gr', '185.4.133.27', '94.66.58.210', zone='GR',
                                    name='accountant\'s cPanel hosting (Exim), Outlook'),
               frm=LOGI['dim'], to=[S('gr_acc')], hdr_cs='windows-1253', hdr_mode='B',
               subject='Διαβίβαση παραστατικών Οκτωβρίου στο myDATA - εκκρεμότητες',
               body=alt(t, 'windows-1253', 'quoted-printable', 'outlook_alt', 'b32', lang='EL'),
               extra=[('Content-Language', 'el')],
               what='External accountant lists three purchase invoices still to be classified in myDATA and comments on the fake AADE e-mail.',
               why='Genuine: known accountant on his usual hosting/Outlook from a Greek IP, concrete MARK numbers, no link, no credentials requested; it even flags the phishing.',
               pair=[(32, 'myDATA discrepancies and deadlines; genuine one from the accountant, no login link')])


# ------------------------------------------------------------------ 33
@add
def b33():
    t = """Αγαπητέ κύριε Παπαδόπουλε,

Σας ευχαριστώ για την άμεση εξυπηρέτηση των ασθενών που σας παραπέμψαμε τον Σεπτέμβριο. Όπως συζητήσαμε τηλεφωνικά, θα θέλαμε να συνεχίσουμε τη συνεργασία για τις εφαρμογές φακών επαφής (κυρίως τορικοί φακοί και ορθοκερατολογία για παιδιά με μυωπία).

Προτείνω να ορίσουμε μία σταθερή ημέρα την εβδομάδα, π.χ. κάθε Τετάρτη απόγευμα, όπου ο οπτομέτρης σας θα εξυπηρετεί τις παραπομπές μας στο κατάστημα της Τσιμισκή. Οι συνταγές θα εκδίδονται όπως και πριν μέσω της ηλεκτρονικής συνταγογράφησης. Ιατρικά δεδομένα δεν αποστέλλουμε με email.

Είμαι διαθέσιμος για μια σύντομη συνάντηση την επόμενη εβδομάδα.

Με εκτίμηση,

Δρ. Γιώργος Αντωνίου
Χειρουργός Οφθαλμίατρος
Οφθαλμολογικό Κέντρο Θεσσαλονίκης
Μητροπόλεως 71, 546 22 Θεσσαλονίκη
Τηλ. 2310 268 904"""
    return Msg('el', 'ofthalmiatros-synergasia-parapompes',
               when=utc(2026, 10, 21, 11, 44, zone='GR'),
               route=SY.postfix_submission('mail.ofthalmokentro-thess.gr', '79.129.44.18', client_ip='127.0.0.1',
                                           msgid_style='zimbra', mua=SY.MUA['zimbra'], name='clinic\'s own Zimbra server', zone='GR'),
               frm=OFTH['ant'], to=[S('gr_mgr')], hdr_cs='utf-8', hdr_mode='B',
               subject='Συνεργασία - παραπομπές ασθενών για φακούς επαφής',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b33'),
               what='Eye surgeon proposes a weekly slot for referred contact-lens patients at the Thessaloniki store.',
               why='Genuine: clinic\'s own Zimbra server on a Greek IP, relationship context, no attachment or link, explicitly no medical data by e-mail.')


# ------------------------------------------------------------------ 34
@add
def b34():
    track = 'https://www.tachymetafores-makedonias.gr/track/84471902317'
    t = """Αγαπητέ πελάτη,

Η αποστολή με αριθμό 84471902317 από LENTIVA OPTICAL GMBH (3 δέματα, 11,4 kg) έχει παραληφθεί από το κέντρο διαλογής Σίνδου και θα παραδοθεί σήμερα 08/12/2026 μεταξύ 10:00 και 14:00 στη διεύθυνση:

EXAMPLE GROUP HELLAS - ΚΑΤΑΣΤΗΜΑ ΤΣΙΜΙΣΚΗ
Τσιμισκή 84, 546 22 Θεσσαλονίκη

Δεν απαιτείται καμία ενέργεια ή πληρωμή από μέρους σας. Αν επιθυμείτε αλλαγή ημέρας παράδοσης, μπορείτε να το δηλώσετε στο %s ή στο 2310 751 200.

Ταχυμεταφορές Μακεδονίας Α.Ε.""" % track
    h = esp_html('iso-8859-7', [
        ('h', 'Ενημέρωση αποστολής'),
        ('kv', [('Αριθμός αποστολής', '84471902317'), ('Αποστολέας', 'LENTIVA OPTICAL GMBH'),
                ('Δέματα / βάρος', '3 / 11,4 kg'), ('Παράδοση', '08/12/2026, 10:00 - 14:00')]),
        ('p', 'EXAMPLE GROUP HELLAS - ΚΑΤΑΣΤΗΜΑ ΤΣΙΜΙΣΚΗ\nΤσιμισκή 84, 546 22 Θεσσαλονίκη'),
        ('p', 'Δεν απαιτείται καμία ενέργεια ή πληρωμή από μέρους σας.'),
        ('link', 'Παρακολούθηση αποστολής', track),
        ('small', 'Ταχυμεταφορές Μακεδονίας Α.Ε. - Τηλ. 2310 751 200')], color='#0d4f8b', brand='Ταχυμεταφορές Μακεδονίας')
    return Msg('el', 'courier-enimerosi-paradosis',
               when=utc(2026, 12, 8, 9, 5, zone='GR'),
               route=SY.postfix_submission('mail.tachymetafores-makedonias.gr', '83.235.178.40', client_ip='127.0.0.1',
                                           msgid_style='other', name='courier\'s own tracking system + Postfix', zone='GR'),
               frm=TACHY['noreply'], to=[S('gr_mgr')], hdr_cs='iso-8859-7', hdr_mode='B',
               subject='Ενημέρωση αποστολής 84471902317 - παράδοση σήμερα 08/12',
               body=alt(t, 'iso-8859-7', 'base64', 'html', 'b34', html=h),
               extra=[('Auto-Submitted', 'auto-generated')],
               what='Regional courier notifies delivery of a lens shipment from the German supplier today.',
               why='Genuine: courier\'s own domain and server, shipper matches a real supplier, "no action or payment required", tracking link on the courier\'s own domain.',
               pair=[(34, 'courier delivery notification; genuine one asks for nothing and links to its own domain')])


# ------------------------------------------------------------------ 35
@add
def b35():
    t = """Καλησπέρα σας,

Στις 12 Οκτωβρίου παρήγγειλα στο κατάστημά σας στην Τσιμισκή γυαλιά οράσεως με πολυεστιακούς φακούς (αρ. παραγγελίας ΘΕΣ-26-3318) και μου είπαν ότι θα είναι έτοιμα σε 10 ημέρες. Έχουν περάσει τρεις εβδομάδες και κάθε φορά που τηλεφωνώ μου λένε ότι «ακόμα δεν ήρθαν οι φακοί από τη Γερμανία».

Έχω πληρώσει ήδη προκαταβολή 150 ευρώ και χρειάζομαι τα γυαλιά για τη δουλειά μου. Θα ήθελα να μάθω πότε ακριβώς θα είναι έτοιμα, αλλιώς να μου επιστραφεί η προκαταβολή.

Ευχαριστώ,
Μαρία Κωνσταντίνου
Τηλ. 6944 318 207"""
    return Msg('el', 'parapono-pelatissas-kathysterisi',
               when=utc(2026, 11, 2, 21, 17, zone='GR'), route=SY.otenet('94.69.201.33'),
               frm=('Μαρία Κωνσταντίνου', 'mkonstantinou@otenet.gr'), to=[S('gr_mgr')], hdr_cs='iso-8859-7', hdr_mode='B',
               subject='Παράπονο για καθυστέρηση παραγγελίας γυαλιών',
               body=text(t, 'plain', 'iso-8859-7', '8bit'),
               what='Customer complains that her varifocal glasses are three weeks late and asks for a date or a refund of the deposit.',
               why='Genuine: consumer webmail (otenet/Cosmote) from a Greek IP, concrete order number, no link/attachment; refund request is to the store, not to a new account.')


# ------------------------------------------------------------------ 36
@add
def b36():
    t = """Ελένη καλημέρα,

Ο ιδιοκτήτης του καταστήματος της Τσιμισκή (κ. Σαββίδης) μου τηλεφώνησε ότι δεν έχει λάβει ακόμα το ενοίκιο Δεκεμβρίου. Μπορείς να το ελέγξεις και, αν δεν έχει φύγει, να το περάσεις σήμερα για έγκριση;

Ποσό: 6.200,00 € (σύμφωνα με το μισθωτήριο, μετά την αναπροσαρμογή του Ιουλίου)
Λογαριασμός: ο γνωστός λογαριασμός του ιδιοκτήτη στην Εθνική, όπως είναι καταχωρημένος στο ERP - δεν έχει αλλάξει τίποτα.

Είναι λίγο επείγον, γιατί το μισθωτήριο προβλέπει πληρωμή έως τη 10η του μήνα. Ευχαριστώ!

Νίκος

Nikos Papadopoulos
Country Manager Greece
Example Group Hellas Μ.Α.Ε.
Τσιμισκή 84, 546 22 Θεσσαλονίκη
Τηλ. +30 2310 287 400"""
    return Msg('el', 'enoikio-katastimatos-esoteriko',
               when=utc(2026, 12, 11, 10, 30, zone='GR'), route=SY.exchange_int('10.60.10.11', 'EXCH01', lang='el-GR', zone='GR'),
               frm=S('gr_mgr'), to=[S('gr_acc')], hdr_cs='windows-1253', hdr_mode='B',
               subject='Πληρωμή ενοικίου Δεκεμβρίου - κατάστημα Τσιμισκή',
               body=alt(t, 'windows-1253', 'quoted-printable', 'exchange', 'b36', lang='EL'),
               what='Greek country manager asks the accountant to check and release the overdue December rent of the flagship store.',
               why='Genuine internal request via Exchange/relay: known landlord and ERP-registered account, "nothing has changed", normal approval flow.')


# ------------------------------------------------------------------ 37
@add
def b37():
    total = 486310.00
    vat = round(total * 22 / 122, 2)
    amount = '{:,.2f}'.format(total).replace(',', ' ').replace('.', ',')
    vat_s = '{:,.2f}'.format(vat).replace(',', ' ').replace('.', ',')
    t = """Добрый день!

Направляем счёт на оплату № 1874 от 12.11.2026 по договору поставки № 14/2024 от 15.01.2024 (линзы, оправы, растворы по заказу № ЗК-2217).

Сумма к оплате: %s руб., в т. ч. НДС 22%% — %s руб.
Срок оплаты: до 26.11.2026

Реквизиты прежние:
Получатель: ООО «Оптика-Норд»
ИНН/КПП: %s/%s
Банк: ПАО Сбербанк (Северо-Западный банк), г. Санкт-Петербург
БИК: %s
Р/с: %s
К/с: %s

Оригиналы счёта-фактуры и УПД направим через ЭДО (Диадок).

С уважением,
бухгалтерия ООО «Оптика-Норд»
тел. +7 (812) 407-18-30""" % (amount, vat_s, NORD['inn'], NORD['kpp'], NORD['bik'], NORD['acc'], NORD['corr'])
    pdf = pdf_att('Счет_1874_от_12.11.2026.pdf', [
        '# ООО «Оптика-Норд»', 'ИНН ' + NORD['inn'] + ' КПП ' + NORD['kpp'] + ' ОГРН ' + NORD['ogrn'],
        'Банк получателя: ПАО Сбербанк, БИК ' + NORD['bik'], 'Р/с ' + NORD['acc'] + '  К/с ' + NORD['corr'], '',
        '## Счёт на оплату № 1874 от 12.11.2026', '',
        'Покупатель: ООО «Экзампл Груп», ИНН ' + EG_RU_INN, 'Основание: договор поставки № 14/2024 от 15.01.2024', '',
        'N  Наименование                               Кол-во   Сумма, руб.',
        '1  Линзы очковые 1.6 асферические, пара          420     218 400,00',
        '2  Оправы металлические, ассортимент             310     213 900,00',
        '3  Раствор для контактных линз 360 мл            600      54 010,00', '',
        'Итого: ' + amount + ' руб.   В т. ч. НДС 22%: ' + vat_s + ' руб.', '',
        'Генеральный директор ______ И. П. Лебедев    Главный бухгалтер ______ Н. С. Орлова'],
        title='Счёт 1874', author='buh', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3', date=d(2026, 11, 12, 12, 31))
    body = mixed([alt(t, 'windows-1251', 'quoted-printable', 'outlook_alt', 'b37', lang='RU'), pdf], 'outlook', 'b37')
    return Msg('ru', 'postavshchik-schet-na-oplatu',
               when=utc(2026, 11, 12, 12, 40, zone='RU'),
               route=SY.yandex360(mua='outlook', client_ip='95.55.12.44', msgid_style='outlook'),
               frm=NORD['buh'], to=[S('ru_acc')], hdr_cs='windows-1251', hdr_mode='B',
               subject='Счёт на оплату № 1874 от 12.11.2026', body=body, extra=[('Content-Language', 'ru')],
               what='Supplier\'s accounting sends an invoice (счёт) with PDF, payment to the usual Sberbank account.',
               why='Genuine: real supplier domain on Yandex 360, "реквизиты прежние" (account valid for the Sberbank North-West BIK), contract reference, originals via EDO (Diadoc).',
               pair=[(38, 'same supplier and bank details topic; genuine one keeps the existing Sberbank account')])


# ------------------------------------------------------------------ 38
@add
def b38():
    t = """Здравствуйте, Дмитрий!

Выполнен вход в ваш аккаунт Яндекс ID d.sokolov-eg.

Когда: 14.10.2026 в 22:08 (МСК)
Устройство: Windows 11, Яндекс Браузер
Место: Санкт-Петербург, Россия
IP-адрес: 95.55.12.44

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте настройки безопасности на странице https://id.yandex.ru/security

С уважением,
команда Яндекс ID"""
    h = esp_html('utf-8', [
        ('h', 'Вход в аккаунт'),
        ('p', 'Здравствуйте, Дмитрий!\n\nВыполнен вход в ваш аккаунт Яндекс ID d.sokolov-eg.'),
        ('kv', [('Когда', '14.10.2026 в 22:08 (МСК)'), ('Устройство', 'Windows 11, Яндекс Браузер'),
                ('Место', 'Санкт-Петербург, Россия'), ('IP-адрес', '95.55.12.44')]),
        ('p', 'Если это были вы, ничего делать не нужно.'),
        ('link', 'Если вы не входили в аккаунт, смените пароль', 'https://id.yandex.ru/security'),
        ('small', 'С уважением,\nкоманда Яндекс ID')], color='#fc3f1d', brand='Яндекс ID', font='YS Text,Arial,sans-serif')
    return Msg('ru', 'yandex-id-uvedomlenie-o-vhode',
               when=utc(2026, 10, 14, 22, 8, zone='RU'), route=SY.yandex_id(),
               frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S('ru_mgr')], hdr_cs='utf-8', hdr_mode='B',
               subject='Вход в аккаунт Яндекс ID', body=alt(t, 'utf-8', 'base64', 'html', 'b38', html=h),
               what='Yandex ID sign-in notice for the account the Russian office uses for Yandex Business/Maps store listings.',
               why='Genuine Yandex notification from noreply@id.yandex.ru via Yandex forwarders; sign-in from the office IP, informational, links only to id.yandex.ru.')


# ------------------------------------------------------------------ 39
@add
def b39():
    t = """Дмитрий Александрович, добрый день!

Сообщаю, что я заболела, сегодня открыт больничный. Номер электронного листка нетрудоспособности — 910284417563, он уже отображается в СФР, Аня из отдела кадров может его проверить.

Пишу с личной почты, рабочий ноутбук остался в офисе. Платёжки на этой неделе подписывать не смогу — если что-то срочное по «Оптике-Норд» или брокеру, всё лежит в 1С на согласовании, провести может Марина по доверенности.

Надеюсь выйти в понедельник.

Ольга"""
    return Msg('ru', 'bolnichnyi-s-lichnoi-pochty',
               when=utc(2026, 12, 16, 8, 2, zone='RU'), route=SY.mailru_web('178.66.19.207'),
               frm=('Ольга Васильева', 'olga.vasilyeva78@mail.ru'), to=[S('ru_mgr')], hdr_cs='utf-8', hdr_mode='B',
               subject='Больничный', body=text(t, 'plain', 'utf-8', 'base64'),
               what='The chief accountant reports sick leave (electronic certificate number) from her private Mail.ru mailbox.',
               why='Genuine: colleague writing privately from a St Petersburg consumer IP, verifiable ELN number, payments stay in the normal 1C approval with a proxy – no new instructions.')


# ------------------------------------------------------------------ 40
@add
def b40():
    t = """Дмитрий Александрович, добрый день.

Декларация на товары 10216170/091226/3145678 (оправы и очковые линзы, отправители Occhialeria Dolomiti S.r.l. и Lentiva Optical GmbH, 38 мест) выпущена Балтийской таможней сегодня в 15:42. Груз можно забирать с СВХ "Петролеспорт" завтра с 9:00, пропуск на машину заказан.

Таможенные платежи (пошлина, НДС, сбор за таможенные операции) списаны с вашего единого лицевого счёта в ФТС, отдельно ничего оплачивать не нужно. Расчёт платежей прилагаю.

Счёт за наши услуги (декларирование и экспедирование) будет в ЭДО, оплата в течение 5 банковских дней по реквизитам из договора, они не менялись.

С уважением,
Павел Смирнов
специалист по таможенному оформлению
ООО "Балтика-Декларант"
тел. +7 (812) 336-47-90"""
    pdf = pdf_att('Расчет_платежей_ДТ_3145678.pdf', [
        '# Расчёт таможенных платежей', 'ДТ 10216170/091226/3145678   Декларант: ООО «Экзампл Груп», ИНН ' + EG_RU_INN, '',
        'Код  Вид платежа                              Сумма, руб.',
        '1010 Сбор за таможенные операции                  30 000,00',
        '2010 Ввозная таможенная пошлина                  142 486,20',
        '5010 НДС                                          683 371,80', '',
        'Итого списано с ЕЛС:                            855 858,00', '',
        'Таможенный представитель: ' + BALT['org'] + ', ИНН ' + BALT['inn'],
        'Реквизиты представителя: АО «АБ «РОССИЯ», БИК ' + BALT['bik'],
        'Р/с ' + BALT['acc'] + '  К/с ' + BALT['corr']],
        title='Расчёт платежей', author='Смирнов П.', creator='Альта-ГТД', producer='Альта-ГТД', date=d(2026, 12, 10, 16, 1))
    body = mixed([text(t, 'plain', 'koi8-r', 'quoted-printable'), pdf], 'thebat', 'b40')
    return Msg('ru', 'tamozhennyi-broker-vypusk-dt',
               when=utc(2026, 12, 10, 16, 18, zone='RU'),
               route=SY.postfix_submission('mail.baltika-declarant.ru', '91.203.176.33', client_ip='78.37.101.90',
                                           msgid_style='thebat', mua=SY.MUA['thebat'], name='broker\'s own Postfix server, The Bat!', zone='RU'),
               frm=('Павел Смирнов', 'p.smirnov@baltika-declarant.ru'), to=[S('ru_mgr')], hdr_cs='koi8-r', hdr_mode='B',
               subject='ДТ 10216170/091226/3145678 выпущена - расчёт платежей', body=body,
               what='Customs broker reports the release of an import declaration; duties were debited from the company\'s FTS account; calculation PDF.',
               why='Genuine: known broker on its own server (The Bat!), real declaration number format, nothing to pay via link, invoice via EDO to contract details.',
               pair=[(39, 'customs duties on a shipment from Italy; genuine broker says nothing needs to be paid, the fake asks for card payment')])
