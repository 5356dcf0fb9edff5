"""Russian genuine business messages (37-40)."""
from common import *  # noqa
from banking import ru_account, ru_inn10
from providers import YandexService, yandex_webmail
from routes import thebat, OutlookSMTP, hop_postfix_sub

MESSAGES = []
SEVRYBA_INN = ru_inn10('519012883')
OUR_INN = ru_inn10('519004417')
SBER_MURMANSK_BIK = '044705615'
SBER_MURMANSK_CORR = '30101810300000000615'
SEVRYBA_ACC = ru_account(SBER_MURMANSK_BIK, '40702810041000012345')


def sevryba_server_hop(client_ip):
    return hop_postfix_sub('[192.168.10.14]', 'unknown', client_ip, 'mail.sevryba-murmansk.ru', 'RU')


SEVRYBA_CLIENT = ('mail.sevryba-murmansk.ru', 'mail.sevryba-murmansk.ru', '85.143.172.44')

# ------------------------------------------------------------------ 37 supplier invoice (The Bat!, windows-1251, 8bit)
t37 = """Добрый день, Дмитрий!

Направляю счет на оплату № 1164 от 09.11.2026 по договору поставки № 14/25-П:

треска б/г мороженая 1-2 кг, 8 400 кг - 1 218 000,00 руб.
пикша б/г мороженая 0,5-1 кг, 2 100 кг - 249 900,00 руб.
Итого: 1 467 900,00 руб., в т.ч. НДС 10% - 133 445,45 руб.

Оплата - по реквизитам, указанным в счете и договоре (Мурманское отделение N 8627 ПАО Сбербанк, р/с {acc}), без изменений.

Ветеринарные сопроводительные документы оформим в "Меркурии" на ваш склад в день отгрузки (12.11), УПД направим через Диадок.

С уважением,
Ирина Волкова
менеджер по продажам
ООО «Северная рыба»
г. Мурманск, ул. Траловая, 12
тел. (8152) 47-33-10""".format(acc=SEVRYBA_ACC)
inv37 = pdf([[
    ('b', 'OOO "Severnaya Ryba"'), ('s', '183001 Murmansk, ul. Tralovaya 12 - INN %s / KPP 519001001' % SEVRYBA_INN), '',
    ('t', [(0, 'Bank poluchatelya'), (150, 'Murmanskoe otdelenie N 8627 PAO Sberbank')]),
    ('t', [(0, 'BIK'), (150, SBER_MURMANSK_BIK)]), ('t', [(0, 'K/s'), (150, SBER_MURMANSK_CORR)]),
    ('t', [(0, 'R/s'), (150, SEVRYBA_ACC)]), '',
    ('h', 'SCHET NA OPLATU N 1164 ot 09.11.2026'), '',
    'Pokupatel: OOO "Example Group Rus", INN %s, 183038 Murmansk, ul. Shmidta 39' % OUR_INN,
    'Osnovanie: Dogovor postavki N 14/25-P', '',
    ('t', [(0, 'N'), (20, 'Tovar'), (260, 'Kol-vo'), (330, 'Tsena'), (420, 'Summa')]),
    ('t', [(0, '1'), (20, 'Treska b/g morozhenaya 1-2 kg'), (260, '8 400 kg'), (330, '145,00'), (420, '1 218 000,00')]),
    ('t', [(0, '2'), (20, 'Piksha b/g morozhenaya 0,5-1 kg'), (260, '2 100 kg'), (330, '119,00'), (420, '249 900,00')]),
    '', ('t', [(260, 'Itogo'), (420, '1 467 900,00')]), ('t', [(260, 'V t.ch. NDS 10%'), (420, '133 445,45')]), '',
    'Generalnyi direktor ____________ S.V. Lebedev     Glavnyi bukhgalter ____________ N.P. Orlova',
    ('s', 'Dokument sformirovan v 1C:Predpriyatie 8.3 (transliteration of the Cyrillic original)'),
]], title='Schet 1164', author='Volkova', creator='1C:Enterprise 8.3', producer='1C:Enterprise 8.3 (8.3.25.1394)',
    date="20261109112203+03'00'")
