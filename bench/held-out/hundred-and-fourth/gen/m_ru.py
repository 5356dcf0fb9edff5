"""Russian messages: attacks 37-40, business 37-40."""
from common import *  # noqa

# ============================================================== ATTACKS

_inner37 = 'Требование_ФНС_11-24-4567.pdf.scr'
_zip37 = make_zip([(_inner37, placeholder(_inner37), (2026, 11, 16, 10, 2, 8))], password='2026', seed='zip37')
msg(file='37-ru-fns-trebovanie-zip-parol', kind='attack', lang='ru', when='2026-11-16 10:27:35', zip_password='2026',
    route=I.yandex, route_kw=dict(webmail=True),
    env_from='info@stroymontazh-yug.ru', rcpt='olga.smirnova@examplegroup.eu',
    headers=[('From', A('ФНС России', 'info@stroymontazh-yug.ru', 'koi8-r', 'B')),
             ('To', A('', 'olga.smirnova@examplegroup.eu')),
             ('Subject', hval('Требование о представлении пояснений № 11-24/4567 от 16.11.2026', 'utf-8', 'B'))],
    body=lambda b: b.mixed(b.text(
        'Уважаемый налогоплательщик!\n\n'
        'Межрайонная ИФНС России N 46 по г. Москве направляет Вам требование о представлении пояснений в связи с выявленными '
        'расхождениями в налоговой декларации по НДС за 3 квартал 2026 года (п. 3 ст. 88 НК РФ).\n\n'
        'Пояснения необходимо представить в течение пяти рабочих дней. Непредставление пояснений влечёт ответственность по '
        'ст. 129.1 НК РФ, а также может повлечь приостановление операций по счетам организации.\n\n'
        'Требование и перечень расхождений находятся во вложении. Архив защищён паролем: 2026\n\n'
        'С уважением,\nМежрайонная ИФНС России N 46 по г. Москве', 'koi8-r', 'base64'),
        b.att(_zip37, 'application/zip', 'Требование_11-24_4567.zip', name_style='ew', name_charset='utf-8'), style='yandex'),
    what='Malware delivery posing as the Russian tax service (FNS): "demand for explanations" in a password-protected ZIP with a .pdf.scr file.',
    why='FNS sends demands via TKS/EDO operators or the taxpayer\'s personal account, never as e-mail archives; sender is a '
        'compromised construction-company mailbox (Yandex 360) with display name "ФНС России"; ZipCrypto archive with password '
        'in the body to evade scanning; double extension .pdf.scr (inert placeholder); threat of account freezing.')

_pdf38 = make_pdf([
    ('ООО «ТекстильПром»', 14, True), '153002, г. Иваново, ул. Жиделева, д. 19, оф. 7', '---', '',
    ('ИНФОРМАЦИОННОЕ ПИСЬМО', 12, True), 'Исх. № 214 от 19.11.2026', '',
    'Уважаемые партнёры!', '',
    'Сообщаем об изменении банковских реквизитов ООО «ТекстильПром». С 19.11.2026 просим производить все платежи',
    'по следующим реквизитам:', '',
    'Получатель: ООО «ТекстильПром», ИНН ' + RU['textilprom_inn'] + ', КПП 370201001',
    'Расчётный счёт: ' + RU['textilprom_fake_rs'], 'Банк: АО «ТБанк», г. Москва',
    'БИК: ' + RU['tinkoff_bik'], 'Корр. счёт: ' + RU['tinkoff_ks'], '',
    'Платежи на прежний расчётный счёт в ПАО Сбербанк приниматься не будут.', '',
    'Генеральный директор                                  И. В. Соколов', 'Главный бухгалтер                                     Н. А. Белова'],
    title='Письмо об изменении реквизитов', producer='Microsoft® Word 2019', date=pdfdate(2026, 11, 19, 11, 40, "+03'00'"))

