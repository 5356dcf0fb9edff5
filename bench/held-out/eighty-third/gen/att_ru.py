"""Russian attack messages (4)."""
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, RU


def m37():
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 46 по г. Москве в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года направляет в адрес ООО «ЭКЗАМПЛ ГРУП РУС» (ИНН %s) требование о представлении пояснений в соответствии со ст. 88 НК РФ.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ.

Требование направлено в защищённом архиве. Пароль для открытия: 48817

С уважением,
Межрайонная ИФНС России № 46 по г. Москве
Отдел камеральных проверок""" % RU['example_inn']
    z = C.zip_placeholder(['Требование_о_представлении_пояснений_12-07_48817.pdf.scr'], (2026, 11, 19, 10, 5, 40),
                          password='48817', seed=b'ru37')
    body = mixed(plain(text, 'windows-1251', 'base64'),
                 attachment('application/zip', 'Требование_12-07_48817.zip', z, fname_style='2047', fname_charset='windows-1251'))
    m = Msg('fns-trebovanie-zip-parol', ('ФНС России', 'uvedomlenie@nalog-uvedomlenie.ru'), [S('ru_acc')],
            'Требование о представлении пояснений № 12-07/48817 от 19.11.2026', (2026, 11, 19, 10, 7, 13), body, I.vps_postfix,
            infra_kw=dict(host='mail.nalog-uvedomlenie.ru', ip='45.141.84.157', rdns=None, webmail_ip='127.0.0.1',
                          ua='Microsoft Outlook 16.0', zone='MSK'),
            hcs='windows-1251', henc='B',
            what='Fake Federal Tax Service demand for explanations, delivered as a password-protected archive with a .pdf.scr file.',
            why='FNS sends demands through the accredited EDI operator (TKS), never by e-mail; look-alike nalog-uvedomlenie.ru on a VPS without reverse DNS; '
                'ZipCrypto archive with the password in the body; screensaver executable disguised as PDF.')
    m.zip_password = '48817'
    return m


def m38():
    url = 'https://passport.yandex.ru.id-yandex-security.ru/auth/restore?login=sergey.volkov%40example.com'
    paras = ['Здравствуйте, Сергей!',
             'В ваш аккаунт sergey.volkov@example.com выполнен вход с нового устройства:',
             'Windows 10, Chrome 143 - Новосибирск, Россия - IP 95.154.66.18 - 29 ноября 2026, 03:12 (МСК)',
             'Если это были не вы, немедленно смените пароль. В противном случае доступ к почте и Диску Яндекс 360 вашей организации может быть '
             'заблокирован.',
             'С уважением, команда Яндекс ID']
    body = C.brand_alt('Вход с нового устройства', 'Яндекс ID', '#fc3f1d', paras, button=('Это был не я', url),
                       footer='ООО "ЯНДЕКС", ул. Льва Толстого, 16, Москва', charset='koi8-r', cte='quoted-printable', lang='ru')
    return Msg('yandex-id-vhod-phish', ('Яндекс ID', 'noreply@id-yandex-security.ru'), [S('ru_mgr')],
               'Вход в аккаунт с нового устройства', (2026, 11, 29, 8, 40, 55), body, I.vps_postfix,
               infra_kw=dict(host='mx.id-yandex-security.ru', ip='194.87.93.41', rdns='hosted-by.aeza.net', webmail_ip='127.0.0.1',
                             ua='Yamail [ http://yandex.ru ] 5.0', zone='MSK'),
               what='Credential phishing imitating a Yandex ID new-sign-in alert ("It wasn\'t me" button).',
               why='Look-alike id-yandex-security.ru on a bullet-proof VPS; "It wasn\'t me" leads to passport.yandex.ru.id-yandex-security.ru (subdomain trick) '
                   'to harvest the Yandex 360 password; fake Yamail X-Mailer on non-Yandex infrastructure.')


def m39():
    text = """Добрый день!

Направляем акт сверки взаиморасчётов за 3 квартал 2026 г. Просим проверить, подписать и вернуть скан в течение 3 рабочих дней. При наличии расхождений сообщите, пожалуйста.

С уважением,
гл. бухгалтер Ольга Павловна Гришина
ООО «СтройКомплект»
тел. (812) 407-18-33"""
    z = C.zip_placeholder(['Акт_сверки_3кв2026.pdf.lnk'], (2026, 10, 14, 11, 20, 5))
    body = mixed(plain(text, 'windows-1251', 'quoted-printable'),
                 attachment('application/zip', 'Акт_сверки_3кв2026.zip', z))
    return Msg('akt-sverki-zip-lnk', ('Бухгалтерия ООО СтройКомплект', 'buh@stroykomplekt-spb.ru'), [S('ru_acc')],
               'Акт сверки взаиморасчётов за 3 кв. 2026', (2026, 10, 14, 11, 21, 40), body, I.cpanel_exim,
               infra_kw=dict(server='vh312.timeweb.ru', ip='92.53.96.212', rdns='vh312.timeweb.ru', site='stroykomplekt-spb.ru', mode='smtp',
                             client_ip='5.188.206.14', mailer=None, zone='MSK'),
               hcs='windows-1251', henc='B',
               what='"Reconciliation statement" malspam from an unknown construction supplier with a ZIP containing a .pdf.lnk shortcut.',
               why='No business relationship with StroyKomplekt; compromised hosting mailbox used from a foreign IP; Windows shortcut disguised as PDF '
                   'inside a ZIP (classic Russian-language loader lure "акт сверки").')


def m40():
    text = """Наталья, доброе утро.

Сейчас вам позвонит Андрей Викторович Лебедев, куратор из департамента финансового мониторинга Центробанка. По нашей компании идёт проверка по 115-ФЗ: по расчётному счёту выявлены подозрительные операции, возможно, кто-то из сотрудников передаёт данные третьим лицам. Я с ним уже разговаривал, всё согласовано.

Прошу вас оказать ему полное содействие и выполнять его указания. Об этом разговоре никому не сообщайте, в том числе в головной офис в Дюссельдорфе - проверка негласная.

Я на совещании, звонить мне не нужно, на связи в Telegram.

Волков С."""
    body = plain(text, 'koi8-r', '8bit')
    return Msg('fake-director-cb-kurator', ('Волков Сергей', 'sergey.volkov.ex@yandex.ru'), [S('ru_acc')],
               'Конфиденциально', (2026, 12, 3, 9, 48, 11), body, I.yandex, hcs='koi8-r', henc='B',
               what='"Fake boss" scheme: the "general director" announces a call from a Central Bank "curator" and demands secrecy and obedience.',
               why='Director impersonated via a new Yandex free-mail address; introduces a fake regulator (common 2024-2026 Russian vishing chain leading to '
                   '"safe account" transfers); secrecy towards HQ; no calls, Telegram only.')


def messages():
    return [m37(), m38(), m39(), m40()]