MESSAGES.append(dict(
    slug='sevryba-schet-na-oplatu',
    frm=('Ирина Волкова', 'i.volkova@sevryba-murmansk.ru'), to=[S['purch_ru']], cc=[S['acc_ru']],
    subject='Счет № 1164 от 09.11.2026',
    date='2026-11-09 11:24:18', zone='RU',
    via=thebat(SEVRYBA_CLIENT, [sevryba_server_hop('188.170.82.15')]),
    body=mixed(Text(t37, 'windows-1251', '8bit'), Att('Schet_1164_ot_09.11.2026.pdf', 'application/pdf', inv37)),
    what='Invoice from the Murmansk cod supplier for frozen cod and haddock, with VetIS certificates and EDI documents announced.',
    why='Supplier\'s real domain and mail server (The Bat! client as usual), contract reference, unchanged Sberbank account with valid BIK control key, realistic VAT 10 %.',
    hardneg=['sevryba-lookalike-smena-rekvizitov'], hardneg_note='same supplier and similar invoice; genuine domain, states the account is unchanged',
))

# ------------------------------------------------------------------ 38 reconciliation act as plain PDF (Outlook, koi8-r)
t38 = """Добрый день, Ольга!

Во вложении акт сверки взаимных расчетов между ООО "Северная рыба" и ООО "Экзампл Груп Рус" за 3 квартал 2026 г. По нашим данным задолженность на 30.09.2026 отсутствует.

Подписанный экземпляр отправим через Диадок, в бумажном виде не дублируем. Если есть расхождения - позвоните мне, пожалуйста, разберемся.

С уважением,
Наталья Орлова
главный бухгалтер
ООО "Северная рыба"
тел. (8152) 47-33-12"""
akt38 = pdf([[
    ('h', 'AKT SVERKI vzaimnykh raschetov za 3 kvartal 2026 g.'),
    'mezhdu OOO "Severnaya Ryba" (INN %s) i OOO "Example Group Rus" (INN %s)' % (SEVRYBA_INN, OUR_INN),
    'po dogovoru postavki N 14/25-P', '',
    ('t', [(0, 'Data'), (80, 'Dokument'), (260, 'Debet'), (360, 'Kredit')]),
    ('t', [(0, '01.07.2026'), (80, 'Saldo nachalnoe'), (260, '0,00'), (360, '')]),
    ('t', [(0, '14.07.2026'), (80, 'Realizatsiya N 812'), (260, '986 500,00'), (360, '')]),
    ('t', [(0, '28.07.2026'), (80, 'Oplata p/p N 3318'), (260, ''), (360, '986 500,00')]),
    ('t', [(0, '09.09.2026'), (80, 'Realizatsiya N 1018'), (260, '1 402 750,00'), (360, '')]),
    ('t', [(0, '25.09.2026'), (80, 'Oplata p/p N 3671'), (260, ''), (360, '1 402 750,00')]),
    ('t', [(0, '30.09.2026'), (80, 'Saldo konechnoe'), (260, '0,00'), (360, '0,00')]), '',
    'Glavnyi bukhgalter OOO "Severnaya Ryba" ____________ N.P. Orlova',
    ('s', '(transliteration of the Cyrillic original)'),
]], title='Akt sverki 3 kv 2026', author='Orlova', creator='1C:Enterprise 8.3', producer='1C:Enterprise 8.3 (8.3.25.1394)',
    date="20261021150944+03'00'")
MESSAGES.append(dict(
    slug='sevryba-akt-sverki-pdf',
    frm=('Наталья Орлова', 'n.orlova@sevryba-murmansk.ru'), to=[S['acc_ru']],
    subject='Акт сверки за 3 квартал 2026 - Северная рыба',
    date='2026-10-21 15:12:37', zone='RU',
    via=OutlookSMTP(SEVRYBA_CLIENT, [sevryba_server_hop('188.170.82.15')], lang='ru', hdr_cs='koi8-r', hdr_enc='B'),
    body=mixed(alt(Text(t38, 'koi8-r', 'quoted-printable'), Text(h_outlook(t38, 'koi8-r', 'RU'), 'koi8-r', 'quoted-printable', 'html')),
               Att('Akt_sverki_3kv_2026_SevRyba.pdf', 'application/pdf', akt38)),
    what='Quarterly reconciliation statement (akt sverki) from the supplier\'s chief accountant as a plain PDF attachment.',
    why='Known supplier domain and mail server, plain PDF without password or archive, zero balance confirmed, signed copy via the usual EDI (Diadoc), invites a phone call.',
    hardneg=['akt-sverki-zip-parol-mailru'], hardneg_note='same lure topic (akt sverki Q3) but a plain PDF from a known supplier',
))

