# -*- coding: utf-8 -*-
from data.common import *
from data.biz_de import internal_headers


# ----------------------------------------------------------------- 37 -------
@message('business', 37, 'ru', 'customs-broker-invoice-genuine',
         what='Genuine message from the Moscow office\'s customs broker (her usual Yandex address): release obtained for a cheese declaration, invoice for broker services attached as PDF, requisites unchanged at PSB.',
         why='The broker\'s known address (irina.morozova.broker@yandex.ru) via Yandex webmail from a Moscow line, matching declaration data, invoice attached, account and INN identical to the contract (valid control keys); no urgency beyond normal.',
         hn=(['37-ru-customs-broker-lookalike-new-requisites.eml'],
             'same broker, same customs-payment topic; genuine one uses the known address and the unchanged requisites'),
         att_note='PDF invoice (transliterated; standard PDF fonts have no Cyrillic) with account %s, BIK %s' % (RU_BROKER_ACC, RU_BROKER_BIK))
def b37():
    rn, ra = S('ru_acc')
    c = ctx('b37', '2026-11-26 16:05:48', 'MSK', ra)
    frm = 'irina.morozova.broker@yandex.ru'
    inf = yandex(c, client_ip='95.165.14.73')
    text = """Ольга, добрый день!

Выпуск по ДТ 10129060/261126/3184410 (сыры твёрдые, 1 рефконтейнер) получен сегодня в 14:20, контейнер уже выехал с СВХ на ваш склад.

Во вложении счёт № 398 от 26.11.2026 за услуги таможенного представителя - 48 500,00 руб., без НДС. Реквизиты прежние, как в договоре:

ООО «ТП Вектор», ИНН %s / КПП 771401001
р/с %s в ПАО «Промсвязьбанк»
БИК %s, к/с %s

Оригиналы документов передам с водителем.

С уважением,
Ирина Морозова
таможенный представитель
ООО «ТП Вектор»
+7 916 418-22-73
""" % (RU_BROKER_INN, RU_BROKER_ACC, RU_BROKER_BIK, RU_BROKER_KS)
    inv = pdf(c, [[(-13, 'OOO "TP Vektor" - SCHET NA OPLATU N 398 ot 26.11.2026'), (9, ''),
                   (10, 'Postavshchik: OOO "TP Vektor", INN ' + RU_BROKER_INN + ', KPP 771401001'),
                   (10, 'Bank: PAO "Promsvyazbank", BIK ' + RU_BROKER_BIK + ', k/s ' + RU_BROKER_KS),
                   (10, 'R/s ' + RU_BROKER_ACC),
                   (10, 'Pokupatel: OOO "Ekzampl Grup Rus", INN ' + RU_EXAMPLE_INN), (10, ''),
                   (10, '1. Uslugi tamozhennogo predstavitelya po DT 10129060/261126/3184410     48 500,00'),
                   (10, 'Itogo: 48 500,00 rub.   Bez NDS (USN)'), (10, ''),
                   (10, 'Direktor ______ / Morozova I.A.')]],
              'Schet 398', '1C', '1C:Enterprise 8.3', '1C:Enterprise 8.3')
    b = '----==--bound.%d.%s' % (c.r.randint(10 ** 5, 10 ** 6), 'mail-nwsmtp-smtp-production-main-71.klg.yp-c.yandex.net')
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='utf-8', cte='base64'),
                                                 Text('<div>%s</div>\n' % '</div><div>'.join(mime.esc(l) if l else '&nbsp;' for l in text.split('\n')),
                                                      'html', 'utf-8', 'base64')], '%s%d' % (c.digits(4), c.r.randint(10 ** 6, 10 ** 7)), sep='; '),
                           Bin(inv, 'application/pdf', 'Счет_398_от_26.11.2026.pdf', name_style=('utf-8', 'B'), sep=';' + NL + '\t')], b, sep='; ')
    hs = [('From', addr('Ирина Морозова', frm, 'utf-8', 'B')),
          ('To', addr('Ольга Васильева', ra, 'utf-8', 'B')),
          ('Subject', htext('Выпуск по ДТ 10129060/261126/3184410, счёт № 398', 'utf-8', 'B')),
          ('MIME-Version', '1.0'),
          ('Date', rfc(c.t, 'MSK')),
          ('Message-Id', inf.msgid)]
    return assemble(c, inf, hs, body, frm, mime_pos=4)


