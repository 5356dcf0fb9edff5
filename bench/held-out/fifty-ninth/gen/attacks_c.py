"""Attack messages 32-40: Greek and Russian."""

import base64

import checks as C
import infra as I
import media
import tpl
from company import S, SN, A, EG_GR, EG_RU, KARA, TIV, FRAUD
from mime import Text, Att, Multi, outlook_html, gmail_html, esc
from msg import M
from tpl import alt, gm_att, pdf_doc, notice_html

F = 'attack'

# ====================================================================== 32
A32 = """Αξιότιμε/η επιτηδευματία,

από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA για την επιχείρηση

EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.
Α.Φ.Μ.: {afm}

εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που διαβίβασε η επιχείρησή σας και εκείνων που διαβίβασαν οι αντισυμβαλλόμενοί σας για το γ' τρίμηνο 2026 (17 παραστατικά, συνολική διαφορά καθαρής αξίας 48.216,40 €).

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διόρθωση των αποκλίσεων επισύρει πρόστιμο. Παρακαλούμε να προβείτε στη διόρθωση εντός 5 εργάσιμων ημερών μέσω της εφαρμογής myDATA, με χρήση των κωδικών TAXISnet:

{link}

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
"""

# ====================================================================== 33
A33 = """Καλημέρα κυρία Γεωργίου,

σας ενημερώνουμε ότι, λόγω προσωρινής δέσμευσης του λογαριασμού μας στην Τράπεζα Πειραιώς στο πλαίσιο ελέγχου της ΑΑΔΕ, οι πληρωμές προς την εταιρεία μας θα εισπράττονται από σήμερα μέσω της θυγατρικής μας στη Βουλγαρία, η οποία εκτελεί και μέρος της παραγωγής των πλεκτών σας.

Στοιχεία λογαριασμού:
Δικαιούχος: Karagiannis Knit EOOD
Τράπεζα: UniCredit Bulbank AD, Σόφια
IBAN: {iban}
BIC: UNCRBGSF

Παρακαλούμε να εξοφλήσετε τα τιμολόγια 2026/0934 και 2026/0951 (σύνολο 26.940,00 €) έως την Παρασκευή, γιατί πρέπει να πληρώσουμε τη μισθοδοσία του προσωπικού. Επισυνάπτω την επιστολή της εταιρείας με τα νέα στοιχεία.

Επειδή αυτές τις μέρες βρίσκομαι συνεχώς στο εργοστάσιο της Βουλγαρίας, προτιμήστε να επικοινωνείτε μαζί μου μόνο με email.

Με εκτίμηση,
Γιώργος Καραγιάννης
Πλεκτήριο Καραγιάννη Α.Ε.
ΒΙ.ΠΑ. Κιλκίς, 61100 Κιλκίς
Τηλ. 23410 2 48 60
"""


def a33_pdf():
    return pdf_doc('Επιστολή αλλαγής λογαριασμού', 'Karagiannis', [
        ('h1', 'ΠΛΕΚΤΗΡΙΟ ΚΑΡΑΓΙΑΝΝΗ Α.Ε.'), ('s', 'ΒΙ.ΠΑ. Κιλκίς, 61100 Κιλκίς · Α.Φ.Μ. %s · ΔΟΥ Κιλκίς' % KARA['afm']), ('rule', ''), ('gap', ''),
        ('n', 'Κιλκίς, 17 Νοεμβρίου 2026'), ('gap', ''),
        ('n', 'Προς: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.'), ('n', 'Λογιστήριο'), ('gap', ''),
        ('h2', 'Θέμα: Αλλαγή στοιχείων τραπεζικού λογαριασμού'), ('gap', ''),
        ('lines', """Σας γνωρίζουμε ότι από σήμερα οι πληρωμές των τιμολογίων μας θα γίνονται
στον παρακάτω λογαριασμό της θυγατρικής μας εταιρείας:"""), ('gap', ''),
        ('b', 'Karagiannis Knit EOOD - UniCredit Bulbank AD'), ('b', 'IBAN: ' + C.fmt_iban(FRAUD['a33'])), ('b', 'BIC: UNCRBGSF'), ('gap', ''),
        ('n', 'Ο παλαιός λογαριασμός μας στην Τράπεζα Πειραιώς δεν θα χρησιμοποιείται μέχρι νεωτέρας.'), ('gap', ''),
        ('n', 'Για την εταιρεία'), ('n', 'Γεώργιος Καραγιάννης - Διευθύνων Σύμβουλος'),
    ], creator='Microsoft Word', producer='Microsoft: Print To PDF', date="20261117190233+02'00'")