# ------------------------------------------------------------------ 39 genuine Yandex ID sign-in notice
t39 = """Яндекс ID

Вход в аккаунт

Здравствуйте, Алексей!

Вы вошли в аккаунт example-group-rus на новом устройстве.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Мурманск, Россия
Время: 3 декабря 2026 г. в 09:41 (МСК)

Если это были вы, то всё в порядке.
Если нет - перейдите в настройки безопасности: https://id.yandex.ru/security

Команда Яндекс ID"""
h39 = h_notice('utf-8', 'Вход в аккаунт', [
    'Здравствуйте, Алексей!',
    'Вы вошли в аккаунт <b>example-group-rus</b> на новом устройстве.',
    'Устройство: Windows 11, Яндекс Браузер<br>Местоположение: Мурманск, Россия<br>Время: 3 декабря 2026 г. в 09:41 (МСК)',
    'Если это были вы, то всё в порядке.<br>Если нет - перейдите в <a href="https://id.yandex.ru/security">настройки безопасности</a>.'],
    color='#fc3f1d', brand='Яндекс ID', lang='ru', footer='Команда Яндекс ID · <a href="https://yandex.ru/support/id/">Справка</a>')
MESSAGES.append(dict(
    slug='yandex-id-vhod-genuine',
    frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S['mgr_ru']],
    subject='Вход в аккаунт',
    date='2026-12-03 09:41:55', zone='RU',
    via=YandexService('forward500a', '178.154.239.80'),
    body=alt(Text(t39, 'utf-8', 'base64'), Text(h39, 'utf-8', 'base64', 'html')),
    what='Genuine Yandex ID sign-in notification for the Russian office\'s advertising account, after the manager logged in from a new PC in Murmansk.',
    why='Sent by noreply@id.yandex.ru through Yandex\'s forward servers, sign-in matches the office location, only links to id.yandex.ru, no button to "restore" credentials.',
    hardneg=['yandex-id-phishing-novoe-ustroystvo'], hardneg_note='same notification type and same account owner; genuine Yandex infrastructure and links',
))

# ------------------------------------------------------------------ 40 sick leave from private Yandex mail
t40 = """Алексей Викторович, добрый день!

Сообщаю, что с сегодняшнего дня я на больничном (ОРВИ), электронный листок нетрудоспособности открыт в поликлинике N 1, номер ЭЛН 910264418833. Предварительно до 11.12, точнее скажу после приема в пятницу.

Пишу с личной почты, так как рабочий ноутбук остался в офисе. Платежи на этой неделе: НДФЛ и взносы по ЕНП уже отправлены 01.12, остальное может подождать до моего выхода. Если что-то срочное - Дмитрий знает, где лежат документы, либо звоните мне на мобильный.

С уважением,
Ольга Кузнецова"""
MESSAGES.append(dict(
    slug='bolnichny-lichnaya-pochta',
    frm=('Ольга Кузнецова', 'olga.kuznetsova.mrm@yandex.ru'), to=[S['mgr_ru']], cc=[S['hr']],
    subject='Больничный',
    date='2026-12-07 08:13:26', zone='RU',
    via=yandex_webmail('31.173.80.244'),
    body=Text(t40, 'utf-8', '8bit'),
    what='The Russian accountant reports sick leave (electronic sick note number) from her private Yandex mailbox.',
    why='Private address on genuine Yandex webmail infrastructure, informational only, references official e-sick-note, mentions colleagues and phone availability, no requests.',
    hardneg=['payroll-diversion-libero'], hardneg_note='employee writing from private free-mail, but only a sick-leave notice',
))
