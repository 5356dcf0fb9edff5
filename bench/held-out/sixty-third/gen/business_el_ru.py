"""Genuine business messages 32-40 (Greek 32-36, Russian 37-40)."""
from kit import *

B = 'business'


def messages():
    out = []

    # ------------------------------------------------------------------ 32 el venue pro-forma for deposit
    p = """Καλημέρα κυρία Γεωργίου,

όπως συμφωνήσαμε με τον κ. Παπαδόπουλο, σας αποστέλλουμε συνημμένο το προτιμολόγιο για την προκαταβολή (50%%) της χριστουγεννιάτικης εκδήλωσης της Melissi Α.Ε. στις 12 Δεκεμβρίου (αίθουσα «Αιγαίο», 120 άτομα, μπουφές και ποτά).

Ποσό προκαταβολής: 7.440,00 € (συμπεριλαμβανομένου ΦΠΑ 24%%)
Προθεσμία: 04/12/2026

Τραπεζικός λογαριασμός (αμετάβλητος):
Εθνική Τράπεζα της Ελλάδος
IBAN: %s
Δικαιούχος: AEGEAN EVENTS Μ.Ι.Κ.Ε.

Το τιμολόγιο θα εκδοθεί και θα διαβιβαστεί στο myDATA με την εξόφληση. Για οποιαδήποτε αλλαγή στα στοιχεία πληρωμής θα σας ενημερώσουμε πάντα και τηλεφωνικά.

Με εκτίμηση,
Μαρία Αλεξίου
Υπεύθυνη Εκδηλώσεων
Aegean Events Μ.Ι.Κ.Ε.
Λεωφ. Ποσειδώνος 44, 166 75 Γλυφάδα
ΑΦΜ %s
""" % (C.grp(org.AEGEAN_IBAN), org.AEGEAN_AFM)
    pdfl = [('#', 'AEGEAN EVENTS M.I.K.E. - PROFORMA INVOICE AE-2026-0917'), 'Leof. Poseidonos 44, 166 75 Glyfada - AFM ' + org.AEGEAN_AFM,
            '', 'Customer: EXAMPLE GROUP HELLAS M.I.K.E., Leof. Kifisias 124, 115 26 Athens - AFM ' + org.EG_GR_AFM, '',
            'Event: Melissi A.E. Christmas event, 12/12/2026, hall "Aigaio", 120 guests, buffet and drinks',
            'Total event price:             12.000,00 EUR + VAT 24% 2.880,00 EUR = 14.880,00 EUR',
            ('b', 'Deposit 50% due by 04/12/2026:   7.440,00 EUR'), '',
            'National Bank of Greece - IBAN ' + C.grp(org.AEGEAN_IBAN), 'Beneficiary: AEGEAN EVENTS M.I.K.E.']
    out.append(M(name='32-el-venue-proforma-deposit', folder=B, lang='el', t=T(11, 25, 9, 12, 5),
                 mailer=I.postfix('mail.aegean-events.gr', 'mail.aegean-events.gr', '185.138.42.19',
                                  submit=('EVENTS-PC2', 'ppp-94-66-41-12.home.otenet.gr', '94.66.41.12'),
                                  auth='m.alexiou@aegean-events.gr', msgid='outlook16', boundary='nextpart',
                                  xmailer='Microsoft Outlook 16.0', hdr_charset='iso-8859-7', hdr_enc='B', tz='EET',
                                  extra=[('Content-Language', 'el')]),
                 frm=('Μαρία Αλεξίου', 'm.alexiou@aegean-events.gr'), to=[st('eleni.georgiou')],
                 cc=[st('nikos.papadopoulos')], rcpt='eleni.georgiou@examplegroup.eu',
                 subject='Προτιμολόγιο προκαταβολής - εκδήλωση Melissi 12/12',
                 body=multi('mixed', alt(p, 'iso-8859-7', style='outlook', lang='EL'),
                            att_pdf('Proforma_AE-2026-0917.pdf', pdfl, title='Proforma AE-2026-0917',
                                    author='Maria Alexiou', creator='Microsoft Excel', producer='Microsoft Excel',
                                    date="D:20261125110500+02'00'")),
                 what='Event venue sends the 50% deposit pro-forma for a client\'s Christmas event',
                 why='Genuine: venue\'s own mail server from a Greek residential IP, agreed beforehand by phone, account "unchanged" and changes promised by phone. Hard negative for the look-alike bank-change reply (attack 34).',
                 pairs=['34-el-venue-bank-change-lookalike']))

    # ------------------------------------------------------------------ 33 el freelancer on OTEnet (iso-8859-7 8bit)
    link = 'https://we.tl/t-%s' % hx('b33we', 10, ALNUM)
    p = """Καλησπέρα Νίκο,

σου στέλνω τις φωτογραφίες από την παρουσίαση της Melissi την Πέμπτη: 86 επεξεργασμένες σε υψηλή ανάλυση και 20 κάθετες για stories. Τις ανέβασα στο WeTransfer, το link ισχύει μια εβδομάδα:
%s

Συνημμένο θα βρεις και το Τιμολόγιο Παροχής Υπηρεσιών 93 (650,00 € + ΦΠΑ), έχει ήδη διαβιβαστεί στο myDATA. Πληρωμή όπως πάντα στον λογαριασμό μου στην Πειραιώς.

Αν χρειαστείτε κάποια επιπλέον επεξεργασία για τα social, πες μου.

Καλό βράδυ,
Κώστας

Κώστας Δημητρίου
Φωτογράφος
ΑΦΜ %s
""" % (link, org.DIMITRIOU_AFM)
    pdfl = [('#', 'TIMOLOGIO PAROCHIS YPIRESION 93'), 'Konstantinos Dimitriou, Fotografos - AFM ' + org.DIMITRIOU_AFM,
            'Imerominia: 16/11/2026', '', 'Pelatis: EXAMPLE GROUP HELLAS M.I.K.E. - AFM ' + org.EG_GR_AFM, '',
            'Fotografisi parousiasis Melissi A.E., 12/11/2026', 'Axia 650,00 EUR  FPA 24% 156,00 EUR  Synolo 806,00 EUR',
            'Parakratisi foroy 20% 130,00 EUR  Pliroteo 676,00 EUR', '', 'Piraeus Bank IBAN ' + C.grp(org.DIMITRIOU_IBAN),
            'MARK myDATA: 400001951284773']
    out.append(M(name='33-el-freelancer-otenet-photos-invoice', folder=B, lang='el', t=T(11, 16, 17, 3, 45),
                 mailer=I.otenet(client_ip='94.66.57.140'),
                 frm=('Κώστας Δημητρίου', 'k.dimitriou@otenet.gr'), to=[st('nikos.papadopoulos')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='Φωτογραφίες από την παρουσίαση Melissi & ΤΠΥ 93',
                 body=multi('mixed', text(p, 'iso-8859-7', '8bit'),
                            att_pdf('TPY_93_Dimitriou.pdf', pdfl, title='TPY 93', author='K. Dimitriou',
                                    creator='Epsilon Smart', producer='Epsilon Smart', date="D:20261116185900+02'00'")),
                 what='Freelance photographer sends event photos (WeTransfer link) and his service invoice',
                 why='Genuine: same OTEnet mailbox as attack 36 but from his usual Greek residential IP, personal tone, addressed directly, WeTransfer link and PDF invoice transmitted to myDATA, payment to the usual account. Hard negative for the compromised-mailbox lure (attack 36).',
                 pairs=['36-el-compromised-freelancer-onedrive-lure']))

    # ------------------------------------------------------------------ 34 el internal month-end reminder (windows-1253)
    p = """Καλημέρα σε όλους,

μια υπενθύμιση για το κλείσιμο του Νοεμβρίου:

- Όλα τα παραστατικά εξόδων (τιμολόγια προμηθευτών, αποδείξεις, ταξίδια) να μου τα έχετε στείλει έως την Παρασκευή 27/11, ώστε να γίνει έγκαιρα ο χαρακτηρισμός τους στο myDATA.
- Τα τιμολόγια πωλήσεων εκδίδονται πλέον μόνο μέσω του παρόχου ηλεκτρονικής τιμολόγησης. Μην στέλνετε τιμολόγια σε Word ή PDF απευθείας σε πελάτες.
- Υπενθυμίζω ότι η ΑΑΔΕ δεν στέλνει ποτέ email με συνδέσμους για σύνδεση στο TAXISnet. Αν λάβετε τέτοιο μήνυμα, προωθήστε το στο servicedesk@example.com και μην πατήσετε τον σύνδεσμο.

Ευχαριστώ,
Ελένη

Eleni Georgiou
Accountant
Example Group Hellas M.I.K.E.
"""
    out.append(M(name='34-el-internal-month-end-mydata-reminder', folder=B, lang='el', t=T(11, 11, 8, 0, 20),
                 mailer=I.exchange('EXMBX01', '10.51.1.23', lang='el-GR', hdr_charset='windows-1253', hdr_enc='B'),
                 frm=st('eleni.georgiou'), to=[('Γραφείο Αθήνας', 'athens@examplegroup.eu')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='Υπενθύμιση: παραστατικά Νοεμβρίου και myDATA',
                 body=alt(p, 'windows-1253', style='outlook', lang='EL'),
                 what='Athens accountant reminds colleagues of month-end deadlines and warns about fake AADE mails',
                 why='Genuine internal notice via mail-int01/Exchange; same topic (myDATA/TAXISnet) as attack 32, no links. Hard negative.',
                 pairs=['32-el-tax-authority-mydata-phishing']))

    # ------------------------------------------------------------------ 35 el client complaint (M365)
    p = """Καλημέρα κ. Παπαδόπουλε,

σας γράφω με αρκετή απογοήτευση. Σύμφωνα με το πλάνο που εγκρίναμε, τα βίντεο της καμπάνιας «Μέλι από τον Όλυμπο» έπρεπε να ξεκινήσουν στο Instagram και στο YouTube τη Δευτέρα 19/10. Σήμερα είναι Πέμπτη και ακόμα δεν έχει ανέβει τίποτα, ενώ η προώθηση στα σούπερ μάρκετ έχει ήδη ξεκινήσει.

Χρειαζόμαστε μέχρι αύριο το μεσημέρι:
1. ακριβή ημερομηνία έναρξης,
2. εξήγηση για την καθυστέρηση,
3. πρόταση για το πώς θα αναπληρωθούν οι χαμένες εμφανίσεις χωρίς επιπλέον κόστος για εμάς.

Αν δεν λάβουμε απάντηση, θα πρέπει να το συζητήσουμε με τη διοίκηση σε σχέση με τη συνέχιση της συνεργασίας.

Με εκτίμηση,
Σοφία Κωνσταντίνου
Marketing Manager
Melissi Α.Ε.
"""
    out.append(M(name='35-el-client-complaint-campaign-delay', folder=B, lang='el', t=T(10, 22, 8, 40, 11),
                 mailer=I.m365(helo='EUR01-HE1-obe.outbound.protection.outlook.com',
                               rdns='mail-he1eur01on2088.outbound.protection.outlook.com', ip='40.107.13.88',
                               mbx='AS2PR07MB9120', pod='eurprd07', edge='VI1PR07MB6613', tenant='melissi', lang='el-GR',
                               tz='EET'),
                 frm=('Σοφία Κωνσταντίνου', 's.konstantinou@melissi.gr'), to=[st('nikos.papadopoulos')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='Καθυστέρηση στα βίντεο της καμπάνιας – ζητάμε εξηγήσεις',
                 body=alt(p, 'utf-8', style='outlook', lang='EL'),
                 what='Honey-producer client complains that campaign videos have not started and demands explanations',
                 why='Genuine customer complaint from the client\'s M365 tenant: pressure and threat to end the cooperation, but no links, attachments or payment changes.',
                 pairs=[]))

    # ------------------------------------------------------------------ 36 el promo supplier order confirmation (windows-1253 base64)
    p = """Αγαπητέ κ. Παπαδόπουλε,

σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε τα παρακάτω:

Παραγγελία: ΠΡ-2026-5521
Είδος: κεραμική κούπα 330 ml, λευκή, εκτύπωση λογοτύπου Melissi δύο χρωμάτων
Ποσότητα: 500 τεμ.
Τιμή μονάδας: 3,20 € + ΦΠΑ
Παράδοση: έως 27/11/2026 στα γραφεία σας (Λεωφ. Κηφισίας 124)

Το δοκίμιο εκτύπωσης θα σας σταλεί προς έγκριση έως την Πέμπτη. Η τιμολόγηση γίνεται με την παράδοση, με πίστωση 30 ημερών όπως συνήθως.

Με εκτίμηση,
Γιώργος Παππάς
Pappas Promo Α.Ε.
Θηβών 210, 182 33 Άγιος Ιωάννης Ρέντης
"""
    out.append(M(name='36-el-promo-supplier-order-confirmation', folder=B, lang='el', t=T(11, 3, 10, 25, 16),
                 mailer=I.postfix('mail.pappas-promo.gr', 'mail.pappas-promo.gr', '62.103.41.77',
                                  submit=('GPAPPAS-LT', 'unknown', '192.168.2.14'), auth='orders@pappas-promo.gr',
                                  msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1253', hdr_enc='B', tz='EET', extra=[('Content-Language', 'el')]),
                 frm=('Pappas Promo - Παραγγελίες', 'orders@pappas-promo.gr'), to=[st('nikos.papadopoulos')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='Επιβεβαίωση παραγγελίας ΠΡ-2026-5521 - κούπες Melissi',
                 body=text(p, 'windows-1253', 'base64'),
                 what='Promotional-gifts supplier confirms an order of 500 branded mugs',
                 why='Genuine supplier confirmation from its own server; invoicing on delivery with usual terms, no links or payment request.',
                 pairs=['35-el-courier-customs-fee-phishing']))

    # ------------------------------------------------------------------ 37 ru print-house invoice (Mail.ru for business, The Bat!, cp1251 8bit)
    p = """Добрый день, Ольга!

Направляем счет на оплату № 1187 от 09.11.2026 за печать настенных календарей 2027 (1 500 экз.) и каталогов (3 000 экз.) по договору № 44-П/2026. Сумма к оплате 412 380,00 руб., в т.ч. НДС (22%%) 74 363,61 руб.

Реквизиты для оплаты без изменений:
Получатель: ООО «Типография Нева»
ИНН %s / КПП 781001001
Р/с %s
Банк: Северо-Западный банк ПАО Сбербанк, г. Санкт-Петербург
БИК %s
К/с %s

УПД направим через Диадок после отгрузки. Отгрузка запланирована на 16.11 при условии поступления предоплаты 50%%.

С уважением,
Ирина Павлова
главный бухгалтер
ООО «Типография Нева»
""" % (org.NEVA_INN, org.NEVA_RS, org.NEVA_BIK, org.NEVA_KS)
    pdfl = [('#', 'Счёт на оплату № 1187 от 09.11.2026'), 'Поставщик: ООО «Типография Нева», ИНН %s, КПП 781001001, ОГРН %s' % (org.NEVA_INN, org.NEVA_OGRN),
            'Покупатель: ООО «Экзампл Груп», ИНН ' + org.EG_RU_INN, '',
            '1. Календарь настенный 2027, 1 500 экз.  x 118,92 = 178 380,00',
            '2. Каталог продукции, 48 с., 3 000 экз.   x 78,00 = 234 000,00', '',
            ('b', 'Итого: 412 380,00 руб., в т.ч. НДС (22%) 74 363,61 руб.'), '',
            'Банк получателя: Северо-Западный банк ПАО Сбербанк, БИК ' + org.NEVA_BIK,
            'Р/с ' + org.NEVA_RS + '   К/с ' + org.NEVA_KS]
    out.append(M(name='37-ru-print-house-invoice-genuine', folder=B, lang='ru', t=T(11, 9, 6, 15, 42),
                 mailer=I.mailru(msgid_style='thebat', xmailer='The Bat! (v11.2.1) Professional', boundary='thebat'),
                 frm=('Типография Нева, бухгалтерия', 'buh@tipografiya-neva.ru'), to=[st('olga.ivanova')],
                 rcpt='olga.ivanova@examplegroup.eu',
                 subject='Счет на оплату № 1187 от 09.11.2026',
                 from_charset='windows-1251', subject_charset='windows-1251',
                 body=multi('mixed', text(p, 'windows-1251', '8bit'),
                            att_pdf('Schet_1187_ot_09.11.2026.pdf', pdfl, title='Schet 1187', author='Pavlova',
                                    creator='1C:Enterprise 8.3', producer='1C:Enterprise 8.3',
                                    date="D:20261109091300+03'00'")),
                 what='Print house sends an invoice for calendars and catalogues with unchanged bank details',
                 why='Genuine: real domain via Mail.ru for Business, account details with valid BIK control keys and "unchanged", UPD via the Diadoc EDI operator. Hard negative for the look-alike bank change (attack 40).',
                 pairs=['40-ru-print-house-bank-change-lookalike']))

    # ------------------------------------------------------------------ 38 ru Yandex ID sign-in notice
    h = page('Яндекс ID', """<div style="max-width:560px;margin:0 auto;font-family:'YS Text',Arial,sans-serif;font-size:16px;color:#000">
<div style="padding:24px 0;font-size:22px"><b style="color:#fc3f1d">Я</b>ндекс ID</div>
<p>Здравствуйте, Дмитрий!</p>
<p>В ваш аккаунт <b>examplegroup-spb</b> выполнен вход с нового устройства.</p>
<table style="font-size:15px;color:#333" cellpadding="3">
<tr><td>Устройство:</td><td>Windows 11, Яндекс Браузер</td></tr>
<tr><td>Место:</td><td>Санкт-Петербург, Россия</td></tr>
<tr><td>Время:</td><td>17 ноября 2026 в 18:40 (МСК)</td></tr></table>
<p>Если это были вы, ничего делать не нужно.</p>
<p>Если вы не входили в аккаунт, смените пароль и проверьте список устройств в разделе <a href="https://id.yandex.ru/security">Безопасность</a>.</p>
<p style="color:#999;font-size:13px">С заботой о безопасности вашего аккаунта,<br>команда Яндекс ID</p></div>""")
    out.append(M(name='38-ru-yandex-id-signin-notice-genuine', folder=B, lang='ru', t=T(11, 17, 15, 40, 52),
                 mailer=I.yandex_notify(),
                 frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[('', 'dmitry.sokolov@examplegroup.eu')],
                 rcpt='dmitry.sokolov@examplegroup.eu', subject='Вход в аккаунт с нового устройства',
                 body=html(h, 'utf-8', 'base64'),
                 what='Yandex ID notification of a sign-in from a new device (agency\'s Yandex Direct login)',
                 why='Genuine: Yandex\'s own notification infrastructure (forward*.mail.yandex.net, noreply@id.yandex.ru), only link to id.yandex.ru, nothing requested. Hard negative for the Yandex Direct phishing (attack 39).',
                 pairs=['39-ru-yandex-direct-billing-phishing']))

    # ------------------------------------------------------------------ 39 ru freelancer on yandex.ru
    p = """Дмитрий, добрый день!

Отправляю финальные тексты для лендинга новогодней акции (три варианта заголовка, как договаривались) и акт за ноябрь.

Тексты положила в общую папку проекта на Яндекс Диске, ссылка та же, что и раньше. Правки клиента учла, кроме пункта про сроки доставки — там нужен ответ от их логистов.

Акт: 14 текстов, 68 000 руб. Я самозанятая, чек из «Мой налог» пришлю сразу после оплаты.

Хорошего дня!
Анастасия Петрова
"""
    pdfl = [('#', 'Акт № 11/2026 от 30.11.2026'), 'Исполнитель: Петрова Анастасия Сергеевна (самозанятая, НПД)',
            'Заказчик: ООО «Экзампл Груп», ИНН ' + org.EG_RU_INN, '',
            'Подготовка рекламных текстов (14 шт.) в ноябре 2026 г.', 'Сумма: 68 000,00 руб., НДС не облагается', '',
            'Исполнитель ______ Петрова А. С.          Заказчик ______']
    out.append(M(name='39-ru-freelancer-yandex-texts-act', folder=B, lang='ru', t=T(12, 1, 11, 20, 4),
                 mailer=I.yandex(client_ip='95.55.172.14'),
                 frm=('Анастасия Петрова', 'a.petrova@yandex.ru'), to=[st('dmitry.sokolov')],
                 rcpt='dmitry.sokolov@examplegroup.eu', subject='Тексты для лендинга и акт за ноябрь',
                 body=multi('mixed', html('<div>' + '</div>\n<div>'.join(esc(l) if l else '&nbsp;' for l in p.rstrip().split('\n')) + '</div>\n', 'utf-8', 'base64'),
                            att_pdf('Akt_11-2026_Petrova.pdf', pdfl, title='Akt 11/2026', author='Petrova',
                                    creator='Microsoft Word', producer='Microsoft Word', date="D:20261201141500+03'00'")),
                 what='Freelance copywriter sends final landing-page texts and her November act from Yandex Mail',
                 why='Genuine freelancer on consumer mail (yandex.ru, residential IP), points to the usual shared folder, PDF act; no change of payment details.',
                 pairs=[]))

    # ------------------------------------------------------------------ 40 ru internal ad-marking reminder (koi8-r)
    p = """Коллеги, добрый день!

Напоминаю про отчетность по маркировке интернет-рекламы за октябрь:

1. Все креативы, запущенные в октябре в VK Рекламе, Telegram Ads и Яндекс Директе, должны иметь токен (erid). Ответственные за кампании проверяют это до пятницы.
2. Сведения об актах и показах передаем оператору рекламных данных до 30 ноября. Ольга готовит акты, аккаунт-менеджеры - распределение показов по креативам.
3. Роскомнадзор и ОРД не присылают писем со ссылками для входа в личный кабинет ЕРИР. В кабинет ОРД заходим только через закладку в браузере. Подозрительные письма пересылайте на servicedesk@example.com.

Спасибо!
Дмитрий Соколов
Руководитель офиса
ООО "Экзампл Груп"
"""
    out.append(M(name='40-ru-internal-ad-marking-reporting', folder=B, lang='ru', t=T(10, 26, 6, 45, 10),
                 mailer=I.exchange('EXMBX01', '10.61.0.37', lang='ru-RU', hdr_charset='koi8-r', hdr_enc='B'),
                 frm=st('dmitry.sokolov'), to=[('Офис Санкт-Петербург', 'spb@examplegroup.eu')],
                 rcpt='olga.ivanova@examplegroup.eu',
                 subject='Маркировка рекламы: отчеты в ОРД за октябрь до 30 ноября',
                 body=alt(p, 'koi8-r', style='outlook', lang='RU'),
                 what='St Petersburg office manager reminds staff of ad-marking reporting and warns about fake ERIR mails',
                 why='Genuine internal notice through mail-int01/Exchange on the same topic as attack 38; no links. Hard negative.',
                 pairs=['38-ru-ad-marking-regulator-erir-phishing']))
    return out
