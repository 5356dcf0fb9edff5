"""Russian messages: 4 attacks, 4 business."""
import attach as A
import company as C
import ids
import infra as I
from common import Body, Msg, S, PLACEHOLDER, att, b64url, h, zip_att

ATTACKS = []
BUSINESS = []

TB_BIK = '044525974'
TB_CORR = '30101810145250000974'
TB_ACCT = ids.ru_settlement(TB_BIK, '40802810400002917731')
assert ids.ru_check('0' + TB_BIK[4:6], TB_CORR) and ids.ru_check(TB_BIK[-3:], TB_ACCT)
P = C.PETROV
P_CORR = ids.ru_corr(P['bik'])
assert ids.ru_check(P['bik'][-3:], P['acct'])
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

# ================================================================ ATTACKS
ATTACKS.append(Msg(
    'tax-demand-encrypted-zip', '2026-11-19 08:03:48',
    I.exim_cpanel('vh214.sweb.ru', '77.222.40.214', '185.246.188.77', client='outlook16', ua_kw={'lang': 'ru'}),
    ('ФНС России', 'info@stroitorg-spb.ru'), [S('olga.kuznetsova')],
    'Требование о представлении пояснений № 12-07/48817 от 19.11.2026',
    Body('''Уважаемый налогоплательщик!

Межрайонная ИФНС России № 26 по Санкт-Петербургу в соответствии со статьями 31 и 88 Налогового кодекса Российской Федерации направляет в адрес ООО «Экзампл Груп Рус» (ИНН %s) требование о представлении пояснений по налоговой декларации по НДС за 3 квартал 2026 года в связи с выявленными расхождениями.

Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ, а также может повлечь приостановление операций по счетам организации.

Требование во вложении. В целях соблюдения налоговой тайны архив защищён паролем: 4881

С уважением,
Межрайонная ИФНС России № 26 по Санкт-Петербургу
''' % C.EG['ru_inn'], charset='windows-1251', cte='base64', html=True,
        atts=[zip_att('Требование_12-07_48817.zip',
                      [('Требование_12-07_48817.pdf.scr', PLACEHOLDER, (2026, 11, 19, 10, 1, 2))],
                      password='4881', seed='ru-a37', name_style='encoded')]),
    what='Fake Federal Tax Service (ФНС) demand for explanations with a password-protected ZIP containing a .pdf.scr.',
    why='ФНС sends demands via the electronic reporting operator (ТКС), not by e-mail from a construction firm\'s mailbox '
        '(compromised SpaceWeb hosting); encrypted archive hides an executable screensaver with double extension; '
        'threat of blocked bank accounts.',
    pair='reconciliation-act-genuine', tech='Tax-office impersonation (ФНС), password-protected ZIP (ZipCrypto) with executable'))

_DD = 'https://diadok-kontur.online/auth/login?box=%s&doc=%s' % (h('ru-a38b', 24), h('ru-a38d', 24))
ATTACKS.append(Msg(
    'edo-diadoc-document-phishing', '2026-12-02 12:37:05',
    I.own_postfix('mail.diadok-kontur.online', '89.110.91.37', client='phpmailer', webmail=True,
                  rdns='v2187431.hosted-by-vdsina.ru'),
    ('Контур.Диадок', 'noreply@diadok-kontur.online'), [S('olga.kuznetsova')],
    'Вам поступил документ на подпись: акт сверки от ООО «Северный Альянс»',
    Body('''Здравствуйте!

В ящик ООО «Экзампл Груп Рус» поступил документ, требующий подписи:

Отправитель: ООО «Северный Альянс», ИНН %s
Документ: Акт сверки взаимных расчётов за 3 квартал 2026 г.
Срок подписания: до 04.12.2026

[[!Перейти к документу|%s]]

Для входа используйте логин и пароль от Контур.Диадока или сертификат электронной подписи.

С уважением,
команда Контур.Диадок
''' % (C.SEVER['inn'], _DD), charset='utf-8', cte='quoted-printable', brand=('Контур.Диадок', '#1b8c3f')),
    what='Fake notification from the e-document operator Kontur.Diadoc ("document to sign") leading to a login page.',
    why='Look-alike domain diadok-kontur.online on a Russian VPS (real service: diadoc.kontur.ru); uses a real counterparty '
        'as lure; harvests EDO credentials. The counterparty\'s genuine reconciliation e-mail: business 37.',
    pair='reconciliation-act-genuine', tech='E-document (EDO) portal impersonation, credential phishing from VPS'))