# ----------------------------------------------------------------- 38 -------
@message('business', 38, 'ru', 'yandex-id-new-device-signin',
         what='Genuine Yandex ID notice to the Moscow office manager: sign-in to his Yandex ID (registered with his work address) from a new device in Moscow; advises to change the password on id.yandex.ru if it was not him.',
         why='Sent by Yandex\'s own mail infrastructure from noreply@id.yandex.ru, links only to id.yandex.ru, informative, matching his own sign-in.',
         hn=(['39-ru-vetis-mercury-account-phish.eml'],
             'account-security notice in Russian to the same person; genuine one comes from the provider and asks for nothing'))
def b38():
    rn, ra = S('ru_mgr')
    c = ctx('b38', '2026-11-03 09:14:52', 'MSK', ra)
    inf = yandex(c, webmail=False)
    inf.trace = inf.trace[:1]
    inf.msgid = '<%d%s@id.yandex.ru>' % (c.r.randint(10 ** 9, 2 * 10 ** 9), c.hex(10))
    inf.extra = [('X-Yandex-Fwd', '1'), ('X-Yandex-Notification-Type', 'passport-new-device')]
    text = """Здравствуйте, Дмитрий!

Вы вошли в аккаунт %s с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Место: Москва, Россия (IP-адрес 95.165.14.73)
Время: 3 ноября 2026 г., 09:14 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте список устройств: https://id.yandex.ru/security

С уважением,
команда Яндекс ID
""" % ra
    html = brand_html('Вход с нового устройства', ['Здравствуйте, Дмитрий!', 'Вы вошли в аккаунт <b>%s</b> с нового устройства.' % ra,
                                                    'Устройство: Windows 11, Яндекс Браузер<br>Место: Москва, Россия (IP-адрес 95.165.14.73)<br>Время: 3 ноября 2026 г., 09:14 (МСК)',
                                                    'Если это были вы, ничего делать не нужно.'],
                      'Проверить безопасность', 'https://id.yandex.ru/security',
                      '© 2026 ООО «Яндекс» · Это письмо отправлено автоматически, отвечать на него не нужно.',
                      color='#fc3f1d', logo_text='Яндекс ID', lang='ru', font='YS Text, Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'), Text(html, 'html', 'utf-8', 'quoted-printable')],
                 '===============%s==' % c.digits(19))
    hs = [('From', addr('Яндекс ID', 'noreply@id.yandex.ru', 'utf-8', 'B')),
          ('To', ra),
          ('Subject', htext('Вход в аккаунт с нового устройства', 'utf-8', 'B')),
          ('Date', rfc(c.t, 'MSK')),
          ('Message-Id', inf.msgid),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'noreply@id.yandex.ru', mime_pos=6)


# ----------------------------------------------------------------- 39 -------
@message('business', 39, 'ru', 'distributor-claim-vsd-mismatch',
         what='Claim from the Russian distributor SyrTorg: the electronic veterinary certificate (VSD in Mercury) for a delivered Emmental lot shows the wrong weight and production date; asks for a corrected VSD and a corrective UPD via Diadoc; label photo attached.',
         why='Known customer on its own domain and mail server (Outlook, Moscow office line), detailed product/lot data, attachment is a PNG photo, requests normal corrective documents through the proper systems - no links or credentials.',
         hn=(['39-ru-vetis-mercury-account-phish.eml', '40-ru-edo-diadoc-document-phish.eml'],
             'same systems (Mercury VSD, Diadoc UPD) and the same customer name; genuine one is a business claim without login links'))
