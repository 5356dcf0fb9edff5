"""Genuine business messages 32-40: Greek and Russian."""

import checks as C
import infra as I
import tpl
from company import S, SN, A, EG_GR, EG_RU, KARA, TIV
from mime import Text, Att, Multi, outlook_html, gmail_html, esc
from msg import M
from tpl import alt, ol_att, pdf_doc, notice_html

F = 'business'

# ====================================================================== 32
B32 = """Καλημέρα σας,

σας αποστέλλουμε συνημμένο το τιμολόγιο παροχής υπηρεσιών φασόν 2026/0934 για την παραγωγή 1.850 τεμ. πλεκτών πουλόβερ (παραγγελία EG-GR-26-077). Το παραστατικό έχει ήδη διαβιβαστεί στο myDATA (ΜΑΡΚ {mark}).

Καθαρή αξία: 14.800,00 €
ΦΠΑ 24%: 3.552,00 €
Σύνολο: 18.352,00 €

Η εξόφληση γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς ({iban}), με πίστωση 45 ημερών.

Με εκτίμηση,
Λογιστήριο
Πλεκτήριο Καραγιάννη Α.Ε.
ΒΙ.ΠΑ. Κιλκίς, 61100 Κιλκίς
Τηλ. 23410 2 48 60
"""
MARK = '400001945872331'


def b32_pdf():
    return pdf_doc('Τιμολόγιο 2026/0934', 'Karagiannis', [
        ('h1', 'ΠΛΕΚΤΗΡΙΟ ΚΑΡΑΓΙΑΝΝΗ Α.Ε.'), ('s', 'ΒΙ.ΠΑ. Κιλκίς, 61100 Κιλκίς · Α.Φ.Μ. %s · ΔΟΥ Κιλκίς' % KARA['afm']), ('rule', ''), ('gap', ''),
        ('h2', 'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ 2026/0934'), ('n', 'Ημερομηνία: 05/11/2026 · ΜΑΡΚ: %s' % MARK), ('gap', ''),
        ('n', 'Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. · Α.Φ.Μ. %s · ΔΟΥ ΦΑΕ Θεσσαλονίκης' % EG_GR['afm']), ('gap', ''),
        ('monolines', """Περιγραφή                                   Ποσότητα   Τιμή     Αξία
Πλέξιμο & φινίρισμα πουλόβερ (φασόν)         1.850      8,00   14.800,00
παραγγελία EG-GR-26-077
                                  Καθαρή αξία              14.800,00
                                  ΦΠΑ 24%                   3.552,00
                                  Σύνολο                   18.352,00"""), ('gap', ''),
        ('n', 'Τρόπος πληρωμής: Πίστωση 45 ημερών · %s · IBAN %s' % (KARA['bank'], C.fmt_iban(KARA['iban']))),
    ], creator='SoftOne ERP', producer='SoftOne Reports', date="20261105105811+02'00'")


# ====================================================================== 33
B33 = """Καλησπέρα Ελένη,

κάναμε τη συμφωνία των παραστατικών Οκτωβρίου στο myDATA και βρήκαμε τις παρακάτω αποκλίσεις:

1. Τιμολόγιο αγοράς 2026/0871 της ΚΛΩΣΤΟΫΦΑΝΤΟΥΡΓΙΑΣ ΝΑΟΥΣΗΣ (ΜΑΡΚ 400001938124519): δεν έχει γίνει χαρακτηρισμός εξόδων.
2. Πιστωτικό 112 της ACS: υπάρχει στο myDATA αλλά δεν το έχουμε λάβει σε χαρτί ή PDF.
3. Τιμολόγιο πώλησης ΤΠΥ 0358: η καθαρή αξία στο myDATA (2.415,00 €) διαφέρει από το βιβλίο (2.451,00 €) - μάλλον λάθος πληκτρολόγησης.

Μπορείς να μου στείλεις το PDF του πιστωτικού και να επιβεβαιώσεις το ποσό του 0358; Τις διορθώσεις στο myDATA θα τις κάνουμε εμείς από το γραφείο, δεν χρειάζεται να μπεις εσύ στην πλατφόρμα.

Η προθεσμία για τον ΦΠΑ Οκτωβρίου είναι 30/11, οπότε καλό θα ήταν να τα έχουμε μέχρι την Παρασκευή.

Φιλικά,
Δημήτρης Μαυρίδης
Λογιστικό Γραφείο Δ. Μαυρίδη
Εγνατίας 128, 54630 Θεσσαλονίκη
Τηλ. 2310 28 41 96
"""