ATTACKS.append(Msg(
    'contractor-bank-change-freemail', '2026-11-27 09:58:19',
    I.yandex(client_ip='178.176.%d.%d'),
    ('Игорь Петров', 'igor.petrov.spb78@yandex.ru'), [S('olga.kuznetsova')],
    'Новые реквизиты ИП Петров / счёт № 112',
    Body('''Ольга, добрый день!

Сообщаю, что мой расчётный счёт в Сбербанке заблокирован банком по 115-ФЗ (идёт проверка, обещают разобраться в течение месяца). Поэтому оплату по счёту № 112 от 20.11.2026 (ремонт ноутбуков, 64 800,00 руб., без НДС) прошу перечислить на новые реквизиты:

Получатель: ИП Петров Игорь Викторович
ИНН %s
Р/с %s
Банк: АО «ТБанк»
БИК %s
К/с %s

Обновлённый счёт пришлю позже, сейчас на объекте. Если возможно, оплатите сегодня-завтра: мне нужно рассчитаться с поставщиком запчастей.

Пишу с нового ящика, старый пока не открывается с телефона.

Спасибо!
Игорь Петров
''' % (P['inn'], TB_ACCT, TB_BIK, TB_CORR), charset='utf-8', cte='base64', html=True),
    what='Subcontractor bank-detail change from a look-alike Yandex address, citing an account blocked under 115-FZ.',
    why='New free-mail address (igor.petrov.spb78 instead of igor.petrov.spb) via Yandex webmail instead of his The Bat! '
        'client; "account blocked" pretext, new bank, urgency, "updated invoice later"; invoice details show the real '
        'mailbox was read (compare business 39).',
    pair='contractor-invoice-thebat', tech='BEC: contractor bank-detail change (free-mail look-alike)'))