# ====================================================================== 34
A34_TXT = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 4821093762 από Κίνα (Shenzhen) έφτασε στο κέντρο διαλογής Αθηνών και έχει δεσμευτεί από το Τελωνείο.

Για την αποδέσμευσή της απαιτείται η καταβολή τελωνειακών δασμών και ΦΠΑ ύψους 3,20 €.

Πληρώστε εντός 72 ωρών, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.

Πληρωμή δασμών: {link}

DHL Express Ελλάδος
"""

# ====================================================================== 35
A35 = """Καλημέρα σας,

είμαστε αλυσίδα καταστημάτων ένδυσης με 14 σημεία πώλησης στην Αθήνα και την Κύπρο και ενδιαφερόμαστε για συνεργασία στην παραγωγή πλεκτών για τη σεζόν Φθινόπωρο-Χειμώνας 2027.

Σας επισυνάπτω το αρχείο με τις προδιαγραφές (σχέδια, συνθέσεις νημάτων, μεγέθη) και τις ποσότητες ανά κωδικό - συνολικά περίπου 2.400 τεμάχια. Για λόγους εμπιστευτικότητας το αρχείο είναι κλειδωμένο, ο κωδικός είναι: RFQ2026

Θα σας παρακαλούσα να μας στείλετε την προσφορά σας (τιμή FOB ανά τεμάχιο, χρόνο παράδοσης, MOQ) έως τις 10 Νοεμβρίου.

Ευχαριστώ εκ των προτέρων,
Σταύρος Αλεξίου
Υπεύθυνος Αγορών
Alexiou Fashion House
Λεωφ. Κηφισίας 212, Μαρούσι
Τηλ. 210 6 12 48 09
"""

# ====================================================================== 36
A36 = """Έχετε ένα νέο φωνητικό μήνυμα.

Από: +30 2310 55 71 94
Διάρκεια: 0:47
Ημερομηνία: 04/12/2026 15:07

Για να ακούσετε το μήνυμα, ανοίξτε το συνημμένο αρχείο και συνδεθείτε με τον εταιρικό σας λογαριασμό Microsoft 365.

Microsoft Teams - Φωνητικό ταχυδρομείο
"""

# ====================================================================== 37
A37 = """Уважаемый налогоплательщик!

Инспекция Федеральной налоговой службы N 15 по г. Москве в соответствии со статьей 93.1 Налогового кодекса Российской Федерации в связи с проведением мероприятий налогового контроля в отношении контрагента ООО "ТД Ивтекс" (ИНН {inn}) требует представить документы (информацию), касающиеся деятельности проверяемого лица.

Перечень истребуемых документов приведен в Требовании, которое находится во вложении к настоящему письму. Для обеспечения конфиденциальности архив защищен паролем: 2026

Документы необходимо представить в течение 5 рабочих дней со дня получения настоящего Требования. Непредставление документов в установленный срок влечет ответственность, предусмотренную статьей 129.1 и пунктом 2 статьи 126 НК РФ.

Квитанцию о приеме Требования необходимо передать в течение 6 рабочих дней.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е.А. Морозова
"""

# ====================================================================== 38
A38 = """Добрый день, Елена!

Сообщаем, что в связи со сменой обслуживающего банка с 10.11.2026 изменились банковские реквизиты ООО «Текстиль-Иваново». Расчётный счёт в Ивановском отделении Сбербанка закрывается, оплаты на него больше не принимаются.

Новые реквизиты:
Получатель: ООО «Текстиль-Иваново»
ИНН/КПП: {inn}/{kpp}
Р/с: {acct}
Банк: АО «ТБанк», г. Москва
БИК: {bik}
К/с: {corr}

Просим оплатить счёт № 1187 от 02.11.2026 на сумму 1 283 400,00 руб. по новым реквизитам до конца недели, иначе мы будем вынуждены перенести отгрузку ткани по вашему заказу. Официальное письмо за подписью генерального директора прилагаю.

Платёжное поручение, пожалуйста, пришлите ответным письмом.