# ====================================================================== 34
B34 = """Αγαπητέ πελάτη,

σας ενημερώνουμε ότι η αποστολή με αριθμό 7412093561 παραδόθηκε σήμερα 28/10/2026 στις 14:18.

Παραλήπτης: EXAMPLE GROUP HELLAS
Παρελήφθη από: ΠΑΠΑΔΟΠΟΥΛΟΣ Ν.
Κατάστημα: Σίνδος (Θεσσαλονίκη)

Μπορείτε να δείτε την πορεία της αποστολής στη διεύθυνση https://www.acscourier.net/el/track-and-trace?generalCode=7412093561

Η ACS δεν ζητά ποτέ πληρωμή μέσω συνδέσμων σε SMS ή email.

Με εκτίμηση,
ACS Courier
"""

# ====================================================================== 35
B35 = """Καλησπέρα σας,

ονομάζομαι Δέσποινα Λαμπράκη και έχω κατάστημα γυναικείας ένδυσης στο Ηράκλειο Κρήτης (Boutique Despina, Δαιδάλου 22). Είδα τη συλλογή σας στην έκθεση της Θεσσαλονίκης τον Οκτώβριο και θα ήθελα να ενημερωθώ για τους όρους χονδρικής.

Θα μπορούσατε να μου στείλετε τον κατάλογο Άνοιξη-Καλοκαίρι 2027, τον τιμοκατάλογο χονδρικής και την ελάχιστη ποσότητα παραγγελίας; Με ενδιαφέρουν κυρίως πλεκτά και φορέματα.

Τα στοιχεία της επιχείρησης: Α.Φ.Μ. {afm}, ΔΟΥ Ηρακλείου. Αν χρειάζεστε κάτι άλλο για το άνοιγμα καρτέλας πελάτη, πείτε μου.

Ευχαριστώ,
Δέσποινα Λαμπράκη
Boutique Despina
Τηλ. 2810 34 12 87
"""

# ====================================================================== 36
B36 = """Καλημέρα Ελένη,

σου γράφω από το προσωπικό μου mail γιατί από χθες το βράδυ το laptop της δουλειάς δεν ανοίγει καθόλου (μαύρη οθόνη, ανάβει μόνο το λαμπάκι της μπαταρίας). Το έχω ήδη δηλώσει τηλεφωνικά στο helpdesk της Γερμανίας και θα μου στείλουν αντικαταστάτη μέσα στην εβδομάδα.

Μέχρι τότε δεν έχω πρόσβαση στο Outlook και στο ERP. Αν προκύψει κάτι επείγον, πάρε με στο κινητό. Μη μου στέλνεις τιμολόγια ή στοιχεία πληρωμών σε αυτή τη διεύθυνση - ό,τι χρειάζεται έγκριση το βλέπουμε όταν έρθω στο γραφείο την Πέμπτη.

Νίκος
"""

# ====================================================================== 37
B37 = """Добрый день, Елена!

Направляем счет на оплату N 1187 от 02.11.2026 по договору поставки N 14/2025 от 15.01.2025 (ткань костюмная полушерстяная, арт. ТК-2204, 3 600 пог. м).

Сумма к оплате: 1 283 400,00 руб., в т.ч. НДС 22% - 231 432,79 руб.
Срок оплаты: до 16.11.2026.

Реквизиты для оплаты (без изменений):
Получатель: ООО "Текстиль-Иваново"
ИНН/КПП: {inn}/{kpp}
Р/с: {acct}
Банк: Ивановское отделение N 8639 ПАО Сбербанк
БИК: {bik}
К/с: {corr}

УПД направим через Диадок после отгрузки. Отгрузка со склада в Иваново - 18.11.2026 после поступления оплаты.

С уважением,
Ольга Смирнова
менеджер отдела продаж
ООО "Текстиль-Иваново"
тел. +7 (4932) 58-14-70
"""