def b39():
    rn, ra = S('ru_mgr')
    c = ctx('b39', '2026-11-23 11:37:20', 'MSK', ra)
    frm = 'a.kuznetsov@syrtorg.ru'
    inf = postfix_client(c, 'mail.syrtorg.ru', '185.12.94.210', 'pppoe.178-66-159-44.dynamic.avangarddsl.ru', '178.66.159.44', frm,
                         mua='outlook16', zone='MSK', helo='ST-MANAGER-07')
    text = """Дмитрий, добрый день!

По поставке от 18.11.2026 (УПД № 1164, сыр Эмменталь 45%, 2 400 кг) выявлено расхождение: в ВСД, оформленном в «Меркурии» на ваш склад, указан вес 2 450 кг и дата выработки 14.09.2026, а по маркировке на коробках - 16.09.2026. Наш ветврач не может погасить ВСД в таком виде.

Просим до пятницы оформить корректировку ВСД (или возвратный ВСД на 50 кг), иначе партию придётся поставить на хранение без права реализации. Также прошу направить корректировочный УПД через Диадок.

Фото этикетки прикладываю.

С уважением,
Андрей Кузнецов
руководитель отдела закупок
ООО «СырТорг»
тел. +7 495 648-17-20
"""
    img = photo_png('b39', kind='screen')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='windows-1251', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'RU', 'Calibri', 'windows-1251'), 'html', 'windows-1251', 'quoted-printable')], b2),
                           Bin(img, 'image/png', 'etiketka_partiya_1164.png')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', addr('Андрей Кузнецов', frm, 'windows-1251', 'B')),
          ('To', addr('Dmitry Sokolov', ra)),
          ('Cc', addr('Olga Vasilyeva', S('ru_acc')[1])),
          ('Subject', htext('Претензия по поставке УПД № 1164 - расхождение ВСД в Меркурии', 'windows-1251', 'B')),
          ('Date', rfc(c.t, 'MSK')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'ru')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 40 -------
@message('business', 40, 'ru', 'internal-real-fns-demand-note',
         what='Internal note (KOI8-R) from the Moscow accountant to the office manager: a real FNS demand for explanations on the Q3 VAT return arrived through the EDO operator; answer in preparation; points out last week\'s fake "FNS" e-mail with a password archive.',
         why='Internal Exchange/relay path, known colleagues, describes the legitimate channel (TKS/EDO), no attachments or links.',
         hn=(['38-ru-fake-fns-demand-password-zip.eml'],
             'same FNS demand topic; genuine one is an internal note about a demand received through the proper EDO channel'))
def b40():
    rn, ra = S('ru_mgr')
    c = ctx('b40', '2026-11-13 10:22:05', 'MSK', ra)
    inf = exchange_internal(c, zone='MSK', client_ip='10.70.1.31')
    text = """Дмитрий, добрый день.

Сегодня через оператора ЭДО (Такском) пришло требование ИФНС N 46 о представлении пояснений по декларации по НДС за 3 квартал - расхождения по двум счетам-фактурам СырТорга (у них в книге продаж другая дата). Квитанцию о приёме я уже отправила.

Срок ответа - 5 рабочих дней, то есть до 20.11. Пояснения готовлю, согласую с СырТоргом и с Sabine Köhler.

Обращаю внимание: вчера на почту приходило письмо "от ФНС" с архивом и паролем - это фальшивка, я его удалила и переслала Lena Hoffmann. Настоящие требования приходят только через ЭДО.

Ольга

Ольга Васильева
главный бухгалтер
ООО "Экзампл Груп Рус"
""".replace('Köhler', 'Koehler')
    body = alt(c, Text(text, charset='koi8-r', cte='base64'),
               Text(html_outlook(text, 'RU', 'Calibri', 'koi8-r'), 'html', 'koi8-r', 'base64'),
               boundary=inf.boundary())
    hs = internal_headers(c, inf, 'ru_acc', ['ru_mgr'], 'Требование ИФНС N 46 по НДС за 3 кв. - через ЭДО', charset='koi8-r', lang='ru-RU')
    return assemble(c, inf, hs, body, S('ru_acc')[1])