С уважением,
Ольга Смирнова
менеджер отдела продаж
ООО «Текстиль-Иваново»
тел. +7 (4932) 58-14-70
"""


def a38_pdf():
    return pdf_doc('Письмо о смене реквизитов', 'Smirnova', [
        ('h1', 'ООО «Текстиль-Иваново»'), ('s', '153002, г. Иваново, ул. Кузнецова, д. 67 · ИНН %s · КПП %s · ОГРН %s' % (TIV['inn'], TIV['kpp'], TIV['ogrn'])), ('rule', ''), ('gap', ''),
        ('n', 'Исх. № 312 от 09.11.2026'), ('gap', ''),
        ('n', 'Генеральному директору'), ('n', 'ООО «Экзампл Груп Рус»'), ('gap', ''),
        ('h2', 'Об изменении банковских реквизитов'), ('gap', ''),
        ('lines', """Настоящим уведомляем, что с 10.11.2026 ООО «Текстиль-Иваново» изменило обслуживающий банк.
Просим все платежи в наш адрес производить по следующим реквизитам:"""), ('gap', ''),
        ('monolines', """Р/с   %s
Банк  АО «ТБанк», г. Москва
БИК   %s
К/с   %s""" % (FRAUD['a38_acct'], FRAUD['a38_bik'], FRAUD['a38_corr'])), ('gap', ''),
        ('n', 'Платежи по прежним реквизитам не принимаются.'), ('gap', ''),
        ('n', 'Генеральный директор                    /А.В. Крылов/'),
        ('n', 'Главный бухгалтер                        /Н.П. Лебедева/'),
    ], creator='Microsoft Word', producer='Microsoft: Print To PDF', date="20261109174410+03'00'")


# ====================================================================== 39
A39 = """Здравствуйте!

В ваш ящик в Диадоке поступил новый документ, требующий подписи:

Отправитель: ООО "Текстиль-Иваново"
Документ: Универсальный передаточный документ N 1187 от 18.11.2026
Сумма: 1 283 400,00 руб.
Получатель: ООО "Экзампл Груп Рус"

Срок подписания истекает 27.11.2026. Если документ не будет подписан или отклонен в срок, отправитель вправе считать его принятым.

Перейти к документу: {link}

Для входа используйте логин и пароль от Контура или сертификат электронной подписи.

С уважением,
команда Контур.Диадок
"""

# ====================================================================== 40
A40 = """Елена, доброе утро.

Пишу с личной почты, рабочую сейчас использовать нельзя, позже объясню.

Вчера вечером со мной связались из управления ФСБ по г. Москве совместно с Центральным банком. В отношении нашей компании проводится проверка по факту попытки вывода средств через подставные платежи, есть подозрение, что кто-то из сотрудников бухгалтерии передает данные мошенникам. Меня попросили оказать содействие.

Сегодня до обеда с вами свяжется куратор проверки, полковник Андрей Викторович Жуков, скорее всего через Telegram или WhatsApp. Пожалуйста, выполняйте все его указания, это согласовано со мной и с руководством в Германии. Разговор строго конфиденциальный: никому из коллег, включая головной офис, ничего не сообщайте, иначе можно сорвать проверку, а вам грозит ответственность за разглашение данных предварительного расследования (ст. 310 УК РФ).

Подтвердите, пожалуйста, ответом на это письмо, что информацию получили, и напишите номер мобильного, на котором у вас Telegram.