def b37_pdf():
    return pdf_doc('Счет на оплату № 1187', 'Текстиль-Иваново', [
        ('h2', 'Ивановское отделение № 8639 ПАО Сбербанк'), ('n', 'БИК %s   Сч. № %s' % (TIV['bik'], TIV['corr'])),
        ('n', 'ИНН %s   КПП %s   Сч. № %s' % (TIV['inn'], TIV['kpp'], TIV['acct'])), ('n', 'Получатель: ООО «Текстиль-Иваново»'), ('rule', ''),
        ('h1', 'Счет на оплату № 1187 от 2 ноября 2026 г.'), ('rule', ''),
        ('n', 'Поставщик: ООО «Текстиль-Иваново», ИНН %s, КПП %s, 153002, г. Иваново, ул. Кузнецова, д. 67' % (TIV['inn'], TIV['kpp'])),
        ('n', 'Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП %s, 127015, г. Москва, ул. Бутырская, д. 62' % (EG_RU['inn'], EG_RU['kpp'])),
        ('n', 'Основание: Договор поставки № 14/2025 от 15.01.2025'), ('gap', ''),
        ('monolines', """№  Товар                                         Кол-во   Ед.   Цена      Сумма
1  Ткань костюмная п/ш, арт. ТК-2204, шир. 150   3 600    м    356,50   1 283 400,00
                                                   Итого:                 1 283 400,00
                                                   В том числе НДС 22%:     231 432,79
                                                   Всего к оплате:        1 283 400,00"""), ('gap', ''),
        ('n', 'Всего наименований 1, на сумму 1 283 400,00 руб.'),
        ('n', 'Один миллион двести восемьдесят три тысячи четыреста рублей 00 копеек'), ('gap', ''),
        ('n', 'Руководитель ________ /А.В. Крылов/        Бухгалтер ________ /Н.П. Лебедева/'),
    ], creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3', date="20261102123522+03'00'")


# ====================================================================== 38
B38 = """Здравствуйте, Дмитрий!

Выполнен вход в ваш аккаунт Яндекс ID d.sokolov.eg с нового устройства.

Устройство: Chrome, Windows 11
Местоположение: Москва, Россия
Время: 13 ноября 2026 г. в 19:01 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и завершите все сеансы: https://id.yandex.ru/security

С заботой о безопасности,
команда Яндекс ID
"""

# ====================================================================== 39
B39 = """Здравствуйте!

Вам пришел документ в Диадок.

От кого: ООО «Текстиль-Иваново», ИНН {inn}
Кому: ООО «Экзампл Груп Рус»
Документ: УПД № 1187 от 18.11.2026 на сумму 1 283 400,00 руб.

Чтобы посмотреть и подписать документ, войдите в Диадок: https://diadoc.kontur.ru

Это письмо отправлено автоматически. Настроить уведомления можно в разделе «Настройки» — «Уведомления по email».

Контур.Диадок — система обмена электронными документами
"""

# ====================================================================== 40
B40 = """Елена, добрый день.

Звонили из управляющей компании бизнес-центра: счет за аренду офиса за декабрь (счет N 2026-12/412 от 25.11.2026, 486 000,00 руб.) нужно оплатить сегодня до 16:00, иначе с завтрашнего дня по договору начисляются пени.

Счет лежит в 1С и в папке "Аренда" на общем диске, я его согласовал. Платите, пожалуйста, по реквизитам из договора аренды, как обычно, ничего не меняем. Если банк-клиент запросит второе подтверждение, Сабина в Германии в курсе, я ей написал.

Спасибо!

Дмитрий Соколов
Руководитель офиса
ООО "Экзампл Груп Рус"
тел. +7 495 646-18-31
"""


def messages():
    L = []
    # 32
    txt = B32.format(mark=MARK, iban=C.fmt_iban(KARA['iban']))
    L.append(M(F, 32, 'el', 'karagiannis-timologio', '2026-11-05 11:05:38', 'GR',
               KARA['log'], [SN('georgiou')], 'Τιμολόγιο 2026/0934 - Example Group Hellas',
               I.vps_postfix('mail.karagiannis-knit.gr', 'mail.karagiannis-knit.gr', '62.103.153.42', client_ip='192.168.1.20',
                             client_host='logistirio-pc.karagiannis.local', mailer='Microsoft Outlook 16.0',
                             msgid_style='outlook_desktop', bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP,
                             zone='GR', hcs='windows-1253', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtPbA1kE2cQ7m9rS0tZxV4yWn3aHg=='), ('Content-Language', 'el')]),
               Multi('mixed', [Text('plain', txt, 'windows-1253', 'quoted-printable'),
                               tpl.pdf_att(b32_pdf(), 'TPY_2026_0934.pdf', 'outlook_desktop')]),
               'Invoice for contract knitting from the Kilkis factory, already transmitted to myDATA, PDF attached.',
               'Real karagiannis-knit.gr domain from its own mail server in Greece; usual Piraeus account; ΜΑΡΚ '
               'number given; no change or pressure.',
               hardneg=[33]))
    # 33
    L.append(M(F, 33, 'el', 'logistis-mydata-apokliseis', '2026-11-17 13:44:20', 'GR',
               ('Δημήτρης Μαυρίδης', 'info@mavridis-logistiki.gr'), [SN('georgiou')], 'Αποκλίσεις myDATA Οκτωβρίου',
               I.vps_postfix('mail.mavridis-logistiki.gr', 'mail.mavridis-logistiki.gr', '185.4.134.41', client_ip='79.129.48.210',
                             client_host='adsl-79-129-48-210.thess.hol.gr', mailer='Microsoft Outlook 16.0',
                             msgid_style='outlook_desktop', bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP,
                             zone='GR', hcs='iso-8859-7', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtY3m0fQ1kR8s2nT5pLwX7bVc9aZg=='), ('Content-Language', 'el')]),
               Text('plain', B33, 'iso-8859-7', 'quoted-printable'),
               'External accountant lists myDATA discrepancies and asks for one missing document.',
               'Known accountant; explicitly says they will correct myDATA themselves and the user need not log in; '
               'no link; realistic VAT deadline.',
               hardneg=[32]))
    # 34
    paras = [esc(p).replace('\n', '<br>') for p in B34.split('\n\n')[:-1]]
    html = notice_html('ACS Courier', '#ee1c25', 'Η αποστολή σας παραδόθηκε', paras,
                       footer='ACS Ταχυδρομικές Υπηρεσίες Μονοπρόσωπη Α.Ε. · Αυτόματο μήνυμα', lang='el')
    L.append(M(F, 34, 'el', 'acs-paradosi-apostolis', '2026-10-28 14:31:06', 'GR',
               ('ACS Courier', 'no-reply@acscourier.net'), [SN('papadopoulos')], 'ACS: Η αποστολή σας 7412093561 παραδόθηκε',
               I.generic_esp('mailgw2.acscourier.net', '194.219.204.61', zone='GR', bstyle='java', tls='1.2',
                             received_fmt=['from notify01.acscourier.local (unknown [10.10.40.21])\n\tby mailgw2.acscourier.net (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{uuid}@acscourier.net>', hcs='utf-8', henc='B'),
               alt(B34, html, 'utf-8', 'quoted-printable'),
               'Genuine courier delivery confirmation.',
               'Courier\'s own domain and relay; informational; tracking link on acscourier.net; states it never asks '
               'for payments by link.',
               hardneg=[34]))
    # 35
    txt = B35.format(afm=C.gr_afm('12847596'))
    L.append(M(F, 35, 'el', 'nea-boutique-aitima-katalogou', '2026-11-02 12:12:45', 'GR',
               ('Δέσποινα Λαμπράκη', 'info@despinaboutique.gr'), [SN('papadopoulos')],
               'Ενδιαφέρον για συνεργασία - κατάλογος χονδρικής',
               I.vps_postfix('cloud41.papaki.gr', 'cloud41.papaki.gr', '185.4.134.141', client_ip='94.66.58.117',
                             client_host='ppp-94-66-58-117.home.otenet.gr', mailer='Microsoft Outlook 16.0',
                             msgid_style='outlook_desktop', bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP,
                             zone='GR', hcs='iso-8859-7', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtNq2vL1mE8cR0xYk3pTg7sWb5aQw=='), ('Content-Language', 'el')]),
               alt(txt, outlook_html(txt, 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable'),
               'New retail customer asks for the wholesale catalogue and terms.',
               'Own small-business domain on a Greek host; asks to receive information, sends nothing executable, '
               'gives a valid tax number (ΑΦΜ) for the customer account - unlike attack 35.',
               hardneg=[35]))
    # 36
    L.append(M(F, 36, 'el', 'laptop-vlavi-prosopiko-mail', '2026-12-02 08:05:33', 'GR',
               ('Νίκος Παπαδόπουλος', 'npapadopoulos@otenet.gr'), [SN('georgiou')], 'Χάλασε το laptop',
               I.otenet('94.67.213.80', web=True), Text('plain', B36, 'windows-1253', '8bit'),
               'Greek office manager tells the accountant from his private otenet.gr mail that his laptop is broken.',
               'Private address of a real employee; forbids sending invoices or payment data there; no request.',
               hardneg=[40]))
    # 37
    txt = B37.format(inn=TIV['inn'], kpp=TIV['kpp'], acct=TIV['acct'], bik=TIV['bik'], corr=TIV['corr'])
    L.append(M(F, 37, 'ru', 'tekstil-ivanovo-schet', '2026-11-02 12:40:17', 'RU',
               ('Ольга Смирнова', TIV['olga'][1]), [SN('kuznetsova')], 'Счет на оплату N 1187 от 02.11.2026',
               I.yandex('91.203.176.44', web=False, fwd=('forward500a.mail.yandex.net', '178.154.239.80')),
               Multi('mixed', [Text('plain', txt, 'koi8-r', 'quoted-printable'),
                               Att('application/pdf', b37_pdf(), 'Счет_1187_от_02.11.2026.pdf', fname_style='2047:koi8-r')]),
               'Invoice from the Ivanovo fabric mill (1C-generated PDF) with unchanged Sberbank details.',
               'Real textil-ivanovo.ru domain on Yandex 360 sent with a desktop client from an Ivanovo ISP; account '
               'key digits valid for the Sberbank BIK; "requisites unchanged"; UPD announced via Diadoc.',
               client_helo='OLGA-PC', hcs='koi8-r', henc='B', hardneg=[38, 39],
               headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')]))
    # 38
    paras = [esc(p).replace('\n', '<br>') for p in B38.split('\n\n')]
    html = notice_html('Яндекс ID', '#fc3f1d', 'Вход в аккаунт', paras, footer='© 2026 ООО «Яндекс»', lang='ru')
    L.append(M(F, 38, 'ru', 'yandex-id-vhod', '2026-11-13 19:02:04', 'RU',
               ('Яндекс ID', 'noreply@id.yandex.ru'), [SN('sokolov')], 'Вход в аккаунт с нового устройства',
               I.generic_esp('forward500b.mail.yandex.net', '178.154.239.144', zone='MSK', bstyle='yandex',
                             received_fmt=['from mail-notify-production-main-37.vla.yp-c.yandex.net (mail-notify-production-main-37.vla.yp-c.yandex.net [2a02:6b8:c0d:2c9f:0:640:5a1e:0])\n\tby forward500b.mail.yandex.net (Yandex) with ESMTPS id {alnum16};\n\t{date}'],
                             msgid_fmt='<{d12}{ts}@passport.yandex.ru>', extra=[('X-Yandex-Fwd', '1'), ('X-Yandex-Service', 'passport')],
                             hcs='utf-8', henc='B'),
               Multi('alternative', [Text('plain', B38, 'utf-8', 'base64'), Text('html', html, 'utf-8', 'base64')]),
               'Genuine Yandex ID new-sign-in notice for the Moscow office manager.',
               'Yandex\'s own forward servers and domain; informational; only link to id.yandex.ru.'))
    # 39
    txt = B39.format(inn=TIV['inn'])
    paras = [esc(p).replace('\n', '<br>').replace('https://diadoc.kontur.ru', '<a href="https://diadoc.kontur.ru">https://diadoc.kontur.ru</a>') for p in txt.split('\n\n')]
    html = notice_html('Контур.Диадок', '#00a1b3', 'Новый документ', paras, footer='АО «ПФ «СКБ Контур» · diadoc.ru', lang='ru')
    L.append(M(F, 39, 'ru', 'diadok-novyi-upd', '2026-11-18 15:10:29', 'RU',
               ('Диадок', 'noreply@diadoc.ru'), [SN('kuznetsova')], 'Новый документ от ООО «Текстиль-Иваново»',
               I.generic_esp('mail-out7.kontur.ru', '46.17.203.77', zone='MSK', bstyle='java',
                             received_fmt=['from diadoc-notifier-3.kontur.ru (unknown [10.34.21.13])\n\tby mail-out7.kontur.ru (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{uuid}@diadoc.ru>', hcs='windows-1251', henc='B'),
               alt(txt, html, 'windows-1251', 'quoted-printable'),
               'Genuine Kontur.Diadok notification of the UPD for invoice 1187.',
               'Real diadoc.ru sender via Kontur\'s relay; link to diadoc.kontur.ru; document matches the supplier\'s '
               'invoice and shipment date.',
               hardneg=[39]))
    # 40
    L.append(M(F, 40, 'ru', 'sokolov-srochno-arenda-vnutr', '2026-12-01 13:12:55', 'RU',
               S('sokolov'), [S('kuznetsova')], 'Срочно: оплата аренды до 16:00',
               I.exchange_internal('EXCH01', '10.40.2.18', lang='ru-RU'),
               alt(B40, outlook_html(B40, 'koi8-r', 'RU'), 'koi8-r', 'quoted-printable'),
               'Moscow office manager\'s genuine urgent internal request to pay the December rent today.',
               'Internal Exchange origin; known recurring payee and invoice in 1C; explicitly "requisites from the '
               'contract, nothing changes"; HQ informed; no secrecy - contrast to attack 40.',
               hcs='koi8-r', henc='B', hardneg=[40]))
    return L