msg(file='38-ru-textilprom-lookalike-smena-rekvizitov', kind='attack', lang='ru', when='2026-11-19 12:06:48',
    route=I.postfix_company, route_kw=dict(mailhost='mail.textilprorn.ru', ip='92.53.119.46', rdns='vh446.timeweb.ru',
                                           msgid_style='outlook', helo='mail.textilprorn.ru', zone='msk',
                                           mailer=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    env_from='buh@textilprorn.ru', rcpt='olga.smirnova@examplegroup.eu',
    headers=[('From', A('Бухгалтерия ТекстильПром', 'buh@textilprorn.ru', 'windows-1251', 'B')),
             ('To', A('Ольга Смирнова', 'olga.smirnova@examplegroup.eu', 'windows-1251', 'B')),
             ('Subject', hval('Изменение банковских реквизитов ООО «ТекстильПром»', 'windows-1251', 'B')),
             ('Thread-Index', 'AdtaK4f2e0Qy8lZ1ThCwS5mN9rXo3A=='), ('Content-Language', 'ru')],
    body=lambda b: b.client(
        'Добрый день, Ольга!\n\n'
        'В связи с ограничениями по обслуживанию в ПАО Сбербанк (проверка по 115-ФЗ) наша компания с сегодняшнего дня '
        'переводит расчёты в АО «ТБанк». Просим оплатить счёт № 1187 от 12.11.2026 на сумму 486 300,00 руб. и все последующие '
        'счета по новым реквизитам:\n\n'
        'Получатель: ООО «ТекстильПром»\nИНН ' + RU['textilprom_inn'] + ' / КПП 370201001\n'
        'Р/с ' + RU['textilprom_fake_rs'] + '\nАО «ТБанк», г. Москва\nБИК ' + RU['tinkoff_bik'] + '\nК/с ' + RU['tinkoff_ks'] + '\n\n'
        'Официальное письмо за подписью генерального директора во вложении. Оплату на старый счёт банк вернёт. Просим '
        'подтвердить получение письма ответом, по телефону бухгалтерия сейчас недоступна из-за переезда офиса.\n\n'
        'С уважением,\nНаталья Белова\nГлавный бухгалтер\nООО «ТекстильПром»',
        'outlook', 'windows-1251', 'quoted-printable', bstyle='outlook', lang='RU',
        attachments=[b.att(_pdf38, 'application/pdf', 'Письмо_об_изменении_реквизитов.pdf', name_style='ew', name_charset='windows-1251')]),
    what='Supplier bank-detail change from look-alike textilprorn.ru: pay invoice 1187 (RUB 486,300) to a new T-Bank account.',
    why='Domain textilprorn.ru ("rn" for "m") on a Timeweb host instead of the supplier\'s Yandex 360; plausible 115-FZ '
        'pretext; new account (valid BIK key, so only the process reveals it), old account "rejected", phone verification '
        'discouraged. Genuine invoice with unchanged Sberbank details: business/38.')

_u39 = 'https://diadoc.kontur-edo.online/Auth/Login?returnUrl=%2FDocuments%2F8c1f2e77-4b1a-4f3e-9d8a-2a61c9f0b411'
msg(file='39-ru-diadok-dokument-na-podpis', kind='attack', lang='ru', when='2026-12-02 09:44:27',
    route=I.mailgun, route_kw=dict(domain='mg.kontur-edo.online'),
    env_from='noreply@kontur-edo.online', rcpt='olga.smirnova@examplegroup.eu',
    headers=[('From', A('Контур.Диадок', 'noreply@kontur-edo.online', 'koi8-r', 'B')),
             ('To', A('', 'olga.smirnova@examplegroup.eu')),
             ('Subject', hval('Вам поступил документ на подпись: Акт сверки от ООО СпортТрейд', 'koi8-r', 'B'))],
    body=lambda b: b.alt(
        b.text('Контур.Диадок\n\nВам поступил документ, требующий подписи\n\n'
               'Отправитель: ООО СпортТрейд (ИНН ' + RU['sporttrade_inn'] + ')\nДокумент: Акт сверки взаиморасчётов за 9 месяцев 2026 г.\n'
               'Получатель: Представительство Example Group, Москва\n\n'
               'Срок подписания: 3 рабочих дня. По истечении срока документ будет считаться принятым без возражений.\n\n'
               'Перейти к документу: ' + _u39 + '\n\nДля входа используйте логин и пароль от Контура или сертификат '
               'электронной подписи.\n\nЭто автоматическое уведомление, отвечать на него не нужно.', 'koi8-r', 'quoted-printable'),
        b.html(notice_html('koi8-r', 'Вам поступил документ, требующий подписи', [
            'Отправитель: ООО СпортТрейд (ИНН ' + RU['sporttrade_inn'] + ')',
            'Документ: Акт сверки взаиморасчётов за 9 месяцев 2026 г.',
            'Получатель: Представительство Example Group, Москва',
            'Срок подписания: 3 рабочих дня. По истечении срока документ будет считаться принятым без возражений.',
            'Для входа используйте логин и пароль от Контура или сертификат электронной подписи.'],
            button=('Перейти к документу', _u39), brand='Контур.Диадок', color='#e24040', lang='ru',
            footer='Это автоматическое уведомление, отвечать на него не нужно. АО ПФ СКБ Контур'), 'koi8-r', 'quoted-printable'),
        style='py'),
    what='Fake EDO notification (Kontur.Diadoc): reconciliation act from a real customer "awaits signature", link to a login page.',
    why='Diadoc mails come from kontur.ru and link to diadoc.kontur.ru; here a look-alike domain kontur-edo.online via '
        'Mailgun harvests Kontur credentials; deemed-acceptance deadline as pressure; uses a real customer name to look routine.')


def _body40(b, c, r):
    link = I.sg_link(c, 'x')
    t = ('Яндекс ID\n\nВход в аккаунт с нового устройства\n\nЗдравствуйте, Сергей!\n\n'
         'В ваш аккаунт example-ru-marketing выполнен вход:\nУстройство: Windows 10, Chrome 131\n'
         'Местоположение: Лагос, Нигерия\nIP-адрес: 102.89.34.117\nВремя: 08.12.2026, 03:12 (МСК)\n\n'
         'Если это были не вы, немедленно заблокируйте доступ и смените пароль, иначе аккаунт и привязанные сервисы '
         '(Директ, Метрика, Диск) могут быть заблокированы:\n\nЭто не я: ' + link + '\n\nС уважением,\nСлужба безопасности Яндекс ID')
    h = notice_html('utf-8', 'Вход в аккаунт с нового устройства', [
        'Здравствуйте, Сергей!', 'В ваш аккаунт example-ru-marketing выполнен вход:',
        'Устройство: Windows 10, Chrome 131 · Местоположение: Лагос, Нигерия · IP-адрес: 102.89.34.117 · Время: 08.12.2026, 03:12 (МСК)',
        'Если это были не вы, немедленно заблокируйте доступ и смените пароль, иначе аккаунт и привязанные сервисы (Директ, '
        'Метрика, Диск) могут быть заблокированы.'],
        button=('Это не я', link), brand='Яндекс ID', color='#fc3f1d', lang='ru',
        footer='С уважением, Служба безопасности Яндекс ID')
    return b.alt(b.text(t, 'utf-8', 'base64'), b.html(h, 'utf-8', 'base64'), style='sg')


msg(file='40-ru-yandex-id-poddelnyj-vhod', kind='attack', lang='ru', when='2026-12-08 07:58:16',
    route=I.sendgrid, route_kw=dict(em_domain='em2291.yandex-id-security.com'),
    env_from='id-noreply@yandex-id-security.com', rcpt='sergei.volkov@example.com',
    headers=[('From', A('Яндекс ID', 'id-noreply@yandex-id-security.com', 'utf-8', 'B')),
             ('To', A('', 'sergei.volkov@example.com')),
             ('Subject', hval('Вход в аккаунт с нового устройства — Лагос, Нигерия', 'utf-8', 'B'))],
    body=_body40,
    what='Fake Yandex ID sign-in alert with an "It wasn\'t me" button (credential phishing).',
    why='Yandex ID notices come from noreply@id.yandex.ru via Yandex\'s own servers; here a look-alike domain via SendGrid '
        'with a click-tracking redirect; alarming foreign sign-in and threat of blocking Direct/Metrica to make the user log '
        'in on the fake page. Genuine notice: business/39.')

# ============================================================== BUSINESS

msg(file='37-ru-sporttrade-zakaz-novyj-god', kind='business', lang='ru', when='2026-10-27 11:19:06',
    route=I.yandex, route_kw=dict(webmail=False, domain='sporttrade.ru'),
    msgid=mid('sporttrade-zakaz', 'outlook', 'sporttrade.ru'),
    env_from='a.kuznetsov@sporttrade.ru', rcpt='sergei.volkov@example.com',
    headers=[('From', A('Андрей Кузнецов', 'a.kuznetsov@sporttrade.ru', 'koi8-r', 'B')),
             ('To', A('Сергей Волков', 'sergei.volkov@example.com', 'koi8-r', 'B')),
             ('CC', A('Niklas Krüger', 'niklas.krueger@examplegroup.eu', 'iso-8859-1', 'Q')),
             ('Subject', hval('Заказ на поставку к Новому году - шарфы и футболки', 'koi8-r', 'B')),
             ('Content-Language', 'ru')],
    tail_headers=[('X-Mailer', 'Microsoft Outlook 16.0')],
    body=lambda b: b.client(
        'Сергей, добрый день!\n\n'
        'Как договаривались на встрече, направляем заказ к новогоднему сезону:\n'
        '- шарф клубный жаккардовый - 1 200 шт.\n- футболка домашняя 26/27, размеры S-XXL - 800 шт.\n'
        '- шапка вязаная с логотипом - 600 шт.\n\n'
        'Просим выставить счёт в рублях по курсу, согласованному в договоре поставки 14/2025, и подтвердить отгрузку со '
        'склада в Москве не позднее 10 декабря.\n\nНаши реквизиты без изменений:\nООО СпортТрейд, ИНН ' + RU['sporttrade_inn'] + '\n'
        'Р/с ' + RU['sporttrade_rs'] + ' в АО Альфа-Банк\nБИК ' + RU['alfa_bik'] + ', к/с ' + RU['alfa_ks'] + '\n\n'
        'С уважением,\nАндрей Кузнецов\nКоммерческий директор\nООО СпортТрейд\n+7 495 748-21-30',
        'outlook', 'koi8-r', 'quoted-printable', bstyle='outlook', lang='RU'),
    what='Russian distributor places a Christmas merchandise order and asks for an invoice.',
    why='Known customer on its own domain (Yandex 360, Outlook), refers to a meeting and the supply contract; buyer\'s own '
        'requisites (he pays us), valid BIK key; no links or attachments.')

_inv38 = make_pdf([
    ('ООО «ТекстильПром»', 14, True), '153002, г. Иваново, ул. Жиделева, д. 19, оф. 7, тел. +7 4932 41-18-60', '---', '',
    'Банк получателя: Ивановское отделение № 8639 ПАО Сбербанк    БИК ' + RU['ivanovo_bik'],
    'Сч. № ' + RU['ivanovo_ks'], 'Получатель: ООО «ТекстильПром»  ИНН ' + RU['textilprom_inn'] + '  КПП 370201001',
    'Сч. № ' + RU['textilprom_rs'], 'ОГРН ' + RU['textilprom_ogrn'], '',
    ('Счёт на оплату № 1187 от 12 ноября 2026 г.', 13, True), '',
    'Покупатель: Представительство Example Group GmbH & Co. KGaA, г. Москва, ИНН ' + RU['example_inn'], '',
    '№   Товар                                         Кол-во   Цена, руб.     Сумма, руб.',
    '1   Шарф вязаный жаккардовый, 2 цвета              1 200      285,00      342 000,00',
    '2   Шапка вязаная с помпоном                         400      200,25       80 100,00', '',
    '                                             Итого:           422 100,00',
    '                                             В т. ч. НДС 20%:   70 350,00',
    '                                             Всего к оплате:  486 300,00', '',
    'Оплата в течение 10 банковских дней. Отгрузка после поступления оплаты.'],
    title='Счёт 1187', producer='1С:Предприятие 8.3', date=pdfdate(2026, 11, 12, 15, 10, "+03'00'"))

msg(file='38-ru-textilprom-schet-na-oplatu', kind='business', lang='ru', when='2026-11-12 15:14:52',
    route=I.yandex, route_kw=dict(webmail=False, domain='textilprom.ru'),
    msgid=mid('textilprom-schet', 'outlook', 'textilprom.ru'),
    env_from='buh@textilprom.ru', rcpt='olga.smirnova@examplegroup.eu',
    headers=[('From', A('Бухгалтерия ТекстильПром', 'buh@textilprom.ru', 'windows-1251', 'B')),
             ('To', A('Ольга Смирнова', 'olga.smirnova@examplegroup.eu', 'windows-1251', 'B')),
             ('CC', A('Наталья Белова', 'n.belova@textilprom.ru', 'windows-1251', 'B')),
             ('Subject', hval('Счёт на оплату № 1187 от 12.11.2026', 'windows-1251', 'B')),
             ('Content-Language', 'ru')],
    tail_headers=[('X-Mailer', 'Microsoft Outlook 16.0')],
    body=lambda b: b.mixed(b.text(
        'Ольга, добрый день!\n\n'
        'Направляем счёт № 1187 от 12.11.2026 на сумму 486 300,00 руб. (в т. ч. НДС 20%) по заказу на шарфы и шапки. '
        'УПД пришлём через Диадок после отгрузки.\n\nРеквизиты прежние, ПАО Сбербанк.\n\n'
        'С уважением,\nНаталья Белова\nГлавный бухгалтер\nООО «ТекстильПром»\n+7 4932 41-18-60',
        'windows-1251', 'base64'),
        b.att(_inv38, 'application/pdf', 'Счет_1187_от_12.11.2026.pdf', name_style='ew', name_charset='windows-1251'), style='outlook'),
    what='Russian supplier\'s invoice (счёт на оплату) as PDF from 1C, with unchanged Sberbank requisites.',
    why='Real domain textilprom.ru via Yandex 360, CC to the chief accountant, requisites unchanged (valid BIK key and INN/OGRN '
        'check digits), UPD via Diadoc; ordinary business.',
    pair=[38], pair_note='Same supplier, invoice number and amount as the look-alike requisites change.')


def _body39(b, c, r):
    t = ('Яндекс ID\n\nВход в аккаунт\n\nЗдравствуйте, Сергей!\n\nВ ваш аккаунт example-ru-marketing выполнен вход с нового '
         'устройства.\n\nУстройство: macOS, Яндекс Браузер\nМестоположение: Москва, Россия\nВремя: 23.11.2026, 10:42 (МСК)\n\n'
         'Если это были вы, ничего делать не нужно.\nЕсли вы не входили в аккаунт, перейдите в Яндекс ID и смените пароль:\n'
         'https://id.yandex.ru/security\n\nВаш Яндекс ID\nЭто письмо отправлено автоматически — отвечать на него не нужно.\n')
    h = notice_html('utf-8', 'Вход в аккаунт', [
        'Здравствуйте, Сергей!', 'В ваш аккаунт example-ru-marketing выполнен вход с нового устройства.',
        'Устройство: macOS, Яндекс Браузер · Местоположение: Москва, Россия · Время: 23.11.2026, 10:42 (МСК)',
        'Если это были вы, ничего делать не нужно. Если вы не входили в аккаунт, перейдите в Яндекс ID и смените пароль.'],
        button=('Перейти в Яндекс ID', 'https://id.yandex.ru/security'), brand='Яндекс ID', color='#fc3f1d', lang='ru',
        footer='Ваш Яндекс ID. Это письмо отправлено автоматически — отвечать на него не нужно.<br>© 2026 ООО «Яндекс»')
    return b.alt(b.text(t, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'quoted-printable'), style='yandex')


msg(file='39-ru-yandex-id-vhod-podlinnyj', kind='business', lang='ru', when='2026-11-23 10:43:20',
    route=I.yandex_id, env_from='noreply@id.yandex.ru', rcpt='sergei.volkov@example.com',
    headers=[('From', A('Яндекс ID', 'noreply@id.yandex.ru', 'utf-8', 'B')),
             ('To', A('', 'sergei.volkov@example.com')),
             ('Subject', hval('Вход в аккаунт example-ru-marketing', 'utf-8', 'B'))],
    body=_body39,
    what='Genuine Yandex ID new-sign-in notice for the Russian office\'s marketing account (Moscow, Yandex Browser).',
    why='Sent by Yandex\'s forward*.mail.yandex.net servers from noreply@id.yandex.ru, location consistent with the office, '
        'link only to id.yandex.ru, "if it was you, do nothing".',
    pair=[40], pair_note='Same service, account and sign-in topic as the fake Yandex ID alert.')

msg(file='40-ru-bolnichnyj-lichnaya-pochta-yandex', kind='business', lang='ru', when='2026-12-14 08:05:31',
    route=I.yandex, route_kw=dict(webmail=True),
    env_from='olga.smirnova.84@yandex.ru', rcpt='sergei.volkov@example.com',
    headers=[('From', A('Ольга Смирнова', 'olga.smirnova.84@yandex.ru', 'utf-8', 'B')),
             ('To', A('Сергей Волков', 'sergei.volkov@example.com', 'utf-8', 'B')),
             ('Subject', hval('Больничный', 'utf-8', 'B'))],
    body=lambda b: b.client(
        'Сергей, доброе утро!\n\n'
        'Пишу с личной почты: заболела, температура 38,5, сегодня вызвала врача на дом. Скорее всего, откроют больничный на '
        'несколько дней, номер электронного листка нетрудоспособности пришлю, как только будет.\n\n'
        'По работе: оплата ТекстильПром по счёту 1187 прошла ещё в пятницу на старые реквизиты, как положено. Акт сверки со '
        'СпортТрейд подпишу в Диадоке, когда выйду, срок до конца месяца.\n\nОльга', 'yandex', 'utf-8', 'quoted-printable'),
    what='Russian office accountant reports sick from her private Yandex mailbox.',
    why='Personal message via Yandex webmail, no requests for money or credentials, consistent with internal facts '
        '(paid to old requisites, Diadoc reconciliation to be signed in the real system).',
    pair=[38, 39], pair_note='Private mail from a colleague about the very topics (Diadoc, supplier payment) that the attacks exploit.')