Дмитрий Соколов
"""


def messages():
    L = []
    # 32 ------------------------------------------------------------ AADE myDATA phishing via SMTP2GO
    afm = EG_GR['afm']
    link = 'https://mydata-aade.com/taxisnet/login?afm=' + afm
    txt = A32.format(afm=afm, link=link)
    paras = [esc(p).replace('\n', '<br>') for p in txt.split('\n\n') if link not in p][:-1]
    html = notice_html('ΑΑΔΕ', '#003476', 'myDATA: Αποκλίσεις διαβιβασμένων παραστατικών', paras,
                       button=('Σύνδεση με κωδικούς TAXISnet', link),
                       after_button=['Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων'],
                       footer='Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Καρ. Σερβίας 10, 10184 Αθήνα', lang='el', cs='iso-8859-7',
                       logo='<span style="font-size:22px">ΑΑΔΕ <span style="font-weight:normal;font-size:14px">myDATA</span></span>')
    L.append(M(F, 32, 'el', 'aade-mydata-taxisnet', '2026-10-15 11:12:36', 'GR',
               ('ΑΑΔΕ - myDATA', 'noreply@mydata-aade.com'), [SN('georgiou')],
               'ΑΑΔΕ myDATA: Αποκλίσεις διαβιβασμένων παραστατικών - Προθεσμία διόρθωσης 5 ημέρες',
               I.smtp2go(), alt(txt, html, 'iso-8859-7', 'quoted-printable'),
               'Tax-authority phishing in Greek: fake AADE myDATA notice of e-invoicing discrepancies with a fine '
               'threat; link harvests TAXISnet credentials.',
               'mydata-aade.com is not aade.gr; sent via SMTP2GO; AADE does not mail login links; invented figures and '
               'a 5-day deadline.'))
    # 33 ------------------------------------------------------------ contract factory look-alike, Bulgarian account
    txt = A33.format(iban=C.fmt_iban(FRAUD['a33']))
    L.append(M(F, 33, 'el', 'karagiannis-lookalike-iban-bg', '2026-11-18 12:21:50', 'GR',
               KARA['giorgos'][:1] + ('g.karagiannis@karagianis-knit.gr',), [SN('georgiou')],
               'Αλλαγή τραπεζικού λογαριασμού - Πλεκτήριο Καραγιάννη',
               I.vps_postfix('mail.karagianis-knit.gr', 'unknown', '164.92.187.45', client_ip='185.224.128.43',
                             client_host='unknown', mailer='Microsoft Outlook 16.0', msgid_style='outlook_desktop',
                             bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP, zone='GR', hcs='windows-1253', henc='Q',
                             extra_headers=[('Thread-Index', 'AdtZr1s8kQ0f3Xw7m2vLhC9pN6eYbA=='), ('Content-Language', 'el')]),
               Multi('mixed', [Text('plain', txt, 'windows-1253', 'quoted-printable'),
                               tpl.pdf_att(a33_pdf(), 'Epistoli_allagis_logariasmou.pdf')]),
               'Bank-detail change from a look-alike of the contract knitting factory: pay two invoices (EUR 26,940) '
               'to a Bulgarian account of a "subsidiary" because the Greek account is "frozen by AADE".',
               'karagianis-knit.gr (one "n") imitates karagiannis-knit.gr; VPS without reverse DNS; payee is a '
               'different legal entity abroad; wage-payment urgency; e-mail-only contact.',
               cc=[SN('papadopoulos')]))
    # 34 ------------------------------------------------------------ DHL customs fee, PHPMailer
    link = 'https://dhl-gr-telonio.com/pay/4821093762'
    txt = A34_TXT.format(link=link)
    paras = [esc(p).replace('\n', '<br>') for p in txt.split('\n\n') if link not in p][:-1]
    html = notice_html('DHL Express', '#d40511', 'Εκκρεμούν τελωνειακοί δασμοί', paras,
                       button=('Πληρωμή δασμών', link), footer='DHL Express (Hellas) S.A. - Αυτοματοποιημένο μήνυμα',
                       lang='el', logo='<span style="color:#d40511;background:#ffcc00;padding:4px 10px;font-style:italic">DHL</span>')
    L.append(M(F, 34, 'el', 'dhl-telonio-dasmoi', '2026-10-26 13:47:29', 'GR',
               ('DHL Express Ελλάδος', 'info@ktimatrikala.gr'), [SN('papadopoulos')],
               'Αποστολή 4821093762: εκκρεμούν τελωνειακοί δασμοί (3,20 €)',
               I.cpanel_exim('gr-web17.dnhost.gr', '185.138.42.117', php=True, user='ktimatri', zone='GR',
                             xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', hcs='utf-8', henc='B'),
               Multi('alternative', [Text('plain', txt, 'utf-8', 'base64'), Text('html', html, 'utf-8', 'base64')]),
               'Customs-fee phishing: fake DHL Express notice that a parcel from China is held by customs pending '
               'EUR 3.20, leading to a card-payment page.',
               'Sent by a PHP script on a compromised Greek winery website, not dhl.com; look-alike payment domain; '
               'small-fee lure, 72-hour deadline.'))
    # 35 ------------------------------------------------------------ fake RFQ with encrypted archive
    z = media.make_zip([('RFQ-2026-117_Προδιαγραφές_και_ποσότητες.pdf.exe', media.PLACEHOLDER, (2026, 11, 3, 9, 58, 2), True)],
                       password='RFQ2026', seed='a35')
    L.append(M(F, 35, 'el', 'rfq-plekta-zip-kodikos', '2026-11-03 10:40:12', 'GR',
               ('Stavros Alexiou', 'alexiou.fashionhouse@gmail.com'), [SN('papadopoulos')],
               'Αίτημα προσφοράς - πλεκτά 2.400 τεμ. (RFQ-2026-117)',
               I.gmail('GR'),
               Multi('mixed', [alt(A35, gmail_html(A35), 'utf-8', 'base64', csname='UTF-8'),
                               gm_att('application/zip', z, 'RFQ-2026-117_specs.zip', 'f_mh2k7q1x0')]),
               'Fake request for quotation (classic trade malspam): new "buyer" sends a password-protected ZIP with '
               '"specifications" that is a .pdf.exe (placeholder).',
               'Unknown Gmail sender with a big order; encrypted archive with the password in the body to evade '
               'scanning; executable with double extension.'))
    # 36 ------------------------------------------------------------ voicemail HTML attachment from compromised M365
    html_att = tpl.login_form_html('Φωνητικό μήνυμα - Microsoft 365', 'Σύνδεση για αναπαραγωγή',
                                   'Το φωνητικό μήνυμα (0:47) από +30 2310 55 71 94 είναι διαθέσιμο μετά από επιβεβαίωση του λογαριασμού σας.',
                                   A('georgiou'), 'https://voicemail-teams365.com/gr/play.php', 'Σύνδεση', pw_label='Κωδικός πρόσβασης',
                                   lang='el', note='© 2026 Microsoft')
    L.append(M(F, 36, 'el', 'voicemail-html-attachment', '2026-12-04 15:09:18', 'GR',
               ('Τηλεφωνικό Κέντρο', 'voicemail@tsamis-ypodimata.gr'), [SN('georgiou')],
               'Νέο φωνητικό μήνυμα από +30 2310 55 71 94 (0:47)',
               I.m365('EUR', 1, org='tsamis-ypodimata.gr', lang='el-GR', hcs='windows-1253', henc='B'),
               Multi('mixed', [alt(A36, outlook_html(A36, 'windows-1253', 'EL'), 'windows-1253', 'base64'),
                               Att('text/html', html_att.encode('utf-8'), 'Voicemail_0047_audio.htm', size=True,
                                   dispdate='Fri, 04 Dec 2026 13:08:55 GMT', extra=['Content-Description: Voicemail_0047_audio.htm'], cs_param='utf-8')]),
               'Fake voicemail notification with an HTML attachment that is a local Microsoft 365 sign-in form '
               '(credential phishing).',
               'Sent from a compromised Microsoft 365 mailbox of an unrelated shoe shop; Teams voicemail never requires '
               'logging in through an attached .htm; form posts to voicemail-teams365.com.'))
    # 37 ------------------------------------------------------------ FNS requirement, encrypted ZIP
    z = media.make_zip([('Требование_14-08_27713.pdf.scr', media.PLACEHOLDER, (2026, 10, 16, 9, 40, 52), True)],
                       password='2026', seed='a37')
    L.append(M(F, 37, 'ru', 'fns-trebovanie-zip', '2026-10-16 10:02:11', 'RU',
               ('ФНС России', 'buh@stroykomplekt-tver.ru'), [SN('kuznetsova')],
               'Требование о представлении документов (информации) N 14-08/27713 от 16.10.2026',
               I.vps_postfix('mail.stroykomplekt-tver.ru', 'mail.stroykomplekt-tver.ru', '91.200.148.12',
                             client_ip='5.188.206.14', client_host='unknown', mailer='The Bat! (v10.5.3) Professional',
                             msgid_style='thebat', bstyle='thebat', zone='MSK', hcs='koi8-r', henc='B',
                             order=['Date', 'From', 'Reply-To', 'X-Mailer', 'Message-ID', 'To', 'Subject', 'MIME-Version', 'Content-Type', '*']),
               Multi('mixed', [Text('plain', A37.format(inn=C.ru_inn10('370219845')), 'koi8-r', '8bit'),
                               Att('application/x-zip-compressed', z, 'Требование_14-08_27713.zip', fname_style='2047:koi8-r')]),
               'Malspam posing as the Russian tax service: "requirement to submit documents" (art. 93.1 Tax Code) in '
               'a password-protected ZIP holding a .pdf.scr (placeholder).',
               'Sent from a compromised mailbox of a Tver construction firm, not nalog.ru (FNS sends requirements via '
               'the EDI operator, not e-mail); encrypted archive with password in the text; screensaver executable '
               'with double extension; sanction threat.'))
    # 38 ------------------------------------------------------------ fabric mill look-alike on Yandex 360
    txt = A38.format(inn=TIV['inn'], kpp=TIV['kpp'], acct=FRAUD['a38_acct'], bik=FRAUD['a38_bik'], corr=FRAUD['a38_corr'])
    L.append(M(F, 38, 'ru', 'tekstil-ivanovo-lookalike-rekvizity', '2026-11-10 11:36:03', 'RU',
               ('Ольга Смирнова', 'o.smirnova@textil-ivanovo.com'), [SN('kuznetsova')],
               'Изменение банковских реквизитов ООО «Текстиль-Иваново»',
               I.yandex('45.153.160.141', web=False, fwd=('forward501a.mail.yandex.net', '178.154.239.81')),
               Multi('mixed', [alt(txt, outlook_html(txt, 'windows-1251', 'RU'), 'windows-1251', 'quoted-printable'),
                               tpl.pdf_att(a38_pdf(), 'Письмо_о_смене_реквизитов.pdf')]),
               'Bank-detail change from a look-alike of the Ivanovo fabric mill: pay invoice 1187 (RUB 1,283,400) to a '
               'new T-Bank account, with a forged letter on letterhead.',
               'textil-ivanovo.com imitates the real textil-ivanovo.ru (also hosted on Yandex 360, submitted from a '
               'foreign VPS IP); threat to delay the fabric shipment; the supplier\'s own invoice and Diadoc UPD carry the '
               'Sberbank account; request to return the payment order by mail.',
               hcs='windows-1251', henc='B', client_helo='DESKTOP-7GQ2M4L',
               headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')]))
    # 39 ------------------------------------------------------------ Diadoc look-alike via Unisender
    link = 'https://diadok-kontur.ru/auth/login?ReturnUrl=%2Fdocument%2F1187'
    txt = A39.format(link=link)
    paras = [esc(p).replace('\n', '<br>') for p in txt.split('\n\n') if link not in p][:-1]
    html = notice_html('Контур.Диадок', '#00a1b3', 'Новый документ на подпись', paras,
                       button=('Перейти к документу', link), footer='СКБ Контур · Диадок', lang='ru', cs='koi8-r')
    L.append(M(F, 39, 'ru', 'diadok-lookalike-upd', '2026-11-26 09:20:41', 'RU',
               ('Контур.Диадок', 'uvedomleniya@diadok-kontur.ru'), [SN('kuznetsova')],
               'Вам поступил документ на подпись: УПД N 1187 от ООО "Текстиль-Иваново"',
               I.generic_esp('smtp-17.unisender.com', '185.143.172.17', bstyle='java', zone='MSK',
                             received_fmt=['from unisender.com (app-41.int.unisender.com [10.12.4.41])\n\tby smtp-17.unisender.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{d12}.{hex16}@unisender.com>',
                             extra=[('X-Mailer-LID', '41'), ('X-Mailer-SID', '{d9}'), ('X-Mailer-Sent-By', '1'),
                                    ('List-Unsubscribe', '<https://unsubscribe.unisender.com/ru/v5/unsubscribe?hash={hex32}>')],
                             return_path='bounce-{d9}-{lp}=example.com@bounce.unisender.com', hcs='koi8-r', henc='B'),
               alt(txt, html, 'koi8-r', 'quoted-printable'),
               'E-document (EDI) phishing: fake Kontur.Diadok notice of a UPD awaiting signature, leading to a fake '
               'Kontur login / e-signature page.',
               'diadok-kontur.ru is not diadoc.ru / kontur.ru; sent through the Unisender bulk ESP with a '
               'List-Unsubscribe header; "deemed accepted" pressure; the genuine UPD 1187 already arrived via the real '
               'Diadoc on 18 November.'))
    # 40 ------------------------------------------------------------ fake boss + "FSB curator" from mail.ru
    L.append(M(F, 40, 'ru', 'fake-boss-fsb-kurator', '2026-12-07 08:58:26', 'RU',
               ('Дмитрий Соколов', 'd.sokolov.msk@mail.ru'), [SN('kuznetsova')], 'Срочно и конфиденциально',
               I.mailru('176.59.44.203'), Text('plain', A40, 'utf-8', 'base64'),
               '"Fake boss" social engineering: the office manager\'s name on a mail.ru address announces a call from '
               'an "FSB curator" and orders secrecy - the first step of the Russian fake-law-enforcement fraud '
               '(leads to transfers or loans to "safe accounts").',
               'Private free-mail address instead of the corporate one; appeal to security services; explicit '
               'instruction to hide the contact from colleagues and HQ; asks for the Telegram number.'))
    return L