ATTACKS.append(Msg(
    'fakeboss-security-service-pretext', '2026-10-16 07:41:55',
    I.mailru(client_ip='176.59.%d.%d'),
    ('Дмитрий Соколов', 'dmitry.sokolov.spb@mail.ru'), [S('olga.kuznetsova')],
    'Срочно и конфиденциально',
    Body('''Ольга, доброе утро.

Пишу с личной почты, рабочую не открываю: есть основания полагать, что она под контролем. Вчера со мной связались из управления ФСБ по Санкт-Петербургу. В отношении нашей компании идёт проверка по факту вывода средств через подставных контрагентов, и, по их информации, к этому может быть причастен кто-то из сотрудников бухгалтерии.

Сегодня вам позвонит куратор проверки, подполковник Андрей Викторович Мельников. Прошу оказать ему полное содействие и выполнять его указания. Это согласовано с руководством в Дюссельдорфе.

Важно: об этом разговоре никому не сообщайте, ни коллегам, ни родственникам, иначе это может помешать проверке и будет расценено как разглашение. Мне тоже не звоните, я на связи только здесь.

Дмитрий
''', charset='utf-8', cte='base64'),
    what='"Fake boss" scheme: the office manager (from mail.ru) announces a call from an FSB "curator" and demands secrecy.',
    why='Private mail.ru address imitating the office manager; classic FakeBoss social engineering that precedes a '
        'phone scam moving company or personal funds to "safe accounts"; secrecy and no call-back allowed.',
    tech='FakeBoss / authority impersonation (vishing set-up) from free-mail'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'reconciliation-act-genuine', '2026-10-09 13:20:36',
    I.yandex(client_ip='212.48.%d.%d'),
    ('Анна Смирнова', 'zakupki@sev-alliance.ru'), [S('olga.kuznetsova')],
    'Акт сверки за 3 квартал 2026 г. — ООО «Северный Альянс» / ООО «Экзампл Груп Рус»',
    Body('''Ольга, добрый день!

Направляю акт сверки взаимных расчётов за 3 квартал 2026 года по договору аренды оборудования № 47-А/2024. По нашим данным, задолженность отсутствует, сальдо на 30.09.2026 — 0,00 руб.

Просьба проверить, подписать и вернуть скан. Оригиналы отправим через ЭДО (Диадок) на следующей неделе.

С уважением,
Анна Смирнова
Отдел закупок
ООО «Северный Альянс»
тел. +7 (812) 640-18-25
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[att('Акт_сверки_3кв2026.xlsx', XLSX, A.xlsx([
            ['Акт сверки взаимных расчётов за период 01.07.2026 – 30.09.2026', '', '', ''],
            ['между ООО «Северный Альянс» (ИНН %s) и ООО «Экзампл Груп Рус» (ИНН %s)' % (C.SEVER['inn'], C.EG['ru_inn']), '', '', ''],
            ['по договору № 47-А/2024', '', '', ''],
            ['Дата', 'Документ', 'Дебет, руб.', 'Кредит, руб.'],
            ['01.07.2026', 'Сальдо начальное', 0, 0],
            ['31.07.2026', 'УПД № 1842 (аренда, июль)', 0, 148600.0],
            ['05.08.2026', 'Платёжное поручение № 3317', 148600.0, 0],
            ['31.08.2026', 'УПД № 2015 (аренда, август)', 0, 148600.0],
            ['04.09.2026', 'Платёжное поручение № 3569', 148600.0, 0],
            ['30.09.2026', 'УПД № 2230 (аренда, сентябрь)', 0, 148600.0],
            ['30.09.2026', 'Платёжное поручение № 3801', 148600.0, 0],
            ['30.09.2026', 'Сальдо конечное', 0, 0]], sheet='Акт сверки', creator='Смирнова А. В.',
            dt=(2026, 10, 9, 15, 2, 0)))]),
    what='Genuine reconciliation statement (акт сверки) from a customer on Yandex 360, as XLSX.',
    why='Customer\'s own domain hosted on Yandex 360, routine quarterly document, XLSX data only; mentions that '
        'originals go via Diadoc (see the fake Diadoc notice, attack 38).',
    pair='edo-diadoc-document-phishing'))

BUSINESS.append(Msg(
    'yandex-id-new-login', '2026-11-03 16:12:51',
    I.yandex(notify=True),
    ('Яндекс ID', 'noreply@id.yandex.ru'), [S('olga.kuznetsova')],
    'Вход в аккаунт с нового устройства',
    Body('''Здравствуйте, Ольга!

В ваш аккаунт olga.kuznetsova@examplegroup.eu выполнен вход с нового устройства.

Устройство: Windows, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия (определено по IP-адресу)
Время: 3 ноября 2026, 18:11 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, [[смените пароль|https://id.yandex.ru/security]] и проверьте список устройств на странице [[Безопасность|https://id.yandex.ru/security/devices]].

С заботой о безопасности,
команда Яндекс ID
''', charset='utf-8', cte='base64', brand=('Яндекс ID', '#fc3f1d')),
    what='Genuine Yandex ID new-device sign-in notice.',
    why='Yandex\'s own forward*.mail.yandex.net infrastructure and sender, links only to id.yandex.ru, informational.'))

BUSINESS.append(Msg(
    'contractor-invoice-thebat', '2026-11-20 14:32:08',
    I.yandex(client='thebat', client_ip='94.19.%d.%d'),
    ('Игорь Петров', 'igor.petrov.spb@yandex.ru'), [S('olga.kuznetsova')],
    'Счёт № 112 от 20.11.2026 — ремонт ноутбуков',
    Body('''Ольга, здравствуйте!

Высылаю счёт № 112 от 20.11.2026 за ремонт ноутбуков по вашей заявке от 09.11 (замена 12 матриц и 4 клавиатур). Счёт во вложении, акт и оригиналы передам с курьером вместе с техникой.

Сумма: 64 800,00 руб., НДС не облагается (УСН).

Реквизиты прежние:
ИП Петров Игорь Викторович
ИНН %s, ОГРНИП %s
Р/с %s
Северо-Западный банк ПАО Сбербанк
БИК %s, К/с %s

С уважением,
Игорь Петров
+7 (921) 744-18-25
''' % (P['inn'], P['ogrnip'], P['acct'], P['bik'], P_CORR), charset='windows-1251', cte='8bit',
        atts=[att('Счет_112_от_20.11.2026.xlsx', XLSX, A.xlsx([
            ['ИП Петров Игорь Викторович, ИНН %s' % P['inn'], '', '', ''],
            ['Р/с %s в Северо-Западном банке ПАО Сбербанк, БИК %s, К/с %s' % (P['acct'], P['bik'], P_CORR), '', '', ''],
            ['Счёт № 112 от 20.11.2026', '', '', ''],
            ['Покупатель: ООО «Экзампл Груп Рус», ИНН %s' % C.EG['ru_inn'], '', '', ''],
            ['Наименование', 'Кол-во', 'Цена, руб.', 'Сумма, руб.'],
            ['Замена матрицы ноутбука 14" (работа + запчасть)', 12, 4600.0, 55200.0],
            ['Замена клавиатуры ноутбука (работа + запчасть)', 4, 2400.0, 9600.0],
            ['Итого, без НДС (УСН)', '', '', 64800.0]], sheet='Счёт', creator='Петров И. В.',
            dt=(2026, 11, 20, 16, 20, 0)), name_style='encoded')]),
    what='Genuine invoice from the repair subcontractor (The Bat!, windows-1251) with unchanged bank details.',
    why='His long-standing yandex.ru address and usual client, bank details identical to previous invoices '
        '(Sberbank, valid BIK control key), XLSX invoice.',
    pair='contractor-bank-change-freemail'))

BUSINESS.append(Msg(
    'holiday-schedule-internal-koi8', '2026-10-29 09:25:10',
    I.internal(oip='10.60.30.11', lang='ru-RU', acc='ru-RU, en-US'),
    S('dmitry.sokolov'), [('Офис Санкт-Петербург', 'spb-office@example.com')],
    'График работы в ноябрьские праздники',
    Body('''Коллеги, добрый день!

Напоминаю график работы офиса в связи с Днём народного единства:
- 3 ноября (вторник) - сокращённый рабочий день, до 17:00;
- 4 ноября (среда) - выходной;
- 5 ноября (четверг) - обычный рабочий день.

Отгрузки клиентам 3 ноября принимаем на склад до 14:00. Просьба заранее предупредить клиентов, у которых на эти дни запланированы поставки.

Дмитрий Соколов
Офис-менеджер
ООО "Экзампл Груп Рус"
''', charset='koi8-r', cte='quoted-printable', html=True),
    rcpt='olga.kuznetsova@examplegroup.eu',
    what='Genuine internal notice (KOI8-R) about the November public-holiday schedule.',
    why='Internal Exchange/mail-int01 path from the office manager\'s real mailbox, routine content, no links or requests.',
    pair='fakeboss-security-service-pretext'))
